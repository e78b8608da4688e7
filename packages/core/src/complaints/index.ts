export * from './rules.ts';
export * from './duplicates.ts';
export * from './intake.ts';
export * from './dispatch.ts';
export * from './callback.ts';
export * from './rates.ts';
export * from './metric-sources.ts';
export * from './ledger-export.ts';

export * from './kinds.ts';
export * from './store.ts';
export * from './metric-family.ts';
export * from './sheet.ts';

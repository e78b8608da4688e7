export * from './append-audit.ts';
export * from './audit-hash.ts';
export * from './verify-audit.ts';

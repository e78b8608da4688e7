export * from './append-audit.ts';
export * from './audit-hash.ts';
export * from './audit-key.ts';
export * from './checkpoints.ts';
export * from './checkpointer.ts';
export * from './verify-audit.ts';
export * from './denial-sampler.ts';

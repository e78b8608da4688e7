export * from './common.ts';
export * from './incident.ts';
export * from './sampling.ts';
export * from './registers.ts';

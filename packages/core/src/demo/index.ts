export * from './county-data.ts';
export * from './seed-county.ts';
export * from './seed-tasks.ts';

export * from './county-data.ts';
export * from './seed-county.ts';

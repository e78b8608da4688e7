export * from './metric-source.ts';
export * from './metric-family.ts';

export * from './metric-source.ts';

export * from './device-key.ts';
export * from './csv.ts';
export * from './record-readings.ts';
export * from './season-stats.ts';
export * from './rules.ts';

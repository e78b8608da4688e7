export * from './county-data.ts';
export * from './seed-county.ts';
export * from './seed-tasks.ts';
export * from './seed-surveys.ts';
export * from './seed-inspections.ts';
export * from './seed-assessments.ts';

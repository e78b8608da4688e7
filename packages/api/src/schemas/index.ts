// Zod schemas shared by the server and the web app's forms (one definition, two languages).
export * from './common.ts';
export * from './org-units.ts';
export * from './people.ts';
export * from './accounts.ts';
export * from './tasks.ts';
export * from './surveys.ts';
export * from './inspections.ts';
export * from './assessments/index.ts';
export * from './warnings.ts';
export * from './duties.ts';
export * from './readings.ts';
export * from './traffic-light.ts';
export * from './joint-cases.ts';
export * from './maps.ts';
export * from './complaints.ts';
export * from './accountability.ts';
export * from './unit-attributes.ts';

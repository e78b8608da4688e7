export * from './manifest.ts';
export * from './bilingual.ts';
export * from './reserved-ids.ts';

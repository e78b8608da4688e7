export * from './manifest.ts';
export * from './bilingual.ts';

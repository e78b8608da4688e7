export * from './letter-rules.ts';
export * from './letters.ts';
export * from './accountability.ts';

export * from './geojson.ts';
export * from './demo-boundaries.ts';
export * from './boundaries.ts';
export * from './import-boundaries.ts';
export * from './layers.ts';

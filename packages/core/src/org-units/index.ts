export * from './levels.ts';
export * from './org-unit-service.ts';
export * from './subtree-sql.ts';
export * from './supervision-attributes.ts';

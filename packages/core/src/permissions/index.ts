export * from './built-in-roles.ts';
export * from './catalog.ts';
export * from './scope.ts';
export * from './sync-built-in-roles.ts';
export * from './module-roles.ts';

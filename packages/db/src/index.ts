export * from './client.ts';
export * from './generated/prisma/client.ts';
export type { MigrationFileSet } from './migrate/migration-files.ts';
export { newId } from './ids.ts';

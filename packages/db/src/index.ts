export * from './client.ts';
export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export type * from './generated/prisma/models.ts';
export * from './generated/prisma/enums.ts';
export type { MigrationFileSet } from './migrate/migration-files.ts';
export { newId } from './ids.ts';

// What a plugin needs of the database package: the id generator, Prisma's namespace (inputs,
// Decimal, raw SQL) and the generated row types of its own models. Plugins import these from
// here, not from @duban/db (eslint: plugins import only @duban/plugin-sdk/*).
export { newId, Prisma } from '@duban/db';
export type * from '@duban/db';

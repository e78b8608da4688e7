import type { AppRouter } from '@duban/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// Type-only: the web app never loads the API's runtime code (Prisma, argon2 …) into the browser.
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type Me = NonNullable<RouterOutputs['auth']['me']>;
export type OrgUnit = RouterOutputs['orgUnit']['subtree'][number];
export type OrgLevel = OrgUnit['level'];
export type PersonRow = RouterOutputs['person']['list']['items'][number];
export type UserRow = RouterOutputs['user']['list']['items'][number];
export type RoleRow = RouterOutputs['role']['list'][number];
export type PermissionDef = RouterOutputs['role']['permissions'][number];
export type AuditRow = RouterOutputs['audit']['list']['items'][number];
export type District = RouterOutputs['district']['list'][number];

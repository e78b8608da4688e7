import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { assertPasswordPolicy, conflict, getOrgUnit, getPerson, hashPassword, notFound, revokeAllSessions } from '@duban/core';
import { newId, type Prisma } from '@duban/db';
import { procedure } from '../../procedures.ts';
import { assignRoleInput, createUserInput, listUsersInput, resetPasswordInput, revokeRoleInput, userIdInput } from '../../schemas/index.ts';
import { assignRole, revokeRole } from './role-assignments.ts';
import { assertMayManageUser } from './account-policy.ts';

const byUser = { entity: 'user', field: 'userId' } as const;
/** What a list or detail shows of an account: never the password hash. */
const publicUser = {
  id: true, countyId: true, username: true, disabledAt: true, lockedUntil: true, lastLoginAt: true, createdAt: true, locale: true, mustChangePassword: true,
  person: { select: { id: true, name: true, phone: true, position: true, orgUnit: { select: { id: true, name: true, level: true, path: true } } } },
  assignments: {
    select: {
      id: true, captureUnitId: true, viewUnitId: true,
      role: { select: { id: true, key: true, name: true, nameEn: true } },
      captureUnit: { select: { id: true, name: true, path: true } },
      viewUnit: { select: { id: true, name: true, path: true } },
    },
  },
} satisfies Prisma.UserSelect;

async function findUser(db: Prisma.TransactionClient, countyId: string, id: string) {
  const user = await db.user.findUnique({ where: { countyId_id: { countyId, id } }, select: publicUser });
  if (!user) throw notFound('账号', id);
  return user;
}

export const usersRouter = {
  list: procedure
    .meta({ permission: 'core.user.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(listUsersInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const where: Prisma.UserWhereInput = {
        countyId: unit.countyId,
        person: {
          orgUnit: { path: { startsWith: unit.path } },
          ...(input.search ? { OR: [{ name: { contains: input.search } }, { phone: { contains: input.search } }] } : {}),
        },
      };
      const [total, items] = await Promise.all([
        ctx.db.user.count({ where }),
        ctx.db.user.findMany({ where, select: publicUser, orderBy: { username: 'asc' }, skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ]);
      return { total, items };
    }),

  get: procedure
    .meta({ permission: 'core.user.read', scope: byUser })
    .input(userIdInput)
    .query(({ ctx, input }) => findUser(ctx.db, ctx.authz.target!.countyId, input.userId)),

  create: procedure
    .meta({ permission: 'core.user.create', scope: { entity: 'person', field: 'personId' } })
    .input(createUserInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const person = await getPerson(ctx.db, countyId, input.personId);
      if (person.archivedAt) throw new TRPCError({ code: 'BAD_REQUEST', message: '该人员已注销,不能开通账号' });
      if (await ctx.db.user.findUnique({ where: { username: input.username } })) {
        throw conflict('errors.user.usernameTaken', `用户名「${input.username}」已被使用`, { username: input.username });
      }
      if (await ctx.db.user.findFirst({ where: { countyId, personId: person.id } })) {
        throw conflict('errors.user.personHasAccount', `「${person.name}」已有账号`, { name: person.name });
      }
      assertPasswordPolicy(input.password, input.username);
      // The administrator chose this password: the colleague replaces it at first sign-in (F15).
      const user = await ctx.db.user.create({
        data: { countyId, id: newId(), username: input.username, passwordHash: await hashPassword(input.password), personId: person.id, mustChangePassword: true },
      });
      await ctx.audit({ entityType: 'user', entityId: user.id, orgUnitId: person.orgUnitId, after: { id: user.id, username: user.username, personId: person.id } });
      if (input.roleId) {
        const unit = await getOrgUnit(ctx.db, countyId, person.orgUnitId);
        await assignRole(ctx, { userId: user.id, roleId: input.roleId, captureUnit: unit, viewUnit: unit });
      }
      return findUser(ctx.db, countyId, user.id);
    }),

  disable: procedure
    .meta({ permission: 'core.user.update', scope: byUser })
    .input(userIdInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      if (input.userId === ctx.actor!.userId) throw new TRPCError({ code: 'BAD_REQUEST', message: '不能停用自己的账号' });
      await assertMayManageUser(ctx, countyId, input.userId);
      const before = await findUser(ctx.db, countyId, input.userId);
      await ctx.db.user.update({ where: { countyId_id: { countyId, id: input.userId } }, data: { disabledAt: new Date() } });
      // Disabling ends every open session at once, not at their expiry.
      const revoked = await revokeAllSessions(ctx.db, countyId, input.userId);
      await ctx.audit({ entityType: 'user', entityId: input.userId, orgUnitId: before.person.orgUnit.id, before: { disabledAt: before.disabledAt }, after: { disabledAt: new Date() }, detail: `${revoked} session(s) revoked` });
      return findUser(ctx.db, countyId, input.userId);
    }),

  enable: procedure
    .meta({ permission: 'core.user.update', scope: byUser })
    .input(userIdInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      await assertMayManageUser(ctx, countyId, input.userId);
      const before = await findUser(ctx.db, countyId, input.userId);
      await ctx.db.user.update({ where: { countyId_id: { countyId, id: input.userId } }, data: { disabledAt: null, failedLoginCount: 0, lockedUntil: null } });
      await ctx.audit({ entityType: 'user', entityId: input.userId, orgUnitId: before.person.orgUnit.id, before: { disabledAt: before.disabledAt, lockedUntil: before.lockedUntil }, after: { disabledAt: null, lockedUntil: null } });
      return findUser(ctx.db, countyId, input.userId);
    }),

  resetPassword: procedure
    .meta({ permission: 'core.user.update', scope: byUser })
    .input(resetPasswordInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      await assertMayManageUser(ctx, countyId, input.userId);
      const user = await findUser(ctx.db, countyId, input.userId);
      assertPasswordPolicy(input.newPassword, user.username);
      await ctx.db.user.update({
        where: { countyId_id: { countyId, id: input.userId } },
        data: { passwordHash: await hashPassword(input.newPassword), failedLoginCount: 0, lockedUntil: null, mustChangePassword: true },
      });
      const revoked = await revokeAllSessions(ctx.db, countyId, input.userId);
      await ctx.audit({ entityType: 'user', entityId: input.userId, orgUnitId: user.person.orgUnit.id, detail: `password reset; ${revoked} session(s) revoked` });
      return { ok: true };
    }),

  assignRole: procedure
    .meta({ permission: 'core.user.assignRole', scope: byUser })
    .input(assignRoleInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      await assertMayManageUser(ctx, countyId, input.userId);
      const captureUnit = await getOrgUnit(ctx.db, countyId, input.captureUnitId);
      const viewUnit = await getOrgUnit(ctx.db, countyId, input.viewUnitId ?? input.captureUnitId);
      await assignRole(ctx, { userId: input.userId, roleId: input.roleId, captureUnit, viewUnit });
      return findUser(ctx.db, countyId, input.userId);
    }),

  revokeRole: procedure
    .meta({ permission: 'core.user.assignRole', scope: { entity: 'roleAssignment', field: 'assignmentId' } })
    .input(revokeRoleInput)
    .mutation(async ({ ctx, input }) => revokeRole(ctx, input.assignmentId)),
} satisfies TRPCRouterRecord;

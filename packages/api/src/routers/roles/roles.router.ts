import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { allPermissions, conflict, notFound } from '@duban/core';
import { newId } from '@duban/db';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { roleInput, updateRoleInput } from '../../schemas/index.ts';

function assertKnownPermissions(permissions: string[]) {
  const known = new Set(allPermissions().map((p) => p.key));
  const unknown = permissions.filter((p) => !known.has(p));
  if (unknown.length) throw new TRPCError({ code: 'BAD_REQUEST', message: `未知权限:${unknown.join('、')}` });
}

export const rolesRouter = {
  // The county's roles are reference data: anyone who may read roles somewhere may list them.
  list: procedure
    .meta({ permission: 'core.role.read', scope: { entity: 'anywhere' } })
    .input(z.object({}).optional())
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const roles = await ctx.db.role.findMany({ where: { countyId }, orderBy: [{ builtIn: 'desc' }, { createdAt: 'asc' }] });
      const counts = await ctx.db.roleAssignment.groupBy({ by: ['roleId'], where: { countyId }, _count: { _all: true } });
      return roles.map((r) => ({ ...r, assignmentCount: counts.find((c) => c.roleId === r.id)?._count._all ?? 0 }));
    }),

  /** The permission catalogue (core and mounted plugins), for the role editor. */
  permissions: procedure
    .meta({ permission: 'core.role.read', scope: { entity: 'anywhere' } })
    .input(z.object({}).optional())
    .query(() => allPermissions()),

  create: procedure
    .meta({ permission: 'core.role.manage', scope: { entity: 'county' } })
    .input(roleInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      assertKnownPermissions(input.permissions);
      if (await ctx.db.role.findFirst({ where: { countyId, name: input.name } })) {
        throw conflict('errors.role.nameTaken', `角色「${input.name}」已存在`, { name: input.name });
      }
      const role = await ctx.db.role.create({ data: { countyId, id: newId(), ...input, permissions: [...new Set(input.permissions)] } });
      await ctx.audit({ entityType: 'role', entityId: role.id, orgUnitId: countyId, after: role });
      return role;
    }),

  update: procedure
    .meta({ permission: 'core.role.manage', scope: { entity: 'role', field: 'roleId' } })
    .input(updateRoleInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await ctx.db.role.findUnique({ where: { countyId_id: { countyId, id: input.roleId } } });
      if (!before) throw notFound('角色', input.roleId);
      if (before.builtIn) throw new TRPCError({ code: 'BAD_REQUEST', message: '内置角色不能修改,可复制后新建角色' });
      assertKnownPermissions(input.permissions);
      const { roleId: _roleId, ...fields } = input;
      const after = await ctx.db.role.update({ where: { countyId_id: { countyId, id: before.id } }, data: { ...fields, permissions: [...new Set(input.permissions)] } });
      await ctx.audit({ entityType: 'role', entityId: after.id, orgUnitId: countyId, before, after });
      return after;
    }),
} satisfies TRPCRouterRecord;

// 授权: the owning department hands its module's role to its own staff for the units it covers.
import { TRPCError } from '@trpc/server';
import { DomainError, getOrgUnit, moduleOfRole, moduleRoleKey } from '@duban/core';
import type { Prisma } from '@duban/db';
import { z } from 'zod';
import type { Authorization } from '../../authz/authorize.ts';
import type { Actor } from '../../context.ts';
import { procedure } from '../../procedures.ts';
import { id } from '../../schemas/index.ts';
import { installedPlugin, type LoadedPlugin } from '../../plugins/installed.ts';
import { assertModuleControl, ownerNames } from '../../plugins/ownership.ts';
import { assignRole, revokeRole } from '../users/role-assignments.ts';

const byUnit = { entity: 'orgUnit', field: 'orgUnitId' } as const;
const moduleAt = z.object({ orgUnitId: id, pluginId: z.string().min(1).max(40) });

function pluginOrThrow(pluginId: string): LoadedPlugin {
  const plugin = installedPlugin(pluginId);
  if (!plugin) throw new TRPCError({ code: 'NOT_FOUND', message: `未找到业务模块「${pluginId}」` });
  return plugin;
}

/** The module and unit of a request, refused unless the caller's department owns the module (or administers the county). */
async function ownModuleAt(ctx: { db: Prisma.TransactionClient; actor: Actor | null; authz: Authorization }, input: { orgUnitId: string; pluginId: string }) {
  const plugin = pluginOrThrow(input.pluginId);
  const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
  await assertModuleControl(ctx.db, ctx.actor!, plugin, unit.path);
  return { plugin, unit };
}

const personOf = { select: { id: true, username: true, person: { select: { name: true, orgUnit: { select: { id: true, name: true, code: true, level: true } } } } } } as const;

export const moduleGrantProcedures = {
  /** Who holds the module's role at or below a unit. */
  grants: procedure
    .meta({ permission: 'core.plugin.read', scope: byUnit })
    .input(moduleAt)
    .query(async ({ ctx, input }) => {
      const { plugin, unit } = await ownModuleAt(ctx, input);
      const rows = await ctx.db.roleAssignment.findMany({
        where: { countyId: unit.countyId, role: { key: moduleRoleKey(plugin.id) }, captureUnit: { path: { startsWith: unit.path } } },
        include: { user: personOf, captureUnit: { select: { id: true, name: true } } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map((r) => ({ id: r.id, user: { id: r.user.id, username: r.user.username, name: r.user.person.name, unit: r.user.person.orgUnit.name }, unit: r.captureUnit }));
    }),

  /** The owning departments' accounts: the people a module's role may be granted to. */
  grantCandidates: procedure
    .meta({ permission: 'core.plugin.manage', scope: byUnit })
    .input(moduleAt)
    .query(async ({ ctx, input }) => {
      const { plugin, unit } = await ownModuleAt(ctx, input);
      const users = await ctx.db.user.findMany({
        where: { countyId: unit.countyId, disabledAt: null, person: { orgUnit: { level: 'department', code: { in: [...(plugin.manifest.owners ?? [])] }, archivedAt: null } } },
        ...personOf,
        orderBy: { username: 'asc' },
      });
      return users.map((u) => ({ id: u.id, username: u.username, name: u.person.name, unit: u.person.orgUnit.name }));
    }),

  /** Grants the module's role to a member of an owning department, at a unit the caller covers. */
  grant: procedure
    .meta({ permission: 'core.plugin.manage', scope: byUnit })
    .input(moduleAt.extend({ userId: id }))
    .mutation(async ({ ctx, input }) => {
      const { plugin, unit } = await ownModuleAt(ctx, input);
      const user = await ctx.db.user.findFirst({ where: { countyId: unit.countyId, id: input.userId }, ...personOf });
      const department = user?.person.orgUnit;
      if (!user || department?.level !== 'department' || !department.code || !(plugin.manifest.owners ?? []).includes(department.code)) {
        const owners = await ownerNames(ctx.db, unit.countyId, plugin);
        throw new DomainError('BAD_REQUEST', 'errors.access.grantOutsideOwners', `「${plugin.manifest.name.zh}」的模块角色只能授予${owners}的人员`, { owners });
      }
      const role = await ctx.db.role.findFirst({ where: { countyId: unit.countyId, key: moduleRoleKey(plugin.id) } });
      if (!role) throw new TRPCError({ code: 'NOT_FOUND', message: `本县尚无「${plugin.manifest.name.zh}」的模块角色，请重启服务以同步` });
      return assignRole(ctx, { userId: user.id, roleId: role.id, captureUnit: unit, viewUnit: unit });
    }),

  /** Takes a module's role back. */
  revokeGrant: procedure
    .meta({ permission: 'core.plugin.manage', scope: { entity: 'roleAssignment', field: 'assignmentId' } })
    .input(z.object({ assignmentId: id }))
    .mutation(async ({ ctx, input }) => {
      const assignment = await ctx.db.roleAssignment.findFirst({ where: { countyId: ctx.authz.target!.countyId, id: input.assignmentId }, include: { role: true } });
      const pluginId = moduleOfRole(assignment?.role.key);
      if (!assignment || !pluginId) throw new TRPCError({ code: 'NOT_FOUND', message: '未找到该模块授权' });
      await assertModuleControl(ctx.db, ctx.actor!, pluginOrThrow(pluginId), ctx.authz.target!.path);
      return revokeRole(ctx, assignment.id);
    }),
};

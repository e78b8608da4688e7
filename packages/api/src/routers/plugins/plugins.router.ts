import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { getOrgUnit } from '@duban/core';
import { boundedRecord } from '@duban/core/validation/bounded';
import { newId, type Prisma } from '@duban/db';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { id } from '../../schemas/index.ts';
import { effectiveEnablement, pluginsEnabledWithin } from '../../plugins/enablement.ts';
import { installedPlugin, installedPlugins } from '../../plugins/installed.ts';
import { assertModuleControl, departmentOf, standing } from '../../plugins/ownership.ts';
import { moduleGrantProcedures } from './module-grants.ts';

const pluginId = z.string().min(1).max(40);

function describePlugin(p: ReturnType<typeof installedPlugins>[number]) {
  const m = p.manifest;
  return {
    id: m.id, name: m.name, description: m.description ?? null, version: m.version, core: m.core,
    permissions: m.permissions,
    /** JSON Schema of the per-unit settings: the web app renders the settings form from it. */
    settingsSchema: z.toJSONSchema(m.settings, { io: 'input', unrepresentable: 'any' }),
    defaultSettings: m.settings.parse({}),
  };
}

export const pluginsRouter = {
  catalog: procedure
    .meta({ permission: 'authenticated' })
    .query(() => installedPlugins().map(describePlugin)),

  /** Plugins switched on somewhere in the caller's scopes, with the units where they are on. */
  mine: procedure
    .meta({ permission: 'authenticated' })
    .query(async ({ ctx }) => {
      const actor = ctx.actor!;
      const scopes = [...new Set(actor.grants.flatMap((g) => [g.capturePath, g.viewPath]))];
      const ids = await pluginsEnabledWithin(ctx.db, actor.countyId, scopes);
      const rows = await ctx.db.pluginEnablement.findMany({
        where: { countyId: actor.countyId, pluginId: { in: ids }, enabled: true },
        include: { orgUnit: { select: { id: true, name: true, path: true, level: true } } },
      });
      // A scope above units where a plugin is on (the county, for its department) comes first:
      // its pages then show the county-wide register.
      const rootIds = [...new Set(scopes.map((s) => s.split('/').filter(Boolean).pop()!))];
      const roots = await ctx.db.orgUnit.findMany({ where: { countyId: actor.countyId, id: { in: rootIds }, archivedAt: null }, select: { id: true, name: true, path: true, level: true }, orderBy: { depth: 'asc' } });
      return ids.map((pid) => {
        const on = rows.filter((r) => r.pluginId === pid && scopes.some((s) => r.orgUnit.path.startsWith(s) || s.startsWith(r.orgUnit.path))).map((r) => r.orgUnit);
        const above = roots.filter((root) => !on.some((u) => u.id === root.id) && on.some((u) => u.path.startsWith(root.path)));
        return { pluginId: pid, units: [...above, ...on] };
      });
    }),

  /** For a unit: each plugin's effective state there and the rows set at or below it. */
  enablements: procedure
    .meta({ permission: 'core.plugin.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(z.object({ orgUnitId: id }))
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const rows = await ctx.db.pluginEnablement.findMany({
        where: { countyId: unit.countyId, orgUnit: { path: { startsWith: unit.path } } },
        include: { orgUnit: { select: { id: true, name: true, level: true, path: true } } },
        orderBy: { updatedAt: 'desc' },
      });
      // A department sees its own modules only (C1); a county administrator sees them all.
      const department = await departmentOf(ctx.db, ctx.actor!);
      const mine = installedPlugins().flatMap((p) => {
        const as = standing(ctx.actor!, department, p, unit.path);
        return as ? [{ p, as }] : [];
      });
      return Promise.all(
        mine.map(async ({ p, as }) => ({
          plugin: describePlugin(p),
          /** owner: the caller's department owns it; county-admin: managed as the county's administrator. */
          standing: as,
          effective: await effectiveEnablement(ctx.db, unit.countyId, p.id, unit.path),
          rows: rows.filter((r) => r.pluginId === p.id),
        })),
      );
    }),

  setEnablement: procedure
    .meta({ permission: 'core.plugin.manage', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(z.object({ orgUnitId: id, pluginId, enabled: z.boolean(), settings: boundedRecord(z.string().max(100), z.unknown(), 200).optional() }))
    .mutation(async ({ ctx, input }) => {
      const plugin = installedPlugin(input.pluginId);
      if (!plugin) throw new TRPCError({ code: 'NOT_FOUND', message: `未找到业务模块「${input.pluginId}」` });
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      // Only the owning department (or a county administrator) switches and configures a module.
      const as = await assertModuleControl(ctx.db, ctx.actor!, plugin, unit.path);
      const before = await ctx.db.pluginEnablement.findUnique({ where: { countyId_pluginId_orgUnitId: { countyId: unit.countyId, pluginId: plugin.id, orgUnitId: unit.id } } });
      // Settings are validated by the plugin's own schema; its zod issues reach the form fields.
      const parsed = plugin.manifest.settings.safeParse(input.settings ?? before?.settings ?? {});
      if (!parsed.success) throw new TRPCError({ code: 'BAD_REQUEST', message: '模块设置有误', cause: parsed.error });
      const data = { enabled: input.enabled, settings: parsed.data as Prisma.InputJsonValue, updatedByUserId: ctx.actor!.userId };
      const after = before
        ? await ctx.db.pluginEnablement.update({ where: { countyId_id: { countyId: unit.countyId, id: before.id } }, data })
        : await ctx.db.pluginEnablement.create({ data: { countyId: unit.countyId, id: newId(), pluginId: plugin.id, orgUnitId: unit.id, ...data } });
      await ctx.audit({
        entityType: 'pluginEnablement', entityId: after.id, orgUnitId: unit.id, before, after,
        detail: `${plugin.id} ${input.enabled ? 'enabled' : 'disabled'} for ${unit.name}${as === 'county-admin' ? ' (as county administrator)' : ''}`,
      });
      return after;
    }),

  /** Every change of enablement or settings at or below a unit, newest first (from the audit log). */
  history: procedure
    .meta({ permission: 'core.plugin.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(z.object({ orgUnitId: id, pluginId: pluginId.optional() }))
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const unitIds = (await ctx.db.orgUnit.findMany({ where: { countyId: unit.countyId, path: { startsWith: unit.path } }, select: { id: true } })).map((u) => u.id);
      const department = await departmentOf(ctx.db, ctx.actor!);
      const visible = installedPlugins().filter((p) => standing(ctx.actor!, department, p, unit.path) && (!input.pluginId || p.id === input.pluginId));
      const rows = await ctx.db.auditLog.findMany({
        where: { countyId: unit.countyId, entityType: 'pluginEnablement', orgUnitId: { in: unitIds }, OR: visible.map((p) => ({ detail: { startsWith: `${p.id} ` } })) },
        orderBy: { seq: 'desc' },
        take: 200,
      });
      return visible.length ? rows : [];
    }),

  ...moduleGrantProcedures,
} satisfies TRPCRouterRecord;

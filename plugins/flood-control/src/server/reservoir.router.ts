import { getOrgUnit, registerProcedures, registerRowInspections, pluginSettingsAt } from '@duban/plugin-sdk/server';
import { newId } from '@duban/plugin-sdk/db';
import { procedure, TRPCError, type TRPCRouterRecord } from '@duban/plugin-sdk/server';
import manifest from '../manifest.ts';
import { createReservoirInput, listReservoirsInput, recordCheckInput, reservoirIdInput, updateReservoirInput } from './schemas.ts';
import { recordPreSeasonCheck } from './pre-season-check.ts';
import { reservoirRegister } from './reservoir-register.ts';
import { linkedNames } from './responsible-persons.ts';
import { currentCheckInclude, reservoirView } from './reservoir-view.ts';
import { meta } from './meta.ts';

const byReservoir = { entity: 'floodControlReservoir', field: 'reservoirId' } as const;

export const reservoirRouter = {
  /** 下载模板, 导入 (checked, all or nothing; same unit and name updates), 导出 with the list's filters. */
  ...registerProcedures(manifest, reservoirRegister, { read: 'flood-control.reservoir.read', write: 'flood-control.reservoir.manage' }),

  list: procedure
    .meta(meta({ permission: 'flood-control.reservoir.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } }))
    .input(listReservoirsInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const rows = await ctx.db.floodReservoir.findMany({
        where: { countyId: unit.countyId, archivedAt: null, orgUnit: { path: { startsWith: unit.path } }, ...input.filters },
        include: { orgUnit: { select: { name: true, path: true } }, ...currentCheckInclude(new Date()) },
        orderBy: [{ dangerous: 'desc' }, { name: 'asc' }],
      });
      return rows.map(reservoirView);
    }),

  /**
   * 库塘详情: the row, its responsible persons, its pre-season checks season by season, and its
   * inspections (C7) as the caller may see them — visits about it (unannounced ones hidden until
   * they start), records, findings and their open rectification items, repeat offences.
   */
  get: procedure
    .meta(meta({ permission: 'flood-control.reservoir.read', scope: byReservoir }))
    .input(reservoirIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const person = { select: { id: true, name: true, phone: true, orgUnit: { select: { name: true } } } };
      const row = await ctx.db.floodReservoir.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.reservoirId } },
        include: { orgUnit: { select: { name: true, path: true } }, adminPerson: person, technicalPerson: person, ...currentCheckInclude(new Date()) },
      });
      const [checks, settings] = await Promise.all([
        ctx.db.floodReservoirCheck.findMany({ where: { countyId, reservoirId: row.id }, orderBy: { checkedAt: 'desc' }, take: 20 }),
        pluginSettingsAt(ctx.db, manifest, countyId, row.orgUnitId),
      ]);
      const inspections = await registerRowInspections(ctx, { entity: 'floodControlReservoir', id: row.id }, { failures: settings.repeatFailures });
      const { adminPerson, technicalPerson, ...rest } = row;
      // Phones are masked here: the reminders use them; the page only shows whom to call.
      const masked = (p: typeof adminPerson) => (p ? { id: p.id, name: p.name, unit: p.orgUnit.name, phone: p.phone ? `${p.phone.slice(0, 3)}****${p.phone.slice(-4)}` : null } : null);
      return { ...reservoirView(rest), adminPerson: masked(adminPerson), technicalPerson: masked(technicalPerson), checks, inspections };
    }),

  create: procedure
    .meta(meta({ permission: 'flood-control.reservoir.manage', scope: { entity: 'orgUnit', field: 'orgUnitId' } }))
    .input(createReservoirInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      if (unit.level !== 'township' && unit.level !== 'village') {
        throw new TRPCError({ code: 'BAD_REQUEST', message: '库塘应登记在乡镇或村' });
      }
      const names = await linkedNames(ctx.db, unit.countyId, input);
      const row = await ctx.db.floodReservoir.create({ data: { ...input, ...names, countyId: unit.countyId, id: newId(), orgUnitId: unit.id } });
      await ctx.audit({ entityType: 'floodReservoir', entityId: row.id, orgUnitId: unit.id, after: row });
      return reservoirView(row);
    }),

  update: procedure
    .meta(meta({ permission: 'flood-control.reservoir.manage', scope: byReservoir }))
    .input(updateReservoirInput)
    .mutation(async ({ ctx, input }) => {
      const { reservoirId, ...fields } = input;
      const countyId = ctx.authz.target!.countyId;
      const before = await ctx.db.floodReservoir.findUniqueOrThrow({ where: { countyId_id: { countyId, id: reservoirId } } });
      const names = await linkedNames(ctx.db, countyId, fields);
      const after = await ctx.db.floodReservoir.update({ where: { countyId_id: { countyId, id: reservoirId } }, data: { ...fields, ...names } });
      await ctx.audit({ entityType: 'floodReservoir', entityId: after.id, orgUnitId: after.orgUnitId, before, after });
      return reservoirView(after);
    }),

  /** 汛前检查 of this season: spillway, gates, backup power, warning plan, dam road, emergency materials; expires at season end. */
  recordCheck: procedure
    .meta(meta({ permission: 'flood-control.reservoir.manage', scope: byReservoir }))
    .input(recordCheckInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const now = new Date();
      const reservoir = await ctx.db.floodReservoir.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.reservoirId } } });
      const check = await recordPreSeasonCheck(ctx.db, reservoir, input, { name: ctx.actor!.name }, now);
      await ctx.audit({ entityType: 'floodReservoirCheck', entityId: check.id, orgUnitId: reservoir.orgUnitId, after: check, detail: `pre-season check for season ${check.season}` });
      const after = await ctx.db.floodReservoir.findUniqueOrThrow({ where: { countyId_id: { countyId, id: reservoir.id } }, include: currentCheckInclude(now) });
      return reservoirView(after);
    }),
} satisfies TRPCRouterRecord;

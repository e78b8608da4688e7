import { getOrgUnit, registerProcedures } from '@duban/plugin-sdk/server';
import { newId } from '@duban/plugin-sdk/db';
import { procedure, TRPCError, type TRPCRouterRecord } from '@duban/plugin-sdk/server';
import manifest from '../manifest.ts';
import { createReservoirInput, listReservoirsInput, recordCheckInput, updateReservoirInput } from './schemas.ts';
import { reservoirRegister } from './reservoir-register.ts';
import { linkedNames } from './responsible-persons.ts';
import { reservoirView } from './reservoir-view.ts';
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
        include: { orgUnit: { select: { name: true, path: true } } },
        orderBy: [{ dangerous: 'desc' }, { name: 'asc' }],
      });
      return rows.map(reservoirView);
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

  /** 汛前检查: spillway, gates, backup power, warning plan, dam road, emergency materials. */
  recordCheck: procedure
    .meta(meta({ permission: 'flood-control.reservoir.manage', scope: byReservoir }))
    .input(recordCheckInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const after = await ctx.db.floodReservoir.update({
        where: { countyId_id: { countyId, id: input.reservoirId } },
        data: { lastCheckedAt: new Date(), checkNote: input.note ?? null },
      });
      await ctx.audit({ entityType: 'floodReservoir', entityId: after.id, orgUnitId: after.orgUnitId, after: { lastCheckedAt: after.lastCheckedAt, checkNote: after.checkNote }, detail: 'pre-season check recorded' });
      return reservoirView(after);
    }),
} satisfies TRPCRouterRecord;

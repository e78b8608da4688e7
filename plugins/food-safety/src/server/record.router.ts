import { getOrgUnit } from '@duban/core';
import { newId } from '@duban/db';
import { procedure, type TRPCRouterRecord } from '@duban/plugin-sdk/server';
import { archiveRecordInput, createRecordInput, listRecordsInput } from './schemas.ts';
import { recordView } from './record-view.ts';

// Every procedure names its permission and the input field that locates its org unit; the core's
// middleware checks both (and that the plugin is enabled there) before the handler runs.
const byUnit = { entity: 'orgUnit', field: 'orgUnitId' } as const;
const byRecord = { entity: 'foodSafetyRecord', field: 'recordId' } as const;

export const recordRouter = {
  /** The unit's records and those of the units below it. */
  list: procedure
    .meta({ permission: 'food-safety.record.read', scope: byUnit })
    .input(listRecordsInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const rows = await ctx.db.foodSafetyRecord.findMany({
        where: { countyId: unit.countyId, archivedAt: null, orgUnit: { path: { startsWith: unit.path } } },
        include: { orgUnit: { select: { name: true, path: true } } },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      });
      return rows.map(recordView);
    }),

  create: procedure
    .meta({ permission: 'food-safety.record.manage', scope: byUnit })
    .input(createRecordInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const row = await ctx.db.foodSafetyRecord.create({ data: { ...input, countyId: unit.countyId, id: newId(), orgUnitId: unit.id } });
      await ctx.audit({ entityType: 'foodSafetyRecord', entityId: row.id, orgUnitId: unit.id, after: row });
      return recordView(row);
    }),

  /** Records are archived, never deleted: the audit trail keeps pointing at them. */
  archive: procedure
    .meta({ permission: 'food-safety.record.manage', scope: byRecord })
    .input(archiveRecordInput)
    .mutation(async ({ ctx, input }) => {
      const where = { countyId_id: { countyId: ctx.authz.target!.countyId, id: input.recordId } };
      const before = await ctx.db.foodSafetyRecord.findUniqueOrThrow({ where });
      const after = await ctx.db.foodSafetyRecord.update({ where, data: { archivedAt: before.archivedAt ?? new Date() } });
      await ctx.audit({ entityType: 'foodSafetyRecord', entityId: after.id, orgUnitId: after.orgUnitId, before, after, detail: 'archived' });
      return recordView(after);
    }),
} satisfies TRPCRouterRecord;

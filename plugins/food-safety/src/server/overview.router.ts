import { getOrgUnit } from '@duban/plugin-sdk/server';
import { procedure, type TRPCRouterRecord } from '@duban/plugin-sdk/server';
import { z } from 'zod';
import { yearPeriod } from '../shared/periods.ts';
import { id } from './schemas/index.ts';
import { bilingualVetoes } from './vetoes.ts';
import { meta } from './meta.ts';

export const overviewRouter = {
  /**
   * The unit's 一票否决 standing for a year, condition by condition — the same evaluation the
   * assessment engine runs at year end, so a township sees in advance what will fail it.
   */
  vetoStatus: procedure
    .meta(meta({ permission: 'food-safety.incident.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } }))
    .input(z.object({ orgUnitId: id, year: z.number().int().min(2000).max(2100) }))
    .query(async ({ ctx, input }) => {
      const args = { countyId: ctx.authz.target!.countyId, orgUnitIds: [input.orgUnitId], period: yearPeriod(input.year) };
      return Promise.all(
        bilingualVetoes.map(async ({ condition, reasons }) => {
          const found = (await reasons(ctx.db, args)).get(input.orgUnitId) ?? [];
          return { key: condition.key, name: condition.name, vetoed: found.length > 0, reasons: found };
        }),
      );
    }),

  /** The unit and the units directly below it: where the page's forms may place a record. */
  units: procedure
    .meta(meta({ permission: 'food-safety.incident.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } }))
    .input(z.object({ orgUnitId: id }))
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const children = await ctx.db.orgUnit.findMany({
        where: { countyId: unit.countyId, parentId: unit.id, archivedAt: null, level: { in: ['township', 'village', 'department'] } },
        select: { countyId: true, id: true, name: true, level: true, path: true },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      });
      return [{ countyId: unit.countyId, id: unit.id, name: unit.name, level: unit.level, path: unit.path }, ...children];
    }),
} satisfies TRPCRouterRecord;

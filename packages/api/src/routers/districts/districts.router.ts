import type { TRPCRouterRecord } from '@trpc/server';
import { conflict } from '@duban/core';
import { newId } from '@duban/db';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { districtInput, updateDistrictInput } from '../../schemas/index.ts';

/** 片区: townships grouped for supervision (one county: 31 townships in 6 districts). */
export const districtsRouter = {
  list: procedure
    .meta({ permission: 'core.district.read', scope: { entity: 'county' } })
    .input(z.object({}).optional())
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const districts = await ctx.db.district.findMany({ where: { countyId }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
      const townships = await ctx.db.orgUnit.findMany({
        where: { countyId, level: 'township', archivedAt: null, districtId: { not: null } },
        select: { id: true, name: true, districtId: true },
        orderBy: { sortOrder: 'asc' },
      });
      return districts.map((d) => ({ ...d, townships: townships.filter((t) => t.districtId === d.id) }));
    }),

  create: procedure
    .meta({ permission: 'core.district.manage', scope: { entity: 'county' } })
    .input(districtInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      if (await ctx.db.district.findFirst({ where: { countyId, name: input.name } })) {
        throw conflict('errors.district.nameTaken', `片区「${input.name}」已存在`, { name: input.name });
      }
      const district = await ctx.db.district.create({ data: { countyId, id: newId(), name: input.name, sortOrder: input.sortOrder ?? 0 } });
      await ctx.audit({ entityType: 'district', entityId: district.id, orgUnitId: countyId, after: district });
      return district;
    }),

  update: procedure
    .meta({ permission: 'core.district.manage', scope: { entity: 'district', field: 'districtId' } })
    .input(updateDistrictInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await ctx.db.district.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.districtId } } });
      if (await ctx.db.district.findFirst({ where: { countyId, name: input.name, id: { not: before.id } } })) {
        throw conflict('errors.district.nameTaken', `片区「${input.name}」已存在`, { name: input.name });
      }
      const after = await ctx.db.district.update({
        where: { countyId_id: { countyId, id: before.id } },
        data: { name: input.name, sortOrder: input.sortOrder ?? before.sortOrder },
      });
      await ctx.audit({ entityType: 'district', entityId: after.id, orgUnitId: countyId, before, after });
      return after;
    }),
} satisfies TRPCRouterRecord;

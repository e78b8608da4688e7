import type { TRPCRouterRecord } from '@trpc/server';
import type { Prisma } from '@duban/db';
import { recordAccountability } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { listAccountabilityInput, recordAccountabilityInput } from '../../schemas/index.ts';
import { nowOf } from '../../clock.ts';

/**
 * 问责台账 (issue 16 item 5). Holding someone accountable is part of the supervising side's 责任追究
 * (core.task.verify at the deciding unit); the register is read by readers of the deciding unit or
 * of the accountable person's unit.
 */
const unitSelect = { select: { id: true, name: true, level: true, path: true } } as const;

function visibleRecords(countyId: string, roots: string[]): Prisma.AccountabilityRecordWhereInput {
  if (roots.includes(`/${countyId}/`)) return { countyId };
  const under = (path: string) => ({ path: { startsWith: path } });
  const OR = roots.flatMap((r) => [{ decidingUnit: under(r) }, { orgUnit: under(r) }]);
  return { countyId, OR: OR.length ? OR : [{ id: '' }] };
}

export const accountabilityRouter = {
  record: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'orgUnit', field: 'decidingUnitId' } })
    .input(recordAccountabilityInput)
    .mutation(async ({ ctx, input }) => {
      const record = await recordAccountability(ctx.db, ctx.authz.target!.countyId, { ...input, decidedAt: new Date(input.decidedAt) }, { userId: ctx.actor!.userId, name: ctx.actor!.name }, nowOf(ctx));
      await ctx.audit({ entityType: 'accountabilityRecord', entityId: record.id, orgUnitId: record.orgUnitId, after: record, detail: `accountability: ${record.form}` });
      return record;
    }),

  list: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .input(listAccountabilityInput)
    .query(async ({ ctx, input }) => {
      const where: Prisma.AccountabilityRecordWhereInput = {
        AND: [
          visibleRecords(ctx.authz.target!.countyId, ctx.authz.roots),
          input.year ? { decidedAt: { gte: new Date(Date.UTC(input.year, 0, 1)), lt: new Date(Date.UTC(input.year + 1, 0, 1)) } } : {},
          input.form ? { form: input.form } : {},
          input.search ? { OR: [{ personName: { contains: input.search } }, { reason: { contains: input.search } }, { documentNo: { contains: input.search } }] } : {},
        ],
      };
      const [total, byForm, items] = await Promise.all([
        ctx.db.accountabilityRecord.count({ where }),
        ctx.db.accountabilityRecord.groupBy({ by: ['form'], where, _count: { _all: true } }),
        ctx.db.accountabilityRecord.findMany({
          where, orderBy: { decidedAt: 'desc' }, skip: (input.page - 1) * input.pageSize, take: input.pageSize,
          include: {
            orgUnit: unitSelect, decidingUnit: unitSelect,
            task: { select: { id: true, serial: true, title: true } }, jointCase: { select: { id: true, serial: true, title: true } }, letter: { select: { id: true, title: true } },
          },
        }),
      ]);
      return { total, byForm: byForm.map((f) => ({ form: f.form, count: f._count._all })), items };
    }),
} satisfies TRPCRouterRecord;

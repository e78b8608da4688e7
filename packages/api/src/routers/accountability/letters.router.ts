import type { TRPCRouterRecord } from '@trpc/server';
import type { Prisma } from '@duban/db';
import { createLetter, letterCompletion, reportLetterTarget, rollUpLetters, targetStatus } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { createLetterInput, letterIdInput, listLettersInput, reportLetterTargetInput } from '../../schemas/index.ts';
import { nowOf } from '../../clock.ts';

/**
 * 责任状 / 目标责任书 (issue 16 item 5): targets with a period, so they are key work's kin and use
 * its permissions — issuing is managing key work at the issuing unit, reporting an actual is
 * reporting at the bound unit, reading is for readers of either side.
 */
const unitSelect = { select: { id: true, name: true, level: true, path: true } } as const;

function visibleLetters(countyId: string, roots: string[]): Prisma.ResponsibilityLetterWhereInput {
  if (roots.includes(`/${countyId}/`)) return { countyId };
  const under = (path: string) => ({ path: { startsWith: path } });
  const OR = roots.flatMap((r) => [{ issuingUnit: under(r) }, { responsibleUnit: under(r) }]);
  return { countyId, OR: OR.length ? OR : [{ id: '' }] };
}

export const lettersRouter = {
  create: procedure
    .meta({ permission: 'core.keyWork.manage', scope: { entity: 'orgUnit', field: 'issuingUnitId' } })
    .input(createLetterInput)
    .mutation(async ({ ctx, input }) => {
      const letter = await createLetter(ctx.db, ctx.authz.target!.countyId, {
        ...input, periodStart: new Date(input.periodStart), periodEnd: new Date(input.periodEnd), signedAt: input.signedAt ? new Date(input.signedAt) : null,
      }, { userId: ctx.actor!.userId, name: ctx.actor!.name }, nowOf(ctx));
      await ctx.audit({ entityType: 'responsibilityLetter', entityId: letter.id, orgUnitId: letter.responsibleUnitId, after: letter, detail: `letter with ${letter.targets.length} targets` });
      return { id: letter.id };
    }),

  /** The letters this user's units issued or are bound by, each with its completion, and their roll-up (30 of 64 done = 46.9%). */
  list: procedure
    .meta({ permission: 'core.keyWork.read', scope: { entity: 'anywhere' } })
    .input(listLettersInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const where: Prisma.ResponsibilityLetterWhereInput = {
        AND: [
          visibleLetters(countyId, ctx.authz.roots),
          input.year ? { periodStart: { lt: new Date(Date.UTC(input.year + 1, 0, 1)) }, periodEnd: { gt: new Date(Date.UTC(input.year, 0, 1)) } } : {},
          input.category ? { category: input.category } : {},
          input.search ? { OR: [{ title: { contains: input.search } }, { responsibleParty: { contains: input.search } }, { documentNo: { contains: input.search } }] } : {},
        ],
      };
      // The roll-up covers every letter the filters match, not one page of them.
      const all = await ctx.db.responsibilityLetter.findMany({ where, select: { periodEnd: true, targets: true } });
      const rows = await ctx.db.responsibilityLetter.findMany({
        where, orderBy: [{ periodEnd: 'desc' }, { createdAt: 'desc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize,
        include: { issuingUnit: unitSelect, responsibleUnit: unitSelect, targets: { orderBy: { sortOrder: 'asc' } } },
      });
      const now = nowOf(ctx);
      return {
        total: all.length,
        rollup: rollUpLetters(all, now),
        items: rows.map(({ targets, ...l }) => ({ ...l, completion: letterCompletion(targets), overdue: l.periodEnd <= now && !letterCompletion(targets).done })),
      };
    }),

  get: procedure
    .meta({ permission: 'core.keyWork.read', scope: { entity: 'letter', field: 'letterId' } })
    .input(letterIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const letter = await ctx.db.responsibilityLetter.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.letterId } },
        include: {
          issuingUnit: unitSelect, responsibleUnit: unitSelect, keyWork: { select: { id: true, title: true } },
          signatories: { orderBy: { sortOrder: 'asc' } }, targets: { orderBy: { sortOrder: 'asc' } },
        },
      });
      const accountability = await ctx.db.accountabilityRecord.findMany({ where: { countyId, letterId: letter.id }, orderBy: { decidedAt: 'desc' }, include: { orgUnit: unitSelect } });
      const canReport = ctx.authz.has('core.keyWork.report', letter.responsibleUnit.path);
      return {
        ...letter, accountability, canReport,
        targets: letter.targets.map((t) => ({ ...t, ...targetStatus(t) })),
        completion: letterCompletion(letter.targets),
        overdue: letter.periodEnd <= nowOf(ctx) && !letterCompletion(letter.targets).done,
      };
    }),

  /** 完成值: the bound unit reports a target's actual. */
  reportTarget: procedure
    .meta({ permission: 'core.keyWork.report', scope: { entity: 'letterTarget', field: 'targetId' } })
    .input(reportLetterTargetInput)
    .mutation(async ({ ctx, input }) => {
      const { target, letter, done } = await reportLetterTarget(ctx.db, ctx.authz.target!.countyId, input.targetId, input, { userId: ctx.actor!.userId, name: ctx.actor!.name }, nowOf(ctx));
      await ctx.audit({ entityType: 'letterTarget', entityId: target.id, orgUnitId: letter.responsibleUnitId, after: { actualValue: target.actualValue, note: target.note, letterDone: done }, detail: `letter ${letter.id} target reported` });
      return { done };
    }),
} satisfies TRPCRouterRecord;

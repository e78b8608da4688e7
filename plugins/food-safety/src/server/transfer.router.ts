import { getOrgUnit } from '@duban/plugin-sdk/server';
import { newId } from '@duban/plugin-sdk/db';
import { pluginError, procedure, type TRPCRouterRecord } from '@duban/plugin-sdk/server';
import { createTransferInput, listByUnitInput, recordTransferInput } from './schemas/index.ts';
import { settingsFor } from './settings.ts';
import { meta } from './meta.ts';

const byUnit = { entity: 'orgUnit', field: 'orgUnitId' } as const;
const byTransfer = { entity: 'foodSafetyCaseTransfer', field: 'transferId' } as const;
const DAY = 86_400_000;

type TransferRow = { status: string; deadline: Date; transferredAt: Date | null };

/** Where a case stands against its deadline; `overdue` cases veto their unit (transfer-veto.ts). */
export function transferState(c: TransferRow, now = new Date()) {
  if (c.status === 'declined') return 'declined' as const;
  if (c.transferredAt) return c.transferredAt <= c.deadline ? ('transferred' as const) : ('transferred-late' as const);
  return now <= c.deadline ? ('pending' as const) : ('overdue' as const);
}

export const transferRouter = {
  /** 行刑衔接台账 of a unit and below, the open cases first. */
  list: procedure
    .meta(meta({ permission: 'food-safety.transfer.read', scope: byUnit }))
    .input(listByUnitInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const rows = await ctx.db.foodSafetyCaseTransfer.findMany({
        where: { countyId: unit.countyId, archivedAt: null, orgUnit: { path: { startsWith: unit.path } } },
        include: { orgUnit: { select: { name: true, path: true } } },
        orderBy: [{ deadline: 'desc' }, { id: 'asc' }],
      });
      const now = new Date();
      return rows.map((r) => ({ ...r, unitName: r.orgUnit.name, state: transferState(r, now) }));
    }),

  /** Registers a case once a crime is suspected; the deadline follows the unit's setting. */
  create: procedure
    .meta(meta({ permission: 'food-safety.transfer.manage', scope: byUnit }))
    .input(createTransferInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const settings = await settingsFor(ctx.db, unit.countyId, [unit.id]);
      const suspectedAt = new Date(input.suspectedAt);
      const row = await ctx.db.foodSafetyCaseTransfer.create({
        data: {
          countyId: unit.countyId, id: newId(), orgUnitId: unit.id, caseNo: input.caseNo, title: input.title, note: input.note ?? null,
          suspectedAt, deadline: new Date(suspectedAt.getTime() + settings(unit.id).transferDeadlineDays * DAY), status: 'pending',
        },
      });
      await ctx.audit({ entityType: 'foodSafetyCaseTransfer', entityId: row.id, orgUnitId: unit.id, after: row });
      return { ...row, state: transferState(row) };
    }),

  /** 移送 (with the receiving organ) or 不予移送 (with the reason); recorded once. */
  recordOutcome: procedure
    .meta(meta({ permission: 'food-safety.transfer.manage', scope: byTransfer }))
    .input(recordTransferInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await ctx.db.foodSafetyCaseTransfer.findUnique({ where: { countyId_id: { countyId, id: input.transferId } } });
      if (!before) throw pluginError('NOT_FOUND', { zh: `未找到移送案件(${input.transferId})`, en: `Case ${input.transferId} not found` });
      if (before.status !== 'pending') throw pluginError('CONFLICT', { zh: '该案件已办结移送手续', en: 'The outcome of this case is already recorded' });
      const transferredAt = input.outcome === 'transferred' ? new Date(input.transferredAt!) : null;
      if (transferredAt && transferredAt < before.suspectedAt) {
        throw pluginError('BAD_REQUEST', { zh: '移送时间不能早于认定涉嫌犯罪时间', en: 'The transfer cannot precede the suspicion of a crime' });
      }
      const after = await ctx.db.foodSafetyCaseTransfer.update({
        where: { countyId_id: { countyId, id: before.id } },
        data: input.outcome === 'transferred'
          ? { status: 'transferred', transferredAt, receivingOrgan: input.receivingOrgan ?? null }
          : { status: 'declined', declineReason: input.declineReason ?? null },
      });
      await ctx.audit({ entityType: 'foodSafetyCaseTransfer', entityId: after.id, orgUnitId: after.orgUnitId, before, after, detail: input.outcome });
      return { ...after, state: transferState(after) };
    }),
} satisfies TRPCRouterRecord;

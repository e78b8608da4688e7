// 自查: an assessed unit states the score it claims per item, how it did the work, and attaches
// evidence; once submitted it is locked and the organisers are notified.
import type { TRPCRouterRecord } from '@trpc/server';
import { assessmentSelfCheckEditable, badRequest, currentPlanVersion, flattenIndicators, notFound, notifyUnit, type AssessmentPlanConfig, type AssessmentStatus } from '@duban/core';
import type { Prisma } from '@duban/db';
import { newId } from '@duban/db';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { assessmentUnitIdInput, evidenceIdInput, okOutput, saveSelfCheckInput, selfCheckOutput, uploadEvidenceInput } from '../../schemas/index.ts';
import { evidenceView, indicatorViews } from './views.ts';

const byUnit = { entity: 'assessmentUnit', field: 'assessmentUnitId' } as const;
const MAX_BYTES = 3 * 1024 * 1024;
const MAX_FILES_PER_ITEM = 10;

async function loadUnit(db: Prisma.TransactionClient, countyId: string, id: string) {
  const unit = await db.assessmentUnit.findUnique({ where: { countyId_id: { countyId, id } }, include: { plan: true, orgUnit: { select: { id: true, name: true, path: true } } } });
  if (!unit) throw notFound('被考核单位', id);
  const version = await currentPlanVersion(db, countyId, unit.planId);
  return { unit, plan: unit.plan, config: version.config as AssessmentPlanConfig };
}

function assertEditable(plan: { status: string }, unit: { selfCheckSubmittedAt: Date | null }) {
  if (!assessmentSelfCheckEditable(plan.status as AssessmentStatus, unit.selfCheckSubmittedAt)) {
    throw badRequest('errors.assessment.selfCheckClosed', unit.selfCheckSubmittedAt ? '自查已提交,不能再修改' : '当前阶段不能填报自查');
  }
}

function indicatorOf(config: AssessmentPlanConfig, key: string) {
  const found = flattenIndicators(config).find((f) => f.indicator.key === key);
  if (!found) throw badRequest('errors.assessment.unknownIndicator', `方案中没有指标「${key}」`, { key });
  return found.indicator;
}

export const selfCheckProcedures = {
  getSelfCheck: procedure
    .meta({ permission: 'core.assessment.read', scope: byUnit })
    .input(assessmentUnitIdInput)
    .output(selfCheckOutput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { unit, plan, config } = await loadUnit(ctx.db, countyId, input.assessmentUnitId);
      const base = { countyId, planId: plan.id, orgUnitId: unit.orgUnitId };
      const [checks, evidence] = await Promise.all([
        ctx.db.assessmentSelfCheck.findMany({ where: base }),
        ctx.db.assessmentEvidence.findMany({ where: { ...base, entryId: null }, orderBy: { uploadedAt: 'asc' } }),
      ]);
      const indicators = indicatorViews(config);
      return {
        planId: plan.id, planName: plan.name, status: plan.status, assessmentUnitId: unit.id, orgUnit: unit.orgUnit,
        editable: assessmentSelfCheckEditable(plan.status, unit.selfCheckSubmittedAt) && ctx.authz.has('core.assessment.selfCheck', unit.orgUnit.path),
        submittedAt: unit.selfCheckSubmittedAt?.toISOString() ?? null,
        indicators,
        items: indicators.map((ind) => {
          const c = checks.find((x) => x.indicatorKey === ind.key);
          return { indicatorKey: ind.key, selfScore: c?.selfScore == null ? null : Number(c.selfScore), note: c?.note ?? null, evidence: evidence.filter((e) => e.indicatorKey === ind.key).map(evidenceView) };
        }),
      };
    }),

  saveSelfCheck: procedure
    .meta({ permission: 'core.assessment.selfCheck', scope: byUnit })
    .input(saveSelfCheckInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { unit, plan, config } = await loadUnit(ctx.db, countyId, input.assessmentUnitId);
      assertEditable(plan, unit);
      for (const item of input.items) {
        const ind = indicatorOf(config, item.indicatorKey);
        if (item.selfScore != null && item.selfScore > ind.maxScore) throw badRequest('errors.assessment.scoreAboveMax', `「${ind.name}」自评分 ${item.selfScore} 超过满分 ${ind.maxScore}`, { max: ind.maxScore });
        const key = { countyId, planId: plan.id, orgUnitId: unit.orgUnitId, indicatorKey: item.indicatorKey };
        const data = { selfScore: item.selfScore ?? null, note: item.note ?? null };
        await ctx.db.assessmentSelfCheck.upsert({ where: { countyId_planId_orgUnitId_indicatorKey: key }, create: { ...key, ...data }, update: data });
      }
      await ctx.audit({ entityType: 'assessmentUnit', entityId: unit.id, orgUnitId: unit.orgUnitId, after: input.items, detail: 'self-check saved' });
      return { ok: true as const };
    }),

  uploadEvidence: procedure
    .meta({ permission: 'core.assessment.selfCheck', scope: byUnit })
    .input(uploadEvidenceInput)
    .output(z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number(), uploadedAt: z.string(), entryId: z.string().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { unit, plan, config } = await loadUnit(ctx.db, countyId, input.assessmentUnitId);
      assertEditable(plan, unit);
      indicatorOf(config, input.indicatorKey);
      const bytes = Buffer.from(input.file.base64, 'base64');
      if (bytes.length === 0 || bytes.length > MAX_BYTES) throw badRequest('errors.assessment.fileSize', `「${input.file.fileName}」为空或超过 3 MB`);
      const count = await ctx.db.assessmentEvidence.count({ where: { countyId, planId: plan.id, orgUnitId: unit.orgUnitId, indicatorKey: input.indicatorKey, entryId: null } });
      if (count >= MAX_FILES_PER_ITEM) throw badRequest('errors.assessment.tooManyFiles', `每个指标最多 ${MAX_FILES_PER_ITEM} 份佐证材料`);
      const sha256 = await ctx.files.put(countyId, bytes);
      const row = await ctx.db.assessmentEvidence.create({
        data: { countyId, id: newId(), planId: plan.id, orgUnitId: unit.orgUnitId, indicatorKey: input.indicatorKey, fileName: input.file.fileName, contentType: input.file.contentType, size: bytes.length, sha256, uploadedById: ctx.actor!.userId },
      });
      await ctx.audit({ entityType: 'assessmentEvidence', entityId: row.id, orgUnitId: unit.orgUnitId, after: { ...row, planId: plan.id } });
      return evidenceView(row);
    }),

  removeEvidence: procedure
    .meta({ permission: 'core.assessment.selfCheck', scope: byUnit })
    .input(evidenceIdInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { unit, plan } = await loadUnit(ctx.db, countyId, input.assessmentUnitId);
      assertEditable(plan, unit);
      const row = await ctx.db.assessmentEvidence.findFirst({ where: { countyId, id: input.evidenceId, planId: plan.id, orgUnitId: unit.orgUnitId, entryId: null } });
      if (!row) throw notFound('佐证材料', input.evidenceId);
      await ctx.db.assessmentEvidence.delete({ where: { countyId_id: { countyId, id: row.id } } });
      await ctx.audit({ entityType: 'assessmentEvidence', entityId: row.id, orgUnitId: unit.orgUnitId, before: row, detail: 'evidence removed' });
      return { ok: true as const };
    }),

  /** 提交自查: locks it and tells the organising unit. */
  submitSelfCheck: procedure
    .meta({ permission: 'core.assessment.selfCheck', scope: byUnit })
    .input(assessmentUnitIdInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { unit, plan } = await loadUnit(ctx.db, countyId, input.assessmentUnitId);
      assertEditable(plan, unit);
      const now = ctx.clock?.() ?? new Date();
      await ctx.db.assessmentUnit.update({ where: { countyId_id: { countyId, id: unit.id } }, data: { selfCheckSubmittedAt: now } });
      await notifyUnit(ctx.db, countyId, plan.ownerUnitId, `${unit.orgUnit.name}已提交自查:${plan.name}`, null);
      await ctx.audit({ entityType: 'assessmentUnit', entityId: unit.id, orgUnitId: unit.orgUnitId, after: { selfCheckSubmittedAt: now }, detail: 'self-check submitted' });
      return { ok: true as const };
    }),

  /** An evidence file of the unit (self-check or an entry's proof), for those who may read it. */
  evidenceFile: procedure
    .meta({ permission: 'core.assessment.read', scope: byUnit })
    .input(evidenceIdInput)
    .output(z.object({ fileName: z.string(), contentType: z.string(), base64: z.string() }))
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const unit = await ctx.db.assessmentUnit.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.assessmentUnitId } } });
      const row = await ctx.db.assessmentEvidence.findFirst({ where: { countyId, id: input.evidenceId, planId: unit.planId, orgUnitId: unit.orgUnitId } });
      if (!row) throw notFound('佐证材料', input.evidenceId);
      return { fileName: row.fileName, contentType: row.contentType, base64: (await ctx.files.get(countyId, row.sha256)).toString('base64') };
    }),
} satisfies TRPCRouterRecord;

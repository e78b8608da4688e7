// 逐项打分 and what else assessors record while a plan is in scoring: deductions (occurrences),
// bonus points, vetoes (一票否决) and problems found.
import type { TRPCRouterRecord } from '@trpc/server';
import {
  assertAssessmentInputsEditable, assessmentInputsEditable, badRequest, currentPlanVersion, flattenIndicators, getAssessmentPlan, notFound,
  type AssessmentPlanConfig,
} from '@duban/core';
import { newId, type AssessmentPlan, type Prisma } from '@duban/db';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import {
  entryEvidenceInput, entryView, okOutput, problemOutput, recordEntryInput, recordProblemInput, recordVetoInput, removeEntryInput, removeVetoInput,
  saveScoresInput, scoringSheetInput, scoringSheetOutput, vetoView, assessmentPlanIdInput,
} from '../../schemas/index.ts';
import { evidenceView, indicatorViews } from './views.ts';

const byPlan = { entity: 'assessmentPlan', field: 'planId' } as const;
type Tx = Prisma.TransactionClient;

async function planWithConfig(db: Tx, countyId: string, planId: string) {
  const plan = await getAssessmentPlan(db, countyId, planId);
  const version = await currentPlanVersion(db, countyId, planId);
  return { plan, config: version.config as AssessmentPlanConfig };
}

async function assessedUnit(db: Tx, plan: AssessmentPlan, orgUnitId: string) {
  const u = await db.assessmentUnit.findFirst({ where: { countyId: plan.countyId, planId: plan.id, orgUnitId }, include: { orgUnit: { select: { id: true, name: true, path: true } } } });
  if (!u) throw badRequest('errors.assessment.notAssessed', '该单位不是本方案的被考核单位');
  return u;
}

function indicator(config: AssessmentPlanConfig, key: string) {
  const f = flattenIndicators(config).find((x) => x.indicator.key === key);
  if (!f) throw badRequest('errors.assessment.unknownIndicator', `方案中没有指标「${key}」`, { key });
  return f.indicator;
}

const vetoRow = (v: { id: string; orgUnitId: string; ruleKey: string; source: 'manual' | 'auto'; reason: string; createdAt: Date }, config: AssessmentPlanConfig) => ({
  id: v.id, orgUnitId: v.orgUnitId, ruleKey: v.ruleKey, ruleName: config.vetoRules.find((r) => r.key === v.ruleKey)?.name ?? v.ruleKey, source: v.source, reason: v.reason, createdAt: v.createdAt.toISOString(),
});

export const scoringProcedures = {
  /** The assessor's grid: units × items, their own scores, the units' self-checks and progress. */
  scoringSheet: procedure
    .meta({ permission: 'core.assessment.score', scope: byPlan })
    .input(scoringSheetInput)
    .output(scoringSheetOutput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const me = ctx.actor!.userId;
      const { plan, config } = await planWithConfig(ctx.db, countyId, input.planId);
      const base = { countyId, planId: plan.id };
      const [panel, units, scores, selfChecks, entries, evidence, vetoes] = await Promise.all([
        ctx.db.assessmentAssessor.findMany({ where: base, include: { user: { include: { person: { select: { name: true } } } } }, orderBy: { user: { username: 'asc' } } }),
        ctx.db.assessmentUnit.findMany({ where: base, include: { orgUnit: { select: { name: true } } }, orderBy: { sortOrder: 'asc' } }),
        ctx.db.assessmentScore.findMany({ where: base, select: { orgUnitId: true, assessorId: true, indicatorKey: true } }),
        ctx.db.assessmentSelfCheck.findMany({ where: base }),
        ctx.db.assessmentEntry.findMany({ where: base, orderBy: { createdAt: 'asc' } }),
        ctx.db.assessmentEvidence.findMany({ where: { ...base, entryId: { not: null } } }),
        ctx.db.assessmentVeto.findMany({ where: base, orderBy: { createdAt: 'asc' } }),
      ]);
      const mine = await ctx.db.assessmentScore.findMany({ where: { ...base, assessorId: me } });
      const all = indicatorViews(config);
      const indicators = input.componentKey ? all.filter((i) => i.componentKey === input.componentKey) : all;
      const manual = new Set(all.filter((i) => i.method === 'manual').map((i) => i.key));
      const onPanel = new Set(panel.map((p) => p.userId));
      const isAssessor = onPanel.has(me);
      return {
        planId: plan.id, status: plan.status, editable: assessmentInputsEditable(plan.status) && isAssessor, isAssessor, missingRule: config.missingRule,
        panel: panel.map((p) => ({ userId: p.userId, name: p.user.person.name })),
        indicators,
        units: units.map((u) => ({ orgUnitId: u.orgUnitId, assessmentUnitId: u.id, name: u.orgUnit.name, peerGroup: u.peerGroup, selfCheckSubmittedAt: u.selfCheckSubmittedAt?.toISOString() ?? null })),
        myScores: mine.filter((s) => manual.has(s.indicatorKey)).map((s) => ({ orgUnitId: s.orgUnitId, indicatorKey: s.indicatorKey, score: Number(s.score), note: s.note })),
        selfChecks: selfChecks.map((c) => ({ orgUnitId: c.orgUnitId, indicatorKey: c.indicatorKey, selfScore: c.selfScore === null ? null : Number(c.selfScore), note: c.note })),
        entries: entries.map((e) => ({
          id: e.id, orgUnitId: e.orgUnitId, indicatorKey: e.indicatorKey, kind: e.kind, count: e.count, points: Number(e.points), note: e.note, taskId: e.taskId,
          createdAt: e.createdAt.toISOString(), evidence: evidence.filter((x) => x.entryId === e.id).map(evidenceView),
        })),
        vetoes: vetoes.map((v) => vetoRow(v, config)),
        vetoRules: config.vetoRules.map((r) => ({ key: r.key, name: r.name, kind: r.kind })),
        progress: units.map((u) => {
          // Only panel members' scores of the current version's manual items count.
          const given = scores.filter((s) => s.orgUnitId === u.orgUnitId && onPanel.has(s.assessorId) && manual.has(s.indicatorKey)).length;
          return {
            orgUnitId: u.orgUnitId, given, expected: manual.size * panel.length,
            mine: mine.filter((s) => s.orgUnitId === u.orgUnitId && manual.has(s.indicatorKey)).length, myExpected: isAssessor ? manual.size : 0,
          };
        }),
      };
    }),

  /** A batch of the caller's scores (a null score removes it); only panel members, only while scoring. */
  saveScores: procedure
    .meta({ permission: 'core.assessment.score', scope: byPlan })
    .input(saveScoresInput)
    .output(z.object({ saved: z.number(), removed: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const me = ctx.actor!.userId;
      const { plan, config } = await planWithConfig(ctx.db, countyId, input.planId);
      assertAssessmentInputsEditable(plan.status);
      if (!(await ctx.db.assessmentAssessor.findUnique({ where: { countyId_planId_userId: { countyId, planId: plan.id, userId: me } } }))) {
        throw badRequest('errors.assessment.notOnPanel', '您不是本方案考核组成员,不能打分');
      }
      const units = new Set((await ctx.db.assessmentUnit.findMany({ where: { countyId, planId: plan.id }, select: { orgUnitId: true } })).map((u) => u.orgUnitId));
      const seen = new Set<string>();
      for (const s of input.scores) {
        const ind = indicator(config, s.indicatorKey);
        if (ind.method !== 'manual') throw badRequest('errors.assessment.notManual', `「${ind.name}」不是逐项打分指标`);
        if (!units.has(s.orgUnitId)) throw badRequest('errors.assessment.notAssessed', '该单位不是本方案的被考核单位');
        if (s.score !== null && s.score > ind.maxScore) throw badRequest('errors.assessment.scoreAboveMax', `「${ind.name}」得分 ${s.score} 超过满分 ${ind.maxScore}`, { max: ind.maxScore });
        const k = `${s.orgUnitId}\u0000${s.indicatorKey}`;
        if (seen.has(k)) throw badRequest('errors.assessment.duplicateScore', `「${ind.name}」同一单位重复评分`);
        seen.add(k);
      }
      const unitIds = input.scores.map((s) => s.orgUnitId);
      const keys = input.scores.map((s) => s.indicatorKey);
      const before = await ctx.db.$queryRawUnsafe<{ org_unit_id: string; indicator_key: string; score: string }[]>(
        `SELECT org_unit_id, indicator_key, score::text FROM assessment_score
          WHERE county_id = $1 AND plan_id = $2 AND assessor_id = $3 AND (org_unit_id, indicator_key) IN (SELECT * FROM unnest($4::text[], $5::text[]))`,
        countyId, plan.id, me, unitIds, keys,
      );
      await ctx.db.$executeRawUnsafe(
        `DELETE FROM assessment_score WHERE county_id = $1 AND plan_id = $2 AND assessor_id = $3 AND (org_unit_id, indicator_key) IN (SELECT * FROM unnest($4::text[], $5::text[]))`,
        countyId, plan.id, me, unitIds, keys,
      );
      const rows = input.scores.filter((s) => s.score !== null);
      if (rows.length) {
        await ctx.db.assessmentScore.createMany({ data: rows.map((s) => ({ countyId, planId: plan.id, orgUnitId: s.orgUnitId, indicatorKey: s.indicatorKey, assessorId: me, score: s.score!, note: s.note ?? null })) });
      }
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before, after: input.scores, detail: `scores: ${rows.length} saved, ${input.scores.length - rows.length} removed` });
      return { saved: rows.length, removed: input.scores.length - rows.length };
    }),

  /** 扣分 (occurrences) or 加分 (points) against an item of a unit. */
  recordEntry: procedure
    .meta({ permission: 'core.assessment.score', scope: byPlan })
    .input(recordEntryInput)
    .output(entryView)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { plan, config } = await planWithConfig(ctx.db, countyId, input.planId);
      assertAssessmentInputsEditable(plan.status);
      const unit = await assessedUnit(ctx.db, plan, input.orgUnitId);
      const ind = indicator(config, input.indicatorKey);
      if (ind.method !== input.kind) throw badRequest('errors.assessment.entryKind', `「${ind.name}」不是${input.kind === 'deduction' ? '扣分' : '加分'}指标`);
      const taskId = input.kind === 'deduction' ? (input.taskId ?? null) : null;
      if (taskId) {
        const task = await ctx.db.task.findFirst({ where: { countyId, id: taskId }, include: { responsibleUnit: { select: { path: true } } } });
        if (!task || !task.responsibleUnit.path.startsWith(unit.orgUnit.path)) throw badRequest('errors.assessment.entryTask', '关联的督办事项不属于该单位');
      }
      const row = await ctx.db.assessmentEntry.create({
        data: {
          countyId, id: newId(), planId: plan.id, orgUnitId: input.orgUnitId, indicatorKey: input.indicatorKey, kind: input.kind,
          count: input.kind === 'deduction' ? input.count : 0, points: input.kind === 'bonus' ? input.points : 0, note: input.note, taskId, createdById: ctx.actor!.userId,
        },
      });
      await ctx.audit({ entityType: 'assessmentEntry', entityId: row.id, orgUnitId: input.orgUnitId, after: row });
      return { id: row.id, orgUnitId: row.orgUnitId, indicatorKey: row.indicatorKey, kind: row.kind, count: row.count, points: Number(row.points), note: row.note, taskId: row.taskId, createdAt: row.createdAt.toISOString(), evidence: [] };
    }),

  uploadEntryEvidence: procedure
    .meta({ permission: 'core.assessment.score', scope: byPlan })
    .input(entryEvidenceInput)
    .output(z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number(), uploadedAt: z.string(), entryId: z.string().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await getAssessmentPlan(ctx.db, countyId, input.planId);
      assertAssessmentInputsEditable(plan.status);
      const entry = await ctx.db.assessmentEntry.findFirst({ where: { countyId, id: input.entryId, planId: plan.id } });
      if (!entry) throw notFound('扣分/加分记录', input.entryId);
      const bytes = Buffer.from(input.file.base64, 'base64');
      if (bytes.length === 0 || bytes.length > 3 * 1024 * 1024) throw badRequest('errors.assessment.fileSize', `「${input.file.fileName}」为空或超过 3 MB`);
      const sha256 = await ctx.files.put(countyId, bytes);
      const row = await ctx.db.assessmentEvidence.create({
        data: { countyId, id: newId(), planId: plan.id, orgUnitId: entry.orgUnitId, indicatorKey: entry.indicatorKey, entryId: entry.id, fileName: input.file.fileName, contentType: input.file.contentType, size: bytes.length, sha256, uploadedById: ctx.actor!.userId },
      });
      await ctx.audit({ entityType: 'assessmentEvidence', entityId: row.id, orgUnitId: entry.orgUnitId, after: row });
      return evidenceView(row);
    }),

  removeEntry: procedure
    .meta({ permission: 'core.assessment.score', scope: byPlan })
    .input(removeEntryInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await getAssessmentPlan(ctx.db, countyId, input.planId);
      assertAssessmentInputsEditable(plan.status);
      const entry = await ctx.db.assessmentEntry.findFirst({ where: { countyId, id: input.entryId, planId: plan.id } });
      if (!entry) throw notFound('扣分/加分记录', input.entryId);
      await ctx.db.assessmentEvidence.deleteMany({ where: { countyId, planId: plan.id, entryId: entry.id } });
      await ctx.db.assessmentEntry.delete({ where: { countyId_id: { countyId, id: entry.id } } });
      await ctx.audit({ entityType: 'assessmentEntry', entityId: entry.id, orgUnitId: entry.orgUnitId, before: entry, detail: 'entry removed' });
      return { ok: true as const };
    }),

  /** 一票否决 by decision, under one of the plan's manual veto rules, with the reason. */
  /** The plan's manual and recorded vetoes, for whoever may record or withdraw them (督查室 too, who does not score). */
  vetoes: procedure
    .meta({ permission: 'core.assessment.veto', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(z.array(vetoView))
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { plan, config } = await planWithConfig(ctx.db, countyId, input.planId);
      const vetoes = await ctx.db.assessmentVeto.findMany({ where: { countyId, planId: plan.id }, orderBy: { createdAt: 'asc' } });
      return vetoes.map((v) => vetoRow(v, config));
    }),

  recordVeto: procedure
    .meta({ permission: 'core.assessment.veto', scope: byPlan })
    .input(recordVetoInput)
    .output(vetoView)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { plan, config } = await planWithConfig(ctx.db, countyId, input.planId);
      assertAssessmentInputsEditable(plan.status);
      await assessedUnit(ctx.db, plan, input.orgUnitId);
      const rule = config.vetoRules.find((r) => r.key === input.ruleKey);
      if (!rule) throw badRequest('errors.assessment.unknownVetoRule', `方案中没有否决规则「${input.ruleKey}」`);
      if (rule.kind !== 'manual') throw badRequest('errors.assessment.autoVetoRule', `「${rule.name}」由系统按事件自动认定,不能手工记录`);
      const row = await ctx.db.assessmentVeto.create({ data: { countyId, id: newId(), planId: plan.id, orgUnitId: input.orgUnitId, ruleKey: rule.key, source: 'manual', reason: input.reason, createdById: ctx.actor!.userId } });
      await ctx.audit({ entityType: 'assessmentVeto', entityId: row.id, orgUnitId: input.orgUnitId, after: row });
      return vetoRow(row, config);
    }),

  removeVeto: procedure
    .meta({ permission: 'core.assessment.veto', scope: byPlan })
    .input(removeVetoInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await getAssessmentPlan(ctx.db, countyId, input.planId);
      assertAssessmentInputsEditable(plan.status);
      const veto = await ctx.db.assessmentVeto.findFirst({ where: { countyId, id: input.vetoId, planId: plan.id } });
      if (!veto) throw notFound('否决记录', input.vetoId);
      if (veto.source === 'auto') throw badRequest('errors.assessment.autoVetoRemove', '自动认定的否决随事件数据重新计算,不能手工撤销');
      await ctx.db.assessmentVeto.delete({ where: { countyId_id: { countyId, id: veto.id } } });
      await ctx.audit({ entityType: 'assessmentVeto', entityId: veto.id, orgUnitId: veto.orgUnitId, before: veto, detail: `veto withdrawn: ${input.reason}` });
      return { ok: true as const };
    }),

  /** 存在问题: listed in the 通报 with its rectification requirement. */
  recordProblem: procedure
    .meta({ permission: 'core.assessment.score', scope: byPlan })
    .input(recordProblemInput)
    .output(problemOutput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { plan, config } = await planWithConfig(ctx.db, countyId, input.planId);
      if (plan.status !== 'scoring' && plan.status !== 'review') throw badRequest('errors.assessment.problemState', '只有评分和审核阶段可以记录问题');
      const unit = await assessedUnit(ctx.db, plan, input.orgUnitId);
      const ind = input.indicatorKey ? indicator(config, input.indicatorKey) : null;
      const row = await ctx.db.assessmentProblem.create({
        data: { countyId, id: newId(), planId: plan.id, orgUnitId: input.orgUnitId, indicatorKey: ind?.key ?? null, source: 'manual', description: input.description, requirement: input.requirement ?? null, createdById: ctx.actor!.userId },
      });
      await ctx.audit({ entityType: 'assessmentProblem', entityId: row.id, orgUnitId: input.orgUnitId, after: row });
      return { id: row.id, orgUnit: unit.orgUnit, indicatorKey: row.indicatorKey, indicatorName: ind?.name ?? null, source: 'manual' as const, description: row.description, requirement: row.requirement, task: null, createdAt: row.createdAt.toISOString() };
    }),
} satisfies TRPCRouterRecord;

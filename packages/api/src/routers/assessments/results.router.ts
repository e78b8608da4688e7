// Results: the ranking table, the explanation of one unit's score, the listed problems, the 通报
// as PDF and Excel, and turning a problem into a rectification item (督办).
import type { TRPCRouterRecord } from '@trpc/server';
import {
  assessmentBulletinPdf, bulletinNumber, assessmentBulletinWorkbook, badRequest, DomainError, flattenIndicators, getAssessmentPlan, notFound,
  problemToRectification, type AssessmentBulletinData, type AssessmentPlanConfig,
} from '@duban/core';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import {
  bulletinInput, createRectificationInput, explainInput, explanationOutput, fileOutput, assessmentPlanIdInput, problemOutput, resultsInput, resultsOutput,
} from '../../schemas/index.ts';
import { rowVisibility } from './access.ts';
import { explanationsFor, gradeRule, loadResults } from './results-data.ts';
import { versionView } from './views.ts';

const byPlan = { entity: 'assessmentPlan', field: 'planId' } as const;
const notPublished = () => badRequest('errors.assessment.notPublished', '考核结果尚未发布');

export const resultProcedures = {
  /** The results table: each visible unit's total, components, grade, veto, rank (并列), change from last period. */
  results: procedure
    .meta({ permission: 'core.assessment.read', scope: byPlan })
    .input(resultsInput)
    .output(resultsOutput)
    .query(async ({ ctx, input }) => {
      const { plan, version, config, items, fullView } = await loadResults(ctx, input.planId, input.versionId);
      const search = input.search?.toLowerCase();
      const filtered = items.filter(
        (r) =>
          (!input.peerGroup || r.peerGroup === input.peerGroup) &&
          (!input.grade || r.grade?.key === input.grade) &&
          (input.vetoed === undefined || r.vetoed === input.vetoed) &&
          (!search || r.orgUnit.name.toLowerCase().includes(search)),
      );
      const bands = config?.gradeBands ?? [];
      return {
        plan: { id: plan.id, name: plan.name, year: plan.year, status: plan.status },
        version: version ? versionView(version) : null,
        fullView,
        components: (config?.components ?? []).map((c) => ({ key: c.key, name: c.name, weight: c.weight })),
        gradeBands: bands,
        peerGroups: [...new Set(items.map((r) => r.peerGroup))],
        gradeCounts: bands.map((b) => ({ key: b.key, name: b.name, count: items.filter((r) => r.grade?.key === b.key).length })),
        items: filtered.map(({ explanation: _e, sortOrder: _s, ...r }) => r),
      };
    }),

  /** Every point of one unit's score traced to its rule, source data and evidence. */
  explain: procedure
    .meta({ permission: 'core.assessment.read', scope: { entity: 'assessmentUnit', field: 'assessmentUnitId' } })
    .input(explainInput)
    .output(explanationOutput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const unit = await ctx.db.assessmentUnit.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.assessmentUnitId } },
        include: { plan: { include: { ownerUnit: { select: { path: true } } } }, orgUnit: { select: { id: true, name: true, path: true } } },
      });
      const organiser = rowVisibility(ctx, unit.plan.ownerUnit.path).organiser;
      const version = input.versionId
        ? await ctx.db.assessmentVersion.findFirst({ where: { countyId, planId: unit.planId, id: input.versionId } })
        : await ctx.db.assessmentVersion.findFirst({ where: { countyId, planId: unit.planId, ...(organiser ? {} : { status: 'published' }) }, orderBy: { number: 'desc' } });
      if (!version) throw organiser ? notFound('考核方案版本', input.versionId ?? unit.planId) : notPublished();
      if (!organiser && version.status !== 'published') throw notPublished();
      const r = await ctx.db.assessmentResult.findUnique({ where: { countyId_versionId_orgUnitId: { countyId, versionId: version.id, orgUnitId: unit.orgUnitId } } });
      const tiedCount = r?.rank != null ? await ctx.db.assessmentResult.count({ where: { countyId, versionId: version.id, peerGroup: r.peerGroup, rank: r.rank } }) : 0;
      const row = {
        orgUnit: unit.orgUnit, rank: r?.rank ?? null, tied: tiedCount > 1, groupSize: r?.groupSize ?? 0,
        previous: r && (r.prevTotal !== null || r.prevRank !== null) ? { total: r.prevTotal === null ? null : Number(r.prevTotal), rank: r.prevRank } : null,
        explanation: (r?.explanation ?? null) as never,
      };
      const e = (await explanationsFor(ctx, { id: unit.planId, countyId }, version, [row])).get(unit.orgUnitId);
      if (!e) throw notFound('考核结果', unit.orgUnitId);
      return e;
    }),

  /** 存在问题 of the plan (units see their own once a version is published). */
  problems: procedure
    .meta({ permission: 'core.assessment.read', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(z.array(problemOutput))
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const plan = await ctx.db.assessmentPlan.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.planId } }, include: { ownerUnit: { select: { path: true } } } });
      const vis = rowVisibility(ctx, plan.ownerUnit.path);
      const published = (await ctx.db.assessmentVersion.count({ where: { countyId, planId: plan.id, status: 'published' } })) > 0;
      const config = (await ctx.db.assessmentVersion.findFirstOrThrow({ where: { countyId, planId: plan.id }, orderBy: { number: 'desc' } })).config as unknown as AssessmentPlanConfig;
      const names = new Map(flattenIndicators(config).map((f) => [f.indicator.key, f.indicator.name]));
      const rows = await ctx.db.assessmentProblem.findMany({
        where: { countyId, planId: plan.id },
        include: { task: { select: { id: true, serial: true, status: true } } },
        orderBy: { createdAt: 'asc' },
      });
      const units = new Map((await ctx.db.orgUnit.findMany({ where: { countyId, id: { in: [...new Set(rows.map((r) => r.orgUnitId))] } }, select: { id: true, name: true, path: true } })).map((u) => [u.id, u]));
      return rows
        .filter((p) => vis.visible(units.get(p.orgUnitId)!.path, published))
        .map((p) => ({
          id: p.id, orgUnit: units.get(p.orgUnitId)!, indicatorKey: p.indicatorKey, indicatorName: p.indicatorKey ? (names.get(p.indicatorKey) ?? p.indicatorKey) : null,
          source: p.source as 'manual' | 'deduction' | 'veto', description: p.description, requirement: p.requirement, task: p.task, createdAt: p.createdAt.toISOString(),
        }));
    }),

  /** 通报 (PDF, Chinese fonts). Organisers may preview before publication (marked as a draft). */
  bulletinPdf: procedure
    .meta({ permission: 'core.assessment.read', scope: byPlan })
    .input(bulletinInput)
    .output(fileOutput)
    .query(async ({ ctx, input }) => {
      const data = await bulletinData(ctx, input.planId, input.versionId);
      return { fileName: `${data.title}.pdf`, fileBase64: (await assessmentBulletinPdf(data)).toString('base64') };
    }),

  /** 通报 (Excel): ranking, indicator scores, vetoes, problems. */
  bulletinExcel: procedure
    .meta({ permission: 'core.assessment.read', scope: byPlan })
    .input(bulletinInput)
    .output(fileOutput)
    .query(async ({ ctx, input }) => {
      const data = await bulletinData(ctx, input.planId, input.versionId);
      return { fileName: `${data.title}.xlsx`, fileBase64: (await assessmentBulletinWorkbook(data)).toString('base64') };
    }),

  /** A listed problem → a rectification item handed over by the plan's owner unit (once). */
  createRectification: procedure
    .meta({ permission: 'core.assessment.manage', scope: { entity: 'assessmentProblem', field: 'problemId' } })
    .input(createRectificationInput)
    .output(z.object({ taskId: z.string(), serial: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      if (!ctx.authz.has('core.task.handOver', ctx.authz.target!.path)) {
        throw new DomainError('FORBIDDEN', 'errors.assessment.noHandOver', '您没有以方案组织单位交办督办事项的权限');
      }
      const problem = await ctx.db.assessmentProblem.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.problemId } } });
      const plan = await getAssessmentPlan(ctx.db, countyId, problem.planId);
      const task = await problemToRectification(ctx.db, plan, problem, { deadline: new Date(input.deadline), title: input.title, description: input.description }, { userId: ctx.actor!.userId, name: ctx.actor!.name });
      await ctx.audit({ entityType: 'assessmentProblem', entityId: problem.id, orgUnitId: problem.orgUnitId, before: { taskId: null }, after: { taskId: task.id, serial: task.serial } });
      return { taskId: task.id, serial: task.serial };
    }),
} satisfies TRPCRouterRecord;

/**
 * 文号 of a published 通报: its place among the county's publications of that (China) year. Published
 * versions are immutable, so the number never changes once issued.
 */
async function bulletinDocNumber(db: Parameters<typeof loadResults>[0]['db'], countyId: string, publishedAt: Date) {
  const year = new Date(publishedAt.getTime() + 8 * 3_600_000).getUTCFullYear();
  const yearStart = new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
  const n = await db.assessmentVersion.count({ where: { countyId, status: 'published', publishedAt: { gte: yearStart, lte: publishedAt } } });
  return bulletinNumber(year, n);
}

async function bulletinData(ctx: Parameters<typeof loadResults>[0], planId: string, versionId?: string): Promise<AssessmentBulletinData> {
  // The 通报 is the whole table: organisers may preview it; once published anyone who may read the plan gets it.
  const { plan, version, config, items: all, vis } = await loadResults(ctx, planId, versionId, true);
  if (!version || !config) throw badRequest('errors.assessment.noResults', '尚无考核结果,请先计算');
  if (!vis.organiser && version.status !== 'published') throw notPublished();
  const explanations = await explanationsFor(ctx, plan, version, all);
  const indicators = flattenIndicators(config).map(({ component, indicator }) => ({ key: indicator.key, name: indicator.name, component: component.name, maxScore: indicator.maxScore }));
  const problems = await ctx.db.assessmentProblem.findMany({ where: { countyId: plan.countyId, planId: plan.id }, include: { task: { select: { serial: true } } }, orderBy: { createdAt: 'asc' } });
  const unitNames = new Map(all.map((r) => [r.orgUnit.id, r.orgUnit.name]));
  return {
    title: `关于${plan.name}结果的通报`,
    issuer: plan.ownerUnit.name,
    docNumber: version.publishedAt ? await bulletinDocNumber(ctx.db, plan.countyId, version.publishedAt) : null,
    planName: plan.name,
    year: plan.year,
    versionNumber: version.number,
    publishedAt: version.publishedAt,
    gradeRule: gradeRule(config),
    components: config.components.map((c) => ({ name: c.name, weight: c.weight })),
    gradeCounts: config.gradeBands.map((b) => ({ name: b.name, count: all.filter((r) => r.grade?.key === b.key).length })),
    rows: all.map((r) => ({
      rank: r.rank, tied: r.tied, unit: r.orgUnit.name, peerGroup: r.peerGroup, total: r.total, components: r.components.map((c) => c.score), grade: r.grade?.name ?? null,
      vetoed: r.vetoed, vetoReasons: r.vetoReasons, prevTotal: r.previous?.total ?? null, prevRank: r.previous?.rank ?? null, scoreChange: r.change?.score ?? null, rankChange: r.change?.rank ?? null,
    })),
    problems: problems.filter((p) => unitNames.has(p.orgUnitId)).map((p) => ({ unit: unitNames.get(p.orgUnitId)!, description: p.description, requirement: p.requirement, task: p.task?.serial ?? null })),
    indicators,
    itemScores: all.map((r) => {
      const e = explanations.get(r.orgUnit.id);
      const scores: Record<string, number | null> = {};
      for (const c of e?.components ?? []) for (const g of c.categories) for (const i of g.indicators) scores[i.key] = i.exact === '' ? null : i.score;
      return { unit: r.orgUnit.name, scores };
    }),
  };
}


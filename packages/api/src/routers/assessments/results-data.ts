// Reading a version's results as the caller may see them, shared by the results table, the
// explanation and the 通报 generators.
import {
  assessmentMetricInfo, badRequest, Dec, explainAssessmentUnit, gradeRuleText, loadAssessmentInputs, tiedUnits,
  type AssessmentExplanation, type AssessmentPlanConfig,
} from '@duban/core';
import type { AssessmentVersion, Prisma } from '@duban/db';
import { rowVisibility } from './access.ts';
import type { Authorization } from '../../authz/authorize.ts';
import type { Context } from '../../context.ts';

type Tx = Prisma.TransactionClient;
type Ctx = Pick<Context, 'actor'> & { authz: Authorization; db: Tx };

/** The version to show: the one asked for, else the newest computed one (organisers) or the newest published one. */
export async function pickVersion(ctx: Ctx, countyId: string, planId: string, organiser: boolean, versionId?: string) {
  if (versionId) {
    const v = await ctx.db.assessmentVersion.findFirst({ where: { countyId, planId, id: versionId } });
    if (!v) throw badRequest('errors.assessment.unknownVersion', '该版本不属于本方案');
    if (!organiser && v.status !== 'published') throw badRequest('errors.assessment.notPublished', '考核结果尚未发布');
    return v;
  }
  return ctx.db.assessmentVersion.findFirst({
    where: { countyId, planId, ...(organiser ? { computedAt: { not: null } } : { status: 'published' }) },
    orderBy: { number: 'desc' },
  });
}

/** `everyUnit`: the whole published table (the 通报 is a public document once published). */
export async function loadResults(ctx: Ctx, planId: string, versionId?: string, everyUnit = false) {
  const countyId = ctx.authz.target!.countyId;
  const plan = await ctx.db.assessmentPlan.findUniqueOrThrow({ where: { countyId_id: { countyId, id: planId } }, include: { ownerUnit: { select: { id: true, name: true, path: true } } } });
  const vis = rowVisibility(ctx, plan.ownerUnit.path);
  const version = await pickVersion(ctx, countyId, plan.id, vis.organiser, versionId);
  const [rows, units] = await Promise.all([
    version ? ctx.db.assessmentResult.findMany({ where: { countyId, versionId: version.id }, include: { orgUnit: { select: { id: true, name: true, path: true } } } }) : [],
    ctx.db.assessmentUnit.findMany({ where: { countyId, planId: plan.id }, select: { id: true, orgUnitId: true, sortOrder: true } }),
  ]);
  const published = version?.status === 'published';
  const tied = tiedUnits(rows);
  const unitIds = new Map(units.map((u) => [u.orgUnitId, u]));
  const config = (version?.config ?? null) as AssessmentPlanConfig | null;
  const bands = new Map((config?.gradeBands ?? []).map((b) => [b.key, b]));
  const all = rows
    .map((r) => {
      const total = r.total === null ? null : Dec.of(r.total);
      const prev = r.prevTotal === null ? null : Dec.of(r.prevTotal);
      const hasPrev = r.prevTotal !== null || r.prevRank !== null;
      return {
        assessmentUnitId: unitIds.get(r.orgUnitId)?.id ?? '',
        sortOrder: unitIds.get(r.orgUnitId)?.sortOrder ?? 0,
        orgUnit: r.orgUnit,
        peerGroup: r.peerGroup,
        total: total?.toNumber(2) ?? null,
        exactTotal: r.exactTotal === null ? null : Dec.of(r.exactTotal).toString(),
        components: (r.components as { key: string; score: number }[]).map((c) => ({ key: c.key, score: Number(c.score) })),
        grade: r.grade ? { key: r.grade, name: bands.get(r.grade)?.name ?? r.grade } : null,
        vetoed: r.vetoed,
        vetoReasons: r.vetoReasons,
        rank: r.rank,
        tied: tied.has(r.orgUnitId),
        groupSize: r.groupSize,
        complete: r.complete,
        missingScores: r.missingScores,
        previous: hasPrev ? { total: prev?.toNumber(2) ?? null, rank: r.prevRank, groupSize: r.prevGroupSize } : null,
        change: hasPrev
          ? { score: total && prev ? total.minus(prev).toNumber(2) : null, rank: r.rank !== null && r.prevRank !== null ? r.prevRank - r.rank : null }
          : null,
        explanation: r.explanation as AssessmentExplanation | null,
      };
    })
    .sort((a, b) => a.peerGroup.localeCompare(b.peerGroup, 'zh-CN') || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.sortOrder - b.sortOrder);
  const items = everyUnit && published ? all : all.filter((r) => vis.visible(r.orgUnit.path, published));
  return { plan, version, config, vis, published, items, fullView: vis.organiser && items.length === all.length };
}

/** Explanations for the given units of a version: the stored ones once published, else built live. */
export async function explanationsFor(
  ctx: Ctx, plan: { id: string; countyId: string }, version: AssessmentVersion,
  rows: { orgUnit: { id: string; name: string; path: string }; rank: number | null; tied: boolean; groupSize: number; previous: { total: number | null; rank: number | null } | null; explanation: AssessmentExplanation | null }[],
): Promise<Map<string, AssessmentExplanation>> {
  const out = new Map<string, AssessmentExplanation>();
  const live = rows.filter((r) => !(version.status === 'published' && r.explanation));
  for (const r of rows) if (version.status === 'published' && r.explanation) out.set(r.orgUnit.id, r.explanation);
  if (live.length === 0) return out;
  const config = version.config as unknown as AssessmentPlanConfig;
  const inputs = await loadAssessmentInputs(ctx.db, plan.countyId, plan.id, live.map((r) => r.orgUnit.id));
  const metricInfo = await assessmentMetricInfo(ctx.db, plan.countyId, config);
  for (const r of live) {
    const unit = inputs.units.get(r.orgUnit.id);
    if (!unit) continue;
    const { score: _score, ...e } = explainAssessmentUnit(config, unit, {
      planId: plan.id, version: { id: version.id, number: version.number, status: version.status }, orgUnit: r.orgUnit, panel: inputs.panel,
      metricInfo, placement: { rank: r.rank, tied: r.tied, groupSize: r.groupSize, previous: r.previous ? { total: r.previous.total, rank: r.previous.rank } : null },
    });
    out.set(r.orgUnit.id, e);
  }
  return out;
}

export const gradeRule = (config: AssessmentPlanConfig) => gradeRuleText(config.gradeBands);

// 发布: freezes a version. Each unit's explanation is built from the inputs by the pure rules,
// checked against the roll-up's result digit for digit, and stored with the result; deductions
// and vetoes become listed problems (存在问题) for the 通报; then the version is marked published,
// after which the database refuses any change to it or its results.
import { newId, type AssessmentPlan, type Prisma } from '@duban/db';
import { emitEvent } from '../events/event-bus.ts';
import type { Actor } from '../tasks/task-service.ts';
import { flattenIndicators, type AssessmentPlanConfig } from './config.ts';
import { Dec } from './decimal.ts';
import { explainAssessmentUnit, type AssessmentExplainContext } from './explain.ts';
import { loadAssessmentInputs } from './load-inputs.ts';
import { assessmentMetricKeys } from './rollup.ts';
import { currentPlanVersion } from './plan-service.ts';
import { metricFamilyMembers, metricSource, metricSources } from './registry.ts';
import { nextAssessmentStatus, type AssessmentStatus } from './workflow.ts';

type Tx = Prisma.TransactionClient;

/**
 * Names the metrics an explanation cites. A family member (a checklist template's score, a survey
 * answer's share) is named from the county's data — 「村容村貌周检」检查平均得分 — which takes
 * a query, so the namer is made once per explanation batch.
 */
export async function assessmentMetricInfo(db: Tx, countyId: string, config: AssessmentPlanConfig) {
  const keys = new Set(assessmentMetricKeys(config));
  const members = [...keys].some((k) => !metricSources().has(k)) ? await metricFamilyMembers(db, countyId) : [];
  const named = new Map(members.filter((m) => keys.has(m.item.key)).map((m) => [m.item.key, m.item]));
  return (key: string) => {
    const s = named.get(key) ?? metricSource(key)?.item;
    return s ? { name: s.name.zh, unit: s.unit } : { name: key, unit: '' };
  };
}

/** Tied = another ranked unit of the same peer group has the same rank. */
export function tiedUnits(rows: { orgUnitId: string; peerGroup: string; rank: number | null }[]) {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.rank !== null) counts.set(`${r.peerGroup}\u0000${r.rank}`, (counts.get(`${r.peerGroup}\u0000${r.rank}`) ?? 0) + 1);
  return new Set(rows.filter((r) => r.rank !== null && (counts.get(`${r.peerGroup}\u0000${r.rank}`) ?? 0) > 1).map((r) => r.orgUnitId));
}

export async function publishAssessmentPlan(db: Tx, plan: AssessmentPlan, actor: Actor, now = new Date()) {
  const to = nextAssessmentStatus(plan.status as AssessmentStatus, 'publish');
  const version = await currentPlanVersion(db, plan.countyId, plan.id);
  const [inputs, results, orgUnits] = await Promise.all([
    loadAssessmentInputs(db, plan.countyId, plan.id),
    db.assessmentResult.findMany({ where: { countyId: plan.countyId, versionId: version.id } }),
    db.assessmentUnit.findMany({ where: { countyId: plan.countyId, planId: plan.id }, select: { orgUnit: { select: { id: true, name: true, path: true } } } }),
  ]);
  const units = new Map(orgUnits.map((u) => [u.orgUnit.id, u.orgUnit]));
  const tied = tiedUnits(results);
  const metricInfo = await assessmentMetricInfo(db, plan.countyId, version.config);
  const explanations = results.map((r) => {
    const unit = inputs.units.get(r.orgUnitId)!;
    const ctx: AssessmentExplainContext = {
      planId: plan.id, version: { id: version.id, number: version.number, status: 'published' }, orgUnit: units.get(r.orgUnitId)!, panel: inputs.panel, metricInfo,
      placement: { rank: r.rank, tied: tied.has(r.orgUnitId), groupSize: r.groupSize, previous: r.prevTotal === null && r.prevRank === null ? null : { total: r.prevTotal === null ? null : Number(r.prevTotal), rank: r.prevRank } },
    };
    const { score, ...explanation } = explainAssessmentUnit(version.config, unit, ctx);
    // The roll-up and the pure rules must agree exactly; a difference is a defect, never data.
    const sqlTotal = r.exactTotal === null ? null : Dec.of(r.exactTotal);
    if ((sqlTotal === null) !== (score.exactTotal === null) || (sqlTotal && score.exactTotal && !sqlTotal.eq(score.exactTotal))) {
      throw new Error(`assessment roll-up and explanation disagree for unit ${r.orgUnitId}: ${sqlTotal?.toString()} vs ${score.exactTotal?.toString()}`);
    }
    return { org_unit_id: r.orgUnitId, e: { ...explanation, frozen: true } };
  });
  if (explanations.length) {
    await db.$executeRawUnsafe(
      `UPDATE assessment_result r SET explanation = x.e FROM jsonb_to_recordset($3::jsonb) AS x(org_unit_id text, e jsonb)
        WHERE r.county_id = $1 AND r.version_id = $2 AND r.org_unit_id = x.org_unit_id`,
      plan.countyId, version.id, JSON.stringify(explanations),
    );
  }
  const problems = await deriveProblems(db, plan, version.id, version.config, actor);
  await db.assessmentVersion.update({ where: { countyId_id: { countyId: plan.countyId, id: version.id } }, data: { status: 'published', publishedAt: now, publishedById: actor.userId } });
  const updated = await db.assessmentPlan.update({ where: { countyId_id: { countyId: plan.countyId, id: plan.id } }, data: { status: to } });
  await emitEvent(db, { name: 'assessment.published', countyId: plan.countyId, occurredAt: now, payload: { planId: plan.id, version: version.number } });
  return { plan: updated, version: { ...version, status: 'published' as const }, problems };
}

/** Every deduction entry and every veto becomes a listed problem once (manual problems are kept). */
async function deriveProblems(db: Tx, plan: AssessmentPlan, versionId: string, config: Parameters<typeof flattenIndicators>[0], actor: Actor) {
  const names = new Map(flattenIndicators(config).map((f) => [f.indicator.key, f.indicator.name]));
  const rules = new Map(config.vetoRules.map((r) => [r.key, r.name]));
  const [entries, vetoes, existing] = await Promise.all([
    db.assessmentEntry.findMany({ where: { countyId: plan.countyId, planId: plan.id, kind: 'deduction' }, orderBy: { createdAt: 'asc' } }),
    db.assessmentVeto.findMany({ where: { countyId: plan.countyId, planId: plan.id }, orderBy: { createdAt: 'asc' } }),
    db.assessmentProblem.findMany({ where: { countyId: plan.countyId, planId: plan.id, sourceId: { not: null } }, select: { sourceId: true } }),
  ]);
  const have = new Set(existing.map((p) => p.sourceId));
  const rows: Prisma.AssessmentProblemCreateManyInput[] = [];
  for (const e of entries) {
    if (have.has(e.id) || !names.has(e.indicatorKey)) continue;
    rows.push({ countyId: plan.countyId, id: newId(), planId: plan.id, versionId, orgUnitId: e.orgUnitId, indicatorKey: e.indicatorKey, source: 'deduction', sourceId: e.id, description: `${names.get(e.indicatorKey)}:${e.note}`, requirement: '对照扣分事项限期整改到位', createdById: actor.userId });
  }
  for (const v of vetoes) {
    if (have.has(v.id) || !rules.has(v.ruleKey)) continue;
    rows.push({ countyId: plan.countyId, id: newId(), planId: plan.id, versionId, orgUnitId: v.orgUnitId, indicatorKey: null, source: 'veto', sourceId: v.id, description: `一票否决(${rules.get(v.ruleKey)}):${v.reason}`, requirement: '深刻剖析原因,严肃追究责任,限期整改', createdById: actor.userId });
  }
  if (rows.length) await db.assessmentProblem.createMany({ data: rows });
  return rows.length;
}

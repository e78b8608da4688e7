// Computing a plan version's results: snapshot the metric values and automatic vetoes the
// version needs (one set-based call per metric source or veto condition, for all units), then
// run the roll-up statement. Never a query per unit.
import { newId, Prisma } from '@duban/db';
import type { AssessmentPlanConfig } from './config.ts';
import { flattenIndicators } from './config.ts';
import { Dec } from './decimal.ts';
import { metricSource, vetoConditions } from './registry.ts';
import { ROLLUP_SQL, rollupParams } from './rollup-sql.ts';

type Tx = Prisma.TransactionClient;

export interface AssessmentPlanRef {
  countyId: string;
  id: string;
  periodStart: Date;
  periodEnd: Date;
  previousPlanId: string | null;
}

/** Metric keys the version's formula and deduction items read. */
export function assessmentMetricKeys(config: AssessmentPlanConfig): string[] {
  const keys = new Set<string>();
  for (const { indicator } of flattenIndicators(config)) {
    if (indicator.method === 'formula') keys.add(indicator.metricKey);
    if (indicator.method === 'deduction' && indicator.metricKey) keys.add(indicator.metricKey);
  }
  return [...keys];
}

/**
 * Replaces the plan's metric snapshot and automatic vetoes with fresh values. A metric whose source
 * is no longer installed yields no value (the item then scores as "no data", visibly).
 */
export async function refreshAssessmentSnapshots(db: Tx, plan: AssessmentPlanRef, config: AssessmentPlanConfig, orgUnitIds: string[], now: Date) {
  const period = { start: plan.periodStart, end: plan.periodEnd };
  const rows: Prisma.AssessmentMetricValueCreateManyInput[] = [];
  for (const key of assessmentMetricKeys(config)) {
    const source = metricSource(key)?.item;
    const values = source ? await source.compute(db, { countyId: plan.countyId, orgUnitIds, period }) : new Map<string, number>();
    for (const id of orgUnitIds) {
      const v = values.get(id);
      rows.push({ countyId: plan.countyId, planId: plan.id, orgUnitId: id, metricKey: key, value: v === undefined || !Number.isFinite(v) ? null : Dec.of(v).round(6).toString(), computedAt: now });
    }
  }
  await db.assessmentMetricValue.deleteMany({ where: { countyId: plan.countyId, planId: plan.id } });
  if (rows.length) await db.assessmentMetricValue.createMany({ data: rows });

  const conditions = vetoConditions();
  const vetoes: Prisma.AssessmentVetoCreateManyInput[] = [];
  for (const rule of config.vetoRules) {
    if (rule.kind !== 'auto') continue;
    const condition = conditions.get(rule.conditionKey)?.item;
    if (!condition) continue;
    const verdicts = await condition.evaluate(db, { countyId: plan.countyId, orgUnitIds, period });
    for (const id of orgUnitIds) {
      const v = verdicts.get(id);
      if (v?.vetoed) vetoes.push({ countyId: plan.countyId, id: newId(), planId: plan.id, orgUnitId: id, ruleKey: rule.key, source: 'auto', reason: v.reason ?? condition.name.zh, createdAt: now });
    }
  }
  await db.assessmentVeto.deleteMany({ where: { countyId: plan.countyId, planId: plan.id, source: 'auto' } });
  if (vetoes.length) await db.assessmentVeto.createMany({ data: vetoes });
}

/**
 * Runs the set-based roll-up for a version (its results are replaced): two statements in the
 * caller's transaction, whatever the number of units. Snapshots must be fresh.
 */
export async function rollUpAssessment(db: Tx, plan: AssessmentPlanRef, version: { id: string; config: AssessmentPlanConfig }, now: Date) {
  // JIT compilation of this large statement costs seconds before it runs (measured: 3.5 s for a
  // 31-township plan that rolls up in ~50 ms), and its work is hashing and aggregating, which JIT
  // barely speeds up. Off for this transaction only.
  await db.$executeRawUnsafe('SET LOCAL jit = off');
  await db.$executeRawUnsafe('DELETE FROM assessment_result WHERE county_id = $1 AND version_id = $2', plan.countyId, version.id);
  return db.$executeRawUnsafe(ROLLUP_SQL, plan.countyId, version.id, plan.id, now, ...rollupParams(version.config));
}

/** Snapshots, then the roll-up: what "compute" does. */
export async function computeAssessmentResults(db: Tx, plan: AssessmentPlanRef, version: { id: string; config: AssessmentPlanConfig }, now = new Date()) {
  const started = performance.now();
  const units = await db.assessmentUnit.findMany({ where: { countyId: plan.countyId, planId: plan.id }, select: { orgUnitId: true } });
  await refreshAssessmentSnapshots(db, plan, version.config, units.map((u) => u.orgUnitId), now);
  const written = await rollUpAssessment(db, plan, version, now);
  const complete = await db.assessmentResult.count({ where: { countyId: plan.countyId, versionId: version.id, complete: true } });
  return { units: written, complete, computedAt: now, ms: Math.round(performance.now() - started) };
}

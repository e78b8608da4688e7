// Synthetic assessment data written straight in SQL (generate_series), so millions of item scores
// load in minutes. One county holds a plan whose assessed townships grow step by step (the growth
// series ends at national scale); every township has every manual item scored by every assessor,
// minus ~1% missing, plus deductions, bonus points, a metric, vetoes and a previous period.
import type { AssessmentPlanConfig } from '@duban/core';

export const COMPONENTS = [
  { key: 'C1', name: '季度自查', kind: 'self_check', weight: 10 },
  { key: 'C2', name: '半年督查', kind: 'half_year', weight: 20 },
  { key: 'C3', name: '随机抽查', kind: 'spot_check', weight: 10 },
  { key: 'C4', name: '年终考核', kind: 'year_end', weight: 50 },
  { key: 'C5', name: '满意度测评', kind: 'survey', weight: 10 },
] as const;

export const MANUAL_MAX = 5;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const indicatorKey = (k: number) => `i${pad(k, 3)}`;
/** Manual item k (1-based) belongs to component (k − 1) mod 5. */
export const componentOf = (k: number) => COMPONENTS[(k - 1) % COMPONENTS.length]!.key;

/** `manual` items worth 5 each, round-robin over five components, plus one item of every other method. */
export function benchConfig(manual: number): AssessmentPlanConfig {
  return {
    missingRule: 'average_present',
    gradeBands: [{ key: 'excellent', name: '优秀', min: 90 }, { key: 'pass', name: '合格', min: 75 }, { key: 'fail', name: '不合格', min: 0 }],
    vetoRules: [{ key: 'v1', name: '重大责任事故', kind: 'manual' }],
    components: COMPONENTS.map((c) => ({
      key: c.key, name: c.name, kind: c.kind, weight: c.weight,
      categories: [
        {
          key: `${c.key}-items`, name: `${c.name}指标`,
          indicators: [
            ...Array.from({ length: manual }, (_, i) => i + 1).filter((k) => componentOf(k) === c.key).map((k) => ({ key: indicatorKey(k), name: `指标${k}`, method: 'manual' as const, maxScore: MANUAL_MAX })),
            ...(c.key === 'C1' ? [{ key: 'd1', name: '扣分项', method: 'deduction' as const, maxScore: 10, pointsPerOccurrence: 2 }, { key: 'f1', name: '办结率', method: 'formula' as const, maxScore: 10, metricKey: 'bench.rate', mapping: { kind: 'linear' as const, from: 60, to: 100 } }] : []),
            ...(c.key === 'C2' ? [{ key: 'f2', name: '按期办结率', method: 'formula' as const, maxScore: 10, metricKey: 'bench.rate', mapping: { kind: 'thresholds' as const, direction: 'higher' as const, bands: [{ bound: 95, points: 10 }, { bound: 85, points: 8 }, { bound: 70, points: 5 }] } }] : []),
            ...(c.key === 'C4' ? [{ key: 'b1', name: '加分项', method: 'bonus' as const, maxScore: 5 }] : []),
          ],
        },
      ],
    })),
  };
}

export interface BenchPlan {
  county: string;
  plan: string;
  version: string;
  prevPlan: string;
  prevVersion: string;
  assessors: string[];
}

export const planIds = (county: string, assessors: number): BenchPlan => ({
  county, plan: `${county}-plan`, version: `${county}-v1`, prevPlan: `${county}-prev`, prevVersion: `${county}-prev-v1`,
  assessors: Array.from({ length: assessors }, (_, a) => `${county}-u${a + 1}`),
});

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The county, its 考核办, the assessors, the plan (and its published previous period). */
export function createPlanSql(p: BenchPlan, manual: number) {
  const c = lit(p.county);
  const config = lit(JSON.stringify(benchConfig(manual)));
  return `
    INSERT INTO org_unit (county_id, id, level, name, path, depth, updated_at) VALUES (${c}, ${c}, 'county', '基准县', '/' || ${c} || '/', 0, now());
    INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at) VALUES (${c}, ${c} || '-office', 'department', '考核办', ${c}, '/' || ${c} || '/' || ${c} || '-office/', 1, now());
    INSERT INTO person (county_id, id, name, org_unit_id, updated_at) SELECT ${c}, ${c} || '-p' || a, '考核员' || a, ${c} || '-office', now() FROM generate_series(1, ${p.assessors.length}) a;
    INSERT INTO app_user (county_id, id, username, password_hash, person_id, updated_at) SELECT ${c}, ${c} || '-u' || a, ${c} || '-judge' || a, 'x', ${c} || '-p' || a, now() FROM generate_series(1, ${p.assessors.length}) a;
    INSERT INTO assessment_plan (county_id, id, name, year, period_start, period_end, owner_unit_id, status, unit_selection, updated_at)
      VALUES (${c}, ${lit(p.prevPlan)}, '上年度考核', 2025, '2025-01-01', '2026-01-01', ${c} || '-office', 'published', '{}', now()),
             (${c}, ${lit(p.plan)}, '年度考核', 2026, '2026-01-01', '2027-01-01', ${c} || '-office', 'scoring', '{}', now());
    UPDATE assessment_plan SET previous_plan_id = ${lit(p.prevPlan)} WHERE county_id = ${c} AND id = ${lit(p.plan)};
    INSERT INTO assessment_version (county_id, id, plan_id, number, status, config) VALUES
      (${c}, ${lit(p.prevVersion)}, ${lit(p.prevPlan)}, 1, 'active', ${config}),
      (${c}, ${lit(p.version)}, ${lit(p.plan)}, 1, 'active', ${config});
    INSERT INTO assessment_assessor (county_id, plan_id, user_id) SELECT ${c}, ${lit(p.plan)}, ${c} || '-u' || a FROM generate_series(1, ${p.assessors.length}) a;`;
}

/**
 * Townships `from`..`to` (1-based) with everything the roll-up reads. Ids are zero-padded so rows
 * arrive in primary-key order. Peer groups: 300 groups (≈ prefectures at national scale).
 */
export function addUnitsSql(p: BenchPlan, from: number, to: number, manual: number) {
  const c = lit(p.county);
  const t = `${c} || '-t' || lpad(i::text, 6, '0')`;
  return `
    INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at)
      SELECT ${c}, ${t}, 'township', '乡镇' || i, ${c}, '/' || ${c} || '/' || ${t} || '/', 1, now() FROM generate_series(${from}, ${to}) i;
    INSERT INTO assessment_unit (county_id, id, plan_id, org_unit_id, peer_group, sort_order)
      SELECT ${c}, ${c} || '-au' || i, ${lit(p.plan)}, ${t}, 'g' || lpad((i % 300)::text, 3, '0'), i FROM generate_series(${from}, ${to}) i;
    -- Scores 2.5 … 5 in half points; about 1 in 100 missing.
    INSERT INTO assessment_score (county_id, plan_id, org_unit_id, indicator_key, assessor_id, score, updated_at)
      SELECT ${c}, ${lit(p.plan)}, ${t}, 'i' || lpad(k::text, 3, '0'), ${c} || '-u' || a, 2.5 + ((i * 7 + k * 13 + a * 17) % 6) * 0.5, now()
        FROM generate_series(${from}, ${to}) i, generate_series(1, ${manual}) k, generate_series(1, ${p.assessors.length}) a
       WHERE (i * 31 + k * 17 + a * 7) % 100 <> 0;
    INSERT INTO assessment_entry (county_id, id, plan_id, org_unit_id, indicator_key, kind, count, points, note)
      SELECT ${c}, ${c} || '-d' || i, ${lit(p.plan)}, ${t}, 'd1', 'deduction'::"AssessmentEntryKind", 1 + i % 3, 0, '台账缺失' FROM generate_series(${from}, ${to}) i WHERE i % 7 = 0
      UNION ALL
      SELECT ${c}, ${c} || '-b' || i, ${lit(p.plan)}, ${t}, 'b1', 'bonus'::"AssessmentEntryKind", 0, 1 + (i % 4) * 1.5, '表彰' FROM generate_series(${from}, ${to}) i WHERE i % 11 = 0;
    INSERT INTO assessment_metric_value (county_id, plan_id, org_unit_id, metric_key, value, computed_at)
      SELECT ${c}, ${lit(p.plan)}, ${t}, 'bench.rate', CASE WHEN i % 97 = 0 THEN NULL ELSE 55 + (i % 46) + (i % 10) * 0.125 END, now() FROM generate_series(${from}, ${to}) i;
    INSERT INTO assessment_veto (county_id, id, plan_id, org_unit_id, rule_key, source, reason)
      SELECT ${c}, ${c} || '-veto' || i, ${lit(p.plan)}, ${t}, 'v1', 'manual', '发生较大责任事故' FROM generate_series(${from}, ${to}) i WHERE i % 200 = 0;
    INSERT INTO assessment_result (county_id, version_id, org_unit_id, peer_group, total, components, grade, rank, group_size, computed_at)
      SELECT ${c}, ${lit(p.prevVersion)}, ${t}, 'g' || lpad((i % 300)::text, 3, '0'), 60 + (i % 37) * 0.75, '[]', 'pass', 1 + i % 130, 130, now() FROM generate_series(${from}, ${to}) i;`;
}

/** Marks the previous period published (after its results are in: published results are immutable). */
export const publishPreviousSql = (p: BenchPlan) => `UPDATE assessment_version SET status = 'published' WHERE county_id = ${lit(p.county)} AND id = ${lit(p.prevVersion)} AND status <> 'published';`;

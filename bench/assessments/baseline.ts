// The hand-written baseline: what someone who knows this one plan by heart would write — the
// indicators and weights inlined, every scorer on the panel, the plan's missing-score rule fixed,
// no explanation of anything. It computes the same totals (same exact arithmetic: averages as
// quotients rounded half up to 20 decimals, one final rounding; scores summed as integer
// hundredths, as the production roll-up does), grades and ranks, and writes them to a plain table.
import { COMPONENTS, componentOf, indicatorKey, MANUAL_MAX, type BenchPlan } from './data.ts';

const qdiv = (a: string, b: string) => `(div(2 * (${a}) * 100000000000000000000 + (${b}), 2 * (${b})) * 0.00000000000000000001)`;

export const BASELINE_TABLE = `CREATE TABLE IF NOT EXISTS bench_baseline (org_unit_id text PRIMARY KEY, total numeric(12,2), grade text, rank int)`;

export function baselineSql(p: BenchPlan, manual: number) {
  const indicators = Array.from({ length: manual }, (_, i) => `('${indicatorKey(i + 1)}', '${componentOf(i + 1)}')`).join(', ');
  const weights = COMPONENTS.map((c) => `('${c.key}', ${c.weight})`).join(', ');
  return `
WITH ind(ikey, comp) AS (VALUES ${indicators}),
w(comp, weight) AS (VALUES ${weights}),
item AS (
  SELECT i.comp, a.org_unit_id, LEAST(${MANUAL_MAX}, ${qdiv('a.total_h', '100 * a.n')}) AS pts
    FROM (SELECT org_unit_id, indicator_key, sum((score * 100)::int) AS total_h, count(*) AS n
            FROM assessment_score WHERE county_id = '${p.county}' AND plan_id = '${p.plan}'
           GROUP BY org_unit_id, indicator_key) a
    JOIN ind i ON i.ikey = a.indicator_key
),
extra AS (
  SELECT u.org_unit_id,
         10 - LEAST(10, 2 * COALESCE(d.cnt, 0))
         + CASE WHEN m.value IS NULL THEN 0 ELSE ${qdiv('10 * LEAST(GREATEST(m.value - 60, 0), 40)', '40')} END AS c1,
         CASE WHEN m.value >= 95 THEN 10 WHEN m.value >= 85 THEN 8 WHEN m.value >= 70 THEN 5 ELSE 0 END AS c2,
         LEAST(5, COALESCE(b.pts, 0)) AS c4
    FROM assessment_unit u
    LEFT JOIN (SELECT org_unit_id, sum(count) AS cnt FROM assessment_entry WHERE plan_id = '${p.plan}' AND kind = 'deduction' GROUP BY 1) d ON d.org_unit_id = u.org_unit_id
    LEFT JOIN (SELECT org_unit_id, sum(points) AS pts FROM assessment_entry WHERE plan_id = '${p.plan}' AND kind = 'bonus' GROUP BY 1) b ON b.org_unit_id = u.org_unit_id
    LEFT JOIN assessment_metric_value m ON m.plan_id = u.plan_id AND m.org_unit_id = u.org_unit_id AND m.metric_key = 'bench.rate'
   WHERE u.county_id = '${p.county}' AND u.plan_id = '${p.plan}'
),
comp AS (
  SELECT org_unit_id, comp, sum(pts) AS pts FROM (
    SELECT org_unit_id, comp, pts FROM item
    UNION ALL SELECT org_unit_id, 'C1', c1 FROM extra
    UNION ALL SELECT org_unit_id, 'C2', c2 FROM extra
    UNION ALL SELECT org_unit_id, 'C4', c4 FROM extra) x
  GROUP BY org_unit_id, comp
),
tot AS (
  SELECT u.org_unit_id, u.peer_group, round(sum(w.weight * c.pts) * 0.01, 2) AS total, EXISTS (SELECT 1 FROM assessment_veto v WHERE v.plan_id = u.plan_id AND v.org_unit_id = u.org_unit_id) AS vetoed
    FROM assessment_unit u JOIN comp c ON c.org_unit_id = u.org_unit_id JOIN w ON w.comp = c.comp
   WHERE u.county_id = '${p.county}' AND u.plan_id = '${p.plan}'
   GROUP BY u.org_unit_id, u.peer_group, u.plan_id
)
INSERT INTO bench_baseline (org_unit_id, total, grade, rank)
SELECT org_unit_id, total,
       CASE WHEN vetoed THEN 'fail' WHEN total >= 90 THEN 'excellent' WHEN total >= 75 THEN 'pass' ELSE 'fail' END,
       rank() OVER (PARTITION BY peer_group ORDER BY vetoed, total DESC)
  FROM tot`;
}

// The set-based roll-up: one INSERT … SELECT computes every assessed unit's item scores,
// component scores, weighted total, grade, veto reasons, rank in its peer group and change from
// the previous period, for a whole plan version at once — the same statement for 31 townships
// or 38,800. The rules are those of methods.ts / unit-score.ts / grades.ts / ranking.ts, restated
// in SQL; the property test (rollup.property.test.ts) compares the two on random plans.
//
// The version's configuration arrives as typed arrays (unnest), not as its JSON: the planner
// then knows there are ~100 indicators (it assumes 100 rows per jsonb_array_elements, i.e. 10^6
// for a tree, and with that estimate it hashes and sorts the millions of scores instead).
//
// Decimal rules (identical on PGlite and PostgreSQL, and in decimal.ts): scores are numeric;
// sums and products are exact; a quotient is rounded half up to 20 decimals (QDIV); the weighted
// total Σ weight% × component ÷ 100 is exact; the total is rounded half up to 2 decimals once.
import { flattenIndicators, type AssessmentPlanConfig } from './config.ts';
import { Dec } from './decimal.ts';

/** a ÷ b (both ≥ 0, b > 0) rounded half up to 20 decimals, with exact integer division. */
const qdiv = (a: string, b: string) => `(div(2 * (${a}) * 100000000000000000000 + (${b}), 2 * (${b})) * 0.00000000000000000001)`;

/**
 * $1 county, $2 version, $3 plan, $4 computed at, $5 missing-score rule, $6–$7 components (key,
 * weight%), $8–$10 manual indicators (key, component, max), $11–$19 other indicators (key,
 * component, method, max, points per occurrence, metric, mapping kind, linear from, linear to),
 * $20–$23 threshold bands (indicator, direction, bound, points), $24–$25 grade bands (key, min),
 * $26–$27 veto rules (key, name), $28 formula items' no-data rule (with $11–$19). See rollupParams. The previous period is the previous plan's
 * newest published version.
 */
export const ROLLUP_SQL = `
WITH touched AS (
  -- Stamps the version (a published one refuses: its trigger keeps published results immutable).
  UPDATE assessment_version SET computed_at = $4 WHERE county_id = $1 AND id = $2 RETURNING id
),
comp AS MATERIALIZED (
  SELECT c.ckey, c.weight, c.ord FROM unnest($6::text[], $7::numeric[]) WITH ORDINALITY AS c(ckey, weight, ord)
),
manual_ind AS MATERIALIZED (
  SELECT * FROM unnest($8::text[], $9::text[], $10::numeric[]) AS i(ikey, ckey, max_score)
),
other_ind AS MATERIALIZED (
  SELECT * FROM unnest($11::text[], $12::text[], $13::text[], $14::numeric[], $15::numeric[], $16::text[], $17::text[], $18::numeric[], $19::numeric[], $28::text[])
    AS i(ikey, ckey, method, max_score, per, metric_key, mapping, lin_from, lin_to, no_data)
),
bands_th AS MATERIALIZED (
  SELECT * FROM unnest($20::text[], $21::text[], $22::numeric[], $23::numeric[]) AS t(ikey, direction, bound, points)
),
panel AS MATERIALIZED (SELECT user_id FROM assessment_assessor WHERE county_id = $1 AND plan_id = $3),
psize AS MATERIALIZED (SELECT count(*)::numeric AS n FROM panel),
mcount AS MATERIALIZED (SELECT cardinality($8::text[])::numeric AS m),
units AS MATERIALIZED (SELECT org_unit_id, peer_group FROM assessment_unit WHERE county_id = $1 AND plan_id = $3),
-- 逐项打分: one group per (unit, item) with scores from panel members. Scores have 2 decimals, so
-- they are summed as integer hundredths: a small, by-value aggregate state (millions of groups at
-- national scale), and the same quotient (Σ/n = Σ·100/(n·100)).
manual_item AS (
  SELECT s.org_unit_id, s.indicator_key, sum((s.score * 100)::int) AS total_h, count(*) AS given
    FROM assessment_score s
    JOIN panel p ON p.user_id = s.assessor_id
   WHERE s.county_id = $1 AND s.plan_id = $3
   GROUP BY s.org_unit_id, s.indicator_key
),
manual_comp AS (
  SELECT m.org_unit_id, ind.ckey,
         -- Under "block" an item still missing a score has no result yet (counts 0; the unit is incomplete).
         sum(CASE WHEN $5 = 'block' AND m.given < psize.n THEN 0
                  ELSE LEAST(ind.max_score, ${qdiv('m.total_h', "100 * CASE WHEN $5 = 'average_present' THEN m.given::numeric ELSE psize.n END")}) END) AS pts,
         sum(m.given) AS given
    FROM manual_item m
    -- Scores of items the version no longer has are dropped here.
    JOIN manual_ind ind ON ind.ikey = m.indicator_key
    CROSS JOIN psize
   GROUP BY m.org_unit_id, ind.ckey
),
entry_agg AS (
  SELECT org_unit_id, indicator_key,
         sum(count) FILTER (WHERE kind = 'deduction') AS cnt,
         sum(points) FILTER (WHERE kind = 'bonus') AS pts
    FROM assessment_entry WHERE county_id = $1 AND plan_id = $3
   GROUP BY org_unit_id, indicator_key
),
metric AS (
  SELECT org_unit_id, metric_key, value FROM assessment_metric_value WHERE county_id = $1 AND plan_id = $3
),
-- Deduction, bonus and formula items: every unit × every such item (a few per plan).
other_item AS (
  SELECT u.org_unit_id, ind.ckey,
    CASE ind.method
      WHEN 'deduction' THEN ind.max_score - LEAST(ind.max_score, ind.per * GREATEST(0, COALESCE(e.cnt, 0) + COALESCE(mv.value, 0)))
      WHEN 'bonus' THEN GREATEST(0, LEAST(ind.max_score, COALESCE(e.pts, 0)))
      ELSE CASE
        WHEN mv.value IS NULL THEN CASE WHEN ind.no_data = 'full' THEN ind.max_score ELSE 0 END
        WHEN ind.mapping = 'linear' THEN (
          SELECT CASE WHEN lm.span = 0 THEN 0 ELSE ${qdiv('ind.max_score * LEAST(GREATEST(lm.gained, 0), lm.span)', 'lm.span')} END
            FROM (SELECT CASE WHEN ind.lin_from < ind.lin_to THEN ind.lin_to - ind.lin_from ELSE ind.lin_from - ind.lin_to END AS span,
                         CASE WHEN ind.lin_from < ind.lin_to THEN mv.value - ind.lin_from ELSE ind.lin_from - mv.value END AS gained) lm)
        ELSE LEAST(ind.max_score, COALESCE((
          SELECT t.points FROM bands_th t
           WHERE t.ikey = ind.ikey AND CASE WHEN t.direction = 'higher' THEN t.bound <= mv.value ELSE t.bound >= mv.value END
           ORDER BY CASE WHEN t.direction = 'higher' THEN -t.bound ELSE t.bound END
           LIMIT 1), 0))
      END
    END AS pts
    FROM units u CROSS JOIN other_ind ind
    LEFT JOIN entry_agg e ON e.org_unit_id = u.org_unit_id AND e.indicator_key = ind.ikey
    LEFT JOIN metric mv ON mv.org_unit_id = u.org_unit_id AND mv.metric_key = ind.metric_key
),
comp_pts AS (
  SELECT org_unit_id, ckey, sum(pts) AS pts, sum(given) AS given
    FROM (SELECT org_unit_id, ckey, pts, given FROM manual_comp
          UNION ALL SELECT org_unit_id, ckey, pts, 0 FROM other_item) x
   GROUP BY org_unit_id, ckey
),
unit_pts AS (
  SELECT u.org_unit_id, u.peer_group,
         sum(comp.weight * COALESCE(cp.pts, 0)) * 0.01 AS exact_total,
         COALESCE(sum(cp.given), 0) AS given,
         jsonb_agg(jsonb_build_object('key', comp.ckey, 'exact', COALESCE(cp.pts, 0)::text, 'score', round(COALESCE(cp.pts, 0), 2)) ORDER BY comp.ord) AS components
    FROM units u CROSS JOIN comp
    LEFT JOIN comp_pts cp ON cp.org_unit_id = u.org_unit_id AND cp.ckey = comp.ckey
   GROUP BY u.org_unit_id, u.peer_group
),
-- Vetoes under rules this version still has, in the order they were recorded.
vetoes AS (
  SELECT v.org_unit_id, array_agg(vr.name || ':' || v.reason ORDER BY v.created_at, v.id COLLATE "C") AS reasons
    FROM assessment_veto v
    JOIN unnest($26::text[], $27::text[]) AS vr(key, name) ON vr.key = v.rule_key
   WHERE v.county_id = $1 AND v.plan_id = $3
   GROUP BY v.org_unit_id
),
finals AS (
  SELECT up.org_unit_id, up.peer_group, up.exact_total, up.components, vt.reasons, vt.reasons IS NOT NULL AS vetoed,
         (mcount.m * psize.n - up.given)::int AS missing,
         NOT ($5 = 'block' AND mcount.m * psize.n - up.given > 0) AS complete
    FROM unit_pts up LEFT JOIN vetoes vt ON vt.org_unit_id = up.org_unit_id
    CROSS JOIN mcount CROSS JOIN psize
),
ranked AS (
  SELECT f.*, CASE WHEN f.complete THEN round(f.exact_total, 2) END AS total,
         CASE WHEN f.complete THEN rank() OVER (PARTITION BY f.peer_group, f.complete ORDER BY f.vetoed, round(f.exact_total, 2) DESC) END AS rnk,
         count(*) FILTER (WHERE f.complete) OVER (PARTITION BY f.peer_group) AS group_size
    FROM finals f
),
bands AS MATERIALIZED (SELECT * FROM unnest($24::text[], $25::numeric[]) AS b(key, min)),
lowest AS MATERIALIZED (SELECT key FROM bands ORDER BY min ASC LIMIT 1),
prev AS (
  SELECT r.org_unit_id, r.total, r.rank, r.group_size FROM assessment_result r
   WHERE r.county_id = $1 AND r.version_id = (
     SELECT v.id FROM assessment_plan p JOIN assessment_version v ON v.county_id = p.county_id AND v.plan_id = p.previous_plan_id
      WHERE p.county_id = $1 AND p.id = $3 AND v.status = 'published' ORDER BY v.number DESC LIMIT 1)
)
INSERT INTO assessment_result (county_id, version_id, org_unit_id, peer_group, exact_total, total, components, grade, vetoed,
                               veto_reasons, rank, group_size, complete, missing_scores, prev_total, prev_rank, prev_group_size, computed_at)
SELECT $1, $2, r.org_unit_id, r.peer_group, CASE WHEN r.complete THEN r.exact_total END, r.total, r.components,
       CASE WHEN NOT r.complete THEN NULL
            WHEN r.vetoed THEN (SELECT key FROM lowest)
            ELSE COALESCE((SELECT b.key FROM bands b WHERE b.min <= r.total ORDER BY b.min DESC LIMIT 1), (SELECT key FROM lowest)) END,
       r.vetoed, COALESCE(r.reasons, '{}'), r.rnk, r.group_size, r.complete, r.missing, p.total, p.rank, p.group_size, $4
  FROM ranked r LEFT JOIN prev p ON p.org_unit_id = r.org_unit_id`;

/** Exact decimal text of a configured number (never exponent notation). */
const text = (v: number | null | undefined) => (v === null || v === undefined ? null : Dec.of(v).toString());

/** The configuration as the statement's typed arrays ($5–$28). */
export function rollupParams(config: AssessmentPlanConfig) {
  const items = flattenIndicators(config);
  const ind = items.map(({ component, indicator: i }) => ({
    key: i.key, ckey: component.key, method: i.method, max: text(i.maxScore),
    per: i.method === 'deduction' ? text(i.pointsPerOccurrence) : null,
    metric: i.method === 'formula' ? i.metricKey : i.method === 'deduction' ? (i.metricKey ?? null) : null,
    mapping: i.method === 'formula' ? i.mapping.kind : null,
    from: i.method === 'formula' && i.mapping.kind === 'linear' ? text(i.mapping.from) : null,
    to: i.method === 'formula' && i.mapping.kind === 'linear' ? text(i.mapping.to) : null,
    noData: i.method === 'formula' ? (i.noData ?? 'zero') : null,
  }));
  const th = items.flatMap(({ indicator: i }) =>
    i.method === 'formula' && i.mapping.kind === 'thresholds' ? i.mapping.bands.map((b) => ({ key: i.key, direction: (i.mapping as { direction: string }).direction, bound: text(b.bound), points: text(b.points) })) : [],
  );
  const manual = ind.filter((x) => x.method === 'manual');
  const other = ind.filter((x) => x.method !== 'manual');
  return [
    config.missingRule,
    config.components.map((c) => c.key), config.components.map((c) => text(c.weight)),
    manual.map((x) => x.key), manual.map((x) => x.ckey), manual.map((x) => x.max),
    other.map((x) => x.key), other.map((x) => x.ckey), other.map((x) => x.method), other.map((x) => x.max), other.map((x) => x.per), other.map((x) => x.metric),
    other.map((x) => x.mapping), other.map((x) => x.from), other.map((x) => x.to),
    th.map((x) => x.key), th.map((x) => x.direction), th.map((x) => x.bound), th.map((x) => x.points),
    config.gradeBands.map((b) => b.key), config.gradeBands.map((b) => text(b.min)),
    config.vetoRules.map((r) => r.key), config.vetoRules.map((r) => r.name),
    other.map((x) => x.noData),
  ];
}

// 检查表结果 as metrics (issue 11, C8): for any checklist template of a county, per unit (its
// subtree: a township's villages' records count) and period (by when the record was captured on
// site), the average score, the pass rate and the failed-item count. A corrected record counts
// once, as its latest correction. Templates are named by their stable key, so a plan keeps
// scoring the same template across its versions.
import { Prisma } from '@duban/db';
import type { MetricFamily } from '../metrics/metric-family.ts';
import type { Period } from '../metrics/metric-source.ts';

type Tx = Prisma.TransactionClient;

interface TemplateFigures {
  unit_id: string;
  records: bigint;
  passed: bigint;
  score: Prisma.Decimal | null;
  failed: bigint | null;
}

/** Every unit's figures for one template in one query. */
async function templateFigures(db: Tx, countyId: string, orgUnitIds: string[], period: Period, templateKey: string) {
  if (orgUnitIds.length === 0) return [];
  return db.$queryRaw<TemplateFigures[]>`
    SELECT u.id AS unit_id,
           count(r.id) AS records,
           count(r.id) FILTER (WHERE r.passed) AS passed,
           avg(r.score * 100 / r.max_score) FILTER (WHERE r.max_score > 0) AS score,
           sum((SELECT count(*) FROM jsonb_each(r.evaluation) e WHERE e.value->>'shown' = 'true' AND e.value->>'passed' = 'false')) AS failed
      FROM org_unit u
      JOIN org_unit d ON d.county_id = u.county_id AND left(d.path, length(u.path)) = u.path
      JOIN inspection_record r ON r.county_id = d.county_id AND r.org_unit_id = d.id
      JOIN inspection_template_version tv ON tv.county_id = r.county_id AND tv.id = r.template_version_id
      JOIN inspection_template t ON t.county_id = tv.county_id AND t.id = tv.template_id
     WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)}) AND t.key = ${templateKey}
       AND r.captured_at >= ${period.start} AND r.captured_at < ${period.end}
       AND NOT EXISTS (SELECT 1 FROM inspection_record c WHERE c.county_id = r.county_id AND c.previous_id = r.id)
     GROUP BY u.id`;
}

async function templateMembers(db: Tx, countyId: string, what: { zh: string; en: string }) {
  const templates = await db.inspectionTemplate.findMany({ where: { countyId, archivedAt: null }, select: { key: true, name: true }, orderBy: { name: 'asc' } });
  return templates.map((t) => ({ param: t.key, name: { zh: `「${t.name}」${what.zh}`, en: `${t.name}: ${what.en}` } }));
}

function checklistFamily(
  key: string,
  name: { zh: string; en: string },
  unit: string,
  pick: (f: TemplateFigures) => number | null,
): MetricFamily {
  return {
    key: `core.checklist.${key}`,
    name,
    unit,
    accepts: (param) => param.length > 0 && param.length <= 120,
    members: (db, countyId) => templateMembers(db, countyId, name),
    async compute(db, { countyId, orgUnitIds, period, param }) {
      const rows = await templateFigures(db, countyId, orgUnitIds, period, param);
      // A unit without records in the period has no value: the plan's "no data" rule decides.
      return new Map(rows.flatMap((r) => {
        const v = Number(r.records) === 0 ? null : pick(r);
        return v === null ? [] : [[r.unit_id, v] as const];
      }));
    },
  };
}

export const checklistMetricFamilies: MetricFamily[] = [
  checklistFamily('score', { zh: '检查平均得分(百分制)', en: 'Average checklist score (of 100)' }, '分', (f) => (f.score === null ? null : Number(f.score))),
  checklistFamily('passRate', { zh: '检查合格率', en: 'Checklist pass rate' }, '%', (f) => (Number(f.passed) * 100) / Number(f.records)),
  checklistFamily('failedItems', { zh: '检查不合格项数', en: 'Failed checklist items' }, '项', (f) => Number(f.failed ?? 0)),
];

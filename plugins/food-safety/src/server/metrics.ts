import { Prisma } from '@duban/plugin-sdk/db';
import type { MetricSource } from '@duban/plugin-sdk/server';
import { localYear } from '../shared/periods.ts';

// Each metric is one grouped query for all units, over the unit and every unit below it. A unit
// with nothing measured in the period gets no value (rather than a made-up 0 or 100): the scoring
// engine then treats the indicator as not measured.

const subtreeJoin = Prisma.sql`FROM org_unit u JOIN org_unit d ON d.county_id = u.county_id AND left(d.path, length(u.path)) = u.path`;

/** 抽检合格率: qualified samples of all samples taken in the period, %. */
export const samplingPassRate: MetricSource = {
  key: 'food-safety.sampling-pass-rate',
  name: { zh: '重点食品抽检合格率', en: 'Sampling pass rate' },
  unit: '%',
  async compute(db, { countyId, orgUnitIds, period }) {
    if (orgUnitIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ unit_id: string; total: bigint; qualified: bigint }[]>`
      SELECT u.id AS unit_id, count(r.id) AS total, count(r.id) FILTER (WHERE r.qualified) AS qualified
        ${subtreeJoin}
        JOIN food_safety_sampling_result r ON r.county_id = d.county_id AND r.org_unit_id = d.id
             AND r.sampled_at >= ${period.start} AND r.sampled_at < ${period.end}
       WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)})
       GROUP BY u.id`;
    return new Map(rows.map((r) => [r.unit_id, (Number(r.qualified) * 100) / Number(r.total)]));
  },
};

/**
 * 抽检计划完成率: samples taken in the period against the samples planned for the years the
 * period covers, %, capped at 100 (taking more samples than planned is no extra credit).
 */
export const samplingCompletion: MetricSource = {
  key: 'food-safety.sampling-completion',
  name: { zh: '抽检计划完成率', en: 'Sampling plan completion' },
  unit: '%',
  async compute(db, { countyId, orgUnitIds, period }) {
    if (orgUnitIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ unit_id: string; planned: bigint | null; taken: bigint }[]>`
      WITH plans AS (
        SELECT p.id, p.county_id, p.org_unit_id, p.planned_count FROM food_safety_sampling_plan p
         WHERE p.county_id = ${countyId} AND p.archived_at IS NULL
           AND p.year BETWEEN ${localYear(period.start)} AND ${localYear(new Date(period.end.getTime() - 1))})
      SELECT u.id AS unit_id, sum(p.planned_count) AS planned,
             (SELECT count(*) FROM food_safety_sampling_result r JOIN plans q ON q.id = r.plan_id AND q.county_id = r.county_id
               JOIN org_unit ru ON ru.county_id = r.county_id AND ru.id = r.org_unit_id
              WHERE left(ru.path, length(u.path)) = u.path AND r.sampled_at >= ${period.start} AND r.sampled_at < ${period.end}) AS taken
        ${subtreeJoin}
        JOIN plans p ON p.county_id = d.county_id AND p.org_unit_id = d.id
       WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)})
       GROUP BY u.id, u.path`;
    return new Map(rows.filter((r) => Number(r.planned) > 0).map((r) => [r.unit_id, Math.min(100, (Number(r.taken) * 100) / Number(r.planned))]));
  },
};

/** 群众满意度: (满意 + 基本满意) of all answers of the period's surveys, %. */
export const satisfactionRate: MetricSource = {
  key: 'food-safety.satisfaction-rate',
  name: { zh: '食品安全群众满意度', en: 'Public satisfaction with food safety' },
  unit: '%',
  async compute(db, { countyId, orgUnitIds, period }) {
    if (orgUnitIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ unit_id: string; total: bigint; content: bigint }[]>`
      SELECT u.id AS unit_id, sum(s.satisfied + s.basically_satisfied + s.dissatisfied) AS total, sum(s.satisfied + s.basically_satisfied) AS content
        ${subtreeJoin}
        JOIN food_safety_survey s ON s.county_id = d.county_id AND s.org_unit_id = d.id AND s.archived_at IS NULL
             AND s.surveyed_on >= ${period.start} AND s.surveyed_on < ${period.end}
       WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)})
       GROUP BY u.id`;
    return new Map(rows.filter((r) => Number(r.total) > 0).map((r) => [r.unit_id, (Number(r.content) * 100) / Number(r.total)]));
  },
};

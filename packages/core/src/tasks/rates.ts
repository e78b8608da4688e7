import { Prisma } from '@duban/db';
import { ancestorsAtRequestedDepths, requestedUnits } from '../org-units/subtree-sql.ts';

type Tx = Prisma.TransactionClient;

export interface TaskRates {
  total: number;
  closed: number;
  closedOnTime: number;
  overdue: number;
  proposals: number;
  met: number;
  rated: number;
  satisfied: number;
  /**
   * 办结率, 按期办结率, 见面率, 满意率 in percent (null when nothing to rate). 见面率 is of NPC/CPPCC
   * proposals only (代表委员见面): complaints have their own 处理率 and 结案率 (complaints/rates.ts).
   */
  completionRate: number | null;
  onTimeRate: number | null;
  meetingRate: number | null;
  satisfactionRate: number | null;
}

/**
 * The rates the seed reports (办结率, 按期办结率, 见面率, 满意率) per unit — each unit counting the
 * items of its whole subtree — for items handed over in [start, end). One grouped query, driven from
 * the tasks (it was driven from the units, comparing every requested unit with every unit of the county).
 */
export async function taskRates(db: Tx, countyId: string, orgUnitIds: string[], period: { start: Date; end: Date }, now = new Date()) {
  if (orgUnitIds.length === 0) return new Map<string, TaskRates>();
  const rows = await db.$queryRaw<{ unit_id: string; total: bigint; closed: bigint; on_time: bigint; overdue: bigint; proposals: bigint; met: bigint; rated: bigint; satisfied: bigint }[]>(
    taskRatesSql(countyId, orgUnitIds, period, now),
  );
  const pct = (a: bigint, b: bigint) => (b === 0n ? null : Math.round((Number(a) * 10000) / Number(b)) / 100);
  return new Map(
    rows.map((r) => [
      r.unit_id,
      {
        total: Number(r.total), closed: Number(r.closed), closedOnTime: Number(r.on_time), overdue: Number(r.overdue),
        proposals: Number(r.proposals), met: Number(r.met), rated: Number(r.rated), satisfied: Number(r.satisfied),
        completionRate: pct(r.closed, r.total), onTimeRate: pct(r.on_time, r.total), meetingRate: pct(r.met, r.proposals), satisfactionRate: pct(r.satisfied, r.rated),
      } satisfies TaskRates,
    ]),
  );
}

/**
 * The statement behind taskRates (exported for the EXPLAIN test). Driven from the facts: the
 * county's tasks of the period, each found at its responsible unit by primary key and counted for
 * the requested unit on its path (see ancestorsAtRequestedDepths).
 */
export function taskRatesSql(countyId: string, orgUnitIds: string[], period: { start: Date; end: Date }, now: Date) {
  // facts is MATERIALIZED: the planner cannot estimate `req` and would otherwise scan the county's
  // units once per requested depth before joining the tasks (5× slower at 1,000 counties).
  return Prisma.sql`
    WITH req AS (${requestedUnits(countyId, orgUnitIds)}),
    facts AS MATERIALIZED (
      SELECT t.status, t.closed_at, t.deadline, t.kind, t.met, t.satisfaction, d.path, d.depth
        FROM task t
        JOIN org_unit d ON d.county_id = t.county_id AND d.id = t.responsible_unit_id
       WHERE t.county_id = ${countyId} AND t.created_at >= ${period.start} AND t.created_at < ${period.end}
    )
    SELECT req.id AS unit_id,
           coalesce(r.total, 0) AS total, coalesce(r.closed, 0) AS closed, coalesce(r.on_time, 0) AS on_time,
           coalesce(r.overdue, 0) AS overdue, coalesce(r.proposals, 0) AS proposals, coalesce(r.met, 0) AS met,
           coalesce(r.rated, 0) AS rated, coalesce(r.satisfied, 0) AS satisfied
      FROM req
      LEFT JOIN (
        SELECT a.unit_id,
               count(*) AS total,
               count(*) FILTER (WHERE t.status IN ('closed', 'notified')) AS closed,
               count(*) FILTER (WHERE t.status IN ('closed', 'notified') AND t.closed_at <= t.deadline) AS on_time,
               count(*) FILTER (WHERE t.status NOT IN ('closed', 'notified') AND t.deadline < ${now}) AS overdue,
               count(*) FILTER (WHERE t.kind IN ('npc_proposal', 'cppcc_proposal')) AS proposals,
               count(*) FILTER (WHERE t.met AND t.kind IN ('npc_proposal', 'cppcc_proposal')) AS met,
               count(*) FILTER (WHERE t.satisfaction IS NOT NULL) AS rated,
               count(*) FILTER (WHERE t.satisfaction IN ('satisfied', 'basically_satisfied')) AS satisfied
          FROM facts t
          ${ancestorsAtRequestedDepths('t', 'req')}
         WHERE t.depth >= k.depth
         GROUP BY a.unit_id
      ) r ON r.unit_id = req.id`;
}

import { Prisma } from '@duban/db';

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
  /** 办结率, 按期办结率, 见面率, 满意率 in percent (null when nothing to rate). */
  completionRate: number | null;
  onTimeRate: number | null;
  meetingRate: number | null;
  satisfactionRate: number | null;
}

/**
 * The rates the seed reports (办结率, 按期办结率, 见面率, 满意率) per unit — each unit counting the
 * items of its whole subtree — for items handed over in [start, end). One grouped query.
 */
export async function taskRates(db: Tx, countyId: string, orgUnitIds: string[], period: { start: Date; end: Date }, now = new Date()) {
  if (orgUnitIds.length === 0) return new Map<string, TaskRates>();
  const rows = await db.$queryRaw<{ unit_id: string; total: bigint; closed: bigint; on_time: bigint; overdue: bigint; proposals: bigint; met: bigint; rated: bigint; satisfied: bigint }[]>`
    SELECT u.id AS unit_id,
           count(t.id) AS total,
           count(t.id) FILTER (WHERE t.status IN ('closed', 'notified')) AS closed,
           count(t.id) FILTER (WHERE t.status IN ('closed', 'notified') AND t.closed_at <= t.deadline) AS on_time,
           count(t.id) FILTER (WHERE t.status NOT IN ('closed', 'notified') AND t.deadline < ${now}) AS overdue,
           count(t.id) FILTER (WHERE t.kind IN ('npc_proposal', 'cppcc_proposal', 'complaint')) AS proposals,
           count(t.id) FILTER (WHERE t.met) AS met,
           count(t.id) FILTER (WHERE t.satisfaction IS NOT NULL) AS rated,
           count(t.id) FILTER (WHERE t.satisfaction IN ('satisfied', 'basically_satisfied')) AS satisfied
      FROM org_unit u
      JOIN org_unit d ON d.county_id = u.county_id AND left(d.path, length(u.path)) = u.path
      LEFT JOIN task t ON t.county_id = d.county_id AND t.responsible_unit_id = d.id
                      AND t.created_at >= ${period.start} AND t.created_at < ${period.end}
     WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)})
     GROUP BY u.id`;
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

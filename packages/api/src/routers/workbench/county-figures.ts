import { taskRates } from '@duban/core';
import type { Prisma } from '@duban/db';

type Tx = Prisma.TransactionClient;

/** Items handed over and items closed per month of the year (China time), in one grouped query. */
export async function countyTrend(db: Tx, countyId: string, year: number) {
  const start = new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
  const end = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000);
  const rows = await db.$queryRaw<{ month: number; created: bigint; closed: bigint }[]>`
    WITH m AS (SELECT generate_series(1, 12) AS month)
    SELECT m.month::int AS month,
           (SELECT count(*) FROM task t WHERE t.county_id = ${countyId} AND t.created_at >= ${start} AND t.created_at < ${end}
              AND extract(month FROM t.created_at AT TIME ZONE 'Asia/Shanghai') = m.month) AS created,
           (SELECT count(*) FROM task t WHERE t.county_id = ${countyId} AND t.closed_at >= ${start} AND t.closed_at < ${end}
              AND extract(month FROM t.closed_at AT TIME ZONE 'Asia/Shanghai') = m.month) AS closed
      FROM m ORDER BY m.month`;
  return rows.map((r) => ({ month: r.month, created: Number(r.created), closed: Number(r.closed) }));
}

/** The (at most five) townships with overdue items this year, most first, then the lowest 办结率 (one grouped query). */
export async function worstTownships(db: Tx, countyId: string, year: number, now: Date, limit = 5) {
  const townships = await db.orgUnit.findMany({ where: { countyId, level: 'township', archivedAt: null }, select: { id: true, name: true } });
  const period = { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
  const rates = await taskRates(db, countyId, townships.map((t) => t.id), period, now);
  return townships
    .map((t) => ({ id: t.id, name: t.name, ...rates.get(t.id)! }))
    .filter((t) => t.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || (a.completionRate ?? 100) - (b.completionRate ?? 100) || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, limit)
    .map((t) => ({ id: t.id, name: t.name, total: t.total, overdue: t.overdue, completionRate: t.completionRate }));
}

import { taskRates } from '@duban/core';
import type { Prisma } from '@duban/db';

type Tx = Prisma.TransactionClient;

/**
 * 片区 ranking for the 督查室: the townships' items of the year summed per 片区, ranked by 按期办结率
 * (fewest overdue breaking ties). taskRates is one grouped query over all townships.
 */
export async function districtRanking(db: Tx, countyId: string, now: Date) {
  const year = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
  const [districts, townships] = await Promise.all([
    db.district.findMany({ where: { countyId }, orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } }),
    db.orgUnit.findMany({ where: { countyId, level: 'township', archivedAt: null, districtId: { not: null } }, select: { id: true, districtId: true } }),
  ]);
  const rates = await taskRates(db, countyId, townships.map((t) => t.id), { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) }, now);
  const rows = districts.map((d) => {
    const mine = townships.filter((t) => t.districtId === d.id).map((t) => rates.get(t.id)!);
    const sum = (k: 'total' | 'closed' | 'closedOnTime' | 'overdue') => mine.reduce((n, r) => n + r[k], 0);
    const total = sum('total');
    return {
      id: d.id, name: d.name, townships: mine.length, total, overdue: sum('overdue'), closed: sum('closed'),
      onTimeRate: total ? Math.round((sum('closedOnTime') / total) * 1000) / 10 : null,
    };
  });
  const sorted = rows.sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || a.overdue - b.overdue);
  return sorted.map((r, i) => ({ ...r, rank: i + 1 }));
}

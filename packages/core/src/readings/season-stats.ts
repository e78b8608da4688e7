// 汛期累计与极值: a station's readings in its season of a year (the calendar year without one),
// the season's total (rain: the sum) and maximum, and per day (county time) sum and maximum for
// the chart — in one grouped query.
import type { Prisma } from '@duban/db';
import { civil } from '../duties/zoned-time.ts';
import { zonedMidnight } from '../duties/zoned-time.ts';

type Tx = Prisma.TransactionClient;

/** The season of `year` as instants: `MM-DD` … `MM-DD` inclusive; a wrapping season starts the year before. */
export function seasonWindow(year: number, timeZone: string, start?: string | null, end?: string | null) {
  const [sm, sd] = (start ?? '01-01').split('-').map(Number) as [number, number];
  const [em, ed] = (end ?? '12-31').split('-').map(Number) as [number, number];
  const wraps = (start ?? '01-01') > (end ?? '12-31');
  return { start: zonedMidnight(civil(wraps ? year - 1 : year, sm, sd), timeZone), end: zonedMidnight(civil(year, em, ed + 1), timeZone) };
}

export async function seasonStats(db: Tx, countyId: string, stationId: string, window: { start: Date; end: Date }, timeZone: string) {
  const days = await db.$queryRaw<{ day: string; total: number; max: number; count: bigint }[]>`
    SELECT to_char(measured_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, sum(value)::float8 AS total, max(value)::float8 AS max, count(*) AS count
      FROM reading
     WHERE county_id = ${countyId} AND station_id = ${stationId} AND measured_at >= ${window.start} AND measured_at < ${window.end}
     GROUP BY 1 ORDER BY 1`;
  const peak = await db.reading.findFirst({ where: { countyId, stationId, measuredAt: { gte: window.start, lt: window.end } }, orderBy: [{ value: 'desc' }, { measuredAt: 'asc' }], select: { value: true, measuredAt: true } });
  const total = days.reduce((n, d) => n + d.total, 0);
  return {
    count: days.reduce((n, d) => n + Number(d.count), 0),
    total: Math.round(total * 1000) / 1000,
    max: peak ? { value: peak.value, at: peak.measuredAt } : null,
    days: days.map((d) => ({ day: d.day, total: Math.round(d.total * 1000) / 1000, max: d.max, count: Number(d.count) })),
  };
}

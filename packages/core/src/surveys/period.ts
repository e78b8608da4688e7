/**
 * Months and years as the county lives them: China Standard Time (UTC+8, no daylight saving), so
 * a survey at 07:30 on the 1st counts towards that month, not the previous one (UTC).
 */
export const COUNTY_TIME_ZONE = 'Asia/Shanghai';

const pad = (n: number) => String(n).padStart(2, '0');

/** [start, end) of a calendar month (1–12) or, without a month, of the year. */
export function localPeriod(year: number, month?: number): { start: Date; end: Date } {
  if (month === undefined) return { start: new Date(`${year}-01-01T00:00:00+08:00`), end: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
  const next = month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
  return { start: new Date(`${year}-${pad(month)}-01T00:00:00+08:00`), end: new Date(`${next}-01T00:00:00+08:00`) };
}

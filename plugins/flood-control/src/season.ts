// 汛期: which flood season a moment belongs to, and when that season's pre-season check expires.
// Browser-safe: the server stores a check's season with it, the page shows the same season.

/** The counties run on China Standard Time (as the core's Excel dates do). */
const OFFSET_MS = 8 * 3_600_000;

const monthDay = (text: string) => {
  const [m, d] = text.split('-').map(Number);
  return { month: m!, day: d! };
};

/**
 * The season a check made at `at` is for: the year whose season end (MM-DD, county time) is the
 * first at or after it — a check in October already counts for next year's season. It expires at
 * the end of that season's last day.
 */
export function seasonOf(at: Date, seasonEnd: string): { season: number; expiresAt: Date } {
  const local = new Date(at.getTime() + OFFSET_MS);
  const { month, day } = monthDay(seasonEnd);
  const endOf = (year: number) => new Date(Date.UTC(year, month - 1, day, 23, 59, 59, 999) - OFFSET_MS);
  const year = local.getUTCFullYear();
  const season = at.getTime() <= endOf(year).getTime() ? year : year + 1;
  return { season, expiresAt: endOf(season) };
}

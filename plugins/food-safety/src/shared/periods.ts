// Years and periods in China Standard Time (UTC+8, no daylight saving): the assessment year
// 1 January to 31 December is a local year, while periods are UTC instants (core `Period`).

export const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`);

export const yearPeriod = (year: number) => ({ start: yearStart(year), end: yearStart(year + 1) });

/** The local (UTC+8) year an instant falls in. */
export const localYear = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();

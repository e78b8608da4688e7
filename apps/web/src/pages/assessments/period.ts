/**
 * A plan's period is stored with an exclusive end (the first moment after it); people read the
 * last day it covers: 2026-01-01 ~ 2026-12-31, not ~ 2027-01-01.
 */
export const lastDayOf = (periodEnd: string) => new Date(new Date(periodEnd).getTime() - 1).toISOString();

import type { RouterOutputs } from '../../api/types.ts';

export type StationRow = RouterOutputs['reading']['listStations'][number];
export type StationSeries = RouterOutputs['reading']['series'];
export type ReadingRow = StationSeries['latest'][number];
export type AlertRow = StationSeries['alerts'][number];

/** A number as people read it: no float noise (0.1 + 0.2), at most 3 decimals. */
export const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(Math.round(n * 1000) / 1000));

/**
 * A time as the county reads it (`YYYY-MM-DD HH:mm` in the county's zone): the chart's days and the
 * CSV's local times are county time, so the table beside them is too, whatever the browser's zone.
 */
export function countyTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

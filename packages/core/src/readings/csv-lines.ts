// The lines of a readings CSV (`时间,数值`), checked line by line — browser-safe, so the upload
// form lists the bad lines before sending and the server refuses the same lines with the same rule.
// Time: ISO 8601 with an offset, or `YYYY-MM-DD HH:mm[:ss]` in the county's time zone.
import { zonedMidnight } from '../duties/zoned-time.ts';

export const MAX_CSV_ROWS = 20_000;
const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a line is refused: its time, its value, or more than two columns. */
export type CsvLineProblem = 'time' | 'value' | 'columns';

export function parseReadingTime(text: string, timeZone: string): Date | null {
  const local = LOCAL.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
    if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || (s ?? 0) > 59) return null;
    const midnight = zonedMidnight(Date.UTC(y!, mo! - 1, d!), timeZone);
    return new Date(midnight.getTime() + ((h! * 60 + mi!) * 60 + (s || 0)) * 1000);
  }
  if (!ISO.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Every non-empty line (1-based line numbers; a header line is skipped) as a reading or a problem. */
export function scanReadingsCsv(csv: string, timeZone: string) {
  const rows: { line: number; measuredAt: Date; value: number }[] = [];
  const problems: { line: number; problem: CsvLineProblem; text: string }[] = [];
  csv.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (!trimmed) return;
    const [time = '', value = '', ...rest] = trimmed.split(/[,，\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (i === 0 && Number.isNaN(Number(value))) return; // a header line
    const at = parseReadingTime(time, timeZone);
    const v = value === '' ? NaN : Number(value);
    const text = trimmed.slice(0, 80);
    if (!at) problems.push({ line: i + 1, problem: 'time', text });
    else if (!Number.isFinite(v) || Math.abs(v) > 1e9) problems.push({ line: i + 1, problem: 'value', text });
    else if (rest.some((r) => r !== '')) problems.push({ line: i + 1, problem: 'columns', text });
    else rows.push({ line: i + 1, measuredAt: at, value: v });
  });
  return { rows, problems };
}

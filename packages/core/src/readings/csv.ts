// 导入监测数据: `时间,数值` per line (a header line is skipped), time as ISO 8601 with an offset
// or as `YYYY-MM-DD HH:mm[:ss]` in the county's time zone. All or nothing: any bad line refuses
// the file with the lines to fix.
import { badRequest } from '../errors/index.ts';
import { zonedMidnight } from '../duties/zoned-time.ts';

export const MAX_CSV_ROWS = 20_000;
const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function parseTime(text: string, timeZone: string): Date | null {
  const local = LOCAL.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
    if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || (s ?? 0) > 59) return null;
    const midnight = zonedMidnight(Date.UTC(y!, mo! - 1, d!), timeZone);
    return new Date(midnight.getTime() + ((h! * 60 + mi!) * 60 + (s || 0)) * 1000);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

export function parseReadingsCsv(csv: string, timeZone: string): { measuredAt: Date; value: number }[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: { measuredAt: Date; value: number }[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const [time = '', value = '', ...rest] = trimmed.split(/[,，\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (i === 0 && Number.isNaN(Number(value))) return; // a header line
    const at = parseTime(time, timeZone);
    const v = value === '' ? NaN : Number(value);
    if (!at || !Number.isFinite(v) || Math.abs(v) > 1e9 || rest.some((r) => r !== '')) problems.push(`第 ${i + 1} 行`);
    else rows.push({ measuredAt: at, value: v });
  });
  if (problems.length) {
    const list = problems.slice(0, 10).join('、') + (problems.length > 10 ? ` 等 ${problems.length} 行` : '');
    throw badRequest('errors.reading.csvRows', `以下行格式不正确（每行应为时间和数值，用逗号分隔）：${list}`, { rows: list });
  }
  if (rows.length === 0) throw badRequest('errors.reading.csvEmpty', '文件中没有监测数据');
  if (rows.length > MAX_CSV_ROWS) throw badRequest('errors.reading.csvTooMany', `一次最多导入 ${MAX_CSV_ROWS} 条`, { max: MAX_CSV_ROWS });
  return rows;
}

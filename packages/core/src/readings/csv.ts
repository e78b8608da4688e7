// 导入监测数据: `时间,数值` per line (csv-lines.ts checks each). All or nothing: any bad line
// refuses the file with the lines to fix.
import { badRequest } from '../errors/index.ts';
import { MAX_CSV_ROWS, scanReadingsCsv } from './csv-lines.ts';

export function parseReadingsCsv(csv: string, timeZone: string): { measuredAt: Date; value: number }[] {
  const { rows, problems } = scanReadingsCsv(csv, timeZone);
  if (problems.length) {
    // Line numbers only, so the message reads in either language.
    const list = problems.slice(0, 10).map((p) => p.line).join(', ') + (problems.length > 10 ? ` … (${problems.length})` : '');
    throw badRequest('errors.reading.csvRows', `以下行格式不正确（每行应为时间和数值，用逗号分隔）：第 ${list} 行`, { rows: list });
  }
  if (rows.length === 0) throw badRequest('errors.reading.csvEmpty', '文件中没有监测数据');
  if (rows.length > MAX_CSV_ROWS) throw badRequest('errors.reading.csvTooMany', `一次最多导入 ${MAX_CSV_ROWS} 条`, { max: MAX_CSV_ROWS });
  return rows.map(({ measuredAt, value }) => ({ measuredAt, value }));
}

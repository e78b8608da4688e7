import ExcelJS from 'exceljs';

export interface VisitExportRow {
  title: string;
  unit: string;
  group: string;
  kind: 'regular' | 'return_visit';
  status: 'planned' | 'in_progress' | 'completed' | 'cancelled';
  unannounced: boolean;
  windowStart: Date;
  windowEnd: Date;
  startedAt: Date | null;
  records: number;
  findings: number;
}

const statusNames = { planned: '待督查', in_progress: '督查中', completed: '已完成', cancelled: '已取消' } as const;
const chinaDay = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : '');

/**
 * 督查台账 as an .xlsx: the rows the caller's list shows. The caller passes only visits the
 * visibility rules let them see (an export is a read path like any other).
 */
export async function exportVisits(rows: VisitExportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('督查台账');
  sheet.columns = [
    { header: '督查', key: 'title', width: 40 },
    { header: '被督查单位', key: 'unit', width: 16 },
    { header: '督查组', key: 'group', width: 14 },
    { header: '类型', key: 'kind', width: 12 },
    { header: '方式', key: 'mode', width: 8 },
    { header: '状态', key: 'status', width: 10 },
    { header: '时段开始', key: 'from', width: 12 },
    { header: '时段结束', key: 'to', width: 12 },
    { header: '到达时间', key: 'started', width: 12 },
    { header: '检查记录', key: 'records', width: 10 },
    { header: '问题', key: 'findings', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      title: r.title, unit: r.unit, group: r.group, kind: r.kind === 'return_visit' ? '回访(杀回马枪)' : '督查', mode: r.unannounced ? '暗访' : '明查',
      status: statusNames[r.status], from: chinaDay(r.windowStart), to: chinaDay(r.windowEnd), started: chinaDay(r.startedAt), records: r.records, findings: r.findings,
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

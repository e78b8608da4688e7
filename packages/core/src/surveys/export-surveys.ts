import ExcelJS from 'exceljs';
import type { SurveyQuestion } from './questions.ts';

export interface SurveyExportRow {
  capturedAt: Date;
  groupName: string;
  townshipName: string;
  villageName: string;
  address: string;
  respondentName: string;
  /** Always the masked number: an export leaves the system, the number must not. */
  phoneMasked: string;
  surveyorName: string;
  formTitle: string;
  questions: readonly SurveyQuestion[];
  answers: Record<string, unknown>;
  latitude: number | null;
  longitude: number | null;
  callbackOutcome: string | null;
}

const outcomeNames: Record<string, string> = { reached_confirmed: '已接通,确认受访', reached_denied: '已接通,否认受访', unreachable: '无法接通' };
const satisfactionNames: Record<string, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };

/** An answer as a reader of the sheet expects it (是/否, 满意 …, options joined). */
function answerText(q: SurveyQuestion | undefined, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.join('、');
  if (q?.type === 'satisfaction') return satisfactionNames[String(value)] ?? String(value);
  return String(value);
}

/**
 * 入户调查台账 as an .xlsx: one row per household, the answers as "question: answer" in one
 * column (forms differ in their questions), phone numbers masked.
 */
export async function exportSurveys(rows: readonly SurveyExportRow[], now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = now;
  const ws = wb.addWorksheet('入户调查');
  ws.columns = [
    { header: '调查时间', key: 'capturedAt', width: 18, style: { numFmt: 'yyyy-mm-dd hh:mm' } },
    { header: '督查组', key: 'group', width: 14 },
    { header: '乡镇', key: 'township', width: 12 },
    { header: '村(居)', key: 'village', width: 12 },
    { header: '住址', key: 'address', width: 20 },
    { header: '受访人', key: 'respondent', width: 10 },
    { header: '联系电话', key: 'phone', width: 14 },
    { header: '调查人', key: 'surveyor', width: 10 },
    { header: '调查表', key: 'form', width: 20 },
    { header: '回答', key: 'answers', width: 60 },
    { header: '纬度', key: 'lat', width: 12 },
    { header: '经度', key: 'lon', width: 12 },
    { header: '回访结果', key: 'callback', width: 16 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    const byKey = new Map(r.questions.map((q) => [q.key, q]));
    ws.addRow({
      // Excel has no time zones: write the county's wall-clock time (UTC+8).
      capturedAt: new Date(r.capturedAt.getTime() + 8 * 3_600_000),
      group: r.groupName, township: r.townshipName, village: r.villageName, address: r.address, respondent: r.respondentName,
      phone: r.phoneMasked, surveyor: r.surveyorName, form: r.formTitle,
      answers: Object.entries(r.answers).map(([k, v]) => `${byKey.get(k)?.label ?? k}:${answerText(byKey.get(k), v)}`).join(';'),
      lat: r.latitude, lon: r.longitude, callback: r.callbackOutcome ? outcomeNames[r.callbackOutcome] : '',
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

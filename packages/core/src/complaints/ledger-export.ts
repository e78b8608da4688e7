import ExcelJS from 'exceljs';
import { addDataSheet, addHelpSheet, countyDateCell, workbookBuffer, type SheetColumn } from '../excel/index.ts';
import { taskKinds } from '../tasks/task-kinds.ts';
import type { ComplaintStage } from './rules.ts';

/** One dispatch's line in the ledger (a complaint dispatched to two units has two). */
export interface ComplaintLedgerRow {
  serial: string;
  channel: string;
  channelRef: string | null;
  receivedAt: Date;
  subject: string;
  content: string;
  location: string;
  address: string | null;
  complainant: string | null;
  anonymous: boolean;
  /** Always the masked number: an export leaves the system, the number must not. */
  phoneMasked: string | null;
  stage: ComplaintStage;
  matchOf: { kind: 'duplicate' | 'repeat'; serial: string } | null;
  unit: string | null;
  taskSerial: string | null;
  signDueAt: Date | null;
  signedAt: Date | null;
  handleDueAt: Date | null;
  closedAt: Date | null;
  callbackResult: string | null;
}

const stageNames: Record<ComplaintStage, string> = { merged: '重复件(已并入)', received: '待派单', handling: '办理中', callback: '待回访', closed: '已结案' };
const resultNames: Record<string, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意', unreachable: '联系不上' };
const onTime = (done: Date | null, due: Date | null) => (done && due ? (done <= due ? '是' : '否') : '');

type Key = 'serial' | 'channel' | 'channelRef' | 'receivedAt' | 'subject' | 'content' | 'location' | 'address' | 'complainant' | 'phone' | 'stage' | 'match' | 'unit' | 'taskSerial' | 'signDueAt' | 'signedAt' | 'signOnTime' | 'handleDueAt' | 'closedAt' | 'closedOnTime' | 'callback';
const col = (key: Key, header: string, headerEn: string, width: number, numFmt?: string): SheetColumn<Key> => ({ key, header, headerEn, width, numFmt, columnRequired: false, requirement: '导出列', exportOnly: true });
const COLUMNS: SheetColumn<Key>[] = [
  col('serial', '编号', 'Number', 16), col('channel', '来源渠道', 'Channel', 16), col('channelRef', '工单号', 'Ticket no.', 16),
  col('receivedAt', '受理时间', 'Received', 17, 'yyyy-mm-dd hh:mm'), col('subject', '问题类别', 'Subject', 14), col('content', '投诉内容', 'Complaint', 40),
  col('location', '发生地', 'Place', 14), col('address', '详细地址', 'Address', 18), col('complainant', '投诉人', 'Complainant', 10),
  col('phone', '联系电话', 'Phone', 14), col('stage', '状态', 'Status', 12), col('match', '同地同事', 'Same place and subject', 22),
  col('unit', '承办单位', 'Handled by', 14), col('taskSerial', '督办编号', 'Item', 16), col('signDueAt', '签收时限', 'Sign by', 17, 'yyyy-mm-dd hh:mm'),
  col('signedAt', '签收时间', 'Signed', 17, 'yyyy-mm-dd hh:mm'), col('signOnTime', '按时签收', 'Signed on time', 10),
  col('handleDueAt', '办理时限', 'Handle by', 12, 'yyyy-mm-dd'), col('closedAt', '办结日期', 'Closed', 12, 'yyyy-mm-dd'),
  col('closedOnTime', '按期办结', 'Closed on time', 10), col('callback', '回访结果', 'Call-back', 10),
];

/** 投诉台账 (.xlsx): one row per dispatch (an undispatched complaint has one row), phones masked. */
export async function exportComplaintLedger(rows: readonly ComplaintLedgerRow[], now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = now;
  const channelName = (key: string) => taskKinds.channel(key)?.name.zh ?? key;
  const added = addDataSheet(wb, '投诉台账', COLUMNS, rows.map((r) => ({
    serial: r.serial, channel: channelName(r.channel), channelRef: r.channelRef ?? '', receivedAt: r.receivedAt, subject: r.subject, content: r.content,
    location: r.location, address: r.address ?? '', complainant: r.anonymous ? '匿名' : (r.complainant ?? ''), phone: r.phoneMasked ?? '',
    stage: stageNames[r.stage], match: r.matchOf ? `${r.matchOf.kind === 'duplicate' ? '重复件,并入' : '重复投诉,前次'} ${r.matchOf.serial}` : '',
    unit: r.unit ?? '', taskSerial: r.taskSerial ?? '', signDueAt: r.signDueAt, signedAt: r.signedAt, signOnTime: onTime(r.signedAt, r.signDueAt),
    handleDueAt: countyDateCell(r.handleDueAt), closedAt: countyDateCell(r.closedAt), closedOnTime: onTime(r.closedAt, r.handleDueAt),
    callback: r.callbackResult ? (resultNames[r.callbackResult] ?? r.callbackResult) : '',
  })));
  // Late 签收 or 办理 in red, as on the board.
  added.forEach((row, i) => {
    const r = rows[i]!;
    if (onTime(r.signedAt, r.signDueAt) === '否' || onTime(r.closedAt, r.handleDueAt) === '否') row.font = { color: { argb: 'FFCF1322' } };
  });
  addHelpSheet(wb, COLUMNS, [{ title: '说明', lines: [
    '1. 一件投诉派给几个单位就有几行；未派单的投诉一行，承办单位为空。',
    '2. 联系电话只导出脱敏号码（138****5678）。',
    '3. 按时签收：签收时间不晚于签收时限；按期办结：办结时间不晚于办理时限（含已批准的延期）。',
    '4. 同地同事：同一发生地、同一问题类别 30 天内再次投诉，未结案的为重复件，已结案的为重复投诉。',
  ] }]);
  return workbookBuffer(wb);
}

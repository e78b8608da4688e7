import ExcelJS from 'exceljs';
import { escalationNames } from './escalation.ts';
import { statusNames } from './lifecycle.ts';

export interface LedgerRow {
  serial: string;
  kind: string;
  title: string;
  responsibleUnit: string;
  supervisingUnit: string;
  assisting: string[];
  deadline: Date;
  status: keyof typeof statusNames;
  escalation: keyof typeof escalationNames;
  listedLeader: string | null;
  signedAt: Date | null;
  closedAt: Date | null;
  notifiedAt: Date | null;
  satisfaction: string | null;
}

const kindNames: Record<string, string> = {
  rectification: '整改事项', leader_instruction: '领导交办', npc_proposal: '人大建议', cppcc_proposal: '政协提案', complaint: '群众投诉',
};
const satisfactionNames: Record<string, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };

/**
 * 督办台账 as an .xlsx (exceljs streams large sheets well): one row per item, overdue and listed
 * items highlighted, dates as real Excel dates so the sheet sorts and filters.
 */
export async function exportLedger(rows: LedgerRow[], now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = now;
  const ws = wb.addWorksheet('督办台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '编号', key: 'serial', width: 18 },
    { header: '类别', key: 'kind', width: 10 },
    { header: '事项', key: 'title', width: 40 },
    { header: '责任单位', key: 'responsible', width: 14 },
    { header: '督办单位', key: 'supervising', width: 14 },
    { header: '协办单位', key: 'assisting', width: 18 },
    { header: '办理期限', key: 'deadline', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '状态', key: 'status', width: 10 },
    { header: '督办等级', key: 'escalation', width: 10 },
    { header: '责任领导', key: 'leader', width: 12 },
    { header: '签收时间', key: 'signedAt', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '办结时间', key: 'closedAt', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '按期办结', key: 'onTime', width: 10 },
    { header: '通报时间', key: 'notifiedAt', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '满意度', key: 'satisfaction', width: 10 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: 'A1', to: 'O1' };
  for (const r of rows) {
    const closed = r.closedAt !== null;
    const row = ws.addRow({
      serial: r.serial, kind: kindNames[r.kind] ?? r.kind, title: r.title, responsible: r.responsibleUnit, supervising: r.supervisingUnit,
      assisting: r.assisting.join('、'), deadline: r.deadline, status: statusNames[r.status], escalation: escalationNames[r.escalation],
      leader: r.listedLeader ?? '', signedAt: r.signedAt, closedAt: r.closedAt, onTime: closed ? (r.closedAt! <= r.deadline ? '是' : '否') : '',
      notifiedAt: r.notifiedAt, satisfaction: r.satisfaction ? (satisfactionNames[r.satisfaction] ?? r.satisfaction) : '',
    });
    const overdue = !closed && r.deadline < now;
    if (r.escalation === 'listed' || overdue) {
      row.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: r.escalation === 'listed' ? 'FFFFC7CE' : 'FFFFEB9C' } };
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

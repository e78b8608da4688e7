import ExcelJS from 'exceljs';
import { addDataSheet, addHelpSheet, buildTemplate, commonImportNotes, countyDateCell, workbookBuffer } from '../excel/index.ts';
import { escalationNames } from './escalation.ts';
import { LEDGER_COLUMNS, LEDGER_SHEET, kindNames } from './excel/ledger-sheet.ts';
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
  responsiblePerson?: string | null;
  description?: string | null;
  proposer?: string | null;
  proposerPhone?: string | null;
}

const satisfactionNames: Record<string, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/**
 * 督办台账 as an .xlsx: one row per item, overdue and listed items highlighted, dates as real
 * Excel dates (the county's calendar day) so the sheet sorts and filters. Its columns are the
 * import's (LEDGER_COLUMNS), so an exported ledger can be imported again.
 */
export async function exportLedger(rows: LedgerRow[], now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const kinds = kindNames();
  wb.created = now;
  const added = addDataSheet(
    wb,
    LEDGER_SHEET.sheetName,
    LEDGER_COLUMNS,
    rows.map((r) => {
      const closed = r.closedAt !== null;
      return {
        serial: r.serial, kind: kinds[r.kind] ?? r.kind, title: r.title, responsibleUnit: r.responsibleUnit, supervisingUnit: r.supervisingUnit,
        assistingUnits: r.assisting.join('、'), deadline: countyDateCell(r.deadline), status: statusNames[r.status], escalation: escalationNames[r.escalation],
        listedLeader: r.listedLeader ?? '', signedAt: countyDateCell(r.signedAt), closedAt: countyDateCell(r.closedAt),
        onTime: closed ? (r.closedAt! <= r.deadline ? '是' : '否') : '', notifiedAt: countyDateCell(r.notifiedAt),
        satisfaction: r.satisfaction ? (satisfactionNames[r.satisfaction] ?? r.satisfaction) : '',
        responsiblePerson: r.responsiblePerson ?? null, description: r.description ?? null, proposer: r.proposer ?? null, proposerPhone: r.proposerPhone ?? null,
      };
    }),
  );
  added.forEach((row, i) => {
    const r = rows[i]!;
    const overdue = r.closedAt === null && r.deadline < now;
    if (r.escalation === 'listed' || overdue) row.eachCell((cell) => (cell.fill = fill(r.escalation === 'listed' ? 'FFFFC7CE' : 'FFFFEB9C')));
  });
  addHelpSheet(wb, LEDGER_COLUMNS, [{ title: '注意事项', lines: ['红色行为挂牌督办事项，黄色行为逾期未办结事项。', '本表可修改后作为新的交办事项重新导入（编号、状态等导出列在导入时忽略）；责任单位已有未办结的同名事项时，该行不会重复导入。'] }]);
  return workbookBuffer(wb);
}

/** The import template: header row, an example sheet with two items, notes. */
export function ledgerTemplate(example: { supervisingUnit: string; responsibleUnit: string; assistingUnit: string | null; deadline: Date }): Promise<Buffer> {
  const deadline = countyDateCell(example.deadline);
  return buildTemplate(
    LEDGER_SHEET,
    [
      { kind: '整改事项', title: '集镇垃圾清运不及时，主街垃圾桶满溢', responsibleUnit: example.responsibleUnit, supervisingUnit: example.supervisingUnit, assistingUnits: example.assistingUnit, deadline, description: '督查组暗访发现，限期整改到位' },
      { kind: '群众投诉', title: '12369 投诉：养殖场粪污直排', responsibleUnit: example.responsibleUnit, supervisingUnit: example.supervisingUnit, deadline, proposer: '群众 李女士', proposerPhone: '13800000000' },
    ],
    [...commonImportNotes(LEDGER_SHEET), '每行交办一个事项，导入后按「督办〔年度〕N号」编号，责任单位在消息中收到交办通知。', '责任单位已有未办结的同名事项时，该行视为重复，不会导入。'],
  );
}

import { taskKinds } from '../task-kinds.ts';
import type { SheetColumn, SheetSpec } from '../../excel/index.ts';

// The 督办台账 sheet: the board's export writes every column, the template only those an import
// reads, so an exported ledger (after changing what should change) imports again.

export type LedgerColumnKey =
  | 'serial' | 'kind' | 'title' | 'responsibleUnit' | 'supervisingUnit' | 'assistingUnits' | 'deadline'
  | 'status' | 'escalation' | 'listedLeader' | 'signedAt' | 'closedAt' | 'onTime' | 'notifiedAt' | 'satisfaction'
  | 'responsiblePerson' | 'description' | 'proposer' | 'proposerPhone';

export const LEDGER_SHEET_NAME = '督办台账';
export const LEDGER_MAX_ROWS = 10_000;
export const LEDGER_MAX_ASSISTING = 20;

const date = 'yyyy-mm-dd';
const exportOnly = (key: LedgerColumnKey, header: string, headerEn: string, width: number, note: string, numFmt?: string): SheetColumn<LedgerColumnKey> => ({
  key, header, headerEn, width, note: `${note}，导入时忽略`, columnRequired: false, requirement: '', exportOnly: true, ...(numFmt ? { numFmt } : {}),
});

export const LEDGER_COLUMNS: readonly SheetColumn<LedgerColumnKey>[] = [
  exportOnly('serial', '编号', 'Serial', 18, '系统编号，导入时重新编号'),
  { key: 'kind', header: '类别', headerEn: 'Kind', columnRequired: false, requirement: '选填', width: 10, note: '整改事项、领导交办、人大建议、政协提案、群众投诉 之一；不填为整改事项' },
  { key: 'title', header: '事项', headerEn: 'Title', columnRequired: true, requirement: '必填', width: 40, note: '2–100 个字' },
  { key: 'responsibleUnit', header: '责任单位', headerEn: 'Responsible unit', columnRequired: true, requirement: '必填', width: 16, note: '整改的单位；重名时连同上级写出，如「青龙镇/石桥村」' },
  { key: 'supervisingUnit', header: '督办单位', headerEn: 'Supervising unit', columnRequired: true, requirement: '必填', width: 16, note: '交办并核查的单位，须在您有权交办的范围内' },
  { key: 'assistingUnits', header: '协办单位', headerEn: 'Assisting units', columnRequired: false, requirement: '选填', width: 18, note: '多个单位用顿号（、）或逗号分隔，最多 20 个，不能包括责任单位' },
  { key: 'deadline', header: '办理期限', headerEn: 'Deadline', columnRequired: true, requirement: '必填', width: 12, numFmt: date, note: '日期，如 2026-06-30（当天 24 时截止），不能早于今天' },
  exportOnly('status', '状态', 'Status', 10, '导出时的办理状态'),
  exportOnly('escalation', '督办等级', 'Escalation', 10, '导出时的督办等级'),
  exportOnly('listedLeader', '责任领导', 'Listed leader', 14, '挂牌督办的责任领导'),
  exportOnly('signedAt', '签收时间', 'Signed', 12, '签收日期', date),
  exportOnly('closedAt', '办结时间', 'Closed', 12, '办结日期', date),
  exportOnly('onTime', '按期办结', 'On time', 10, '是否按期办结'),
  exportOnly('notifiedAt', '通报时间', 'Notified', 12, '通报日期', date),
  exportOnly('satisfaction', '满意度', 'Satisfaction', 10, '提出人的满意度'),
  { key: 'responsiblePerson', header: '责任人', headerEn: 'Responsible person', columnRequired: false, requirement: '选填', width: 12, note: '责任单位的人员姓名；同名时写成「姓名(手机号)」' },
  { key: 'description', header: '问题描述', headerEn: 'Description', columnRequired: false, requirement: '选填', width: 40, note: '不超过 2000 个字' },
  { key: 'proposer', header: '提出人', headerEn: 'Proposer', columnRequired: false, requirement: '选填', width: 14, note: '建议、提案、投诉的提出人，不超过 30 个字' },
  { key: 'proposerPhone', header: '联系电话', headerEn: 'Proposer phone', columnRequired: false, requirement: '选填', width: 14, numFmt: '@', note: '提出人的电话，不超过 20 位' },
];

export const LEDGER_SHEET: SheetSpec<LedgerColumnKey> = { sheetName: LEDGER_SHEET_NAME, columns: LEDGER_COLUMNS, maxRows: LEDGER_MAX_ROWS };

export const ledgerColumn = (key: LedgerColumnKey) => LEDGER_COLUMNS.find((c) => c.key === key)!;

/** The kinds a ledger row may name: core's and every registered one, by Chinese name or alias. */
export const ledgerTaskKinds = () => taskKinds.kinds().map((k) => ({ value: k.key, zh: k.name.zh, en: k.name.en, aliases: k.aliases }));

export const kindNames = (): Record<string, string> => Object.fromEntries(taskKinds.kinds().map((k) => [k.key, k.name.zh]));

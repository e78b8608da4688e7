import type { SheetColumn } from '../excel/sheet-columns.ts';
import type { SheetSpec } from '../excel/parse-sheet.ts';
import type { RegisterSpec } from './register-spec.ts';

const DEFAULT_MAX_ROWS = 100_000;

/** Whether the row schema accepts the column left blank (optional, nullable or defaulted). */
export const mayBeBlank = (spec: RegisterSpec, key: string) => spec.row.shape[key]!.safeParse(undefined).success;

/** The sheet of a register, as the template, the parser, the error report and the export see it. */
export function registerSheet(spec: RegisterSpec): SheetSpec<string> {
  const columns: SheetColumn<string>[] = spec.columns.map((c) => {
    const blank = mayBeBlank(spec, c.key);
    const identity = spec.identity.includes(c.key);
    const choices = c.choices ? `可填：${c.choices.map((o) => o.zh).join('、')}` : undefined;
    const kind: Record<string, string | undefined> = {
      boolean: '填“是”或“否”', date: '日期，如 2026-06-30', unit: '所属乡镇或村的名称（重名时写「乡镇/村」）或编码',
      person: '人员名单中的姓名（重名时写「姓名(手机号)」）',
    };
    return {
      key: c.key, header: c.header.zh, headerEn: c.header.en,
      columnRequired: !blank || identity,
      requirement: blank ? '选填' : '必填',
      note: [identity ? '与已有记录相同时更新该记录' : undefined, choices ?? kind[c.type], c.note].filter(Boolean).join('；'),
      width: c.width ?? (c.type === 'text' || c.type === 'unit' ? 22 : 14),
      ...(c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {}),
    };
  });
  return { sheetName: spec.name.zh, columns, maxRows: spec.maxRows ?? DEFAULT_MAX_ROWS };
}

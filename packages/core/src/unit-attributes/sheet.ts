// 单位属性 from Excel, through the core Excel pipeline (excel/): one row per unit and year, a column
// per kind. A unit is named by its code (统一区划代码) or, failing that, by a name unique in the
// county. A blank cell leaves that value as it is. Any error rejects the whole file.
import type { Prisma } from '@duban/db';
import { parseAmount, parseInteger, parseText } from '../excel/cells.ts';
import type { ProgressSink } from '../excel/progress.ts';
import { bi, rowError, type RowError } from '../excel/row-error.ts';
import type { RawRow, SheetColumn } from '../excel/sheet-columns.ts';
import type { SheetSpec } from '../excel/parse-sheet.ts';
import { buildTemplate, commonImportNotes } from '../excel/template.ts';
import { unitAttributeKinds, type UnitAttributeKey } from './kinds.ts';
import { setUnitAttributes } from './store.ts';

type Tx = Prisma.TransactionClient;
type Key = 'year' | 'code' | 'name' | UnitAttributeKey;

const columns: SheetColumn<Key>[] = [
  { key: 'year', header: '年度', headerEn: 'Year', columnRequired: true, requirement: '必填', note: '四位年份,如 2026', width: 10 },
  { key: 'code', header: '单位编码', headerEn: 'Unit code', aliases: ['区划代码', '编码'], columnRequired: false, requirement: '编码和名称至少填一项', note: '统一区划代码;填了就按编码对应单位', width: 18, numFmt: '@' },
  { key: 'name', header: '单位名称', headerEn: 'Unit name', aliases: ['名称'], columnRequired: false, requirement: '编码和名称至少填一项', note: '没有编码时按名称对应,名称须在全县唯一', width: 18 },
  ...unitAttributeKinds.map((k): SheetColumn<Key> => ({
    key: k.key, header: `${k.name.zh}(${k.unit.zh})`, headerEn: `${k.name.en} (${k.unit.en})`, aliases: [k.name.zh, k.name.en],
    columnRequired: false, requirement: '选填', note: k.type === 'int' ? `整数,${k.min}–${k.max};空白表示不修改` : `数字,最多两位小数;空白表示不修改`, width: 14,
  })),
];

export const UNIT_ATTRIBUTE_SHEET: SheetSpec<Key> = { sheetName: '单位属性', columns, maxRows: 5_000 };

export interface UnitAttributeDraft {
  orgUnitId: string;
  year: number;
  values: { kind: UnitAttributeKey; value: number }[];
}

const column = (key: Key) => columns.find((c) => c.key === key)!;

/** Checks every row; a unit outside what the caller may edit (`mayEdit`) is a row error. */
export async function checkUnitAttributeRows(db: Tx, countyId: string, rows: RawRow<Key>[], mayEdit: (path: string) => boolean, progress?: ProgressSink) {
  const units = await db.orgUnit.findMany({ where: { countyId, archivedAt: null, level: { not: 'department' } }, select: { id: true, name: true, code: true, path: true } });
  const byCode = new Map(units.filter((u) => u.code).map((u) => [u.code!, u]));
  const byName = new Map<string, typeof units>();
  for (const u of units) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
  const errors: RowError[] = [];
  const drafts: UnitAttributeDraft[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (i % 500 === 0) progress?.({ phase: 'check', done: i, total: rows.length });
    const fail = (key: Key | undefined, zh: string, en: string) => errors.push(rowError(r.row, key ? column(key) : undefined, bi(zh, en)));
    const year = parseInteger(r.cells.year, column('year'), { min: 2000, max: 2100 });
    if (!year.ok) return void fail('year', year.error.zh, year.error.en);
    if (year.value === null) return void fail('year', '年度不能为空', 'Year is required');
    const code = parseText(r.cells.code, column('code'), { max: 40 });
    const name = parseText(r.cells.name, column('name'), { max: 60 });
    if (!code.ok) return void fail('code', code.error.zh, code.error.en);
    if (!name.ok) return void fail('name', name.error.zh, name.error.en);
    let unit = code.value ? byCode.get(code.value) : undefined;
    if (code.value && !unit) return void fail('code', `单位编码「${code.value}」不存在`, `No unit has the code "${code.value}"`);
    if (!unit) {
      if (!name.value) return void fail('name', '单位编码和单位名称至少填一项', 'Give the unit code or the unit name');
      const named = byName.get(name.value) ?? [];
      if (named.length === 0) return void fail('name', `单位「${name.value}」不存在`, `No unit is named "${name.value}"`);
      if (named.length > 1) return void fail('name', `有 ${named.length} 个单位叫「${name.value}」,请填单位编码`, `${named.length} units are named "${name.value}": give the unit code`);
      unit = named[0]!;
    }
    if (!mayEdit(unit.path)) return void fail('name', `无权修改「${unit.name}」的属性`, `You may not change the attributes of ${unit.name}`);
    const identity = `${unit.id}/${year.value}`;
    if (seen.has(identity)) return void fail('name', `「${unit.name}」${year.value} 年在前面已有一行`, `${unit.name} ${year.value} already has a row above`);
    seen.add(identity);
    const values: UnitAttributeDraft['values'] = [];
    for (const k of unitAttributeKinds) {
      const cell = r.cells[k.key];
      const parsed = k.type === 'int' ? parseInteger(cell.replace(/[,，\s]/g, ''), column(k.key), { min: k.min, max: k.max }) : parseAmount(cell, column(k.key), k.max);
      if (!parsed.ok) fail(k.key, parsed.error.zh, parsed.error.en);
      else if (parsed.value !== null) values.push({ kind: k.key, value: parsed.value });
    }
    drafts.push({ orgUnitId: unit.id, year: year.value, values });
  });
  return { drafts, errors };
}

export async function writeUnitAttributes(db: Tx, countyId: string, drafts: UnitAttributeDraft[], byName: string | null, progress?: ProgressSink) {
  let values = 0;
  for (const [i, d] of drafts.entries()) {
    if (i % 200 === 0) progress?.({ phase: 'write', done: i, total: drafts.length });
    await setUnitAttributes(db, { countyId, orgUnitId: d.orgUnitId, year: d.year, values: d.values, byName });
    values += d.values.length;
  }
  return { units: drafts.length, values };
}

/** 下载模板: the columns, with the caller's unit and its first children as examples. */
export function unitAttributeTemplate(examples: { code: string | null; name: string }[], year: number) {
  return buildTemplate(UNIT_ATTRIBUTE_SHEET, examples.map((u, i) => ({ year, code: u.code ?? '', name: u.name, households: 320 + i * 45, residentPopulation: 1_050 + i * 130, areaKm2: 12.5 + i })), [
    ...commonImportNotes(UNIT_ATTRIBUTE_SHEET),
    '每行一个单位一个年度;同一单位同一年度只能有一行。空白单元格表示不修改该属性。',
  ]);
}

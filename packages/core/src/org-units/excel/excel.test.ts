import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { buildErrorReport, exportOrgTree, parseOrgTree, type OrgLevelValue, type OrgTreeRow, type RowError } from './index.ts';

type Cell = string | number | null;
const HEADER = ['编码', '名称', '层级', '上级编码', '片区'];

async function xlsx(rows: Cell[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readBack(data: Buffer | null, sheetName?: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  if (!data) throw new Error('no report');
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const messagesAt = (errors: RowError[], row: number) => errors.filter((e) => e.row === row).map((e) => e.message);
const strip = (rows: (OrgTreeRow & { row: number })[]): OrgTreeRow[] => rows.map(({ row: _row, ...r }) => r);

const county = ['500236', '奉节县', '县', null, null];

const TREE: OrgTreeRow[] = [
  { code: '500236', name: '奉节县', level: 'county', parentCode: null, district: null },
  { code: '500236101', name: '永安街道', level: 'township', parentCode: '500236', district: '城区片' },
  { code: '500236101001', name: '诗城社区', level: 'village', parentCode: '500236101', district: null },
  { code: '500236101001-01', name: '一组', level: 'group', parentCode: '500236101001', district: null },
  { code: '500236102', name: '白帝镇', level: 'township', parentCode: '500236', district: null },
  { code: 'SLJ_01', name: '水利局', level: 'department', parentCode: '500236', district: null },
];

describe('exportOrgTree', () => {
  it('writes a formatted 组织机构 sheet and a 说明 sheet', async () => {
    const data = await exportOrgTree(TREE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['组织机构', '说明']);

    const sheet = await readBack(data, '组织机构');
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(3).values).toEqual([undefined, '500236101', '永安街道', '乡镇', '500236', '城区片']);
    expect(sheet.getColumn(2).width).toBeGreaterThan(10);

    const help = await readBack(data, '说明');
    const helpText = help.getSheetValues().flat().join(' ');
    for (const word of ['编码', '上级编码', '片区', '乡镇', '部门']) expect(helpText).toContain(word);
  });
});

describe('parseOrgTree', () => {
  it('round-trips an exported tree', async () => {
    const parsed = await parseOrgTree(await exportOrgTree(TREE));
    expect(parsed.errors).toEqual([]);
    expect(strip(parsed.rows)).toEqual(TREE);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('accepts Uint8Array and ArrayBuffer input', async () => {
    const data = await exportOrgTree(TREE);
    const u8 = new Uint8Array(data);
    expect(strip((await parseOrgTree(u8)).rows)).toEqual(TREE);
    expect(strip((await parseOrgTree(u8.buffer)).rows)).toEqual(TREE);
  });

  it('finds columns by header in any order, including English headers, and normalises cells', async () => {
    const data = await xlsx([
      ['District', 'LEVEL', 'parentcode', 'Name', 'code', '备注'],
      [null, 'County', null, ' 奉节县 ', 500236, 'ignored'],
      [null, null, null, null, null, '只有备注的行当作空行'],
      [],
      ['夔州片', '镇', '500236', '白帝镇', '500236102', null],
      [null, '社区', '500236102', '白帝村', '500236102001', null],
      [null, 'department', 500236, '水利局', 'SLJ', null],
    ]);
    const parsed = await parseOrgTree(data);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, code: '500236', name: '奉节县', level: 'county', parentCode: null, district: null },
      { row: 5, code: '500236102', name: '白帝镇', level: 'township', parentCode: '500236', district: '夔州片' },
      { row: 6, code: '500236102001', name: '白帝村', level: 'village', parentCode: '500236102', district: null },
      { row: 7, code: 'SLJ', name: '水利局', level: 'department', parentCode: '500236', district: null },
    ]);
  });

  it('prefers the sheet named 组织机构 over the first sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('封面').addRow(['随便写点什么']);
    const sheet = workbook.addWorksheet('组织机构');
    sheet.addRow(HEADER);
    sheet.addRow(county);
    const parsed = await parseOrgTree(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('reports row-level validation errors with row number and column', async () => {
    const data = await xlsx([
      HEADER,
      county, //                                                      2 ok
      ['50 02', '坏编码', '乡镇', '500236', null], //                  3
      ['x'.repeat(33), '长编码', '乡镇', '500236', null], //          4
      [null, '无编码', '乡镇', '500236', null], //                    5
      ['T1', null, '乡镇', '500236', null], //                       6
      ['T2', '名'.repeat(61), '乡镇', '500236', null], //             7
      ['T3', '某单位', '省', '500236', null], //                       8
      ['T4', '无上级', '村', null, null], //                          9
      ['T5', '第二个县', '县', '500236', null], //                    10
      ['T6', '某镇', '乡镇', '500236', '片'.repeat(31)], //           11
      ['T7', '某局', '部门', '500236', '城区片'], //                  12
      ['T8', '好镇', '乡镇', '500236', '城区片'], //                  13 ok
    ]);
    const { rows, errors } = await parseOrgTree(data);
    expect(rows.map((r) => r.code)).toEqual(['500236', 'T8']);
    expect(errors).toEqual([
      { row: 3, column: '编码', message: '第 3 行:编码「50 02」只能包含数字、字母、下划线(_)和连字符(-)' },
      { row: 4, column: '编码', message: `第 4 行:编码「${'x'.repeat(33)}」超过 32 个字符` },
      { row: 5, column: '编码', message: '第 5 行:编码不能为空' },
      { row: 6, column: '名称', message: '第 6 行:名称不能为空' },
      { row: 7, column: '名称', message: '第 7 行:名称超过 60 个字（当前 61 个）' },
      { row: 8, column: '层级', message: '第 8 行:层级「省」无效，应为 县、乡镇、村、组、部门 之一' },
      { row: 9, column: '上级编码', message: '第 9 行:层级为「村」的单位必须填写上级编码' },
      { row: 10, column: '上级编码', message: '第 10 行:县级单位是最上级，不能填写上级编码' },
      { row: 11, column: '片区', message: `第 11 行:片区「${'片'.repeat(31)}」超过 30 个字` },
      { row: 12, column: '片区', message: '第 12 行:只有乡镇可以填写片区，本行层级为「部门」' },
    ]);
  });

  it('reports duplicate codes on every row that uses them', async () => {
    const data = await xlsx([
      HEADER,
      county,
      ['T1', '甲镇', '乡镇', '500236', null],
      ['T2', '乙镇', '乡镇', '500236', null],
      ['T1', '丙镇', '乡镇', '500236', null],
    ]);
    const { rows, errors } = await parseOrgTree(data);
    expect(rows.map((r) => r.code)).toEqual(['500236', 'T2']);
    expect(messagesAt(errors, 3)).toEqual(['第 3 行:编码「T1」重复，第 3、5 行使用了相同的编码']);
    expect(messagesAt(errors, 5)).toEqual(['第 5 行:编码「T1」重复，第 3、5 行使用了相同的编码']);
    expect(errors).toHaveLength(2);
  });

  it('reports unknown parents and accepts parents that already exist in the database', async () => {
    const existing = new Map<string, OrgLevelValue>([['500236101', 'township']]);
    const data = await xlsx([
      HEADER,
      ['V1', '甲村', '村', '500236101', null],
      ['V2', '乙村', '村', '5002360010', null],
    ]);
    const { rows, errors } = await parseOrgTree(data, existing);
    expect(rows.map((r) => r.code)).toEqual(['V1']);
    expect(errors).toEqual([{ row: 3, column: '上级编码', message: '第 3 行:上级编码「5002360010」不存在' }]);
  });

  it('checks the level of the parent, in the sheet and in the database', async () => {
    const existing = new Map<string, OrgLevelValue>([['SLJ', 'department']]);
    const data = await xlsx([
      HEADER,
      county, //                                    2
      ['T1', '甲镇', '乡镇', '500236', null], //    3
      ['V1', '甲村', '村', '500236', null], //      4 village under county
      ['G1', '一组', '组', 'T1', null], //          5 group under township
      ['D1', '某局', '部门', 'T1', null], //        6 department under township
      ['V2', '乙村', '村', 'SLJ', null], //         7 village under an existing department
      ['T2', '乙镇', '乡镇', 'V1', null], //         8 township under village
    ]);
    const { rows, errors } = await parseOrgTree(data, existing);
    expect(rows.map((r) => r.code)).toEqual(['500236', 'T1']);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [4, '上级编码'],
      [5, '上级编码'],
      [6, '上级编码'],
      [7, '上级编码'],
      [8, '上级编码'],
    ]);
    expect(messagesAt(errors, 4)).toEqual(['第 4 行:上级编码「500236」对应的单位层级是「县」，「村」的上级必须是「乡镇」']);
    expect(messagesAt(errors, 7)).toEqual(['第 7 行:上级编码「SLJ」对应的单位层级是「部门」，「村」的上级必须是「乡镇」']);
  });

  it('reports cycles and self-references', async () => {
    const data = await xlsx([
      HEADER,
      county,
      ['V1', '甲村', '村', 'V2', null], // 3
      ['V2', '乙村', '村', 'V1', null], // 4
      ['V3', '丙村', '村', 'V3', null], // 5
    ]);
    const { rows, errors } = await parseOrgTree(data);
    expect(rows.map((r) => r.code)).toEqual(['500236']);
    expect(messagesAt(errors, 3)).toContain('第 3 行:上级关系形成循环：V1 → V2 → V1');
    expect(messagesAt(errors, 4)).toContain('第 4 行:上级关系形成循环：V1 → V2 → V1');
    expect(messagesAt(errors, 5)).toEqual(['第 5 行:上级编码不能是本单位自己的编码']);
  });

  it('allows only one county', async () => {
    const data = await xlsx([HEADER, county, ['500237', '巫山县', '县', null, null]]);
    const { rows, errors } = await parseOrgTree(data);
    expect(rows.map((r) => r.code)).toEqual(['500236']);
    expect(errors).toEqual([{ row: 3, column: '层级', message: '第 3 行:只能有一个县级单位，第 2 行已是县级单位' }]);
  });

  it('excludes every row below a row with an error, without reporting them', async () => {
    const data = await xlsx([
      HEADER,
      county, //                                          2
      ['T1', '名'.repeat(61), '乡镇', '500236', null], // 3 error
      ['V1', '甲村', '村', 'T1', null], //                4 child of error
      ['G1', '一组', '组', 'V1', null], //                5 grandchild of error
      ['T2', '乙镇', '乡镇', '500236', null], //          6
      ['V2', '乙村', '村', 'T2', null], //                7
      ['T3', '丙镇', '乡镇', '500236', null], //          8 duplicate
      ['T3', '丁镇', '乡镇', '500236', null], //          9 duplicate
      ['V3', '丙村', '村', 'T3', null], //                10 parent ambiguous
    ]);
    const { rows, errors } = await parseOrgTree(data);
    expect(rows.map((r) => r.code)).toEqual(['500236', 'T2', 'V2']);
    expect(errors.map((e) => e.row)).toEqual([3, 8, 9]);
  });

  it('returns parents before children even when the sheet does not', async () => {
    const data = await xlsx([
      HEADER,
      ['G1', '一组', '组', 'V1', null],
      ['V1', '甲村', '村', 'T1', null],
      ['T1', '甲镇', '乡镇', '500236', null],
      county,
    ]);
    const { rows, errors } = await parseOrgTree(data);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.code, r.row])).toEqual([
      ['500236', 5],
      ['T1', 4],
      ['V1', 3],
      ['G1', 2],
    ]);
  });

  it('reports missing and duplicated header columns', async () => {
    const missing = await parseOrgTree(await xlsx([['编码', '名称', '层级'], county]));
    expect(missing).toEqual({
      rows: [],
      errors: [{ row: 1, column: '上级编码', columnEn: 'Parent code', message: '第 1 行:缺少「上级编码」列', messageEn: 'Row 1: the column "Parent code" is missing' }],
    });

    const doubled = await parseOrgTree(await xlsx([[...HEADER, 'Name'], county]));
    expect(doubled.rows).toEqual([]);
    expect(doubled.errors).toMatchObject([{ row: 1, column: '名称', message: '第 1 行:表头「名称」出现了 2 次，请只保留一列' }]);
  });

  it('refuses more than 20,000 data rows with a single error', async () => {
    const rows: Cell[][] = [HEADER, county];
    for (let i = 0; i < 20_000; i++) rows.push([`D${i}`, `部门${i}`, '部门', '500236', null]);
    const { rows: parsed, errors } = await parseOrgTree(await xlsx(rows));
    expect(parsed).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 0 });
    expect(errors[0]?.message).toContain('20000');
  });

  it('turns input that is not an xlsx into one row-0 error', async () => {
    for (const data of [Buffer.from('编码,名称\n1,2\n'), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), new ArrayBuffer(0)]) {
      const parsed = await parseOrgTree(data);
      expect(parsed.rows).toEqual([]);
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0]?.row).toBe(0);
      expect(parsed.errors[0]?.message).toContain('.xlsx');
    }
  });

  it('reports a sheet without data rows', async () => {
    expect((await parseOrgTree(await xlsx([HEADER]))).errors).toEqual([{ row: 0, message: '表格中没有数据行', messageEn: 'The sheet has no data rows' }]);
  });
});

describe('buildErrorReport', () => {
  const upload = () =>
    xlsx([
      HEADER,
      county, //                                    2 ok
      ['T1', null, '乡镇', '500236', '片'.repeat(31)], // 3 two errors
      ['T2', '乙镇', '乡镇', '500236', null], //    4 ok
      ['V1', '甲村', '村', 'NOPE', null], //        5 one error
    ]);

  it('adds a 错误 column with the messages and colours the erroneous rows', async () => {
    const data = await upload();
    const { errors } = await parseOrgTree(data);
    const sheet = await readBack(await buildErrorReport(data, errors));

    expect(sheet.getRow(1).getCell(6).value).toBe('错误');
    expect(sheet.getRow(1).getCell(1).value).toBe('编码');
    expect(sheet.getRow(3).getCell(6).value).toBe('第 3 行:名称不能为空；第 3 行:片区「' + '片'.repeat(31) + '」超过 30 个字');
    expect(sheet.getRow(5).getCell(6).value).toBe('第 5 行:上级编码「NOPE」不存在');
    for (const row of [2, 4]) expect(sheet.getRow(row).getCell(6).value ?? null).toBeNull();

    const argb = (row: number, col: number) => {
      const fill = sheet.getRow(row).getCell(col).fill;
      return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
    };
    expect(argb(3, 1)).toBe('FFFFC7CE');
    expect(argb(3, 2)).toBe('FFFFC7CE'); // empty cell of an erroneous row is filled too
    expect(argb(5, 6)).toBe('FFFFC7CE');
    expect(argb(2, 1)).toBeUndefined();
    expect(argb(4, 1)).toBeUndefined();
  });

  it('reuses the 错误 column when a report is uploaded again, and the parser ignores it', async () => {
    const first = await upload();
    const report = await buildErrorReport(first, (await parseOrgTree(first)).errors);

    // The user fixes row 3 in the report and re-uploads it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    sheet.getRow(3).getCell(2).value = '甲镇';
    sheet.getRow(3).getCell(5).value = null;
    const fixed = Buffer.from(await workbook.xlsx.writeBuffer());

    const { errors } = await parseOrgTree(fixed);
    expect(errors.map((e) => e.row)).toEqual([5]);
    const again = await readBack(await buildErrorReport(fixed, errors));
    expect(again.getRow(1).getCell(6).value).toBe('错误');
    expect(again.getRow(1).getCell(7).value ?? null).toBeNull();
    expect(again.getRow(3).getCell(6).value ?? null).toBeNull();
    expect(again.getRow(3).getCell(1).fill).toBeUndefined();
    expect(again.getRow(5).getCell(6).value).toBe('第 5 行:上级编码「NOPE」不存在');
  });

  it('puts file-level errors next to the header', async () => {
    const data = await xlsx([['编码', '名称'], county]);
    const { errors } = await parseOrgTree(data);
    const sheet = await readBack(await buildErrorReport(data, errors));
    const headerRow = sheet.getRow(1);
    const header = String(headerRow.getCell(headerRow.cellCount).value);
    expect(header.startsWith('错误：')).toBe(true);
    expect(header).toContain('缺少「层级」列');
  });
});

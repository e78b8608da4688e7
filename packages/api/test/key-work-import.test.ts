import { newId } from '@duban/db';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';
import { countingCaller, dayText, drain, readWorkbook, sheetValues, xlsxBase64 } from './import-helpers.ts';

const HEADER = ['编号', '上级编号', '工作名称', '工作内容', '来源', '文件号', '年度', '牵头单位', '协办单位', '责任人', '完成期限', '指标名称', '计量单位', '目标值'];
type Row = (string | number | null)[];
const year = new Date().getFullYear();

describe('重点工作 Excel import', () => {
  const t = useTestCounty();
  const county = () => t.county.county;
  const township = (i: number) => t.county.seeded.townships[i]!;
  const personOf = (unitId: string) => t.county.seeded.people.find((p) => p.unit.id === unitId)!;
  const keyWorkCount = () => t.api.database.prisma.keyWork.count({ where: { countyId: county().id } });
  const run = async (rows: Row[], dryRun: boolean, as = 'a-duchashi', locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const caller = await t.api.as(as);
    return drain(caller.keyWork.import({ fileBase64: await xlsxBase64('重点工作', [HEADER, ...rows]), dryRun, locale }));
  };

  it('offers a template whose data sheet is empty and whose example is importable', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const file = await duchashi.keyWork.importTemplate();
    const wb = await readWorkbook(file.fileBase64);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['重点工作', '示例', '说明']);
    expect(sheetValues(wb.getWorksheet('重点工作')!)).toEqual([HEADER]);
    const example = sheetValues(wb.getWorksheet('示例')!);
    expect(example[0]).toEqual(HEADER);
    expect(example.length).toBeGreaterThan(3);

    // The template as downloaded imports nothing: its data sheet has no rows.
    const untouched = await drain(duchashi.keyWork.import({ fileBase64: file.fileBase64, dryRun: true }));
    expect(untouched.result).toMatchObject({ ok: false, errors: [{ row: 0, message: '表格中没有数据行', messageEn: 'The sheet has no data rows' }] });

    // The example, moved to the data sheet, passes the check as it is.
    const copy = await xlsxBase64('重点工作', example.map((r) => r.map((v) => (v instanceof Date ? v : ((v as string | number | null) ?? null)))));
    const checked = await drain(duchashi.keyWork.import({ fileBase64: copy, dryRun: true }));
    expect(checked.result).toMatchObject({ ok: true, dryRun: true });
  });

  it('checks first (nothing written), then imports key work with targets, parts, assisting units and persons', async () => {
    const [t1, t2] = [township(0), township(1)];
    const person = personOf(t1.id);
    const rows: Row[] = [
      ['A', null, '病险库塘整治', '汛前空库运行', '文件要求', '甲府办发〔2026〕1号', year, county().name, t2.name, null, dayText(60), '整治库塘', '座', 100],
      ['A', null, null, null, null, null, null, null, null, null, null, '新增蓄水', '万立方米', 12.5],
      ['A.1', 'A', '病险库塘整治', null, '文件要求', null, year, t1.name, null, person.name, dayText(50), '整治库塘', '座', 60],
      [null, null, '农村垃圾集中清运', null, '会议部署', null, null, t2.name, `${t1.name}、${county().name}`, null, dayText(30), null, null, null],
    ];
    const before = await keyWorkCount();
    const checked = await run(rows, true);
    expect(checked.result).toEqual({ ok: true, dryRun: true, rows: 4, summary: { keyWorks: 3, parts: 1, targets: 3 }, errors: [], errorCount: 0, errorReportBase64: null });
    expect(await keyWorkCount()).toBe(before);
    expect(checked.progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['read', 'check']));

    const imported = await run(rows, false);
    expect(imported.result).toMatchObject({ ok: true, dryRun: false, summary: { keyWorks: 3, parts: 1, targets: 3 } });
    expect(imported.progress.at(-1)).toMatchObject({ phase: 'write' });
    expect(await keyWorkCount()).toBe(before + 3);

    const duchashi = await t.api.as('a-duchashi');
    const list = await duchashi.keyWork.list({ search: '病险库塘' });
    const parent = list.find((k) => !k.parentId)!;
    expect(parent).toMatchObject({ title: '病险库塘整治', source: 'document', documentNo: '甲府办发〔2026〕1号', year, leadUnit: { id: county().id } });
    expect(parent.assisting.map((a) => a.id)).toEqual([t2.id]);
    expect(parent.targets.map((x) => [x.metric, x.unit, x.targetValue])).toEqual([['整治库塘', '座', 100], ['新增蓄水', '万立方米', 12.5]]);
    const part = list.find((k) => k.parentId === parent.id)!;
    expect(part).toMatchObject({ leadUnit: { id: t1.id }, responsiblePerson: { id: person.id } });
    // The deadline is the end of that day in China Standard Time.
    expect(part.deadline.toISOString()).toBe(new Date(`${dayText(50)}T23:59:59.999+08:00`).toISOString());

    // Progress on the part rolls up to the imported parent, as for key work set by hand.
    const xiangzhen = await t.api.as('a-xiangzhen');
    await xiangzhen.keyWork.report({ keyWorkId: part.id, targetId: part.targets[0]!.id, value: 15, note: '已完成 15 座' });
    expect((await duchashi.keyWork.get({ keyWorkId: parent.id })).targets[0]).toMatchObject({ actual: 15, percent: 15 });

    // An assisting unit sees the key work it assists (and may read it), as a lead unit does.
    const mine = await xiangzhen.keyWork.list({ search: '垃圾' });
    expect(mine.map((k) => k.title)).toEqual(['农村垃圾集中清运']);
    await expect(xiangzhen.keyWork.get({ keyWorkId: mine[0]!.id })).resolves.toMatchObject({ assisting: expect.arrayContaining([expect.objectContaining({ id: t1.id })]) });

    const audits = await t.api.database.prisma.auditLog.findMany({ where: { countyId: county().id, procedure: 'keyWork.import' }, orderBy: { seq: 'asc' } });
    expect(audits.slice(-2).map((a) => a.detail)).toEqual(['import checked (dry run): 4 row(s)', 'imported 4 row(s)']);
  });

  it('reports every kind of row error in both languages, with the errors beside the rows in a workbook', async () => {
    const [t1, t2] = [township(0), township(1)];
    const prisma = t.api.database.prisma;
    // Two villages with one name, an archived unit and two people with one name, to be ambiguous about.
    for (const parent of [t1, t2]) {
      const id = newId();
      await prisma.orgUnit.create({ data: { countyId: county().id, id, level: 'village', name: '同名村', parentId: parent.id, path: `${parent.path}${id}/`, depth: 2 } });
    }
    const gone = newId();
    await prisma.orgUnit.create({ data: { countyId: county().id, id: gone, level: 'village', name: '已撤销村', parentId: t1.id, path: `${t1.path}${gone}/`, depth: 2, archivedAt: new Date() } });
    for (const phone of ['13900000001', '13900000002']) await prisma.person.create({ data: { countyId: county().id, id: newId(), name: '同名人', phone, orgUnitId: t1.id } });
    await (await t.api.as('a-duchashi')).keyWork.create({ title: '已有的工作', year, leadUnitId: t2.id, deadline: new Date(Date.now() + 9 * 86_400_000).toISOString(), targets: [] });

    const ok = (title: string, extra: Partial<Record<number, string | number | null>> = {}): Row => {
      const row: Row = [null, null, title, null, null, null, null, t1.name, null, null, dayText(20), null, null, null];
      for (const [i, v] of Object.entries(extra)) row[Number(i)] = v ?? null;
      return row;
    };
    const rows: Row[] = [
      ok('编号有误', { 0: '编号 有空格' }), // 2
      ok(''), // 3 empty title
      ok('短'), // 4
      ok('来源有误', { 4: '电话' }), // 5
      ok('年度有误', { 6: '二〇二六' }), // 6
      ok('期限有误', { 10: '2026-02-30' }), // 7
      ok('期限已过', { 10: '2020-01-01' }), // 8
      ok('单位不存在', { 7: '不存在镇' }), // 9
      ok('单位重名', { 7: '同名村' }), // 10
      ok('单位已撤销', { 7: '已撤销村' }), // 11
      ok('协办即牵头', { 8: t1.name }), // 12
      ok('责任人不存在', { 9: '查无此人' }), // 13
      ok('责任人重名', { 9: '同名人' }), // 14
      ok('指标不全', { 11: '整治库塘' }), // 15
      ok('目标值有误', { 11: '整治库塘', 12: '座', 13: '一百' }), // 16
      ['B', null, '指标重复', null, null, null, null, t1.name, null, null, dayText(20), '整治库塘', '座', 5], // 17
      ['B', null, null, null, null, null, null, null, null, null, null, '整治库塘', '座', 6], // 18 duplicate metric
      ['B', null, '名称不一致', null, null, null, null, null, null, null, null, null, null, null], // 19 inconsistent
      ok('上级不存在', { 1: 'Z' }), // 20
      ['C', 'D', '循环一', null, null, null, null, t1.name, null, null, dayText(20), null, null, null], // 21
      ['D', 'C', '循环二', null, null, null, null, t1.name, null, null, dayText(20), null, null, null], // 22
      ['E', null, '上级工作', null, null, null, null, t1.name, null, null, dayText(20), '整治库塘', '座', 10], // 23
      ['E.1', 'E', '分解给邻镇', null, null, null, null, t2.name, null, null, dayText(20), '新增蓄水', '万立方米', 1], // 24
      ok('已有的工作', { 7: t2.name }), // 25 exists in the database
      ok('表内重复'), // 26
      ok('表内重复'), // 27
      ok('单位重名可写上级', { 7: `${t1.name}/同名村` }), // 28 fine
    ];
    const { result } = await run(rows, true);
    expect(result.ok).toBe(false);
    const at = (row: number) => result.errors.filter((e) => e.row === row);
    const expectError = (row: number, column: string, zh: RegExp) => {
      expect(at(row).some((e) => e.column === column && zh.test(e.message)), `row ${row}: ${JSON.stringify(at(row))}`).toBe(true);
    };
    expectError(2, '编号', /编号「编号 有空格」只能包含/);
    expectError(3, '工作名称', /工作名称不能为空/);
    expectError(4, '工作名称', /至少 2 个字/);
    expectError(5, '来源', /来源「电话」无效/);
    expectError(6, '年度', /年度「二〇二六」应为/);
    expectError(7, '完成期限', /不是有效日期/);
    expectError(8, '完成期限', /早于今天/);
    expectError(9, '牵头单位', /未找到单位「不存在镇」/);
    expectError(10, '牵头单位', /有 2 个同名单位/);
    expectError(11, '牵头单位', /已撤销/);
    expectError(12, '协办单位', /不能同时是牵头单位/);
    expectError(13, '责任人', /不在「.+」的人员名单中/);
    expectError(14, '责任人', /有 2 位「同名人」/);
    expectError(15, '计量单位', /须同时填写/);
    expectError(16, '目标值', /不是数字/);
    expectError(18, '指标名称', /与第 17 行重复/);
    expectError(19, '工作名称', /与第 17 行（编号 B）的「工作名称」不一致/);
    expectError(20, '上级编号', /上级编号「Z」在表中不存在/);
    expectError(21, '上级编号', /循环/);
    expectError(22, '上级编号', /循环/);
    expectError(24, '牵头单位', /不在上级工作的牵头单位/);
    expectError(24, '指标名称', /不是上级工作的指标/);
    expectError(25, '工作名称', /系统中已有/);
    expectError(27, '工作名称', /与第 26 行重复/);
    expect(at(28)).toEqual([]);
    expect(at(23)).toEqual([]);
    expect(result.errors.every((e) => e.message.startsWith(`第 ${e.row} 行:`) && e.messageEn?.startsWith(`Row ${e.row}: `) && e.columnEn)).toBe(true);

    // The user's own workbook comes back with a 错误 column beside the rows.
    const report = await readWorkbook(result.errorReportBase64!);
    const sheet = report.getWorksheet('重点工作')!;
    const errorCol = HEADER.length + 1;
    expect(sheet.getRow(1).getCell(errorCol).value).toBe('错误');
    expect(String(sheet.getRow(9).getCell(errorCol).value)).toContain('未找到单位「不存在镇」');
    expect(sheet.getRow(28).getCell(errorCol).value).toBeNull();

    // In English, the report says it in English.
    const en = await run(rows.slice(7, 8), true, 'a-duchashi', 'en');
    const enSheet = (await readWorkbook(en.result.errorReportBase64!)).getWorksheet('重点工作')!;
    expect(enSheet.getRow(1).getCell(errorCol).value).toBe('Error');
    expect(String(enSheet.getRow(2).getCell(errorCol).value)).toBe('Row 2: no unit named "不存在镇"');
  });

  it('writes nothing when any row is wrong, even outside a dry run', async () => {
    const before = await keyWorkCount();
    const good = (i: number): Row => [null, null, `全有或全无 ${i}`, null, null, null, year, township(0).name, null, null, dayText(40), null, null, null];
    const rows = [good(1), good(2), [null, null, '坏行', null, null, null, year, '不存在镇', null, null, dayText(40), null, null, null] as Row, good(3)];
    const { result } = await run(rows, false);
    expect(result).toMatchObject({ ok: false, dryRun: false, errorCount: 1, errors: [{ row: 4, column: '牵头单位' }] });
    expect(await keyWorkCount()).toBe(before);
    const failed = await t.api.database.prisma.auditLog.findFirst({ where: { countyId: county().id, procedure: 'keyWork.import', outcome: 'failed' }, orderBy: { seq: 'desc' } });
    expect(failed?.detail).toBe('import rejected: 1 error(s) in 4 row(s)');
  });

  it('reports files that cannot be imported at all as one error', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const notXlsx = await drain(duchashi.keyWork.import({ fileBase64: Buffer.from('工作名称,牵头单位\n').toString('base64'), dryRun: true }));
    expect(notXlsx.result).toMatchObject({ ok: false, errorCount: 1, errors: [{ row: 0, message: expect.stringContaining('.xlsx') }], errorReportBase64: null });
    const missing = await drain(duchashi.keyWork.import({ fileBase64: await xlsxBase64('重点工作', [['工作名称', '完成期限'], ['某项工作', dayText(10)]]), dryRun: true }));
    expect(missing.result.errors).toEqual([expect.objectContaining({ row: 1, column: '牵头单位', message: '第 1 行:缺少「牵头单位」列' })]);
    // English headers are read as well.
    const english = await drain(duchashi.keyWork.import({ fileBase64: await xlsxBase64('Sheet1', [['Title', 'Lead unit', 'Deadline'], ['英文表头的工作', township(2).name, dayText(10)]]), dryRun: true }));
    expect(english.result).toMatchObject({ ok: true, summary: { keyWorks: 1 } });
  });

  it('matches lead units inside the caller\'s capture scope only, and refuses callers without the permission', async () => {
    const [t1, t2] = [township(0), township(1)];
    // A township-level supervision office: may set key work in 青龙镇's subtree only.
    const prisma = t.api.database.prisma;
    const role = await prisma.role.findFirstOrThrow({ where: { countyId: county().id, key: 'supervision-office' } });
    const user = await prisma.user.findUniqueOrThrow({ where: { username: 'a-xiangzhen' } });
    await prisma.roleAssignment.create({ data: { countyId: county().id, id: newId(), userId: user.id, roleId: role.id, captureUnitId: t1.id, viewUnitId: t1.id } });
    const row = (title: string, unit: string): Row => [null, null, title, null, null, null, year, unit, null, null, dayText(30), null, null, null];
    const { result } = await run([row('本镇工作', t1.name), row('本村工作', `${t1.name}/${t1.villages[0]!.name}`), row('邻镇工作', t2.name)], true, 'a-xiangzhen');
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ row: 4, column: '牵头单位', message: `第 4 行:「${t2.name}」不在您有权部署重点工作的范围内` })]);

    // Without core.keyWork.manage anywhere, the import is refused outright.
    const cunganbu = await t.api.as('a-cunganbu');
    await expect(cunganbu.keyWork.import({ fileBase64: 'UEsDBA==', dryRun: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cunganbu.keyWork.importTemplate()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('exports the list with its filters, targets and roll-up; the export imports again as next year\'s work', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const file = await duchashi.keyWork.export({ year, search: '病险库塘' });
    expect(file.rows).toBe(2);
    const wb = await readWorkbook(file.fileBase64);
    const values = sheetValues(wb.getWorksheet('重点工作')!);
    expect(values[0]).toEqual([...HEADER, '完成值', '完成率', '最近进展', '进展状态']);
    // The parent (two targets, two rows) then its part, numbered as a tree; roll-up in 完成值.
    expect(values.slice(1).map((r) => [r[0], r[1], r[2], r[11], r[14]])).toEqual([
      ['1', undefined, '病险库塘整治', '整治库塘', 15],
      ['1', undefined, '病险库塘整治', '新增蓄水', 0],
      ['1.1', '1', '病险库塘整治', '整治库塘', 15],
    ]);

    // Re-imported unchanged, every key work is a duplicate; for next year it imports, parts and all.
    const again = await drain(duchashi.keyWork.import({ fileBase64: file.fileBase64, dryRun: true }));
    expect(again.result.ok).toBe(false);
    expect(again.result.errors.every((e) => e.column === '工作名称' && /系统中已有/.test(e.message))).toBe(true);
    const sheet = wb.getWorksheet('重点工作')!;
    sheet.eachRow((r, n) => {
      if (n > 1) r.getCell(7).value = year + 1;
    });
    const nextYear = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const imported = await drain(duchashi.keyWork.import({ fileBase64: nextYear, dryRun: false }));
    expect(imported.result).toMatchObject({ ok: true, summary: { keyWorks: 2, parts: 1, targets: 3 } });
    const next = await duchashi.keyWork.list({ year: year + 1, search: '病险库塘' });
    expect(next.find((k) => k.parentId)?.parentId).toBe(next.find((k) => !k.parentId)?.id);
  });

  it('imports a few thousand rows set-based: its queries do not grow with the rows', async () => {
    const units = [township(0), township(1), township(2)];
    const sheet = (n: number, tag: string) => {
      const rows: Row[] = [];
      for (let i = 0; i < n; i++) {
        rows.push([`${tag}${i}`, null, `批量工作 ${tag}${i}`, null, '会议部署', null, year, units[i % 3]!.name, null, null, dayText(90), '指标甲', '项', i]);
        rows.push([`${tag}${i}`, null, null, null, null, null, null, null, null, null, null, '指标乙', '户', 2 * i]);
      }
      return xlsxBase64('重点工作', [HEADER, ...rows]);
    };
    const { caller, statements, reset } = await countingCaller(t.api, 'a-duchashi');
    reset();
    expect((await drain(caller.keyWork.import({ fileBase64: await sheet(10, 'S'), dryRun: false }))).result).toMatchObject({ ok: true, rows: 20 });
    const small = statements();
    reset();
    const started = Date.now();
    const { result, progress } = await drain(caller.keyWork.import({ fileBase64: await sheet(1500, 'L'), dryRun: false }));
    const seconds = (Date.now() - started) / 1000;
    expect(result).toMatchObject({ ok: true, rows: 3000, summary: { keyWorks: 1500, targets: 3000 } });
    // 150 times the rows cost only the extra insert batches (1,000 rows each), not a query per row.
    expect(statements() - small).toBeLessThanOrEqual(6);
    // Progress moves forward through every phase.
    const checks = progress.filter((p) => p.phase === 'check').map((p) => p.done);
    expect(checks).toEqual([...checks].sort((a, b) => a - b));
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['read', 'check', 'write']));
    console.log(`key work import: 3000 rows in ${seconds.toFixed(1)} s, ${statements()} statements (20 rows: ${small})`);
  }, 180_000);
});

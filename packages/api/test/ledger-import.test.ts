import { newId } from '@duban/db';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';
import { countingCaller, dayText, drain, readWorkbook, sheetValues, xlsxBase64 } from './import-helpers.ts';
import { workbookBomb } from '@duban/core/testing';

const HEADER = ['类别', '事项', '责任单位', '督办单位', '协办单位', '办理期限', '责任人', '问题描述', '提出人', '联系电话'];
type Row = (string | number | null)[];

describe('督办台账 Excel import', () => {
  const t = useTestCounty();
  const county = () => t.county.county;
  const office = () => t.county.seeded.departments.get('supervision-office')!;
  const township = (i: number) => t.county.seeded.townships[i]!;
  const taskCount = () => t.api.database.prisma.task.count({ where: { countyId: county().id } });
  const run = async (rows: Row[], dryRun: boolean, as = 'a-duchashi') => {
    const caller = await t.api.as(as);
    return drain(caller.task.importLedger({ fileBase64: await xlsxBase64('督办台账', [HEADER, ...rows]), dryRun }));
  };

  it('offers a template with the header row and an example', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const wb = await readWorkbook((await duchashi.task.ledgerTemplate()).fileBase64);
    expect(sheetValues(wb.getWorksheet('督办台账')!)).toEqual([HEADER]);
    const example = sheetValues(wb.getWorksheet('示例')!);
    expect(example).toHaveLength(3);
    expect(example[1]!.slice(0, 4)).toEqual(['整改事项', '集镇垃圾清运不及时，主街垃圾桶满溢', township(0).name, county().name]);
  });

  it('hands over every row as 交办 would: serials, assisting units, timeline, notices', async () => {
    const [t1, t2] = [township(0), township(1)];
    const person = t.county.seeded.people.find((p) => p.unit.id === t1.id)!;
    const rows: Row[] = [
      ['整改事项', '导入事项：垃圾桶满溢', t1.name, office().name, t2.name, dayText(10), person.name, '暗访发现', null, null],
      ['群众投诉', '导入事项：粪污直排', t2.name, office().name, null, dayText(5), null, null, '群众 李女士', '13800000000'],
      [null, '导入事项：河道采砂', t1.name, office().name, null, dayText(7), null, null, null, null],
    ];
    const before = await taskCount();
    const checked = await run(rows, true);
    expect(checked.result).toMatchObject({ ok: true, dryRun: true, summary: { tasks: 3, responsibleUnits: 2 } });
    expect(await taskCount()).toBe(before);

    const imported = await run(rows, false);
    expect(imported.result).toMatchObject({ ok: true, summary: { tasks: 3 } });
    const year = new Date().getFullYear();
    const serial = (n: number) => `督办〔${year}〕${n}号`;
    expect(imported.result.summary).toMatchObject({ firstSerial: serial(before + 1), lastSerial: serial(before + 3) });

    const duchashi = await t.api.as('a-duchashi');
    const board = await duchashi.task.list({ search: '导入事项', page: 1, pageSize: 50 });
    expect(board.total).toBe(3);
    const first = board.items.find((i) => i.title === '导入事项：垃圾桶满溢')!;
    expect(first).toMatchObject({ kind: 'rectification', status: 'handed_over', responsibleUnitId: t1.id, supervisingUnitId: office().id, responsiblePersonId: person.id, description: '暗访发现' });
    expect(first.assisting.map((a) => a.orgUnitId)).toEqual([t2.id]);
    expect(board.items.find((i) => i.kind === 'complaint')).toMatchObject({ proposer: '群众 李女士', proposerPhone: '13800000000' });
    const detail = await duchashi.task.get({ taskId: first.id });
    expect(detail.events).toEqual([expect.objectContaining({ action: 'handOver', toStatus: 'handed_over', note: '台账导入' })]);

    // The township signs for an imported item like any other, and finds the notice in its inbox.
    const xiangzhen = await t.api.as('a-xiangzhen');
    expect((await xiangzhen.inbox.list({})).items.map((n) => n.title)).toContain('新交办事项:导入事项：垃圾桶满溢');
    await expect(xiangzhen.task.handle({ taskId: first.id, action: 'sign' })).resolves.toMatchObject({ status: 'signed' });
  });

  it('reports every kind of row error and writes nothing', async () => {
    const [t1, t2] = [township(0), township(1)];
    await t.api.database.prisma.person.createMany({
      data: ['13900000011', '13900000012'].map((phone) => ({ countyId: county().id, id: newId(), name: '同名干部', phone, orgUnitId: t1.id })),
    });
    const ok = (title: string, extra: Partial<Record<number, string | null>> = {}): Row => {
      const row: Row = [null, title, t1.name, office().name, null, dayText(10), null, null, null, null];
      for (const [i, v] of Object.entries(extra)) row[Number(i)] = v ?? null;
      return row;
    };
    const rows: Row[] = [
      ok('类别有误', { 0: '表扬' }), // 2
      ok(''), // 3
      ok('责任单位为空', { 2: null }), // 4
      ok('责任单位不存在', { 2: '不存在镇' }), // 5
      ok('督办单位为空', { 3: null }), // 6
      ok('协办即责任', { 4: t1.name }), // 7
      ok('协办不存在', { 4: `${t2.name}、不存在局` }), // 8
      ok('期限为空', { 5: null }), // 9
      ok('期限有误', { 5: '明天' }), // 10
      ok('期限已过', { 5: '2020-05-01' }), // 11
      ok('责任人不存在', { 6: '查无此人' }), // 12
      ok('责任人重名', { 6: '同名干部' }), // 13
      ok('提出人过长', { 8: '长'.repeat(31) }), // 14
      ok('电话过长', { 9: '1'.repeat(21) }), // 15
      ok('导入事项：垃圾桶满溢'), // 16 — still open from the previous test
      ok('表内重复'), // 17
      ok('表内重复'), // 18
      ok('重名可加电话', { 6: '同名干部(13900000012)' }), // 19 fine
    ];
    const before = await taskCount();
    const { result } = await run(rows, false);
    expect(result.ok).toBe(false);
    expect(await taskCount()).toBe(before);
    const expectError = (row: number, column: string, zh: RegExp) => {
      const at = result.errors.filter((e) => e.row === row);
      expect(at.some((e) => e.column === column && zh.test(e.message) && !!e.messageEn), `row ${row}: ${JSON.stringify(at)}`).toBe(true);
    };
    expectError(2, '类别', /类别「表扬」无效/);
    expectError(3, '事项', /事项不能为空/);
    expectError(4, '责任单位', /责任单位不能为空/);
    expectError(5, '责任单位', /未找到单位「不存在镇」/);
    expectError(6, '督办单位', /督办单位不能为空/);
    expectError(7, '协办单位', /不能同时是责任单位/);
    expectError(8, '协办单位', /未找到单位「不存在局」/);
    expectError(9, '办理期限', /办理期限不能为空/);
    expectError(10, '办理期限', /不是有效日期/);
    expectError(11, '办理期限', /早于今天/);
    expectError(12, '责任人', /不在「.+」的人员名单中/);
    expectError(13, '责任人', /有 2 位「同名干部」/);
    expectError(14, '提出人', /超过 30 个字/);
    expectError(15, '联系电话', /超过 20 个字/);
    expectError(16, '事项', /已有未办结的同名事项 督办〔\d+〕\d+号/);
    expectError(18, '事项', /与第 17 行重复/);
    expect(result.errors.filter((e) => e.row === 19 || e.row === 17)).toEqual([]);
  });

  it('takes supervising units from the caller\'s capture scope only', async () => {
    // 督查组成员 hand over from 督查室 only (their capture unit), though they view the county.
    const rows: Row[] = [
      [null, '督查组交办', township(2).name, office().name, null, dayText(9), null, null, null, null],
      [null, '以县名义交办', township(2).name, county().name, null, dayText(9), null, null, null, null],
    ];
    const { result } = await run(rows, true, 'a-ducha');
    expect(result.errors).toEqual([expect.objectContaining({ row: 3, column: '督办单位', message: `第 3 行:「${county().name}」不在您有权交办的范围内` })]);
    const xiangzhen = await t.api.as('a-xiangzhen');
    await expect(xiangzhen.task.importLedger({ fileBase64: 'UEsDBA==', dryRun: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('round-trips with the board\'s export', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const exported = await duchashi.task.exportLedger({ search: '导入事项' });
    expect(exported.rows).toBe(3);
    // Unchanged, the open items are refused as duplicates; as next round's items (new titles) they import.
    const again = await drain(duchashi.task.importLedger({ fileBase64: exported.fileBase64, dryRun: true }));
    expect(again.result.errors.map((e) => e.column)).toEqual(['事项', '事项', '事项']);
    const wb = await readWorkbook(exported.fileBase64);
    wb.getWorksheet('督办台账')!.eachRow((r, n) => {
      if (n > 1) r.getCell(3).value = `${String(r.getCell(3).value)}（复查）`;
    });
    const edited = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const imported = await drain(duchashi.task.importLedger({ fileBase64: edited, dryRun: false }));
    expect(imported.result).toMatchObject({ ok: true, summary: { tasks: 3 } });
    const copy = (await duchashi.task.list({ search: '垃圾桶满溢（复查）', page: 1, pageSize: 10 })).items[0]!;
    expect(copy.assisting.map((a) => a.orgUnitId)).toEqual([township(1).id]);
    expect(copy.responsiblePersonId).not.toBeNull();
  });

  it('imports a few thousand items set-based: its queries do not grow with the rows', async () => {
    const units = [township(0), township(1), township(2)];
    const sheet = (n: number, tag: string) =>
      xlsxBase64('督办台账', [HEADER, ...Array.from({ length: n }, (_, i): Row => ['整改事项', `批量事项 ${tag}${i}`, units[i % 3]!.name, office().name, null, dayText(30), null, null, null, null])]);
    const { caller, statements, reset } = await countingCaller(t.api, 'a-duchashi');
    reset();
    expect((await drain(caller.task.importLedger({ fileBase64: await sheet(20, 'S'), dryRun: false }))).result).toMatchObject({ ok: true, summary: { tasks: 20 } });
    const small = statements();
    reset();
    const started = Date.now();
    const { result } = await drain(caller.task.importLedger({ fileBase64: await sheet(3000, 'L'), dryRun: false }));
    const seconds = (Date.now() - started) / 1000;
    expect(result).toMatchObject({ ok: true, summary: { tasks: 3000 } });
    // Tasks, timeline entries and notices go in batches of 1,000: a few more statements, not 3,000 more.
    expect(statements() - small).toBeLessThanOrEqual(8);
    const serials = await t.api.database.prisma.task.findMany({ where: { countyId: county().id, title: { startsWith: '批量事项' } }, select: { serial: true } });
    expect(new Set(serials.map((s) => s.serial)).size).toBe(3020);
    console.log(`ledger import: 3000 rows in ${seconds.toFixed(1)} s, ${statements()} statements (20 rows: ${small})`);
  }, 180_000);

  // F7: the upload a township's inspector can send is refused quickly, bilingually, without a
  // report, and without holding up other users' requests.
  it('refuses a workbook that unpacks to hundreds of MB, and another user is served meanwhile', async () => {
    const bomb = await workbookBomb(400);
    const caller = await t.api.as('a-duchashi');
    const other = await t.api.as('a-admin');
    const importing = drain(caller.task.importLedger({ fileBase64: bomb.toString('base64'), dryRun: true }));
    const me = await other.auth.me();
    expect(me?.username).toBe('a-admin');
    const { result } = await importing;
    expect(result).toMatchObject({ ok: false, errorReportBase64: null, errors: [{ row: 0, message: expect.stringContaining('工作簿解压后约 400 MB'), messageEn: expect.stringContaining('unpacks to about 400 MB') }] });
  });
});


// 库塘台账 as an Excel register (issue 14 items 1 and 8): a 5,000-row workbook with 10 bad rows
// gives exactly those 10 errors and commits nothing; fixed, it commits all; a re-import updates,
// never duplicates; the export imports again unchanged.
import { newId } from '@duban/plugin-sdk/db';
import { createPluginTestKit, drainImport, xlsxBase64, xlsxRows, type PluginTestKit, type TestCell } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import floodControl from '../src/server.ts';

const HEADER = ['所属单位', '名称', '类型', '总库容（万方）', '汛限水位（米）', '行政责任人', '技术责任人', '病险', '空库运行'];
const ROWS = 5000;

describe('flood control: the reservoir register imports from Excel', () => {
  let kit: PluginTestKit<'flood-control', typeof floodControl.router>;
  let township: string;
  let village: string;
  let neighbour: string;
  let adminPersonId: string;
  beforeAll(async () => {
    kit = await createPluginTestKit(floodControl);
    const db = kit.api.database.prisma;
    const unitName = async (id: string) => (await db.orgUnit.findFirstOrThrow({ where: { id } })).name;
    [township, village, neighbour] = [await unitName(kit.units.township), await unitName(kit.units.village), await unitName(kit.units.neighbourTownship)];
    adminPersonId = newId();
    await db.person.createMany({
      data: [
        { countyId: kit.units.county, id: adminPersonId, name: '张德明', phone: '13800000001', orgUnitId: kit.units.township },
        { countyId: kit.units.county, id: newId(), name: '李国强', phone: '13800000002', orgUnitId: kit.units.village },
      ],
    });
  }, 300_000);
  afterAll(() => kit.close());

  const good = (i: number): TestCell[] => [i % 2 ? village : township, `水库${String(i).padStart(5, '0')}`, i % 3 ? '水库' : '山坪塘', 10 + (i % 100), i % 3 ? 300.5 : null, '张德明', i % 2 ? '李国强' : null, i % 7 === 0 ? '是' : '否', '否'];
  // Ten kinds of mistake, each a row of its own (sheet row = index + 2).
  const bad: Record<number, (row: TestCell[]) => TestCell[]> = {
    17: (r) => ((r[3] = -50), r),
    240: (r) => ((r[0] = '不存在镇'), r),
    999: (r) => ((r[2] = '湖泊'), r),
    1500: (r) => ((r[1] = ''), r),
    2000: (r) => ((r[1] = '水库00000'), r), // the same unit and name as row 2: a duplicate
    2600: (r) => ((r[5] = '王不在'), r),
    3100: (r) => ((r[3] = '很多'), r),
    3700: (r) => ((r[3] = 1.234), r),
    4200: (r) => ((r[0] = neighbour), r),
    4998: (r) => ((r[4] = 20_000), r),
  };
  const sheet = (fix: boolean, change?: (i: number, r: TestCell[]) => TestCell[]) =>
    xlsxBase64('库塘台账', [HEADER, ...Array.from({ length: ROWS }, (_, i) => {
      const row = good(i);
      const broken = !fix && bad[i] ? bad[i]!(row) : row;
      return change ? change(i, broken) : broken;
    })]);

  it('reports exactly the ten bad rows of 5,000, in both languages, and commits nothing', async () => {
    const official = await kit.as('township-official');
    const { result, progress } = await drainImport(official['flood-control'].reservoir.import({ orgUnitId: kit.units.township, fileBase64: await sheet(false), dryRun: false }));
    expect(result.ok).toBe(false);
    expect(result.errorCount).toBe(10);
    expect(result.errors.map((e) => e.row).sort((a, b) => a - b)).toEqual(Object.keys(bad).map((i) => Number(i) + 2));
    const byRow = new Map(result.errors.map((e) => [e.row, e]));
    expect(byRow.get(19)).toMatchObject({ column: '总库容（万方）', message: '第 19 行:总库容（万方）不能小于 0', messageEn: 'Row 19: Capacity (10,000 m³) must be at least 0' });
    expect(byRow.get(2002)?.message).toContain('与第 2 行重复');
    expect(byRow.get(4202)?.messageEn).toContain('outside the unit you import into');
    expect(byRow.get(3702)?.messageEn).toContain('at most two decimals');
    expect(result.errors.every((e) => e.message && e.messageEn)).toBe(true);
    expect(progress.some((p) => p.phase === 'check')).toBe(true);
    expect(await kit.api.database.prisma.floodReservoir.count()).toBe(0);
    // The user's own workbook with an error column on the ten rows.
    const report = await xlsxRows(result.errorReportBase64!);
    expect(report[0]!.at(-1)).toBe('错误');
    expect(report.filter((r, i) => i > 0 && r.length > HEADER.length && r.at(-1)).length).toBe(10);
  }, 180_000);

  it('commits all 5,000 once fixed, links the responsible persons, and a re-import updates instead of duplicating', async () => {
    const official = await kit.as('township-official');
    const db = kit.api.database.prisma;
    const imported = await drainImport(official['flood-control'].reservoir.import({ orgUnitId: kit.units.township, fileBase64: await sheet(true), dryRun: false }));
    expect(imported.result).toMatchObject({ ok: true, rows: ROWS, summary: { created: ROWS, updated: 0, unchanged: 0 } });
    expect(await db.floodReservoir.count()).toBe(ROWS);
    const first = await db.floodReservoir.findFirstOrThrow({ where: { name: '水库00000' } });
    expect(first).toMatchObject({ adminPersonId, adminResponsible: '张德明', orgUnitId: kit.units.township, dangerous: true });

    const again = await drainImport(official['flood-control'].reservoir.import({ orgUnitId: kit.units.township, fileBase64: await sheet(true, (i, r) => (i < 100 ? ((r[3] = 999), r) : r)), dryRun: false }));
    expect(again.result).toMatchObject({ ok: true, summary: { created: 0, updated: 100, unchanged: ROWS - 100 } });
    expect(await db.floodReservoir.count()).toBe(ROWS);
    expect(Number((await db.floodReservoir.findFirstOrThrow({ where: { name: '水库00000' } })).capacity)).toBe(999);
  }, 240_000);

  it('exports with the list filters, and the export imports again unchanged', async () => {
    const official = await kit.as('township-official');
    const all = await official['flood-control'].reservoir.export({ orgUnitId: kit.units.township });
    expect(all.rows).toBe(ROWS);
    const dangerous = await official['flood-control'].reservoir.export({ orgUnitId: kit.units.township, filters: { dangerous: true } });
    const list = await official['flood-control'].reservoir.list({ orgUnitId: kit.units.township, filters: { dangerous: true } });
    expect(dangerous.rows).toBe(list.length);
    expect((await xlsxRows(dangerous.fileBase64, '库塘台账')).length).toBe(list.length + 1);
    const back = await drainImport(official['flood-control'].reservoir.import({ orgUnitId: kit.units.township, fileBase64: all.fileBase64, dryRun: true }));
    expect(back.result).toMatchObject({ ok: true, summary: { created: 0, updated: 0, unchanged: ROWS } });
  }, 240_000);

  it('gives a template with the columns and an example, and keeps imports within the caller\'s capture scope', async () => {
    const official = await kit.as('township-official');
    const template = await official['flood-control'].reservoir.template({ orgUnitId: kit.units.township });
    expect((await xlsxRows(template.fileBase64, '库塘台账'))[0]).toEqual(HEADER);
    expect((await xlsxRows(template.fileBase64, '示例'))[1]?.[1]).toBe('黄泥塘水库');
    const villager = await kit.as('village-official');
    await expect(drainImport(villager['flood-control'].reservoir.import({ orgUnitId: kit.units.village, fileBase64: await sheet(true), dryRun: true }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }, 60_000);

  it('refuses a negative capacity from the form too, instead of saving 0', async () => {
    const official = await kit.as('township-official');
    await expect(official['flood-control'].reservoir.create({ orgUnitId: kit.units.township, name: '负库容', kind: 'reservoir', capacity: -50 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(official['flood-control'].reservoir.update({ reservoirId: (await kit.api.database.prisma.floodReservoir.findFirstOrThrow()).id, capacity: -50 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

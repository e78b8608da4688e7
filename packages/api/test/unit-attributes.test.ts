import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';
import { drain, xlsxBase64 } from './import-helpers.ts';

type Summary = { units: number; values: number };
type Outcome = { ok: boolean; errors: { row: number; message: string; messageEn?: string }[]; summary: Summary | null };

/** 单位属性 (issue 14 item 3) through the real procedures: edit, import from Excel, roll up as a metric. */
describe('unit attributes', () => {
  const t = useTestCounty();
  const township = () => t.county.seeded.townships[0]!;

  it('sets and clears a unit\'s values for a year, and refuses values that do not fit the kind', async () => {
    const xiangzhen = await t.api.as('a-xiangzhen');
    const v = township().villages[0]!;
    await xiangzhen.unitAttribute.set({ unitId: v.id, year: 2026, values: [{ kind: 'households', value: 320 }, { kind: 'areaKm2', value: 12.5 }] });
    expect((await xiangzhen.unitAttribute.list({ unitId: township().id, year: 2026 })).children.find((c) => c.id === v.id)!.values).toEqual({ households: 320, areaKm2: 12.5 });
    await xiangzhen.unitAttribute.set({ unitId: v.id, year: 2026, values: [{ kind: 'areaKm2', value: null }] });
    expect((await xiangzhen.unitAttribute.list({ unitId: v.id, year: 2026 })).unit.values).toEqual({ households: 320 });
    await expect(xiangzhen.unitAttribute.set({ unitId: v.id, year: 2026, values: [{ kind: 'households', value: 1.5 }] })).rejects.toMatchObject({ message: '户数须为整数' });
    const audit = await t.api.database.prisma.auditLog.findMany({ where: { entityType: 'unitAttribute', entityId: `${v.id}/2026` } });
    expect(audit).toHaveLength(2);
    // The neighbouring township cannot edit it.
    const xiangzhen2 = await t.api.as('a-xiangzhen2');
    await expect(xiangzhen2.unitAttribute.set({ unitId: v.id, year: 2026, values: [{ kind: 'households', value: 1 }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('imports from Excel all or nothing, with bilingual row errors', async () => {
    const xiangzhen = await t.api.as('a-xiangzhen');
    const [v0, v1] = township().villages;
    const other = t.county.seeded.townships[1]!.villages[0]!;
    const header = ['年度', '单位编码', '单位名称', '户数(户)', '常住人口(人)', '面积(平方公里)'];
    const bad = await xlsxBase64('单位属性', [header, [2026, v0!.code, '', 410, 1300, 8.25], [2026, '', v1!.name, 'abc', '', ''], [2026, other.code, '', 5, '', '']]);
    const rejected = (await drain<Outcome>(xiangzhen.unitAttribute.import({ fileBase64: bad, dryRun: false }))).result!;
    expect(rejected.ok).toBe(false);
    expect(rejected.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(rejected.errors[0]!.messageEn).toMatch(/Row 3: Households .* "abc"/);
    expect(await t.api.database.prisma.unitAttributeValue.count({ where: { orgUnitId: v0!.id, kind: 'residentPopulation' } })).toBe(0);
    const good = await xlsxBase64('单位属性', [header, [2026, v0!.code, '', 410, 1300, 8.25], [2026, '', v1!.name, 290, '', '']]);
    const checked = (await drain<Outcome>(xiangzhen.unitAttribute.import({ fileBase64: good, dryRun: true }))).result!;
    expect(checked).toMatchObject({ ok: true, summary: { units: 2, values: 4 } });
    const done = (await drain<Outcome>(xiangzhen.unitAttribute.import({ fileBase64: good, dryRun: false }))).result!;
    expect(done).toMatchObject({ ok: true, summary: { units: 2, values: 4 } });
    const list = await xiangzhen.unitAttribute.list({ unitId: township().id, year: 2026 });
    expect(list.children.find((c) => c.id === v0!.id)!.values).toEqual({ households: 410, residentPopulation: 1300, areaKm2: 8.25 });
    expect(list.children.find((c) => c.id === v1!.id)!.values).toEqual({ households: 290 });
  });

  it('is a metric family: a township without its own figure has its villages\' total', async () => {
    const admin = await t.api.as('a-admin');
    expect((await admin.map.metrics()).map((m) => m.key)).toContain('core.unitAttribute:households');
    const byTownship = await admin.map.metricValues({ unitId: t.county.county.id, metricKey: 'core.unitAttribute:households', year: 2026 });
    expect(byTownship.values.find((v) => v.orgUnitId === township().id)?.value).toBe(410 + 290);
    // Its own figure, once entered, wins over the sum (no double count).
    await admin.unitAttribute.set({ unitId: township().id, year: 2026, values: [{ kind: 'households', value: 5000 }] });
    const again = await admin.map.metricValues({ unitId: t.county.county.id, metricKey: 'core.unitAttribute:households', year: 2026 });
    expect(again.values.find((v) => v.orgUnitId === township().id)?.value).toBe(5000);
    expect((await admin.map.metricValues({ unitId: t.county.county.id, metricKey: 'core.unitAttribute:households', year: 2025 })).values).toEqual([]);
  });
});

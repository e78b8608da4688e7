import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countyDateCell, endOfCountyDay, parseAmount, parseDateCell, readSheet, splitList } from '../../excel/index.ts';
import { checkKeyWorkRows, type KeyWorkImportContext } from './check-key-work.ts';
import { checkLedgerRows } from './check-ledger.ts';
import { exportKeyWork } from './key-work-files.ts';
import { KEY_WORK_SHEET } from './key-work-sheet.ts';
import { exportLedger } from '../ledger-export.ts';
import { LEDGER_SHEET } from './ledger-sheet.ts';
import { PersonDirectory } from './person-directory.ts';
import { UnitDirectory, type DirectoryUnit } from './unit-directory.ts';

const label = { header: '期限', headerEn: 'Deadline' };

/** A small county: 县 > 2 townships > villages, with one village name used twice. */
function county(): DirectoryUnit[] {
  const u = (id: string, name: string, path: string, level: string, archived = false): DirectoryUnit => ({ id, name, code: null, path, level, archivedAt: archived ? new Date() : null });
  return [
    u('c', '云峡县', '/c/', 'county'),
    u('t1', '青龙镇', '/c/t1/', 'township'),
    u('t2', '金凤镇', '/c/t2/', 'township'),
    u('v1', '石桥村', '/c/t1/v1/', 'village'),
    u('v2', '石桥村', '/c/t2/v2/', 'village'),
    u('v3', '桃园村', '/c/t1/v3/', 'village'),
    u('v4', '旧村', '/c/t1/v4/', 'village', true),
    u('d', '水利局', '/c/d/', 'department'),
  ];
}

describe('UnitDirectory', () => {
  const dir = new UnitDirectory(county());

  it('resolves names, names under ancestors and codes, and says why not', () => {
    expect(dir.resolve('青龙镇')).toMatchObject({ ok: true, unit: { id: 't1' } });
    expect(dir.resolve('青龙镇/石桥村')).toMatchObject({ ok: true, unit: { id: 'v1' } });
    expect(dir.resolve('云峡县 / 金凤镇 / 石桥村')).toMatchObject({ ok: true, unit: { id: 'v2' } });
    expect(dir.resolve('云峡县＞金凤镇＞石桥村')).toMatchObject({ ok: true, unit: { id: 'v2' } });
    expect(dir.resolve('石桥村')).toMatchObject({ ok: false, error: { zh: expect.stringContaining('有 2 个同名单位') } });
    expect(dir.resolve('旧村')).toMatchObject({ ok: false, error: { zh: '单位「旧村」已撤销', en: 'the unit "旧村" has been dissolved' } });
    expect(dir.resolve('金凤镇/桃园村')).toMatchObject({ ok: false, error: { zh: '未找到单位「金凤镇/桃园村」' } });
  });

  it('labels every unit so that the label resolves back to it (property)', () => {
    const names = ['甲', '乙', '丙'];
    const tree = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...names)), { minLength: 1, maxLength: 30 }).map((specs) => {
      const units: DirectoryUnit[] = [{ id: 'u0', name: '县', code: null, path: '/u0/', level: 'county', archivedAt: null }];
      specs.forEach(([parent, name], i) => {
        const p = units[parent % units.length]!;
        units.push({ id: `u${i + 1}`, name, code: null, path: `${p.path}u${i + 1}/`, level: 'village', archivedAt: null });
      });
      return units;
    });
    fc.assert(
      fc.property(tree, (units) => {
        const d = new UnitDirectory(units);
        for (const u of units) {
          const back = d.resolve(d.label(u));
          // Two units with the very same chain of names cannot be told apart by name; every other unit can.
          const twins = units.filter((o) => o.id !== u.id && [...d.ancestorNames(o), o.name].join('/') === [...d.ancestorNames(u), u.name].join('/'));
          if (twins.length === 0) expect(back).toMatchObject({ ok: true, unit: { id: u.id } });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('PersonDirectory', () => {
  const people = new PersonDirectory([
    { id: 'p1', name: '张三', phone: '13800000001', orgUnitId: 't1' },
    { id: 'p2', name: '张三', phone: '13800000002', orgUnitId: 't1' },
    { id: 'p3', name: '李四', phone: null, orgUnitId: 't1' },
  ]);
  const unit = { id: 't1', name: '青龙镇' };

  it('matches a name within the unit, with a phone when two share it', () => {
    expect(people.resolve('李四', unit)).toMatchObject({ ok: true, person: { id: 'p3' } });
    expect(people.resolve('张三', unit)).toMatchObject({ ok: false, error: { zh: expect.stringContaining('有 2 位「张三」') } });
    expect(people.resolve('张三（13800000002）', unit)).toMatchObject({ ok: true, person: { id: 'p2' } });
    expect(people.resolve('张三 13800000001', unit)).toMatchObject({ ok: true, person: { id: 'p1' } });
    expect(people.resolve('张三(13900000000)', unit)).toMatchObject({ ok: false, error: { zh: expect.stringContaining('手机号不是') } });
    expect(people.resolve('李四', { id: 't2', name: '金凤镇' })).toMatchObject({ ok: false, error: { zh: '责任人「李四」不在「金凤镇」的人员名单中' } });
    expect(people.label({ id: 'p1', name: '张三', phone: '13800000001', orgUnitId: 't1' })).toBe('张三(13800000001)');
    expect(people.label({ id: 'p3', name: '李四', phone: null, orgUnitId: 't1' })).toBe('李四');
  });
});

describe('cells', () => {
  it('reads dates however Excel or people wrote them', () => {
    for (const text of ['2026-06-30', '2026/6/30', '2026.6.30', '2026年6月30日', '2026-06-30T00:00:00.000Z', '46203']) {
      expect(parseDateCell(text, label), text).toEqual({ ok: true, value: { year: 2026, month: 6, day: 30 } });
    }
    for (const text of ['2026-02-30', '明天', '30/06/2026', '1999-01-01']) expect(parseDateCell(text, label).ok, text).toBe(false);
  });

  it('ends a deadline day at midnight in China, and writes it back as the same calendar date (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-02T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }), (d) => {
        const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const end = endOfCountyDay(day);
        expect(end.toISOString()).toBe(new Date(Date.UTC(day.year, day.month - 1, day.day, 15, 59, 59, 999)).toISOString());
        expect(parseDateCell(countyDateCell(end)!.toISOString(), label)).toEqual({ ok: true, value: day });
      }),
    );
  });

  it('reads amounts and lists', () => {
    expect(parseAmount('1,200.5', label)).toEqual({ ok: true, value: 1200.5 });
    expect(parseAmount('1.234', label).ok).toBe(false);
    expect(parseAmount('-1', label).ok).toBe(false);
    expect(splitList('青龙镇、金凤镇,水利局；青龙镇\n石桥村')).toEqual(['青龙镇', '金凤镇', '水利局', '石桥村']);
  });
});

describe('key work sheet', () => {
  const ref = (): KeyWorkImportContext => ({
    units: new UnitDirectory(county()),
    people: new PersonDirectory([{ id: 'p1', name: '王建国', phone: null, orgUnitId: 't1' }]),
    mayLead: () => true,
    existing: new Set(),
    today: { year: 2026, month: 1, day: 1 },
  });

  it('imports what it exports: codes, parts, targets, units and people survive the round trip', async () => {
    const deadline = endOfCountyDay({ year: 2026, month: 12, day: 31 });
    const file = await exportKeyWork([
      {
        code: '1', parentCode: null, title: '病险库塘整治', description: '汛前空库', source: 'document', documentNo: '云府发〔2026〕1号', year: 2026, leadUnit: '云峡县',
        assistingUnits: ['水利局', '金凤镇/石桥村'], responsiblePerson: null, deadline, lastProgressAt: null, stale: true,
        targets: [{ metric: '整治库塘', unit: '座', targetValue: 100, actual: 30, percent: 30 }, { metric: '新增蓄水', unit: '万立方米', targetValue: 12.5, actual: 0, percent: 0 }],
      },
      { code: '1.1', parentCode: '1', title: '病险库塘整治', description: null, source: null, documentNo: null, year: 2026, leadUnit: '青龙镇', assistingUnits: [], responsiblePerson: '王建国', deadline, lastProgressAt: new Date(), stale: false, targets: [{ metric: '整治库塘', unit: '座', targetValue: 60, actual: 30, percent: 50 }] },
    ]);
    const sheet = await readSheet(file, KEY_WORK_SHEET);
    expect(sheet.ok).toBe(true);
    const { drafts, errors } = await checkKeyWorkRows(sheet.ok ? sheet.rows : [], ref());
    expect(errors).toEqual([]);
    expect(drafts).toEqual([
      {
        row: 2, code: '1', parent: null, depth: 0, title: '病险库塘整治', description: '汛前空库', source: 'document', documentNo: '云府发〔2026〕1号', year: 2026, leadUnitId: 'c',
        assistingUnitIds: ['d', 'v2'], responsiblePersonId: null, deadline, targets: [{ metric: '整治库塘', unit: '座', targetValue: 100 }, { metric: '新增蓄水', unit: '万立方米', targetValue: 12.5 }],
      },
      {
        row: 4, code: '1.1', parent: 0, depth: 1, title: '病险库塘整治', description: null, source: null, documentNo: null, year: 2026, leadUnitId: 't1',
        assistingUnitIds: [], responsiblePersonId: 'p1', deadline, targets: [{ metric: '整治库塘', unit: '座', targetValue: 60 }],
      },
    ]);
  });

  it('allows at most ten targets to a key work', async () => {
    const rows = Array.from({ length: 11 }, (_, i) => ({
      row: i + 2,
      cells: { code: 'A', parentCode: '', title: i ? '' : '指标很多的工作', description: '', source: '', documentNo: '', year: '', leadUnit: i ? '' : '青龙镇', assistingUnits: '', responsiblePerson: '', deadline: i ? '' : '2026-12-31', metric: `指标${i}`, unit: '个', targetValue: '1', actual: '', percent: '', lastProgressAt: '', progressState: '' },
    }));
    const { errors } = await checkKeyWorkRows(rows, ref());
    expect(errors).toEqual([expect.objectContaining({ row: 12, column: '指标名称', message: '第 12 行:一项重点工作最多 10 个指标' })]);
  });
});

describe('ledger sheet', () => {
  it('imports the board\'s export (after renaming the items) and checks scope per row', async () => {
    const deadline = endOfCountyDay({ year: 2026, month: 7, day: 1 });
    const file = await exportLedger([
      { serial: '督办〔2026〕1号', kind: 'complaint', title: '粪污直排', responsibleUnit: '金凤镇/石桥村', supervisingUnit: '水利局', assisting: ['青龙镇'], deadline, status: 'rectifying', escalation: 'listed', listedLeader: '王建国（青龙镇 党委书记）', signedAt: null, closedAt: null, notifiedAt: null, satisfaction: null, proposer: '李女士', proposerPhone: '13800000000' },
    ], new Date('2026-06-01T00:00:00Z'));
    const sheet = await readSheet(file, LEDGER_SHEET);
    const rows = sheet.ok ? sheet.rows : [];
    const ref = { units: new UnitDirectory(county()), people: new PersonDirectory([]), openItems: new Map(), now: new Date('2026-06-01T00:00:00Z') };
    const ok = await checkLedgerRows(rows, { ...ref, maySupervise: (u) => u.id === 'd' });
    expect(ok.errors).toEqual([]);
    expect(ok.drafts).toEqual([{ row: 2, kind: 'complaint', title: '粪污直排', description: null, supervisingUnitId: 'd', responsibleUnitId: 'v2', assistingUnitIds: ['t1'], responsiblePersonId: null, deadline, proposer: '李女士', proposerPhone: '13800000000' }]);
    const outside = await checkLedgerRows(rows, { ...ref, maySupervise: () => false });
    expect(outside).toEqual({ drafts: [], errors: [expect.objectContaining({ row: 2, column: '督办单位', columnEn: 'Supervising unit', messageEn: 'Row 2: "水利局" is outside the units you may hand over from' })] });
  });
});

import { exportOrgTree, parseOrgTree } from '@duban/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

describe('org tree Excel import and export through the API', () => {
  const t = useTestCounty();

  it('exports the subtree, which parses back to the same tree', async () => {
    const admin = await t.api.as('a-admin');
    const exported = await admin.orgUnit.export({ rootId: t.county.county.id });
    const parsed = await parseOrgTree(Buffer.from(exported.fileBase64, 'base64'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(exported.rows);
    const units = await admin.orgUnit.subtree({ rootId: t.county.county.id });
    expect(exported.rows).toBe(units.length);
  });

  it('imports new villages and groups under a township, audited, and renames by code', async () => {
    const admin = await t.api.as('a-admin');
    const township = t.county.seeded.townships[0]!;
    const file = await exportOrgTree([
      { code: township.code, name: township.name, level: 'township', parentCode: t.county.county.code, district: null },
      { code: 'V900', name: '新华村', level: 'village', parentCode: township.code, district: null },
      { code: 'G901', name: '一组', level: 'group', parentCode: 'V900', district: null },
      { code: 'G902', name: '二组', level: 'group', parentCode: 'V900', district: null },
    ]);
    const dry = await admin.orgUnit.import({ rootId: township.id, fileBase64: file.toString('base64'), dryRun: true });
    expect(dry).toMatchObject({ ok: true, created: 3, updated: 0 });
    expect(await t.api.database.prisma.orgUnit.count({ where: { code: 'V900' } })).toBe(0);
    const done = await admin.orgUnit.import({ rootId: township.id, fileBase64: file.toString('base64'), dryRun: false });
    expect(done).toMatchObject({ ok: true, created: 3 });
    const village = await t.api.database.prisma.orgUnit.findFirstOrThrow({ where: { code: 'V900' } });
    expect(village.path).toBe(`${township.path}${village.id}/`);
    const renamed = await exportOrgTree([{ code: 'V900', name: '新华社区', level: 'village', parentCode: township.code, district: null }]);
    expect(await admin.orgUnit.import({ rootId: township.id, fileBase64: renamed.toString('base64') })).toMatchObject({ ok: true, created: 0, updated: 1 });
    expect((await t.api.database.prisma.orgUnit.findFirstOrThrow({ where: { code: 'V900' } })).name).toBe('新华社区');
    const log = await admin.audit.list({ procedure: 'orgUnit.import' });
    expect(log.items.map((l) => l.detail)).toContain('imported 3 new, 0 renamed');
  });

  it('rejects a file with errors as a whole and returns a report with the error column', async () => {
    const admin = await t.api.as('a-admin');
    const township = t.county.seeded.townships[0]!;
    const file = await exportOrgTree([
      { code: 'V950', name: '好村', level: 'village', parentCode: township.code, district: null },
      { code: 'G951', name: '一组', level: 'group', parentCode: 'NOPE', district: null },
    ]);
    const before = await t.api.database.prisma.orgUnit.count();
    const result = await admin.orgUnit.import({ rootId: township.id, fileBase64: file.toString('base64'), dryRun: false });
    expect(result.ok).toBe(false);
    expect(result.errors[0]!.message).toMatch(/上级编码「NOPE」不存在/);
    expect(await t.api.database.prisma.orgUnit.count()).toBe(before);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load(Buffer.from(result.errorReportBase64!, 'base64') as unknown as ArrayBuffer);
    const sheet = report.worksheets[0]!;
    const header = sheet.getRow(1).values as unknown[];
    expect(header).toContain('错误');
  });

  it('does not let a township official import outside their township', async () => {
    const official = await t.api.as('a-xiangzhen');
    const other = t.county.seeded.townships[1]!;
    const file = await exportOrgTree([{ code: 'V960', name: '越界村', level: 'village', parentCode: other.code, district: null }]);
    await expect(official.orgUnit.import({ rootId: other.id, fileBase64: file.toString('base64') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('org tree Excel round trip below the county', () => {
  const t = useTestCounty();

  it('re-imports an exported township unchanged, and reports a file that is not a workbook', async () => {
    const admin = await t.api.as('a-admin');
    const township = t.county.seeded.townships[0]!;
    const exported = await admin.orgUnit.export({ rootId: township.id });
    const again = await admin.orgUnit.import({ rootId: township.id, fileBase64: exported.fileBase64, dryRun: true });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0 });
    const junk = await admin.orgUnit.import({ rootId: township.id, fileBase64: Buffer.from('not a workbook').toString('base64') });
    expect(junk.ok).toBe(false);
    expect(junk.errors.length).toBeGreaterThan(0);
  });
});

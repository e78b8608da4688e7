import { verifyAudit } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

describe('org units through the API', () => {
  const t = useTestCounty();

  it('lists the subtree in tree order and gets a unit with its ancestors', async () => {
    const admin = await t.api.as('a-admin');
    const units = await admin.orgUnit.subtree({ rootId: t.county.county.id });
    expect(units[0]!.level).toBe('county');
    expect(units.filter((u) => u.level === 'township')).toHaveLength(3);
    const village = units.find((u) => u.level === 'village')!;
    const detail = await admin.orgUnit.get({ id: village.id });
    expect(detail.ancestors.map((a) => a.level)).toEqual(['county', 'township']);
  });

  it('creates, renames, moves and archives, each audited', async () => {
    const admin = await t.api.as('a-admin');
    const [t1, t2] = t.county.seeded.townships;
    const v = await admin.orgUnit.create({ parentId: t1!.id, name: '新建村', level: 'village', code: 'NEW1' });
    expect(v.path).toBe(`${t1!.path}${v.id}/`);
    const g = await admin.orgUnit.create({ parentId: v.id, name: '一组', level: 'group' });
    await admin.orgUnit.update({ id: v.id, name: '新建村(改)' });
    const moved = await admin.orgUnit.move({ id: v.id, newParentId: t2!.id });
    expect(moved.path).toBe(`${t2!.path}${v.id}/`);
    const group = await admin.orgUnit.get({ id: g.id });
    expect(group.unit.path).toBe(`${t2!.path}${v.id}/${g.id}/`);
    expect(await admin.orgUnit.archive({ id: v.id })).toEqual({ archived: 2 });
    const audit = await admin.audit.list({ procedure: 'orgUnit.' });
    expect(audit.items.map((a) => a.procedure)).toEqual(['orgUnit.archive', 'orgUnit.move', 'orgUnit.update', 'orgUnit.create', 'orgUnit.create']);
    expect((await verifyAudit(t.api.database.prisma)).problems).toEqual([]);
  });

  it('rejects bad input with zod messages and wrong levels with a domain error', async () => {
    const admin = await t.api.as('a-admin');
    const t1 = t.county.seeded.townships[0]!;
    await expect(admin.orgUnit.create({ parentId: t1.id, name: '', level: 'village' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(admin.orgUnit.create({ parentId: t1.id, name: '错层', level: 'group' })).rejects.toThrow(/组不能设在乡镇/);
    await expect(admin.orgUnit.get({ id: '00000000-0000-0000-0000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses mutations without the CSRF token, and audits the denial', async () => {
    const noCsrf = await t.api.as('a-admin', { csrf: false });
    await expect(noCsrf.orgUnit.create({ parentId: t.county.county.id, name: '无令牌局', level: 'department' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await t.api.as('a-admin');
    const denied = await admin.audit.list({ outcome: 'denied' });
    expect(denied.items[0]?.detail).toMatch(/CSRF/);
  });
});

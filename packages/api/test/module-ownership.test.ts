import { newId } from '@duban/db';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../src/testing/index.ts';
import { useTestCounty } from './county-fixture.ts';

const HOUR = 3_600_000;
const facts = { harmed: 3, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1, spreading: false, crossBorder: false, severeSocialImpact: false, beyondProvincialCapacity: false, handledBy: 'county' as const };

// C1: a department owns its modules. 水利局 (a-shuili) owns 防汛抗旱, 市场监督管理局 (a-shijian)
// owns 食品安全; each is the other's stranger. Both hold module-admin at the county.
describe('departments own their modules', () => {
  const t = useTestCounty();
  const township = (i = 0) => t.county.seeded.townships[i]!;
  const denied = { code: 'FORBIDDEN' };

  it('gives each department the module role of its own module, and no other module', async () => {
    const roles = async (username: string) =>
      (await t.api.database.prisma.roleAssignment.findMany({ where: { user: { username } }, include: { role: true } })).map((a) => a.role.key).sort();
    expect(await roles('a-shuili')).toEqual(['department-admin', 'module-admin', 'module:flood-control']);
    expect(await roles('a-shijian')).toEqual(['department-admin', 'module-admin', 'module:food-safety']);
    const shuili = await t.api.as('a-shuili');
    expect((await shuili.plugin.enablements({ orgUnitId: t.county.county.id })).map((e) => e.plugin.id)).toEqual(['flood-control']);
    const shijian = await t.api.as('a-shijian');
    expect((await shijian.plugin.enablements({ orgUnitId: t.county.county.id })).map((e) => e.plugin.id)).toEqual(['food-safety']);
    const admin = await t.api.as('a-admin');
    expect((await admin.plugin.enablements({ orgUnitId: t.county.county.id })).map((e) => [e.plugin.id, e.standing]).sort()).toEqual([['flood-control', 'county-admin'], ['food-safety', 'county-admin']]);
  });

  it('水利局 switches 防汛抗旱 on for a township and works in it', async () => {
    const shuili = await t.api.as('a-shuili');
    await shuili.plugin.setEnablement({ orgUnitId: township().id, pluginId: 'flood-control', enabled: true });
    await shuili['flood-control'].reservoir.create({ orgUnitId: township().id, name: '青龙水库', kind: 'reservoir', capacity: 120 });
    expect((await shuili['flood-control'].reservoir.list({ orgUnitId: township().id })).map((r) => r.name)).toContain('青龙水库');
    // The county-wide register: read at the county, where the module is on only below.
    expect((await shuili['flood-control'].reservoir.list({ orgUnitId: t.county.county.id })).map((r) => r.name)).toContain('青龙水库');
  });

  it('水利局 cannot enable, disable, configure, grant, read or confirm in 食品安全 (F9)', async () => {
    const shijian = await t.api.as('a-shijian');
    await shijian.plugin.setEnablement({ orgUnitId: township(1).id, pluginId: 'food-safety', enabled: true });
    const discoveredAt = new Date(Date.now() - 2 * HOUR);
    const incident = await shijian['food-safety'].incident.create({
      ...facts, orgUnitId: township(1).id, title: '聚餐食物中毒', occurredAt: new Date(discoveredAt.getTime() - HOUR).toISOString(), discoveredAt: discoveredAt.toISOString(),
      place: '镇中学食堂', unitsInvolved: '食堂', initialReport: { reportedAt: new Date(discoveredAt.getTime() + HOUR).toISOString(), reportedTo: '县市场监管局', content: '已送医' },
    });

    const shuili = await t.api.as('a-shuili');
    const notOwner = { code: 'FORBIDDEN', message: expect.stringContaining('由市场监督管理局主管') };
    // F9: 水利局's module administrator switched off 市场监管局's module for a township.
    await expect(shuili.plugin.setEnablement({ orgUnitId: township(1).id, pluginId: 'food-safety', enabled: false })).rejects.toMatchObject(notOwner);
    await expect(shuili.plugin.setEnablement({ orgUnitId: township(2).id, pluginId: 'food-safety', enabled: true })).rejects.toMatchObject(notOwner);
    await expect(shuili.plugin.setEnablement({ orgUnitId: township(1).id, pluginId: 'food-safety', enabled: true, settings: { vetoLevel: 'IV' } })).rejects.toMatchObject(notOwner);
    await expect(shuili.plugin.grant({ orgUnitId: township(1).id, pluginId: 'food-safety', userId: (await userId('a-shuili')) })).rejects.toMatchObject(notOwner);
    await expect(shuili.plugin.grants({ orgUnitId: township(1).id, pluginId: 'food-safety' })).rejects.toMatchObject(notOwner);
    await expect(shuili['food-safety'].incident.list({ orgUnitId: township(1).id })).rejects.toMatchObject(denied);
    await expect(shuili['food-safety'].incident.list({ orgUnitId: t.county.county.id })).rejects.toMatchObject(denied);
    await expect(shuili['food-safety'].incident.confirm({ incidentId: incident.id, level: 'IV', reason: '一般事故' })).rejects.toMatchObject(denied);

    // Nothing changed: the module is still on, with its settings, and 市场监管局 confirms.
    const state = (await shijian.plugin.enablements({ orgUnitId: township(1).id })).find((e) => e.plugin.id === 'food-safety')!;
    expect(state.effective).toMatchObject({ enabled: true, settings: { vetoLevel: 'II' } });
    expect(await shijian['food-safety'].incident.confirm({ incidentId: incident.id, level: 'IV', reason: '一般事故' })).toMatchObject({ confirmedLevel: 'IV' });
  });

  it('市场监管局 cannot enable, configure, grant or read 防汛抗旱', async () => {
    const shijian = await t.api.as('a-shijian');
    const notOwner = { code: 'FORBIDDEN', message: expect.stringContaining('由水利局主管') };
    await expect(shijian.plugin.setEnablement({ orgUnitId: township().id, pluginId: 'flood-control', enabled: false })).rejects.toMatchObject(notOwner);
    await expect(shijian.plugin.setEnablement({ orgUnitId: township(2).id, pluginId: 'flood-control', enabled: true, settings: { floodSeasonStart: '05-01' } })).rejects.toMatchObject(notOwner);
    await expect(shijian.plugin.grant({ orgUnitId: township().id, pluginId: 'flood-control', userId: await userId('a-shijian') })).rejects.toMatchObject(notOwner);
    await expect(shijian['flood-control'].reservoir.list({ orgUnitId: township().id })).rejects.toMatchObject(denied);
    await expect(shijian['flood-control'].reservoir.create({ orgUnitId: township().id, name: '假水库', kind: 'pond', capacity: 1 })).rejects.toMatchObject(denied);
    expect((await shijian.plugin.history({ orgUnitId: t.county.county.id })).some((h) => h.detail?.startsWith('flood-control '))).toBe(false);
  });

  it('reads a county-wide register, and says why in Chinese where the module is on nowhere below', async () => {
    const shijian = await t.api.as('a-shijian');
    const county = await shijian['food-safety'].incident.list({ orgUnitId: t.county.county.id });
    expect(county.map((i) => i.title)).toContain('聚餐食物中毒');
    await shijian.plugin.setEnablement({ orgUnitId: township(1).id, pluginId: 'food-safety', enabled: false });
    const refusal = await shijian['food-safety'].incident.list({ orgUnitId: t.county.county.id }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', message: `无权访问：「食品安全」未在「${t.county.county.name}」启用，请联系主管部门` });
    expect((refusal as { cause: { key: string; params: object } }).cause).toMatchObject({ key: 'errors.access.moduleOff', params: { unit: t.county.county.name } });
    await shijian.plugin.setEnablement({ orgUnitId: township(1).id, pluginId: 'food-safety', enabled: true });
  });

  it('lets the owner grant its module role to its own staff only, and take it back', async () => {
    const shijian = await t.api.as('a-shijian');
    const colleague = await newUserIn('market-regulation', 'a-shijian2');
    const granted = await shijian.plugin.grant({ orgUnitId: township(1).id, pluginId: 'food-safety', userId: colleague });
    expect((await shijian.plugin.grants({ orgUnitId: t.county.county.id, pluginId: 'food-safety' })).map((g) => [g.user.username, g.unit.name])).toContainEqual(['a-shijian2', township(1).name]);
    expect((await shijian.plugin.grantCandidates({ orgUnitId: township(1).id, pluginId: 'food-safety' })).map((u) => u.username)).toEqual(['a-shijian', 'a-shijian2']);
    const colleagueApi = await t.api.as('a-shijian2');
    expect(await colleagueApi['food-safety'].incident.list({ orgUnitId: township(1).id })).toHaveLength(1);
    await expect(colleagueApi['food-safety'].incident.list({ orgUnitId: township(2).id })).rejects.toMatchObject(denied);
    await expect(shijian.plugin.grant({ orgUnitId: township(1).id, pluginId: 'food-safety', userId: await userId('a-shuili') })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('只能授予市场监督管理局的人员') });
    await shijian.plugin.revokeGrant({ assignmentId: granted.id });
    await expect((await t.api.as('a-shijian2'))['food-safety'].incident.list({ orgUnitId: township(1).id })).rejects.toMatchObject(denied);
  });

  it('lets a county administrator manage any module, and says so in the audit log', async () => {
    const admin = await t.api.as('a-admin');
    await admin.plugin.setEnablement({ orgUnitId: township(2).id, pluginId: 'food-safety', enabled: true });
    const row = await t.api.database.prisma.auditLog.findFirst({ where: { procedure: 'plugin.setEnablement', orgUnitId: township(2).id }, orderBy: { seq: 'desc' } });
    expect(row?.detail).toBe(`food-safety enabled for ${township(2).name} (as county administrator)`);
  });

  const userId = async (username: string) => (await t.api.database.prisma.user.findUniqueOrThrow({ where: { username } })).id;
  async function newUserIn(departmentCode: string, username: string) {
    const prisma = t.api.database.prisma;
    const countyId = t.county.county.id;
    const department = await prisma.orgUnit.findFirstOrThrow({ where: { countyId, level: 'department', code: departmentCode } });
    const personId = newId();
    await prisma.person.create({ data: { countyId, id: personId, name: '同事', orgUnitId: department.id } });
    const { hashPassword } = await import('@duban/core');
    const id = newId();
    await prisma.user.create({ data: { countyId, id, username, passwordHash: await hashPassword(TEST_PASSWORD), personId } });
    return id;
  }
});

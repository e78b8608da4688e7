import { createPluginTestKit, type PluginTestKit } from '@duban/plugin-sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import foodSafetyPlugin from '../src/server.ts';
import { yearPeriod } from '../src/shared/periods.ts';

const HOUR = 3_600_000;
const iso = (d: Date) => d.toISOString();
const facts = { harmed: 0, deaths: 0, countiesAffected: 1, prefecturesAffected: 1, provincesAffected: 1, spreading: false, crossBorder: false, severeSocialImpact: false, beyondProvincialCapacity: false, handledBy: 'county' as const };

// Each scenario happens in its own year, so the vetoes of one do not leak into another's period.
describe('食品安全 (food-safety): incidents, levels and the veto', () => {
  let kit: PluginTestKit<'food-safety', typeof foodSafetyPlugin.router>;
  const veto = (key: string) => foodSafetyPlugin.vetoes!.find((v) => v.key === key)!;
  const evaluate = (key: string, year: number, orgUnitIds = [kit.units.township, kit.units.village, kit.units.neighbourTownship, kit.units.county]) =>
    veto(key).evaluate(kit.api.database.prisma, { countyId: kit.units.county, orgUnitIds, period: yearPeriod(year) });
  const record = async (year: number, extra: Partial<typeof facts> & { reportAfterHours?: number | null; orgUnitId?: string }) => {
    const official = await kit.as('township-official');
    const occurredAt = new Date(`${year}-06-01T04:00:00Z`);
    const discoveredAt = new Date(occurredAt.getTime() + HOUR);
    const { reportAfterHours = 1, orgUnitId = kit.units.village, ...more } = extra;
    return official['food-safety'].incident.create({
      ...facts, ...more, orgUnitId, title: `${year}年聚餐食物中毒`, occurredAt: iso(occurredAt), discoveredAt: iso(discoveredAt),
      place: '村委会旁农家乐', unitsInvolved: '某农家乐',
      initialReport: reportAfterHours === null ? null : { reportedAt: iso(new Date(discoveredAt.getTime() + reportAfterHours * HOUR)), reportedTo: '镇食安办', content: '已送医' },
    });
  };

  beforeAll(async () => {
    kit = await createPluginTestKit(foodSafetyPlugin);
  });
  afterAll(() => kit.close());

  it('suggests the level from the facts and shows every criterion; an official confirms it with a reason', async () => {
    const created = await record(2020, { harmed: 120, deaths: 1 });
    expect(created.suggestedLevel).toBe('II');
    expect(created.level).toBe('II');
    expect(created.classification.reasons.map((r) => r.rule)).toEqual(['II-2']);
    expect(created.classification.checks.find((c) => c.rule === 'II-3')).toMatchObject({ met: false, facts: { zh: '死亡 1 例(标准:10 例以上)' } });
    expect(created.reporting.status).toBe('on-time');
    expect(created.vetoed).toBe(true);
    // A township reports; it does not grade its own incident.
    const official = await kit.as('township-official');
    await expect(official['food-safety'].incident.confirm({ incidentId: created.id, level: 'III', reason: '降级' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bureau = await kit.as('module-admin');
    const confirmed = await bureau['food-safety'].incident.confirm({ incidentId: created.id, level: 'III', reason: '经流行病学调查,死亡病例与本次事故无关' });
    expect(confirmed).toMatchObject({ suggestedLevel: 'II', confirmedLevel: 'III', level: 'III', confirmReason: '经流行病学调查,死亡病例与本次事故无关', vetoed: false });
    expect(await evaluate('food-safety.major-incident', 2020)).toEqual(new Map([
      [kit.units.township, { vetoed: false }], [kit.units.village, { vetoed: false }], [kit.units.neighbourTownship, { vetoed: false }], [kit.units.county, { vetoed: false }],
    ]));
  });

  it('vetoes the responsible unit and every unit above it for the year of a level-II incident, not the neighbour or another year', async () => {
    await record(2021, { harmed: 100, deaths: 1 });
    const result = await evaluate('food-safety.major-incident', 2021);
    expect(result.get(kit.units.village)).toEqual({ vetoed: true, reason: '发生重大(II级)食品安全事故「2021年聚餐食物中毒」(建议等级,待认定;重大(II级)及以上一票否决)' });
    expect(result.get(kit.units.township)?.vetoed).toBe(true);
    expect(result.get(kit.units.county)?.vetoed).toBe(true);
    expect(result.get(kit.units.neighbourTownship)).toEqual({ vetoed: false });
    expect((await evaluate('food-safety.major-incident', 2022)).get(kit.units.township)).toEqual({ vetoed: false });
    // One below the boundary (99 harmed with a death is III) does not veto.
    await record(2023, { harmed: 99, deaths: 1 });
    expect((await evaluate('food-safety.major-incident', 2023)).get(kit.units.township)).toEqual({ vetoed: false });
  });

  it('follows the configured veto level (a setting of the unit)', async () => {
    await record(2024, { harmed: 100 }); // III
    expect((await evaluate('food-safety.major-incident', 2024)).get(kit.units.township)?.vetoed).toBe(false);
    await kit.enable(kit.units.township, true, { vetoLevel: 'III' });
    expect((await evaluate('food-safety.major-incident', 2024)).get(kit.units.township)?.vetoed).toBe(true);
    await kit.enable(kit.units.township, true, { vetoLevel: 'II' });
  });

  it('flags an incident reported late or not at all; concealment and falsification veto', async () => {
    const late = await record(2025, { harmed: 3, reportAfterHours: 5 });
    expect(late.reporting.status).toBe('late');
    expect(late.vetoed).toBe(false);
    expect((await evaluate('food-safety.concealment', 2025)).get(kit.units.township)).toEqual({ vetoed: false });

    const hidden = await record(2019, { harmed: 3, reportAfterHours: null });
    expect(hidden.reporting.status).toBe('concealed');
    expect(hidden.vetoReasons.map((r) => r.kind)).toEqual(['concealment']);
    expect((await evaluate('food-safety.concealment', 2019)).get(kit.units.township)).toEqual({ vetoed: true, reason: '食品安全事故「2019年聚餐食物中毒」隐瞒不报(超过 24 小时未报告)' });
    // Reporting it late does not undo the concealment (the report came after the limit).
    const official = await kit.as('township-official');
    const reported = await official['food-safety'].incident.addReport({ incidentId: hidden.id, kind: 'initial', reportedAt: iso(new Date()), reportedTo: '县市场监管局', content: '补报' });
    expect(reported.reporting.status).toBe('concealed');
    expect(reported.reports).toHaveLength(1);
    // Once reported, the reason says it was reported too late, not that it never was.
    const lateReason = (await evaluate('food-safety.concealment', 2019)).get(kit.units.township);
    expect(lateReason?.vetoed).toBe(true);
    expect(lateReason?.reason).toMatch(/^食品安全事故「2019年聚餐食物中毒」隐瞒不报\(发现后 \d+ 小时才报告,超过 24 小时时限\)$/);
    await expect(official['food-safety'].incident.addReport({ incidentId: hidden.id, kind: 'initial', reportedAt: iso(new Date()), reportedTo: '县市场监管局', content: '再报' })).rejects.toMatchObject({ code: 'CONFLICT' });

    const falsified = await record(2018, { harmed: 3 });
    const bureau = await kit.as('module-admin');
    await bureau['food-safety'].incident.confirm({ incidentId: falsified.id, level: 'IV', reason: '一般事故', falsified: true });
    expect((await evaluate('food-safety.concealment', 2018)).get(kit.units.township)?.reason).toBe('食品安全事故「2018年聚餐食物中毒」弄虚作假');
  });

  it('vetoes a criminal case not transferred by its deadline, not one transferred in time or declined with a reason', async () => {
    const bureau = await kit.as('module-admin');
    const create = (title: string, suspectedAt: string) => bureau['food-safety'].transfer.create({ orgUnitId: kit.units.township, caseNo: title, title, suspectedAt });
    const overdue = await create('逾期未移送案', '2017-03-01T02:00:00Z');
    expect(overdue.deadline).toEqual(new Date('2017-03-04T02:00:00Z'));
    expect(overdue.state).toBe('overdue');
    const inTime = await create('按时移送案', '2017-04-01T02:00:00Z');
    await bureau['food-safety'].transfer.recordOutcome({ transferId: inTime.id, outcome: 'transferred', transferredAt: '2017-04-03T02:00:00Z', receivingOrgan: '县公安局' });
    const declined = await create('不予移送案', '2017-05-01T02:00:00Z');
    await bureau['food-safety'].transfer.recordOutcome({ transferId: declined.id, outcome: 'declined', declineReason: '经审查不构成犯罪' });
    await expect(bureau['food-safety'].transfer.recordOutcome({ transferId: declined.id, outcome: 'transferred', transferredAt: '2017-05-02T02:00:00Z', receivingOrgan: '县公安局' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(bureau['food-safety'].transfer.recordOutcome({ transferId: overdue.id, outcome: 'declined' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const result = await evaluate('food-safety.case-not-transferred', 2017);
    expect(result.get(kit.units.township)).toEqual({ vetoed: true, reason: '案件「逾期未移送案」(逾期未移送案)认定涉嫌犯罪后未按规定移送司法机关' });
    expect(result.get(kit.units.county)?.vetoed).toBe(true);
    expect(result.get(kit.units.neighbourTownship)?.vetoed).toBe(false);

    // Transferred after the deadline is still a failure to transfer as required.
    await bureau['food-safety'].transfer.recordOutcome({ transferId: overdue.id, outcome: 'transferred', transferredAt: '2017-03-10T02:00:00Z', receivingOrgan: '县公安局' });
    expect((await evaluate('food-safety.case-not-transferred', 2017)).get(kit.units.township)?.reason).toBe('案件「逾期未移送案」(逾期未移送案)认定涉嫌犯罪后未在规定时限内移送司法机关(逾期移送)');
    const list = await bureau['food-safety'].transfer.list({ orgUnitId: kit.units.township });
    expect(list.map((c) => c.state).sort()).toEqual(['declined', 'transferred', 'transferred-late']);
  });

  it('shows a unit its veto standing for a year, condition by condition', async () => {
    const official = await kit.as('township-official');
    const status = await official['food-safety'].overview.vetoStatus({ orgUnitId: kit.units.township, year: 2021 });
    expect(status.map((s) => [s.key, s.vetoed])).toEqual([['food-safety.major-incident', true], ['food-safety.concealment', false], ['food-safety.case-not-transferred', false]]);
  });

  it('rejects impossible facts with field messages', async () => {
    const official = await kit.as('township-official');
    const attempt = official['food-safety'].incident.create({
      ...facts, harmed: 3, deaths: 5, countiesAffected: 1, prefecturesAffected: 2, orgUnitId: kit.units.township, title: '错误', occurredAt: iso(new Date(Date.now() - HOUR)),
      discoveredAt: iso(new Date(Date.now() - 2 * HOUR)), place: '某地', unitsInvolved: '某店',
    });
    await expect(attempt).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const error = (await attempt.catch((e: unknown) => e)) as { cause?: { issues?: { path: string[]; message: string }[] } };
    expect(error.cause?.issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['deaths', '死亡人数不能多于伤害人数(伤害人数含死亡)'],
      ['prefecturesAffected', '涉及的地市数不能多于县级行政区域数'],
      ['discoveredAt', '发现时间不能早于发生时间'],
    ]);
  });

  it('answers 403 where the plugin is not enabled, outside the caller\'s scope and in another county', async () => {
    const admin = await kit.as('county-admin');
    await expect(admin['food-safety'].incident.list({ orgUnitId: kit.units.neighbourTownship })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(admin['food-safety'].sampling.dashboard({ orgUnitId: kit.units.neighbourTownship, year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const official = await kit.as('township-official');
    await expect(official['food-safety'].incident.list({ orgUnitId: kit.units.neighbourTownship })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await kit.as('other-county-admin');
    await expect(other['food-safety'].incident.list({ orgUnitId: kit.units.township })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Switched off at the village, the township's villages opt out too.
    await kit.enable(kit.units.village, false);
    await expect(official['food-safety'].incident.list({ orgUnitId: kit.units.village })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await official['food-safety'].incident.list({ orgUnitId: kit.units.township, year: 2021 })).map((i) => i.title)).toEqual(['2021年聚餐食物中毒']);
    await kit.enable(kit.units.village, true);
  });
});

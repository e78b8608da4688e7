import { applyEscalation } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;

describe('挂牌督办 by rule names a responsible leader', () => {
  const t = useTestCounty();
  const office = () => t.county.seeded.departments.get('supervision-office')!;
  const township = (i: number) => t.county.seeded.townships[i]!;
  const peopleOf = (unitId: string) => t.county.seeded.people.filter((p) => p.unit.id === unitId);
  const escalate = (days: number) => t.api.database.prisma.$transaction((tx) => applyEscalation(tx, new Date(Date.now() + days * DAY), t.api.services.sms));
  const handOver = async (title: string, responsibleUnitId: string) =>
    (await t.api.as('a-duchashi')).task.handOver({ kind: 'rectification', title, supervisingUnitId: office().id, responsibleUnitId, deadline: new Date(Date.now() + DAY).toISOString() });

  it('designates unit leaders; a leader must be one of the unit\'s own people', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const [secretary] = peopleOf(township(0).id);
    await duchashi.supervision.setLeader({ orgUnitId: township(0).id, personId: secretary!.id });
    const leaders = await duchashi.supervision.leaders();
    expect(leaders).toEqual([expect.objectContaining({ orgUnit: expect.objectContaining({ id: township(0).id }), person: expect.objectContaining({ id: secretary!.id }) })]);
    await expect(duchashi.supervision.setLeader({ orgUnitId: township(1).id, personId: secretary!.id })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('不是该单位的人员') });
    // Only those who set the escalation rules designate leaders.
    const xiangzhen = await t.api.as('a-xiangzhen');
    await expect(xiangzhen.supervision.setLeader({ orgUnitId: township(0).id, personId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A township sees its own designation only.
    expect((await (await t.api.as('a-xiangzhen2')).supervision.leaders()).map((l) => l.orgUnit.id)).toEqual([]);
  });

  it('lists overdue items under the responsible unit\'s leader, or its nearest ancestor\'s', async () => {
    const [secretary] = peopleOf(township(0).id);
    const own = await handOver('乡镇逾期事项', township(0).id);
    const village = await handOver('村级逾期事项', township(0).villages[0]!.id);
    const leaderless = await handOver('无负责人事项', township(2).id);
    const duchashi = await t.api.as('a-duchashi');
    const get = (id: string) => duchashi.task.get({ taskId: id });
    const label = new RegExp(`^${secretary!.name}（${township(0).name} `);
    // Listing by decision is offered the same leader the rule would name.
    expect((await get(village.id)).suggestedLeader).toMatch(label);
    expect((await get(leaderless.id)).suggestedLeader).toBeNull();
    await escalate(20);
    expect((await get(own.id))).toMatchObject({ escalation: 'listed', listedLeader: expect.stringMatching(label) });
    expect((await get(village.id)).listedLeader).toMatch(label);
    const none = await get(leaderless.id);
    expect(none).toMatchObject({ escalation: 'listed', listedLeader: null });
    expect(none.events.at(-1)?.note).toContain('尚未指定单位主要负责人');
    expect((await get(own.id)).events.at(-1)?.note).toContain(`责任领导:${secretary!.name}`);
    // The board shows the leader on listed items.
    const board = await duchashi.task.list({ search: '乡镇逾期事项', page: 1, pageSize: 10 });
    expect(board.items[0]?.listedLeader).toMatch(label);
    // The unit's notice names the leader too.
    const inbox = await (await t.api.as('a-xiangzhen')).inbox.list({});
    expect(inbox.items.find((n) => n.title === '挂牌督办:乡镇逾期事项')?.body).toContain(secretary!.name);
  });

  it('follows the county\'s rule: the supervising unit\'s leader instead', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const [director] = peopleOf(office().id);
    await duchashi.supervision.setLeader({ orgUnitId: office().id, personId: director!.id });
    const rules = await duchashi.supervision.rules();
    expect(rules.listingLeaderSource).toBe('responsible_unit');
    await duchashi.supervision.setRules({ remindDaysBefore: rules.remindDaysBefore, superviseAfterDays: rules.superviseAfterDays, listAfterDays: rules.listAfterDays, listingLeaderSource: 'supervising_unit' });
    expect((await duchashi.supervision.rules()).listingLeaderSource).toBe('supervising_unit');
    const item = await handOver('按督办单位领导挂牌', township(1).id);
    await escalate(20);
    expect((await duchashi.task.get({ taskId: item.id })).listedLeader).toMatch(new RegExp(`^${director!.name}（${office().name} `));
  });

  it('keeps the leader on record after verification, for the 通报', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const xiangzhen = await t.api.as('a-xiangzhen');
    const item = (await duchashi.task.list({ search: '乡镇逾期事项', page: 1, pageSize: 10 })).items[0]!;
    await xiangzhen.task.handle({ taskId: item.id, action: 'sign' });
    await xiangzhen.task.handle({ taskId: item.id, action: 'start' });
    await xiangzhen.task.handle({ taskId: item.id, action: 'submit', note: '已整改到位' });
    await duchashi.task.verify({ taskId: item.id, action: 'pass' });
    await duchashi.task.verify({ taskId: item.id, action: 'notify' });
    const after = await duchashi.task.get({ taskId: item.id });
    expect(after).toMatchObject({ escalation: 'none', status: 'notified', listedLeader: item.listedLeader });
    const bulletin = await duchashi.supervision.bulletin({});
    expect(bulletin.find((b) => b.id === item.id)?.listedLeader).toBe(item.listedLeader);
  });
});

import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A complaint dispatched as a joint case (issue 16, C6 with item 3), through the real procedures on a
 * fake clock: the office opens the case (青龙镇 leads, the 生态环境局 co-handles), the township asks
 * for an extension and the office approves it, both shares close and the case with them; the
 * complainant is dissatisfied, so both shares go back (不满意重办), and the second 回访 closes it.
 */
describe('a complaint as a joint case, and 不满意重办', () => {
  const t = useTestCounty();
  const t0 = new Date('2026-07-01T01:00:00Z');
  let now = t0.getTime();
  const at = (ms: number) => {
    now = t0.getTime() + ms;
    t.api.services.clock = () => new Date(now);
  };
  const township = () => t.county.seeded.townships[0]!;
  const bureau = () => t.county.seeded.departments.get('ecology-environment')!;
  let complaintId = '';

  it('dispatches as a joint case from the complaint: a share each, with its duty, deadline and clocks; audited; the township may not', async () => {
    at(0);
    const office = await t.api.as('a-duchashi');
    complaintId = (await office.complaint.intake({
      channel: '12345', subject: '夜间施工噪音', content: '工地夜间施工,噪音扰民严重。', intakeUnitId: t.county.county.id, locationUnitId: township().villages[0]!.id,
      complainantName: '王先生', phone: '13900139000', receivedAt: new Date(now).toISOString(),
    })).id;
    const input = { complaintId, lead: { orgUnitId: township().id, duty: '责令停止夜间施工' }, coHandlers: [{ orgUnitId: bureau().id, duty: '噪声监测并查处', handleDays: 10 }] };
    await expect((await t.api.as('a-xiangzhen')).complaint.dispatchJointCase(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(office.complaint.dispatchJointCase({ ...input, coHandlers: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    at(HOUR);
    const r = await office.complaint.dispatchJointCase(input);
    expect(r.jointCase.serial).toMatch(/^联办〔2026〕\d+号$/);
    const audit = await t.api.database.prisma.auditLog.findFirstOrThrow({ where: { entityId: complaintId, detail: { contains: 'joint case' } } });
    expect(audit.detail).toBe(`complaint dispatched as joint case ${r.jointCase.serial} to 2 unit(s)`);
    const c = await office.complaint.get({ complaintId });
    expect([c.stage, c.jointCase?.serial]).toEqual(['handling', r.jointCase.serial]);
    expect(c.dispatches.map((d) => [d.orgUnitId, d.share?.role, d.share?.duty, d.handleClock.dueAt.getTime() - d.dispatchedAt.getTime(), d.signClock.state])).toEqual([
      [township().id, 'lead', '责令停止夜间施工', 5 * DAY, 'running'],
      [bureau().id, 'co', '噪声监测并查处', 10 * DAY, 'running'],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
    // The case is the joint-case module's own: its page lists the two shares.
    const jc = await office.jointCase.get({ caseId: r.jointCase.id });
    expect(jc.shares).toHaveLength(2);
    await expect(office.complaint.dispatch({ complaintId, units: [{ orgUnitId: township().villages[1]!.id }] })).rejects.toMatchObject({ cause: { key: 'errors.complaint.inJointCase' } });
  });

  it('the township asks for an extension, cannot approve it itself, the office does; both shares close and the complaint awaits its 回访', async () => {
    const office = await t.api.as('a-duchashi');
    const xiangzhen = await t.api.as('a-xiangzhen');
    const c = await office.complaint.get({ complaintId });
    const tw = c.dispatches.find((d) => d.orgUnitId === township().id)!;
    const bu = c.dispatches.find((d) => d.orgUnitId === bureau().id)!;
    at(2 * HOUR);
    await xiangzhen.task.handle({ taskId: tw.task.id, action: 'sign' });
    await xiangzhen.task.handle({ taskId: tw.task.id, action: 'start' });
    const later = new Date(tw.task.deadline.getTime() + 3 * DAY).toISOString();
    await xiangzhen.task.requestExtension({ taskId: tw.task.id, deadline: later, reason: '施工方整改需要时间' });
    await expect(xiangzhen.task.decideExtension({ taskId: tw.task.id, approve: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await office.task.decideExtension({ taskId: tw.task.id, approve: true, note: '同意' });
    const extended = (await office.complaint.get({ complaintId })).dispatches.find((d) => d.id === tw.id)!;
    expect([extended.extended, extended.handleClock.dueAt.toISOString()]).toEqual([true, later]);
    await xiangzhen.task.handle({ taskId: tw.task.id, action: 'submit', note: '已责令停止夜间施工' });
    await office.task.verify({ taskId: tw.task.id, action: 'pass' });
    expect((await office.complaint.get({ complaintId })).stage).toBe('handling');
    const admin = await t.api.as('a-admin');
    for (const action of ['sign', 'start', 'submit'] as const) await admin.task.handle({ taskId: bu.task.id, action, note: '已监测,已处罚' });
    await office.task.verify({ taskId: bu.task.id, action: 'pass' });
    expect((await office.complaint.get({ complaintId })).stage).toBe('callback');
    expect((await office.complaint.list({ stage: 'callback' })).items.map((i) => i.id)).toContain(complaintId);
  });

  it('a dissatisfied 回访 sends every share back with the reason; the board counts it; the second 回访 closes it', async () => {
    const office = await t.api.as('a-duchashi');
    const before = (await office.complaint.board({ orgUnitId: t.county.county.id, year: 2026 })).unit.rates;
    const c = await office.complaint.get({ complaintId });
    at(3 * DAY);
    await expect(office.complaint.callback({ dispatchId: c.dispatches[0]!.id, result: 'dissatisfied' })).rejects.toMatchObject({ cause: { key: 'errors.complaint.reopenNeedsReason' } });
    const r = await office.complaint.callback({ dispatchId: c.dispatches[0]!.id, result: 'dissatisfied', note: '夜里仍在施工', handleDays: 3 });
    expect([r.reopened, r.dispatches, r.newDeadline?.getTime()]).toEqual([true, 2, now + 3 * DAY]);
    const audit = await t.api.database.prisma.auditLog.findFirstOrThrow({ where: { entityId: c.dispatches[0]!.id, detail: { contains: 're-opened' } } });
    expect(audit.after).toMatchObject({ reopened: true, result: 'dissatisfied' });
    const back = await office.complaint.get({ complaintId });
    expect(back.stage).toBe('handling');
    expect(back.dispatches.map((d) => [d.task.status, d.reopenCount, d.callbacks.map((x) => [x.round, x.result, x.reopened])])).toEqual([
      ['rectifying', 1, [[1, 'dissatisfied', true]]], ['rectifying', 1, [[1, 'dissatisfied', true]]],
    ]);
    expect((await office.jointCase.get({ caseId: back.jointCase!.id })).status).toBe('open');
    const mid = (await office.complaint.board({ orgUnitId: t.county.county.id, year: 2026 })).unit.rates;
    // 结案 needs the 回访: neither before nor now; both dispatches count as 重办 at once.
    expect([mid.received, mid.reopened - before.reopened, mid.closed - before.closed, mid.rated - before.rated]).toEqual([before.received, 2, 0, 2]);

    const admin = await t.api.as('a-admin');
    for (const d of back.dispatches) {
      await admin.task.handle({ taskId: d.task.id, action: 'submit', note: '已停止夜间施工并复测' });
      await office.task.verify({ taskId: d.task.id, action: 'pass' });
    }
    at(4 * DAY);
    await office.complaint.callback({ dispatchId: back.dispatches[1]!.id, result: 'satisfied', note: '已安静' });
    const done = await office.complaint.get({ complaintId });
    expect(done.stage).toBe('closed');
    expect(done.dispatches[0]!.callbacks.map((x) => x.result)).toEqual(['dissatisfied', 'satisfied']);
    const after = (await office.complaint.board({ orgUnitId: t.county.county.id, year: 2026 })).unit.rates;
    expect([after.closed - before.closed, after.reopened - before.reopened, after.reopenRate]).toEqual([2, 2, Math.round((after.reopened * 10000) / after.received) / 100]);
    t.api.services.clock = undefined;
  });
});

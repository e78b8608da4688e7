import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;

// Item operations (issue 16): each one's transitions, who may take it, its timeline entry, audit
// row and notice.
describe('item operations', () => {
  const t = useTestCounty();
  const office = () => t.county.seeded.departments.get('supervision-office')!.id;
  const unitOf = async (username: string) =>
    (await t.api.database.prisma.user.findFirstOrThrow({ where: { username }, include: { person: true } })).person.orgUnitId;
  const audited = (entityId: string, detail: string) =>
    t.api.database.prisma.auditLog.count({ where: { entityId, detail: { contains: detail } } });

  const handOver = async (overrides: Record<string, unknown> = {}) => {
    const duchashi = await t.api.as('a-duchashi');
    return duchashi.task.handOver({
      kind: 'rectification', title: '河道垃圾清理', supervisingUnitId: office(), responsibleUnitId: await unitOf('a-xiangzhen'),
      deadline: new Date(Date.now() + 10 * DAY).toISOString(), ...overrides,
    });
  };

  it('延期申请: only the assigning unit decides; approval keeps the original deadline beside the new one', async () => {
    const task = await handOver({ title: '延期事项' });
    const township = await t.api.as('a-xiangzhen');
    const duchashi = await t.api.as('a-duchashi');
    const asked = new Date(task.deadline.getTime() + 20 * DAY);
    await expect(township.task.requestExtension({ taskId: task.id, deadline: new Date(task.deadline.getTime() - DAY).toISOString(), reason: '施工受阻' }))
      .rejects.toThrow(/晚于现期限/);
    await township.task.requestExtension({ taskId: task.id, deadline: asked.toISOString(), reason: '汛期施工受阻' });
    await expect(township.task.requestExtension({ taskId: task.id, deadline: asked.toISOString(), reason: '再次申请' })).rejects.toThrow(/待审批/);
    // The township cannot approve its own request; neither can another township, nor the office of another county.
    await expect(township.task.decideExtension({ taskId: task.id, approve: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await t.api.as('a-xiangzhen2')).task.decideExtension({ taskId: task.id, approve: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await township.task.get({ taskId: task.id })).operations).toMatchObject({ requestExtension: false, decideExtension: false });
    expect((await duchashi.task.get({ taskId: task.id })).operations).toMatchObject({ decideExtension: true });

    await duchashi.task.decideExtension({ taskId: task.id, approve: true, note: '同意' });
    const detail = await duchashi.task.get({ taskId: task.id });
    expect(detail.deadline.toISOString()).toBe(asked.toISOString());
    expect(detail.originalDeadline?.toISOString()).toBe(task.deadline.toISOString());
    expect(detail.extensions.map((e) => e.status)).toEqual(['approved']);
    expect(detail.events.map((e) => e.action)).toEqual(['handOver', 'requestExtension', 'approveExtension']);
    expect(await audited(detail.id, 'extension approved')).toBe(1);
    expect((await township.inbox.list({})).items.map((n) => n.title)).toEqual(expect.arrayContaining([expect.stringMatching(/同意延期至/)]));

    // A second request, rejected with a reason: the deadline and the original stay.
    await township.task.requestExtension({ taskId: task.id, deadline: new Date(asked.getTime() + 5 * DAY).toISOString(), reason: '再延五天' });
    await expect(duchashi.task.decideExtension({ taskId: task.id, approve: false })).rejects.toThrow(/写明原因/);
    await duchashi.task.decideExtension({ taskId: task.id, approve: false, note: '期限已充分' });
    const after = await duchashi.task.get({ taskId: task.id });
    expect(after.deadline.toISOString()).toBe(asked.toISOString());
    expect(after.originalDeadline?.toISOString()).toBe(task.deadline.toISOString());
  });

  it('退回 then 转办: responsibility moves, and the original unit no longer has it as its own', async () => {
    const task = await handOver({ title: '错派事项' });
    const township = await t.api.as('a-xiangzhen');
    const duchashi = await t.api.as('a-duchashi');
    await expect(township.task.handle({ taskId: task.id, action: 'return' })).rejects.toThrow(/须写明原因/);
    await township.task.handle({ taskId: task.id, action: 'return', note: '该河段属金凤镇辖区' });
    expect((await duchashi.task.get({ taskId: task.id })).status).toBe('returned');
    // Only the assigning unit re-assigns.
    const other = await unitOf('a-xiangzhen2');
    await expect(township.task.transfer({ taskId: task.id, unitIds: [other] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await duchashi.task.transfer({ taskId: task.id, unitIds: [other], note: '改派金凤镇' });
    const moved = await duchashi.task.get({ taskId: task.id });
    expect(moved).toMatchObject({ status: 'handed_over', responsibleUnitId: other, signedAt: null });
    expect(moved.events.map((e) => e.action)).toEqual(['handOver', 'return', 'transfer']);
    expect(moved.events.at(-1)!.note).toMatch(/转办至 .*原责任单位/);
    expect(await audited(task.id, 'task transferred')).toBe(1);
    const mine = (await township.task.list({ role: 'responsible', pageSize: 200 })).items.map((x) => x.id);
    expect(mine).not.toContain(task.id);
    await expect(township.task.handle({ taskId: task.id, action: 'sign' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const township2 = await t.api.as('a-xiangzhen2');
    expect((await township2.task.list({ role: 'responsible', pageSize: 200 })).items.map((x) => x.id)).toContain(task.id);
    await township2.task.handle({ taskId: task.id, action: 'sign' });
    // A signed-for item being worked on cannot be returned any more.
    await township2.task.handle({ taskId: task.id, action: 'start' });
    await expect(township2.task.handle({ taskId: task.id, action: 'return', note: '不是我们的' })).rejects.toThrow(/不能「退回」/);
  });

  it('分办 and 会签: co-handlers sign off before the responsible unit may submit', async () => {
    const [lead, co] = [await unitOf('a-xiangzhen'), await unitOf('a-xiangzhen2')];
    const task = await handOver({ title: '分办事项', responsibleUnitId: office() });
    const duchashi = await t.api.as('a-duchashi');
    await duchashi.task.transfer({ taskId: task.id, unitIds: [lead, co] });
    const split = await duchashi.task.get({ taskId: task.id });
    expect(split.responsibleUnitId).toBe(lead);
    expect(split.assisting.map((a) => a.orgUnitId)).toEqual([co]);
    expect(split.events.at(-1)!.note).toMatch(/分办:.*主办.*协办/);

    const township = await t.api.as('a-xiangzhen');
    const township2 = await t.api.as('a-xiangzhen2');
    await township.task.handle({ taskId: task.id, action: 'sign' });
    await township.task.handle({ taskId: task.id, action: 'start' });
    await expect(township2.task.requestCountersign({ taskId: task.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await township.task.requestCountersign({ taskId: task.id, note: '请确认清理范围' });
    await expect(township.task.handle({ taskId: task.id, action: 'submit', note: '已完成' })).rejects.toThrow(/未会签/);
    const [row] = (await township2.task.get({ taskId: task.id })).operations.countersignIds;
    expect(row).toBeTruthy();
    // The responsible unit cannot sign for its co-handler.
    expect((await township.task.get({ taskId: task.id })).operations.countersignIds).toEqual([]);
    await expect(township.task.countersign({ countersignId: row!, agreed: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await township2.task.countersign({ countersignId: row!, agreed: true, note: '无异议' });
    await expect(township2.task.countersign({ countersignId: row!, agreed: true })).rejects.toThrow(/已会签/);
    await township.task.handle({ taskId: task.id, action: 'submit', note: '已完成' });
    const events = (await duchashi.task.get({ taskId: task.id })).events.map((e) => e.action);
    expect(events).toEqual(['handOver', 'transfer', 'sign', 'start', 'requestCountersign', 'countersign', 'submit']);
  });

  it('阶段性办结 puts a long-running item under 长期跟踪 with its next report date, then it closes', async () => {
    const task = await handOver({ title: '长期事项' });
    const township = await t.api.as('a-xiangzhen');
    const duchashi = await t.api.as('a-duchashi');
    await township.task.handle({ taskId: task.id, action: 'sign' });
    await township.task.handle({ taskId: task.id, action: 'start' });
    await township.task.handle({ taskId: task.id, action: 'submit', note: '一期工程完工' });
    const next = new Date(Date.now() + 90 * DAY);
    await expect(duchashi.task.verify({ taskId: task.id, action: 'stagePass', note: '二期待建' })).rejects.toThrow(/下次报告期限/);
    await expect(township.task.verify({ taskId: task.id, action: 'stagePass', note: '二期待建', deadline: next.toISOString() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await duchashi.task.verify({ taskId: task.id, action: 'stagePass', note: '二期待建', deadline: next.toISOString() });
    const tracked = await duchashi.task.get({ taskId: task.id });
    expect(tracked).toMatchObject({ status: 'tracking' });
    expect(tracked.deadline.toISOString()).toBe(next.toISOString());
    expect(tracked.actions).toEqual([]); // the office waits; the township reports
    expect((await township.task.get({ taskId: task.id })).actions).toContain('submit');
    await township.task.handle({ taskId: task.id, action: 'submit', note: '二期完工' });
    await duchashi.task.verify({ taskId: task.id, action: 'pass' });
    expect((await duchashi.task.get({ taskId: task.id })).status).toBe('closed');

    // 转长期跟踪 by decision, straight from the work.
    const other = await handOver({ title: '直接长期跟踪' });
    await township.task.handle({ taskId: other.id, action: 'sign' });
    await duchashi.task.verify({ taskId: other.id, action: 'track', note: '需跨年度推进', deadline: next.toISOString() });
    expect((await duchashi.task.get({ taskId: other.id })).status).toBe('tracking');
  });

  it('领导批示 reaches every unit on the item; only those with the permission may write one', async () => {
    const co = await unitOf('a-xiangzhen2');
    const task = await handOver({ title: '批示事项', assistingUnitIds: [co] });
    const township = await t.api.as('a-xiangzhen');
    const duchashi = await t.api.as('a-duchashi');
    await expect(township.task.instruct({ taskId: task.id, text: '抓紧办理' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await township.task.get({ taskId: task.id })).operations.instruct).toBe(false);
    const { notified } = await duchashi.task.instruct({ taskId: task.id, text: '请于本周内完成并报送照片' });
    expect(notified).toBe(3);
    for (const login of ['a-xiangzhen', 'a-xiangzhen2']) {
      const inbox = await (await t.api.as(login)).inbox.list({});
      expect(inbox.items.map((n) => n.title)).toContain('领导批示:批示事项');
    }
    expect((await duchashi.task.get({ taskId: task.id })).events.at(-1)).toMatchObject({ action: 'instruct', note: '请于本周内完成并报送照片' });
  });

  it('a changed escalation rule applies at once, audited; the office can run the job now; thresholds in hours', async () => {
    const task = await handOver({ title: '规则变更事项', deadline: new Date(Date.now() + 5 * DAY).toISOString() });
    const duchashi = await t.api.as('a-duchashi');
    const level = async () => (await t.api.database.prisma.task.findFirstOrThrow({ where: { id: task.id } })).escalation;
    const rules = { remindDaysBefore: 3, superviseAfterDays: 3, listAfterDays: 10 };
    await duchashi.supervision.setRules(rules);
    expect(await level()).toBe('none');
    // Remind a week ahead: the item 5 days from its deadline is reminded on save, not at the next hourly run.
    const saved = await duchashi.supervision.setRules({ ...rules, remindDaysBefore: 7 });
    expect(saved.applied.raised).toBeGreaterThanOrEqual(1);
    expect(await level()).toBe('reminded');
    expect(await t.api.database.prisma.auditLog.count({ where: { entityId: task.id, procedure: 'job.task-escalation' } })).toBe(1);

    // Counting in hours, on a simulated clock 10 hours past the deadline: 督办 after 6 hours.
    await duchashi.supervision.setRules({ remindDaysBefore: 24, superviseAfterDays: 6, listAfterDays: 48, thresholdUnit: 'hours' });
    t.api.services.clock = () => new Date(task.deadline.getTime() + 10 * 3_600_000);
    try {
      const office = await t.api.as('a-duchashi');
      await expect((await t.api.as('a-xiangzhen')).supervision.runEscalation()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const run = await office.supervision.runEscalation();
      expect(run.raised).toBeGreaterThanOrEqual(1);
      expect(await level()).toBe('supervised');
      expect((await office.supervision.rules()).thresholdUnit).toBe('hours');
    } finally {
      t.api.services.clock = undefined;
    }
  });
});

import { createTestDatabase, testDatabaseKind } from '@duban/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneProtector } from '../surveys/phone-protection.ts';
import type { FileStore } from '../tasks/file-store.ts';
import { transition } from '../tasks/task-service.ts';
import { recordComplaintCallback } from './callback.ts';
import { dispatchComplaint } from './dispatch.ts';
import { takeInComplaint } from './intake.ts';
import { dispatchComplaintAsJointCase } from './joint-dispatch.ts';
import { complaintRates } from './rates.ts';
import { complaintStage } from './rules.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
type Tx = Parameters<Parameters<Db['prisma']['$transaction']>[0]>[0];

const HOUR = 3_600_000;
const DAY = 86_400_000;
const phones = phoneProtector(Buffer.alloc(32, 7));
const files: FileStore = { put: async () => 'k', get: async () => Buffer.alloc(0) };
const actor = { userId: null, name: '督查室 王' };
const t0 = new Date('2026-06-01T02:00:00Z');
const at = (h: number) => new Date(t0.getTime() + h * HOUR);

describe(`a complaint dispatched as a joint case, and 不满意重办 (${testDatabaseKind()})`, () => {
  let db: Db;
  const tx = <T>(f: (tx: Tx) => Promise<T>) => db.prisma.$transaction(f);
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.sql.exec(`
      INSERT INTO org_unit (county_id, id, level, name, path, depth, updated_at) VALUES ('c1', 'c1', 'county', '县', '/c1/', 0, now());
      INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at) VALUES
        ('c1', 't1', 'township', '青龙镇', 'c1', '/c1/t1/', 1, now()),
        ('c1', 'v1', 'village', '石桥村', 't1', '/c1/t1/v1/', 2, now()),
        ('c1', 'b1', 'department', '环保局', 'c1', '/c1/b1/', 1, now());`);
  }, 120_000);
  afterAll(() => db.close());

  // Received a month before t0 unless asked: the rates below count the period from t0 only.
  const intake = (subject: string, receivedAt = new Date(t0.getTime() - 30 * DAY)) =>
    tx((t) => takeInComplaint(t, 'c1', { channel: '12345', subject, content: '餐馆油烟直排扰民', intakeUnitId: 'c1', locationUnitId: 'v1', anonymous: false, complainantName: '李女士', phone: '13800138000', receivedAt, photos: [] }, { phones, files }, actor, t0));
  const task = (t: Tx, id: string) => t.task.findUniqueOrThrow({ where: { countyId_id: { countyId: 'c1', id } } });
  const act = (taskId: string, action: 'sign' | 'start' | 'submit' | 'pass', when: Date) => tx(async (t) => transition(t, await task(t, taskId), { action, note: '已处理' }, actor, when));
  const closeShare = async (taskId: string, from: number) => {
    for (const [i, a] of (['sign', 'start', 'submit', 'pass'] as const).entries()) await act(taskId, a, at(from + i));
  };
  const stageOf = async (complaintId: string) => {
    const c = await db.prisma.complaint.findUniqueOrThrow({ where: { countyId_id: { countyId: 'c1', id: complaintId } }, include: { jointCase: true, dispatches: { include: { task: true } } } });
    return complaintStage(c, c.dispatches.map((d) => ({ taskStatus: d.task.status, callbackAt: d.callbackAt })));
  };

  it('opens a case with a lead and a co-handler, each share its own item, dispatch row, duty and deadline', async () => {
    const c = (await intake('油烟扰民')).complaint;
    const r = await tx((t) => dispatchComplaintAsJointCase(t, 'c1', c.id, { lead: { orgUnitId: 't1', duty: '督促餐馆整改', handleDays: 5 }, coHandlers: [{ orgUnitId: 'b1', duty: '监测油烟并查处', handleDays: 10, signHours: 4 }] }, actor, t0));
    expect(r.jointCase.serial).toBe('联办〔2026〕1号');
    expect(r.dispatched.map((d) => [d.orgUnitId, d.role, d.duty, d.handleDueAt.getTime() - t0.getTime(), d.signDueAt.getTime() - t0.getTime()])).toEqual([
      ['t1', 'lead', '督促餐馆整改', 5 * DAY, 2 * HOUR],
      ['b1', 'co', '监测油烟并查处', 10 * DAY, 4 * HOUR],
    ]);
    const items = await db.prisma.task.findMany({ where: { countyId: 'c1', id: { in: r.dispatched.map((d) => d.taskId) } }, orderBy: { serial: 'asc' } });
    expect(items.map((i) => [i.kind, i.channel, i.proposer, i.supervisingUnitId])).toEqual([['complaint', '12345', '李女士', 'c1'], ['complaint', '12345', '李女士', 'c1']]);
    expect((await db.prisma.complaint.findUniqueOrThrow({ where: { countyId_id: { countyId: 'c1', id: c.id } } })).jointCaseId).toBe(r.jointCase.id);
    // Now a case: no separate 派单 beside it.
    await expect(tx((t) => dispatchComplaint(t, 'c1', c.id, [{ orgUnitId: 'v1' }], actor, t0))).rejects.toMatchObject({ key: 'errors.complaint.inJointCase' });
  });

  it('refuses a case after separate dispatches, and a case without a co-handler', async () => {
    const c = (await intake('噪音扰民')).complaint;
    await expect(tx((t) => dispatchComplaintAsJointCase(t, 'c1', c.id, { lead: { orgUnitId: 't1', duty: '处理' }, coHandlers: [] }, actor, t0))).rejects.toMatchObject({ key: 'errors.jointCase.needsCoHandler' });
    await tx((t) => dispatchComplaint(t, 'c1', c.id, [{ orgUnitId: 'v1' }], actor, t0));
    await expect(tx((t) => dispatchComplaintAsJointCase(t, 'c1', c.id, { lead: { orgUnitId: 't1', duty: '处理' }, coHandlers: [{ orgUnitId: 'b1', duty: '查处' }] }, actor, t0))).rejects.toMatchObject({ key: 'errors.complaint.jointAfterDispatch' });
  });

  it('stays handling until the last share closes, is called back once for the case, and a dissatisfied 回访 re-opens every share', async () => {
    const c = (await intake('污水直排', t0)).complaint;
    const r = await tx((t) => dispatchComplaintAsJointCase(t, 'c1', c.id, { lead: { orgUnitId: 't1', duty: '督促整改' }, coHandlers: [{ orgUnitId: 'b1', duty: '查处' }] }, actor, t0));
    const [lead, co] = r.dispatched;
    await closeShare(lead!.taskId, 1);
    expect(await stageOf(c.id)).toBe('handling');
    await expect(tx((t) => recordComplaintCallback(t, 'c1', lead!.id, { result: 'satisfied' }, actor, at(6)))).rejects.toMatchObject({ key: 'errors.complaint.callbackBeforeClosed' });
    await closeShare(co!.taskId, 10);
    expect(await stageOf(c.id)).toBe('callback');
    expect((await db.prisma.jointCase.findUniqueOrThrow({ where: { countyId_id: { countyId: 'c1', id: r.jointCase.id } } })).status).toBe('closed');

    await expect(tx((t) => recordComplaintCallback(t, 'c1', lead!.id, { result: 'dissatisfied', note: '  ' }, actor, at(20)))).rejects.toMatchObject({ key: 'errors.complaint.reopenNeedsReason' });
    const first = await tx((t) => recordComplaintCallback(t, 'c1', lead!.id, { result: 'dissatisfied', note: '夜间仍有排放' }, actor, at(20)));
    expect([first.reopened, first.dispatches, first.newDeadline!.getTime() - at(20).getTime()]).toEqual([true, 2, 5 * DAY]);
    expect(await stageOf(c.id)).toBe('handling');
    expect((await db.prisma.jointCase.findUniqueOrThrow({ where: { countyId_id: { countyId: 'c1', id: r.jointCase.id } } })).status).toBe('open');
    const reopened = await db.prisma.task.findMany({ where: { countyId: 'c1', id: { in: [lead!.taskId, co!.taskId] } } });
    expect(reopened.map((t) => [t.status, t.deadline.getTime(), t.satisfaction])).toEqual([
      ['rectifying', first.newDeadline!.getTime(), 'dissatisfied'], ['rectifying', first.newDeadline!.getTime(), 'dissatisfied'],
    ]);
    const events = await db.prisma.taskEvent.findMany({ where: { countyId: 'c1', taskId: lead!.taskId, action: 'reopen' } });
    expect(events.map((e) => e.note)).toEqual(['回访不满意,重新办理:夜间仍有排放']);

    // Counted as 重办 while re-handled: dissatisfied, not closed.
    const mid = (await tx((t) => complaintRates(t, 'c1', ['t1'], { start: t0, end: at(24 * 30) }))).get('t1')!;
    expect(mid).toMatchObject({ received: 1, reopened: 1, reopenRate: 100, closed: 0, rated: 1, satisfactionRate: 0 });

    // Re-handled: both shares submit and pass again, then the second 回访 closes the complaint.
    for (const d of [lead!, co!]) {
      await act(d.taskId, 'submit', at(30));
      await act(d.taskId, 'pass', at(31));
    }
    expect(await stageOf(c.id)).toBe('callback');
    const second = await tx((t) => recordComplaintCallback(t, 'c1', co!.id, { result: 'satisfied', note: '已无油烟' }, actor, at(40)));
    expect(second.reopened).toBe(false);
    expect(await stageOf(c.id)).toBe('closed');
    const rounds = await db.prisma.complaintCallback.findMany({ where: { countyId: 'c1', dispatchId: lead!.id }, orderBy: { round: 'asc' } });
    expect(rounds.map((x) => [x.round, x.result, x.reopened])).toEqual([[1, 'dissatisfied', true], [2, 'satisfied', false]]);
    await expect(tx((t) => recordComplaintCallback(t, 'c1', lead!.id, { result: 'satisfied' }, actor, at(41)))).rejects.toMatchObject({ key: 'errors.complaint.callbackDone' });
    const end = (await tx((t) => complaintRates(t, 'c1', ['t1', 'b1'], { start: t0, end: at(24 * 30) })));
    expect(end.get('t1')).toMatchObject({ received: 1, closed: 1, reopened: 1, reopenRate: 100, satisfactionRate: 100 });
    expect(end.get('b1')).toMatchObject({ received: 1, closed: 1, reopened: 1, calledBack: 1 });
  });

  it('a dissatisfied verdict kept as it is (维持原办理意见) closes without re-handling', async () => {
    const c = (await intake('违章搭建')).complaint;
    const [d] = await tx((t) => dispatchComplaint(t, 'c1', c.id, [{ orgUnitId: 'v1' }], actor, t0));
    await closeShare(d!.taskId, 1);
    const r = await tx((t) => recordComplaintCallback(t, 'c1', d!.id, { result: 'dissatisfied', reopen: false }, actor, at(8)));
    expect(r.reopened).toBe(false);
    expect(await stageOf(c.id)).toBe('closed');
    expect((await db.prisma.complaintDispatch.findUniqueOrThrow({ where: { countyId_id: { countyId: 'c1', id: d!.id } } })).reopenCount).toBe(0);
  });
});

import { createTestDatabase, testDatabaseKind } from '@duban/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneProtector } from '../surveys/phone-protection.ts';
import type { FileStore } from '../tasks/file-store.ts';
import { transition } from '../tasks/task-service.ts';
import { recordComplaintCallback } from './callback.ts';
import { dispatchComplaint } from './dispatch.ts';
import { takeInComplaint, type ComplaintIntake } from './intake.ts';
import { complaintRates } from './rates.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
const DAY = 86_400_000;
const phones = phoneProtector(Buffer.alloc(32, 7));
const stored = new Map<string, Buffer>();
const files: FileStore = { put: async (_c, b) => { const k = `f${stored.size}`; stored.set(k, b); return k; }, get: async (_c, k) => stored.get(k)! };
const actor = { userId: null, name: '督查室 王' };

const base = (receivedAt: Date, over: Partial<ComplaintIntake> = {}): ComplaintIntake => ({
  channel: '12345', subject: '油烟扰民', content: '楼下餐馆油烟直排', intakeUnitId: 'c1', locationUnitId: 'v1', anonymous: false,
  complainantName: '李女士', phone: '13800138000', receivedAt, photos: [], ...over,
});

describe(`complaint intake, duplicates and rates (${testDatabaseKind()})`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.sql.exec(`
      INSERT INTO org_unit (county_id, id, level, name, path, depth, updated_at) VALUES ('c1', 'c1', 'county', '县', '/c1/', 0, now());
      INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at) VALUES
        ('c1', 't1', 'township', '青龙镇', 'c1', '/c1/t1/', 1, now()),
        ('c1', 'v1', 'village', '石桥村', 't1', '/c1/t1/v1/', 2, now()),
        ('c1', 'v2', 'village', '柳河村', 't1', '/c1/t1/v2/', 2, now()),
        ('c1', 'b1', 'department', '环保局', 'c1', '/c1/b1/', 1, now());`);
  }, 120_000);
  afterAll(() => db.close());
  const tx = <T>(f: (tx: Parameters<Parameters<Db['prisma']['$transaction']>[0]>[0]) => Promise<T>) => db.prisma.$transaction(f);

  it('keeps the phone only sealed and masked', async () => {
    const r = await tx((t) => takeInComplaint(t, 'c1', base(new Date('2026-03-01T08:00:00Z'), { subject: '占道经营', photos: [{ fileName: 'a.jpg', contentType: 'image/jpeg', bytes: Buffer.from('jpg') }] }), { phones, files }, actor, new Date('2026-03-01T09:00:00Z')));
    expect(r.complaint.phoneMasked).toBe('138****8000');
    expect(r.complaint.phoneCipher).not.toContain('13800138000');
    expect(phones.open('c1', r.complaint.phoneCipher!)).toBe('13800138000');
    expect(r.complaint.serial).toBe('投诉〔2026〕1号');
    expect(r.photos).toBe(1);
    const anon = await tx((t) => takeInComplaint(t, 'c1', base(new Date('2026-03-01T08:00:00Z'), { subject: '乱倒垃圾', anonymous: true }), { phones, files }, actor, new Date('2026-03-01T09:00:00Z')));
    expect([anon.complaint.complainantName, anon.complaint.phoneCipher, anon.complaint.phoneMasked]).toEqual([null, null, null]);
  });

  it('is a duplicate of an open complaint about the same place and subject exactly 30 days later, not a millisecond after', async () => {
    const first = new Date('2026-04-01T08:00:00Z');
    const a = await tx((t) => takeInComplaint(t, 'c1', base(first), { phones, files }, actor, first));
    expect([a.duplicateOf, a.repeatOf]).toEqual([null, null]);
    const edge = new Date(first.getTime() + 30 * DAY);
    const b = await tx((t) => takeInComplaint(t, 'c1', base(edge, { subject: '油烟 扰民!' }), { phones, files }, actor, edge));
    expect(b.duplicateOf?.id).toBe(a.complaint.id);
    expect(b.complaint.duplicateOfId).toBe(a.complaint.id);
    // Merged, so it is not dispatched itself.
    await expect(tx((t) => dispatchComplaint(t, 'c1', b.complaint.id, [{ orgUnitId: 't1' }], actor, edge))).rejects.toMatchObject({ key: 'errors.complaint.mergedNoDispatch' });
    // One millisecond past the window: a new case (the duplicate b never counts as an original).
    const late = new Date(first.getTime() + 30 * DAY + 1);
    const c = await tx((t) => takeInComplaint(t, 'c1', base(late), { phones, files }, actor, late));
    expect([c.duplicateOf, c.repeatOf]).toEqual([null, null]);
    // Another village or another subject within the window is not the same complaint.
    const d = await tx((t) => takeInComplaint(t, 'c1', base(edge, { locationUnitId: 'v2' }), { phones, files }, actor, edge));
    const e = await tx((t) => takeInComplaint(t, 'c1', base(edge, { subject: '噪音扰民' }), { phones, files }, actor, edge));
    expect([d.duplicateOf, e.duplicateOf]).toEqual([null, null]);
  });

  it('is a repeat (重复投诉) of a closed complaint within the window, and counts in 重复投诉率', async () => {
    const first = new Date('2026-05-01T08:00:00Z');
    const a = await tx((t) => takeInComplaint(t, 'c1', base(first, { subject: '污水直排', locationUnitId: 'v2' }), { phones, files }, actor, first));
    const [d] = await tx((t) => dispatchComplaint(t, 'c1', a.complaint.id, [{ orgUnitId: 't1' }], actor, first));
    for (const action of ['sign', 'start', 'submit', 'pass'] as const) {
      await tx(async (t) => transition(t, await t.task.findUniqueOrThrow({ where: { countyId_id: { countyId: 'c1', id: d!.taskId } } }), { action, note: '已处理' }, actor, new Date(first.getTime() + (action === 'sign' ? 3_600_000 : DAY))));
    }
    // Signed within 12345's 2 hours; 结案 needs the 回访, so until then a new one is a duplicate.
    const between = new Date(first.getTime() + 10 * DAY);
    const b = await tx((t) => takeInComplaint(t, 'c1', base(between, { subject: '污水直排', locationUnitId: 'v2' }), { phones, files }, actor, between));
    expect(b.duplicateOf?.id).toBe(a.complaint.id);
    await tx((t) => recordComplaintCallback(t, 'c1', d!.id, { result: 'satisfied' }, actor, between));
    await expect(tx((t) => recordComplaintCallback(t, 'c1', d!.id, { result: 'dissatisfied' }, actor, between))).rejects.toMatchObject({ key: 'errors.complaint.callbackDone' });
    const later = new Date(first.getTime() + 20 * DAY);
    const c = await tx((t) => takeInComplaint(t, 'c1', base(later, { subject: '污水直排', locationUnitId: 'v2' }), { phones, files }, actor, later));
    expect([c.duplicateOf, c.repeatOf?.id]).toEqual([null, a.complaint.id]);
    await tx((t) => dispatchComplaint(t, 'c1', c.complaint.id, [{ orgUnitId: 't1' }], actor, later));
    const r = (await tx((t) => complaintRates(t, 'c1', ['t1'], { start: first, end: new Date(first.getTime() + 31 * DAY) }))).get('t1')!;
    expect(r).toMatchObject({ received: 2, handled: 1, closed: 1, closedOnTime: 1, repeats: 1, repeatRate: 50, signedOnTime: 1, signOnTimeRate: 50, calledBack: 1, satisfactionRate: 100 });
  });

  it('refuses a 回访 before the case is 办结', async () => {
    const now = new Date('2026-08-01T08:00:00Z');
    const a = await tx((t) => takeInComplaint(t, 'c1', base(now, { subject: '违章搭建' }), { phones, files }, actor, now));
    const [d] = await tx((t) => dispatchComplaint(t, 'c1', a.complaint.id, [{ orgUnitId: 't1' }, { orgUnitId: 'b1' }], actor, now));
    await expect(tx((t) => recordComplaintCallback(t, 'c1', d!.id, { result: 'satisfied' }, actor, now))).rejects.toMatchObject({ key: 'errors.complaint.callbackBeforeClosed' });
    await expect(tx((t) => dispatchComplaint(t, 'c1', a.complaint.id, [{ orgUnitId: 'b1' }], actor, now))).rejects.toMatchObject({ key: 'errors.complaint.alreadyDispatched' });
  });
});

describe(`the source's 68 complaints: 处理率 100%, 结案率 98% (${testDatabaseKind()})`, () => {
  let db: Db;
  const period = { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') };
  beforeAll(async () => {
    db = await createTestDatabase();
    // 68 complaint items at the bureau, all handled; 67 closed and called back, one still awaiting
    // verification; 60 closed by their deadline. Handed over as items (no intake record), as the
    // ledger import and the demo create them: 回访 is their recorded satisfaction.
    await db.sql.exec(`
      INSERT INTO org_unit (county_id, id, level, name, path, depth, updated_at) VALUES ('c1', 'c1', 'county', '县', '/c1/', 0, now());
      INSERT INTO org_unit (county_id, id, level, name, parent_id, path, depth, updated_at) VALUES ('c1', 'b1', 'department', '水利局', 'c1', '/c1/b1/', 1, now());
      INSERT INTO task (county_id, id, serial, kind, channel, title, supervising_unit_id, responsible_unit_id, deadline, status, closed_at, satisfaction, created_at, updated_at)
        SELECT 'c1', 'q' || n, 'Q' || n, 'complaint', '12345', '投诉', 'c1', 'b1', '2026-07-01',
               CASE WHEN n = 68 THEN 'submitted' ELSE 'closed' END::"TaskStatus",
               CASE WHEN n = 68 THEN NULL WHEN n <= 60 THEN '2026-06-30'::timestamptz ELSE '2026-07-02'::timestamptz END,
               CASE WHEN n = 68 THEN NULL WHEN n = 67 THEN 'dissatisfied' ELSE 'satisfied' END, '2026-03-01', now()
          FROM generate_series(1, 68) n;
      INSERT INTO task (county_id, id, serial, kind, title, supervising_unit_id, responsible_unit_id, deadline, status, created_at, updated_at)
        VALUES ('c1', 'p1', 'P1', 'npc_proposal', '建议', 'c1', 'b1', '2026-07-01', 'handed_over', '2026-03-01', now());`);
  }, 120_000);
  afterAll(() => db.close());

  it('counts complaints only: 68 received, 68 handled (100%), 67 closed (98.53%; the source prints 98%)', async () => {
    const r = (await db.prisma.$transaction((tx) => complaintRates(tx, 'c1', ['b1', 'c1'], period)));
    expect(r.get('b1')).toMatchObject({ received: 68, handled: 68, handlingRate: 100, closed: 67, closureRate: 98.53, closedOnTime: 60, onTimeRate: 88.24, repeats: 0, repeatRate: 0, signOnTimeRate: null });
    expect(r.get('b1')!.satisfactionRate).toBe(98.51);
    expect(r.get('c1')!.received).toBe(68);
  });

  it('one more handled case short is 98.53% 处理率; none received is no rate at all', async () => {
    await db.sql.exec(`UPDATE task SET status = 'rectifying' WHERE id = 'q68'`);
    const r = (await db.prisma.$transaction((tx) => complaintRates(tx, 'c1', ['b1'], period))).get('b1')!;
    expect([r.handled, r.handlingRate]).toEqual([67, 98.53]);
    const none = (await db.prisma.$transaction((tx) => complaintRates(tx, 'c1', ['b1'], { start: period.end, end: new Date('2028-01-01T00:00:00Z') }))).get('b1')!;
    expect([none.received, none.handlingRate, none.closureRate, none.repeatRate]).toEqual([0, null, null, null]);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * 投诉受理 (issue 16, item 3) through the real procedures, on a fake clock: the office takes in a
 * 12345 complaint, dispatches it to 青龙镇 and the 生态环境局 (one item each), the township signs
 * late and handles it, the office verifies and calls back; a second complaint about the same place
 * and subject is a 重复件 at the window's last instant, a third after 结案 a 重复投诉.
 */
describe('complaints', () => {
  const t = useTestCounty();
  const t0 = new Date('2026-06-01T01:00:00Z');
  let now = t0.getTime();
  const at = (ms: number) => {
    now = t0.getTime() + ms;
    t.api.services.clock = () => new Date(now);
  };
  let complaintId = '';
  const township = () => t.county.seeded.townships[0]!;
  const village = () => township().villages[0]!;
  const bureau = () => t.county.seeded.departments.get('ecology-environment')!;
  type Detail = { dispatches: { orgUnitId: string }[] };
  /** The township's and the bureau's dispatch, in that order. */
  const pair = <D extends Detail>(c: D) => [c.dispatches.find((d) => d.orgUnitId === township().id)!, c.dispatches.find((d) => d.orgUnitId === bureau().id)!] as D['dispatches'];
  const ofTownship = <D extends Detail>(c: D) => pair(c)[0]! as D['dispatches'][number];
  const intake = (over: Record<string, unknown> = {}) => ({
    channel: '12345', channelRef: 'GD20260601001', subject: '油烟扰民', content: '村口餐馆油烟直排,晚上气味很重。', intakeUnitId: t.county.county.id, locationUnitId: village().id,
    address: '村口', complainantName: '李女士', phone: '138 0013 8000', receivedAt: new Date(now).toISOString(), ...over,
  });

  it('takes a complaint in with the phone sealed: masked in the list, never in the audit row', async () => {
    at(0);
    const office = await t.api.as('a-duchashi');
    const r = await office.complaint.intake(intake());
    complaintId = r.id;
    expect(r).toMatchObject({ duplicateOf: null, repeatOf: null });
    expect(r.serial).toMatch(/^投诉〔2026〕\d+号$/);
    const row = await t.api.database.prisma.complaint.findFirstOrThrow({ where: { id: r.id } });
    expect(row.phoneMasked).toBe('138****8000');
    const audit = await t.api.database.prisma.auditLog.findMany({ where: { entityId: r.id } });
    expect(JSON.stringify(audit)).not.toContain('13800138000');
    expect(JSON.stringify(audit)).not.toContain(row.phoneCipher);
    // A township official may not take complaints in for the county, nor see one not dispatched to it.
    const xiangzhen = await t.api.as('a-xiangzhen');
    await expect(xiangzhen.complaint.intake(intake())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await xiangzhen.complaint.list({})).items.map((c) => c.id)).not.toContain(r.id);
  });

  it('reveals the phone only to the office, and writes who saw it', async () => {
    const office = await t.api.as('a-duchashi');
    expect(await office.complaint.revealPhone({ complaintId })).toEqual({ phone: '13800138000' });
    const row = await t.api.database.prisma.auditLog.findFirst({ where: { entityId: complaintId, detail: { contains: 'phone revealed' } } });
    expect(row?.detail).toBe('complainant phone revealed (138****8000)');
    await expect((await t.api.as('a-xiangzhen')).complaint.revealPhone({ complaintId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('dispatches to two units, one item each, with 签收 and 办理 clocks of their own', async () => {
    at(HOUR);
    const office = await t.api.as('a-duchashi');
    const dispatched = await office.complaint.dispatch({ complaintId, units: [{ orgUnitId: township().id }, { orgUnitId: bureau().id, signHours: 4, handleDays: 10 }] });
    expect(dispatched).toHaveLength(2);
    const c = await office.complaint.get({ complaintId });
    expect(c.stage).toBe('handling');
    const [tw, bu] = pair(c);
    // 12345's defaults: 2 hours to sign, 5 days to handle.
    expect(tw!.signDueAt.getTime() - tw!.dispatchedAt.getTime()).toBe(2 * HOUR);
    expect(tw!.handleClock.dueAt.getTime() - tw!.dispatchedAt.getTime()).toBe(5 * DAY);
    expect(bu!.signDueAt.getTime() - bu!.dispatchedAt.getTime()).toBe(4 * HOUR);
    expect([tw!.signClock.state, tw!.handleClock.state]).toEqual(['running', 'running']);
    // The township now sees it, masked.
    const list = await (await t.api.as('a-xiangzhen')).complaint.list({});
    expect(list.items.find((i) => i.id === complaintId)).toMatchObject({ phoneMasked: '138****8000', stage: 'handling' });
    await expect(office.complaint.dispatch({ complaintId, units: [{ orgUnitId: township().id }] })).rejects.toMatchObject({ cause: { key: 'errors.complaint.alreadyDispatched' } });
  });

  it('the 签收 clock is due soon in its last half hour, overdue after, and late once signed', async () => {
    const office = await t.api.as('a-duchashi');
    at(HOUR + 1.5 * HOUR + 1);
    expect(ofTownship(await office.complaint.get({ complaintId })).signClock.state).toBe('dueSoon');
    at(HOUR + 2 * HOUR);
    expect(ofTownship(await office.complaint.get({ complaintId })).signClock.state).toBe('dueSoon');
    at(HOUR + 2 * HOUR + 1);
    const board = await office.complaint.board({ orgUnitId: t.county.county.id, year: 2026 });
    expect(board.late.map((l) => [l.orgUnit.name, l.signClock.state])).toContainEqual([township().name, 'overdue']);
    const xiangzhen = await t.api.as('a-xiangzhen');
    const c = await xiangzhen.complaint.get({ complaintId });
    await xiangzhen.task.handle({ taskId: ofTownship(c).task.id, action: 'sign' });
    expect(ofTownship(await office.complaint.get({ complaintId })).signClock.state).toBe('late');
  });

  it('a complaint about the same place and subject 30 days later, still open, is a 重复件 and is not dispatched', async () => {
    const office = await t.api.as('a-duchashi');
    at(30 * DAY);
    const dup = await office.complaint.intake(intake({ subject: '油烟 扰民', channel: 'online', phone: null }));
    expect(dup.duplicateOf?.id).toBe(complaintId);
    await expect(office.complaint.dispatch({ complaintId: dup.id, units: [{ orgUnitId: township().id }] })).rejects.toMatchObject({ cause: { key: 'errors.complaint.mergedNoDispatch' } });
    expect((await office.complaint.get({ complaintId })).duplicates.map((d) => d.id)).toEqual([dup.id]);
    expect((await office.complaint.list({ stage: 'merged' })).items.map((i) => i.id)).toEqual([dup.id]);
  });

  it('handled, verified and called back: 结案, and a new one after it is a 重复投诉 in the rates', async () => {
    const office = await t.api.as('a-duchashi');
    const xiangzhen = await t.api.as('a-xiangzhen');
    const [tw, bu] = pair(await office.complaint.get({ complaintId }));
    at(2 * DAY);
    await expect(office.complaint.callback({ dispatchId: tw!.id, result: 'satisfied' })).rejects.toMatchObject({ cause: { key: 'errors.complaint.callbackBeforeClosed' } });
    await xiangzhen.task.handle({ taskId: tw!.task.id, action: 'start' });
    await xiangzhen.task.handle({ taskId: tw!.task.id, action: 'submit', note: '已责令餐馆安装油烟净化器' });
    await office.task.verify({ taskId: tw!.task.id, action: 'pass' });
    await office.complaint.callback({ dispatchId: tw!.id, result: 'satisfied', note: '群众表示满意' });
    expect((await office.complaint.get({ complaintId })).stage).toBe('handling');
    // The bureau: signed, handled and closed after its 10 days.
    for (const [action, ms] of [['sign', 2 * HOUR], ['start', DAY], ['submit', 12 * DAY]] as const) {
      at(ms);
      await (await t.api.as('a-admin')).task.handle({ taskId: bu!.task.id, action, note: '已处理' });
    }
    await office.task.verify({ taskId: bu!.task.id, action: 'pass' });
    await office.complaint.callback({ dispatchId: bu!.id, result: 'basically_satisfied' });
    const done = await office.complaint.get({ complaintId });
    expect(done.stage).toBe('closed');
    expect(pair(done).map((d) => [d.signClock.state, d.handleClock.state])).toEqual([['late', 'met'], ['met', 'late']]);

    // Within the window of the first (received on day 0), now closed: a 重复投诉, dispatched again.
    at(25 * DAY);
    const again = await office.complaint.intake(intake({ subject: '油烟扰民。' }));
    expect(again).toMatchObject({ duplicateOf: null, repeatOf: { id: complaintId } });
    await office.complaint.dispatch({ complaintId: again.id, units: [{ orgUnitId: township().id }] });
    const board = await office.complaint.board({ orgUnitId: t.county.county.id, year: 2026 });
    expect(board.unit.rates).toMatchObject({ received: 3, handled: 2, closed: 2, closedOnTime: 1, repeats: 1, handlingRate: 66.67, closureRate: 66.67, onTimeRate: 33.33, repeatRate: 33.33, satisfactionRate: 100 });
    expect(board.children.find((c) => c.id === township().id)?.rates).toMatchObject({ received: 2, closed: 1, repeatRate: 50, signOnTimeRate: 0 });
    t.api.services.clock = undefined;
  });

  it('exports the ledger: one row per dispatch, the phone masked, late steps marked', async () => {
    const office = await t.api.as('a-duchashi');
    const file = await office.complaint.export({});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.fileBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('投诉台账')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => Object.fromEntries(header.map((h, j) => [String(h), sheet.getRow(i + 2).getCell(j + 1).value])));
    // The first complaint twice (two units), the 重复件 once (not dispatched), the repeat once.
    expect(file.rows).toBe(4);
    expect(rows.map((r) => r['承办单位'] || '—').sort()).toEqual(['—', '生态环境局', '青龙镇', '青龙镇'].sort());
    expect(JSON.stringify(rows)).not.toContain('13800138000');
    const first = rows.filter((r) => r['联系电话'] === '138****8000' && r['状态'] === '已结案');
    expect(first.map((r) => [r['承办单位'], r['按时签收'], r['按期办结'], r['回访结果']]).sort()).toEqual([['生态环境局', '是', '否', '基本满意'], ['青龙镇', '否', '是', '满意']]);
    expect(rows.some((r) => String(r['同地同事']).startsWith('重复件'))).toBe(true);
  });
});

import { applyEscalation, taskMetricSources } from '@duban/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');

describe('tasks and supervision', () => {
  const t = useTestCounty();
  const office = () => t.county.seeded.departments.get('supervision-office')!.id;

  const handOver = async (overrides: Record<string, unknown> = {}) => {
    const duchashi = await t.api.as('a-duchashi');
    return duchashi.task.handOver({
      kind: 'rectification', title: '黄泥塘水库溢洪道堵塞', supervisingUnitId: office(), responsibleUnitId: t.county.seeded.townships[0]!.id,
      deadline: new Date(Date.now() + 10 * DAY).toISOString(), ...overrides,
    });
  };

  it('runs the lifecycle with one failed verification, keeping every step, then lists it in the 通报', async () => {
    const task = await handOver();
    expect(task.serial).toMatch(/^督办〔\d{4}〕\d+号$/);
    const township = await t.api.as('a-xiangzhen');
    const duchashi = await t.api.as('a-duchashi');
    await township.task.handle({ taskId: task.id, action: 'sign' });
    await township.task.handle({ taskId: task.id, action: 'start' });
    await expect(township.task.handle({ taskId: task.id, action: 'submit' })).rejects.toThrow(/须说明整改情况或上传佐证材料/);
    await township.task.handle({ taskId: task.id, action: 'submit', note: '已清淤', evidence: [{ fileName: '现场.png', contentType: 'image/png', base64: PNG }] });
    await expect(duchashi.task.verify({ taskId: task.id, action: 'fail' })).rejects.toThrow(/须写明原因/);
    await duchashi.task.verify({ taskId: task.id, action: 'fail', note: '照片不清晰,未见闸门' });
    await township.task.handle({ taskId: task.id, action: 'submit', note: '补充闸门照片', evidence: [{ fileName: '闸门.png', contentType: 'image/png', base64: PNG }] });
    await duchashi.task.verify({ taskId: task.id, action: 'pass', note: '整改到位' });
    await duchashi.task.verify({ taskId: task.id, action: 'notify' });
    const detail = await duchashi.task.get({ taskId: task.id });
    expect(detail.events.map((e) => e.action)).toEqual(['handOver', 'sign', 'start', 'submit', 'fail', 'submit', 'pass', 'notify']);
    expect(detail.events.flatMap((e) => e.evidence.map((f) => f.fileName))).toEqual(['现场.png', '闸门.png']);
    const file = await township.task.evidenceFile({ taskId: task.id, evidenceId: detail.events[3]!.evidence[0]!.id });
    expect(file.base64).toBe(PNG);
    expect((await duchashi.supervision.bulletin({})).map((t) => t.id)).toContain(task.id);
    // Illegal transitions are rejected with a clear message.
    await expect(township.task.handle({ taskId: task.id, action: 'sign' })).rejects.toThrow(/当前状态为「已通报」,不能「签收」/);
  });

  it('shows a township its own items, an assisting unit what it assists, and nothing else', async () => {
    const [t1, t2, t3] = t.county.seeded.townships;
    const mine = await handOver({ title: '本镇事项', responsibleUnitId: t1!.id });
    const assisted = await handOver({ title: '协办事项', responsibleUnitId: t2!.id, assistingUnitIds: [t1!.id] });
    const other = await handOver({ title: '他镇事项', responsibleUnitId: t3!.id });
    const township = await t.api.as('a-xiangzhen');
    const seen = (await township.task.list({ pageSize: 200 })).items.map((t) => t.id);
    expect(seen).toContain(mine.id);
    expect(seen).toContain(assisted.id);
    expect(seen).not.toContain(other.id);
    await expect(township.task.get({ taskId: assisted.id })).resolves.toMatchObject({ actions: [] });
    await expect(township.task.get({ taskId: other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // An assisting unit may read but not act for the responsible unit.
    await expect(township.task.handle({ taskId: assisted.id, action: 'sign' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The responsible township cannot verify its own work.
    await expect(township.task.verify({ taskId: mine.id, action: 'pass' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows a county-wide office every item, and as assisting only the assisted ones', async () => {
    const [t1, t2] = t.county.seeded.townships;
    const plain = await handOver({ title: '县级可见事项', responsibleUnitId: t1!.id });
    const assisted = await handOver({ title: '县级协办事项', responsibleUnitId: t2!.id, assistingUnitIds: [t1!.id] });
    const duchashi = await t.api.as('a-duchashi');
    const all = (await duchashi.task.list({ pageSize: 200 })).items.map((x) => x.id);
    expect(all).toEqual(expect.arrayContaining([plain.id, assisted.id]));
    expect((await duchashi.task.list({ pageSize: 200, role: 'responsible' })).items.map((x) => x.id)).toContain(plain.id);
    const asAssisting = (await duchashi.task.list({ pageSize: 200, role: 'assisting' })).items.map((x) => x.id);
    expect(asAssisting).toContain(assisted.id);
    expect(asAssisting).not.toContain(plain.id);
  });

  it('escalates overdue items on a simulated clock, notifies and texts from 督办 up', async () => {
    const person = t.county.seeded.people.find((p) => p.unit.id === t.county.seeded.townships[0]!.id)!;
    const task = await handOver({ title: '逾期事项', responsiblePersonId: person.id, deadline: new Date(Date.now() + 2 * DAY).toISOString() });
    const run = (days: number) => t.api.database.prisma.$transaction((tx) => applyEscalation(tx, new Date(Date.now() + days * DAY), t.api.services.sms));
    const level = async () => (await t.api.database.prisma.task.findFirstOrThrow({ where: { id: task.id } })).escalation;
    await run(0);
    expect(await level()).toBe('reminded');
    await run(2.5);
    expect(await level()).toBe('urged');
    await run(6);
    expect(await level()).toBe('supervised');
    expect(t.api.sentSms.at(-1)?.text).toMatch(/逾期事项.*已督办/);
    await run(13);
    expect(await level()).toBe('listed');
    await run(14); // nothing new
    const township = await t.api.as('a-xiangzhen');
    const inbox = await township.inbox.list({});
    expect(inbox.items.map((n) => n.title)).toEqual(expect.arrayContaining(['挂牌督办:逾期事项', '督办:逾期事项', '催办:逾期事项']));
    const events = (await township.task.get({ taskId: task.id })).events.filter((e) => e.action === 'escalate');
    expect(events).toHaveLength(4);
  });

  it('samples closed items for post-supervision; a relapse re-opens the item', async () => {
    const task = await handOver({ title: '后督察事项' });
    const township = await t.api.as('a-xiangzhen');
    const duchashi = await t.api.as('a-duchashi');
    await township.task.handle({ taskId: task.id, action: 'sign' });
    await township.task.handle({ taskId: task.id, action: 'start' });
    await township.task.handle({ taskId: task.id, action: 'submit', note: '已整改' });
    await duchashi.task.verify({ taskId: task.id, action: 'pass' });
    const from = new Date(Date.now() - DAY).toISOString();
    const to = new Date(Date.now() + DAY).toISOString();
    const drawn = await duchashi.supervision.samplePostChecks({ orgUnitId: t.county.county.id, sharePercent: 100, from, to });
    expect(drawn.drawn).toBeGreaterThanOrEqual(1);
    const check = (await duchashi.supervision.postChecks()).find((c) => c.task.id === task.id)!;
    await duchashi.supervision.recordPostCheck({ checkId: check.id, result: 'relapse', note: '现场复查发现反弹' });
    expect((await duchashi.task.get({ taskId: task.id })).status).toBe('rectifying');
  });

  it('computes completion, on-time, meeting and satisfaction rates per unit', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const stats = await duchashi.supervision.stats({ orgUnitId: t.county.county.id });
    expect(stats.unit.total).toBeGreaterThan(0);
    expect(stats.children.map((c) => c.name)).toContain(t.county.seeded.townships[0]!.name);
    const first = stats.children.find((c) => c.id === t.county.seeded.townships[0]!.id)!;
    expect(first.completionRate).toBeGreaterThan(0);
  });
});

describe('督办台账 export', () => {
  const t = useTestCounty();

  it('exports the items the caller sees, with the same filters as the board', async () => {
    const office = t.county.seeded.departments.get('supervision-office')!.id;
    const duchashi = await t.api.as('a-duchashi');
    const deadline = new Date(Date.now() + 5 * DAY).toISOString();
    await duchashi.task.handOver({ kind: 'rectification', title: '台账事项一', supervisingUnitId: office, responsibleUnitId: t.county.seeded.townships[0]!.id, deadline });
    await duchashi.task.handOver({ kind: 'complaint', title: '台账事项二', supervisingUnitId: office, responsibleUnitId: t.county.seeded.townships[1]!.id, deadline });
    const all = await duchashi.task.exportLedger({});
    expect(all.rows).toBe(2);
    const township = await t.api.as('a-xiangzhen');
    const own = await township.task.exportLedger({ kind: 'rectification' });
    expect(own.rows).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(own.fileBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('督办台账')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('事项');
    expect(sheet.getRow(2).getCell(3).value).toBe('台账事项一');
    expect(sheet.getRow(2).getCell(8).value).toBe('已交办');
  });
});

describe('supervision metrics for scoring', () => {
  const t = useTestCounty();

  it('exposes completion, on-time, overdue, meeting and satisfaction as metric sources', async () => {
    const office = t.county.seeded.departments.get('supervision-office')!.id;
    const t1 = t.county.seeded.townships[0]!.id;
    const duchashi = await t.api.as('a-duchashi');
    const township = await t.api.as('a-xiangzhen');
    const deadline = new Date(Date.now() + 5 * DAY).toISOString();
    const a = await duchashi.task.handOver({ kind: 'complaint', title: '12369 投诉:养殖场异味', supervisingUnitId: office, responsibleUnitId: t1, deadline, proposer: '王女士' });
    await duchashi.task.handOver({ kind: 'rectification', title: '垃圾未日清', supervisingUnitId: office, responsibleUnitId: t1, deadline });
    for (const action of ['sign', 'start'] as const) await township.task.handle({ taskId: a.id, action });
    await township.task.handle({ taskId: a.id, action: 'submit', note: '已整改', met: true, satisfaction: 'satisfied', reply: '已上门回复' });
    await duchashi.task.verify({ taskId: a.id, action: 'pass' });
    const period = { start: new Date(Date.now() - DAY), end: new Date(Date.now() + DAY) };
    const values = Object.fromEntries(
      await Promise.all(taskMetricSources.map(async (m) => [m.key, (await m.compute(t.api.database.prisma, { countyId: t.county.county.id, orgUnitIds: [t1], period })).get(t1)] as const)),
    );
    expect(values).toEqual({
      // 见面率 is of proposals only: a complaint's "met" does not make one (there is no proposal here).
      'core.task.completionRate': 50, 'core.task.onTimeRate': 50, 'core.task.overdue': 0, 'core.task.meetingRate': undefined, 'core.task.satisfactionRate': 100,
    });
  });
});

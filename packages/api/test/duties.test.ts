import { dutyMetricFamilies } from '@duban/core';
import { describe, expect, it } from 'vitest';
import { registerDutyOverdueJob } from '../src/jobs/duty-overdue.ts';
import { registerEscalationJob } from '../src/jobs/escalation.ts';
import { runDueJobs } from '../src/jobs/scheduler.ts';
import { useTestCounty } from './county-fixture.ts';

registerDutyOverdueJob();
registerEscalationJob();

/** An instant given as China time (the county's zone), `2026-06-10 10:00`. */
const china = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const day = (n: number) => `2026-06-${String(n).padStart(2, '0')}`;

const form = {
  key: 'flood-daily', name: { zh: '汛情日报', en: 'Daily flood report' },
  items: [
    { key: 'rain', label: { zh: '24 小时降雨量', en: 'Rain in 24 h' }, type: 'number' as const, unit: 'mm', required: true },
    { key: 'note', label: { zh: '汛情简述', en: 'Summary' }, type: 'text' as const },
  ],
};

/**
 * 报送任务 (issue 15 item 3, C10) on a fake clock: a township owes a daily 汛情 report in the flood
 * season (06-01 … 09-30, 2 hours' grace). Over June it reports every day on time but one late
 * (day 10) and one missing (day 20): completeness 29/30, timeliness 28/30. The missing and the
 * late one became 催办 items when their deadlines passed; the late report closed its item.
 */
describe('reporting duties', () => {
  const t = useTestCounty();
  let dutyId = '';
  // Contexts copy the services' clock function when made: one function, reading a moving time.
  let clock = 0;
  const setClock = (at: Date) => {
    clock = at.getTime();
    t.api.services.clock = () => new Date(clock);
  };
  const township = () => t.county.seeded.townships[0]!;

  it('sets up a daily duty in the flood season', async () => {
    setClock(china('2026-05-20 09:00'));
    const admin = await t.api.as('a-admin');
    const created = await admin.duty.create({
      name: '汛情日报', ownerUnitId: t.county.county.id, unitIds: [township().id], frequency: 'daily',
      seasonStart: '06-01', seasonEnd: '09-30', graceHours: 2, form,
    });
    dutyId = created.id;
    // A form field of a type a report cannot carry is refused, bilingually keyed.
    const photoForm = { ...form, items: [{ key: 'p', label: { zh: '照片', en: 'Photo' }, type: 'photo' as const }] };
    await expect(admin.duty.create({ name: '照片报', ownerUnitId: t.county.county.id, unitIds: [township().id], frequency: 'weekly', graceHours: 0, form: photoForm }))
      .rejects.toMatchObject({ cause: { key: 'errors.duty.fieldType' } });
    await expect(admin.duty.create({ name: '年报', ownerUnitId: t.county.county.id, unitIds: [township().id], frequency: 'yearly', graceHours: 0, form }))
      .rejects.toMatchObject({ cause: { key: 'errors.duty.yearlyDate' } });
  });

  it('refuses a period the duty does not owe, one not yet started, and another township', async () => {
    setClock(china('2026-06-01 08:00'));
    const xiangzhen = await t.api.as('a-xiangzhen');
    await expect(xiangzhen.duty.submit({ dutyId, orgUnitId: township().id, periodKey: '2026-05-31', answers: { rain: 1 } })).rejects.toMatchObject({ cause: { key: 'errors.duty.periodNotOwed' } });
    await expect(xiangzhen.duty.submit({ dutyId, orgUnitId: township().id, periodKey: day(2), answers: { rain: 1 } })).rejects.toMatchObject({ cause: { key: 'errors.duty.periodNotStarted' } });
    await expect(xiangzhen.duty.submit({ dutyId, orgUnitId: township().id, periodKey: day(1), answers: {} })).rejects.toMatchObject({ cause: { key: 'errors.duty.formIncomplete' } });
    const other = await t.api.as('a-xiangzhen2');
    await expect(other.duty.submit({ dutyId, orgUnitId: township().id, periodKey: day(1), answers: { rain: 1 } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(other.duty.submit({ dutyId, orgUnitId: t.county.seeded.townships[1]!.id, periodKey: day(1), answers: { rain: 1 } })).rejects.toMatchObject({ cause: { key: 'errors.duty.notReportingUnit' } });
  });

  it('stores a replayed report once and refuses a second one for the period', async () => {
    setClock(china('2026-06-01 20:00'));
    const xiangzhen = await t.api.as('a-xiangzhen');
    const key = crypto.randomUUID();
    const first = await xiangzhen.duty.submit({ dutyId, orgUnitId: township().id, periodKey: day(1), answers: { rain: 12.5, note: '小雨' }, idempotencyKey: key });
    const again = await xiangzhen.duty.submit({ dutyId, orgUnitId: township().id, periodKey: day(1), answers: { rain: 12.5, note: '小雨' }, idempotencyKey: key });
    expect(again).toMatchObject({ id: first.id, replay: true, late: false });
    await expect(xiangzhen.duty.submit({ dutyId, orgUnitId: township().id, periodKey: day(1), answers: { rain: 3 } })).rejects.toMatchObject({ cause: { key: 'errors.duty.alreadyReported' } });
    expect(await t.api.database.prisma.dutyReport.count({ where: { dutyId } })).toBe(1);
  });

  it('over June: one late, one missing; overdue reports become 催办 and escalate', async () => {
    const prisma = t.api.database.prisma;
    const xiangzhen = await t.api.as('a-xiangzhen');
    for (let d = 2; d <= 30; d++) {
      if (d === 20) continue;
      if (d === 10) {
        // Past the deadline (day 11, 02:00) the job raises 催办; the report comes at 10:00.
        await runDueJobs(prisma, china('2026-06-11 03:00'));
        const overdue = await prisma.dutyOverdue.findFirstOrThrow({ where: { dutyId, periodKey: day(10) }, include: { task: true } });
        expect(overdue.task).toMatchObject({ kind: 'overdue_report', escalation: 'urged', status: 'handed_over', responsibleUnitId: township().id, supervisingUnitId: t.county.county.id });
        setClock(china('2026-06-11 10:00'));
        const late = await xiangzhen.duty.submit({ dutyId, orgUnitId: township().id, periodKey: day(10), answers: { rain: 30 } });
        expect(late).toMatchObject({ late: true, closedTaskId: overdue.taskId });
        expect((await prisma.task.findFirstOrThrow({ where: { id: overdue.taskId } })).status).toBe('closed');
        continue;
      }
      setClock(china(`${day(d)} 18:00`));
      await xiangzhen.duty.submit({ dutyId, orgUnitId: township().id, periodKey: day(d), answers: { rain: d } });
    }
    // What the township owes on the 20th in the evening: that day's report, yellow (due within a day).
    setClock(china('2026-06-20 21:00'));
    const mine = await xiangzhen.duty.mine();
    expect(mine.items.map((i) => [i.periodKey, i.light])).toEqual([[day(20), 'yellow']]);

    await runDueJobs(prisma, china('2026-06-21 03:00'));
    const missing = await prisma.dutyOverdue.findFirstOrThrow({ where: { dutyId, periodKey: day(20) }, include: { task: true } });
    expect(missing.task.escalation).toBe('urged');
    // The township's "my work" feed: the missing report in red, and its 催办 item to sign for, red too.
    setClock(china('2026-06-21 08:00'));
    const feed = await xiangzhen.workbench.mine();
    expect(feed.sections.find((s) => s.kind === 'report')).toMatchObject({ light: 'red', items: [{ detail: `${township().name} · ${day(20)}`, light: 'red' }] });
    expect(feed.sections.find((s) => s.kind === 'sign')?.items.find((i) => i.id === missing.taskId)?.light).toBe('red');
    expect(feed.lights.red).toBeGreaterThanOrEqual(2);
    // Raised once, however often the job runs.
    await runDueJobs(prisma, china('2026-06-21 04:00'));
    expect(await prisma.dutyOverdue.count({ where: { dutyId } })).toBe(2);
    // Supervision's escalation takes it on: 督办 three days past its deadline (default rules).
    await runDueJobs(prisma, china('2026-06-24 03:00'));
    expect((await prisma.task.findFirstOrThrow({ where: { id: missing.taskId } })).escalation).toBe('supervised');

    setClock(china('2026-07-01 09:00'));
    const calendar = await (await t.api.as('a-admin')).duty.calendar({ dutyId, month: '2026-06' });
    expect(calendar.periods).toHaveLength(30);
    const row = calendar.rows.find((r) => r.unitId === township().id)!;
    const statuses = row.cells.map((c) => c.status);
    expect(statuses.filter((s) => s === 'onTime')).toHaveLength(28);
    expect(statuses[9]).toBe('late');
    expect(statuses[19]).toBe('missing');
    expect(row.rates).toEqual({ expected: 30, received: 29, onTime: 28, completeness: 96.7, timeliness: 93.3 });
    expect(calendar.total).toMatchObject({ completeness: 96.7, timeliness: 93.3 });

    // The same figures as assessment metrics, for the township and for the county above it.
    const timeliness = dutyMetricFamilies.find((f) => f.key === 'core.duty.timeliness')!;
    const june = { start: china('2026-06-01 00:00'), end: china('2026-07-01 00:00') };
    const values = await prisma.$transaction((tx) => timeliness.compute(tx, { countyId: t.county.county.id, orgUnitIds: [township().id, t.county.county.id, t.county.seeded.townships[1]!.id], period: june, param: dutyId }));
    expect(Object.fromEntries(values)).toEqual({ [township().id]: 93.3, [t.county.county.id]: 93.3 });
  });

  it('lets the reporting township read the duty, and shows a report to its owner', async () => {
    const xiangzhen = await t.api.as('a-xiangzhen');
    expect((await xiangzhen.duty.list()).map((d) => d.id)).toContain(dutyId);
    const other = await t.api.as('a-xiangzhen2');
    expect((await other.duty.list()).map((d) => d.id)).not.toContain(dutyId);
    await expect(other.duty.get({ dutyId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const report = await t.api.database.prisma.dutyReport.findFirstOrThrow({ where: { dutyId, periodKey: day(10) } });
    const seen = await (await t.api.as('a-admin')).duty.report({ reportId: report.id });
    expect(seen).toMatchObject({ late: true, answers: { rain: 30 } });
  });
});

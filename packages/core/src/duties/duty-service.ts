// 报送任务: set a duty up, take a unit's report for a period, read who has reported.
import { newId, type Prisma } from '@duban/db';
import { badRequest, conflict, DomainError } from '../errors/index.ts';
import { checkReportAnswers, parseDutyForm } from './form.ts';
import { periodByKey, type DutyFrequency, type DutyPeriod } from './periods.ts';
import { countyTimeZone, scheduleOf } from './schedule-of.ts';
import { reportStatus, type ReportStatus } from './status.ts';

type Tx = Prisma.TransactionClient;

export interface DutyInput {
  name: string;
  description?: string | null;
  ownerUnitId: string;
  unitIds: string[];
  frequency: DutyFrequency;
  dueWeekday?: number | null;
  dueDay?: number | null;
  dueMonth?: number | null;
  seasonStart?: string | null;
  seasonEnd?: string | null;
  graceHours: number;
  form: unknown;
  origin?: string;
}

const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Rules across fields the input schema cannot state alone, each with its own key. */
function checkSchedule(input: DutyInput) {
  if (input.frequency === 'yearly' && (!input.dueMonth || !input.dueDay)) throw badRequest('errors.duty.yearlyDate', '按年报送须指定报送日期（月、日）');
  if (input.dueMonth && input.dueDay && input.dueDay > DAYS_IN[input.dueMonth - 1]!) throw badRequest('errors.duty.badDate', '报送日期不存在');
  if (Boolean(input.seasonStart) !== Boolean(input.seasonEnd)) throw badRequest('errors.duty.seasonBoth', '报送时段须同时填写开始和结束日期');
  for (const md of [input.seasonStart, input.seasonEnd]) {
    if (!md) continue;
    const [m, d] = md.split('-').map(Number);
    if (!m || !d || m > 12 || d > DAYS_IN[m - 1]!) throw badRequest('errors.duty.badSeason', `报送时段日期「${md}」不存在`, { date: md });
  }
}

export async function createDuty(db: Tx, countyId: string, input: DutyInput, actorUserId: string | null, now: Date) {
  checkSchedule(input);
  // Validated here, stored as written (the checklist schema reads its own shape back).
  parseDutyForm(input.form);
  const id = newId();
  await db.reportingDuty.create({
    data: {
      countyId, id, name: input.name, description: input.description ?? null, ownerUnitId: input.ownerUnitId, frequency: input.frequency,
      dueWeekday: input.frequency === 'weekly' ? (input.dueWeekday ?? 7) : null,
      dueDay: input.frequency === 'monthly' || input.frequency === 'yearly' ? (input.dueDay ?? null) : null,
      dueMonth: input.frequency === 'yearly' ? (input.dueMonth ?? null) : null,
      seasonStart: input.seasonStart ?? null, seasonEnd: input.seasonEnd ?? null, graceHours: input.graceHours,
      form: input.form as Prisma.InputJsonValue, origin: input.origin ?? 'admin', startsAt: now, createdByUserId: actorUserId,
      units: { create: [...new Set(input.unitIds)].map((orgUnitId) => ({ orgUnitId })) },
    },
  });
  return { id };
}

export interface ReportSubmission {
  dutyId: string;
  orgUnitId: string;
  periodKey: string;
  answers: Record<string, unknown>;
  idempotencyKey?: string | null;
}

/**
 * 报送: once per unit and period. A replay with the same idempotency key answers with the first
 * report; another submission for a reported period is refused. A report that closes a 催办 item
 * (it was missing at the deadline) closes that item too.
 */
export async function submitDutyReport(db: Tx, countyId: string, input: ReportSubmission, actor: { userId: string | null; name: string | null }, now: Date) {
  const duty = await db.reportingDuty.findUnique({ where: { countyId_id: { countyId, id: input.dutyId } } });
  if (!duty || duty.archivedAt) throw new DomainError('NOT_FOUND', 'errors.duty.notFound', '报送任务不存在或已停用');
  const owes = await db.reportingDutyUnit.findUnique({ where: { countyId_dutyId_orgUnitId: { countyId, dutyId: duty.id, orgUnitId: input.orgUnitId } } });
  if (!owes) throw badRequest('errors.duty.notReportingUnit', '该单位不在此报送任务的报送单位中');
  const period = periodByKey(scheduleOf(duty), await countyTimeZone(db, countyId), input.periodKey);
  if (!period) throw badRequest('errors.duty.periodNotOwed', `「${input.periodKey}」不是此任务需要报送的期次`, { period: input.periodKey });
  if (period.start > now) throw badRequest('errors.duty.periodNotStarted', `期次「${input.periodKey}」尚未开始，不能提前报送`, { period: input.periodKey });
  const existing = await db.dutyReport.findUnique({ where: { countyId_dutyId_orgUnitId_periodKey: { countyId, dutyId: duty.id, orgUnitId: input.orgUnitId, periodKey: period.key } } });
  if (existing) {
    if (input.idempotencyKey && existing.idempotencyKey === input.idempotencyKey) return { ...existing, replay: true, closedTaskId: null };
    throw conflict('errors.duty.alreadyReported', `期次「${period.key}」已报送`, { period: period.key });
  }
  const answers = checkReportAnswers(parseDutyForm(duty.form), input.answers);
  const late = now > period.deadline;
  const report = await db.dutyReport.create({
    data: {
      countyId, id: newId(), dutyId: duty.id, orgUnitId: input.orgUnitId, periodKey: period.key, deadline: period.deadline, submittedAt: now, late,
      answers: answers as Prisma.InputJsonValue, submittedByUserId: actor.userId, submittedByName: actor.name, idempotencyKey: input.idempotencyKey ?? null,
    },
  });
  const closedTaskId = await closeOverdueItem(db, countyId, duty.id, input.orgUnitId, period.key, actor, now);
  return { ...report, replay: false, closedTaskId };
}

/** The 催办 item of a missing report, closed when the report arrives (补报). */
async function closeOverdueItem(db: Tx, countyId: string, dutyId: string, orgUnitId: string, periodKey: string, actor: { userId: string | null; name: string | null }, now: Date) {
  const overdue = await db.dutyOverdue.findUnique({ where: { countyId_dutyId_orgUnitId_periodKey: { countyId, dutyId, orgUnitId, periodKey } }, include: { task: true } });
  if (!overdue || overdue.task.status === 'closed' || overdue.task.status === 'notified') return null;
  await db.task.update({ where: { countyId_id: { countyId, id: overdue.taskId } }, data: { status: 'closed', closedAt: now } });
  await db.taskEvent.create({
    data: { countyId, id: newId(), taskId: overdue.taskId, action: 'pass', fromStatus: overdue.task.status, toStatus: 'closed', note: '已补报，自动办结（报表逾期提交）', actorUserId: actor.userId, actorName: actor.name, at: now },
  });
  return overdue.taskId;
}

/** The reports of the duty's units for the given periods, as statuses per unit and period key. */
export async function reportStatuses(db: Tx, countyId: string, dutyId: string, unitIds: string[], periods: DutyPeriod[], now: Date) {
  const reports = periods.length && unitIds.length
    ? await db.dutyReport.findMany({ where: { countyId, dutyId, orgUnitId: { in: unitIds }, periodKey: { in: periods.map((p) => p.key) } }, select: { orgUnitId: true, periodKey: true, submittedAt: true, id: true } })
    : [];
  const byCell = new Map(reports.map((r) => [`${r.orgUnitId}|${r.periodKey}`, r]));
  const statuses = new Map<string, { status: ReportStatus; reportId: string | null; submittedAt: Date | null }[]>();
  for (const unitId of unitIds) {
    statuses.set(unitId, periods.map((p) => {
      const r = byCell.get(`${unitId}|${p.key}`);
      return { status: reportStatus(p, r?.submittedAt ?? null, now), reportId: r?.id ?? null, submittedAt: r?.submittedAt ?? null };
    }));
  }
  return statuses;
}

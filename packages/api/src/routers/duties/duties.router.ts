// 报送任务 (issue 15 item 3, C10): set up a duty, report on it, see who has reported and how timely.
import type { TRPCRouterRecord } from '@trpc/server';
import {
  countyTimeZone, createDuty, DomainError, dutyRates, parseDutyForm, pendingReports, periodsOverlapping, ratesOf, reportStatuses, scheduleOf, scopeRoots, submitDutyReport, zonedMidnight,
} from '@duban/core';
import { nowOf } from '../../clock.ts';
import { procedure } from '../../procedures.ts';
import { createDutyInput, dutyCalendarInput, dutyIdInput, dutyReportIdInput, submitDutyReportInput } from '../../schemas/index.ts';

const monthWindow = (month: string, timeZone: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { start: zonedMidnight(Date.UTC(y, m - 1, 1), timeZone), end: zonedMidnight(Date.UTC(y, m, 1), timeZone) };
};

export const dutiesRouter = {
  /** 新建报送任务: the owner is where the caller manages; each reporting unit must be one the caller can see. */
  create: procedure
    .meta({ permission: 'core.duty.manage', scope: { entity: 'orgUnit', field: 'ownerUnitId' } })
    .input(createDutyInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const units = await ctx.db.orgUnit.findMany({ where: { countyId, id: { in: input.unitIds }, archivedAt: null }, select: { id: true, path: true } });
      if (units.length !== new Set(input.unitIds).size) throw new DomainError('NOT_FOUND', 'errors.duty.unitNotFound', '报送单位中有单位不存在或已撤销');
      for (const u of units) {
        if (!ctx.authz.has('core.duty.read', u.path)) throw new DomainError('FORBIDDEN', 'errors.duty.unitOutOfScope', '报送单位须在您可查看的范围内');
      }
      const created = await createDuty(ctx.db, countyId, input, ctx.actor!.userId, nowOf(ctx));
      await ctx.audit({ entityType: 'reportingDuty', entityId: created.id, orgUnitId: input.ownerUnitId, after: { name: input.name, frequency: input.frequency, units: input.unitIds.length, graceHours: input.graceHours } });
      return created;
    }),

  /** 停用: no more periods are owed (reports already in stay, and count in past rates). */
  archive: procedure
    .meta({ permission: 'core.duty.manage', scope: { entity: 'reportingDuty', field: 'dutyId' } })
    .input(dutyIdInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { count } = await ctx.db.reportingDuty.updateMany({ where: { countyId, id: input.dutyId, archivedAt: null }, data: { archivedAt: nowOf(ctx) } });
      if (count === 0) throw new DomainError('CONFLICT', 'errors.duty.archived', '该报送任务已停用');
      await ctx.audit({ entityType: 'reportingDuty', entityId: input.dutyId, orgUnitId: ctx.authz.target!.orgUnitId, after: { archived: true } });
      return { archived: true };
    }),

  /** Duties owned by, or owed by, units the caller may read. */
  list: procedure
    .meta({ permission: 'core.duty.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const inRoots = ctx.authz.roots.map((r) => ({ path: { startsWith: r } }));
      const rows = await ctx.db.reportingDuty.findMany({
        where: { countyId, OR: [{ ownerUnit: { OR: inRoots } }, { units: { some: { orgUnit: { OR: inRoots } } } }] },
        include: { ownerUnit: { select: { name: true } }, _count: { select: { units: true } } },
        orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
        take: 200,
      });
      return rows.map((d) => ({
        id: d.id, name: d.name, ownerUnit: d.ownerUnit.name, frequency: d.frequency, dueWeekday: d.dueWeekday, dueDay: d.dueDay, dueMonth: d.dueMonth,
        seasonStart: d.seasonStart, seasonEnd: d.seasonEnd, graceHours: d.graceHours, units: d._count.units, archived: d.archivedAt !== null, origin: d.origin,
      }));
    }),

  /** One duty, its form and its reporting units. */
  get: procedure
    .meta({ permission: 'core.duty.read', scope: { entity: 'reportingDuty', field: 'dutyId' } })
    .input(dutyIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const d = await ctx.db.reportingDuty.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.dutyId } },
        include: { ownerUnit: { select: { id: true, name: true } }, units: { include: { orgUnit: { select: { id: true, name: true, path: true } } }, orderBy: { orgUnit: { path: 'asc' } } } },
      });
      return {
        id: d.id, name: d.name, description: d.description, ownerUnit: d.ownerUnit, frequency: d.frequency, dueWeekday: d.dueWeekday, dueDay: d.dueDay, dueMonth: d.dueMonth,
        seasonStart: d.seasonStart, seasonEnd: d.seasonEnd, graceHours: d.graceHours, archived: d.archivedAt !== null, origin: d.origin,
        form: parseDutyForm(d.form), units: d.units.map((u) => ({ id: u.orgUnit.id, name: u.orgUnit.name })),
      };
    }),

  /**
   * 报送日历: the month's periods × the reporting units the caller may read, each cell a status,
   * and per unit the month's completeness and timeliness (its periods whose deadline has passed).
   */
  calendar: procedure
    .meta({ permission: 'core.duty.read', scope: { entity: 'reportingDuty', field: 'dutyId' } })
    .input(dutyCalendarInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const now = nowOf(ctx);
      const duty = await ctx.db.reportingDuty.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.dutyId } },
        include: { units: { include: { orgUnit: { select: { id: true, name: true, path: true } } }, orderBy: { orgUnit: { path: 'asc' } } } },
      });
      const timeZone = await countyTimeZone(ctx.db, countyId);
      const window = monthWindow(input.month, timeZone);
      const periods = periodsOverlapping(scheduleOf(duty), timeZone, window.start, window.end);
      const units = duty.units.map((u) => u.orgUnit).filter((u) => ctx.authz.roots.some((r) => u.path.startsWith(r)));
      const unitIds = units.map((u) => u.id);
      const [cells, rates] = await Promise.all([
        reportStatuses(ctx.db, countyId, duty.id, unitIds, periods, now),
        dutyRates(ctx.db, countyId, duty.id, unitIds, window, now),
      ]);
      const empty = ratesOf([]);
      const rows = units.map((u) => ({ unitId: u.id, unitName: u.name, cells: cells.get(u.id)!, rates: rates.get(u.id) ?? empty }));
      const sum = (k: 'expected' | 'received' | 'onTime') => rows.reduce((n, r) => n + r.rates[k], 0);
      const expected = sum('expected');
      const pct = (n: number) => (expected ? Math.round((n * 1000) / expected) / 10 : null);
      return {
        month: input.month, timeZone, now,
        periods: periods.map((p) => ({ key: p.key, start: p.start, dueAt: p.dueAt, deadline: p.deadline })),
        rows,
        total: { expected, received: sum('received'), onTime: sum('onTime'), completeness: pct(sum('received')), timeliness: pct(sum('onTime')) },
      };
    }),

  /** One report as submitted (the calendar's cell opens it). */
  report: procedure
    .meta({ permission: 'core.duty.read', scope: { entity: 'dutyReport', field: 'reportId' } })
    .input(dutyReportIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const r = await ctx.db.dutyReport.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.reportId } }, include: { duty: { select: { name: true, form: true } }, orgUnit: { select: { name: true } } } });
      return {
        id: r.id, dutyName: r.duty.name, unitName: r.orgUnit.name, periodKey: r.periodKey, submittedAt: r.submittedAt, deadline: r.deadline, late: r.late,
        submittedByName: r.submittedByName, answers: r.answers as Record<string, unknown>, form: parseDutyForm(r.duty.form),
      };
    }),

  /** 待报送: what the caller's units owe now and have missed in the last week, most urgent first. */
  mine: procedure
    .meta({ permission: 'core.duty.report', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const items = await pendingReports(ctx.db, ctx.authz.target!.countyId, ctx.authz.roots, nowOf(ctx));
      return { items: items.slice(0, 100), count: items.length, overdue: items.filter((i) => i.light === 'red').length };
    }),

  /** 报送: one report per unit and period; a replay with the same key answers with the first. */
  submit: procedure
    .meta({ permission: 'core.duty.report', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(submitDutyReportInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const r = await submitDutyReport(ctx.db, countyId, input, { userId: ctx.actor!.userId, name: ctx.actor!.name }, nowOf(ctx));
      await ctx.audit({
        entityType: 'dutyReport', entityId: r.id, orgUnitId: input.orgUnitId,
        after: { dutyId: input.dutyId, periodKey: r.periodKey, late: r.late, closedTaskId: r.closedTaskId }, detail: r.replay ? 'replayed report (already stored)' : null,
      });
      return { id: r.id, periodKey: r.periodKey, late: r.late, replay: r.replay, closedTaskId: r.closedTaskId };
    }),
} satisfies TRPCRouterRecord;

/** The roots where the actor may report (the "my work" feed asks without holding the permission on its own procedure). */
export const reportRoots = (grants: Parameters<typeof scopeRoots>[0]) => scopeRoots(grants, 'core.duty.report');

import { getOrgUnit } from '@duban/plugin-sdk/server';
import { newId, type Prisma } from '@duban/plugin-sdk/db';
import { emitPluginEvent, pluginError, procedure, type TRPCRouterRecord } from '@duban/plugin-sdk/server';
import { classifyIncident } from '../shared/classify-incident.ts';
import { yearPeriod } from '../shared/periods.ts';
import { incidentDetail, incidentSummary } from './incident-view.ts';
import { addReportInput, confirmLevelInput, createIncidentInput, incidentIdInput, listIncidentsInput, updateFactsInput } from './schemas/index.ts';
import { settingsFor } from './settings.ts';
import { meta } from './meta.ts';

const byUnit = { entity: 'orgUnit', field: 'orgUnitId' } as const;
const byIncident = { entity: 'foodSafetyIncident', field: 'incidentId' } as const;
const withUnit = { orgUnit: { select: { name: true, path: true } } } as const;

type Tx = Prisma.TransactionClient;

async function loadIncident(db: Tx, countyId: string, id: string) {
  const row = await db.foodSafetyIncident.findUnique({ where: { countyId_id: { countyId, id } }, include: { ...withUnit, reports: true } });
  if (!row) throw pluginError('NOT_FOUND', { zh: `未找到食品安全事故(${id})`, en: `Incident ${id} not found` });
  return row;
}

async function detail(db: Tx, countyId: string, id: string) {
  const row = await loadIncident(db, countyId, id);
  const settings = await settingsFor(db, countyId, [row.orgUnitId]);
  return incidentDetail(row, settings(row.orgUnitId));
}

const actorName = (ctx: { actor: { name: string } | null }) => ctx.actor?.name ?? null;

export const incidentRouter = {
  /** The incidents of a unit and the units below it (of one year, when given), newest first. */
  list: procedure
    .meta(meta({ permission: 'food-safety.incident.read', scope: byUnit }))
    .input(listIncidentsInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const period = input.year ? yearPeriod(input.year) : null;
      const rows = await ctx.db.foodSafetyIncident.findMany({
        where: {
          countyId: unit.countyId, archivedAt: null, orgUnit: { path: { startsWith: unit.path } },
          ...(period ? { occurredAt: { gte: period.start, lt: period.end } } : {}),
        },
        include: { ...withUnit, reports: { select: { reportedAt: true } } },
        orderBy: [{ occurredAt: 'desc' }, { id: 'asc' }],
      });
      const settings = await settingsFor(ctx.db, unit.countyId, [...new Set(rows.map((r) => r.orgUnitId))]);
      const now = new Date();
      return rows.map((r) => incidentSummary(r, settings(r.orgUnitId), now));
    }),

  get: procedure
    .meta(meta({ permission: 'food-safety.incident.read', scope: byIncident }))
    .input(incidentIdInput)
    .query(({ ctx, input }) => detail(ctx.db, ctx.authz.target!.countyId, input.incidentId)),

  /** 登记: the facts, graded on the spot; the first report when the unit has made one. */
  create: procedure
    .meta(meta({ permission: 'food-safety.incident.report', scope: byUnit }))
    .input(createIncidentInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      if (unit.level !== 'township' && unit.level !== 'village') {
        throw pluginError('BAD_REQUEST', { zh: '食品安全事故应登记在事发乡镇或村', en: 'Record an incident at the township or village where it happened' });
      }
      const { initialReport, orgUnitId: _unit, ...facts } = input;
      const id = newId();
      const data = {
        ...facts, countyId: unit.countyId, id, orgUnitId: unit.id, description: facts.description ?? null,
        occurredAt: new Date(facts.occurredAt), discoveredAt: new Date(facts.discoveredAt),
        suggestedLevel: classifyIncident(facts).level, recordedByName: actorName(ctx),
      };
      const row = await ctx.db.foodSafetyIncident.create({ data });
      if (initialReport) {
        await ctx.db.foodSafetyIncidentReport.create({
          data: { countyId: unit.countyId, id: newId(), incidentId: id, kind: 'initial', ...initialReport, reportedAt: new Date(initialReport.reportedAt), recordedByName: actorName(ctx) },
        });
      }
      await ctx.audit({ entityType: 'foodSafetyIncident', entityId: id, orgUnitId: unit.id, after: { ...row, initialReport: initialReport ?? null } });
      return detail(ctx.db, unit.countyId, id);
    }),

  /** Corrects the facts; the suggestion follows them, a confirmed level stays the official's. */
  updateFacts: procedure
    .meta(meta({ permission: 'food-safety.incident.report', scope: byIncident }))
    .input(updateFactsInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { incidentId, ...facts } = input;
      const before = await loadIncident(ctx.db, countyId, incidentId);
      const after = await ctx.db.foodSafetyIncident.update({
        where: { countyId_id: { countyId, id: incidentId } },
        data: { ...facts, suggestedLevel: classifyIncident(facts).level },
      });
      const { reports: _r, orgUnit: _o, ...beforeRow } = before;
      await ctx.audit({ entityType: 'foodSafetyIncident', entityId: incidentId, orgUnitId: after.orgUnitId, before: beforeRow, after, detail: 'facts corrected' });
      return detail(ctx.db, countyId, incidentId);
    }),

  /** 首报 / 续报 / 终报: one step of the reporting timeline. */
  addReport: procedure
    .meta(meta({ permission: 'food-safety.incident.report', scope: byIncident }))
    .input(addReportInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const incident = await loadIncident(ctx.db, countyId, input.incidentId);
      const reportedAt = new Date(input.reportedAt);
      if (reportedAt < incident.discoveredAt) {
        throw pluginError('BAD_REQUEST', { zh: '报告时间不能早于事故发现时间', en: 'A report cannot precede the discovery of the incident' });
      }
      if (input.kind === 'initial' && incident.reports.length > 0) {
        throw pluginError('CONFLICT', { zh: '该事故已有首报,请选择续报或终报', en: 'The incident already has its first report: add a follow-up or final report' });
      }
      const report = await ctx.db.foodSafetyIncidentReport.create({
        data: { countyId, id: newId(), incidentId: incident.id, kind: input.kind, reportedAt, reportedTo: input.reportedTo, content: input.content, recordedByName: actorName(ctx) },
      });
      await ctx.audit({ entityType: 'foodSafetyIncidentReport', entityId: report.id, orgUnitId: incident.orgUnitId, after: report });
      return detail(ctx.db, countyId, incident.id);
    }),

  /** 认定: an official sets the level (it may differ from the suggestion) with a reason, and the findings. */
  confirm: procedure
    .meta(meta({ permission: 'food-safety.incident.confirm', scope: byIncident }))
    .input(confirmLevelInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await loadIncident(ctx.db, countyId, input.incidentId);
      const after = await ctx.db.foodSafetyIncident.update({
        where: { countyId_id: { countyId, id: input.incidentId } },
        data: { confirmedLevel: input.level, confirmReason: input.reason, confirmedAt: new Date(), confirmedByName: actorName(ctx), falsified: input.falsified, mishandled: input.mishandled },
      });
      await ctx.audit({
        entityType: 'foodSafetyIncident', entityId: after.id, orgUnitId: after.orgUnitId,
        before: { confirmedLevel: before.confirmedLevel, confirmReason: before.confirmReason, falsified: before.falsified, mishandled: before.mishandled },
        after: { confirmedLevel: after.confirmedLevel, confirmReason: after.confirmReason, falsified: after.falsified, mishandled: after.mishandled },
        detail: `level confirmed ${after.confirmedLevel} (suggested ${after.suggestedLevel})`,
      });
      await emitPluginEvent(ctx, {
        name: 'food-safety.incident.confirmed', countyId,
        payload: { incidentId: after.id, orgUnitId: after.orgUnitId, level: after.confirmedLevel!, suggestedLevel: after.suggestedLevel, falsified: after.falsified, mishandled: after.mishandled },
      });
      return detail(ctx.db, countyId, after.id);
    }),
} satisfies TRPCRouterRecord;

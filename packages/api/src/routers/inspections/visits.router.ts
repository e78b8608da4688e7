import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import {
  cancelVisit, completeVisit, exportVisits, getOrgUnit, isVisitVisibleTo, planVisit, scopeRoots, startVisit, updateVisit,
} from '@duban/core';
import type { Prisma } from '@duban/db';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import { procedure } from '../../procedures.ts';
import { exportVisitsInput, listVisitsInput, planVisitInput, updateVisitInput, visitIdInput } from '../../schemas/index.ts';
import { nowOf, viewerOf, visibleVisit, visitScopeWhere } from './guard.ts';
import { resolveTemplateRefs } from './plugin-templates.ts';
import { resolveVisitSubject } from './visit-subject.ts';
import { recordView, visitInclude, visitView } from './views.ts';

const EXPORT_LIMIT = 20_000;

/** Every list, count and export of visits starts from the same filter (guard.ts → visibility.ts). */
async function listWhere(ctx: Context, roots: string[], input: z.infer<typeof exportVisitsInput>): Promise<Prisma.InspectionVisitWhereInput> {
  const viewer = input.mine ? await viewerOf(ctx) : null;
  return {
    AND: [
      await visitScopeWhere(ctx, roots),
      input.status ? { status: { in: input.status } } : {},
      input.groupId ? { groupId: input.groupId } : {},
      input.orgUnitId ? { orgUnitId: input.orgUnitId } : {},
      viewer ? { groupId: { in: viewer.groupIds } } : {},
      input.search ? { OR: [{ title: { contains: input.search } }, { orgUnit: { name: { contains: input.search } } }, { group: { name: { contains: input.search } } }] } : {},
    ],
  };
}

export const visitsRouter = {
  listVisits: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'anywhere' } })
    .input(listVisitsInput)
    .query(async ({ ctx, input }) => {
      const where = await listWhere(ctx, ctx.authz.roots, input);
      const [total, rows] = await Promise.all([
        ctx.db.inspectionVisit.count({ where }),
        ctx.db.inspectionVisit.findMany({
          where, include: visitInclude, orderBy: [{ windowStart: 'asc' }, { title: 'asc' }],
          skip: (input.page - 1) * input.pageSize, take: input.pageSize,
        }),
      ]);
      return { total, items: rows.map(visitView) };
    }),

  /** Dashboard figures: counts by status, records and findings — of visible visits only. */
  visitStats: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'anywhere' } })
    .input(exportVisitsInput.pick({ orgUnitId: true }))
    .query(async ({ ctx, input }) => {
      const where = await listWhere(ctx, ctx.authz.roots, input);
      const byStatus = await ctx.db.inspectionVisit.groupBy({ by: ['status'], where, _count: true });
      const records = await ctx.db.inspectionRecord.groupBy({ by: ['passed'], where: { visit: where, correctedBy: { is: null } }, _count: true });
      const findings = await ctx.db.inspectionFinding.count({ where: { visit: where } });
      // Whether 只看本组 can show anything: a user in no group (the county admin) starts with all visits.
      const inGroup = (await viewerOf(ctx)).groupIds.length > 0;
      const count = (s: string) => byStatus.find((b) => b.status === s)?._count ?? 0;
      return {
        planned: count('planned'), inProgress: count('in_progress'), completed: count('completed'), cancelled: count('cancelled'),
        total: byStatus.reduce((n, b) => n + b._count, 0),
        recordsPassed: records.find((r) => r.passed)?._count ?? 0,
        recordsFailed: records.find((r) => !r.passed)?._count ?? 0,
        findings,
        inGroup,
      };
    }),

  exportVisits: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'anywhere' } })
    .input(exportVisitsInput)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.inspectionVisit.findMany({
        where: await listWhere(ctx, ctx.authz.roots, input), include: visitInclude, orderBy: [{ windowStart: 'asc' }], take: EXPORT_LIMIT + 1,
      });
      if (rows.length > EXPORT_LIMIT) throw new TRPCError({ code: 'BAD_REQUEST', message: `超过 ${EXPORT_LIMIT} 条,请缩小筛选范围后导出` });
      const file = await exportVisits(rows.map((v) => ({ ...v, unit: v.orgUnit.name, group: v.group.name, records: v._count.records, findings: v._count.findings })));
      return { fileName: `督查台账-${new Date().toISOString().slice(0, 10)}.xlsx`, fileBase64: file.toString('base64'), rows: rows.length };
    }),

  /** One visit with its records (every version) and findings, or NOT_FOUND if the rules hide it. */
  getVisit: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'inspectionVisit', field: 'visitId' } })
    .input(visitIdInput)
    .query(async ({ ctx, input, path }) => {
      const countyId = ctx.authz.target!.countyId;
      const visit = await visibleVisit(ctx, path, input.visitId);
      const viewer = await viewerOf(ctx);
      const now = nowOf(ctx);
      const records = await ctx.db.inspectionRecord.findMany({
        where: { countyId, visitId: visit.id }, orderBy: [{ submittedAt: 'asc' }],
        include: { files: true, correctedBy: { select: { id: true } }, templateVersion: { include: { template: { select: { id: true, name: true } } } } },
      });
      const findings = await ctx.db.inspectionFinding.findMany({
        where: { countyId, visitId: visit.id }, orderBy: { createdAt: 'asc' },
        include: { task: { select: { id: true, serial: true, status: true, deadline: true } }, returnVisit: { include: { planningUnit: true } } },
      });
      const versions = await ctx.db.inspectionTemplateVersion.findMany({
        where: { countyId, templateId: { in: visit.templates.map((t) => t.template.id) } }, orderBy: { version: 'desc' },
      });
      const member = viewer.groupIds.includes(visit.groupId);
      const holds = (permission: string) => scopeRoots(ctx.actor!.grants, permission).length > 0;
      return {
        ...visitView(visit),
        // The version an inspector fills now: each template's current one.
        forms: visit.templates.map((t) => {
          const v = versions.find((x) => x.templateId === t.template.id && x.version === t.template.currentVersion)!;
          return { templateId: t.template.id, name: t.template.name, templateVersionId: v.id, version: v.version, definition: v.definition };
        }),
        records: records.map((r) => recordView(r, r.correctedBy?.id ?? null)),
        findings: findings.map(({ returnVisit, returnVisitId: _id, ...f }) => {
          // 杀回马枪 is itself unannounced: the unit learns of the return visit — and its id — when it starts.
          const visible = returnVisit && isVisitVisibleTo(returnVisit, viewer, now);
          return {
            ...f,
            returnVisitId: visible ? returnVisit.id : null,
            returnVisit: visible ? { id: returnVisit.id, windowStart: returnVisit.windowStart, windowEnd: returnVisit.windowEnd, status: returnVisit.status } : null,
          };
        }),
        can: {
          // Filling opens with the window: the server refuses a record before it (tooEarly).
          inspect: member && holds('core.inspection.inspect') && ['planned', 'in_progress'].includes(visit.status) && visit.windowStart.getTime() <= now.getTime(),
          correct: member && holds('core.inspection.inspect'),
          handOver: holds('core.inspection.findings') && (member || ctx.authz.has('core.inspection.plan', visit.planningUnit.path)) && visit.startedAt !== null,
          plan: ctx.authz.has('core.inspection.plan', visit.planningUnit.path) && visit.status === 'planned',
        },
      };
    }),

  planVisit: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'inspectionGroup', field: 'groupId' } })
    .input(planVisitInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const unit = await getOrgUnit(ctx.db, countyId, input.orgUnitId);
      const templateIds = await resolveTemplateRefs(ctx.db, countyId, input.templateRefs, unit, ctx.authz.target!.orgUnitId);
      const subject = await resolveVisitSubject(ctx.db, countyId, unit, input.subject);
      const visit = await planVisit(ctx.db, countyId, {
        ...input, subject, windowStart: new Date(input.windowStart), windowEnd: new Date(input.windowEnd), templateIds,
      }, ctx.actor!.userId, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionVisit', entityId: visit.id, orgUnitId: visit.planningUnitId, after: visit });
      return visit;
    }),

  updateVisit: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'inspectionVisitPlanning', field: 'visitId' } })
    .input(updateVisitInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const group = await ctx.db.inspectionGroup.findUnique({ where: { countyId_id: { countyId, id: input.groupId } }, include: { planningUnit: true } });
      // The new group must belong to a planning unit the caller plans for, too.
      if (group) ctx.authz.assertAllowed(group.planningUnit.path);
      const unit = await getOrgUnit(ctx.db, countyId, input.orgUnitId);
      const templateIds = await resolveTemplateRefs(ctx.db, countyId, input.templateRefs, unit, ctx.authz.target!.orgUnitId);
      const subject = await resolveVisitSubject(ctx.db, countyId, unit, input.subject);
      const { before, visit } = await updateVisit(ctx.db, countyId, input.visitId, {
        ...input, subject, windowStart: new Date(input.windowStart), windowEnd: new Date(input.windowEnd), templateIds,
      }, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionVisit', entityId: visit.id, orgUnitId: visit.planningUnitId, before, after: visit });
      return visit;
    }),

  cancelVisit: procedure
    .meta({ permission: 'core.inspection.plan', scope: { entity: 'inspectionVisitPlanning', field: 'visitId' } })
    .input(visitIdInput)
    .mutation(async ({ ctx, input }) => {
      const { before, visit } = await cancelVisit(ctx.db, ctx.authz.target!.countyId, input.visitId, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionVisit', entityId: visit.id, orgUnitId: visit.planningUnitId, before: { status: before.status }, after: { status: visit.status } });
      return visit;
    }),

  /**
   * The group checks in on site. Authorised by membership of the visit's group (checked by the
   * service) rather than by a unit: inspectors come from many units, and only the group's own
   * members may act for it.
   */
  startVisit: procedure
    .meta({ permission: 'core.inspection.inspect', scope: { entity: 'anywhere' } })
    .input(visitIdInput)
    .mutation(async ({ ctx, input }) => {
      const { before, visit } = await startVisit(ctx.db, ctx.actor!.countyId, input.visitId, ctx.actor!.personId, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionVisit', entityId: visit.id, orgUnitId: visit.orgUnitId, before: { status: before.status }, after: { status: visit.status, startedAt: visit.startedAt } });
      return visit;
    }),

  completeVisit: procedure
    .meta({ permission: 'core.inspection.inspect', scope: { entity: 'anywhere' } })
    .input(visitIdInput)
    .mutation(async ({ ctx, input }) => {
      const { before, visit } = await completeVisit(ctx.db, ctx.actor!.countyId, input.visitId, ctx.actor!.personId, nowOf(ctx));
      await ctx.audit({ entityType: 'inspectionVisit', entityId: visit.id, orgUnitId: visit.orgUnitId, before: { status: before.status }, after: { status: visit.status } });
      return visit;
    }),
} satisfies TRPCRouterRecord;


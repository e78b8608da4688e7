import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { applyEscalation, defaultEscalationRules, defaultListingLeaderSource, getOrgUnit, pickForPostCheck, recordPostCheck, sampleForPostCheck, setUnitLeader, taskRates, type EvidenceFile } from '@duban/core';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { id, lightStatuses, trafficLight, escalationRulesInput, pickPostCheckInput, postCheckFileInput, recordPostCheckInput, samplePostCheckInput, setUnitLeaderInput, taskStatsInput } from '../../schemas/index.ts';
import { visibleTasks, yellowDaysOf } from './task-visibility.ts';
import { nowOf } from '../../clock.ts';

/** Dashboards, escalation rules and post-supervision (后督察) around the task lifecycle. */
export const supervisionRouter = {
  /** A unit's dashboard: counts by status and escalation, and the rates of each child unit. */
  stats: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(taskStatsInput)
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const year = input.year ?? new Date().getFullYear();
      const period = { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
      const where = { ...visibleTasks(unit.countyId, [unit.path]), createdAt: { gte: period.start, lt: period.end } };
      const [byStatus, byEscalation, children] = await Promise.all([
        ctx.db.task.groupBy({ by: ['status'], where, _count: { _all: true } }),
        ctx.db.task.groupBy({ by: ['escalation'], where, _count: { _all: true } }),
        ctx.db.orgUnit.findMany({ where: { countyId: unit.countyId, parentId: unit.id, archivedAt: null, level: { not: 'department' } }, orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } }),
      ]);
      const rates = await taskRates(ctx.db, unit.countyId, [unit.id, ...children.map((c) => c.id)], period);
      return {
        year,
        byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])),
        byEscalation: Object.fromEntries(byEscalation.map((s) => [s.escalation, s._count._all])),
        unit: { id: unit.id, name: unit.name, ...rates.get(unit.id) },
        children: children.map((c) => ({ ...c, ...rates.get(c.id) })),
      };
    }),

  /**
   * 领导视图: the open items under a unit by traffic light, per child unit (county → township →
   * village), so a leader drills down to the items. Lights come from the one rule the lists use.
   */
  leaderView: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(z.object({ orgUnitId: id }))
    .query(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const now = nowOf(ctx);
      const [yellowDays, children, items, ancestors] = await Promise.all([
        yellowDaysOf(ctx.db, unit.countyId),
        ctx.db.orgUnit.findMany({
          where: { countyId: unit.countyId, parentId: unit.id, archivedAt: null, level: { not: 'group' } },
          orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }],
          select: { id: true, name: true, level: true, path: true, _count: { select: { children: { where: { archivedAt: null, level: { not: 'group' } } } } } },
        }),
        ctx.db.task.findMany({
          where: { countyId: unit.countyId, status: { in: [...lightStatuses, 'submitted'] }, responsibleUnit: { path: { startsWith: unit.path } } },
          select: { status: true, deadline: true, responsibleUnit: { select: { path: true } } },
        }),
        // The way back up, within what the caller may read.
        ctx.db.orgUnit.findMany({ where: { countyId: unit.countyId, id: { in: unit.path.split('/').filter((p) => p && p !== unit.id) } }, select: { id: true, name: true, path: true } }),
      ]);
      const empty = () => ({ red: 0, yellow: 0, green: 0 });
      const total = empty();
      const own = empty();
      const byChild = new Map(children.map((c) => [c.id, empty()]));
      for (const item of items) {
        const light = trafficLight(item, yellowDays, now);
        if (!light) continue;
        total[light]++;
        const child = children.find((c) => item.responsibleUnit.path.startsWith(c.path));
        (child ? byChild.get(child.id)! : own)[light]++;
      }
      return {
        unit: { id: unit.id, name: unit.name, level: unit.level },
        path: ancestors.filter((a) => ctx.authz.has('core.task.read', a.path)).sort((a, b) => a.path.length - b.path.length).map(({ id, name }) => ({ id, name })),
        yellowDays, total, own,
        children: children.map((c) => ({ id: c.id, name: c.name, level: c.level, hasChildren: c._count.children > 0, ...byChild.get(c.id)! })),
      };
    }),

  /** 通报: items verified and published, newest first. */
  bulletin: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .input(z.object({ year: z.number().int().min(2000).max(2100).optional() }))
    .query(async ({ ctx, input }) => {
      const year = input.year ?? new Date().getFullYear();
      return ctx.db.task.findMany({
        where: { ...visibleTasks(ctx.authz.target!.countyId, ctx.authz.roots), status: 'notified', notifiedAt: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
        include: { responsibleUnit: { select: { id: true, name: true } } },
        orderBy: { notifiedAt: 'desc' },
        take: 500,
      });
    }),

  /** The county's escalation rules, and whose leader an item listed by rule names. */
  rules: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const [rules, listing] = await Promise.all([
        ctx.db.escalationRule.findUnique({ where: { countyId } }),
        ctx.db.listingLeaderRule.findUnique({ where: { countyId } }),
      ]);
      return { ...(rules ?? { countyId, ...defaultEscalationRules }), listingLeaderSource: listing?.source ?? defaultListingLeaderSource };
    }),

  setRules: procedure
    .meta({ permission: 'core.task.rules', scope: { entity: 'county' } })
    .input(escalationRulesInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { listingLeaderSource, ...thresholds } = input;
      const days = { ...thresholds, thresholdUnit: thresholds.thresholdUnit ?? 'days' };
      const before = await ctx.db.escalationRule.findUnique({ where: { countyId } });
      const beforeListing = await ctx.db.listingLeaderRule.findUnique({ where: { countyId } });
      const after = await ctx.db.escalationRule.upsert({ where: { countyId }, create: { countyId, ...days }, update: days });
      const listing = listingLeaderSource
        ? await ctx.db.listingLeaderRule.upsert({ where: { countyId }, create: { countyId, source: listingLeaderSource }, update: { source: listingLeaderSource } })
        : beforeListing;
      await ctx.audit({
        entityType: 'escalationRule', entityId: countyId, orgUnitId: countyId,
        before: { ...before, listingLeaderSource: beforeListing?.source ?? null }, after: { ...after, listingLeaderSource: listing?.source ?? null },
      });
      // Applied at once: the county's open items are re-evaluated under the new rules in this
      // transaction (each raise on the timeline and in the audit log), not at the next hourly run.
      const applied = await applyEscalation(ctx.db, nowOf(ctx), ctx.sms, countyId);
      return { ...after, listingLeaderSource: listing?.source ?? defaultListingLeaderSource, applied };
    }),

  /** 立即执行升级: the 督查室 runs the escalation job for its county now. */
  runEscalation: procedure
    .meta({ permission: 'core.task.rules', scope: { entity: 'county' } })
    .mutation(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const result = await applyEscalation(ctx.db, nowOf(ctx), ctx.sms, countyId);
      await ctx.audit({ entityType: 'escalationRule', entityId: countyId, orgUnitId: countyId, after: result, detail: 'escalation run on demand' });
      return result;
    }),

  /** 单位主要负责人 designated in the caller's view, named on items the escalation job lists. */
  leaders: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const rows = await ctx.db.unitLeader.findMany({
        where: { countyId: ctx.authz.target!.countyId, OR: ctx.authz.roots.map((r) => ({ orgUnit: { path: { startsWith: r } } })) },
        include: { orgUnit: { select: { id: true, name: true, path: true, level: true } }, person: { select: { id: true, name: true, position: true, phone: true, archivedAt: true } } },
      });
      return rows.sort((a, b) => a.orgUnit.path.length - b.orgUnit.path.length || a.orgUnit.name.localeCompare(b.orgUnit.name, 'zh-CN'));
    }),

  /** Designates a unit's principal leader (or clears it with personId null). */
  setLeader: procedure
    .meta({ permission: 'core.task.rules', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(setUnitLeaderInput)
    .mutation(async ({ ctx, input }) => {
      const { before, after } = await setUnitLeader(ctx.db, ctx.authz.target!.countyId, input.orgUnitId, input.personId);
      await ctx.audit({ entityType: 'unitLeader', entityId: input.orgUnitId, orgUnitId: input.orgUnitId, before, after });
      return { ok: true };
    }),

  samplePostChecks: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(samplePostCheckInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await getOrgUnit(ctx.db, ctx.authz.target!.countyId, input.orgUnitId);
      const result = await sampleForPostCheck(ctx.db, unit.countyId, unit.path, input.sharePercent / 100, { start: new Date(input.from), end: new Date(input.to) });
      await ctx.audit({ entityType: 'postCheck', orgUnitId: unit.id, after: result, detail: `post-supervision: drew ${result.drawn} of ${result.eligible}` });
      return result;
    }),

  /** 后督察台账: the items drawn for re-inspection and their outcome. */
  postChecks: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const rows = await ctx.db.postCheck.findMany({
        where: { task: visibleTasks(ctx.authz.target!.countyId, ctx.authz.roots) },
        include: {
          task: { select: { id: true, serial: true, title: true, responsibleUnit: { select: { name: true } } } },
          postCheckEvidence_postCheck: { select: { id: true, fileName: true, contentType: true, size: true }, orderBy: { uploadedAt: 'asc' } },
        },
        orderBy: { sampledAt: 'desc' },
        take: 500,
      });
      // The area model's evidence under a plain name (the generated back-relation's is the schema composer's).
      return rows.map(({ postCheckEvidence_postCheck: evidence, ...check }) => ({ ...check, evidence }));
    }),

  recordPostCheck: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'postCheck', field: 'checkId' } })
    .input(recordPostCheckInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      // A re-examination video may be up to 10 MB; photos and scans 3 MB as on items.
      const evidence: EvidenceFile[] = [];
      for (const f of input.evidence) {
        const bytes = Buffer.from(f.base64, 'base64');
        const limit = f.contentType.startsWith('video/') ? 10 : 3;
        if (bytes.length > limit * 1024 * 1024) throw new TRPCError({ code: 'BAD_REQUEST', message: `「${f.fileName}」超过 ${limit} MB` });
        evidence.push({ fileName: f.fileName, contentType: f.contentType, size: bytes.length, sha256: await ctx.files.put(countyId, bytes) });
      }
      const check = await recordPostCheck(ctx.db, countyId, input.checkId, input.result, input.note, { userId: ctx.actor!.userId, name: ctx.actor!.name }, evidence);
      await ctx.audit({ entityType: 'postCheck', entityId: check.id, orgUnitId: check.task.responsibleUnitId, after: { result: input.result, note: input.note, evidence: evidence.map((e) => e.fileName) }, detail: `post-supervision ${input.result}` });
      return { ok: true };
    }),

  /** 后督察台账 by name: the supervising unit puts a named closed case on the ledger, with why. */
  pickPostCheck: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'taskSupervising', field: 'taskId' } })
    .input(pickPostCheckInput)
    .mutation(async ({ ctx, input }) => {
      const check = await pickForPostCheck(ctx.db, ctx.authz.target!.countyId, input.taskId, input.reason, { userId: ctx.actor!.userId, name: ctx.actor!.name });
      await ctx.audit({ entityType: 'postCheck', entityId: check.id, orgUnitId: ctx.authz.target!.orgUnitId, after: check, detail: 'post-supervision: picked by name' });
      return check;
    }),

  /** A re-examination's evidence file (video, photo), for readers of the check's supervising unit. */
  postCheckFile: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'postCheck', field: 'checkId' } })
    .input(postCheckFileInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const file = await ctx.db.postCheckEvidence.findFirst({ where: { countyId, postCheckId: input.checkId, id: input.evidenceId } });
      if (!file) throw new TRPCError({ code: 'NOT_FOUND', message: '未找到佐证材料' });
      const bytes = await ctx.files.get(countyId, file.sha256);
      return { fileName: file.fileName, contentType: file.contentType, base64: bytes.toString('base64') };
    }),
} satisfies TRPCRouterRecord;

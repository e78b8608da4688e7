import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { assertPersonOfUnit, getOrgUnit, rollUpKeyWork } from '@duban/core';
import { newId, type Prisma } from '@duban/db';
import { procedure } from '../../procedures.ts';
import { createKeyWorkInput, decomposeKeyWorkInput, keyWorkIdInput, listKeyWorkInput, reportProgressInput } from '../../schemas/index.ts';
import { exportKeyWorkProcedure, importKeyWorkProcedure, keyWorkTemplateProcedure } from './key-work-excel.ts';
import { listKeyWork } from './key-work-list.ts';

const byKeyWork = { entity: 'keyWork', field: 'keyWorkId' } as const;

async function subtreeOf(db: Prisma.TransactionClient, countyId: string, rootId: string) {
  // Key-work trees are small (a county item, its townships, their villages): fetch and walk.
  const all = await db.keyWork.findMany({ where: { countyId }, include: { targets: true, progress: true, leadUnit: { select: { id: true, name: true, path: true } } } });
  const ids = new Set([rootId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const k of all) {
      if (k.parentId && ids.has(k.parentId) && !ids.has(k.id)) {
        ids.add(k.id);
        grew = true;
      }
    }
  }
  return all.filter((k) => ids.has(k.id));
}

/** 重点工作: set with quantified targets, decomposed down the tree, progress rolled back up. */
export const keyWorkRouter = {
  create: procedure
    .meta({ permission: 'core.keyWork.manage', scope: { entity: 'orgUnit', field: 'leadUnitId' }, idempotent: true })
    .input(createKeyWorkInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { targets, assistingUnitIds, idempotencyKey: _key, ...fields } = input;
      const assisting = [...new Set(assistingUnitIds)];
      if (assisting.includes(input.leadUnitId)) throw new TRPCError({ code: 'BAD_REQUEST', message: '协办单位不能同时是牵头单位' });
      for (const a of assisting) await getOrgUnit(ctx.db, countyId, a);
      if (input.responsiblePersonId) await assertPersonOfUnit(ctx.db, countyId, input.responsiblePersonId, input.leadUnitId);
      const id = newId();
      const kw = await ctx.db.keyWork.create({
        data: {
          ...fields, countyId, id, deadline: new Date(input.deadline),
          targets: { create: targets.map((t, i) => ({ id: newId(), ...t, sortOrder: i })) },
        },
        include: { targets: true },
      });
      if (assisting.length) await ctx.db.keyWorkAssist.createMany({ data: assisting.map((orgUnitId) => ({ countyId, keyWorkId: id, orgUnitId })) });
      await ctx.audit({ entityType: 'keyWork', entityId: id, orgUnitId: input.leadUnitId, after: { ...kw, assistingUnitIds: assisting } });
      return kw;
    }),

  /** Splits a key work among units: each part gets the same metrics with its share of the target. */
  decompose: procedure
    .meta({ permission: 'core.keyWork.manage', scope: byKeyWork })
    .input(decomposeKeyWorkInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const parent = await ctx.db.keyWork.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.keyWorkId } }, include: { targets: true, leadUnit: true } });
      const created = [];
      for (const part of input.parts) {
        const unit = await getOrgUnit(ctx.db, countyId, part.leadUnitId);
        if (!unit.path.startsWith(parent.leadUnit.path) && parent.leadUnit.level !== 'department') {
          throw new TRPCError({ code: 'BAD_REQUEST', message: `「${unit.name}」不在「${parent.leadUnit.name}」之下,不能分解给它` });
        }
        ctx.authz.assertAllowed(unit.path, countyId);
        if (part.responsiblePersonId) await assertPersonOfUnit(ctx.db, countyId, part.responsiblePersonId, unit.id);
        const id = newId();
        created.push(
          await ctx.db.keyWork.create({
            data: {
              countyId, id, parentId: parent.id, title: parent.title, description: parent.description, source: parent.source, documentNo: parent.documentNo,
              year: parent.year, leadUnitId: unit.id, responsiblePersonId: part.responsiblePersonId ?? null, deadline: part.deadline ? new Date(part.deadline) : parent.deadline,
              targets: {
                create: part.targets.map((t, i) => {
                  const pt = parent.targets.find((x) => x.id === t.targetId);
                  if (!pt) throw new TRPCError({ code: 'BAD_REQUEST', message: '分解的指标不属于该项重点工作' });
                  // A part measures what its parent measures, the same way; only its share and weight are its own.
                  if (pt.direction === 'zero' && t.targetValue !== 0) throw new TRPCError({ code: 'BAD_REQUEST', message: `「${pt.metric}」是零目标,分解后的目标值须为 0` });
                  return {
                    id: newId(), metric: pt.metric, unit: pt.unit, targetValue: t.targetValue, baselineValue: pt.baselineValue, direction: pt.direction,
                    aggregation: pt.aggregation, weightLabel: pt.weightLabel, weight: t.weight ?? null, sortOrder: i,
                  };
                }),
              },
            },
          }),
        );
      }
      await ctx.audit({ entityType: 'keyWork', entityId: parent.id, orgUnitId: parent.leadUnitId, after: { parts: created.map((c) => ({ id: c.id, leadUnitId: c.leadUnitId })) }, detail: `decomposed into ${created.length} part(s)` });
      return created;
    }),

  report: procedure
    .meta({ permission: 'core.keyWork.report', scope: byKeyWork })
    .input(reportProgressInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const kw = await ctx.db.keyWork.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.keyWorkId } }, include: { targets: true } });
      const target = input.targetId ? kw.targets.find((t) => t.id === input.targetId) : undefined;
      if (input.targetId && !target) throw new TRPCError({ code: 'BAD_REQUEST', message: '指标不属于该项重点工作' });
      if (target?.aggregation === 'ratio' && input.value != null && input.denominator == null) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: `「${target.metric}」按比率汇总,请同时填写分母` });
      }
      const denominator = target?.aggregation === 'ratio' ? (input.denominator ?? null) : null;
      const row = await ctx.db.keyWorkProgress.create({
        data: { countyId, id: newId(), keyWorkId: kw.id, targetId: input.targetId ?? null, value: input.value ?? null, denominator, note: input.note, reportedById: ctx.actor!.userId },
      });
      await ctx.audit({ entityType: 'keyWorkProgress', entityId: row.id, orgUnitId: kw.leadUnitId, after: row });
      return row;
    }),

  /** Key work led or assisted in the caller's scopes, with targets rolled up and stale items flagged. */
  list: procedure
    .meta({ permission: 'core.keyWork.read', scope: { entity: 'anywhere' } })
    .input(listKeyWorkInput)
    .query(({ ctx, input }) => listKeyWork(ctx.db, ctx.authz.target!.countyId, ctx.authz.roots, input)),

  /** 导入 (streams progress), 下载模板, 导出: see key-work-excel.ts. */
  import: importKeyWorkProcedure,
  importTemplate: keyWorkTemplateProcedure,
  export: exportKeyWorkProcedure,

  get: procedure
    .meta({ permission: 'core.keyWork.read', scope: byKeyWork })
    .input(keyWorkIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const tree = await subtreeOf(ctx.db, countyId, input.keyWorkId);
      const rolled = rollUpKeyWork(tree);
      const root = tree.find((k) => k.id === input.keyWorkId)!;
      const [tasks, assisting, responsiblePerson] = await Promise.all([
        ctx.db.task.findMany({ where: { countyId, keyWorkId: { in: tree.map((k) => k.id) } }, select: { id: true, serial: true, title: true, status: true, escalation: true, listedLeader: true } }),
        ctx.db.keyWorkAssist.findMany({ where: { countyId, keyWorkId: root.id }, include: { orgUnit: { select: { id: true, name: true, path: true } } } }),
        root.responsiblePersonId ? ctx.db.person.findUnique({ where: { countyId_id: { countyId, id: root.responsiblePersonId } }, select: { id: true, name: true, phone: true } }) : null,
      ]);
      return {
        ...root,
        assisting: assisting.map((a) => a.orgUnit),
        responsiblePerson,
        targets: rolled.get(root.id) ?? [],
        parts: tree.filter((k) => k.parentId === root.id).map((k) => ({ id: k.id, leadUnit: k.leadUnit, deadline: k.deadline, targets: rolled.get(k.id) ?? [] })),
        progress: [...root.progress].sort((a, b) => b.reportedAt.getTime() - a.reportedAt.getTime()),
        tasks,
      };
    }),
} satisfies TRPCRouterRecord;

import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { allowedActions, actionSide, countersignStatuses, extensionStatuses, exportLedger, getOrgUnit, getTask, handOver, listForSupervision, taskKinds, listingLeaders, loadDirectories, transition, type EvidenceFile } from '@duban/core';
import { nowOf } from '../../clock.ts';
import { procedure } from '../../procedures.ts';
import { evidenceFileInput, handleTaskInput, handOverInput, listForSupervisionInput, listTasksInput, taskFilterInput, taskIdInput, verifyTaskInput } from '../../schemas/index.ts';
import { importLedgerProcedure, ledgerTemplateProcedure } from './ledger-excel.ts';
import { noticePdfProcedure } from './task-notice.ts';
import { taskListWhere, yellowDaysOf } from './task-visibility.ts';

const unitSelect = { select: { id: true, name: true, level: true, path: true } } as const;
const LEDGER_LIMIT = 20_000;

export const tasksRouter = {
  /** The kinds and complaint channels an item may have: core's and those installed plugins registered. */
  kinds: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .query(() => ({
      kinds: taskKinds.kinds().map((k) => ({ key: k.key, name: k.name, origin: k.origin, defaultDeadlineDays: k.defaultDeadlineDays ?? null })),
      channels: taskKinds.channels().map((c) => ({ key: c.key, name: c.name, origin: c.origin })),
    })),
  /** 交办: from a unit the caller acts for, to a responsible unit of the same county. */
  handOver: procedure
    .meta({ permission: 'core.task.handOver', scope: { entity: 'orgUnit', field: 'supervisingUnitId' }, idempotent: true })
    .input(handOverInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const responsible = await getOrgUnit(ctx.db, countyId, input.responsibleUnitId);
      for (const a of input.assistingUnitIds) await getOrgUnit(ctx.db, countyId, a);
      if (responsible.archivedAt) throw new TRPCError({ code: 'BAD_REQUEST', message: `「${responsible.name}」已撤销` });
      const { idempotencyKey: _key, ...fields } = input;
      const task = await handOver(ctx.db, countyId, { ...fields, deadline: new Date(input.deadline) }, { userId: ctx.actor!.userId, name: ctx.actor!.name });
      await ctx.audit({ entityType: 'task', entityId: task.id, orgUnitId: task.responsibleUnitId, after: task });
      return task;
    }),

  list: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .input(listTasksInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const yellowDays = await yellowDaysOf(ctx.db, countyId);
      const where = taskListWhere(countyId, ctx.authz.roots, input, new Date(), yellowDays);
      const [total, items] = await Promise.all([
        ctx.db.task.count({ where }),
        ctx.db.task.findMany({
          where,
          include: { responsibleUnit: unitSelect, supervisingUnit: unitSelect, assisting: { include: { orgUnit: unitSelect } } },
          // Listed items first (挂牌督办 stands out everywhere), then by deadline.
          orderBy: [{ escalation: 'desc' }, { deadline: 'asc' }],
          skip: (input.page - 1) * input.pageSize,
          take: input.pageSize,
        }),
      ]);
      return { total, items, yellowDays };
    }),

  /** 督办台账: the items the list shows (same filters), as an Excel workbook. */
  exportLedger: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'anywhere' } })
    .input(taskFilterInput)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.task.findMany({
        where: taskListWhere(ctx.authz.target!.countyId, ctx.authz.roots, input, new Date(), await yellowDaysOf(ctx.db, ctx.authz.target!.countyId)),
        include: {
          responsibleUnit: unitSelect, supervisingUnit: unitSelect, assisting: { include: { orgUnit: unitSelect } },
          responsiblePerson: { select: { id: true, name: true, phone: true, orgUnitId: true } },
        },
        orderBy: [{ escalation: 'desc' }, { deadline: 'asc' }],
        take: LEDGER_LIMIT + 1,
      });
      if (rows.length > LEDGER_LIMIT) throw new TRPCError({ code: 'BAD_REQUEST', message: `超过 ${LEDGER_LIMIT} 条,请缩小筛选范围后导出` });
      // Units and people named as an import resolves them, so the exported ledger imports again.
      const { units, people } = await loadDirectories(ctx.db, ctx.authz.target!.countyId);
      const unitLabel = (u: { id: string; name: string }) => (units.get(u.id) ? units.label(units.get(u.id)!) : u.name);
      const file = await exportLedger(rows.map((t) => ({
        ...t, responsibleUnit: unitLabel(t.responsibleUnit), supervisingUnit: unitLabel(t.supervisingUnit), assisting: t.assisting.map((a) => unitLabel(a.orgUnit)),
        responsiblePerson: t.responsiblePerson ? people.label(t.responsiblePerson) : null,
      })));
      return { fileName: `督办台账-${new Date().toISOString().slice(0, 10)}.xlsx`, fileBase64: file.toString('base64'), rows: rows.length };
    }),

  /** 导入台账 (streams progress) and its template: see ledger-excel.ts. */
  /** 督办单 / 催办函 of one item (PDF): see task-notice.ts. */
  noticePdf: noticePdfProcedure,
  importLedger: importLedgerProcedure,
  ledgerTemplate: ledgerTemplateProcedure,

  get: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'task', field: 'taskId' } })
    .input(taskIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const task = await ctx.db.task.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.taskId } },
        include: {
          responsibleUnit: unitSelect, supervisingUnit: unitSelect, assisting: { include: { orgUnit: unitSelect } },
          responsiblePerson: { select: { id: true, name: true, phone: true } }, keyWork: { select: { id: true, title: true } },
          events: { orderBy: { at: 'asc' }, include: { evidence: true } }, postChecks: { orderBy: { sampledAt: 'desc' } },
        },
      });
      // Area models (prisma/areas/task-operations.prisma) are read beside the task, not through
      // their generated back-relation names.
      const [extensions, countersigns] = await Promise.all([
        ctx.db.taskExtension.findMany({ where: { countyId, taskId: task.id }, orderBy: { requestedAt: 'asc' } }),
        ctx.db.taskCountersign.findMany({ where: { countyId, taskId: task.id }, orderBy: { requestedAt: 'asc' }, include: { orgUnit: unitSelect } }),
      ]);
      // What this caller may do next, so the page offers only real buttons.
      const may = (side: 'responsible' | 'supervising') =>
        side === 'responsible' ? ctx.authz.has('core.task.handle', task.responsibleUnit.path) : ctx.authz.has('core.task.verify', task.supervisingUnit.path);
      const actions = allowedActions(task.status).filter((a) => may(actionSide[a]));
      const canList = may('supervising') && !['closed', 'notified'].includes(task.status);
      // Whom the county's listing rule would name, offered when listing by decision.
      const suggestedLeader = canList ? ((await listingLeaders(ctx.db, [task])).get(task) ?? null) : null;
      // Item operations (item-operations.router.ts), offered only to those who may take them.
      const pendingExtension = extensions.find((e) => e.status === 'pending') ?? null;
      const openCountersigns = countersigns.filter((c) => !c.signedAt);
      const operations = {
        requestExtension: may('responsible') && extensionStatuses.includes(task.status) && !pendingExtension,
        decideExtension: may('supervising') && !!pendingExtension,
        requestCountersign: may('responsible') && countersignStatuses.includes(task.status) && task.assisting.length > 0 && openCountersigns.length === 0,
        /** The 会签 rows this caller may sign (at its own co-handling unit). */
        countersignIds: openCountersigns.filter((c) => ctx.authz.has('core.task.handle', c.orgUnit.path)).map((c) => c.id),
        instruct: ctx.authz.has('core.task.instruct', task.responsibleUnit.path),
      };
      // The deadline as first set, kept beside the current one once an extension was approved.
      const originalDeadline = extensions.find((e) => e.status === 'approved')?.previousDeadline ?? null;
      const yellowDays = await yellowDaysOf(ctx.db, countyId);
      return { ...task, extensions, countersigns, actions, canList, suggestedLeader, operations, pendingExtension, originalDeadline, yellowDays };
    }),

  /** 签收 / 开始整改 / 申请办结 (with evidence) / 退回: the responsible unit's steps. */
  handle: procedure
    .meta({ permission: 'core.task.handle', scope: { entity: 'taskResponsible', field: 'taskId' } })
    .input(handleTaskInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await getTask(ctx.db, countyId, input.taskId);
      const evidence: EvidenceFile[] = [];
      for (const f of input.evidence) {
        const bytes = Buffer.from(f.base64, 'base64');
        if (bytes.length > 3 * 1024 * 1024) throw new TRPCError({ code: 'BAD_REQUEST', message: `「${f.fileName}」超过 3 MB` });
        evidence.push({ fileName: f.fileName, contentType: f.contentType, size: bytes.length, sha256: await ctx.files.put(countyId, bytes) });
      }
      const after = await transition(ctx.db, before, { ...input, evidence }, { userId: ctx.actor!.userId, name: ctx.actor!.name }, nowOf(ctx));
      await ctx.audit({ entityType: 'task', entityId: after.id, orgUnitId: after.responsibleUnitId, before: { status: before.status }, after: { status: after.status, evidence: evidence.map((e) => e.fileName) }, detail: `task ${input.action}` });
      return after;
    }),

  /** 核查通过 / 不通过 / 通报 / 重新整改 / 转长期跟踪 / 阶段性办结: the supervising unit's steps. */
  verify: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'taskSupervising', field: 'taskId' } })
    .input(verifyTaskInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const before = await getTask(ctx.db, countyId, input.taskId);
      const after = await transition(ctx.db, before, { ...input, deadline: input.deadline ? new Date(input.deadline) : null }, { userId: ctx.actor!.userId, name: ctx.actor!.name }, nowOf(ctx));
      await ctx.audit({
        entityType: 'task', entityId: after.id, orgUnitId: after.responsibleUnitId,
        before: { status: before.status, deadline: before.deadline }, after: { status: after.status, deadline: after.deadline }, detail: `task ${input.action}`,
      });
      return after;
    }),

  /** 挂牌督办 by decision, naming the responsible leader. */
  listForSupervision: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'taskSupervising', field: 'taskId' } })
    .input(listForSupervisionInput)
    .mutation(async ({ ctx, input }) => {
      const before = await getTask(ctx.db, ctx.authz.target!.countyId, input.taskId);
      if (['closed', 'notified'].includes(before.status)) throw new TRPCError({ code: 'BAD_REQUEST', message: '已办结的事项不能挂牌督办' });
      const after = await listForSupervision(ctx.db, before, input.leader, { userId: ctx.actor!.userId, name: ctx.actor!.name });
      await ctx.audit({ entityType: 'task', entityId: after.id, orgUnitId: after.responsibleUnitId, before: { escalation: before.escalation }, after: { escalation: 'listed', listedLeader: input.leader } });
      return after;
    }),

  /** An evidence file, for those who may read the task. */
  evidenceFile: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'task', field: 'taskId' } })
    .input(evidenceFileInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const file = await ctx.db.taskEvidence.findFirst({ where: { countyId, taskId: input.taskId, id: input.evidenceId } });
      if (!file) throw new TRPCError({ code: 'NOT_FOUND', message: '未找到佐证材料' });
      const bytes = await ctx.files.get(countyId, file.sha256);
      return { fileName: file.fileName, contentType: file.contentType, base64: bytes.toString('base64') };
    }),
} satisfies TRPCRouterRecord;

// 投诉受理: take in (登记), dispatch (派单) with 签收 and 办理 clocks, 回访, the board of rates.
import type { TRPCRouterRecord } from '@trpc/server';
import type { Prisma } from '@duban/db';
import type { z } from 'zod';
import { complaintRates, DomainError, dispatchComplaint, dispatchComplaintAsJointCase, recordComplaintCallback, takeInComplaint } from '@duban/core';
import { exportLedger } from './export-ledger.ts';
import { recordNotFound } from '../../authz/authorize.ts';
import { nowOf } from '../../clock.ts';
import { procedure } from '../../procedures.ts';
import { complaintBoardInput, complaintCallbackInput, complaintIdInput, complaintPhotoInput, dispatchComplaintInput, dispatchComplaintJointInput, exportComplaintsInput, listComplaintsInput, takeInComplaintInput } from '../../schemas/index.ts';
import { phonesFor } from '../surveys/phones.ts';
import { complaintListSelect, dispatchDetailSelect, dispatchView, listItem, stageWhere, visibleComplaints } from './complaint-queries.ts';
import { lateDispatches } from './late-dispatches.ts';

/** The list's filters (the export takes the same). */
function listWhere(countyId: string, roots: string[], input: Omit<ListComplaintsInput, 'page' | 'pageSize'>): Prisma.ComplaintWhereInput {
  return {
    AND: [
      visibleComplaints(countyId, roots),
      input.channel ? { channel: input.channel } : {},
      input.stage ? stageWhere(input.stage) : {},
      input.repeatedOnly ? { OR: [{ duplicateOfId: { not: null } }, { repeatOfId: { not: null } }] } : {},
      input.search ? { OR: [{ subject: { contains: input.search } }, { content: { contains: input.search } }, { serial: { contains: input.search } }, { address: { contains: input.search } }] } : {},
      input.year ? { receivedAt: { gte: yearPeriod(input.year).start, lt: yearPeriod(input.year).end } } : {},
    ],
  };
}

/** 承办单位 must exist, be active and lie in the caller's dispatch scope. */
async function assertUnitsInScope(ctx: { db: Prisma.TransactionClient; authz: { target: { countyId: string } | null; assertAllowed(path: string): void } }, ids: string[]) {
  const units = await ctx.db.orgUnit.findMany({ where: { countyId: ctx.authz.target!.countyId, id: { in: ids }, archivedAt: null }, select: { id: true, path: true } });
  if (units.length !== new Set(ids).size) throw new DomainError('NOT_FOUND', 'errors.complaint.unitNotFound', '承办单位中有单位不存在或已撤销');
  for (const u of units) ctx.authz.assertAllowed(u.path);
}

const actorOf = (ctx: { actor: { userId: string; name: string } | null }) => ({ userId: ctx.actor!.userId, name: ctx.actor!.name });
const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));
/** A calendar year in China Standard Time (UTC+8, no daylight saving), as the county figures count it. */
type ListComplaintsInput = z.infer<typeof listComplaintsInput>;
export const yearPeriod = (year: number) => ({ start: new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000), end: new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000) });

export const complaintsRouter = {
  /** 登记: the phone is sealed at once; the answer says whether it is a 重复件 or a 重复投诉. */
  intake: procedure
    .meta({ permission: 'core.complaint.intake', scope: { entity: 'orgUnit', field: 'intakeUnitId' } })
    .input(takeInComplaintInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const location = await ctx.db.orgUnit.findFirst({ where: { countyId, id: input.locationUnitId, archivedAt: null }, select: { id: true } });
      if (!location) throw new DomainError('NOT_FOUND', 'errors.complaint.locationNotFound', '发生地单位不存在或已撤销');
      const { photos, receivedAt, ...rest } = input;
      const r = await takeInComplaint(
        ctx.db, countyId,
        { ...rest, receivedAt: new Date(receivedAt), photos: photos.map((p) => ({ fileName: p.fileName, contentType: p.contentType, bytes: Buffer.from(p.base64, 'base64') })) },
        { phones: phonesFor(ctx.dataKey), files: ctx.files }, actorOf(ctx), nowOf(ctx),
      );
      const c = r.complaint;
      await ctx.audit({
        entityType: 'complaint', entityId: c.id, orgUnitId: c.intakeUnitId,
        // Never the phone, not even its cipher: the masked copy says enough.
        after: { serial: c.serial, channel: c.channel, subject: c.subject, locationUnitId: c.locationUnitId, receivedAt: c.receivedAt, anonymous: c.anonymous, complainantName: c.complainantName, phoneMasked: c.phoneMasked, photos: r.photos, duplicateOfId: c.duplicateOfId, repeatOfId: c.repeatOfId },
      });
      return { id: c.id, serial: c.serial, duplicateOf: r.duplicateOf, repeatOf: r.repeatOf };
    }),

  /** Complaints taken in or dispatched where the caller may read, newest first; phones masked. */
  list: procedure
    .meta({ permission: 'core.complaint.read', scope: { entity: 'anywhere' } })
    .input(listComplaintsInput)
    .query(async ({ ctx, input }) => {
      const where = listWhere(ctx.authz.target!.countyId, ctx.authz.roots, input);
      const [total, rows] = await Promise.all([
        ctx.db.complaint.count({ where }),
        ctx.db.complaint.findMany({ where, select: complaintListSelect, orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ]);
      return { total, items: rows.map(listItem) };
    }),

  /** 投诉台账 (.xlsx) of what the list shows: one row per dispatch, phones masked. */
  export: procedure
    .meta({ permission: 'core.complaint.read', scope: { entity: 'anywhere' } })
    .input(exportComplaintsInput)
    .query(({ ctx, input }) => exportLedger(ctx.db, listWhere(ctx.authz.target!.countyId, ctx.authz.roots, input))),

  /** One complaint: dispatches with their 签收 and 办理 clocks, photos, the complaints it matches. */
  get: procedure
    .meta({ permission: 'core.complaint.read', scope: { entity: 'complaint', field: 'complaintId' } })
    .input(complaintIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const path = ctx.authz.target!.path;
      const c = await ctx.db.complaint.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.complaintId } },
        select: {
          ...complaintListSelect, latitude: true, longitude: true, createdByName: true, createdAt: true,
          photos: { select: { id: true, fileName: true, contentType: true, size: true } },
          duplicateOf: { select: { id: true, serial: true } }, repeatOf: { select: { id: true, serial: true } },
          duplicates: { select: { id: true, serial: true, receivedAt: true }, orderBy: { receivedAt: 'asc' } },
          repeats: { select: { id: true, serial: true, receivedAt: true }, orderBy: { receivedAt: 'asc' } },
          dispatches: { select: dispatchDetailSelect, orderBy: [{ dispatchedAt: 'asc' }, { orgUnitId: 'asc' }] },
        },
      });
      const now = nowOf(ctx);
      const stage = listItem({ ...c, dispatches: c.dispatches.map((d) => ({ ...d, task: { status: d.task.status } })) }).stage;
      return {
        ...c, latitude: num(c.latitude), longitude: num(c.longitude), stage,
        dispatches: c.dispatches.map((d) => dispatchView(d, now)),
        // What the caller may do here (the buttons; the server checks again on each).
        canDispatch: ctx.authz.has('core.complaint.dispatch', path),
        canReveal: !!c.phoneMasked && ctx.authz.has('core.complaint.revealPhone', path),
      };
    }),

  /** A photo taken in with the complaint. */
  photo: procedure
    .meta({ permission: 'core.complaint.read', scope: { entity: 'complaint', field: 'complaintId' } })
    .input(complaintPhotoInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const p = await ctx.db.complaintPhoto.findFirst({ where: { countyId, complaintId: input.complaintId, id: input.photoId } });
      if (!p) throw recordNotFound(input.photoId);
      const bytes = await ctx.files.get(countyId, p.sha256).catch(() => {
        throw new DomainError('NOT_FOUND', 'errors.complaint.photoMissing', '照片文件缺失');
      });
      return { contentType: p.contentType, base64: bytes.toString('base64') };
    }),

  /** The complainant's full number, for 回访: a mutation, so every reveal writes an audit row. */
  revealPhone: procedure
    .meta({ permission: 'core.complaint.revealPhone', scope: { entity: 'complaint', field: 'complaintId' } })
    .input(complaintIdInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const c = await ctx.db.complaint.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.complaintId } }, select: { id: true, intakeUnitId: true, phoneCipher: true, phoneMasked: true } });
      if (!c.phoneCipher) throw new DomainError('NOT_FOUND', 'errors.complaint.noPhone', '该投诉未留电话(或为匿名投诉)');
      let phone: string;
      try {
        phone = phonesFor(ctx.dataKey).open(countyId, c.phoneCipher);
      } catch {
        throw new DomainError('CONFLICT', 'errors.complaint.phoneUnreadable', '电话号码无法解密(数据密钥已更换?)');
      }
      await ctx.audit({ entityType: 'complaint', entityId: c.id, orgUnitId: c.intakeUnitId, detail: `complainant phone revealed (${c.phoneMasked})` });
      return { phone };
    }),

  /** 派单 to one or several units of the caller's scope: one item each, with its 签收 and 办理 deadlines. */
  dispatch: procedure
    .meta({ permission: 'core.complaint.dispatch', scope: { entity: 'complaint', field: 'complaintId' } })
    .input(dispatchComplaintInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      await assertUnitsInScope(ctx, input.units.map((u) => u.orgUnitId));
      const dispatched = await dispatchComplaint(ctx.db, countyId, input.complaintId, input.units, actorOf(ctx), nowOf(ctx));
      await ctx.audit({ entityType: 'complaint', entityId: input.complaintId, orgUnitId: ctx.authz.target!.orgUnitId, after: { dispatched }, detail: `complaint dispatched to ${dispatched.length} unit(s)` });
      return dispatched;
    }),

  /**
   * 派单 as a joint case (联合办案): a lead unit and co-handlers of the caller's scope, each share an
   * item with its duty and deadline and a dispatch of its own (clocks, rates); the complaint then
   * follows the case.
   */
  dispatchJointCase: procedure
    .meta({ permission: 'core.complaint.dispatch', scope: { entity: 'complaint', field: 'complaintId' } })
    .input(dispatchComplaintJointInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      await assertUnitsInScope(ctx, [input.lead, ...input.coHandlers].map((u) => u.orgUnitId));
      const r = await dispatchComplaintAsJointCase(ctx.db, countyId, input.complaintId, { lead: input.lead, coHandlers: input.coHandlers }, actorOf(ctx), nowOf(ctx));
      await ctx.audit({
        entityType: 'complaint', entityId: input.complaintId, orgUnitId: ctx.authz.target!.orgUnitId, after: { jointCase: r.jointCase, dispatched: r.dispatched },
        detail: `complaint dispatched as joint case ${r.jointCase.serial} to ${r.dispatched.length} unit(s)`,
      });
      return r;
    }),

  /** 回访 of one dispatch once its item is 办结: the verdict (or 联系不上) and a note. */
  callback: procedure
    .meta({ permission: 'core.complaint.dispatch', scope: { entity: 'complaintDispatch', field: 'dispatchId' } })
    .input(complaintCallbackInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const r = await recordComplaintCallback(ctx.db, countyId, input.dispatchId, { result: input.result, note: input.note ?? null, reopen: input.reopen, handleDays: input.handleDays ?? null }, actorOf(ctx), nowOf(ctx));
      await ctx.audit({
        entityType: 'complaintDispatch', entityId: input.dispatchId, orgUnitId: ctx.authz.target!.orgUnitId,
        after: { complaintId: r.complaintId, taskId: r.taskId, result: r.result, note: input.note ?? null, reopened: r.reopened, newDeadline: r.newDeadline, dispatches: r.dispatches },
        detail: r.reopened ? 'dissatisfied call-back: complaint re-opened for re-handling' : undefined,
      });
      return r;
    }),

  /**
   * The board: 处理率, 结案率, 按期办结率, 重复投诉率 (and 签收及时率, 满意率) of the unit and each of
   * its child units for a year, and the dispatches whose clocks are late or nearly so.
   */
  board: procedure
    .meta({ permission: 'core.complaint.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } })
    .input(complaintBoardInput)
    .query(async ({ ctx, input }) => {
      const { countyId, path } = ctx.authz.target!;
      const [unit, children] = await Promise.all([
        ctx.db.orgUnit.findFirstOrThrow({ where: { countyId, id: input.orgUnitId }, select: { id: true, name: true, level: true } }),
        ctx.db.orgUnit.findMany({ where: { countyId, parentId: input.orgUnitId, archivedAt: null }, select: { id: true, name: true, level: true }, orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }, { name: 'asc' }] }),
      ]);
      const rates = await complaintRates(ctx.db, countyId, [unit.id, ...children.map((c) => c.id)], yearPeriod(input.year));
      const now = nowOf(ctx);
      return {
        unit: { ...unit, rates: rates.get(unit.id)! },
        children: children.map((c) => ({ ...c, rates: rates.get(c.id)! })).filter((c) => c.rates.received > 0),
        late: await lateDispatches(ctx.db, countyId, path, now),
      };
    }),
} satisfies TRPCRouterRecord;

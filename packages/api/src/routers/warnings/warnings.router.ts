// 预警: issue a warning to an area, follow who has acknowledged, acknowledge and report back.
import type { TRPCRouterRecord } from '@trpc/server';
import { acknowledgeWarning, DomainError, issueWarning, pendingAcknowledgements, reportOnWarning, warningBoard } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { acknowledgeWarningInput, defaultAckMinutes, issueWarningInput, listWarningsInput, warningIdInput, warningReportInput } from '../../schemas/index.ts';

const actorOf = (ctx: { actor: { userId: string; name: string; personId: string } | null }) => {
  const a = ctx.actor!;
  return { userId: a.userId, name: a.name, personId: a.personId };
};

export const warningsRouter = {
  /** 发布预警: the area's units and the named people must all lie where the issuer may issue. */
  issue: procedure
    .meta({ permission: 'core.warning.issue', scope: { entity: 'orgUnit', field: 'issuingUnitId' }, idempotent: true })
    .input(issueWarningInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const issuingUnit = await ctx.db.orgUnit.findFirstOrThrow({ where: { countyId, id: input.issuingUnitId }, select: { id: true, path: true, level: true } });
      const areaUnits = await ctx.db.orgUnit.findMany({ where: { countyId, id: { in: input.areaUnitIds }, archivedAt: null }, select: { id: true, path: true, level: true } });
      if (areaUnits.length !== new Set(input.areaUnitIds).size) throw new DomainError('NOT_FOUND', 'errors.warning.areaNotFound', '预警范围中有单位不存在或已撤销');
      for (const u of areaUnits) ctx.authz.assertAllowed(u.path);
      const people = await ctx.db.person.findMany({ where: { countyId, id: { in: input.personIds }, archivedAt: null }, select: { id: true, orgUnitId: true, orgUnit: { select: { path: true } } } });
      if (people.length !== new Set(input.personIds).size) throw new DomainError('NOT_FOUND', 'errors.warning.personNotFound', '指定人员中有人不存在或已注销');
      for (const p of people) ctx.authz.assertAllowed(p.orgUnit.path);
      const now = new Date();
      const issued = await issueWarning(ctx.db, {
        countyId, issuingUnit, areaUnits, people: people.map((p) => ({ id: p.id, orgUnitId: p.orgUnitId, path: p.orgUnit.path })),
        level: input.level, title: input.title, text: input.text, validUntil: new Date(input.validUntil),
        ackMinutes: input.ackMinutes ?? defaultAckMinutes[input.level], issuedBy: { userId: ctx.actor!.userId, name: ctx.actor!.name }, now,
      });
      await ctx.audit({
        entityType: 'warning', entityId: issued.id, orgUnitId: issuingUnit.id,
        after: { level: input.level, title: input.title, areaUnitIds: input.areaUnitIds, personIds: input.personIds, recipients: issued.recipients },
      });
      return issued;
    }),

  /** 撤销预警: no more acknowledgements, re-sends or escalations. */
  cancel: procedure
    .meta({ permission: 'core.warning.issue', scope: { entity: 'warning', field: 'warningId' } })
    .input(warningIdInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const { count } = await ctx.db.warning.updateMany({ where: { countyId, id: input.warningId, cancelledAt: null }, data: { cancelledAt: new Date() } });
      if (count === 0) throw new DomainError('CONFLICT', 'errors.warning.cancelled', '该预警已撤销');
      await ctx.audit({ entityType: 'warning', entityId: input.warningId, orgUnitId: ctx.authz.target!.orgUnitId, after: { cancelled: true } });
      return { cancelled: true };
    }),

  /** Warnings issued by units the caller may read, newest first, with how many have acknowledged. */
  list: procedure
    .meta({ permission: 'core.warning.read', scope: { entity: 'anywhere' } })
    .input(listWarningsInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const now = new Date();
      const rows = await ctx.db.warning.findMany({
        where: {
          countyId, OR: ctx.authz.roots.map((r) => ({ issuingUnit: { path: { startsWith: r } } })),
          ...(input.liveOnly ? { cancelledAt: null, validUntil: { gt: now } } : {}),
        },
        include: { issuingUnit: { select: { name: true } }, _count: { select: { recipients: true } } },
        orderBy: { createdAt: 'desc' },
        take: 100,
      });
      const acked = rows.length
        ? await ctx.db.warningRecipient.groupBy({ by: ['warningId'], where: { countyId, warningId: { in: rows.map((r) => r.id) }, acknowledgedAt: { not: null } }, _count: { _all: true } })
        : [];
      const ackedOf = new Map(acked.map((a) => [a.warningId, a._count._all]));
      return rows.map((w) => ({
        id: w.id, level: w.level, title: w.title, issuingUnit: w.issuingUnit.name, createdAt: w.createdAt, validUntil: w.validUntil, cancelledAt: w.cancelledAt,
        live: !w.cancelledAt && w.validUntil > now, recipients: w._count.recipients, acknowledged: ackedOf.get(w.id) ?? 0,
      }));
    }),

  /** 确认情况 (the issuer's live board; the page polls it). */
  board: procedure
    .meta({ permission: 'core.warning.read', scope: { entity: 'warning', field: 'warningId' } })
    .input(warningIdInput)
    .query(({ ctx, input }) => warningBoard(ctx.db, ctx.authz.target!.countyId, input.warningId, new Date())),

  /** 我的预警: what the caller has to acknowledge (the phone page and the home page). */
  mine: procedure
    .meta({ permission: 'core.warning.acknowledge', scope: { entity: 'anywhere' } })
    .query(({ ctx }) => pendingAcknowledgements(ctx.db, ctx.authz.target!.countyId, ctx.authz.roots, ctx.actor!.personId, new Date())),

  /** 确认收到: once per recipient; a replay answers with the first acknowledgement. */
  acknowledge: procedure
    .meta({ permission: 'core.warning.acknowledge', scope: { entity: 'warningRecipient', field: 'recipientId' } })
    .input(acknowledgeWarningInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const result = await acknowledgeWarning(ctx.db, countyId, input.recipientId, actorOf(ctx), input.channel, new Date());
      await ctx.audit({
        entityType: 'warningRecipient', entityId: input.recipientId, orgUnitId: ctx.authz.target!.orgUnitId,
        after: { warningId: result.warningId, acknowledgedAt: result.acknowledgedAt, channel: input.channel }, detail: result.replay ? 'replayed acknowledgement (already acknowledged)' : null,
      });
      return result;
    }),

  /** 回报: text, a reading (rain in mm, water level in m), a photo; it acknowledges too. */
  report: procedure
    .meta({ permission: 'core.warning.acknowledge', scope: { entity: 'warningRecipient', field: 'recipientId' } })
    .input(warningReportInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const photo = input.photo ? { sha256: await ctx.files.put(countyId, Buffer.from(input.photo.base64, 'base64')), contentType: input.photo.contentType } : null;
      const result = await reportOnWarning(ctx.db, countyId, input.recipientId, actorOf(ctx), { kind: input.kind, text: input.text, value: input.value ?? null, photo }, new Date());
      await ctx.audit({ entityType: 'warningReport', entityId: result.id, orgUnitId: ctx.authz.target!.orgUnitId, after: { warningId: result.warningId, kind: input.kind, value: input.value ?? null, photo: photo?.sha256 ?? null } });
      return result;
    }),
} satisfies TRPCRouterRecord;

import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { submitRecord } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { recordFileInput, recordIdInput, submitRecordInput } from '../../schemas/index.ts';
import { nowOf, visibleVisit } from './guard.ts';
import { recordView } from './views.ts';

const recordInclude = { files: true, correctedBy: { select: { id: true } }, templateVersion: { include: { template: { select: { id: true, name: true } } } } } as const;

/** 现场记录: filled on a phone, possibly offline and replayed; immutable once submitted. */
export const recordsRouter = {
  /**
   * Submits a checklist (or a correction of one). Authorised by membership of the visit's group
   * (the service checks it). A replay with the same idempotency key returns the first result
   * unchanged and writes no second record.
   */
  submitRecord: procedure
    .meta({ permission: 'core.inspection.inspect', scope: { entity: 'anywhere' } })
    .input(submitRecordInput)
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const { record, replayed } = await submitRecord(ctx.db, ctx.files, actor.countyId, { ...input, capturedAt: new Date(input.capturedAt) }, { userId: actor.userId, name: actor.name, personId: actor.personId }, nowOf(ctx));
      await ctx.audit({
        entityType: 'inspectionRecord', entityId: record.id, orgUnitId: record.orgUnitId,
        ...(replayed
          ? { detail: `replay of idempotency key ${input.idempotencyKey}: first result returned` }
          : { after: { id: record.id, visitId: record.visitId, version: record.version, previousId: record.previousId, passed: record.passed, score: record.score, files: input.files.length } }),
      });
      return { id: record.id, visitId: record.visitId, version: record.version, passed: record.passed, score: Number(record.score), maxScore: Number(record.maxScore), submittedAt: record.submittedAt };
    }),

  getRecord: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'inspectionRecord', field: 'recordId' } })
    .input(recordIdInput)
    .query(async ({ ctx, input, path }) => {
      const countyId = ctx.authz.target!.countyId;
      const record = await ctx.db.inspectionRecord.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.recordId } }, include: recordInclude });
      await visibleVisit(ctx, path, record.visitId);
      return recordView(record, record.correctedBy?.id ?? null);
    }),

  /** A photo or signature of a record, for the evidence viewer. */
  recordFile: procedure
    .meta({ permission: 'core.inspection.read', scope: { entity: 'inspectionRecord', field: 'recordId' } })
    .input(recordFileInput)
    .query(async ({ ctx, input, path }) => {
      const countyId = ctx.authz.target!.countyId;
      const file = await ctx.db.inspectionRecordFile.findFirst({ where: { countyId, recordId: input.recordId, id: input.fileId }, include: { record: { select: { visitId: true } } } });
      if (!file) throw new TRPCError({ code: 'NOT_FOUND', message: '未找到该文件' });
      await visibleVisit(ctx, path, file.record.visitId);
      const bytes = await ctx.files.get(countyId, file.sha256);
      return { fileName: file.fileName, contentType: file.contentType, base64: bytes.toString('base64'), sha256: file.sha256 };
    }),
} satisfies TRPCRouterRecord;

import { TRPCError } from '@trpc/server';
import { appendAudit } from '@duban/core';
import type { Prisma } from '@duban/db';
import type { Context } from './context.ts';
import type { AuditInput } from './procedures.ts';

/**
 * The transaction of a mutation that declares `ownTransaction` (imports that read their upload
 * before it opens): the same contract as every other mutation (procedures.ts) — at least one
 * audit row written in the transaction, nothing committed on failure.
 */
export function auditedTransaction<R>(
  ctx: Context,
  path: string,
  work: (tx: Prisma.TransactionClient, audit: (entry: AuditInput) => Promise<void>) => Promise<R>,
  timeoutMs = 300_000,
): Promise<R> {
  const actor = ctx.actor!;
  return ctx.prisma.$transaction(
    async (tx) => {
      let audited = 0;
      const audit = async (entry: AuditInput) => {
        audited++;
        await appendAudit(tx, { ...entry, countyId: entry.countyId ?? actor.countyId, actorUserId: actor.userId, actorName: actor.name, procedure: path });
      };
      const result = await work(tx, audit);
      if (audited === 0) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `mutation ${path} wrote no audit row` });
      return result;
    },
    { maxWait: 10_000, timeout: timeoutMs },
  );
}

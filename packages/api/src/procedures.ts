import { TRPCError } from '@trpc/server';
// The marker a middleware's own result carries (a replayed answer does not call the handler).
import { middlewareMarker } from '@trpc/server/unstable-core-do-not-import';
import { appendAudit, type AuditEntry } from '@duban/core';
import { authorize } from './authz/authorize.ts';
import { findReceipt, receiptKeyOf, requestDigest, writeReceipt } from './receipts.ts';
import { domainErrors, noControlCharacters, t } from './trpc.ts';

export type AuditInput = Omit<AuditEntry, 'countyId' | 'actorUserId' | 'actorName' | 'procedure'> & { countyId?: string };

/**
 * The base of every procedure, core and plugin alike. It authorises (meta.permission, see
 * authz/authorize.ts) and, for mutations, runs the handler in one transaction with an `audit`
 * function; a mutation that writes no audit row is rolled back, so none can forget.
 */
export const procedure = t.procedure.use(noControlCharacters).use(domainErrors).use(async ({ ctx, meta, path, type, getRawInput, next }) => {
  const authz = await authorize(ctx, meta, path, type, await getRawInput());
  if (type !== 'mutation' || meta?.ownTransaction) {
    return next({ ctx: { authz, audit: noAuditOutsideMutations } });
  }
  const actor = ctx.actor;
  const rawInput = meta?.idempotent ? await getRawInput() : undefined;
  const receiptKey = meta?.idempotent && actor ? receiptKeyOf(rawInput) : null;
  const digest = receiptKey ? requestDigest(rawInput) : '';
  let audited = 0;
  let outcome: Awaited<ReturnType<typeof next>> | undefined;
  let replayed: { result: unknown } | null = null;
  try {
    await ctx.prisma.$transaction(
      async (tx) => {
        if (receiptKey) {
          replayed = await findReceipt(tx, actor!, path, receiptKey, digest);
          if (replayed) return; // the first call committed: nothing runs, nothing is audited again
        }
        const audit = async (entry: AuditInput) => {
          const countyId = entry.countyId ?? actor?.countyId;
          if (!countyId) throw new Error('audit needs a county');
          audited++;
          await appendAudit(tx, { ...entry, countyId, actorUserId: actor?.userId ?? null, actorName: actor?.name ?? null, procedure: path });
        };
        outcome = await next({ ctx: { authz, audit, db: tx } });
        if (!outcome.ok) throw outcome.error; // roll back
        if (audited === 0) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `mutation ${path} wrote no audit row` });
        if (receiptKey) await writeReceipt(tx, actor!, path, receiptKey, digest, outcome.data, ctx.clock?.() ?? new Date());
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    if (outcome && !outcome.ok) return outcome;
    throw error;
  }
  if (replayed) return { ok: true as const, data: (replayed as { result: unknown }).result, marker: middlewareMarker } as Awaited<ReturnType<typeof next>>;
  return outcome!;
});

async function noAuditOutsideMutations(_entry: AuditInput): Promise<void> {
  throw new Error('audit() is only available in mutations');
}

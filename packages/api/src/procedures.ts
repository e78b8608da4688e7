import { TRPCError } from '@trpc/server';
import { appendAudit, type AuditEntry } from '@duban/core';
import { authorize } from './authz/authorize.ts';
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
  let audited = 0;
  let outcome: Awaited<ReturnType<typeof next>> | undefined;
  try {
    await ctx.prisma.$transaction(
      async (tx) => {
        const audit = async (entry: AuditInput) => {
          const countyId = entry.countyId ?? actor?.countyId;
          if (!countyId) throw new Error('audit needs a county');
          audited++;
          await appendAudit(tx, { ...entry, countyId, actorUserId: actor?.userId ?? null, actorName: actor?.name ?? null, procedure: path });
        };
        outcome = await next({ ctx: { authz, audit, db: tx } });
        if (!outcome.ok) throw outcome.error; // roll back
        if (audited === 0) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: `mutation ${path} wrote no audit row` });
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    if (outcome && !outcome.ok) return outcome;
    throw error;
  }
  return outcome!;
});

async function noAuditOutsideMutations(_entry: AuditInput): Promise<void> {
  throw new Error('audit() is only available in mutations');
}

import { createHash } from 'node:crypto';
import { conflict } from '@duban/core';
import type { Prisma } from '@duban/db';

/**
 * Idempotent mutations (security finding F19). A procedure whose meta says `idempotent` takes an
 * optional `idempotencyKey` in its input; the form sends one key for as long as it is open. The
 * first call that commits leaves a receipt with its answer in the same transaction, so a retry
 * after a lost answer — the user presses 确定 again, a proxy resends — gets that answer and
 * creates nothing. Calls without a key behave as before.
 */

/** How long a receipt answers for its key; older ones are dropped as the user writes new ones. */
export const RECEIPT_DAYS = 7;

type Tx = Prisma.TransactionClient;

export interface ReceiptCaller {
  userId: string;
  countyId: string;
}

/** The key of an idempotent call's raw input, if it carries one. */
export function receiptKeyOf(rawInput: unknown): string | null {
  if (!rawInput || typeof rawInput !== 'object') return null;
  const key = (rawInput as { idempotencyKey?: unknown }).idempotencyKey;
  return typeof key === 'string' && key.length > 0 ? key : null;
}

/** The input's content without its key, with object keys sorted so the same content digests the same. */
export function requestDigest(rawInput: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).filter((k) => k !== 'idempotencyKey').sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(rawInput) ?? null)).digest('hex');
}

/**
 * Inside the mutation's transaction, before the handler: waits for a concurrent call with the
 * same key (an advisory lock held to the end of the transaction), then returns the first call's
 * answer if it committed. The same key with other content or for another procedure is refused.
 */
export async function findReceipt(tx: Tx, caller: ReceiptCaller, procedure: string, key: string, digest: string): Promise<{ result: unknown } | null> {
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`receipt:${caller.userId}:${key}`}))) AS l`;
  const receipt = await tx.mutationReceipt.findUnique({ where: { userId_key: { userId: caller.userId, key } } });
  if (!receipt) return null;
  if (receipt.procedure !== procedure || receipt.requestDigest !== digest) {
    throw conflict('errors.idempotency.keyReused', '该操作编号已用于另一项提交，请关闭后重新填写', { procedure });
  }
  return { result: (receipt.result as { value: unknown }).value };
}

/** After the handler, in the same transaction: the answer as the wire carries it (JSON). */
export async function writeReceipt(tx: Tx, caller: ReceiptCaller, procedure: string, key: string, digest: string, result: unknown, now: Date) {
  // Wrapped, so that an answer of null or undefined replays as itself.
  const wire = { value: result === undefined ? null : (JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue | null) };
  await tx.mutationReceipt.deleteMany({ where: { userId: caller.userId, createdAt: { lt: new Date(now.getTime() - RECEIPT_DAYS * 86_400_000) } } });
  await tx.mutationReceipt.create({ data: { userId: caller.userId, key, countyId: caller.countyId, procedure, requestDigest: digest, result: wire, createdAt: now } });
}

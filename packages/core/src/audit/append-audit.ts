import type { Prisma } from '@duban/db';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { toJsonData } from './canonical-json.ts';

/** A transaction client (or the root client, for audit rows written on their own). */
export type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  countyId: string;
  actorUserId?: string | null;
  actorName?: string | null;
  /** The tRPC path or CLI command that acted, e.g. "orgUnit.rename". */
  procedure: string;
  outcome?: 'ok' | 'denied' | 'failed';
  entityType?: string | null;
  entityId?: string | null;
  orgUnitId?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
}

/**
 * Appends one row to the county's hash chain inside the caller's transaction. The chain head is
 * locked FOR UPDATE, so concurrent transactions of one county append one after another and the
 * row commits or rolls back together with the change it records.
 */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<number> {
  await tx.$executeRaw`INSERT INTO audit_head (county_id, seq, hash) VALUES (${entry.countyId}, 0, ${GENESIS_HASH}) ON CONFLICT (county_id) DO NOTHING`;
  const [head] = await tx.$queryRaw<{ seq: number; hash: string; keyed_from_seq: number }[]>`SELECT seq, hash, keyed_from_seq FROM audit_head WHERE county_id = ${entry.countyId} FOR UPDATE`;
  if (!head) throw new Error('audit head missing');
  const row = {
    countyId: entry.countyId,
    seq: head.seq + 1,
    at: new Date(),
    actorUserId: entry.actorUserId ?? null,
    actorName: entry.actorName ?? null,
    procedure: entry.procedure,
    outcome: entry.outcome ?? 'ok',
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    orgUnitId: entry.orgUnitId ?? null,
    before: toJsonData(entry.before),
    after: toJsonData(entry.after),
    detail: entry.detail ?? null,
    prevHash: head.hash,
  };
  const hash = auditHash(row, row.seq >= head.keyed_from_seq);
  await tx.auditLog.create({
    data: {
      ...row,
      before: (row.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (row.after ?? undefined) as Prisma.InputJsonValue | undefined,
      hash,
    },
  });
  await tx.auditHead.update({ where: { countyId: entry.countyId }, data: { seq: row.seq, hash } });
  return row.seq;
}

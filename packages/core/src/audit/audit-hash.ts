import { createHash, createHmac } from 'node:crypto';
import { auditKeys } from './audit-key.ts';
import { canonicalJson } from './canonical-json.ts';

/** The fields of an audit row that its hash covers (everything but the hash itself). */
export interface AuditHashInput {
  countyId: string;
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  procedure: string;
  outcome: string;
  entityType: string | null;
  entityId: string | null;
  orgUnitId: string | null;
  before: unknown;
  after: unknown;
  detail: string | null;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of a row. Keyed rows (from the county's keyedFromSeq on) are an HMAC under the audit
 * key, which the database does not hold; rows written before the key existed keep plain SHA-256.
 */
export function auditHash(row: AuditHashInput, keyed: boolean): string {
  const payload = canonicalJson([
    row.countyId,
    row.seq,
    row.at.toISOString(),
    row.actorUserId,
    row.actorName,
    row.procedure,
    row.outcome,
    row.entityType,
    row.entityId,
    row.orgUnitId,
    row.before ?? null,
    row.after ?? null,
    row.detail,
    row.prevHash,
  ]);
  return (keyed ? createHmac('sha256', auditKeys().chain) : createHash('sha256')).update(payload).digest('hex');
}

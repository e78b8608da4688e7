import type { PrismaClient } from '@duban/db';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

export interface AuditProblem {
  countyId: string;
  seq: number;
  kind: 'edited' | 'deleted' | 'inserted' | 'chain-broken' | 'head-mismatch';
  message: string;
}

export interface AuditVerification {
  counties: number;
  rows: number;
  problems: AuditProblem[];
}

const BATCH = 5000;

/**
 * Walks every county's chain in order and recomputes each hash. An edited row fails its own hash;
 * a deleted row leaves a gap in seq and breaks the next row's link; an inserted row breaks a link
 * or lies beyond the head; a truncated tail disagrees with the head.
 */
export async function verifyAudit(prisma: PrismaClient, filter: { countyId?: string } = {}): Promise<AuditVerification> {
  const where = filter.countyId ? { countyId: filter.countyId } : {};
  const heads = await prisma.auditHead.findMany({ where });
  const chainCounties = await prisma.auditLog.findMany({ where, distinct: ['countyId'], select: { countyId: true } });
  const counties = new Set([...heads.map((h) => h.countyId), ...chainCounties.map((c) => c.countyId)]);
  const problems: AuditProblem[] = [];
  let rows = 0;
  for (const countyId of counties) {
    const head = heads.find((h) => h.countyId === countyId);
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let cursor = 0;
    for (;;) {
      const batch = await prisma.auditLog.findMany({ where: { countyId, seq: { gt: cursor } }, orderBy: { seq: 'asc' }, take: BATCH });
      if (batch.length === 0) break;
      for (const row of batch) {
        rows++;
        const problem = (kind: AuditProblem['kind'], message: string) => problems.push({ countyId, seq: row.seq, kind, message });
        if (row.seq > expectedSeq) problem('deleted', `rows ${expectedSeq}…${row.seq - 1} are missing`);
        if (row.prevHash !== prevHash) problem('chain-broken', `row ${row.seq} does not link to the row before it (a row was inserted or deleted)`);
        if (auditHash(row) !== row.hash) problem('edited', `row ${row.seq} does not match its hash (its content was changed)`);
        if (head && row.seq > head.seq) problem('inserted', `row ${row.seq} lies beyond the chain head (${head.seq})`);
        expectedSeq = row.seq + 1;
        prevHash = row.hash;
        cursor = row.seq;
      }
    }
    if (!head) {
      problems.push({ countyId, seq: 0, kind: 'head-mismatch', message: 'chain has rows but no head' });
    } else if (head.seq > expectedSeq - 1 || (head.seq === expectedSeq - 1 && head.hash !== prevHash)) {
      problems.push({ countyId, seq: head.seq, kind: 'head-mismatch', message: `the chain ends at ${expectedSeq - 1} but its head records ${head.seq} (rows were removed from the end, or edited)` });
    }
  }
  return { counties: counties.size, rows, problems };
}

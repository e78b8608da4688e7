import type { PrismaClient } from '@duban/db';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { checkpointSignatureValid, type AuditCheckpoint } from './checkpoints.ts';

export interface AuditProblem {
  countyId: string;
  seq: number;
  kind: 'edited' | 'deleted' | 'inserted' | 'chain-broken' | 'head-mismatch' | 'checkpoint-mismatch' | 'truncated' | 'checkpoint-forged';
  message: string;
}

export interface AuditVerification {
  counties: number;
  rows: number;
  problems: AuditProblem[];
  /** The latest valid checkpoint per county that the chain was checked against. */
  anchored: { countyId: string; seq: number; at: string }[];
  /** Counties with rows but no checkpoint: their chain is checked, but a rewrite would not be seen. */
  unanchored: string[];
}

const BATCH = 5000;

/**
 * Walks every county's chain in order and recomputes each hash. An edited row fails its own hash;
 * a deleted row leaves a gap in seq and breaks the next row's link; an inserted row breaks a link
 * or lies beyond the head; a truncated tail disagrees with the head. Keyed rows need the audit key
 * to recompute, and the signed checkpoints (kept outside the database) catch a chain rewritten
 * from scratch, a tail cut together with its head, and a moved key boundary.
 */
export async function verifyAudit(
  prisma: PrismaClient,
  filter: { countyId?: string; checkpoints?: readonly AuditCheckpoint[] } = {},
): Promise<AuditVerification> {
  const where = filter.countyId ? { countyId: filter.countyId } : {};
  const heads = await prisma.auditHead.findMany({ where });
  const chainCounties = await prisma.auditLog.findMany({ where, distinct: ['countyId'], select: { countyId: true } });
  const problems: AuditProblem[] = [];
  const checkpoints = new Map<string, AuditCheckpoint[]>();
  for (const c of filter.checkpoints ?? []) {
    if (filter.countyId && c.countyId !== filter.countyId) continue;
    if (!checkpointSignatureValid(c)) {
      problems.push({ countyId: c.countyId, seq: c.seq, kind: 'checkpoint-forged', message: `the checkpoint of ${c.at} at row ${c.seq} is not signed with this audit key` });
      continue;
    }
    checkpoints.set(c.countyId, [...(checkpoints.get(c.countyId) ?? []), c]);
  }
  const counties = new Set([...heads.map((h) => h.countyId), ...chainCounties.map((c) => c.countyId), ...checkpoints.keys()]);
  const anchored: AuditVerification['anchored'] = [];
  const unanchored: string[] = [];
  let rows = 0;
  for (const countyId of counties) {
    const head = heads.find((h) => h.countyId === countyId);
    const anchors = checkpoints.get(countyId) ?? [];
    const latest = anchors.reduce<AuditCheckpoint | null>((a, c) => (!a || c.seq > a.seq ? c : a), null);
    const bySeq = new Map(anchors.map((c) => [c.seq, c]));
    // The boundary from the signed checkpoint wins over the database's, which anyone could move.
    const keyedFrom = latest?.keyedFrom ?? head?.keyedFromSeq ?? 1;
    if (latest && head && head.keyedFromSeq !== latest.keyedFrom) {
      problems.push({ countyId, seq: head.keyedFromSeq, kind: 'checkpoint-mismatch', message: `the chain says rows are keyed from ${head.keyedFromSeq}, the checkpoint of ${latest.at} says from ${latest.keyedFrom}` });
    }
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
        if (auditHash(row, row.seq >= keyedFrom) !== row.hash) problem('edited', `row ${row.seq} does not match its hash (its content was changed, or the chain was recomputed without the audit key)`);
        if (head && row.seq > head.seq) problem('inserted', `row ${row.seq} lies beyond the chain head (${head.seq})`);
        const anchor = bySeq.get(row.seq);
        if (anchor && anchor.hash !== row.hash) problem('checkpoint-mismatch', `row ${row.seq} differs from the checkpoint of ${anchor.at} (the chain was rewritten)`);
        expectedSeq = row.seq + 1;
        prevHash = row.hash;
        cursor = row.seq;
      }
    }
    const lastSeq = expectedSeq - 1;
    if (latest && lastSeq < latest.seq) {
      problems.push({ countyId, seq: lastSeq, kind: 'truncated', message: `the chain ends at ${lastSeq} but the checkpoint of ${latest.at} records ${latest.seq} (rows were removed from the end)` });
    }
    if (latest) anchored.push({ countyId, seq: latest.seq, at: latest.at });
    else if (lastSeq > 0) unanchored.push(countyId);
    if (!head) {
      if (lastSeq > 0) problems.push({ countyId, seq: 0, kind: 'head-mismatch', message: 'chain has rows but no head' });
    } else if (head.seq > lastSeq || (head.seq === lastSeq && head.hash !== prevHash)) {
      problems.push({ countyId, seq: head.seq, kind: 'head-mismatch', message: `the chain ends at ${lastSeq} but its head records ${head.seq} (rows were removed from the end, or edited)` });
    }
  }
  return { counties: counties.size, rows, problems, anchored, unanchored };
}

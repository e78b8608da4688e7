import { createHmac, timingSafeEqual } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import type { PrismaClient } from '@duban/db';
import { auditKeys } from './audit-key.ts';
import { canonicalJson } from './canonical-json.ts';

/**
 * A signed statement, kept outside the database, of where a county's chain stood: its last seq and
 * hash, and the seq from which rows are keyed. verify-audit compares the chain with it, which
 * catches what the chain alone cannot: a rewritten chain (the hash at that seq changes), a
 * truncated tail (the chain ends before the checkpoint) and a moved key boundary.
 */
export interface AuditCheckpoint {
  countyId: string;
  seq: number;
  hash: string;
  keyedFrom: number;
  /** ISO time the checkpoint was taken. */
  at: string;
  /** HMAC under the audit key's checkpoint key. */
  mac: string;
}

type Unsigned = Omit<AuditCheckpoint, 'mac'>;

const macOf = (c: Unsigned) =>
  createHmac('sha256', auditKeys().checkpoint).update(canonicalJson(['duban-audit-checkpoint', c.countyId, c.seq, c.hash, c.keyedFrom, c.at])).digest('hex');

export function signCheckpoint(c: Unsigned): AuditCheckpoint {
  return { ...c, mac: macOf(c) };
}

export function checkpointSignatureValid(c: AuditCheckpoint): boolean {
  const expected = Buffer.from(macOf(c), 'hex');
  const given = Buffer.from(String(c.mac), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Signed checkpoints of every county's current head (or only those whose seq moved since `after`). */
export async function takeCheckpoints(prisma: PrismaClient, after: ReadonlyMap<string, number> = new Map()): Promise<AuditCheckpoint[]> {
  const heads = await prisma.auditHead.findMany({ orderBy: { countyId: 'asc' } });
  const at = new Date().toISOString();
  return heads
    .filter((h) => h.seq > 0 && after.get(h.countyId) !== h.seq)
    .map((h) => signCheckpoint({ countyId: h.countyId, seq: h.seq, hash: h.hash, keyedFrom: h.keyedFromSeq, at }));
}

/** The checkpoint file: JSON lines, only ever appended to (O_APPEND) and flushed to disk. */
export async function appendCheckpoints(file: string, checkpoints: AuditCheckpoint[]): Promise<void> {
  if (checkpoints.length === 0) return;
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.appendFile(checkpoints.map((c) => JSON.stringify(c) + '\n').join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Every line of the file; a torn last line (a crash mid-write) is skipped. A missing file is empty. */
export async function readCheckpoints(file: string): Promise<AuditCheckpoint[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: AuditCheckpoint[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as AuditCheckpoint);
    } catch {
      // torn write
    }
  }
  return out;
}

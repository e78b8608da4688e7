import { createHmac, randomBytes } from 'node:crypto';

/**
 * The audit key (DUBAN_AUDIT_KEY, or <data dir>/audit-key): the chain's HMAC and the checkpoints'
 * signatures use keys derived from it. It lives outside the database, so whoever holds only the
 * database's credentials can neither recompute the chain after an edit nor forge a checkpoint.
 * Two derived keys, so that a chain hash can never be replayed as a checkpoint signature.
 */
export interface AuditKeys {
  chain: Buffer;
  checkpoint: Buffer;
}

let configured: AuditKeys | null = null;
let testKeys: AuditKeys | null = null;

const derive = (key: Buffer, purpose: string) => createHmac('sha256', key).update(`duban audit ${purpose} v1`).digest();

/** Called once at start (apps/server runtime) with the key from the environment or the data dir. */
export function configureAuditKey(key: Buffer): void {
  if (key.length < 32) throw new Error('the audit key must be at least 32 bytes');
  configured = { chain: derive(key, 'chain'), checkpoint: derive(key, 'checkpoint') };
}

/**
 * The configured keys. In-process tests (vitest) get a random per-process key instead; anywhere
 * else an unconfigured key is a programming error, never a silent unkeyed chain.
 */
export function auditKeys(): AuditKeys {
  if (configured) return configured;
  if (process.env.VITEST) return (testKeys ??= { chain: derive(randomBytes(32), 'chain'), checkpoint: derive(randomBytes(32), 'checkpoint') });
  throw new Error('the audit key is not configured (configureAuditKey)');
}

/**
 * A public fingerprint of a key: lets a backup or a database say which key it belongs to without
 * revealing it (an HMAC of a fixed label under the key; 128 bits are plenty to tell keys apart).
 */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('duban key fingerprint v1').digest('hex').slice(0, 32);
}

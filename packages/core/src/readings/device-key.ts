// A station's device key: `<stationId>.<secret>`, 32 random bytes of secret. Only the SHA-256 of
// the whole key is stored (a random 256-bit key needs no slow hash: nothing to guess), compared
// in constant time; the key itself is shown once, when issued.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const hashDeviceKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export function newDeviceKey(stationId: string): { key: string; hash: string } {
  const key = `${stationId}.${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashDeviceKey(key) };
}

/** The station id a presented key names (looked up before the hash is compared), or null. */
export const stationOfKey = (key: string): string | null => {
  const dot = key.indexOf('.');
  return dot > 0 && dot < 65 && key.length <= 200 ? key.slice(0, dot) : null;
};

export function deviceKeyMatches(key: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const a = Buffer.from(hashDeviceKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

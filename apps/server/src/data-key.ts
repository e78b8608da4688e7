import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const DATA_KEY_FILE = 'data-key';

/** A key given as 64 hex digits or as base64 of 32 bytes (openssl rand -base64 32). */
export function parseDataKey(text: string): Buffer {
  const value = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('DUBAN_DATA_KEY must be 32 bytes, as 64 hex digits or base64 (openssl rand -base64 32)');
  return key;
}

/**
 * The data-protection key (personal data encrypted at rest, e.g. survey respondents' phones).
 * DUBAN_DATA_KEY wins; otherwise the key in <data dir>/data-key, generated on first start (mode
 * 0600) — `npm start` needs no configuration. Losing the key makes the encrypted data unreadable:
 * back it up with the data dir; several servers on one PostgreSQL must share it (set the env).
 */
export async function loadDataKey(config: { dataDir: string; dataKey?: string }, log: { warn: (o: object, msg?: string) => void }): Promise<Buffer> {
  if (config.dataKey) return parseDataKey(config.dataKey);
  const file = join(config.dataDir, DATA_KEY_FILE);
  if (existsSync(file)) return parseDataKey(await readFile(file, 'utf8'));
  await mkdir(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process wrote a moment ago; read theirs instead.
  try {
    await writeFile(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return parseDataKey(await readFile(file, 'utf8'));
    throw error;
  }
  await chmod(file, 0o600);
  log.warn({ file }, 'generated a new data-protection key; back it up with the data dir (or set DUBAN_DATA_KEY)');
  return key;
}

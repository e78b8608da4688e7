import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A key the server keeps outside the database: given in the environment, else a file in the data dir. */
export interface KeySpec {
  /** Name recorded with the key's fingerprint in the database (instance_key.name). */
  name: 'data' | 'audit';
  env: 'DUBAN_DATA_KEY' | 'DUBAN_AUDIT_KEY';
  file: string;
}

export const DATA_KEY: KeySpec = { name: 'data', env: 'DUBAN_DATA_KEY', file: 'data-key' };
export const AUDIT_KEY: KeySpec = { name: 'audit', env: 'DUBAN_AUDIT_KEY', file: 'audit-key' };
export const DATA_KEY_FILE = DATA_KEY.file;

/** A key given as 64 hex digits or as base64 of 32 bytes (openssl rand -base64 32). */
export function parseKey(text: string, env: KeySpec['env'] = 'DUBAN_DATA_KEY'): Buffer {
  const value = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error(`${env} must be 32 bytes, as 64 hex digits or base64 (openssl rand -base64 32)`);
  return key;
}
export const parseDataKey = (text: string) => parseKey(text, 'DUBAN_DATA_KEY');

export type KeySource = { key: Buffer; generated: boolean; where: string };

/**
 * The key from the environment (wins) or from <data dir>/<file>; null when neither exists. Nothing
 * is generated here: the caller first checks that the database does not expect an existing key.
 */
export async function findKey(spec: KeySpec, config: { dataDir: string; keys?: Partial<Record<KeySpec['env'], string>> }): Promise<KeySource | null> {
  const fromEnv = config.keys?.[spec.env];
  if (fromEnv) return { key: parseKey(fromEnv, spec.env), generated: false, where: spec.env };
  const file = join(config.dataDir, spec.file);
  if (existsSync(file)) return { key: parseKey(await readFile(file, 'utf8'), spec.env), generated: false, where: file };
  return null;
}

/** Generates the key file (mode 0600); if another process wrote one a moment ago, reads theirs. */
export async function generateKey(spec: KeySpec, dataDir: string): Promise<KeySource> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, spec.file);
  const key = randomBytes(32);
  try {
    // 'wx': never overwrite a key another process wrote a moment ago.
    await writeFile(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { key: parseKey(await readFile(file, 'utf8'), spec.env), generated: false, where: file };
    throw error;
  }
  await chmod(file, 0o600);
  return { key, generated: true, where: file };
}

/**
 * The data-protection key (personal data encrypted at rest, e.g. survey respondents' phones).
 * DUBAN_DATA_KEY wins; otherwise the key in <data dir>/data-key, generated on first start (mode
 * 0600) — `npm start` needs no configuration. Losing the key makes the encrypted data unreadable:
 * `duban backup` records its fingerprint; several servers on one PostgreSQL must share it.
 */
export async function loadDataKey(config: { dataDir: string; dataKey?: string }, log: { warn: (o: object, msg?: string) => void }): Promise<Buffer> {
  const found = await findKey(DATA_KEY, { dataDir: config.dataDir, keys: { DUBAN_DATA_KEY: config.dataKey } });
  if (found) return found.key;
  const made = await generateKey(DATA_KEY, config.dataDir);
  if (made.generated) log.warn({ file: made.where }, 'generated a new data-protection key; back it up (duban backup records its fingerprint) or set DUBAN_DATA_KEY');
  return made.key;
}

import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_KEY_FILE, loadDataKey, parseDataKey } from '../src/data-key.ts';

const quiet = { warn: () => undefined };

describe('data-protection key', () => {
  it('is generated once into the data dir (0600) and read back on the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duban-key-'));
    const first = await loadDataKey({ dataDir }, quiet);
    expect(first).toHaveLength(32);
    expect(statSync(join(dataDir, DATA_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect((await loadDataKey({ dataDir }, quiet)).equals(first)).toBe(true);
    expect(parseDataKey(readFileSync(join(dataDir, DATA_KEY_FILE), 'utf8')).equals(first)).toBe(true);
  });

  it('takes DUBAN_DATA_KEY (hex or base64) over the file, and refuses a short key', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duban-key-'));
    const hex = 'ab'.repeat(32);
    expect((await loadDataKey({ dataDir, dataKey: hex }, quiet)).toString('hex')).toBe(hex);
    expect((await loadDataKey({ dataDir, dataKey: Buffer.from(hex, 'hex').toString('base64') }, quiet)).toString('hex')).toBe(hex);
    await expect(loadDataKey({ dataDir, dataKey: 'c2hvcnQ=' }, quiet)).rejects.toThrow(/32 bytes/);
  });
});

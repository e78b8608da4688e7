// Issue 12, F18: the README's CLI (`pnpm duban …` from the repository root) answered
// "Command duban not found" with pnpm 12 (a package's own bin is not linked into its .bin). This
// runs the README's invocations as written, from the root, against a temporary data dir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'duban-readme-cli-'));
const pnpm = (...args: string[]) =>
  spawnSync('pnpm', ['duban', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DUBAN_DATA_DIR: dataDir, DATABASE_URL: '' }, timeout: 170_000 });

describe('the README’s CLI invocations work from the repository root', () => {
  it('pnpm duban --help prints the commands', () => {
    const r = pnpm('--help');
    expect(r.stderr).not.toMatch(/not found/i);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage: duban <command>/);
    expect(r.stdout).toMatch(/verify-audit/);
  }, 180_000);

  it('pnpm duban verify-audit checks a fresh data dir and exits 0', () => {
    const r = pnpm('verify-audit');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/verify-audit: \d+ county chain\(s\), \d+ row\(s\), 0 problem\(s\)/);
  }, 180_000);
});

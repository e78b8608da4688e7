// Issue 13, item 7: production runs the bundle in dist/ (no tsx). The bundle is built from the
// sources, runs the CLI, finds its Excel worker, and is rebuilt when a source changes.
import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { buildTemplate } from '@duban/core';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript build scripts, no declarations
import { buildServer } from '../build/build.mjs';
// @ts-expect-error: plain JavaScript build scripts, no declarations
import { builtCli, builtIsCurrent } from '../build/ensure-built.mjs';

const dist = new URL('../dist/', import.meta.url);

describe('the built server', () => {
  beforeAll(async () => {
    await buildServer();
  }, 120_000);

  it('runs the CLI from JavaScript, without tsx', () => {
    const r = spawnSync(process.execPath, [builtCli, '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage: duban <command>/);
    const bundle = readFileSync(new URL('cli.mjs', dist), 'utf8');
    expect(bundle).not.toMatch(/from ["'][^"']*\btsx\b/);
    // Libraries needed only for an upload, a workbook or a PDF are required on first use, not at start.
    for (const lazy of ['exceljs', 'pdfkit', 'exifr', 'yauzl']) expect(bundle).not.toMatch(new RegExp(`^import [^;]*from ["'][^"']*/node_modules/${lazy}/`, 'm'));
  }, 60_000);

  it('reads a workbook in its Excel worker (dist/excel-worker.mjs)', async () => {
    const spec = { sheetName: '表', columns: [{ key: 'name', header: '名称', headerEn: 'Name', columnRequired: true, requirement: '必填', width: 10 }], maxRows: 10 };
    const data = new Uint8Array(await buildTemplate(spec, [{ name: '甲' }], []));
    const result = await new Promise((resolve, reject) => {
      const worker = new Worker(new URL('excel-worker.mjs', dist), { workerData: { kind: 'read', data, spec } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    // The template's data sheet holds the header only: parsed, and answered as a sheet without rows.
    expect(result).toMatchObject({ kind: 'read', read: { ok: false, errors: [expect.objectContaining({ message: expect.any(String) })] } });
  }, 60_000);

  it('is stale once a bundled source file changes', () => {
    expect(builtIsCurrent()).toBe(true);
    const source = new URL('../src/config.ts', import.meta.url);
    const later = new Date(Date.now() + 5_000);
    utimesSync(source, later, later);
    expect(builtIsCurrent()).toBe(false);
  });
});

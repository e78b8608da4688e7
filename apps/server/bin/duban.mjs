#!/usr/bin/env node
// The `duban` CLI. It runs the built server (apps/server/dist/cli.mjs, plain JavaScript, no tsx:
// issue 13, item 7), building it first when the sources changed since the last build (about a
// second). DUBAN_FROM_SOURCE=1 runs the TypeScript sources through tsx instead (development).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

if (process.env.DUBAN_FROM_SOURCE === '1') {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const result = spawnSync(process.execPath, [tsx, cli, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

const { builtCli, ensureBuilt } = await import('../build/ensure-built.mjs');
await ensureBuilt();
// In this process (no wrapper): the CLI reads its command from process.argv as before.
await import(pathToFileURL(builtCli).href);

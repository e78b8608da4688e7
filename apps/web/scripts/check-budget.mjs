// Bundle budget, checked after every build (issue 13): bytes are deterministic (gzip -9 of each
// file, node:zlib), so this may fail the build. Reads the chunk graph from dist/.vite/manifest.json.
//   - the login page: index.html's entry with its static imports, plus LoginPage (the lazy module
//     the login route always loads; it is plain React, antd comes with the signed-in app), CSS included;
//   - every plugin page chunk (a dynamic entry under plugins/) on its own;
//   - no ECharts on the login page.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkClosure, entryKey, pluginModuleKeys, precachedAssets, readManifest } from './precache.mjs';

const dist = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;
const manifest = readManifest(dist);

// The goal of issue 13 is 200 KB, and it is now the limit: the login page is plain React and CSS
// (no antd), carries only the shell's texts, and loads the login schema (zod) after its first
// paint. Raise it only with a reason.
const LOGIN_LIMIT_KB = 200;
const LOGIN_GOAL_KB = 200;
const PLUGIN_CHUNK_LIMIT_KB = 80;
const LOGIN_LAZY = ['src/pages/login/LoginPage.tsx'];

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

const login = chunkClosure(manifest, [entryKey(manifest), ...LOGIN_LAZY]);
const loginBytes = [...login].reduce((n, f) => n + gz(f), 0);
const failures = [];
if (loginBytes > LOGIN_LIMIT_KB * 1024) failures.push(`login page ${kb(loginBytes)} KB gz > limit ${LOGIN_LIMIT_KB} KB`);
const charts = [...login].filter((f) => f.endsWith('.js') && /zrender|echarts/i.test(readFileSync(join(dist, f), 'utf8')));
if (charts.length) failures.push(`ECharts on the login page: ${charts.join(', ')}`);

const plugins = pluginModuleKeys(manifest).map((key) => [key, manifest[key]]);
let largest = { key: '-', bytes: 0 };
for (const [key, chunk] of plugins) {
  const bytes = gz(chunk.file);
  if (bytes > largest.bytes) largest = { key, bytes };
  if (bytes > PLUGIN_CHUNK_LIMIT_KB * 1024) failures.push(`plugin chunk ${key} ${kb(bytes)} KB gz > ${PLUGIN_CHUNK_LIMIT_KB} KB`);
}

// The service worker's precache (scripts/precache.mjs): the shell and offline pages only.
const allAssets = Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]);
const bytes = (files) => [...new Set(files)].reduce((n, f) => n + statSync(join(dist, f)).size, 0);
const precached = precachedAssets(manifest);
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const inWorker = [...sw.matchAll(/url:"(assets\/[^"]+)"/g)].map((m) => m[1]);
if (inWorker.length !== precached.size || inWorker.some((f) => !precached.has(f))) {
  failures.push(`sw.js precaches ${inWorker.length} assets, precache.mjs selects ${precached.size}`);
}
// ECharts (the largest chunk) is for dashboards, not for capture: an offline page that imports it
// statically would put 180 KB gz into every first visit.
const precachedCharts = [...precached].filter((f) => f.endsWith('.js') && /zrender/.test(readFileSync(join(dist, f), 'utf8')));
if (precachedCharts.length) failures.push(`ECharts in the service worker's precache: ${precachedCharts.join(', ')}`);

console.log(`budget: login page ${kb(loginBytes)} KB gz in ${login.size} files (limit ${LOGIN_LIMIT_KB}, goal ${LOGIN_GOAL_KB}); ` +
  `${plugins.length} plugin chunks, largest ${largest.key} ${kb(largest.bytes)} KB gz (limit ${PLUGIN_CHUNK_LIMIT_KB}); ECharts on login: ${charts.length ? 'yes' : 'no'}; ` +
  `precache ${precached.size} of ${new Set(allAssets).size} assets, ${kb(bytes([...precached]))} of ${kb(bytes(allAssets))} KB`);
if (failures.length) {
  console.error(`bundle budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

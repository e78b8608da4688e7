#!/usr/bin/env node
// `pnpm new-plugin <id> [--zh 中文名] [--en "English name"] [--files-only]`
// Scaffolds plugins/<id>/ (the shape of plugins/flood-control, generic and small), then links it
// into the workspace, writes its first migration and regenerates the registries. Plain Node with
// built-ins only: it runs on a checkout where nothing has been built yet.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { collisions } from '../src/checks.mjs';
import { deriveNames, idProblem, labelProblem } from '../src/names.mjs';
import { scaffoldPlugin } from '../src/scaffold.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const usage = `usage: pnpm new-plugin <id> [--zh 中文名] [--en "English name"] [--files-only]

  <id>          kebab-case plugin id, e.g. water-supply
  --zh, --en    display names (default: the id, and the id in Title Case)
  --files-only  write plugins/<id>/ only; print the install, migration and generate commands
`;

const say = (line = '') => process.stdout.write(`${line}\n`);
/** @param {string} message @returns {never} */
const fail = (message) => {
  process.stderr.write(`new-plugin: ${message}\n`);
  process.exit(1);
};

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { zh: { type: 'string' }, en: { type: 'string' }, 'files-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
}
if (args.values.help) {
  say(usage);
  process.exit(0);
}
if (args.positionals.length > 1) fail(`one id at a time (got ${args.positionals.join(', ')})`);
const id = args.positionals[0] ?? '';
const idError = idProblem(id);
if (idError) fail(`${idError}\n\n${usage}`);
const names = deriveNames(id, { zh: args.values.zh, en: args.values.en });
// Given explicitly, a label is checked as typed (an empty --zh "" is a mistake, not the default).
const labelError = labelProblem('--zh', args.values.zh ?? names.zh) ?? labelProblem('--en', args.values.en ?? names.en);
if (labelError) fail(labelError);
const problems = collisions(root, names);
if (problems.length) fail(problems.join('\n'));

const filesOnly = args.values['files-only'] === true;
if (!filesOnly && !existsSync(join(root, 'node_modules', '.modules.yaml'))) {
  fail('dependencies are not installed yet: run `pnpm install` (or `npm start` once), then run this again');
}

const written = scaffoldPlugin(join(root, 'plugins'), names);
say(`\n  created plugins/${id}/ — ${names.packageName}, ${names.zh} / ${names.en}`);
for (const file of written) say(`    ${file}`);

/** The pnpm that runs this script (on PATH), or the one scripts/bootstrap.mjs keeps in .tools/. */
function pnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return 'pnpm';
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  return existsSync(local) ? local : 'pnpm';
}

const lockfileHasImporter = () => readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8').includes(`\n  plugins/${id}:\n`);

const steps = [
  // Links the new workspace package. It also adds an importer for plugins/<id> to pnpm-lock.yaml
  // (no new packages: every dependency is a workspace or catalog one already locked); CI's
  // `pnpm install --frozen-lockfile` refuses a workspace package the lockfile does not list.
  { title: 'link the package into the workspace', args: ['install', '--offline'] },
  { title: 'write the first migration', args: ['--filter', '@duban/db', 'migrate:new', 'init', '--plugin', id] },
  { title: 'regenerate the plugin registries and the Prisma client', args: ['generate'] },
];

if (filesOnly) {
  say('\n  --files-only: now run');
  for (const step of steps) say(`    pnpm ${step.args.join(' ')}`);
  process.exit(0);
}

const bin = pnpm();
for (const [i, step] of steps.entries()) {
  say(`\n  [${i + 1}/${steps.length}] ${step.title}: pnpm ${step.args.join(' ')}`);
  const run = (/** @type {string[]} */ stepArgs) => spawnSync(bin, stepArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  let result = run(step.args);
  // After a `pnpm install --no-lockfile`, pnpm considers the workspace up to date and skips the
  // lockfile; --fix-lockfile writes the missing importer.
  if (result.status === 0 && i === 0 && !lockfileHasImporter()) result = run(['install', '--offline', '--fix-lockfile']);
  if (result.status !== 0) {
    process.stderr.write(`\nnew-plugin: "pnpm ${step.args.join(' ')}" failed. plugins/${id}/ is written; fix the problem above, then run:\n`);
    for (const rest of steps.slice(i)) process.stderr.write(`  pnpm ${rest.args.join(' ')}\n`);
    if (i === 0) process.stderr.write('  (pnpm install --offline needs every package in the local store: run `pnpm install` online if it is missing some)\n');
    process.exit(1);
  }
}

say(`
  Done. ${names.zh} (${id}) is a plugin of the workspace.

  Changed, to commit together:
    plugins/${id}/        the plugin, with its first migration in prisma/migrations/
    pnpm-lock.yaml        one new importer, "plugins/${id}" (a generated file; no new packages)

  Next steps
    1. Run its tests:       cd plugins/${id} && pnpm test        (and pnpm typecheck, pnpm lint)
    2. Start the product:   DUBAN_REBUILD_WEB=1 pnpm start     → http://localhost:3000
       (rebuilds the web app with the plugin's page). A fresh ./data is seeded with the plugin
       enabled for the 西片区 townships; with an existing one, sign in as shuili / Duban2026
       (模块管理员, 水利局), open 模块管理 (/modules) and enable ${names.zh} for a township
       (API: plugin.setEnablement { orgUnitId, pluginId: '${id}', enabled: true }).
    3. Grow it: edit prisma/${id}.prisma, then
         pnpm --filter @duban/db migrate:new <change_name> --plugin ${id} && pnpm generate
    4. Before a release: pnpm changeset (see docs/plugins.md).
`);

// Is apps/server/dist current? It is stale when any bundled source file changed (or went away)
// after the build, or when dependencies were installed again (the bundle imports them by their
// path under node_modules/.pnpm). One stat per source file: a few milliseconds at every start.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = resolve(serverDir, '../..');
const manifestFile = join(serverDir, 'dist', 'build.json');
export const builtCli = join(serverDir, 'dist', 'cli.mjs');

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity; // gone: stale
  }
};

export function builtIsCurrent() {
  if (!existsSync(manifestFile) || !existsSync(builtCli)) return false;
  const { builtAt, inputs } = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (mtime(join(repoRoot, 'node_modules', '.modules.yaml')) > builtAt) return false;
  return inputs.every((p) => mtime(join(repoRoot, p)) <= builtAt);
}

/** Builds dist/ when it is missing or stale; esbuild is only loaded then. */
export async function ensureBuilt() {
  if (builtIsCurrent()) return;
  process.stderr.write('[duban] building the server into apps/server/dist\n');
  const { buildServer } = await import('./build.mjs');
  await buildServer();
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateManifest, type PluginManifest } from '@duban/plugin-sdk';
import { coreVersionSatisfies } from './core-range.ts';

export interface DiscoveredPlugin {
  id: string;
  dir: string;
  manifest: PluginManifest;
  hasServer: boolean;
  hasWeb: boolean;
  schemaFiles: string[];
  migrationsDir: string | null;
}

/**
 * Finds every plugin folder under `pluginsDir` and validates it: package name, manifest (loaded
 * and checked against the contract), and that the folder name matches the id. Any mistake
 * throws an error naming the plugin's path.
 */
export async function discoverPlugins(root: string, pluginsDir = join(root, 'plugins')): Promise<DiscoveredPlugin[]> {
  if (!existsSync(pluginsDir)) return [];
  const found: DiscoveredPlugin[] = [];
  const corePackage = join(root, 'packages', 'core', 'package.json');
  const coreVersion = existsSync(corePackage) ? (JSON.parse(readFileSync(corePackage, 'utf8')) as { version: string }).version : null;
  for (const name of readdirSync(pluginsDir).sort()) {
    const dir = join(pluginsDir, name);
    const where = relative(root, dir) || dir;
    if (!existsSync(join(dir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
    if (pkg.name !== `@duban/plugin-${name}`) {
      throw new Error(`${where}/package.json: the package must be named "@duban/plugin-${name}" (found "${pkg.name}")`);
    }
    const manifestPath = join(dir, 'src', 'manifest.ts');
    if (!existsSync(manifestPath)) throw new Error(`${where}: missing src/manifest.ts (export default definePlugin({...}))`);
    let loaded: { default?: unknown };
    try {
      loaded = (await import(pathToFileURL(manifestPath).href)) as { default?: unknown };
    } catch (error) {
      throw new Error(`${where}/src/manifest.ts could not be loaded: ${(error as Error).message}`);
    }
    if (!loaded.default) throw new Error(`${where}/src/manifest.ts: export the manifest as default (export default definePlugin({...}))`);
    const manifest = validateManifest(loaded.default, `${where}/src/manifest.ts`);
    if (manifest.id !== name) throw new Error(`${where}/src/manifest.ts: id "${manifest.id}" must match the folder name "${name}"`);
    if (coreVersion && !coreVersionSatisfies(coreVersion, manifest.core)) {
      throw new Error(`${where}/src/manifest.ts: core "${manifest.core}" does not include the installed core ${coreVersion} (packages/core/package.json)`);
    }
    const prismaDir = join(dir, 'prisma');
    const schemaFiles = existsSync(prismaDir) ? readdirSync(prismaDir).filter((f) => f.endsWith('.prisma')).map((f) => join(prismaDir, f)) : [];
    const migrationsDir = existsSync(join(prismaDir, 'migrations')) ? join(prismaDir, 'migrations') : null;
    found.push({
      id: manifest.id,
      dir,
      manifest,
      hasServer: existsSync(join(dir, 'src', 'server.ts')),
      hasWeb: existsSync(join(dir, 'src', 'web.ts')),
      schemaFiles,
      migrationsDir,
    });
  }
  return found;
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeSchema } from '../src/compose-schema.ts';
import { discoverPlugins } from '../src/discover.ts';

// Temp plugin folders sit inside this package so their imports of @duban/plugin-sdk and zod
// resolve through its node_modules.
const made: string[] = [];
const sandbox = () => {
  const dir = mkdtempSync(join(import.meta.dirname, '..', 'node_modules', '.tmp-plugins-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function plugin(root: string, name: string, manifest: string, pkgName = `@duban/plugin-${name}`) {
  const dir = join(root, 'plugins', name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: pkgName }));
  writeFileSync(join(dir, 'src', 'manifest.ts'), `import { definePlugin } from '@duban/plugin-sdk';\nimport { z } from 'zod';\nexport default definePlugin(${manifest});\n`);
}

const good = (id: string) => `{ id: '${id}', name: { zh: '供水', en: 'Water' }, version: '0.1.0', core: '^0.1.0', permissions: [], settings: z.object({}) }`;

describe('plugin discovery', () => {
  it('finds valid plugins', async () => {
    const root = sandbox();
    plugin(root, 'water-supply', good('water-supply'));
    const found = await discoverPlugins(root);
    expect(found.map((p) => p.id)).toEqual(['water-supply']);
  });

  it('fails the build naming the plugin path for a bad manifest', async () => {
    const root = sandbox();
    plugin(root, 'bad-one', `{ id: 'bad-one', name: { zh: '坏' }, version: 'x', core: '^0.1.0', permissions: [], settings: z.object({}) }`);
    await expect(discoverPlugins(root)).rejects.toThrow(/plugins\/bad-one\/src\/manifest.ts[\s\S]*name.en[\s\S]*version must be semver/);
  });

  it('requires the folder name, package name and id to agree', async () => {
    const root = sandbox();
    plugin(root, 'water-supply', good('water'));
    await expect(discoverPlugins(root)).rejects.toThrow(/id "water" must match the folder name "water-supply"/);
    const other = sandbox();
    plugin(other, 'water-supply', good('water-supply'), 'water-supply');
    await expect(discoverPlugins(other)).rejects.toThrow(/must be named "@duban\/plugin-water-supply"/);
  });
});

describe('schema composition', () => {
  it('adds back-relations to core models in the composed copy only', () => {
    const core = 'generator client {\n  output = "../src/generated/prisma"\n}\n\nmodel OrgUnit {\n  id String @id\n}\n';
    const pluginSchema = 'model WaterRecord {\n  id String @id\n  orgUnitId String\n  orgUnit OrgUnit @relation(fields: [orgUnitId], references: [id])\n}\n';
    const files = composeSchema(core, [{ pluginId: 'water-supply', path: 'water-supply.prisma', content: pluginSchema }]);
    expect(files[0]!.content).toContain('waterRecord_orgUnit WaterRecord[] @relation("WaterRecord_orgUnit")');
    expect(files[0]!.content).toContain('output       = "../../src/generated/prisma"');
    expect(files[1]!.content).toContain('orgUnit OrgUnit @relation("WaterRecord_orgUnit", fields: [orgUnitId], references: [id])');
  });
});

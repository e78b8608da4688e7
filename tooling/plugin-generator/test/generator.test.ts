import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeSchema } from '../../plugin-registry/src/compose-schema.ts';
import { discoverPlugins } from '@duban/plugin-registry';
import { collisions } from '../src/checks.mjs';
import { deriveNames, idProblem, labelProblem } from '../src/names.mjs';
import { render, scaffoldPlugin } from '../src/scaffold.mjs';

// Scaffolded plugins sit inside this package's node_modules, so their imports of
// @duban/plugin-sdk and zod resolve (as in tooling/plugin-registry's tests).
const made: string[] = [];
const sandbox = () => {
  const dir = mkdtempSync(join(import.meta.dirname, '..', 'node_modules', '.tmp-new-plugin-'));
  made.push(dir);
  mkdirSync(join(dir, 'plugins'));
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('names', () => {
  it('derives every name from the id', () => {
    expect(deriveNames('water-supply', { zh: '供水保障', en: 'Water supply' })).toEqual({
      id: 'water-supply',
      packageName: '@duban/plugin-water-supply',
      exportName: 'waterSupplyPlugin',
      routerType: 'WaterSupplyRouter',
      model: 'WaterSupplyRecord',
      modelAccessor: 'waterSupplyRecord',
      table: 'water_supply_record',
      readPermission: 'water-supply.record.read',
      managePermission: 'water-supply.record.manage',
      zh: '供水保障',
      en: 'Water supply',
    });
  });

  it('defaults the display names to the id and its Title Case', () => {
    const n = deriveNames('rural-road-2025');
    expect([n.zh, n.en, n.exportName, n.model, n.table]).toEqual(['rural-road-2025', 'Rural Road 2025', 'ruralRoad2025Plugin', 'RuralRoad2025Record', 'rural_road_2025_record']);
  });

  it('accepts kebab-case ids only', () => {
    for (const good of ['water', 'water-supply', 'a1-b2']) expect(idProblem(good)).toBeNull();
    for (const reserved of ['core', 'audit', 'org-unit', 'key-work']) expect(idProblem(reserved)).toMatch(/is reserved/);
    for (const bad of ['', 'Water', 'water_supply', 'water--supply', '-water', 'water-', '1water', 'x'.repeat(41)]) expect(idProblem(bad)).not.toBeNull();
    expect(labelProblem('--zh', ' ')).toMatch(/empty/);
    expect(labelProblem('--en', 'a\nb')).toMatch(/one line/);
  });
});

describe('scaffold', () => {
  it('writes a plugin the registry generator accepts', async () => {
    const root = sandbox();
    const names = deriveNames('water-supply', { zh: '供水保障', en: "Farmers' water" });
    const files = scaffoldPlugin(join(root, 'plugins'), names);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'prisma/water-supply.prisma', 'src/manifest.ts', 'src/server.ts', 'src/web.ts', 'src/web/RecordsPage.tsx', 'test/records.test.ts', 'CHANGELOG.md']));
    const dir = join(root, 'plugins', 'water-supply');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, string> };
    expect(pkg.name).toBe('@duban/plugin-water-supply');
    expect(Object.keys(pkg.exports)).toEqual(['./manifest', './server', './web']);

    // The manifest is loaded and validated exactly as `pnpm generate` does (labels escaped).
    const [found] = await discoverPlugins(root);
    expect(found!.manifest.name).toEqual({ zh: '供水保障', en: "Farmers' water" });
    expect(found!.manifest.permissions.map((p) => p.key)).toEqual(['water-supply.record.read', 'water-supply.record.manage']);
    expect(found!.manifest.settings.parse({})).toEqual({ warningThreshold: 100 });
    expect(found!.hasServer && found!.hasWeb).toBe(true);

    // Its model composes with the core schema: tenant-keyed, back-relation added to OrgUnit.
    const core = readFileSync(join(import.meta.dirname, '../../../packages/db/prisma/schema.prisma'), 'utf8');
    const [composedCore, composedPlugin] = composeSchema(core, found!.schemaFiles.map((path) => ({ pluginId: 'water-supply', path })));
    expect(composedCore!.content).toContain('waterSupplyRecord_orgUnit WaterSupplyRecord[] @relation("WaterSupplyRecord_orgUnit")');
    expect(composedPlugin!.content).toMatch(/@@id\(\[countyId, id\]\)[\s\S]*@@map\("water_supply_record"\)/);
    expect(composedPlugin!.content).toContain('fields: [countyId, orgUnitId], references: [countyId, id]');
  });

  it('refuses an existing folder and names already in a schema', () => {
    const root = sandbox();
    const names = deriveNames('water-supply');
    mkdirSync(join(root, 'packages/db/prisma'), { recursive: true });
    writeFileSync(join(root, 'packages/db/prisma/schema.prisma'), 'model WaterSupplyRecord {\n  id String @id\n}\n');
    expect(collisions(root, names)).toEqual(['packages/db/prisma/schema.prisma already defines model WaterSupplyRecord']);
    scaffoldPlugin(join(root, 'plugins'), names);
    expect(collisions(root, names)).toContain('plugins/water-supply already exists');
    expect(() => scaffoldPlugin(join(root, 'plugins'), names)).toThrow(/already exists/);
  });

  it('fails on a placeholder it does not know', () => {
    expect(() => render('const x = __nope__;', deriveNames('water'), 'x.ts')).toThrow(/unknown placeholder __nope__/);
    expect(render('{ "d": "__en__" }', deriveNames('water', { en: 'say "hi"' }), 'package.json')).toBe('{ "d": "say \\"hi\\"" }');
  });
});

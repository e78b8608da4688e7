// Each collision the plugin contract forbids, as the failing build a plugin author would see: the
// message names the plugin's path and what to change.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPluginServers, type CheckedPluginServer } from '@duban/plugin-sdk/server-checks';
import { coreVersionSatisfies } from '../src/core-range.ts';
import { discoverPlugins } from '../src/discover.ts';
import { checkSchemas } from '../src/schema-checks.ts';

const made: string[] = [];
const sandbox = () => {
  const dir = mkdtempSync(join(import.meta.dirname, '..', 'node_modules', '.tmp-collisions-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function plugin(root: string, name: string, manifest: string) {
  const dir = join(root, 'plugins', name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@duban/plugin-${name}` }));
  writeFileSync(join(dir, 'src', 'manifest.ts'), `import { definePlugin } from '@duban/plugin-sdk';\nimport { z } from 'zod';\nexport default definePlugin(${manifest});\n`);
}
const manifest = (id: string, permissions = '[]') =>
  `{ id: '${id}', name: { zh: '模块', en: 'Module' }, version: '0.1.0', core: '^0.1.0', permissions: ${permissions}, settings: z.object({}) }`;

describe('reserved ids fail discovery, naming the plugin path', () => {
  it.each([
    ['core', /plugins\/core\/src\/manifest.ts[\s\S]*id "core" is reserved for the core itself/],
    ['audit', /plugins\/audit\/src\/manifest.ts[\s\S]*id "audit" is reserved: it is a core router key/],
    ['key-work', /plugins\/key-work\/src\/manifest.ts[\s\S]*id "key-work" is reserved: it is a core router key/],
  ])('%s', async (id, message) => {
    const root = sandbox();
    plugin(root, id, manifest(id));
    await expect(discoverPlugins(root)).rejects.toThrow(message);
  });
});

it('a permission declared twice fails discovery', async () => {
  const root = sandbox();
  const perm = `{ key: 'water.meter.read', access: 'read', zh: '查看', en: 'Read' }`;
  plugin(root, 'water', manifest('water', `[${perm}, ${perm}]`));
  await expect(discoverPlugins(root)).rejects.toThrow(/plugins\/water\/src\/manifest.ts[\s\S]*permission "water.meter.read" is declared twice/);
});

describe('server parts: every name added to a core registry carries the plugin id', () => {
  const check = (server: Partial<CheckedPluginServer>) => () =>
    checkPluginServers([{ where: 'plugins/water/src/server.ts', server: { manifest: { id: 'water' }, ...server } }]);
  it('accepts prefixed names', () => {
    expect(check({ scopeResolvers: { waterMeter: {} }, metrics: [{ key: 'water.coverage' }] })).not.toThrow();
  });
  it('a scope entity named like a core entity', () => {
    expect(check({ scopeResolvers: { task: {} } })).toThrow(/plugins\/water\/src\/server.ts:\n {2}- scopeResolvers.task: scope entities must start with "water"/);
  });
  it.each(['metrics', 'vetoes', 'checklists', 'taskTypes', 'jobs', 'assessmentTemplates'] as const)('%s without the id prefix', (kind) => {
    expect(check({ [kind]: [{ key: 'coverage' }] })).toThrow(new RegExp(`plugins/water/src/server.ts:\\n {2}- ${kind}: key "coverage" must start with "water\\."`));
  });
  it('a duplicate contribution key', () => {
    expect(check({ metrics: [{ key: 'water.coverage' }, { key: 'water.coverage' }] })).toThrow(/metrics: key "water.coverage" is declared twice/);
  });
  it('a calendar job whose schedule cannot fire', () => {
    expect(check({ jobs: [{ key: 'water.meter-reading', schedule: '0 8 32 6 *' }] })).toThrow(/plugins\/water\/src\/server.ts:\n {2}- jobs: "water.meter-reading": CronPattern: Invalid value for day: 31/);
    expect(check({ jobs: [{ key: 'water.meter-reading', schedule: '0 8 1 6 *' }] })).not.toThrow();
  });
  it('sample records of an entity without a resolver', () => {
    expect(check({ sampleRecords: { waterMeter: {} } })).toThrow(/sampleRecords.waterMeter: no scope resolver of that name/);
  });
  it('two plugins of one id', () => {
    const server = { manifest: { id: 'water' } };
    expect(() => checkPluginServers([{ where: 'plugins/water/src/server.ts', server }, { where: 'plugins/water2/src/server.ts', server }]))
      .toThrow(/plugins\/water2\/src\/server.ts: plugin id "water" is already taken by plugins\/water\/src\/server.ts/);
  });
});

describe('schemas', () => {
  const core = 'model OrgUnit {\n  countyId String\n  id String\n  @@id([countyId, id])\n  @@map("org_unit")\n}\n';
  const good = 'model WaterMeter {\n  countyId String\n  id String\n  orgUnitId String\n  orgUnit OrgUnit @relation(fields: [countyId, orgUnitId], references: [countyId, id])\n  @@id([countyId, id])\n  @@map("water_meter")\n}\n';
  const file = (content: string, pluginId = 'water') => ({ pluginId, path: `/repo/plugins/${pluginId}/prisma/${pluginId}.prisma`, content });
  const run = (...files: ReturnType<typeof file>[]) => () => checkSchemas('/repo', core, files);

  it('accepts county-keyed plugin models', () => {
    expect(run(file(good))).not.toThrow();
  });
  it('a model named like a core model', () => {
    expect(run(file(good.replace('WaterMeter', 'OrgUnit').replace('water_meter', 'water_unit'))))
      .toThrow(/plugins\/water\/prisma\/water.prisma: model "OrgUnit" is already defined in packages\/db\/prisma\/schema.prisma/);
  });
  it('a table named like a core table', () => {
    expect(run(file(good.replace('water_meter', 'org_unit')))).toThrow(/plugins\/water\/prisma\/water.prisma: table "org_unit" is already defined in packages\/db\/prisma\/schema.prisma/);
  });
  it("a model of another plugin's name", () => {
    expect(run(file(good), file(good.replace('water_meter', 'gas_meter'), 'gas'))).toThrow(/plugins\/gas\/prisma\/gas.prisma: model "WaterMeter" is already defined in plugins\/water\/prisma\/water.prisma/);
  });
  it('a primary key that does not lead with countyId', () => {
    expect(run(file(good.replace('@@id([countyId, id])', '@@id([id, countyId])')))).toThrow(/model WaterMeter must have a primary key leading with countyId/);
    expect(run(file(good.replace('  id String\n', '  id String @id\n').replace('  @@id([countyId, id])\n', '')))).toThrow(/model WaterMeter must have a primary key leading with countyId/);
  });
  it('a foreign key that does not lead with countyId', () => {
    expect(run(file(good.replace('fields: [countyId, orgUnitId], references: [countyId, id]', 'fields: [orgUnitId], references: [id]'))))
      .toThrow(/relation WaterMeter.orgUnit must lead its fields with countyId/);
  });
});

describe("the manifest's core range is enforced at generation", () => {
  it('a plugin for another core fails, naming its manifest', async () => {
    const root = sandbox();
    mkdirSync(join(root, 'packages', 'core'), { recursive: true });
    writeFileSync(join(root, 'packages', 'core', 'package.json'), JSON.stringify({ version: '0.2.0' }));
    plugin(root, 'water', manifest('water'));
    await expect(discoverPlugins(root)).rejects.toThrow(/plugins\/water\/src\/manifest.ts: core "\^0.1.0" does not include the installed core 0.2.0/);
  });
  it('reads ^ and ~ as npm does', () => {
    expect(coreVersionSatisfies('0.1.5', '^0.1.0')).toBe(true);
    expect(coreVersionSatisfies('0.2.0', '^0.1.0')).toBe(false);
    expect(coreVersionSatisfies('1.4.0', '^1.2.0')).toBe(true);
    expect(coreVersionSatisfies('1.1.9', '^1.2.0')).toBe(false);
    expect(coreVersionSatisfies('2.0.0', '^1.2.0')).toBe(false);
    expect(coreVersionSatisfies('1.2.9', '~1.2.3')).toBe(true);
    expect(coreVersionSatisfies('1.3.0', '~1.2.3')).toBe(false);
    expect(coreVersionSatisfies('0.1.0', '0.1.0')).toBe(true);
    expect(coreVersionSatisfies('0.1.1', '0.1.0')).toBe(false);
  });
});

// Checks of the schema files composed into the client (core, core areas, plugins) that would
// otherwise surface as a Prisma error far from the cause, or not at all: a plugin model named like
// a core one, two tables of one name, a plugin row that is not keyed by its county (every query of
// a county's data, and the county-scoped foreign keys, rely on `countyId` leading each key).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

export interface SchemaFile { pluginId: string; path: string; content?: string }

interface ModelFacts { name: string; table: string; id: string[] | null; relations: { field: string; fields: string[] }[] }

const modelBlocks = (source: string) => [...source.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)].map((m) => ({ name: m[1]!, body: m[2]! }));
const list = (s: string) => s.split(',').map((f) => f.trim()).filter(Boolean);

/** The facts these checks need of each model of a schema source. */
export function modelFacts(source: string): ModelFacts[] {
  return modelBlocks(source).map(({ name, body }) => {
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name;
    const compound = /@@id\(\[([^\]]*)\]/.exec(body);
    const single = /^\s+(\w+)\s+\S+.*@id\b/m.exec(body);
    const relations = [...body.matchAll(/^\s+(\w+)\s+\w+\??\s+@relation\(.*fields:\s*\[([^\]]*)\]/gm)].map((r) => ({ field: r[1]!, fields: list(r[2]!) }));
    return { name, table, id: compound ? list(compound[1]!) : single ? [single[1]!] : null, relations };
  });
}

/** Every problem of the composed schema, each naming the file it is in; empty when none. */
export function schemaProblems(root: string, coreSchema: string, files: readonly SchemaFile[]): string[] {
  const problems: string[] = [];
  const owners = { model: new Map<string, string>(), table: new Map<string, string>() };
  const claim = (kind: 'model' | 'table', name: string, where: string) => {
    const other = owners[kind].get(name);
    if (other && other !== where) problems.push(`${where}: ${kind} "${name}" is already defined in ${other}`);
    else owners[kind].set(name, where);
  };
  for (const m of modelFacts(coreSchema)) {
    claim('model', m.name, 'packages/db/prisma/schema.prisma');
    claim('table', m.table, 'packages/db/prisma/schema.prisma');
  }
  for (const file of files) {
    const where = relative(root, file.path) || file.path;
    for (const m of modelFacts(file.content ?? readFileSync(file.path, 'utf8'))) {
      claim('model', m.name, where);
      claim('table', m.table, where);
      if (file.pluginId === 'area') continue;
      if (m.id?.[0] !== 'countyId') problems.push(`${where}: model ${m.name} must have a primary key leading with countyId (@@id([countyId, id]))`);
      for (const r of m.relations) {
        if (r.fields[0] !== 'countyId') problems.push(`${where}: relation ${m.name}.${r.field} must lead its fields with countyId (fields: [countyId, …], references: [countyId, …])`);
      }
    }
  }
  return problems;
}

/** Throws listing every problem (the registry generator's build step). */
export function checkSchemas(root: string, coreSchema: string, files: readonly SchemaFile[]) {
  const problems = schemaProblems(root, coreSchema, files);
  if (problems.length) throw new Error(`schema collision:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

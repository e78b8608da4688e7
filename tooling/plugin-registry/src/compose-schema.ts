import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Composes the Prisma schema the client is generated from: the core schema, the core areas'
 * files (prisma/areas/*.prisma, pluginId 'area') and each plugin's models. Prisma needs both sides
 * of a relation, so for every relation from one file to a model of the core or of a core area
 * (OrgUnit, Person, InspectionVisit …) a back-relation list field is added to the target model
 * here, in the generated copy — the committed core schema never mentions a plugin, and one area's
 * file never needs editing for another's.
 */
export function composeSchema(coreSchema: string, pluginFiles: { pluginId: string; path: string; content?: string }[]) {
  const modelsOf = (source: string) => new Set([...source.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!));
  const sources = pluginFiles.map((file) => ({ ...file, source: file.content ?? readFileSync(file.path, 'utf8') }));
  // Models that may be the target of a generated back-relation: the core's and the areas'.
  const shared = new Set([...modelsOf(coreSchema), ...sources.filter((f) => f.pluginId === 'area').flatMap((f) => [...modelsOf(f.source)])]);
  const injections = new Map<string, string[]>();
  const rewritten = sources.map((file) => {
    const own = modelsOf(file.source);
    let currentModel = '';
    const lines = file.source.split('\n').map((line) => {
      const model = /^model (\w+) \{/.exec(line);
      if (model) currentModel = model[1]!;
      const rel = /^(\s+)(\w+)(\s+)(\w+)(\??)(\s+)@relation\((.*)\)(.*)$/.exec(line);
      // Relations inside one file declare both sides themselves.
      if (!rel || !shared.has(rel[4]!) || own.has(rel[4]!)) return line;
      const [, indent, field, sp1, target, optional, sp2, args, rest] = rel;
      const named = /^\s*"([^"]+)"/.exec(args!);
      const relationName = named ? named[1]! : `${currentModel}_${field}`;
      const list = injections.get(target!) ?? [];
      list.push(`  ${lowerFirst(currentModel)}_${field} ${currentModel}[] @relation("${relationName}")`);
      injections.set(target!, list);
      return named ? line : `${indent}${field}${sp1}${target}${optional}${sp2}@relation("${relationName}", ${args})${rest}`;
    });
    return { ...file, content: lines.join('\n') };
  });
  const inject = (source: string) =>
    source.replace(/^model (\w+) \{\n([\s\S]*?)^\}/gm, (block, name: string) => {
      const extra = injections.get(name);
      return extra ? block.replace(/\n\}$/, `\n  // back-relations of models in other files (generated)\n${extra.join('\n')}\n}`) : block;
    });
  const core = inject(coreSchema.replace(/output\s*=\s*"\.\.\/src\/generated\/prisma"/, 'output       = "../../src/generated/prisma"'));
  return [
    { name: 'schema.prisma', content: core },
    ...rewritten.map((f) => ({ name: `${f.pluginId}--${basename(f.path)}`, content: f.pluginId === 'area' ? inject(f.content) : f.content })),
  ];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

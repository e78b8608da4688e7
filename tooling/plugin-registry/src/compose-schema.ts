import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Composes the Prisma schema the client is generated from: the core schema plus each plugin's
 * models. Prisma needs both sides of a relation, so for every plugin relation to a core model
 * (OrgUnit, Person …) a back-relation list field is added to the core model here, in the
 * generated copy — the committed core schema never mentions a plugin.
 */
export function composeSchema(coreSchema: string, pluginFiles: { pluginId: string; path: string; content?: string }[]) {
  const coreModels = new Set([...coreSchema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!));
  const injections = new Map<string, string[]>();
  const files = pluginFiles.map((file) => {
    const source = file.content ?? readFileSync(file.path, 'utf8');
    let currentModel = '';
    const lines = source.split('\n').map((line) => {
      const model = /^model (\w+) \{/.exec(line);
      if (model) currentModel = model[1]!;
      const rel = /^(\s+)(\w+)(\s+)(\w+)(\??)(\s+)@relation\((.*)\)(.*)$/.exec(line);
      if (!rel || !coreModels.has(rel[4]!)) return line;
      const [, indent, field, sp1, target, optional, sp2, args, rest] = rel;
      const named = /^\s*"([^"]+)"/.exec(args!);
      const relationName = named ? named[1]! : `${currentModel}_${field}`;
      const list = injections.get(target!) ?? [];
      list.push(`  ${lowerFirst(currentModel)}_${field} ${currentModel}[] @relation("${relationName}")`);
      injections.set(target!, list);
      return named ? line : `${indent}${field}${sp1}${target}${optional}${sp2}@relation("${relationName}", ${args})${rest}`;
    });
    return { name: `${file.pluginId}--${basename(file.path)}`, content: lines.join('\n') };
  });
  const core = coreSchema
    .replace(/output\s*=\s*"\.\.\/src\/generated\/prisma"/, 'output       = "../../src/generated/prisma"')
    .replace(/^model (\w+) \{\n([\s\S]*?)^\}/gm, (block, name: string) => {
      const extra = injections.get(name);
      return extra ? block.replace(/\n\}$/, `\n  // back-relations of plugin models (generated)\n${extra.join('\n')}\n}`) : block;
    });
  return [{ name: 'schema.prisma', content: core }, ...files];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

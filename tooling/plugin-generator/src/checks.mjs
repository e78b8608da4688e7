// What must hold before a plugin folder is written: a free id, and model/table names no other
// schema uses (Prisma composes every plugin's models into one schema).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} root @returns {{ file: string, text: string }[]} */
function schemaFiles(root) {
  const files = [join(root, 'packages/db/prisma/schema.prisma')];
  const plugins = join(root, 'plugins');
  for (const dir of existsSync(plugins) ? readdirSync(plugins) : []) {
    const prisma = join(plugins, dir, 'prisma');
    if (existsSync(prisma)) files.push(...readdirSync(prisma).filter((f) => f.endsWith('.prisma')).map((f) => join(prisma, f)));
  }
  return files.filter((f) => existsSync(f)).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/**
 * @param {string} root  the repository root
 * @param {import('./names.mjs').PluginNames} names
 * @returns {string[]} problems (empty when the plugin can be created)
 */
export function collisions(root, names) {
  const problems = [];
  if (existsSync(join(root, 'plugins', names.id))) problems.push(`plugins/${names.id} already exists`);
  for (const { file, text } of schemaFiles(root)) {
    const where = file.slice(root.length).replace(/^[\\/]/, '');
    if (new RegExp(`^model ${names.model} \\{`, 'm').test(text)) problems.push(`${where} already defines model ${names.model}`);
    if (text.includes(`@@map("${names.table}")`)) problems.push(`${where} already maps a model to table ${names.table}`);
  }
  return problems;
}

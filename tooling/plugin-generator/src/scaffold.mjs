// Writes plugins/<id>/ from templates/plugin/: every `*.tmpl` file, with `__name__` placeholders
// (path segments included) replaced by the names derived from the id (names.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const templatesDir = fileURLToPath(new URL('../templates/plugin', import.meta.url));

/** @type {Record<string, (s: string) => string>} */
const escapeFor = {
  // Labels land in single-quoted string literals.
  ts: (s) => s.replaceAll('\\', '\\\\').replaceAll("'", "\\'"),
  tsx: (s) => s.replaceAll('\\', '\\\\').replaceAll("'", "\\'"),
  json: (s) => JSON.stringify(s).slice(1, -1),
};

/**
 * @param {string} text
 * @param {import('./names.mjs').PluginNames} names
 * @param {string} file  the output path (its extension decides how labels are escaped)
 */
export function render(text, names, file) {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const escape = escapeFor[ext] ?? ((/** @type {string} */ s) => s);
  let out = text;
  for (const [key, value] of Object.entries(names)) {
    out = out.replaceAll(`__${key}__`, key === 'zh' || key === 'en' ? escape(value) : value);
  }
  const left = /__[a-zA-Z]+__/.exec(out);
  if (left) throw new Error(`template ${file}: unknown placeholder ${left[0]}`);
  return out;
}

/** @param {string} dir @returns {string[]} template files, relative to dir */
function listTemplates(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tmpl'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Creates `<pluginsDir>/<id>/`. Refuses to touch an existing folder.
 * @param {string} pluginsDir
 * @param {import('./names.mjs').PluginNames} names
 * @returns {string[]} the files written, relative to the plugin folder
 */
export function scaffoldPlugin(pluginsDir, names) {
  const target = join(pluginsDir, names.id);
  if (existsSync(target)) throw new Error(`${relative(process.cwd(), target) || target} already exists`);
  const written = [];
  for (const template of listTemplates(templatesDir)) {
    const file = template.slice(0, -'.tmpl'.length).replaceAll('__id__', names.id);
    const content = render(readFileSync(join(templatesDir, template), 'utf8'), names, file);
    mkdirSync(dirname(join(target, file)), { recursive: true });
    writeFileSync(join(target, file), content);
    written.push(file);
  }
  return written;
}

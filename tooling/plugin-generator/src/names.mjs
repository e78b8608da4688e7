import { readFileSync } from 'node:fs';

// Every name a plugin needs, derived from its id the way the rest of the platform expects them:
// the registry generator imports `<camelId>Plugin` (tooling/plugin-registry/src/generate.ts), the
// manifest schema checks the id and `<id>.<resource>.<action>` (packages/plugin-sdk/src/manifest.ts).

/** Same rule as pluginIdSchema in @duban/plugin-sdk (kebab-case, at most 40 characters). */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_ID = 40;
/** The ids the manifest refuses (packages/plugin-sdk/src/reserved-ids.ts), from the one list of core router keys. */
const coreRouterKeys = JSON.parse(readFileSync(new URL('../../../packages/plugin-sdk/src/core-router-keys.json', import.meta.url), 'utf8'));
const reserved = ['core', ...coreRouterKeys.map((/** @type {string} */ k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))];
/** Leaves room in the manifest's 60-character labels for the words the templates add. */
const MAX_LABEL = 40;

/**
 * @param {string} id
 * @returns {string | null} what is wrong with the id, or null
 */
export function idProblem(id) {
  if (!id) return 'give the plugin id, e.g. pnpm new-plugin water-supply';
  if (!ID_PATTERN.test(id)) return `"${id}" is not a kebab-case id (lowercase letters and digits, words joined by "-", starting with a letter), e.g. "water-supply"`;
  if (id.length > MAX_ID) return `"${id}" is longer than ${MAX_ID} characters`;
  if (reserved.includes(id)) return `"${id}" is reserved: ${id === 'core' ? 'it names the core itself' : 'a core router has that key'}`;
  return null;
}

/**
 * @param {string} what
 * @param {string} value
 * @returns {string | null}
 */
export function labelProblem(what, value) {
  if (!value.trim()) return `${what} must not be empty`;
  if (value.length > MAX_LABEL) return `${what} is longer than ${MAX_LABEL} characters`;
  if (/[\r\n]/.test(value)) return `${what} must be one line`;
  return null;
}

/** @param {string} id */
const words = (id) => id.split('-');
/** @param {string} w */
const upperFirst = (w) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * @param {string} id  a valid plugin id, e.g. "water-supply"
 * @param {{ zh?: string, en?: string }} [labels]
 */
export function deriveNames(id, labels = {}) {
  const camel = words(id).map((w, i) => (i === 0 ? w : upperFirst(w))).join('');
  const pascal = upperFirst(camel);
  return {
    id, // water-supply
    packageName: `@duban/plugin-${id}`, // @duban/plugin-water-supply
    exportName: `${camel}Plugin`, // waterSupplyPlugin
    routerType: `${pascal}Router`, // WaterSupplyRouter
    model: `${pascal}Record`, // WaterSupplyRecord (Prisma model)
    modelAccessor: `${camel}Record`, // waterSupplyRecord (prisma client property, scope entity)
    table: `${words(id).join('_')}_record`, // water_supply_record
    readPermission: `${id}.record.read`,
    managePermission: `${id}.record.manage`,
    zh: labels.zh?.trim() || id,
    en: labels.en?.trim() || words(id).map(upperFirst).join(' '),
  };
}

/** @typedef {ReturnType<typeof deriveNames>} PluginNames */

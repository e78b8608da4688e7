// Ids a plugin may not take. A plugin's router is mounted beside the core's under its id
// (packages/api/src/root.ts), so an id equal to a core router key would replace that router; `core`
// names the core itself in permissions and contributions. The api checks when the app router loads
// that every core router key is listed (packages/api/src/root.ts), so the list cannot fall behind. The
// keys are JSON so the plugin generator (plain Node, tooling/plugin-generator) reads the same list.
import keys from './core-router-keys.json' with { type: 'json' };

export const coreRouterKeys: readonly string[] = keys;

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every reserved id, in the kebab-case a plugin id is written in (`keyWork` → `key-work`). */
export const reservedPluginIds: readonly string[] = ['core', ...new Set(coreRouterKeys.map(kebab))];

/** Why an id is reserved, or null when a plugin may take it. */
export function reservedIdProblem(id: string): string | null {
  if (id === 'core') return 'id "core" is reserved for the core itself';
  if (reservedPluginIds.includes(id)) return `id "${id}" is reserved: it is a core router key (${reservedPluginIds.filter((r) => r !== 'core').join(', ')})`;
  return null;
}

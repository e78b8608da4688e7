// The discovered plugins, as the generated registry lists them. Loading this module registers
// their permissions and scope resolvers with the core, so authorisation knows them.
import { registerPermissions, type PermissionDefinition } from '@duban/core';
import type { z } from 'zod';
import { pluginServers } from '../generated/plugins.ts';
import { registerScopeResolver, type ScopeResolver } from '../authz/scope-resolvers.ts';

/**
 * What the core needs of a plugin's server part. @duban/plugin-sdk's definePluginServer produces
 * it; it is restated here because the SDK builds on this package, not the other way round.
 */
export interface PluginServerShape {
  manifest: {
    id: string;
    name: { zh: string; en: string };
    description?: { zh: string; en: string };
    version: string;
    core: string;
    permissions: readonly PermissionDefinition[];
    roleGrants?: Partial<Record<string, readonly string[]>>;
    settings: z.ZodObject;
  };
  scopeResolvers?: Record<string, ScopeResolver>;
}

export interface LoadedPlugin {
  id: string;
  manifest: PluginServerShape['manifest'];
  server: PluginServerShape;
}

const plugins = new Map<string, LoadedPlugin>();

export function installPlugin(server: LoadedPlugin['server']) {
  const { manifest } = server;
  registerPermissions(manifest.permissions);
  for (const [entity, resolve] of Object.entries(server.scopeResolvers ?? {})) registerScopeResolver(entity, resolve);
  plugins.set(manifest.id, { id: manifest.id, manifest, server });
}

for (const server of pluginServers as readonly PluginServerShape[]) installPlugin(server);

export const installedPlugins = () => [...plugins.values()];
export const installedPlugin = (id: string) => plugins.get(id);

/** The plugin a permission belongs to (`flood-control.reservoir.read` → flood-control), if any. */
export function pluginOfPermission(permission: string): LoadedPlugin | undefined {
  const dot = permission.indexOf('.');
  return dot > 0 ? plugins.get(permission.slice(0, dot)) : undefined;
}

/** Permissions a built-in role receives from plugins' manifests (roleGrants), on top of its own. */
export function pluginGrantsForRole(roleKey: string | null): string[] {
  if (!roleKey) return [];
  return installedPlugins().flatMap((p) => [...(p.manifest.roleGrants?.[roleKey] ?? [])]);
}

import { permissionDefinition } from './catalog.ts';

/** A role assignment as the permission check needs it: what it grants and where. */
export interface ScopedGrant {
  countyId: string;
  permissions: readonly string[];
  capturePath: string;
  viewPath: string;
}

/** True when `path` is the unit at `root` or below it (materialised paths end in "/"). */
export const isWithin = (path: string, root: string) => path.startsWith(root);

/**
 * The subtree roots in which the user may exercise `permission`: capture scopes for write
 * permissions, view scopes for read permissions. Empty when no role grants it.
 */
export function scopeRoots(grants: readonly ScopedGrant[], permission: string): string[] {
  const def = permissionDefinition(permission);
  if (!def) throw new Error(`unknown permission ${permission}`);
  return grants
    .filter((g) => g.permissions.includes(permission))
    .map((g) => (def.access === 'write' ? g.capturePath : g.viewPath));
}

export function allows(grants: readonly ScopedGrant[], permission: string, countyId: string, path: string): boolean {
  return scopeRoots(
    grants.filter((g) => g.countyId === countyId),
    permission,
  ).some((root) => isWithin(path, root));
}

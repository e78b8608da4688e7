import { useMemo } from 'react';
import type { Me } from '../api/types.ts';
import { useMe } from '../app/session.ts';

type ScopeUnit = NonNullable<Me['roles'][number]['viewUnit']>;

/** Keeps only the topmost units (a unit inside another adds nothing) and drops duplicates. */
function topmost(units: ScopeUnit[]): ScopeUnit[] {
  const unique = [...new Map(units.map((u) => [u.id, u])).values()].sort((a, b) => a.path.length - b.path.length);
  return unique.filter((u) => !unique.some((o) => o.id !== u.id && u.path.startsWith(o.path)));
}

/**
 * Where a permission holds, from auth.me's `scopes` (the view units of the roles that carry a read
 * permission, the capture units for a write permission), topmost first. List pages open at
 * roots[0]; unit pickers offer only units inside the roots.
 */
export function usePermissionRoots(permission: string): { roots: ScopeUnit[]; isPending: boolean } {
  const me = useMe();
  return useMemo(() => ({ roots: topmost(me.scopes[permission] ?? []), isPending: false }), [me, permission]);
}

/** Whether a unit lies inside one of the roots. */
export const withinRoots = (roots: readonly { path: string }[], unit: { path: string }) => roots.some((r) => unit.path.startsWith(r.path));

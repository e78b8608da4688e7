import { createContext, useCallback, useContext } from 'react';
import type { Me } from '../api/types.ts';

/**
 * The signed-in user, provided by RequireAuth once auth.me has answered. Inside the app shell it
 * is never null, so pages read it without loading states of their own.
 */
export const SessionContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe() outside the signed-in app');
  return me;
}

/**
 * Whether the user holds a permission somewhere. This drives what is shown; the server still
 * decides per unit (a township official may edit in their township only) and may answer 403.
 */
export function useCan() {
  const me = useMe();
  return useCallback((permission: string) => me.permissions.includes(permission), [me]);
}

/**
 * Whether an action on a unit is worth offering: the permission holds at the unit (auth.me's
 * `scopes`: capture units for writes, view units for reads). The server still decides.
 */
export function useCanAt() {
  const me = useMe();
  return useCallback(
    (permission: string, unit: { path: string } | null | undefined) => !!unit && (me.scopes[permission] ?? []).some((root) => unit.path.startsWith(root.path)),
    [me],
  );
}

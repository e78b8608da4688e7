import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from './trpc.ts';

/**
 * Marks cached data stale after a change. Call it with query keys (`invalidate(key, …)`), or use
 * a named area; areas that show each other's data are refreshed together (a unit's person count,
 * a person's account column, a role's assignment count).
 */
export function useInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMemo(() => {
    const run = (...keys: readonly unknown[][]) => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    return Object.assign(run, {
      orgUnits: () => run(trpc.orgUnit.pathKey(), trpc.district.pathKey()),
      districts: () => run(trpc.district.pathKey(), trpc.orgUnit.pathKey()),
      people: () => run(trpc.person.pathKey(), trpc.orgUnit.get.pathKey(), trpc.user.pathKey()),
      users: () => run(trpc.user.pathKey(), trpc.person.pathKey(), trpc.role.pathKey()),
      roles: () => run(trpc.role.pathKey(), trpc.user.pathKey()),
    });
  }, [trpc, queryClient]);
}

import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { OrgUnit } from '../api/types.ts';
import { useTRPC } from '../api/trpc.ts';
import { useMe } from '../app/session.ts';
import { buildOrgIndex, type OrgIndex } from './org-index.ts';

function combine(results: UseQueryResult<OrgUnit[], unknown>[]) {
  return {
    data: results.map((r) => r.data),
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/**
 * Every org unit the user may see: one subtree per view root (auth.me's viewRoots), merged. A
 * county holds a few thousand units, so the whole tree is fetched once, cached, and shared by the
 * org tree, the unit pickers and the dashboard.
 */
export function useOrgUnits(): { index: OrgIndex | null; isPending: boolean; error: unknown } {
  const me = useMe();
  const trpc = useTRPC();
  const { data, isPending, error } = useQueries({
    queries: me.viewRoots.map((root) => ({ ...trpc.orgUnit.subtree.queryOptions({ rootId: root.id }), staleTime: 60_000 })),
    combine,
  });
  // Rebuild only when a subtree's data changes (React Query keeps unchanged data referentially equal).
  const index = useMemo(() => (isPending ? null : buildOrgIndex(data.flatMap((d) => d ?? []))), [isPending, ...data]);
  return { index, isPending, error };
}

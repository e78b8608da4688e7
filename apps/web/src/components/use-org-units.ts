import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { OrgUnit } from '../api/types.ts';
import { useTRPC } from '../api/trpc.ts';
import { buildOrgIndex, type OrgIndex } from './org-index.ts';
import { usePermissionRoots } from './use-permission-roots.ts';

function combine(results: UseQueryResult<OrgUnit[], unknown>[]) {
  return {
    data: results.map((r) => r.data),
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/**
 * Every org unit the user may see: one subtree per root where core.orgUnit.read holds, merged. A
 * county holds a few thousand units, so the whole tree is fetched once, cached, and shared by the
 * org tree, the unit pickers and the dashboard.
 */
export function useOrgUnits({ enabled = true }: { enabled?: boolean } = {}): { index: OrgIndex | null; isPending: boolean; error: unknown } {
  const trpc = useTRPC();
  const { roots, isPending: rootsPending } = usePermissionRoots('core.orgUnit.read');
  const { data, isPending: treesPending, error } = useQueries({
    queries: roots.map((root) => ({ ...trpc.orgUnit.subtree.queryOptions({ rootId: root.id }), staleTime: 60_000, enabled })),
    combine,
  });
  const isPending = rootsPending || treesPending;
  // Rebuild only when a subtree's data changes (React Query keeps unchanged data referentially equal).
  const index = useMemo(() => (isPending ? null : buildOrgIndex(data.flatMap((d) => d ?? []))), [isPending, ...data]);
  return { index, isPending, error };
}

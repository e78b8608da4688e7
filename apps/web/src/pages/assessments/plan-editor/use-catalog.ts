import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../../api/trpc.ts';
import type { KnownSources } from './validate.ts';

/**
 * The scoring catalogue (metric sources, veto conditions, templates …): changes with a deployment,
 * and with the county's checklist templates and survey forms (their metrics), so kept a minute.
 */
export function useCatalog() {
  const trpc = useTRPC();
  const catalog = useQuery({ ...trpc.assessment.catalog.queryOptions(), staleTime: 60_000 });
  const known = useMemo<KnownSources | null>(
    () => (catalog.data ? { metrics: new Set(catalog.data.metrics.map((m) => m.key)), vetoConditions: new Set(catalog.data.vetoConditions.map((v) => v.key)) } : null),
    [catalog.data],
  );
  return { catalog: catalog.data, known, error: catalog.error, refetch: catalog.refetch };
}

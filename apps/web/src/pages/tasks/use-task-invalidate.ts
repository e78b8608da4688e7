import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../api/trpc.ts';

/** After any step on an item: the lists, the item, the dashboards, the inbox and a joint case the item is a share of all may change. */
export function useTaskInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        [trpc.task.pathKey(), trpc.supervision.pathKey(), trpc.inbox.pathKey(), trpc.jointCase.pathKey()].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
    [trpc, queryClient],
  );
}

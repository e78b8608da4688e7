import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../api/trpc.ts';

/** After a step or a hand-over: the case, its shares' items and the inbox may all change. */
export function useCaseInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => Promise.all([trpc.jointCase.pathKey(), trpc.task.pathKey(), trpc.inbox.pathKey()].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
    [trpc, queryClient],
  );
}

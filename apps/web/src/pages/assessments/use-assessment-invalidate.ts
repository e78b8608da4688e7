import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../api/trpc.ts';

/**
 * After any 考核 change: a plan's stage, version, scores and results show on several tabs at once,
 * so everything under `assessment` is marked stale together (only what is on screen refetches).
 */
export function useAssessmentInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: trpc.assessment.pathKey() }), [trpc, queryClient]);
}

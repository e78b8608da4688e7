import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useMe } from '../app/session.ts';
import { offlineQueue, startOfflineSync } from './sync.ts';

/**
 * The offline queue as a page sees it: how many submissions wait, which were refused and why,
 * and whether the network is gone. Binds the queue to the signed-in user, so only their own
 * submissions are replayed with their session.
 */
export function useOfflineQueue() {
  const me = useMe();
  useEffect(() => {
    startOfflineSync();
    void offlineQueue.setOwner(me.username);
  }, [me.username]);
  const state = useSyncExternalStore(
    useCallback((listener: () => void) => offlineQueue.subscribe(listener), []),
    () => offlineQueue.state(),
  );
  return {
    ...state,
    retry: useCallback(() => offlineQueue.online(), []),
    discard: useCallback((seq: number) => offlineQueue.discard(seq), []),
  };
}

import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { errorCode } from '../api/errors.ts';
import { clearSnapshots, loadSnapshot, saveSnapshot } from './snapshots.ts';
import { offlineQueue } from './sync.ts';

/**
 * useQuery that also works when the page is opened offline: every answer is kept in IndexedDB
 * (for this session only), and when the server cannot be reached the last answer is used.
 * `fromSnapshot` tells the page it shows saved data. A null answer to `auth.me` (signed out)
 * drops all snapshots.
 */
export function useOfflineQuery<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  snapshotKey: string,
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
) {
  const query = useQuery(options);
  const [snapshot, setSnapshot] = useState<{ value: TData } | null>(null);
  const [looked, setLooked] = useState(false);

  useEffect(() => {
    if (query.data === undefined) return;
    if (snapshotKey === 'auth.me' && query.data === null) void clearSnapshots();
    else void saveSnapshot(snapshotKey, query.data);
  }, [snapshotKey, query.data]);

  // Unreachable server: a failure without a tRPC code, or the browser knows it is offline.
  const unreachable = (query.isError && errorCode(query.error) === undefined) || (query.isPending && typeof navigator !== 'undefined' && !navigator.onLine);
  // The page's header badge (离线) shows what this read found.
  const reached = query.isSuccess || (query.isError && !unreachable);
  useEffect(() => {
    if (unreachable) offlineQueue.noteReachable(false);
    else if (reached) offlineQueue.noteReachable(true);
  }, [unreachable, reached]);

  useEffect(() => {
    if (!unreachable || looked) return;
    setLooked(true);
    void loadSnapshot<TData>(snapshotKey).then((value) => value !== undefined && setSnapshot({ value }));
  }, [unreachable, looked, snapshotKey]);

  const fromSnapshot = query.data === undefined && unreachable && snapshot !== null;
  return {
    query,
    data: fromSnapshot ? snapshot.value : query.data,
    fromSnapshot,
    isPending: fromSnapshot ? false : query.isPending,
    isError: fromSnapshot ? false : query.isError,
    error: fromSnapshot ? null : query.error,
  };
}

import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTRPC } from '../../../api/trpc.ts';
import type { ScoringSheet } from '../types.ts';
import { cellKey, decideCommit } from './cell-commit.ts';
import type { ScoreProblem } from './score-input.ts';

export type CellStatus = 'saving' | 'failed';

interface Pending {
  orgUnitId: string;
  indicatorKey: string;
  score: number | null;
  /** The saved score before this one, restored if the save fails. */
  previous: number | undefined;
}

/** Sets or deletes one key of a Map held in state (a new Map, so React sees the change). */
function patch<T>(set: Dispatch<SetStateAction<Map<string, T>>>, key: string, value: T | undefined) {
  set((prev) => {
    const next = new Map(prev);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    return next;
  });
}

/** How long typed scores wait to be sent together (a fast typist sends one batch, not one request per cell). */
const BATCH_MS = 300;

/**
 * The assessor's scores as the grid holds them: saved values (from the sheet, then updated as
 * saves succeed), what is being typed, refusals, and the save queue. Saving happens in the
 * background: the caret never waits for the server and never loses its cell.
 */
export function useScoreStore(sheet: ScoringSheet) {
  const trpc = useTRPC();
  const save = useMutation(trpc.assessment.saveScores.mutationOptions());
  const initial = useMemo(() => new Map(sheet.myScores.map((s) => [cellKey(s.orgUnitId, s.indicatorKey), s.score])), [sheet.myScores]);
  const [saved, setSaved] = useState<Map<string, number>>(initial);
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map());
  const [problems, setProblems] = useState<Map<string, ScoreProblem>>(new Map());
  const [status, setStatus] = useState<Map<string, CellStatus>>(new Map());
  const [lastError, setLastError] = useState<unknown>(null);
  const queue = useRef(new Map<string, Pending>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const maxOf = useMemo(() => new Map(sheet.indicators.map((i) => [i.key, i.maxScore])), [sheet.indicators]);

  const statusRef = useRef(status);
  statusRef.current = status;
  // A refetched sheet replaces the saved values, except cells whose save is still queued or on its
  // way (their newer value would flicker back to the old one); drafts are never touched.
  useEffect(
    () =>
      setSaved((prev) => {
        const next = new Map(initial);
        for (const [key, s] of statusRef.current) {
          if (s !== 'saving') continue;
          const mine = prev.get(key);
          if (mine === undefined) next.delete(key);
          else next.set(key, mine);
        }
        return next;
      }),
    [initial],
  );

  // The latest mutate function and plan, read by flush (stable, so the unmount flush runs once).
  const send = useRef(save.mutateAsync);
  send.current = save.mutateAsync;
  const planId = useRef(sheet.planId);
  planId.current = sheet.planId;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const batch = [...queue.current.entries()];
    if (batch.length === 0) return;
    queue.current.clear();
    for (const [key] of batch) patch<CellStatus>(setStatus, key, 'saving');
    // Each batch settles on its own promise (mutate()'s callbacks would fire for the last call only).
    send.current({ planId: planId.current, scores: batch.map(([, p]) => ({ orgUnitId: p.orgUnitId, indicatorKey: p.indicatorKey, score: p.score })) }).then(
      () => {
        setLastError(null);
        for (const [key, p] of batch) {
          // A newer value typed meanwhile stays queued; only this batch's cells settle.
          if (queue.current.has(key)) continue;
          patch(setStatus, key, undefined);
          patch(setSaved, key, p.score === null ? undefined : p.score);
        }
      },
      (error: unknown) => {
        setLastError(error);
        for (const [key, p] of batch) {
          if (queue.current.has(key)) continue;
          // Keep the value on screen as typed, so nothing is lost and a retry resends it.
          patch<CellStatus>(setStatus, key, 'failed');
          patch(setSaved, key, p.previous);
          patch(setDrafts, key, p.score === null ? '' : String(p.score));
        }
      },
    );
  }, []);

  // Leaving the page sends what is still queued.
  useEffect(() => () => flush(), [flush]);

  const type = useCallback((orgUnitId: string, indicatorKey: string, text: string) => {
    const key = cellKey(orgUnitId, indicatorKey);
    patch(setDrafts, key, text);
    // Checked as typed: a score over the maximum turns the cell red before Enter is pressed.
    const decision = decideCommit(text, undefined, maxOf.get(indicatorKey) ?? 0);
    patch(setProblems, key, decision.kind === 'invalid' ? decision.problem : undefined);
  }, [maxOf]);

  /** Leaves a cell: false when its text is refused (the caret should stay). */
  const commit = useCallback(
    (orgUnitId: string, indicatorKey: string): boolean => {
      const key = cellKey(orgUnitId, indicatorKey);
      const decision = decideCommit(drafts.get(key), saved.get(key), maxOf.get(indicatorKey) ?? 0);
      if (decision.kind === 'invalid') {
        patch(setProblems, key, decision.problem);
        return false;
      }
      patch(setDrafts, key, undefined);
      patch(setProblems, key, undefined);
      if (decision.kind === 'save') {
        const previous = queue.current.has(key) ? queue.current.get(key)!.previous : saved.get(key);
        queue.current.set(key, { orgUnitId, indicatorKey, score: decision.score, previous });
        // Shown as entered at once; the queue makes it true on the server.
        patch(setSaved, key, decision.score === null ? undefined : decision.score);
        patch<CellStatus>(setStatus, key, 'saving');
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(flush, BATCH_MS);
      }
      return true;
    },
    [drafts, saved, maxOf, flush],
  );

  const revert = useCallback((orgUnitId: string, indicatorKey: string) => {
    const key = cellKey(orgUnitId, indicatorKey);
    patch(setDrafts, key, undefined);
    patch(setProblems, key, undefined);
  }, []);

  const retry = useCallback(() => {
    for (const [key, s] of status) {
      if (s !== 'failed') continue;
      const [orgUnitId, indicatorKey] = key.split('|') as [string, string];
      commit(orgUnitId, indicatorKey);
    }
    flush();
  }, [status, commit, flush]);

  return { saved, drafts, problems, status, lastError, saving: save.isPending, type, commit, revert, flush, retry };
}

export type ScoreStore = ReturnType<typeof useScoreStore>;

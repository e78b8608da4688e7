import { parseScoreInput, type ScoreProblem } from './score-input.ts';

/** A cell of the scoring grid: one unit × one indicator. */
export const cellKey = (orgUnitId: string, indicatorKey: string) => `${orgUnitId}|${indicatorKey}`;

export type CommitDecision = { kind: 'none' } | { kind: 'invalid'; problem: ScoreProblem } | { kind: 'save'; score: number | null };

/**
 * What leaving a cell means for what the assessor typed: nothing (untouched or unchanged), a
 * refusal that keeps the caret in the cell, or a score to save (null removes a saved score).
 */
export function decideCommit(draft: string | undefined, saved: number | undefined, max: number): CommitDecision {
  if (draft === undefined) return { kind: 'none' };
  const parsed = parseScoreInput(draft, { max });
  if (parsed.kind === 'invalid') return { kind: 'invalid', problem: parsed.problem };
  if (parsed.kind === 'empty') return saved === undefined ? { kind: 'none' } : { kind: 'save', score: null };
  if (saved !== undefined && Math.round(saved * 100) === parsed.cents) return { kind: 'none' };
  return { kind: 'save', score: parsed.value };
}

/** The text a cell shows: what is being typed, else the saved score. */
export const cellText = (draft: string | undefined, saved: number | undefined) => draft ?? (saved === undefined ? '' : String(saved));

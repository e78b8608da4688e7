// A station's state from its latest value and threshold — the list's colour and the server's
// `overThreshold` are this one rule: at or above the threshold is over (that is what raises an alert).
export type ReadingState = 'over' | 'normal' | 'noThreshold' | 'noData';

export function readingState(latest: number | null | undefined, threshold: number | null | undefined): ReadingState {
  if (latest === null || latest === undefined) return 'noData';
  if (threshold === null || threshold === undefined) return 'noThreshold';
  return latest >= threshold ? 'over' : 'normal';
}

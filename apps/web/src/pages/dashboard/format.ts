/** A percentage with one decimal, or an em dash when there is nothing to rate (the app's empty marker). */
export const formatPercent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${rate.toFixed(1)}%`);

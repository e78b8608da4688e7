import type { ResultRow } from '../types.ts';

/** Which way a change points: scores up is good, and so is a rank number going down (moved up). */
export type Trend = 'up' | 'down' | 'same';

export function trendOf(change: number | null | undefined): Trend | null {
  if (change === null || change === undefined) return null;
  if (change > 0) return 'up';
  if (change < 0) return 'down';
  return 'same';
}

/** Compares with missing values last whichever way the column is sorted (antd flips the sign for descending). */
export function compareNullable(a: number | null | undefined, b: number | null | undefined, order: 'ascend' | 'descend' | null | undefined = 'ascend'): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) {
    if (aMissing && bMissing) return 0;
    // antd reverses the comparator for descend: pre-flip so missing stays at the bottom.
    const last = order === 'descend' ? -1 : 1;
    return aMissing ? last : -last;
  }
  return a - b;
}

/** The default order of the table: by peer group, then rank (unranked last), then name. */
export function byGroupAndRank(a: ResultRow, b: ResultRow): number {
  return a.peerGroup.localeCompare(b.peerGroup, 'zh-CN') || compareNullable(a.rank, b.rank) || a.orgUnit.name.localeCompare(b.orgUnit.name, 'zh-CN');
}

export interface GroupBars {
  group: string;
  units: { name: string; total: number | null; vetoed: boolean; gradeKey: string | null; rank: number | null; tied: boolean }[];
}

/** Rows for the ranking chart: one block per peer group, units by rank (best first). */
export function groupBars(items: readonly ResultRow[]): GroupBars[] {
  const groups = new Map<string, ResultRow[]>();
  for (const row of items) groups.set(row.peerGroup, [...(groups.get(row.peerGroup) ?? []), row]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([group, rows]) => ({
      group,
      units: [...rows].sort(byGroupAndRank).map((r) => ({ name: r.orgUnit.name, total: r.total, vetoed: r.vetoed, gradeKey: r.grade?.key ?? null, rank: r.rank, tied: r.tied })),
    }));
}

/** "3" or "3 (并列)"-style label parts: the rank and whether it is shared. */
export const rankLabel = (row: Pick<ResultRow, 'rank' | 'tied' | 'groupSize'>) => (row.rank === null ? null : { rank: row.rank, tied: row.tied, of: row.groupSize });

import type { Dec } from './decimal.ts';

export interface RankableUnit {
  id: string;
  peerGroup: string;
  /** The total rounded to 2 decimals; null = incomplete (not ranked). */
  total: Dec | null;
  vetoed: boolean;
}

export interface UnitRankInfo {
  rank: number | null;
  /** Another unit of the group has the same rank (并列). */
  tied: boolean;
  /** Ranked units in the group. */
  groupSize: number;
}

/**
 * Competition ranking within each peer group ("1224"): by rounded total, descending; equal totals
 * to 2 decimals share a rank and the next rank skips. Vetoed units rank after every unit that was
 * not vetoed (among themselves by total). Incomplete units are not ranked.
 */
export function rankUnits(units: readonly RankableUnit[]): Map<string, UnitRankInfo> {
  const out = new Map<string, UnitRankInfo>();
  const groups = new Map<string, RankableUnit[]>();
  for (const u of units) {
    if (u.total === null) {
      out.set(u.id, { rank: null, tied: false, groupSize: 0 });
      continue;
    }
    groups.set(u.peerGroup, [...(groups.get(u.peerGroup) ?? []), u]);
  }
  for (const [group, members] of groups) {
    const sorted = [...members].sort((a, b) => Number(a.vetoed) - Number(b.vetoed) || b.total!.cmp(a.total!));
    const same = (a: RankableUnit, b: RankableUnit) => a.vetoed === b.vetoed && a.total!.eq(b.total!);
    sorted.forEach((u) => {
      const first = sorted.findIndex((v) => same(u, v));
      const tied = sorted.filter((v) => same(u, v)).length > 1;
      out.set(u.id, { rank: first + 1, tied, groupSize: sorted.length });
    });
    for (const u of units) if (u.total === null && u.peerGroup === group) out.set(u.id, { rank: null, tied: false, groupSize: sorted.length });
  }
  return out;
}

export const ASSESSMENT_RANK_RULE = '同一比较组内按总分(保留两位小数)从高到低排名;总分相同者名次并列,其后名次顺延(如 1、2、2、4);被一票否决的单位排在其他单位之后;评分未完成的单位不排名。';

import type { FloodReservoir, FloodReservoirCheck } from '@duban/plugin-sdk/db';

type CurrentCheck = Pick<FloodReservoirCheck, 'season' | 'passed' | 'checkedAt' | 'expiresAt' | 'failedItems'>;

/**
 * A reservoir as the API returns it: decimals as numbers, this season's pre-season check (a
 * check of an ended season no longer counts), and the problems the rules find.
 */
export function reservoirView(r: FloodReservoir & { orgUnit?: { name: string }; checks?: CurrentCheck[] }) {
  const { checks, ...row } = r;
  const current = checks?.[0] ?? null;
  const problems: string[] = [];
  if (!r.adminResponsible || !r.technicalResponsible) problems.push('责任人未落实');
  // 病险水库空库运行 (DOMAIN.md §3).
  if (r.dangerous && !r.emptied) problems.push('病险水库未空库运行');
  if (!current) problems.push('未开展汛前检查');
  else if (!current.passed) problems.push('汛前检查发现问题');
  return {
    ...row,
    capacity: Number(r.capacity),
    floodLimitLevel: r.floodLimitLevel === null ? null : Number(r.floodLimitLevel),
    unitName: r.orgUnit?.name ?? null,
    currentCheck: current ? { season: current.season, passed: current.passed, checkedAt: current.checkedAt, expiresAt: current.expiresAt, failedItems: current.failedItems as string[] } : null,
    problems,
  };
}

/** The include that gives reservoirView the check still in force at `now`. */
export const currentCheckInclude = (now: Date) => ({
  checks: { where: { expiresAt: { gt: now } }, orderBy: { checkedAt: 'desc' as const }, take: 1 },
});

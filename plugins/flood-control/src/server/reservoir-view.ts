import type { FloodReservoir } from '@duban/plugin-sdk/db';

/** A reservoir as the API returns it: decimals as numbers, and the problems the rules find. */
export function reservoirView(r: FloodReservoir & { orgUnit?: { name: string } }) {
  const problems: string[] = [];
  if (!r.adminResponsible || !r.technicalResponsible) problems.push('责任人未落实');
  // 病险水库空库运行 (DOMAIN.md §3).
  if (r.dangerous && !r.emptied) problems.push('病险水库未空库运行');
  if (!r.lastCheckedAt) problems.push('未开展汛前检查');
  return {
    ...r,
    capacity: Number(r.capacity),
    floodLimitLevel: r.floodLimitLevel === null ? null : Number(r.floodLimitLevel),
    unitName: r.orgUnit?.name ?? null,
    problems,
  };
}

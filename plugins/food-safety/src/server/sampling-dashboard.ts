import type { OrgUnit, Prisma } from '@duban/plugin-sdk/db';
import { foodCategories, foodCategoryNames, type FoodCategory } from '../shared/food-categories.ts';
import { yearPeriod } from '../shared/periods.ts';

type Tx = Prisma.TransactionClient;

interface Tally { total: number; qualified: number }
const rate = (t: Tally) => (t.total ? (t.qualified * 100) / t.total : null);
const add = (t: Tally, qualified: boolean) => {
  t.total++;
  if (qualified) t.qualified++;
};

/**
 * 抽样检测看板 for a unit and year: what was planned and taken, the pass rate, and the same split
 * by the units directly below, by food category and by month (UTC+8). Three queries.
 */
export async function samplingDashboard(db: Tx, unit: OrgUnit, year: number) {
  const period = yearPeriod(year);
  const [plans, results, children] = await Promise.all([
    db.foodSafetySamplingPlan.findMany({ where: { countyId: unit.countyId, year, archivedAt: null, orgUnit: { path: { startsWith: unit.path } } }, select: { plannedCount: true } }),
    db.foodSafetySamplingResult.findMany({
      where: { countyId: unit.countyId, sampledAt: { gte: period.start, lt: period.end }, orgUnit: { path: { startsWith: unit.path } } },
      select: { qualified: true, sampledAt: true, taskId: true, plan: { select: { category: true } }, orgUnit: { select: { path: true } } },
    }),
    db.orgUnit.findMany({ where: { countyId: unit.countyId, parentId: unit.id, archivedAt: null }, select: { id: true, name: true, path: true }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }),
  ]);
  const totals: Tally = { total: 0, qualified: 0 };
  const own: Tally = { total: 0, qualified: 0 };
  const byChild = new Map(children.map((c) => [c.id, { total: 0, qualified: 0 } as Tally]));
  const byCategory = new Map(foodCategories.map((c) => [c, { total: 0, qualified: 0 } as Tally]));
  const byMonth = Array.from({ length: 12 }, () => ({ total: 0, qualified: 0 }) as Tally);
  for (const r of results) {
    add(totals, r.qualified);
    const child = children.find((c) => r.orgUnit.path.startsWith(c.path));
    add(child ? byChild.get(child.id)! : own, r.qualified);
    const category = byCategory.get(r.plan.category as FoodCategory);
    if (category) add(category, r.qualified);
    add(byMonth[new Date(r.sampledAt.getTime() + 8 * 3_600_000).getUTCMonth()]!, r.qualified);
  }
  const planned = plans.reduce((n, p) => n + p.plannedCount, 0);
  return {
    year,
    planned,
    taken: totals.total,
    qualified: totals.qualified,
    unqualified: totals.total - totals.qualified,
    rectificationItems: results.filter((r) => r.taskId).length,
    passRate: rate(totals),
    completion: planned ? Math.min(100, (totals.total * 100) / planned) : null,
    byUnit: [
      ...(own.total ? [{ orgUnitId: unit.id, name: `${unit.name}(本级)`, ...own, passRate: rate(own) }] : []),
      ...children.map((c) => ({ orgUnitId: c.id, name: c.name, ...byChild.get(c.id)!, passRate: rate(byChild.get(c.id)!) })),
    ],
    byCategory: [...byCategory.entries()].filter(([, t]) => t.total > 0).map(([category, t]) => ({ category, name: foodCategoryNames[category], ...t, passRate: rate(t) })),
    byMonth: byMonth.map((t, i) => ({ month: i + 1, ...t, passRate: rate(t) })),
  };
}

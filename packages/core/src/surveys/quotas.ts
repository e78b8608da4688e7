import type { Prisma } from '@duban/db';
import { visibleVisitsWhere, type VisitViewer } from '../inspections/visibility.ts';
import { COUNTY_TIME_ZONE, localPeriod } from './period.ts';
import { requiredVillages, type SurveySettingsValues } from './settings.ts';

type Tx = Prisma.TransactionClient;

export interface GroupMonthProgress {
  groupId: string;
  groupName: string;
  /** Surveys per month, January first. */
  months: number[];
  quota: number;
}

/**
 * Households surveyed by each supervision group in each month of a year (surveys of villages in
 * the reader's subtrees), against the monthly quota. One grouped query for all groups and months
 * (set-based), months in county time.
 */
export async function groupMonthlyProgress(
  db: Tx, countyId: string, year: number, settings: Pick<SurveySettingsValues, 'monthlyQuota'>, roots: string[],
): Promise<GroupMonthProgress[]> {
  if (roots.length === 0) return [];
  const { start, end } = localPeriod(year);
  const [groups, counts] = await Promise.all([
    db.inspectionGroup.findMany({ where: { countyId, year, archivedAt: null }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.$queryRaw<{ group_id: string; month: number; surveys: number }[]>`
      SELECT group_id, EXTRACT(MONTH FROM captured_at AT TIME ZONE ${COUNTY_TIME_ZONE})::int AS month, count(*)::int AS surveys
      FROM household_survey
      WHERE county_id = ${countyId} AND captured_at >= ${start} AND captured_at < ${end}
        AND village_id IN (SELECT id FROM org_unit WHERE county_id = ${countyId} AND path LIKE ANY (${roots.map((r) => `${r}%`)}))
      GROUP BY 1, 2`,
  ]);
  const byGroup = new Map(groups.map((g) => [g.id, { groupId: g.id, groupName: g.name, months: Array.from({ length: 12 }, () => 0), quota: settings.monthlyQuota }]));
  for (const c of counts) {
    // A group of an earlier year (archived or not) still shows if its surveys fall in this year.
    if (!byGroup.has(c.group_id)) byGroup.set(c.group_id, { groupId: c.group_id, groupName: '', months: Array.from({ length: 12 }, () => 0), quota: settings.monthlyQuota });
    byGroup.get(c.group_id)!.months[c.month - 1] = c.surveys;
  }
  const missing = [...byGroup.values()].filter((g) => !g.groupName).map((g) => g.groupId);
  if (missing.length) {
    for (const g of await db.inspectionGroup.findMany({ where: { countyId, id: { in: missing } }, select: { id: true, name: true } })) byGroup.get(g.id)!.groupName = g.name;
  }
  return [...byGroup.values()];
}

export interface VisitCoverage {
  visitId: string;
  title: string;
  groupId: string;
  groupName: string;
  townshipId: string;
  townshipName: string;
  windowStart: Date;
  windowEnd: Date;
  status: string;
  villages: number;
  required: number;
  covered: number;
  surveys: number;
}

/**
 * Villages covered by the surveys of each township visit whose window started in the period,
 * against ⌈villages × share⌉. Visits in the reader's subtrees only, and only those the reader may
 * see under 三不准 (inspections/visibility.ts decides; an unannounced visit stays hidden until it
 * starts). Three set-based queries whatever the number of visits.
 */
export async function visitCoverage(
  db: Tx, countyId: string, roots: string[], period: { start: Date; end: Date }, settings: Pick<SurveySettingsValues, 'villageShareNum' | 'villageShareDen'>,
  viewer: VisitViewer, now = new Date(),
): Promise<VisitCoverage[]> {
  if (roots.length === 0) return [];
  const visits = await db.inspectionVisit.findMany({
    where: {
      countyId,
      status: { not: 'cancelled' },
      AND: [{ windowStart: { gte: period.start, lt: period.end } }, { windowStart: { lte: now } }, visibleVisitsWhere(viewer, now)],
      orgUnit: { level: 'township', OR: roots.map((r) => ({ path: { startsWith: r } })) },
    },
    select: { id: true, title: true, groupId: true, windowStart: true, windowEnd: true, status: true, group: { select: { name: true } }, orgUnit: { select: { id: true, name: true } } },
    orderBy: [{ windowStart: 'asc' }, { id: 'asc' }],
  });
  if (visits.length === 0) return [];
  const townshipIds = [...new Set(visits.map((v) => v.orgUnit.id))];
  const [villages, covered] = await Promise.all([
    db.orgUnit.groupBy({ by: ['parentId'], where: { countyId, level: 'village', archivedAt: null, parentId: { in: townshipIds } }, _count: { _all: true } }),
    db.$queryRaw<{ visit_id: string; covered: number; surveys: number }[]>`
      SELECT visit_id, count(DISTINCT village_id)::int AS covered, count(*)::int AS surveys
      FROM household_survey
      WHERE county_id = ${countyId} AND visit_id = ANY(${visits.map((v) => v.id)})
      GROUP BY visit_id`,
  ]);
  const villagesOf = new Map(villages.map((v) => [v.parentId, v._count._all]));
  const coveredOf = new Map(covered.map((c) => [c.visit_id, c]));
  return visits.map((v) => {
    const n = villagesOf.get(v.orgUnit.id) ?? 0;
    return {
      visitId: v.id, title: v.title, groupId: v.groupId, groupName: v.group.name, townshipId: v.orgUnit.id, townshipName: v.orgUnit.name,
      windowStart: v.windowStart, windowEnd: v.windowEnd, status: v.status, villages: n,
      required: requiredVillages(n, settings.villageShareNum, settings.villageShareDen),
      covered: coveredOf.get(v.id)?.covered ?? 0, surveys: coveredOf.get(v.id)?.surveys ?? 0,
    };
  });
}

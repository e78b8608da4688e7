// 工作台: what each role has to do, counted on the server in one procedure per home.
import type { TRPCRouterRecord } from '@trpc/server';
import { defaultEscalationRules, flattenIndicators, pendingAcknowledgements, type AssessmentPlanConfig } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { countTiles, type TileSpec } from './tiles.ts';
import { countyTrend, worstTownships } from './county-figures.ts';
import { districtRanking } from './district-ranking.ts';
import { myWork } from './my-work.ts';
import { nowOf } from '../../clock.ts';

const inHand = ['handed_over', 'signed', 'rectifying'] as const;

async function remindDays(db: { escalationRule: { findUnique: (a: { where: { countyId: string } }) => Promise<{ remindDaysBefore: number } | null> } }, countyId: string) {
  const rule = await db.escalationRule.findUnique({ where: { countyId } });
  return Math.max(1, rule?.remindDaysBefore ?? defaultEscalationRules.remindDaysBefore);
}

/** Monday 00:00 to next Monday in China time (the county's week), as UTC instants. */
export function chinaWeek(now: Date) {
  const offset = 8 * 3_600_000;
  const local = new Date(now.getTime() + offset);
  const day = (local.getUTCDay() + 6) % 7;
  const start = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - day) - offset;
  return { start: new Date(start), end: new Date(start + 7 * 86_400_000) };
}

export const workbenchRouter = {
  /** A responsible unit's (township, village, department) items: 待签收, 整改中, 逾期, 即将到期. */
  responsible: procedure
    .meta({ permission: 'core.task.handle', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const days = await remindDays(ctx.db, countyId);
      const specs: TileSpec[] = [
        { key: 'toSign', filter: { role: 'responsible', status: ['handed_over'] }, light: 'yellow' },
        { key: 'rectifying', filter: { role: 'responsible', status: ['signed', 'rectifying'] }, light: 'green' },
        { key: 'overdue', filter: { role: 'responsible', overdue: true }, light: 'red' },
        { key: 'overdueListed', filter: { role: 'responsible', overdue: true, escalation: 'listed' }, light: 'red' },
        { key: 'dueSoon', filter: { role: 'responsible', dueWithinDays: days }, light: 'yellow' },
        { key: 'submitted', filter: { role: 'responsible', status: ['submitted'] }, light: 'green' },
      ];
      return { dueSoonDays: days, tiles: await countTiles(ctx.db, countyId, ctx.authz.roots, specs) };
    }),

  /** 督查室: overdue, 挂牌督办, 待核查 among what it supervises, this week's visits, the 片区 ranking. */
  office: procedure
    .meta({ permission: 'core.task.verify', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const roots = ctx.authz.roots;
      const now = new Date();
      const days = await remindDays(ctx.db, countyId);
      const specs: TileSpec[] = [
        { key: 'overdue', filter: { role: 'supervising', overdue: true }, light: 'red' },
        { key: 'listed', filter: { role: 'supervising', status: [...inHand], escalation: 'listed' }, light: 'red' },
        { key: 'toVerify', filter: { role: 'supervising', status: ['submitted'] }, light: 'yellow' },
        { key: 'dueSoon', filter: { role: 'supervising', dueWithinDays: days }, light: 'yellow' },
      ];
      const week = chinaWeek(now);
      const [tiles, visits, ranking] = await Promise.all([
        countTiles(ctx.db, countyId, roots, specs, now),
        ctx.db.inspectionVisit.groupBy({
          by: ['status'],
          where: { countyId, windowStart: { lt: week.end }, windowEnd: { gte: week.start }, OR: roots.map((r) => ({ planningUnit: { path: { startsWith: r } } })) },
          _count: { _all: true },
        }),
        districtRanking(ctx.db, countyId, now),
      ]);
      return {
        tiles,
        dueSoonDays: days,
        week: { start: week.start.toISOString(), end: week.end.toISOString(), visits: Object.fromEntries(visits.map((v) => [v.status, v._count._all])) },
        ranking,
      };
    }),

  /** An assessor's cells left to score, per plan in 评分 on whose panel they sit. */
  assessor: procedure
    .meta({ permission: 'core.assessment.score', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const userId = ctx.actor!.userId;
      const plans = await ctx.db.assessmentPlan.findMany({
        where: { countyId, status: 'scoring', assessors: { some: { userId } } },
        select: { id: true, name: true, _count: { select: { units: true } }, versions: { orderBy: { number: 'desc' }, take: 1, select: { config: true } } },
        orderBy: { createdAt: 'desc' },
      });
      const mine = plans.length
        ? await ctx.db.assessmentScore.groupBy({ by: ['planId', 'indicatorKey'], where: { countyId, assessorId: userId, planId: { in: plans.map((p) => p.id) } }, _count: { _all: true } })
        : [];
      return plans.map((p) => {
        const manual = new Set(flattenIndicators(p.versions[0]!.config as unknown as AssessmentPlanConfig).filter((f) => f.indicator.method === 'manual').map((f) => f.indicator.key));
        const given = mine.filter((m) => m.planId === p.id && manual.has(m.indicatorKey)).reduce((n, m) => n + m._count._all, 0);
        const expected = manual.size * p._count.units;
        return { planId: p.id, name: p.name, expected, given, left: Math.max(0, expected - given) };
      });
    }),

  /** 待确认预警: warnings the person has to acknowledge, red once overdue (the phone page lists them all). */
  warnings: procedure
    .meta({ permission: 'core.warning.acknowledge', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const mine = await pendingAcknowledgements(ctx.db, ctx.authz.target!.countyId, ctx.authz.roots, ctx.actor!.personId, new Date(), 5);
      return { count: mine.count, overdue: mine.overdue, light: mine.overdue ? ('red' as const) : mine.count ? ('yellow' as const) : ('green' as const), items: mine.waiting };
    }),

  /**
   * 我的待办: every person's one feed (warnings, reports, items to sign, rectify, verify, cells to
   * score) for the home card. Open to anyone signed in: each section is asked with the roots of
   * its own permission, so someone without a permission simply gets no such section.
   */
  mine: procedure
    .meta({ permission: 'authenticated' })
    .query(async ({ ctx }) => {
      const a = ctx.actor!;
      const sections = await myWork(ctx.db, { countyId: a.countyId, userId: a.userId, personId: a.personId, grants: a.grants }, nowOf(ctx));
      const lights = { red: 0, yellow: 0, green: 0 };
      for (const s of sections) for (const i of s.items) lights[i.light]++;
      return { sections, total: sections.reduce((n, s) => n + s.count, 0), lights };
    }),

  /** A county leader's view: items handed over and closed per month this year, the townships doing worst. */
  county: procedure
    .meta({ permission: 'core.task.read', scope: { entity: 'county' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const now = new Date();
      const year = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
      const [trend, worst] = await Promise.all([countyTrend(ctx.db, countyId, year), worstTownships(ctx.db, countyId, year, now)]);
      return { year, trend, worst };
    }),
} satisfies TRPCRouterRecord;


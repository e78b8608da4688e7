import { Prisma } from '@duban/db';
import { ancestorsAtRequestedDepths, requestedUnits } from '../org-units/subtree-sql.ts';

type Tx = Prisma.TransactionClient;

export interface ComplaintRates {
  /** 受理: complaint cases at the unit (one per dispatch; items of kind `complaint` handed over without intake count too). */
  received: number;
  handled: number;
  closed: number;
  closedOnTime: number;
  signed: number;
  signedOnTime: number;
  repeats: number;
  calledBack: number;
  /** 不满意重办: cases a dissatisfied 回访 sent back to the unit at least once. */
  reopened: number;
  rated: number;
  satisfied: number;
  /**
   * In percent, two decimals (null when nothing to rate), each of `received`:
   * 处理率 handled (办理完毕: submitted for verification or 办结), 结案率 办结 with the 回访 made,
   * 按期办结率 办结 by the (possibly extended) deadline, 重复投诉率 repeats (rules.ts: same place and
   * subject as a closed complaint within the window), 签收及时率 signed by the 签收 deadline (dispatched
   * cases only); 满意率 of the cases whose last 回访 gave a verdict (a case re-handled after a
   * dissatisfied one counts as dissatisfied until its next 回访); 重办率 reopened of received.
   */
  handlingRate: number | null;
  closureRate: number | null;
  onTimeRate: number | null;
  repeatRate: number | null;
  signOnTimeRate: number | null;
  satisfactionRate: number | null;
  reopenRate: number | null;
}

type Row = Record<'unit_id', string> & Record<'received' | 'handled' | 'closed' | 'on_time' | 'signed' | 'signed_on_time' | 'dispatched' | 'repeats' | 'called_back' | 'reopened' | 'rated' | 'satisfied', bigint>;

const pct = (a: bigint, b: bigint) => (b === 0n ? null : Math.round((Number(a) * 10000) / Number(b)) / 100);

/**
 * The complaint rates per requested unit, each counting the cases of its subtree, for complaints
 * received in [start, end). One grouped statement driven from the county's complaint items, as
 * taskRates is.
 */
export async function complaintRates(db: Tx, countyId: string, orgUnitIds: string[], period: { start: Date; end: Date }) {
  if (orgUnitIds.length === 0) return new Map<string, ComplaintRates>();
  const rows = await db.$queryRaw<Row[]>(complaintRatesSql(countyId, orgUnitIds, period));
  return new Map(
    rows.map((r) => [
      r.unit_id,
      {
        received: Number(r.received), handled: Number(r.handled), closed: Number(r.closed), closedOnTime: Number(r.on_time),
        signed: Number(r.signed), signedOnTime: Number(r.signed_on_time), repeats: Number(r.repeats), calledBack: Number(r.called_back), reopened: Number(r.reopened),
        rated: Number(r.rated), satisfied: Number(r.satisfied),
        handlingRate: pct(r.handled, r.received), closureRate: pct(r.closed, r.received), onTimeRate: pct(r.on_time, r.received),
        repeatRate: pct(r.repeats, r.received), signOnTimeRate: pct(r.signed_on_time, r.dispatched), satisfactionRate: pct(r.satisfied, r.rated), reopenRate: pct(r.reopened, r.received),
      } satisfies ComplaintRates,
    ]),
  );
}

export function complaintRatesSql(countyId: string, orgUnitIds: string[], period: { start: Date; end: Date }) {
  // An item handed over as a complaint without intake (the ledger, older data) has no dispatch:
  // its 回访 is its recorded satisfaction, its period its hand-over.
  return Prisma.sql`
    WITH req AS (${requestedUnits(countyId, orgUnitIds)}),
    facts AS MATERIALIZED (
      SELECT t.status, t.closed_at, t.deadline, t.signed_at, t.satisfaction, d.path, d.depth,
             cd.id AS dispatch_id, cd.sign_due_at, coalesce(cd.reopen_count, 0) AS reopen_count, c.repeat_of_id,
             CASE WHEN cd.id IS NULL THEN t.satisfaction IS NOT NULL ELSE cd.callback_at IS NOT NULL END AS called_back
        FROM task t
        JOIN org_unit d ON d.county_id = t.county_id AND d.id = t.responsible_unit_id
        LEFT JOIN complaint_dispatch cd ON cd.county_id = t.county_id AND cd.task_id = t.id
        LEFT JOIN complaint c ON c.county_id = cd.county_id AND c.id = cd.complaint_id
       WHERE t.county_id = ${countyId} AND t.kind = 'complaint'
         AND coalesce(c.received_at, t.created_at) >= ${period.start} AND coalesce(c.received_at, t.created_at) < ${period.end}
    )
    SELECT req.id AS unit_id,
           coalesce(r.received, 0) AS received, coalesce(r.handled, 0) AS handled, coalesce(r.closed, 0) AS closed,
           coalesce(r.on_time, 0) AS on_time, coalesce(r.signed, 0) AS signed, coalesce(r.signed_on_time, 0) AS signed_on_time,
           coalesce(r.dispatched, 0) AS dispatched, coalesce(r.repeats, 0) AS repeats, coalesce(r.called_back, 0) AS called_back, coalesce(r.reopened, 0) AS reopened,
           coalesce(r.rated, 0) AS rated, coalesce(r.satisfied, 0) AS satisfied
      FROM req
      LEFT JOIN (
        SELECT a.unit_id,
               count(*) AS received,
               count(*) FILTER (WHERE t.status IN ('submitted', 'closed', 'notified')) AS handled,
               count(*) FILTER (WHERE t.status IN ('closed', 'notified') AND t.called_back) AS closed,
               count(*) FILTER (WHERE t.status IN ('closed', 'notified') AND t.closed_at <= t.deadline) AS on_time,
               count(*) FILTER (WHERE t.signed_at IS NOT NULL) AS signed,
               count(*) FILTER (WHERE t.dispatch_id IS NOT NULL AND t.signed_at <= t.sign_due_at) AS signed_on_time,
               count(*) FILTER (WHERE t.dispatch_id IS NOT NULL) AS dispatched,
               count(*) FILTER (WHERE t.repeat_of_id IS NOT NULL) AS repeats,
               count(*) FILTER (WHERE t.called_back) AS called_back,
               count(*) FILTER (WHERE t.reopen_count > 0) AS reopened,
               count(*) FILTER (WHERE t.satisfaction IS NOT NULL) AS rated,
               count(*) FILTER (WHERE t.satisfaction IN ('satisfied', 'basically_satisfied')) AS satisfied
          FROM facts t
          ${ancestorsAtRequestedDepths('t', 'req')}
         WHERE t.depth >= k.depth
         GROUP BY a.unit_id
      ) r ON r.unit_id = req.id`;
}

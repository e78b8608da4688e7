import type { Prisma } from '@duban/db';
import { dispatchDetailSelect, dispatchView } from './complaint-queries.ts';

const LIMIT = 50;

/**
 * Open dispatches in the subtree whose 签收 or 办理 clock is overdue or due soon, the most urgent
 * first. The clocks are computed from the rows (rules.ts), so the query only narrows to the open ones.
 */
export async function lateDispatches(db: Prisma.TransactionClient, countyId: string, path: string, now: Date) {
  const open = await db.complaintDispatch.findMany({
    where: { countyId, orgUnit: { path: { startsWith: path } }, task: { status: { notIn: ['closed', 'notified'] } } },
    select: { ...dispatchDetailSelect, complaint: { select: { id: true, serial: true, subject: true } } },
    orderBy: { task: { deadline: 'asc' } },
    take: 500,
  });
  const urgent = (s: string) => s === 'overdue' || s === 'dueSoon';
  return open
    .map((d) => ({ ...dispatchView(d, now), complaint: d.complaint }))
    .filter((d) => urgent(d.signClock.state) || urgent(d.handleClock.state))
    .sort((a, b) => Math.min(a.signClock.remainingMs ?? Infinity, a.handleClock.remainingMs ?? Infinity) - Math.min(b.signClock.remainingMs ?? Infinity, b.handleClock.remainingMs ?? Infinity))
    .slice(0, LIMIT);
}

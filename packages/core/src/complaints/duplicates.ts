import type { Prisma } from '@duban/db';
import { complaintStage, windowStart } from './rules.ts';

type Tx = Prisma.TransactionClient;

export interface Earlier {
  id: string;
  serial: string;
  receivedAt: Date;
}

/**
 * 重复件 or 重复投诉 for a complaint about `locationUnitId` and `subjectKey` received at
 * `receivedAt`: the most recent earlier original (not itself a duplicate) about the same place and
 * subject received within the window (inclusive, rules.ts). Still open → a duplicate, merged into
 * it; closed (结案) → a repeat of it. One indexed lookup, then the match's dispatches.
 */
export async function classifyAgainstEarlier(db: Tx, countyId: string, locationUnitId: string, key: string, receivedAt: Date, excludeId?: string) {
  const earlier = await db.complaint.findFirst({
    where: {
      countyId, locationUnitId, subjectKey: key, duplicateOfId: null,
      receivedAt: { gte: windowStart(receivedAt), lte: receivedAt },
      ...(excludeId ? { id: { not: excludeId } } : {}),
    },
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, serial: true, receivedAt: true, duplicateOfId: true, dispatches: { select: { callbackAt: true, task: { select: { status: true } } } } },
  });
  if (!earlier) return { duplicateOf: null, repeatOf: null };
  const stage = complaintStage(earlier, earlier.dispatches.map((d) => ({ taskStatus: d.task.status, callbackAt: d.callbackAt })));
  const match: Earlier = { id: earlier.id, serial: earlier.serial, receivedAt: earlier.receivedAt };
  return stage === 'closed' ? { duplicateOf: null, repeatOf: match } : { duplicateOf: match, repeatOf: null };
}

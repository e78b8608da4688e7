import type { Prisma } from '@duban/db';

type Tx = Prisma.TransactionClient;

/**
 * 我的预警: live warnings the actor answers for — recipients at units inside `roots` (where the
 * actor may acknowledge) and those naming the actor — waiting ones first, then the ones
 * acknowledged in the last day. `light`: red once the acknowledgement is overdue, yellow while
 * it is due, green when done.
 */
export async function pendingAcknowledgements(db: Tx, countyId: string, roots: string[], personId: string, now: Date, take = 200) {
  const mine: Prisma.WarningRecipientWhereInput = {
    countyId,
    warning: { cancelledAt: null, validUntil: { gt: now } },
    OR: [{ personId }, ...(roots.length ? [{ personId: null, OR: roots.map((r) => ({ orgUnit: { path: { startsWith: r } } })) }] : [])],
  };
  const select = {
    id: true, tier: true, dueAt: true, sentAt: true, sendCount: true, acknowledgedAt: true, acknowledgedByName: true, personId: true,
    orgUnit: { select: { name: true, parent: { select: { name: true } } } },
    warning: { select: { id: true, level: true, title: true, text: true, validUntil: true, issuingUnit: { select: { name: true } } } },
  } as const;
  const [waiting, done, count, overdue] = await Promise.all([
    db.warningRecipient.findMany({ where: { ...mine, acknowledgedAt: null }, select, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], take }),
    db.warningRecipient.findMany({ where: { ...mine, acknowledgedAt: { gte: new Date(now.getTime() - 86_400_000) } }, select, orderBy: { acknowledgedAt: 'desc' }, take: 50 }),
    db.warningRecipient.count({ where: { ...mine, acknowledgedAt: null } }),
    db.warningRecipient.count({ where: { ...mine, acknowledgedAt: null, dueAt: { lte: now } } }),
  ]);
  const shape = (r: (typeof waiting)[number]) => ({
    ...r,
    unitName: r.tier === 'group' && r.orgUnit.parent ? `${r.orgUnit.parent.name}${r.orgUnit.name}` : r.orgUnit.name,
    light: r.acknowledgedAt ? ('green' as const) : r.dueAt <= now ? ('red' as const) : ('yellow' as const),
  });
  return { waiting: waiting.map(shape), done: done.map(shape), count, overdue };
}

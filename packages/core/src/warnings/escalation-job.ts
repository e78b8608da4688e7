import type { Prisma } from '@duban/db';
import { appendAudit } from '../audit/index.ts';
import { warningMessage } from './issue-warning.ts';
import { queueMessages, type Addressee } from './messages.ts';

type Tx = Prisma.TransactionClient;

/** Map.groupBy (Node 21+; this runs on Node 20). */
function groupBy<T>(items: T[], key: (item: T) => string) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** At most this many overdue recipients per pass (the rest follow a minute later). */
const BATCH = 5_000;

/**
 * Re-sends and escalates: every recipient of a live warning that has not acknowledged by its due
 * time is sent the warning again, and the unit above it — its parent in the cascade, or the
 * issuing unit at the top — is told who has not acknowledged (one notice per unit above, naming
 * them). Each recipient is escalated once; the warning's audit row lists them. Runs every minute
 * from the scheduler, which runs a job once per period across processes.
 */
export async function escalateUnacknowledged(db: Tx, now: Date) {
  const due = await db.warningRecipient.findMany({
    where: { acknowledgedAt: null, escalatedAt: null, dueAt: { lte: now }, warning: { cancelledAt: null, validUntil: { gt: now } } },
    include: { warning: true, orgUnit: { select: { name: true, parent: { select: { name: true } } } }, person: { select: { name: true } } },
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
  });
  const byWarning = groupBy(due, (r) => `${r.countyId}/${r.warningId}`);
  const parents = await db.warningRecipient.findMany({
    where: { id: { in: [...new Set(due.flatMap((r) => (r.parentId ? [r.parentId] : [])))] } },
    select: { id: true, orgUnitId: true, personId: true },
  });
  const parentById = new Map(parents.map((p) => [p.id, p]));
  let escalated = 0;
  for (const rows of byWarning.values()) {
    const { warning, countyId } = rows[0]!;
    await db.warningRecipient.updateMany({ where: { countyId, id: { in: rows.map((r) => r.id) }, escalatedAt: null }, data: { escalatedAt: now, sendCount: { increment: 1 } } });
    const message = warningMessage(warning);
    const resend: Addressee[] = rows.map((r) => ({ orgUnitId: r.orgUnitId, recipientId: r.id, personId: r.personId, title: `【再次提醒】${message.title}`, text: message.text }));
    await queueMessages(db, countyId, warning.id, 'resend', resend, now);
    // One notice per unit above, naming everyone below it who has not acknowledged.
    const above = groupBy(rows, (r) => r.parentId ?? '');
    const escalations: Addressee[] = [...above].map(([parentId, missed]) => {
      const parent = parentId ? parentById.get(parentId) : undefined;
      const names = missed.map((r) => r.person?.name ?? (r.tier === 'group' && r.orgUnit.parent ? `${r.orgUnit.parent.name}${r.orgUnit.name}` : r.orgUnit.name));
      const list = names.length > 5 ? `${names.slice(0, 5).join('、')}等 ${names.length} 个` : names.join('、');
      return {
        orgUnitId: parent?.orgUnitId ?? warning.issuingUnitId, recipientId: parent?.id ?? null, personId: parent?.personId ?? null,
        title: `【预警未确认】${warning.title}`,
        text: `${list}超过 ${warning.ackMinutes} 分钟未确认收到预警，已再次发送，请督促确认。`,
      };
    });
    await queueMessages(db, countyId, warning.id, 'escalation', escalations, now);
    await appendAudit(db, {
      countyId, procedure: 'job.warning-escalation', entityType: 'warning', entityId: warning.id, orgUnitId: warning.issuingUnitId,
      after: { resent: rows.map((r) => r.id), escalatedTo: escalations.map((e) => e.orgUnitId) },
      detail: `${rows.length} recipient(s) re-sent and escalated`,
    });
    escalated += rows.length;
  }
  return { escalated };
}

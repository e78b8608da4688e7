// Messages of a warning: queued in the transaction that decides to send them (issue, re-send,
// escalation), one row per channel and addressee, and the SMS among them delivered after commit
// by the outbox subscriber below — a gateway timeout never rolls back an issue, and a rolled-back
// issue never texts anyone. The in-app message is a Notification row, written at once.
import { newId, type Prisma } from '@duban/db';
import { smsLimits, type SmsProvider } from '../channels/sms-gateway.ts';
import { emitEvent, eventBus, type AfterCommitContext } from '../events/event-bus.ts';
import { insertRows } from './bulk-insert.ts';

type Tx = Prisma.TransactionClient;

export type MessagePurpose = 'issue' | 'resend' | 'escalation';

/** A message to a unit (its in-app inbox and its people's phones), about a recipient or several. */
export interface Addressee {
  orgUnitId: string;
  recipientId: string | null;
  /** A named person is texted alone; a unit's people with phones otherwise. */
  personId: string | null;
  title: string;
  text: string;
}

/** How many of a unit's people are texted (the first with phones, in order of entry). */
const PHONES_PER_UNIT = 3;

/** The phones each addressee is texted at: the named person's, or the unit's first people's. */
async function phonesOf(db: Tx, countyId: string, addressees: Addressee[]) {
  const personIds = addressees.flatMap((a) => (a.personId ? [a.personId] : []));
  const unitIds = [...new Set(addressees.filter((a) => !a.personId).map((a) => a.orgUnitId))];
  const people = await db.person.findMany({
    where: { countyId, archivedAt: null, phone: { not: null }, OR: [{ id: { in: personIds } }, { orgUnitId: { in: unitIds } }] },
    select: { id: true, orgUnitId: true, phone: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const byPerson = new Map(people.map((p) => [p.id, p.phone!]));
  const byUnit = new Map<string, string[]>();
  for (const p of people) {
    const list = byUnit.get(p.orgUnitId) ?? [];
    if (list.length < PHONES_PER_UNIT) list.push(p.phone!);
    byUnit.set(p.orgUnitId, list);
  }
  return (a: Addressee) => (a.personId ? (byPerson.has(a.personId) ? [byPerson.get(a.personId)!] : []) : (byUnit.get(a.orgUnitId) ?? []));
}

/**
 * Writes the in-app notices and queues the SMS for `addressees`, then emits the event whose
 * after-commit delivery sends them. Returns the number of messages written.
 */
export async function queueMessages(db: Tx, countyId: string, warningId: string, purpose: MessagePurpose, addressees: Addressee[], now: Date) {
  if (addressees.length === 0) return 0;
  const phones = await phonesOf(db, countyId, addressees);
  const notifications: unknown[][] = [];
  const messages: unknown[][] = [];
  let sms = 0;
  for (const a of addressees) {
    const notificationId = newId();
    const text = `${a.title} ${a.text}`;
    notifications.push([countyId, notificationId, a.orgUnitId, a.title, a.text, now]);
    messages.push([countyId, newId(), warningId, a.recipientId, a.orgUnitId, 'inbox', purpose, null, text, 'sent', notificationId, now, now]);
    for (const phone of phones(a)) {
      messages.push([countyId, newId(), warningId, a.recipientId, a.orgUnitId, 'sms', purpose, phone, text, 'queued', null, now, null]);
      sms++;
    }
  }
  await insertRows(db, 'notification', [['county_id', 'text'], ['id', 'text'], ['org_unit_id', 'text'], ['title', 'text'], ['body', 'text'], ['created_at', 'timestamptz']], notifications);
  await insertRows(
    db, 'warning_message',
    [['county_id', 'text'], ['id', 'text'], ['warning_id', 'text'], ['recipient_id', 'text'], ['org_unit_id', 'text'], ['channel', 'text'], ['purpose', 'text'], ['phone', 'text'], ['text', 'text'], ['status', 'text'], ['notification_id', 'text'], ['created_at', 'timestamptz'], ['sent_at', 'timestamptz']],
    messages,
  );
  if (sms > 0) {
    await emitEvent(db, { name: 'warning.messagesQueued', countyId, occurredAt: now, payload: { warningId, purpose } });
  }
  return messages.length;
}

/**
 * Sends a warning's queued SMS: a phone gets the same text once (deduplicated: a village
 * official who is also named, or the same text re-queued), and at most `maxPerHour` texts an
 * hour across all warnings (rate_limited beyond). A gateway refusal marks the message failed
 * with its error; the row's id is the gateway's idempotency key, so a retried delivery is not
 * texted twice by a gateway that honours it.
 */
export async function sendQueuedSms(db: Tx, countyId: string, warningId: string, sms: SmsProvider, now = new Date(), limits = smsLimits()) {
  const queued = await db.warningMessage.findMany({ where: { countyId, warningId, channel: 'sms', status: 'queued' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  if (queued.length === 0) return { sent: 0, deduplicated: 0, rateLimited: 0, failed: 0 };
  const phones = [...new Set(queued.map((m) => m.phone!))];
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const recent = await db.warningMessage.findMany({
    where: { countyId, channel: 'sms', status: 'sent', phone: { in: phones }, OR: [{ sentAt: { gte: hourAgo } }, { warningId }] },
    select: { phone: true, text: true, sentAt: true },
  });
  const perHour = new Map<string, number>();
  const seen = new Set<string>();
  for (const r of recent) {
    if (r.sentAt && r.sentAt >= hourAgo) perHour.set(r.phone!, (perHour.get(r.phone!) ?? 0) + 1);
    seen.add(`${r.phone}\n${r.text}`);
  }
  const outcome = { sent: 0, deduplicated: 0, rateLimited: 0, failed: 0 };
  const settled: Record<'deduplicated' | 'rate_limited', string[]> = { deduplicated: [], rate_limited: [] };
  for (const m of queued) {
    const key = `${m.phone}\n${m.text}`;
    if (seen.has(key)) { settled.deduplicated.push(m.id); outcome.deduplicated++; continue; }
    if ((perHour.get(m.phone!) ?? 0) >= limits.maxPerHour) { settled.rate_limited.push(m.id); outcome.rateLimited++; continue; }
    seen.add(key);
    try {
      const receipt = await sms.send(m.phone!, m.text, { idempotencyKey: m.id });
      perHour.set(m.phone!, (perHour.get(m.phone!) ?? 0) + 1);
      await db.warningMessage.update({
        where: { countyId_id: { countyId, id: m.id } },
        data: { status: 'sent', sentAt: now, providerMessageId: (receipt && receipt.providerMessageId) ?? null },
      });
      outcome.sent++;
    } catch (error) {
      await db.warningMessage.update({ where: { countyId_id: { countyId, id: m.id } }, data: { status: 'failed', error: String((error as Error).message ?? error).slice(0, 300) } });
      outcome.failed++;
    }
  }
  for (const [status, ids] of Object.entries(settled)) {
    if (ids.length) await db.warningMessage.updateMany({ where: { countyId, id: { in: ids } }, data: { status } });
  }
  return outcome;
}

async function deliver(ctx: AfterCommitContext, event: { countyId: string; occurredAt: Date; payload: { warningId: string } }) {
  if (!ctx.services.sms) throw new Error('no SMS gateway configured for warning messages');
  const outcome = await sendQueuedSms(ctx.db, event.countyId, event.payload.warningId, ctx.services.sms);
  ctx.services.log?.info({ warningId: event.payload.warningId, ...outcome }, 'warning sms delivered');
}

eventBus.subscribe({ key: 'core:warning-sms', event: 'warning.messagesQueued', phase: 'afterCommit', handle: deliver });

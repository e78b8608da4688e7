import { newId, type Prisma } from '@duban/db';
import { DomainError, notFound } from '../errors/index.ts';
import { emitEvent } from '../events/event-bus.ts';

type Tx = Prisma.TransactionClient;

export interface WarningActor {
  userId: string;
  name: string;
  personId: string;
}

/**
 * The recipient row, checked for the actor: a named person's warning is acknowledged by that
 * person only (a unit's, by anyone the authorisation lets act at the unit), and a cancelled or
 * expired warning is acknowledged no more.
 */
async function recipientFor(db: Tx, countyId: string, recipientId: string, actor: WarningActor, now: Date) {
  const r = await db.warningRecipient.findFirst({ where: { countyId, id: recipientId }, include: { warning: true } });
  if (!r) throw notFound('预警接收记录', recipientId);
  if (r.personId && r.personId !== actor.personId) {
    throw new DomainError('FORBIDDEN', 'errors.warning.notYours', '此预警发给指定人员，只能由本人确认');
  }
  if (r.warning.cancelledAt) throw new DomainError('CONFLICT', 'errors.warning.cancelled', '该预警已撤销');
  if (r.warning.validUntil <= now) throw new DomainError('CONFLICT', 'errors.warning.expired', '该预警已过有效期');
  return r;
}

/**
 * 确认收到. Only the first acknowledgement counts: the update is conditional on none being
 * recorded, so a replay (a double tap, the offline queue sending again) changes nothing and says
 * so. Returns when it was acknowledged and whether this call did it.
 */
export async function acknowledgeWarning(db: Tx, countyId: string, recipientId: string, actor: WarningActor, channel: 'web' | 'phone' | 'sms', now: Date) {
  const r = await recipientFor(db, countyId, recipientId, actor, now);
  const { count } = await db.warningRecipient.updateMany({
    where: { countyId, id: r.id, acknowledgedAt: null },
    data: { acknowledgedAt: now, acknowledgedByUserId: actor.userId, acknowledgedByName: actor.name, ackChannel: channel },
  });
  if (count === 1) {
    await emitEvent(db, { name: 'warning.acknowledged', countyId, occurredAt: now, payload: { warningId: r.warningId, recipientId: r.id, orgUnitId: r.orgUnitId, tier: r.tier } });
    return { warningId: r.warningId, acknowledgedAt: now, replay: false };
  }
  const again = await db.warningRecipient.findFirstOrThrow({ where: { countyId, id: r.id }, select: { acknowledgedAt: true } });
  return { warningId: r.warningId, acknowledgedAt: again.acknowledgedAt!, replay: true };
}

export interface WarningReportInput {
  kind: 'rain' | 'waterLevel' | 'hazard' | 'other';
  text: string;
  value: number | null;
  photo: { sha256: string; contentType: string } | null;
}

/** 回报: a recipient reports back on the warning; reporting also acknowledges it. */
export async function reportOnWarning(db: Tx, countyId: string, recipientId: string, actor: WarningActor, input: WarningReportInput, now: Date) {
  const r = await recipientFor(db, countyId, recipientId, actor, now);
  const id = newId();
  await db.warningReport.create({
    data: {
      countyId, id, warningId: r.warningId, recipientId: r.id, kind: input.kind, text: input.text, value: input.value,
      photoSha256: input.photo?.sha256 ?? null, photoType: input.photo?.contentType ?? null,
      reportedByUserId: actor.userId, reportedByName: actor.name, createdAt: now,
    },
  });
  const ack = r.acknowledgedAt ? null : await acknowledgeWarning(db, countyId, r.id, actor, 'web', now);
  return { id, warningId: r.warningId, acknowledged: ack ? !ack.replay : false };
}

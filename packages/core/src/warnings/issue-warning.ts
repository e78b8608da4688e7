import { newId, type Prisma, type WarningLevel } from '@duban/db';
import { DomainError } from '../errors/index.ts';
import { emitEvent } from '../events/event-bus.ts';
import { insertRows } from './bulk-insert.ts';
import { planCascade, type CascadeUnit } from './cascade.ts';
import { warningLevelNames } from './levels.ts';
import { queueMessages } from './messages.ts';

type Tx = Prisma.TransactionClient;

export interface IssueWarningInput {
  countyId: string;
  issuingUnit: CascadeUnit;
  areaUnits: CascadeUnit[];
  people: { id: string; orgUnitId: string; path: string }[];
  level: WarningLevel;
  title: string;
  text: string;
  validUntil: Date;
  ackMinutes: number;
  issuedBy: { userId: string | null; name: string | null };
  now: Date;
}

/** The text a recipient gets: level, title, body, and how to acknowledge. */
export const warningMessage = (w: { level: WarningLevel; title: string; text: string }) => ({
  title: `【${warningLevelNames[w.level]}预警】${w.title}`,
  text: `${w.text.slice(0, 240)} 请登录督办平台“我的预警”确认收到。`,
});

/**
 * Issues a warning: the cascade's recipients (cascade.ts) in one insert, an in-app notice and
 * queued SMS for each (messages.ts), all in the caller's transaction. Returns the warning's id
 * and the number of recipients.
 */
export async function issueWarning(db: Tx, input: IssueWarningInput) {
  if (input.validUntil <= input.now) throw new DomainError('BAD_REQUEST', 'errors.warning.validity', '有效期须晚于现在');
  const { countyId, now } = input;
  const plan = await planCascade(db, countyId, input.issuingUnit.path, input.areaUnits, input.people);
  const id = newId();
  await db.warning.create({
    data: {
      countyId, id, level: input.level, title: input.title, text: input.text, issuingUnitId: input.issuingUnit.id,
      issuedByUserId: input.issuedBy.userId, issuedByName: input.issuedBy.name, validFrom: now, validUntil: input.validUntil,
      ackMinutes: input.ackMinutes, createdAt: now,
      areas: { createMany: { data: input.areaUnits.map((u) => ({ orgUnitId: u.id })) } },
    },
  });
  const ids = plan.map(() => newId());
  const dueAt = new Date(now.getTime() + input.ackMinutes * 60_000);
  await insertRows(
    db, 'warning_recipient',
    [['county_id', 'text'], ['id', 'text'], ['warning_id', 'text'], ['tier', 'text'], ['org_unit_id', 'text'], ['person_id', 'text'], ['target', 'text'], ['parent_id', 'text'], ['sent_at', 'timestamptz'], ['due_at', 'timestamptz']],
    plan.map((r, i) => [countyId, ids[i]!, id, r.tier, r.orgUnitId, r.personId, r.target, r.parent === null ? null : ids[r.parent]!, now, dueAt]),
  );
  const message = warningMessage(input);
  await queueMessages(db, countyId, id, 'issue', plan.map((r, i) => ({ orgUnitId: r.orgUnitId, recipientId: ids[i]!, personId: r.personId, ...message })), now);
  await emitEvent(db, { name: 'warning.issued', countyId, occurredAt: now, payload: { warningId: id, level: input.level, issuingUnitId: input.issuingUnit.id, recipients: plan.length } });
  return { id, recipients: plan.length };
}

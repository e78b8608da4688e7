// The events core emits, with their payloads. A payload is plain JSON (it is stored in the outbox
// for after-commit subscribers), holds ids rather than records, and is versioned by adding fields.

/** Every core event and what it carries. */
export interface CoreEventPayloads {
  /** 交办: a supervision item was handed over (core or a plugin's hand-over). */
  'task.handedOver': { taskId: string; serial: string; kind: string; responsibleUnitId: string; supervisingUnitId: string; deadline: string };
  /** 办结: the supervising unit verified the rectification and closed the item. */
  'task.closed': { taskId: string; serial: string; kind: string; responsibleUnitId: string; closedAt: string; onTime: boolean };
  /** 联合办案: the last share of a joint case was closed, so the case is. */
  'jointCase.closed': { caseId: string; serial: string; shares: number };
  /** 催办 → 督办 → 挂牌督办: the escalation job raised an item's level (near or past its deadline). */
  'task.escalated': { taskId: string; serial: string; kind: string; responsibleUnitId: string; from: string; to: string; overdue: boolean };
  /** An inspector submitted a checklist record at a visit (replays of the same record emit nothing). */
  'inspection.record.submitted': { recordId: string; visitId: string; orgUnitId: string; templateId: string; failedItems: number };
  /** A household survey was submitted. */
  'survey.submitted': { surveyId: string; formId: string; orgUnitId: string };
  /** An assessment plan's results were published (immutable from now on). */
  'assessment.published': { planId: string; version: number };
  /** A warning's messages were queued (issue, re-send or escalation): its SMS go out after commit. */
  'warning.messagesQueued': { warningId: string; purpose: string };
  /** A warning was issued to its recipients. */
  'warning.issued': { warningId: string; level: string; issuingUnitId: string; recipients: number };
  /** A recipient acknowledged a warning (once: replays emit nothing). */
  'warning.acknowledged': { warningId: string; recipientId: string; orgUnitId: string; tier: string };
}

export type CoreEventName = keyof CoreEventPayloads;

/** Plugins' events are named `<plugin id>.<what happened>`; their payloads are the plugin's to define. */
export type JsonPayload = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type PayloadOf<N extends string> = N extends CoreEventName ? CoreEventPayloads[N] : JsonPayload;

/** An event as subscribers receive it. */
export interface DomainEvent<N extends string = string> {
  /** Shared by every subscriber's delivery of this event. */
  id: string;
  name: N;
  countyId: string;
  occurredAt: Date;
  payload: PayloadOf<N>;
}

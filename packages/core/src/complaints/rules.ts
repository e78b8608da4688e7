// Browser-safe rules of complaint intake (`@duban/core/complaints/rules`): the server decides with
// them and the web app shows the same defaults, clocks and stages before asking.

/**
 * Default time limits per channel when the dispatcher sets none: 签收 in hours, 办理 in days after
 * 派单, in calendar time (the regulations count working days for 12315 and 信访; the dispatcher
 * changes a default on the form when a case needs it). 12345: 2 hours to sign, 5 days to handle
 * (the common hotline rule); 12315: 7 days to accept, 60 to handle; 信访: 15 days to accept, 60 to
 * handle (信访工作条例); the rest 24 hours and 15 days, 随手拍 7.
 */
export const channelTimeLimits: Record<string, { signHours: number; handleDays: number }> = {
  '12345': { signHours: 2, handleDays: 5 },
  '12369': { signHours: 24, handleDays: 15 },
  '12315': { signHours: 7 * 24, handleDays: 60 },
  petition: { signHours: 15 * 24, handleDays: 60 },
  online: { signHours: 24, handleDays: 15 },
  snapshot: { signHours: 24, handleDays: 7 },
  walk_in: { signHours: 24, handleDays: 15 },
};
export const defaultTimeLimits = { signHours: 24, handleDays: 15 };
/** A plugin's channel (`food-safety.12315`) takes the limits of its last segment when core knows it. */
export const timeLimitsFor = (channel: string) => channelTimeLimits[channel] ?? channelTimeLimits[channel.split('.').pop()!] ?? defaultTimeLimits;

/**
 * 重复件 / 重复投诉: a complaint about the same place (发生地 unit) and subject as one received at
 * most this many days before it. The window is inclusive: a complaint exactly 30 days after the
 * first still matches it; one millisecond later does not.
 */
export const DUPLICATE_WINDOW_DAYS = 30;
export const DUPLICATE_WINDOW_MS = DUPLICATE_WINDOW_DAYS * 86_400_000;

/** The subject as matched: without spaces and punctuation, full-width folded, latin lower-cased (「油烟 扰民。」 = 「油烟扰民」). */
export const subjectKey = (subject: string) =>
  subject
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');

/** The earliest time a complaint received at `receivedAt` still matches an earlier one. */
export const windowStart = (receivedAt: Date) => new Date(receivedAt.getTime() - DUPLICATE_WINDOW_MS);

/**
 * An SLA clock: 'met' (done by the due time, the due instant itself included), 'late' (done after
 * it), 'overdue' (not done and past it), 'dueSoon' (not done, a quarter of the allowed time or less
 * left), else 'running'. remainingMs is negative once overdue; null once done.
 */
export type ClockState = 'running' | 'dueSoon' | 'overdue' | 'met' | 'late';
export interface SlaClock {
  state: ClockState;
  startedAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  remainingMs: number | null;
}

export function slaClock(startedAt: Date, dueAt: Date, doneAt: Date | null, now: Date): SlaClock {
  const due = dueAt.getTime();
  if (doneAt) return { state: doneAt.getTime() <= due ? 'met' : 'late', startedAt, dueAt, doneAt, remainingMs: null };
  const remainingMs = due - now.getTime();
  const span = due - startedAt.getTime();
  const state: ClockState = remainingMs < 0 ? 'overdue' : remainingMs * 4 <= span ? 'dueSoon' : 'running';
  return { state, startedAt, dueAt, doneAt: null, remainingMs };
}

/** Task statuses in which the unit has finished handling (办理完毕) and those that are 办结. */
export const HANDLED_STATUSES = ['submitted', 'closed', 'notified'] as const;
export const CLOSED_STATUSES = ['closed', 'notified'] as const;

/** 回访 results; 'unreachable' counts as a 回访 made but gives no verdict to 满意率. */
export const CALLBACK_RESULTS = ['satisfied', 'basically_satisfied', 'dissatisfied', 'unreachable'] as const;
export type CallbackResult = (typeof CALLBACK_RESULTS)[number];

/**
 * Where a complaint stands: 'merged' (重复件, handled under the first), 'received' (待派单),
 * 'handling' (a dispatched unit is not done; for a joint case, the case is open), 'callback' (every
 * unit done, or the case closed, and a 回访 pending), 'closed' (结案: done and every 回访 made).
 */
export type ComplaintStage = 'merged' | 'received' | 'handling' | 'callback' | 'closed';
export function complaintStage(
  c: { duplicateOfId: string | null; jointCase?: { status: string } | null },
  dispatches: { taskStatus: string; callbackAt: Date | null }[],
): ComplaintStage {
  if (c.duplicateOfId) return 'merged';
  if (dispatches.length === 0) return 'received';
  // A joint case follows the case: it closes only with its last share (移办 may add shares).
  const done = c.jointCase ? c.jointCase.status === 'closed' : dispatches.every((d) => (CLOSED_STATUSES as readonly string[]).includes(d.taskStatus));
  if (!done) return 'handling';
  return dispatches.every((d) => d.callbackAt) ? 'closed' : 'callback';
}

import type { EscalationLevel, TaskStatus } from '@duban/db';

export type ThresholdUnit = 'days' | 'hours';

export interface EscalationRules {
  remindDaysBefore: number;
  superviseAfterDays: number;
  listAfterDays: number;
  /** The unit of the three thresholds (the names say days; a county may count in hours). */
  thresholdUnit?: ThresholdUnit;
  /** Traffic lights: an open item is yellow this many days before its deadline. */
  yellowDaysBefore?: number;
}

export const defaultEscalationRules: Required<EscalationRules> = { remindDaysBefore: 3, superviseAfterDays: 3, listAfterDays: 10, thresholdUnit: 'days', yellowDaysBefore: 3 };

const order: EscalationLevel[] = ['none', 'reminded', 'urged', 'supervised', 'listed'];
export const escalationRank = (l: EscalationLevel) => order.indexOf(l);

export const escalationNames: Record<EscalationLevel, string> = {
  none: '正常',
  reminded: '到期提醒',
  urged: '催办',
  supervised: '督办',
  listed: '挂牌督办',
};

const unitMs: Record<ThresholdUnit, number> = { days: 86_400_000, hours: 3_600_000 };

/** Statuses in which an item is with the responsible unit and its deadline runs. */
export const escalatingStatuses: readonly TaskStatus[] = ['handed_over', 'signed', 'rectifying'];

/**
 * The level the rules call for: a reminder N days before the deadline, 催办 at the deadline,
 * 督办 after N days overdue, 挂牌督办 after M days (or hours, as the county counts). Submitted
 * items wait on the supervisor and 长期跟踪/退回 items have no running deadline, so they do not
 * escalate; levels never go down here (de-listing needs verification).
 */
export function escalationDue(task: { status: TaskStatus; deadline: Date; escalation: EscalationLevel }, rules: EscalationRules, now: Date): EscalationLevel {
  if (!escalatingStatuses.includes(task.status)) return task.escalation;
  const late = (now.getTime() - task.deadline.getTime()) / unitMs[rules.thresholdUnit ?? 'days'];
  let due: EscalationLevel = 'none';
  if (late >= rules.listAfterDays) due = 'listed';
  else if (late >= rules.superviseAfterDays) due = 'supervised';
  else if (late >= 0) due = 'urged';
  else if (-late <= rules.remindDaysBefore) due = 'reminded';
  return escalationRank(due) > escalationRank(task.escalation) ? due : task.escalation;
}

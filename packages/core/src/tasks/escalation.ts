import type { EscalationLevel, TaskStatus } from '@duban/db';

export interface EscalationRules {
  remindDaysBefore: number;
  superviseAfterDays: number;
  listAfterDays: number;
}

export const defaultEscalationRules: EscalationRules = { remindDaysBefore: 3, superviseAfterDays: 3, listAfterDays: 10 };

const order: EscalationLevel[] = ['none', 'reminded', 'urged', 'supervised', 'listed'];
export const escalationRank = (l: EscalationLevel) => order.indexOf(l);

export const escalationNames: Record<EscalationLevel, string> = {
  none: '正常',
  reminded: '到期提醒',
  urged: '催办',
  supervised: '督办',
  listed: '挂牌督办',
};

const DAY = 86_400_000;

/**
 * The level the rules call for: a reminder N days before the deadline, 催办 at the deadline,
 * 督办 after N days overdue, 挂牌督办 after M days. Submitted items wait on the supervisor, so
 * they do not escalate; levels never go down here (de-listing needs verification).
 */
export function escalationDue(task: { status: TaskStatus; deadline: Date; escalation: EscalationLevel }, rules: EscalationRules, now: Date): EscalationLevel {
  if (!['handed_over', 'signed', 'rectifying'].includes(task.status)) return task.escalation;
  const late = (now.getTime() - task.deadline.getTime()) / DAY;
  let due: EscalationLevel = 'none';
  if (late >= rules.listAfterDays) due = 'listed';
  else if (late >= rules.superviseAfterDays) due = 'supervised';
  else if (late >= 0) due = 'urged';
  else if (-late <= rules.remindDaysBefore) due = 'reminded';
  return escalationRank(due) > escalationRank(task.escalation) ? due : task.escalation;
}

import type { TaskStatus } from '@duban/db';
import { DomainError } from '../errors/index.ts';

/**
 * The supervision lifecycle (DOMAIN.md §2) as a state machine:
 * 交办 → 签收 → 整改中 → 申请办结 → 核查 (pass → 办结; fail → back to 整改中) → 通报,
 * and a relapse found by post-supervision (后督察) re-opens a closed item.
 * Item operations (issue 16): the responsible unit may 退回 a misassigned item before it works on
 * it; the supervising unit 转办/分办 it (again) to other units; a long-running item goes to 长期跟踪
 * by decision or after a 阶段性办结, and is submitted for final closure from there.
 */
export type TaskAction = 'sign' | 'start' | 'submit' | 'pass' | 'fail' | 'notify' | 'reopen' | 'return' | 'transfer' | 'track' | 'stagePass';

/** Which side acts: the responsible unit rectifies, the supervising unit verifies. */
export const actionSide: Record<TaskAction, 'responsible' | 'supervising'> = {
  sign: 'responsible',
  start: 'responsible',
  submit: 'responsible',
  pass: 'supervising',
  fail: 'supervising',
  notify: 'supervising',
  reopen: 'supervising',
  return: 'responsible',
  transfer: 'supervising',
  track: 'supervising',
  stagePass: 'supervising',
};

const transitions: Record<TaskAction, { from: readonly TaskStatus[]; to: TaskStatus }> = {
  sign: { from: ['handed_over'], to: 'signed' },
  start: { from: ['signed'], to: 'rectifying' },
  submit: { from: ['rectifying', 'tracking'], to: 'submitted' },
  pass: { from: ['submitted'], to: 'closed' },
  fail: { from: ['submitted'], to: 'rectifying' },
  notify: { from: ['closed'], to: 'notified' },
  reopen: { from: ['closed', 'notified'], to: 'rectifying' },
  // 退回 only before the work starts: once rectifying, the unit has accepted the item.
  return: { from: ['handed_over', 'signed'], to: 'returned' },
  // 转办/分办: the new responsible unit signs for it afresh.
  transfer: { from: ['handed_over', 'signed', 'rectifying', 'returned'], to: 'handed_over' },
  track: { from: ['signed', 'rectifying'], to: 'tracking' },
  stagePass: { from: ['submitted'], to: 'tracking' },
};

export const statusNames: Record<TaskStatus, string> = {
  handed_over: '已交办',
  signed: '已签收',
  rectifying: '整改中',
  submitted: '申请办结',
  closed: '已办结',
  notified: '已通报',
  returned: '已退回',
  tracking: '长期跟踪',
};

export const actionNames: Record<TaskAction, string> = {
  sign: '签收',
  start: '开始整改',
  submit: '申请办结',
  pass: '核查通过',
  fail: '核查不通过',
  notify: '通报',
  reopen: '重新整改',
  return: '退回',
  transfer: '转办',
  track: '转长期跟踪',
  stagePass: '阶段性办结',
};

export const openStatuses: readonly TaskStatus[] = ['handed_over', 'signed', 'rectifying', 'submitted', 'returned', 'tracking'];

/** Actions that must say why (the timeline keeps the reason). */
export const actionsNeedingReason: readonly TaskAction[] = ['fail', 'reopen', 'return', 'track', 'stagePass'];

/** The next status, or a clear error naming the action and the current status. */
export function nextStatus(current: TaskStatus, action: TaskAction): TaskStatus {
  const t = transitions[action];
  if (!t.from.includes(current)) {
    throw new DomainError(
      'CONFLICT',
      'errors.task.illegalTransition',
      `当前状态为「${statusNames[current]}」,不能「${actionNames[action]}」`,
      { status: current, action },
    );
  }
  return t.to;
}

/** Actions allowed from a status (for the UI's buttons). */
export const allowedActions = (current: TaskStatus): TaskAction[] =>
  (Object.keys(transitions) as TaskAction[]).filter((a) => transitions[a].from.includes(current));

import type { TaskStatus } from '@duban/db';
import { DomainError } from '../errors/index.ts';

/**
 * The supervision lifecycle (DOMAIN.md §2) as a state machine:
 * 交办 → 签收 → 整改中 → 申请办结 → 核查 (pass → 办结; fail → back to 整改中) → 通报,
 * and a relapse found by post-supervision (后督察) re-opens a closed item.
 */
export type TaskAction = 'sign' | 'start' | 'submit' | 'pass' | 'fail' | 'notify' | 'reopen';

/** Which side acts: the responsible unit rectifies, the supervising unit verifies. */
export const actionSide: Record<TaskAction, 'responsible' | 'supervising'> = {
  sign: 'responsible',
  start: 'responsible',
  submit: 'responsible',
  pass: 'supervising',
  fail: 'supervising',
  notify: 'supervising',
  reopen: 'supervising',
};

const transitions: Record<TaskAction, { from: readonly TaskStatus[]; to: TaskStatus }> = {
  sign: { from: ['handed_over'], to: 'signed' },
  start: { from: ['signed'], to: 'rectifying' },
  submit: { from: ['rectifying'], to: 'submitted' },
  pass: { from: ['submitted'], to: 'closed' },
  fail: { from: ['submitted'], to: 'rectifying' },
  notify: { from: ['closed'], to: 'notified' },
  reopen: { from: ['closed', 'notified'], to: 'rectifying' },
};

export const statusNames: Record<TaskStatus, string> = {
  handed_over: '已交办',
  signed: '已签收',
  rectifying: '整改中',
  submitted: '申请办结',
  closed: '已办结',
  notified: '已通报',
};

export const actionNames: Record<TaskAction, string> = {
  sign: '签收',
  start: '开始整改',
  submit: '申请办结',
  pass: '核查通过',
  fail: '核查不通过',
  notify: '通报',
  reopen: '重新整改',
};

export const openStatuses: readonly TaskStatus[] = ['handed_over', 'signed', 'rectifying', 'submitted'];

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

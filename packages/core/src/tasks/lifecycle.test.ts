import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '@duban/db';
import { allowedActions, nextStatus, type TaskAction } from './lifecycle.ts';

const statuses: TaskStatus[] = ['handed_over', 'signed', 'rectifying', 'submitted', 'closed', 'notified', 'returned', 'tracking'];
const actions: TaskAction[] = ['sign', 'start', 'submit', 'pass', 'fail', 'notify', 'reopen', 'return', 'transfer', 'track', 'stagePass'];

describe('task lifecycle', () => {
  it('walks the happy path with one failed verification', () => {
    let s: TaskStatus = 'handed_over';
    for (const a of ['sign', 'start', 'submit', 'fail', 'submit', 'pass', 'notify'] as TaskAction[]) s = nextStatus(s, a);
    expect(s).toBe('notified');
  });

  // Every (status, action) pair: allowed ones move, all others are rejected with a clear message.
  it.each(statuses.flatMap((s) => actions.map((a) => [s, a] as const)))('%s + %s', (status, action) => {
    if (allowedActions(status).includes(action)) {
      expect(statuses).toContain(nextStatus(status, action));
    } else {
      expect(() => nextStatus(status, action)).toThrow(/当前状态为「.+」,不能「.+」/);
    }
  });

  it('allows exactly the documented transitions', () => {
    expect(Object.fromEntries(statuses.map((s) => [s, allowedActions(s)]))).toEqual({
      handed_over: ['sign', 'return', 'transfer'],
      signed: ['start', 'return', 'transfer', 'track'],
      rectifying: ['submit', 'transfer', 'track'],
      submitted: ['pass', 'fail', 'stagePass'],
      closed: ['notify', 'reopen'],
      notified: ['reopen'],
      returned: ['transfer'],
      tracking: ['submit'],
    });
  });

  it('returns a misassigned item, re-assigns it, and tracks a long-running one to its close', () => {
    let s: TaskStatus = 'handed_over';
    for (const a of ['return', 'transfer', 'sign', 'start', 'submit', 'stagePass', 'submit', 'pass'] as TaskAction[]) s = nextStatus(s, a);
    expect(s).toBe('closed');
  });
});

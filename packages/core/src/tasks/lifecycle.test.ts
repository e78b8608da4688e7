import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '@duban/db';
import { allowedActions, nextStatus, type TaskAction } from './lifecycle.ts';

const statuses: TaskStatus[] = ['handed_over', 'signed', 'rectifying', 'submitted', 'closed', 'notified'];
const actions: TaskAction[] = ['sign', 'start', 'submit', 'pass', 'fail', 'notify', 'reopen'];

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
      handed_over: ['sign'],
      signed: ['start'],
      rectifying: ['submit'],
      submitted: ['pass', 'fail'],
      closed: ['notify', 'reopen'],
      notified: ['reopen'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { defaultEscalationRules, escalationDue } from './escalation.ts';

const deadline = new Date('2026-06-10T00:00:00Z');
const at = (days: number) => new Date(deadline.getTime() + days * 86_400_000);
const task = (escalation = 'none' as const) => ({ status: 'rectifying' as const, deadline, escalation });

describe('escalation on a simulated clock', () => {
  it.each([
    [-10, 'none'],
    [-3, 'reminded'],
    [0, 'urged'],
    [2.9, 'urged'],
    [3, 'supervised'],
    [9, 'supervised'],
    [10, 'listed'],
  ])('day %d → %s', (day, level) => {
    expect(escalationDue(task(), defaultEscalationRules, at(day))).toBe(level);
  });

  it('never lowers a level, and leaves submitted and closed items alone', () => {
    expect(escalationDue({ ...task(), escalation: 'listed' }, defaultEscalationRules, at(-10))).toBe('listed');
    expect(escalationDue({ status: 'submitted', deadline, escalation: 'none' }, defaultEscalationRules, at(30))).toBe('none');
    expect(escalationDue({ status: 'closed', deadline, escalation: 'urged' }, defaultEscalationRules, at(30))).toBe('urged');
  });
});

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

  it('counts in hours when the county sets it so, at the boundaries', () => {
    const hours = { remindDaysBefore: 12, superviseAfterDays: 6, listAfterDays: 48, thresholdUnit: 'hours' as const };
    const h = (n: number) => new Date(deadline.getTime() + n * 3_600_000);
    expect(escalationDue(task(), hours, h(-12.01))).toBe('none');
    expect(escalationDue(task(), hours, h(-12))).toBe('reminded');
    expect(escalationDue(task(), hours, h(5.99))).toBe('urged');
    expect(escalationDue(task(), hours, h(6))).toBe('supervised');
    expect(escalationDue(task(), hours, h(48))).toBe('listed');
  });

  it('leaves 长期跟踪 and 退回 items to their own course', () => {
    expect(escalationDue({ status: 'tracking', deadline, escalation: 'none' }, defaultEscalationRules, at(30))).toBe('none');
    expect(escalationDue({ status: 'returned', deadline, escalation: 'none' }, defaultEscalationRules, at(30))).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { complaintStage, slaClock, subjectKey, timeLimitsFor, windowStart } from './rules.ts';

const t0 = new Date('2026-06-01T08:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);

describe('SLA clocks', () => {
  // 签收 within 2 hours of 派单 (12345's default).
  const due = at(2);
  it('runs, is due soon in its last quarter, and is overdue only after the due instant', () => {
    expect(slaClock(t0, due, null, at(1)).state).toBe('running');
    expect(slaClock(t0, due, null, at(1.5)).state).toBe('dueSoon');
    expect(slaClock(t0, due, null, due)).toMatchObject({ state: 'dueSoon', remainingMs: 0 });
    expect(slaClock(t0, due, null, new Date(due.getTime() + 1))).toMatchObject({ state: 'overdue', remainingMs: -1 });
  });
  it('done at the due instant is met; a millisecond later is late, whatever the clock says now', () => {
    expect(slaClock(t0, due, due, at(100)).state).toBe('met');
    expect(slaClock(t0, due, new Date(due.getTime() + 1), at(100)).state).toBe('late');
  });
});

describe('matching rules', () => {
  it('the subject matches without spaces, punctuation, width or case', () => {
    expect(subjectKey('油烟 扰民。')).toBe(subjectKey('油烟扰民'));
    expect(subjectKey('ＫＴＶ噪音！')).toBe(subjectKey('ktv噪音'));
    expect(subjectKey('油烟扰民')).not.toBe(subjectKey('噪音扰民'));
  });
  it('the window reaches back exactly 30 days', () => {
    expect(windowStart(new Date('2026-07-01T08:00:00Z')).toISOString()).toBe('2026-06-01T08:00:00.000Z');
  });
  it("a plugin's channel takes the core limits of its last segment", () => {
    expect(timeLimitsFor('food-safety.12315')).toEqual(timeLimitsFor('12315'));
    expect(timeLimitsFor('12345')).toEqual({ signHours: 2, handleDays: 5 });
  });
});

describe('stages', () => {
  const open = { duplicateOfId: null };
  it('received → handling → callback → closed; a duplicate is merged', () => {
    expect(complaintStage(open, [])).toBe('received');
    expect(complaintStage(open, [{ taskStatus: 'closed', callbackAt: t0 }, { taskStatus: 'signed', callbackAt: null }])).toBe('handling');
    expect(complaintStage(open, [{ taskStatus: 'closed', callbackAt: t0 }, { taskStatus: 'notified', callbackAt: null }])).toBe('callback');
    expect(complaintStage(open, [{ taskStatus: 'closed', callbackAt: t0 }, { taskStatus: 'notified', callbackAt: t0 }])).toBe('closed');
    expect(complaintStage({ duplicateOfId: 'x' }, [])).toBe('merged');
  });
  it('a joint case follows the case, not its dispatches: handled while the case is open, even with every dispatch closed', () => {
    const closed = [{ taskStatus: 'closed', callbackAt: null }];
    expect(complaintStage({ duplicateOfId: null, jointCase: { status: 'open' } }, closed)).toBe('handling');
    expect(complaintStage({ duplicateOfId: null, jointCase: { status: 'closed' } }, closed)).toBe('callback');
    expect(complaintStage({ duplicateOfId: null, jointCase: { status: 'closed' } }, [{ taskStatus: 'closed', callbackAt: t0 }])).toBe('closed');
  });
});

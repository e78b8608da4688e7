import { describe, expect, it } from 'vitest';
import { letterCompletion, rollUpLetters } from './letter-rules.ts';

const t = (targetValue: number, actualValue: number | null, direction: 'higher' | 'lower' | 'zero' = 'higher', unit = '吨', metric = 'COD 削减量') =>
  ({ metric, unit, targetValue, actualValue, direction });

describe('responsibility letters', () => {
  it('a letter is done only when every target is met by its direction', () => {
    expect(letterCompletion([t(25, 25), t(0, 0, 'zero', '起', '违法用地问责')])).toMatchObject({ met: 2, done: true });
    expect(letterCompletion([t(25, 24.99)])).toMatchObject({ met: 0, done: false, reported: 1 });
    expect(letterCompletion([t(0, 1, 'zero', '起')]).done).toBe(false);
    expect(letterCompletion([t(5, 4, 'lower', '%', '蛀果率')]).done).toBe(true);
    expect(letterCompletion([t(25, null)])).toMatchObject({ reported: 0, done: false });
    expect(letterCompletion([]).done).toBe(false); // a letter without targets is not fulfilled
  });

  it('rolls up as the source does: 30 of 64 letters done is 46.9%, with the tonnes reduced summed', () => {
    const ended = new Date('2026-01-01');
    const letters = Array.from({ length: 64 }, (_, i) => ({ periodEnd: ended, targets: [t(30, i < 30 ? 30 : 10)] }));
    const r = rollUpLetters(letters, new Date('2026-06-01'));
    expect(r).toMatchObject({ letters: 64, done: 30, overdue: 34, rate: 46.9 });
    expect(r.sums).toEqual([{ metric: 'COD 削减量', unit: '吨', target: 1920, actual: 1240, letters: 64 }]);
    // Rates are not summed; before the period ends nothing is overdue.
    expect(rollUpLetters([{ periodEnd: ended, targets: [t(95, 96, 'higher', '%', '知晓率')] }], new Date('2025-06-01'))).toMatchObject({ sums: [], overdue: 0, rate: 100 });
    expect(rollUpLetters([]).rate).toBeNull();
  });
});

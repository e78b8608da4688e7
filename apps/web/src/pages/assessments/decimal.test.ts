import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents, formatExact, formatScore, sumCents, toCents } from './decimal.ts';

describe('decimal helpers', () => {
  it('reads numbers and strings as hundredths', () => {
    expect(toCents(90)).toBe(9000);
    expect(toCents('74.99')).toBe(7499);
    expect(toCents(0.1)).toBe(10);
    expect(toCents('90.500')).toBe(9050);
    expect(toCents('-2.5')).toBe(-250);
    expect(toCents('1.005')).toBeNull();
    expect(toCents('x')).toBeNull();
    expect(toCents('')).toBeNull();
    expect(toCents(null)).toBeNull();
    expect(toCents(Number.NaN)).toBeNull();
    expect(toCents(1e-7)).toBeNull();
  });

  it('sums exactly where floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumCents([0.1, 0.2])).toBe(30);
    expect(sumCents([33.33, 33.33, 33.34])).toBe(10000);
    expect(sumCents(['40', 30.5, '29.5', null])).toBe(10000);
  });

  it('formats', () => {
    expect(formatCents(9050)).toBe('90.5');
    expect(formatCents(10000)).toBe('100');
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatScore(75)).toBe('75.00');
    expect(formatScore('74.99')).toBe('74.99');
    expect(formatScore(null)).toBe('—');
  });

  it('round-trips every two-decimal value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (cents) => {
        expect(toCents(formatCents(cents))).toBe(cents);
        expect(toCents(cents / 100)).toBe(cents);
      }),
    );
  });
});

describe('formatExact', () => {
  it('cuts an exact decimal to four places for reading', () => {
    expect(formatExact('93.158333333333333333332')).toBe('93.1583…');
    expect(formatExact('88.60000000000000000000')).toBe('88.6');
    expect(formatExact('100')).toBe('100');
  });
});

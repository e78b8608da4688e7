import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from './decimal.ts';

describe('exact decimals for scoring', () => {
  it('adds and multiplies exactly where binary floating point does not', () => {
    expect(Dec.of(0.1).plus(Dec.of(0.2)).toString()).toBe('0.3');
    expect(Dec.of('72.82').minus(Dec.of('68.08')).toString()).toBe('4.74');
    expect(Dec.of('12.5').times(Dec.of('0.01')).toString()).toBe('0.125');
  });

  it('rounds half up once, so 74.995 is 75.00 (and 74.994999 is not)', () => {
    expect(Dec.of('74.995').toFixed(2)).toBe('75.00');
    expect(Dec.of('74.994999').toFixed(2)).toBe('74.99');
    expect(Dec.of('89.995').round(2).toString()).toBe('90');
    expect(Dec.of('-0.005').toFixed(2)).toBe('-0.01');
  });

  it('divides to 20 decimals, rounding half up', () => {
    expect(Dec.of(29).div(Dec.of(3)).toString()).toBe('9.66666666666666666667');
    expect(Dec.of(1).div(Dec.of(8)).toString()).toBe('0.125');
    expect(Dec.of(2).div(Dec.of(3)).toFixed(2)).toBe('0.67');
  });

  it('reads decimal.js-style values and numbers without exponent surprises', () => {
    expect(Dec.of(1e-7).toString()).toBe('0.0000001');
    expect(Dec.of({ toFixed: () => '0.00000001', toString: () => '1e-8' }).toString()).toBe('0.00000001');
    expect(() => Dec.of('abc')).toThrow();
  });

  it('agrees with integer arithmetic on hundredths (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (a, b) => {
        const da = Dec.of(a).div(Dec.of(100));
        const db = Dec.of(b).div(Dec.of(100));
        expect(da.plus(db).toFixed(2)).toBe(((a + b) / 100).toFixed(2));
        expect(da.cmp(db)).toBe(Math.sign(a - b));
      }),
    );
  });
});

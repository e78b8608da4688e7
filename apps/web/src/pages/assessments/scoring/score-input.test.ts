import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseScoreText, parseScoreInput } from './score-input.ts';

describe('parseScoreInput', () => {
  const range = { max: 10 };

  it('reads numbers within the range, bounds inclusive', () => {
    expect(parseScoreInput('8', range)).toEqual({ kind: 'value', value: 8, cents: 800 });
    expect(parseScoreInput('0', range)).toEqual({ kind: 'value', value: 0, cents: 0 });
    expect(parseScoreInput('10', range)).toEqual({ kind: 'value', value: 10, cents: 1000 });
    expect(parseScoreInput('9.75', range)).toEqual({ kind: 'value', value: 9.75, cents: 975 });
    expect(parseScoreInput('.5', range)).toEqual({ kind: 'value', value: 0.5, cents: 50 });
    expect(parseScoreInput(' 7. ', range)).toEqual({ kind: 'value', value: 7, cents: 700 });
  });

  it('empty means no score', () => {
    expect(parseScoreInput('', range)).toEqual({ kind: 'empty' });
    expect(parseScoreInput('   ', range)).toEqual({ kind: 'empty' });
  });

  it('refuses what is not a score, saying why', () => {
    expect(parseScoreInput('abc', range)).toEqual({ kind: 'invalid', problem: { code: 'notNumber' } });
    expect(parseScoreInput('1e1', range)).toEqual({ kind: 'invalid', problem: { code: 'notNumber' } });
    expect(parseScoreInput('.', range)).toEqual({ kind: 'invalid', problem: { code: 'notNumber' } });
    expect(parseScoreInput('9.999', range)).toEqual({ kind: 'invalid', problem: { code: 'tooManyDecimals' } });
    expect(parseScoreInput('10.01', range)).toEqual({ kind: 'invalid', problem: { code: 'aboveMax', max: 10 } });
    expect(parseScoreInput('-1', range)).toEqual({ kind: 'invalid', problem: { code: 'belowMin', min: 0 } });
  });

  it('compares exactly, not in binary floating point', () => {
    expect(parseScoreInput('10.1', { max: 10.1 }).kind).toBe('value');
    expect(parseScoreInput('0.3', { max: '0.3' }).kind).toBe('value');
    expect(parseScoreInput('2.50', { max: 2.5 }).kind).toBe('value');
  });

  it('accepts full-width digits from Chinese input methods', () => {
    expect(normaliseScoreText('８５．５')).toBe('85.5');
    expect(parseScoreInput('８。５', range)).toEqual({ kind: 'value', value: 8.5, cents: 850 });
  });

  it('accepts every two-decimal value in range and refuses every one above it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (cents, maxCents) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        const parsed = parseScoreInput(text, { max: maxCents / 100 });
        if (cents <= maxCents) expect(parsed).toEqual({ kind: 'value', value: cents / 100, cents });
        else expect(parsed).toEqual({ kind: 'invalid', problem: { code: 'aboveMax', max: maxCents / 100 } });
      }),
    );
  });
});

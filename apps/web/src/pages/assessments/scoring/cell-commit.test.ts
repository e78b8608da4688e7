import { describe, expect, it } from 'vitest';
import { cellText, decideCommit } from './cell-commit.ts';

describe('decideCommit', () => {
  it('does nothing for an untouched or unchanged cell', () => {
    expect(decideCommit(undefined, 8, 10)).toEqual({ kind: 'none' });
    expect(decideCommit('8', 8, 10)).toEqual({ kind: 'none' });
    expect(decideCommit('8.00', 8, 10)).toEqual({ kind: 'none' });
    expect(decideCommit('', undefined, 10)).toEqual({ kind: 'none' });
  });

  it('saves a new or changed score, and removes a cleared one', () => {
    expect(decideCommit('9.5', undefined, 10)).toEqual({ kind: 'save', score: 9.5 });
    expect(decideCommit('7', 8, 10)).toEqual({ kind: 'save', score: 7 });
    expect(decideCommit('  ', 8, 10)).toEqual({ kind: 'save', score: null });
  });

  it('refuses a score above the maximum', () => {
    expect(decideCommit('11', undefined, 10)).toEqual({ kind: 'invalid', problem: { code: 'aboveMax', max: 10 } });
    expect(decideCommit('x', 8, 10)).toEqual({ kind: 'invalid', problem: { code: 'notNumber' } });
  });

  it('shows the draft over the saved score', () => {
    expect(cellText(undefined, undefined)).toBe('');
    expect(cellText(undefined, 7.5)).toBe('7.5');
    expect(cellText('', 7.5)).toBe('');
    expect(cellText('8', 7.5)).toBe('8');
  });
});

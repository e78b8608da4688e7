import { fromCents, toCents } from '../decimal.ts';

/** Why a typed score is refused; the grid shows it at the cell at once (i18n key + params). */
export type ScoreProblem =
  | { code: 'notNumber' }
  | { code: 'tooManyDecimals' }
  | { code: 'belowMin'; min: number }
  | { code: 'aboveMax'; max: number };

export type ParsedScore = { kind: 'empty' } | { kind: 'value'; value: number; cents: number } | { kind: 'invalid'; problem: ScoreProblem };

// Chinese input methods often produce full-width characters: ８５．５ is 85.5.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\u3002\uFF0D]/g;
const normaliseChar = (c: string) => {
  if (c === '\uFF0E' || c === '\u3002') return '.';
  if (c === '\uFF0D') return '-';
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
};

export function normaliseScoreText(text: string): string {
  return text.replace(FULL_WIDTH, normaliseChar).replace(/\s+/g, '');
}

/**
 * Reads what an assessor typed into a cell against the indicator's range. Empty means "no score"
 * (the cell stays missing); anything else must be a decimal with at most two places within
 * [min, max], inclusive.
 */
export function parseScoreInput(text: string, range: { min?: number | string; max: number | string }): ParsedScore {
  const clean = normaliseScoreText(text);
  if (clean === '') return { kind: 'empty' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(clean)) return { kind: 'invalid', problem: { code: 'notNumber' } };
  const cents = toCents(clean);
  if (cents === null) return { kind: 'invalid', problem: { code: 'tooManyDecimals' } };
  const min = toCents(range.min ?? 0) ?? 0;
  const max = toCents(range.max);
  if (cents < min) return { kind: 'invalid', problem: { code: 'belowMin', min: fromCents(min) } };
  if (max !== null && cents > max) return { kind: 'invalid', problem: { code: 'aboveMax', max: fromCents(max) } };
  return { kind: 'value', value: fromCents(cents), cents };
}

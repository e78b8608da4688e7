/**
 * Scores carry at most two decimals. The client compares and adds them as whole hundredths
 * (integers), never as binary floats: 33.33 + 33.33 + 33.34 must be exactly 100, and 10.1 must not
 * read as over a maximum of 10.1. The server computes exactly too; this only keeps the editor's
 * checks from disagreeing with it.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Hundredths of a decimal given as a number or a decimal string; null when it is not one or has more than two decimals. */
export function toCents(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberText(value) : '') : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, whole = '', rawFraction = ''] = match;
  if (whole === '' && rawFraction === '') return null;
  // Trailing zeros carry no precision ("90.500" is 90.5).
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > 2) return null;
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' ? -cents : cents;
}

/** A number's plain decimal text (no exponent), so toCents can read tiny or large numbers alike. */
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** The number for some hundredths (exact for any score the product handles). */
export const fromCents = (cents: number) => cents / 100;

/** Sums decimals exactly; values that are not valid decimals count as 0 (the caller reports them). */
export const sumCents = (values: readonly (number | string | null | undefined)[]) => values.reduce<number>((sum, v) => sum + (toCents(v) ?? 0), 0);

/** "90", "92.5", "74.99": a score as people write it, without trailing zeros. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** A score for display with exactly two decimals (the published form: 75.00). */
export function formatScore(value: number | string | null | undefined): string {
  const cents = toCents(typeof value === 'number' ? Math.round(value * 100) / 100 : value);
  if (cents === null) return '—';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * An exact decimal (the server's string, up to 20 places) for reading: at most four decimals, cut
 * (not rounded) and marked with … when longer, so 93.158333333333333333332 reads 93.1583….
 */
export function formatExact(value: string): string {
  const m = /^(-?\d+)(?:\.(\d*))?$/.exec(value.trim());
  if (!m) return value;
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  return fraction.length > 4 ? `${m[1]}.${fraction.slice(0, 4)}…` : fraction ? `${m[1]}.${fraction}` : m[1]!;
}

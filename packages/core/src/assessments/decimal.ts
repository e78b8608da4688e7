// Exact decimal arithmetic for scoring (DOMAIN.md §2: compute exactly, round once at the end, so
// 74.995 is 75.00 and 合格). Values are BigInts scaled by 10^30; additions, subtractions and the
// products the engine needs are exact. The only inexact step is a quotient (an assessor average, a
// linear mapping), which is rounded half up to 20 decimals — exactly what the SQL roll-up does
// with numeric `div` (sql.ts: qdiv), so both engines agree digit for digit.
//
// Why 20 decimals cannot change a final 2-decimal rounding of averages: an average over n ≤ 20
// assessors of scores with 2 decimals is a fraction with denominator dividing 100·lcm(1..20)
// ≈ 2.3·10^10; weighted by percentages with 2 decimals, totals have denominators below 10^15, so
// a total that is not exactly on a rounding boundary (x.xx5) is at least ~10^-15 away from it,
// while 100 items each rounded at 10^-20 move the total by less than 10^-17.

const SCALE = 30;
const ONE = 10n ** BigInt(SCALE);
/** Quotients are rounded half up to this many decimals. */
export const QUOTIENT_DECIMALS = 20;

export class Dec {
  private constructor(readonly scaled: bigint) {}

  static readonly ZERO = new Dec(0n);

  static of(value: number | string | bigint | Dec | { toString(): string }): Dec {
    if (value instanceof Dec) return value;
    if (typeof value === 'bigint') return new Dec(value * ONE);
    // Prisma's Decimal (decimal.js) prints tiny values in exponent form; its toFixed() does not.
    const fixed = typeof value === 'object' && typeof (value as { toFixed?: unknown }).toFixed === 'function';
    let s = typeof value === 'number' ? numberText(value) : fixed ? (value as { toFixed(): string }).toFixed() : value.toString();
    s = s.trim();
    const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(s);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal: ${s}`);
    const frac = (m[3] ?? '').replace(/0+$/, '');
    if (frac.length > SCALE) throw new Error(`more than ${SCALE} decimals: ${s}`);
    const v = BigInt(m[2] || '0') * ONE + BigInt((frac || '0').padEnd(SCALE, '0').slice(0, SCALE) || '0');
    return new Dec(m[1] === '-' ? -v : v);
  }

  plus(o: Dec): Dec {
    return new Dec(this.scaled + o.scaled);
  }
  minus(o: Dec): Dec {
    return new Dec(this.scaled - o.scaled);
  }
  /** Exact product; throws if it would need more than 30 decimals (a bug, not data). */
  times(o: Dec): Dec {
    const p = this.scaled * o.scaled;
    if (p % ONE !== 0n) throw new Error(`inexact product ${this.toString()} × ${o.toString()}`);
    return new Dec(p / ONE);
  }
  /** this ÷ o, rounded half up (away from zero) to 20 decimals. */
  div(o: Dec): Dec {
    if (o.scaled === 0n) throw new Error('division by zero');
    const negative = this.scaled < 0n !== o.scaled < 0n;
    const a = abs(this.scaled);
    const b = abs(o.scaled);
    const q = (2n * a * 10n ** BigInt(QUOTIENT_DECIMALS) + b) / (2n * b);
    const scaled = q * 10n ** BigInt(SCALE - QUOTIENT_DECIMALS);
    return new Dec(negative ? -scaled : scaled);
  }
  /** Rounded half up (away from zero, as PostgreSQL's round(numeric)) to `dp` decimals. */
  round(dp: number): Dec {
    const unit = 10n ** BigInt(SCALE - dp);
    const a = abs(this.scaled);
    const r = ((a + unit / 2n) / unit) * unit;
    return new Dec(this.scaled < 0n ? -r : r);
  }
  cmp(o: Dec): number {
    return this.scaled < o.scaled ? -1 : this.scaled > o.scaled ? 1 : 0;
  }
  eq(o: Dec) {
    return this.scaled === o.scaled;
  }
  lt(o: Dec) {
    return this.scaled < o.scaled;
  }
  lte(o: Dec) {
    return this.scaled <= o.scaled;
  }
  isZero() {
    return this.scaled === 0n;
  }
  min(o: Dec): Dec {
    return this.lte(o) ? this : o;
  }
  max(o: Dec): Dec {
    return this.lte(o) ? o : this;
  }
  /** Shortest exact text, e.g. "9.66666666666666666667", "75", "-0.5". */
  toString(): string {
    const a = abs(this.scaled);
    const int = a / ONE;
    const frac = (a % ONE).toString().padStart(SCALE, '0').replace(/0+$/, '');
    return `${this.scaled < 0n ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  }
  /** Fixed text with exactly `dp` decimals after rounding half up ("75.00"). */
  toFixed(dp: number): string {
    const r = this.round(dp);
    const a = abs(r.scaled);
    const int = a / ONE;
    const frac = (a % ONE).toString().padStart(SCALE, '0').slice(0, dp);
    return `${r.scaled < 0n ? '-' : ''}${int}${dp > 0 ? `.${frac}` : ''}`;
  }
  /** A JS number for display, rounded half up to `dp` decimals first. */
  toNumber(dp = 2): number {
    return Number(this.toFixed(dp));
  }
}

const abs = (v: bigint) => (v < 0n ? -v : v);

/** A JS number's decimal text without exponent notation (1e-7 → "0.0000001"). */
function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

export const decSum = (values: Iterable<Dec>) => {
  let s = Dec.ZERO;
  for (const v of values) s = s.plus(v);
  return s;
};

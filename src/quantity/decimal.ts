// The only module that imports decimal.js. Every quantity in the library is a Decimal made by the private
// constructor below; no `number` ever holds a quantity.
import { Decimal } from 'decimal.js';

export type { Decimal };

/**
 * Precision is a rounding limit, not a cost: decimal.js works on the digits a value has. Amounts are limited to
 * {@link MAX_INTEGER_DIGITS} + {@link MAX_FRACTION_DIGITS} digits, so sums of any realistic length and products of
 * two amounts (unit conversion) stay far below this limit and are exact.
 */
const PRECISION = 100;

/**
 * Digits allowed before the decimal point of an input amount.
 *
 * @category Quantity
 */
export const MAX_INTEGER_DIGITS = 20;
/**
 * Digits allowed after the decimal point of an input amount.
 *
 * @category Quantity
 */
export const MAX_FRACTION_DIGITS = 20;
/**
 * Significant digits kept by inexact operations (division).
 *
 * @category Quantity
 */
export const DIVISION_DIGITS = 34;

const Dec = /* @__PURE__ */ Decimal.clone({
  precision: PRECISION,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** The fields of a Decimal, as decimal.js documents them. */
interface DecimalFields {
  constructor: unknown;
  s: number;
  e: number;
  d: number[];
}

/**
 * Makes a Decimal of the private constructor from fields already worked out, without running decimal.js's parser:
 * the own properties `new Dec(…)` gives (`constructor`, `s`, `e`, `d`, in that order), on the same prototype, so
 * `instanceof`, `Decimal.isDecimal` and every method see a Decimal of the private constructor. Making one this way
 * costs a tenth of `new Dec(0)` and three writes, which is most of what parsing an amount cost.
 */
const Made = /* @__PURE__ */ (() => {
  function Made(this: DecimalFields, s: number, e: number, d: number[]): void {
    this.constructor = Dec;
    this.s = s;
    this.e = e;
    this.d = d;
  }
  Made.prototype = Dec.prototype;
  return Made as unknown as new (
    s: number,
    e: number,
    d: number[],
  ) => Decimal;
})();

/**
 * Parses a plain decimal string (`"500000"`, `"-0.75"`); `undefined` for anything else, or for negative zero.
 *
 * @category Quantity
 */
export function decimalFromString(value: string): Decimal | undefined {
  // One pass that checks the string as isDecimalString does and builds the very coefficient limbs (`d`), exponent
  // (`e`) and sign (`s`) decimal.js's own parser gives, without its regular expressions and string slicing (property
  // tests hold it to isDecimalString's definition and to decimal.js's fields).
  const length = value.length;
  const negative = value.charCodeAt(0) === 45; // '-'
  const sign = negative ? 1 : 0;
  const first = value.charCodeAt(sign);
  // Only "" and "-" (NaN) need this: the digit loop below refuses any other non-digit first character too.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as said above
  if (!(first >= 48 && first <= 57)) return undefined; // NaN past the end, too
  // The integer part is [sign, dot): digits, and a leading zero stands alone.
  let dot = sign + 1;
  // Past the end charCodeAt gives NaN, not a digit: the bound only saves a read.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, as said above
  if (first !== 48) while (dot < length && isDigit(value.charCodeAt(dot))) dot += 1;
  if (dot - sign > MAX_INTEGER_DIGITS) return undefined;
  if (
    dot < length &&
    (value.charCodeAt(dot) !== 46 || dot === length - 1 || length - dot - 1 > MAX_FRACTION_DIGITS)
  )
    return undefined;
  // The significant digits run from `start` (the first non-zero) to `end` (after the last non-zero). Every
  // character of the fraction is checked once: the zeros skipped here, the rest in the loop below.
  let start = sign;
  if (first === 48) {
    start = dot + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: NaN past the end, as above
    while (start < length && value.charCodeAt(start) === 48) start += 1;
    if (start >= length) return negative ? undefined : new Made(1, 0, [0]); // zero; negative zero is refused
  }
  let end = length;
  // Each guard below only saves reads: without it the same zeros are stripped (the digit at `start` is not a zero,
  // and `start` is never `dot`).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, as said above
  if (dot < length) while (end > start && value.charCodeAt(end - 1) === 48) end -= 1;
  if (end === dot + 1) end = dot; // a fraction of zeros only
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (end <= dot) while (value.charCodeAt(end - 1) === 48) end -= 1; // the integer's trailing zeros
  // The exponent of the first significant digit.
  // Stryker disable next-line EqualityOperator: equivalent, as said above
  const exponent = start < dot ? dot - start - 1 : dot - start;
  // The first limb holds (exponent mod 7) + 1 digits, every other limb 7.
  let room = (((exponent % 7) + 7) % 7) + 1;
  // The limbs array is made at its final length where that is short (nearly every amount), as a literal, so it is
  // packed and holds no spare capacity (an empty array grows to 17 slots on its first push). The mutants of these
  // lines give a shorter array (or an empty one), which grows as the limbs are written: only the speed changes. (A
  // longer one would leave a trailing zero limb; the differential property test compares the limbs.)
  // Stryker disable all: equivalent, as said above
  const digits = end - start - (start < dot && dot < end ? 1 : 0);
  const count = digits <= room ? 1 : 1 + Math.ceil((digits - room) / 7);
  const limbs: number[] = count === 1 ? [0] : count === 2 ? [0, 0] : count === 3 ? [0, 0, 0] : [];
  // Stryker restore all
  let n = 0;
  let limb = 0;
  let held = 0;
  for (let i = start; i < end; i += 1) {
    if (i === dot) continue;
    const c = value.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    limb = limb * 10 + (c - 48);
    held += 1;
    if (held === room) {
      limbs[n] = limb;
      n += 1;
      limb = 0;
      held = 0;
      room = 7;
    }
  }
  if (held > 0) {
    for (; held < room; held += 1) limb *= 10;
    limbs[n] = limb;
  }
  return new Made(negative ? -1 : 1, exponent, limbs);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether a string is an amount {@link decimalFromString} accepts (plain decimal notation within the digit limits),
 * without making a Decimal. Negative zero (`"-0"`, `"-0.00"`) is refused here too.
 * @category Quantity
 */
export function isDecimalString(value: string): boolean {
  // One pass over the characters, as /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/ with the digit limits and no negative
  // zero (a property test holds it to that definition).
  const length = value.length;
  const i = value.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const negative = i === 1;
  const first = value.charCodeAt(i);
  if (!(first >= 48 && first <= 57)) return false; // NaN past the end, too
  let nonZero = first !== 48;
  let k = i + 1;
  // A leading zero stands alone before the point.
  if (first !== 48) while (k < length && value.charCodeAt(k) >= 48 && value.charCodeAt(k) <= 57) k += 1;
  if (k - i > MAX_INTEGER_DIGITS) return false;
  if (k < length) {
    if (value.charCodeAt(k) !== 46 || k === length - 1 || length - k - 1 > MAX_FRACTION_DIGITS) return false;
    for (let j = k + 1; j < length; j += 1) {
      const c = value.charCodeAt(j);
      if (c < 48 || c > 57) return false;
      if (c !== 48) nonZero = true;
    }
  }
  return !negative || nonZero;
}

/**
 * Converts a finite number at its shortest round-trip decimal form; `undefined` for NaN, ±Infinity and -0.
 *
 * @category Quantity
 */
export function decimalFromNumber(value: number): Decimal | undefined {
  if (!Number.isFinite(value) || Object.is(value, -0)) return undefined;
  const decimal = new Dec(value);
  return decimalFromString(decimal.toFixed()) === undefined ? undefined : decimal;
}

/**
 * Whether a value is a Decimal of any decimal.js constructor.
 *
 * @category Quantity
 */
export function isDecimal(value: unknown): value is Decimal {
  return Dec.isDecimal(value);
}

/**
 * A copy of a Decimal by the private constructor: the same sign, exponent and digits, never rounded.
 *
 * @category Quantity
 */
export function copyDecimal(value: Decimal): Decimal {
  return new Dec(value);
}

/**
 * A Decimal zero of the private constructor.
 *
 * @category Quantity
 */
export function zero(): Decimal {
  return new Dec(0);
}

/**
 * `a + b`, exact.
 *
 * @category Quantity
 */
export function plus(a: Decimal, b: Decimal): Decimal {
  return Dec.add(a, b);
}

/**
 * `a − b`, exact.
 *
 * @category Quantity
 */
export function minus(a: Decimal, b: Decimal): Decimal {
  return Dec.sub(a, b);
}

/**
 * `a × b`, exact for amounts within the input limits.
 *
 * @category Quantity
 */
export function times(a: Decimal, b: Decimal): Decimal {
  return Dec.mul(a, b);
}

/**
 * `a ÷ b` to {@link DIVISION_DIGITS} significant digits, half-even; exact when the quotient fits.
 *
 * @category Quantity
 */
export function dividedBy(a: Decimal, b: Decimal): Decimal {
  return Dec.div(a, b).toSignificantDigits(DIVISION_DIGITS, Dec.ROUND_HALF_EVEN);
}

/**
 * Rounds half-even to a number of decimal places.
 *
 * @category Quantity
 */
export function roundTo(value: Decimal, places: number): Decimal {
  return new Dec(value).toDecimalPlaces(places, Dec.ROUND_HALF_EVEN);
}

/**
 * The plain decimal string of a value, never in exponent notation; negative zero prints as `"0"`.
 *
 * @category Quantity
 */
export function toPlainString(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

const SAFE = Number.MAX_SAFE_INTEGER;
const LIMB = 1e7;
const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * The largest number of digits, on either side of the decimal point, that {@link ExactAccumulator} keeps as a scaled
 * integer: a sum of up to 10^19 such values has at most 100 significant digits, so it is exact both here and in
 * decimal.js at {@link PRECISION}. Every amount the library accepts (20 + 20 digits), and the product of two (a
 * converted amount), is within it.
 */
const MAX_FIXED_DIGITS = 40;

/**
 * An exact running sum of Decimals that avoids a Decimal allocation per addition: each value is read from
 * decimal.js's documented representation (`d`: base-10^7 limbs, `e`: decimal exponent, `s`: sign) as an integer
 * mantissa at a decimal scale, and added into a `number` while that stays within 2^53, or into a bigint otherwise.
 * Nothing is ever rounded. A value with more than {@link MAX_FIXED_DIGITS} digits before or after the point (a
 * Decimal built by hand with a huge exponent), or not finite, turns the sum into a decimal.js sum from then on, so
 * the result is digit for digit what a decimal.js loop at the library's precision gives.
 * @category Quantity
 */
export class ExactAccumulator {
  private big = 0n;
  private small = 0;
  private scale = 0;
  /** The decimal.js sum, once a value no fixed-point scale holds went in. */
  private decimal: Decimal | undefined;

  /** Adds a Decimal to the sum. */
  add(value: Decimal): void {
    const digits = value.d;
    if (this.decimal !== undefined || digits === null || digits === undefined) {
      this.addDecimal(value); // not finite (NaN, ±Infinity), or already a decimal.js sum
      return;
    }
    const sign = value.s;
    const first = digits[0] as number; // a finite Decimal has at least one limb (zero is [0])
    const count = digits.length;
    const exponent = value.e;
    const length = (((exponent % 7) + 7) % 7) + 1 + 7 * (count - 1);
    const fraction = length - 1 - exponent;
    if (fraction > MAX_FIXED_DIGITS || exponent >= MAX_FIXED_DIGITS) {
      this.addDecimal(value);
      return;
    }
    // Stryker disable next-line EqualityOperator: rescaling to the same scale multiplies by 1
    if (fraction > this.scale) this.rescale(fraction);
    const shift = this.scale - fraction;
    // Up to two limbs (14 digits) make an exact number; `count < 2` would only send more values to the bigint.
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, as said above
    const twoLimbs = count <= 2;
    // Stryker disable next-line ConditionalExpression: the bigint path gives the same sum, only slower
    if (twoLimbs && this.addSmall(count === 1 ? first : first * LIMB + (digits[1] as number), shift, sign))
      return;
    let mantissa = 0n;
    for (const limb of digits) mantissa = mantissa * 10_000_000n + BigInt(limb);
    const scaled = mantissa * 10n ** BigInt(shift);
    // Stryker disable next-line EqualityOperator: a Decimal's sign is 1 or -1, never 0
    this.big += sign < 0 ? -scaled : scaled;
  }

  /**
   * Adds a plain, non-negative decimal string already checked by {@link decimalFromString}, without making a
   * Decimal: a short one whose digits stay below 2^53 goes through a `number`, any other through a bigint.
   */
  addString(value: string, sign: 1 | -1 = 1): void {
    if (this.decimal !== undefined) {
      this.addDecimal(new Dec(sign < 0 ? `-${value}` : value));
      return;
    }
    const length = value.length;
    // A pure shortcut: with it off, every string takes the bigint path to the same sum.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, as said above
    const short = length <= 16;
    let dot = -1;
    let mantissa = 0;
    // Stryker disable next-line ConditionalExpression: a longer string read here may round; addSmall then refuses it
    if (short) {
      // Read the digits without allocating; a mantissa over 2^53 may be rounded, but addSmall refuses it then.
      for (let i = 0; i < length; i += 1) {
        const c = value.charCodeAt(i);
        if (c === 46) dot = i;
        else mantissa = mantissa * 10 + (c - 48);
      }
    } else dot = value.indexOf('.');
    const fraction = dot === -1 ? 0 : length - dot - 1;
    // Stryker disable next-line EqualityOperator: rescaling to the same scale multiplies by 1
    if (fraction > this.scale) this.rescale(fraction);
    const shift = this.scale - fraction;
    // Stryker disable next-line ConditionalExpression: the bigint path gives the same sum, only slower
    if (short && this.addSmall(mantissa, shift, sign)) return;
    const text = dot === -1 ? value : value.slice(0, dot) + value.slice(dot + 1);
    const scaled = BigInt(text) * 10n ** BigInt(shift);
    // Stryker disable next-line EqualityOperator: the sign is 1 or -1, never 0
    this.big += sign < 0 ? -scaled : scaled;
  }

  /**
   * Adds `sign × mantissa × 10^-scale`, for an integer `mantissa` below 2^53 and a `scale` from 0 to 40 (an amount
   * already read into digits).
   */
  addScaled(mantissa: number, scale: number, sign: 1 | -1 = 1): void {
    if (this.decimal !== undefined) {
      this.addDecimal(new Dec(`${sign < 0 ? '-' : ''}${mantissa}e-${scale}`));
      return;
    }
    // Stryker disable next-line EqualityOperator: rescaling to the same scale multiplies by 1
    if (scale > this.scale) this.rescale(scale);
    const shift = this.scale - scale;
    // Stryker disable next-line ConditionalExpression: the bigint path gives the same sum, only slower
    if (this.addSmall(mantissa, shift, sign)) return;
    const scaled = BigInt(mantissa) * 10n ** BigInt(shift);
    // Stryker disable next-line EqualityOperator: the sign is 1 or -1, never 0
    this.big += sign < 0 ? -scaled : scaled;
  }

  /** Adds another accumulator's sum to this one. */
  addAccumulator(other: ExactAccumulator): void {
    this.add(other.value());
  }

  /** The exact sum so far (never negative zero). */
  value(): Decimal {
    if (this.decimal !== undefined) return this.decimal.isZero() ? new Dec(0) : this.decimal;
    const total = this.big + BigInt(this.small);
    // The scale is never negative, and at scale 0 the other branch gives "123." for 123, which Decimal reads alike.
    // Stryker disable next-line EqualityOperator,ConditionalExpression: see above
    if (this.scale <= 0) return new Dec(total.toString());
    const negative = total < 0n;
    const text = (negative ? -total : total).toString().padStart(this.scale + 1, '0');
    const point = text.length - this.scale;
    return new Dec(`${negative ? '-' : ''}${text.slice(0, point)}.${text.slice(point)}`);
  }

  /**
   * Adds `sign × mantissa × 10^shift` through the `number` sum when the product is exact (below 2^53); returns
   * false when it is not, for the caller to use a bigint.
   */
  // Refusing what it could add, or moving the running number into the bigint early, leaves every sum exact (the
  // callers fall back to the bigint path): such mutants change only the speed, which the benchmarks measure.
  // Stryker disable next-line BlockStatement: an empty body refuses everything, as said above
  private addSmall(mantissa: number, shift: number, sign: number): boolean {
    // Stryker disable next-line ConditionalExpression: refusing more is equivalent, as said above
    if (shift >= 16) return false;
    const scaled = mantissa * (POW10[shift] as number);
    // 2^53 − 1 itself is exact either way, and refusing more is equivalent, as said above.
    // Stryker disable next-line EqualityOperator,ConditionalExpression: see above
    if (scaled > SAFE) return false;
    const next = this.small + sign * scaled;
    // ±(2^53 − 1) itself is exact either way, and moving the number into the bigint early is equivalent.
    // Stryker disable next-line EqualityOperator,ConditionalExpression,UnaryOperator: see above
    if (next <= SAFE && next >= -SAFE) {
      this.small = next;
    } else {
      this.big += BigInt(this.small);
      this.small = sign * scaled;
    }
    return true;
  }

  /** Turns the sum into a decimal.js sum (what the fixed-point part holds so far, then each value in turn). */
  private addDecimal(value: Decimal): void {
    if (this.decimal === undefined) this.decimal = this.value();
    this.decimal = Dec.add(this.decimal, value);
  }

  private rescale(fraction: number): void {
    const factor = 10n ** BigInt(fraction - this.scale);
    this.big = (this.big + BigInt(this.small)) * factor;
    this.small = 0;
    this.scale = fraction;
  }
}

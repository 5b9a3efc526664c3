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

/** Digits allowed before the decimal point of an input amount. */
export const MAX_INTEGER_DIGITS = 20;
/** Digits allowed after the decimal point of an input amount. */
export const MAX_FRACTION_DIGITS = 20;
/** Significant digits kept by inexact operations (division). */
export const DIVISION_DIGITS = 34;

const Dec = /* @__PURE__ */ Decimal.clone({
  precision: PRECISION,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

const AMOUNT_PATTERN = /^-?(0|[1-9]\d*)(?:\.(\d+))?$/;

/** Parses a plain decimal string (`"500000"`, `"-0.75"`); `undefined` for anything else, or for negative zero. */
export function decimalFromString(value: string): Decimal | undefined {
  const match = AMOUNT_PATTERN.exec(value);
  if (match === null) return undefined;
  if ((match[1] ?? '').length > MAX_INTEGER_DIGITS || (match[2] ?? '').length > MAX_FRACTION_DIGITS)
    return undefined;
  const decimal = new Dec(value);
  if (decimal.isZero() && value.startsWith('-')) return undefined;
  return decimal;
}

/** Converts a finite number at its shortest round-trip decimal form; `undefined` for NaN, ±Infinity and -0. */
export function decimalFromNumber(value: number): Decimal | undefined {
  if (!Number.isFinite(value) || Object.is(value, -0)) return undefined;
  const decimal = new Dec(value);
  return decimalFromString(decimal.toFixed()) === undefined ? undefined : decimal;
}

/** Whether a value is a Decimal of any decimal.js constructor. */
export function isDecimal(value: unknown): value is Decimal {
  return Dec.isDecimal(value);
}

/** A Decimal zero of the private constructor. */
export function zero(): Decimal {
  return new Dec(0);
}

/** `a + b`, exact. */
export function plus(a: Decimal, b: Decimal): Decimal {
  return Dec.add(a, b);
}

/** `a − b`, exact. */
export function minus(a: Decimal, b: Decimal): Decimal {
  return Dec.sub(a, b);
}

/** `a × b`, exact for amounts within the input limits. */
export function times(a: Decimal, b: Decimal): Decimal {
  return Dec.mul(a, b);
}

/** `a ÷ b` to {@link DIVISION_DIGITS} significant digits, half-even; exact when the quotient fits. */
export function dividedBy(a: Decimal, b: Decimal): Decimal {
  return Dec.div(a, b).toSignificantDigits(DIVISION_DIGITS, Dec.ROUND_HALF_EVEN);
}

/** Rounds half-even to a number of decimal places. */
export function roundTo(value: Decimal, places: number): Decimal {
  return new Dec(value).toDecimalPlaces(places, Dec.ROUND_HALF_EVEN);
}

/** The plain decimal string of a value, never in exponent notation; negative zero prints as `"0"`. */
export function toPlainString(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

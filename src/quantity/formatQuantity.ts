import { roundTo, toPlainString } from './decimal.js';
import { assertQuantity, type Quantity } from './quantity.js';
import { units as builtInUnits, hasUnit, type UnitRegistry } from './units.js';

/**
 * Options for {@link formatQuantity}.
 *
 * @category Quantity
 */
export interface FormatQuantityOptions {
  /** Round half-even to at most this many decimals (0 to 20); by default every digit is printed. */
  readonly maximumFractionDigits?: number;
  /** A BCP 47 locale for digit grouping; defaults to `"en-US"`. */
  readonly locale?: string;
  /** The registry that gives unit symbols; defaults to the built-in {@link units}. */
  readonly units?: UnitRegistry;
}

/**
 * Formats a quantity for people: digit grouping and the unit's symbol. This is the only place the library rounds.
 *
 * @param q - the quantity.
 * @param options - `maximumFractionDigits`, `locale`, `units`.
 * @returns text such as `"500,000 bbl"`.
 * @throws `RangeError` from `Intl` for an invalid locale or a `maximumFractionDigits` outside 0 to 20.
 * @example
 * ```ts
 * import { formatQuantity, quantity } from 'sanctions-regime';
 * formatQuantity(quantity('106094.17', 'barrel')); //=> '106,094.17 bbl'
 * formatQuantity(quantity('106094.17', 'barrel'), { maximumFractionDigits: 0 }); //=> '106,094 bbl'
 * ```
 * @category Quantity
 */
export function formatQuantity(q: Quantity, options: FormatQuantityOptions = {}): string {
  assertQuantity(q);
  const registry = options.units ?? builtInUnits;
  const digits = options.maximumFractionDigits;
  // Stryker disable next-line ConditionalExpression: rounding to undefined places leaves the amount as it is
  const amount = digits === undefined ? q.amount : roundTo(q.amount, digits);
  const plain = toPlainString(amount);
  const fraction = plain.split('.')[1]?.length ?? 0;
  const format = new Intl.NumberFormat(options.locale ?? 'en-US', {
    minimumFractionDigits: 0,
    maximumFractionDigits: Math.max(fraction, 0),
  });
  // Intl formats a decimal string exactly (Intl.NumberFormat v3), so no float is involved.
  const text = format.format(plain as unknown as number);
  // Stryker disable next-line OptionalChaining: hasUnit has just checked the key
  const symbol = hasUnit(registry, q.unit) ? registry[q.unit]?.symbol : q.unit;
  return `${text} ${symbol ?? q.unit}`;
}

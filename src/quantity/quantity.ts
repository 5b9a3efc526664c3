import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { frozenQuantity } from '../internal/frozen.js';
import {
  type Decimal,
  decimalFromNumber,
  decimalFromString,
  isDecimal,
  MAX_FRACTION_DIGITS,
  MAX_INTEGER_DIGITS,
} from './decimal.js';
import { units as builtInUnits, hasUnit, type UnitId, type UnitRegistry } from './units.js';

/**
 * An explicit conversion between two units, with the source that publishes it (units of different dimensions are
 * never converted implicitly).
 * @category Quantity
 */
export interface ConversionFactor {
  /** The unit converted from. */
  readonly from: UnitId;
  /** The unit converted to. */
  readonly to: UnitId;
  /** `to = from × multiplier`, exactly. */
  readonly multiplier: Decimal;
  /** Where the factor is published: a document symbol, a page title and URL. */
  readonly source: string;
}

/**
 * An exact amount in a unit. `amount` is a decimal.js value: never a float. A converted quantity remembers the
 * quantity as `reported` and the `factor` applied, so what was reported is never re-derived.
 * @category Quantity
 */
export interface Quantity {
  /** The exact amount. */
  readonly amount: Decimal;
  /** The unit id. */
  readonly unit: UnitId;
  /** The quantity as originally reported, when this one was converted from it. */
  readonly reported?: Quantity;
  /** The factor that produced this quantity from `reported`. */
  readonly factor?: ConversionFactor;
}

/**
 * Options for {@link quantity}.
 *
 * @category Quantity
 */
export interface QuantityOptions {
  /** The known units; defaults to the built-in {@link units}. */
  readonly units?: UnitRegistry;
}

function invalidAmount(amount: unknown): SanctionsRegimeError {
  const shown = describeValue(amount);
  return new SanctionsRegimeError(
    'INVALID_AMOUNT',
    `Invalid amount ${shown}: give a plain decimal string such as "500000" or "106094.17" (no exponent, no spaces, no separators, at most ${MAX_INTEGER_DIGITS} digits before and ${MAX_FRACTION_DIGITS} after the point) or a finite number other than -0.`,
    { amount: describeValue(amount) },
  );
}

/**
 * Parses an amount; throws `INVALID_AMOUNT`.
 *
 * @category Quantity
 */
export function parseAmount(amount: string | number): Decimal {
  const decimal =
    typeof amount === 'string'
      ? decimalFromString(amount)
      : typeof amount === 'number'
        ? decimalFromNumber(amount)
        : undefined;
  if (decimal === undefined) throw invalidAmount(amount);
  return decimal;
}

/**
 * Throws `UNKNOWN_UNIT` unless the registry knows the unit.
 *
 * @category Quantity
 */
export function checkUnit(unit: unknown, registry: UnitRegistry): asserts unit is UnitId {
  if (!hasUnit(registry, unit)) {
    throw new SanctionsRegimeError(
      'UNKNOWN_UNIT',
      `Unknown unit ${describeValue(unit)}: use one of ${Object.keys(registry).join(', ')}, or register it with extendUnits and pass { units }.`,
      { unit },
    );
  }
}

/**
 * Makes a frozen plain quantity from a checked Decimal.
 *
 * @category Quantity
 */
export function fromDecimal(amount: Decimal, unit: UnitId): Quantity {
  return frozenQuantity(amount, unit);
}

/**
 * Makes an exact quantity.
 *
 * @param amount - a plain decimal string (`"500000"`, `"106094.17"`) or a finite number, taken at its shortest
 * decimal form (`0.1` is exactly one tenth).
 * @param unit - a unit id known to the registry (`"barrel"`, `"tonne"`, `"kilolitre"`, `"usd"`, `"item"`).
 * @param options - `units` to use an extended registry.
 * @returns a frozen {@link Quantity}.
 * @throws {@link SanctionsRegimeError} `INVALID_AMOUNT` for `NaN`, `±Infinity`, `-0`, `"1e5"`, `""`, `"0x10"`, `" 1"`;
 * `UNKNOWN_UNIT` for a unit the registry does not know; `INVALID_INPUT` when `options` is not an object.
 * @example
 * ```ts
 * import { quantity } from 'sanctions-regime';
 * quantity('500000', 'barrel').amount.toFixed(); //=> '500000'
 * ```
 * @category Quantity
 */
export function quantity(amount: string | number, unit: UnitId, options?: QuantityOptions): Quantity {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `quantity(options): expected an options object such as { units }, got ${describeValue(options)}.`,
      { argument: 'quantity(options)' },
    );
  }
  const decimal = parseAmount(amount);
  checkUnit(unit, options?.units ?? builtInUnits);
  return fromDecimal(decimal, unit);
}

/**
 * Whether a value has the shape of a {@link Quantity} (a Decimal amount and a string unit).
 *
 * @param value - anything.
 * @returns `true` for quantity-shaped values.
 * @example
 * ```ts
 * import { isQuantity, quantity } from 'sanctions-regime';
 * isQuantity(quantity('1', 'tonne')); //=> true
 * isQuantity({ amount: '1', unit: 'tonne' }); //=> false
 * ```
 * @category Quantity
 */
export function isQuantity(value: unknown): value is Quantity {
  return (
    typeof value === 'object' &&
    value !== null &&
    isDecimal((value as { amount?: unknown }).amount) &&
    typeof (value as { unit?: unknown }).unit === 'string'
  );
}

/**
 * Throws `INVALID_AMOUNT` unless the value is a quantity.
 *
 * @category Quantity
 */
export function assertQuantity(value: unknown): asserts value is Quantity {
  if (!isQuantity(value)) {
    throw new SanctionsRegimeError(
      'INVALID_AMOUNT',
      'Expected a Quantity ({ amount: Decimal, unit }): build it with quantity() or parse it with QuantitySchema.',
      {},
    );
  }
}

import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { type Decimal, dividedBy, ExactAccumulator, minus, plus } from './decimal.js';
import { assertQuantity, fromDecimal, type Quantity } from './quantity.js';
import { isUnitId, type UnitId } from './units.js';

function unitMismatch(operation: string, a: UnitId, b: UnitId): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'UNIT_MISMATCH',
    `Cannot ${operation} ${a} and ${b}: convert one side first with convert(q, unit, factor), giving the factor and its source.`,
    { operation, units: [a, b] },
  );
}

function sameUnit(operation: string, a: Quantity, b: Quantity): UnitId {
  assertQuantity(a);
  assertQuantity(b);
  if (a.unit !== b.unit) throw unitMismatch(operation, a.unit, b.unit);
  return a.unit;
}

/**
 * Adds two quantities of the same unit, exactly.
 *
 * @param a - a quantity.
 * @param b - a quantity in the same unit.
 * @returns `a + b`, in that unit.
 * @throws {@link SanctionsRegimeError} `UNIT_MISMATCH` when the units differ.
 * @example
 * ```ts
 * import { add, quantity } from 'sanctions-regime';
 * add(quantity('0.1', 'barrel'), quantity('0.2', 'barrel')).amount.toFixed(); //=> '0.3'
 * ```
 * @category Quantity
 */
export function add(a: Quantity, b: Quantity): Quantity {
  const unit = sameUnit('add', a, b);
  return fromDecimal(plus(a.amount, b.amount), unit);
}

/**
 * Subtracts one quantity from another of the same unit, exactly.
 *
 * @param a - a quantity.
 * @param b - a quantity in the same unit.
 * @returns `a − b`, in that unit (negative when `b` is larger).
 * @throws {@link SanctionsRegimeError} `UNIT_MISMATCH` when the units differ.
 * @example
 * ```ts
 * import { subtract, quantity } from 'sanctions-regime';
 * subtract(quantity('500000', 'barrel'), quantity('106094.17', 'barrel')).amount.toFixed(); //=> '393905.83'
 * ```
 * @category Quantity
 */
export function subtract(a: Quantity, b: Quantity): Quantity {
  const unit = sameUnit('subtract', a, b);
  return fromDecimal(minus(a.amount, b.amount), unit);
}

/**
 * Sums any iterable of quantities of one unit, exactly and in one pass (the iterable is not materialised).
 *
 * @param quantities - the quantities; all in one unit.
 * @param unit - the unit of the result; required when `quantities` may be empty, checked against every item.
 * @returns the exact total.
 * @throws {@link SanctionsRegimeError} `UNIT_MISMATCH` when units differ; `EMPTY_SUM` when `quantities` is empty
 * and no `unit` is given; `UNKNOWN_UNIT` when `unit` is not a unit id; `INVALID_AMOUNT` when `quantities` is not
 * an iterable of quantities.
 * @example
 * ```ts
 * import { sum, quantity } from 'sanctions-regime';
 * sum(Array.from({ length: 10 }, () => quantity('0.1', 'barrel'))).amount.toFixed(); //=> '1'
 * sum([], 'tonne').amount.toFixed(); //=> '0'
 * ```
 * @category Quantity
 */
export function sum(quantities: Iterable<Quantity>, unit?: UnitId): Quantity {
  if (typeof (quantities as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new SanctionsRegimeError(
      'INVALID_AMOUNT',
      'sum takes an array (or other iterable) of quantities.',
      {},
    );
  }
  if (unit !== undefined && !isUnitId(unit)) {
    throw new SanctionsRegimeError(
      'UNKNOWN_UNIT',
      `sum(quantities, unit): invalid unit ${describeValue(unit)}: give a unit id such as "barrel", or leave it out.`,
      { argument: 'sum(unit)', unit: describeValue(unit) },
    );
  }
  const total = new ExactAccumulator();
  let expected: UnitId | undefined = unit;
  for (const q of quantities) {
    assertQuantity(q);
    if (expected === undefined) expected = q.unit;
    else if (q.unit !== expected) throw unitMismatch('sum', expected, q.unit);
    total.add(q.amount);
  }
  if (expected === undefined) {
    throw new SanctionsRegimeError(
      'EMPTY_SUM',
      'Cannot sum no quantities without a unit: pass the unit as the second argument, e.g. sum(list, "barrel").',
      {},
    );
  }
  return fromDecimal(total.value(), expected);
}

/**
 * Orders two quantities of the same unit.
 *
 * @param a - a quantity.
 * @param b - a quantity in the same unit.
 * @returns `-1` when `a < b`, `0` when equal (`"1.0"` equals `"1"`), `1` when `a > b`.
 * @throws {@link SanctionsRegimeError} `UNIT_MISMATCH` when the units differ.
 * @example
 * ```ts
 * import { compare, quantity } from 'sanctions-regime';
 * compare(quantity('759793', 'barrel'), quantity('500000', 'barrel')); //=> 1
 * ```
 * @category Quantity
 */
export function compare(a: Quantity, b: Quantity): -1 | 0 | 1 {
  sameUnit('compare', a, b);
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}

/**
 * Divides one quantity by another of the same unit, giving a unit-less ratio (e.g. a cap's utilisation).
 *
 * The ratio is exact when it has at most 34 significant digits (759,793 / 500,000 = 1.519586) and otherwise
 * rounded half-even to 34 significant digits (1/3).
 *
 * @param a - the numerator.
 * @param b - the denominator, in the same unit, not zero.
 * @returns `a ÷ b` as a Decimal.
 * @throws {@link SanctionsRegimeError} `UNIT_MISMATCH` when the units differ; `DIVISION_BY_ZERO` when `b` is zero.
 * @example
 * ```ts
 * import { ratio, quantity } from 'sanctions-regime';
 * ratio(quantity('759793', 'barrel'), quantity('500000', 'barrel')).toFixed(); //=> '1.519586'
 * ```
 * @category Quantity
 */
export function ratio(a: Quantity, b: Quantity): Decimal {
  sameUnit('divide', a, b);
  if (b.amount.isZero()) {
    throw new SanctionsRegimeError(
      'DIVISION_BY_ZERO',
      'Cannot divide by a zero quantity: check the denominator.',
      {
        unit: b.unit,
      },
    );
  }
  return dividedBy(a.amount, b.amount);
}

/**
 * Whether a quantity is zero.
 *
 * @param q - a quantity.
 * @returns `true` for any zero amount (`"0"`, `"0.000"`).
 * @example
 * ```ts
 * import { isZero, quantity } from 'sanctions-regime';
 * isZero(quantity('0.000', 'tonne')); //=> true
 * ```
 * @category Quantity
 */
export function isZero(q: Quantity): boolean {
  assertQuantity(q);
  return q.amount.isZero();
}

import { SanctionsRegimeError } from '../errors.js';
import { deepFreeze } from '../internal/frozen.js';
import { isDecimal, times } from './decimal.js';
import { assertQuantity, type ConversionFactor, type Quantity } from './quantity.js';
import type { UnitId } from './units.js';

/**
 * Converts a reported quantity into another unit with an explicit, sourced factor, exactly. The result keeps the
 * reported quantity and the factor, so the original is never re-derived (published factors do not round-trip:
 * 1,000 t × 11.6 = 11,600 bbl, but 11,600 bbl × 0.086 = 997.6 t).
 *
 * @param q - the quantity as reported (not itself a converted quantity).
 * @param toUnit - the unit wanted; must equal `factor.to`.
 * @param factor - `{ from, to, multiplier, source }` with `from` equal to `q.unit`.
 * @returns a frozen quantity in `toUnit` with `reported` and `factor` set.
 * @throws {@link SanctionsRegimeError} `UNIT_MISMATCH` when the factor does not go from `q.unit` to `toUnit`;
 * `ALREADY_CONVERTED` when `q` is itself a conversion (convert `q.reported` instead); `INVALID_AMOUNT` when the
 * multiplier is not a positive Decimal.
 * @example
 * ```ts
 * import { convert, ConversionFactorSchema, quantity } from 'sanctions-regime';
 * const lpg = ConversionFactorSchema.parse({
 *   from: 'tonne', to: 'barrel', multiplier: '11.6', source: '1718 Committee conversion chart, LPG',
 * });
 * convert(quantity('1000', 'tonne'), 'barrel', lpg).amount.toFixed(); //=> '11600'
 * ```
 * @category Quantity
 */
export function convert(q: Quantity, toUnit: UnitId, factor: ConversionFactor): Quantity {
  assertQuantity(q);
  if (q.reported !== undefined) {
    throw new SanctionsRegimeError(
      'ALREADY_CONVERTED',
      `This quantity was already converted from ${q.reported.unit}: convert its reported quantity (q.reported) instead, so the factor applies to what was reported.`,
      { unit: q.unit, reportedUnit: q.reported.unit },
    );
  }
  if (
    typeof factor !== 'object' ||
    factor === null ||
    !isDecimal(factor.multiplier) ||
    !factor.multiplier.isPositive() ||
    factor.multiplier.isZero()
  ) {
    throw new SanctionsRegimeError(
      'INVALID_AMOUNT',
      'A conversion factor needs a positive Decimal multiplier: build it with ConversionFactorSchema.parse.',
      { from: factor?.from, to: factor?.to },
    );
  }
  if (factor.from !== q.unit || factor.to !== toUnit) {
    throw new SanctionsRegimeError(
      'UNIT_MISMATCH',
      `The factor converts ${factor.from} to ${factor.to}, but ${q.unit} to ${toUnit} was asked: supply a factor for that pair.`,
      { from: q.unit, to: toUnit, factor: { from: factor.from, to: factor.to } },
    );
  }
  // The new amount is frozen with its digits; `reported` and `factor` are the caller's, left as they are.
  return Object.freeze({
    amount: deepFreeze(times(q.amount, factor.multiplier)),
    unit: toUnit,
    reported: q,
    factor,
  });
}

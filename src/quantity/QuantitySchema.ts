import * as z from 'zod';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyString, patternString } from '../internal/zod.js';
import {
  type Decimal,
  decimalFromString,
  isDecimal,
  MAX_FRACTION_DIGITS,
  MAX_INTEGER_DIGITS,
  toPlainString,
} from './decimal.js';
import { type ConversionFactor, isQuantity, type Quantity } from './quantity.js';
import { units as builtInUnits, checkRegistry, hasUnit, UnitIdSchema, type UnitRegistry } from './units.js';

// The JSON Schemas carry the digit limits (20 either side of the point) and, with `not`, the refusal of negative zero.
const DECIMAL_STRING_PATTERN = /^-?(?:0|[1-9][0-9]{0,19})(?:\.[0-9]{1,20})?$/;
const NEGATIVE_ZERO_PATTERN = /^-0(?:\.0+)?$/;
const decimalMessage = `Expected a plain decimal string such as "500000" or "0.75" (no exponent, no JSON number, no negative zero, at most ${MAX_INTEGER_DIGITS} digits before and ${MAX_FRACTION_DIGITS} after the point)`;

const AmountStringSchema = patternString(DECIMAL_STRING_PATTERN, decimalMessage, 'INVALID_AMOUNT')
  .refine((value) => decimalFromString(value) !== undefined, {
    message: decimalMessage,
    params: { code: 'INVALID_AMOUNT' },
    abort: true,
  })
  .meta({ not: { pattern: NEGATIVE_ZERO_PATTERN.source } });

const decode = (value: string): Decimal => deepFreeze(decimalFromString(value) as Decimal);

/**
 * Zod codec between a plain decimal string (`"500000"`, `"0.75"`) and an exact Decimal. JSON numbers are rejected:
 * they have already lost exactness. `encode` writes the string back, never in exponent notation.
 *
 * @example
 * ```ts
 * import { DecimalStringSchema } from 'sanctions-regime';
 * DecimalStringSchema.parse('0.75').toFixed(); //=> '0.75'
 * DecimalStringSchema.safeParse(0.75).success; //=> false
 * ```
 * @category Quantity
 */
export const DecimalStringSchema = z.codec(AmountStringSchema, z.custom<Decimal>(isDecimal), {
  decode,
  encode: toPlainString,
});

function unitSchema(registry: UnitRegistry) {
  return UnitIdSchema.refine((unit) => hasUnit(registry, unit), {
    message: `Unknown unit: expected one of ${Object.keys(registry).join(', ')}`,
    params: { code: 'UNKNOWN_UNIT' },
  });
}

const FactorInputSchema = z.object({
  from: UnitIdSchema,
  to: UnitIdSchema,
  multiplier: AmountStringSchema.refine((m) => !m.startsWith('-') && !decode(m).isZero(), {
    message: 'A conversion multiplier must be greater than zero',
    params: { code: 'INVALID_AMOUNT' },
  }),
  source: nonEmptyString('A conversion factor must cite its source'),
});

function decodeFactor(input: z.output<typeof FactorInputSchema>): ConversionFactor {
  return deepFreeze({
    from: input.from,
    to: input.to,
    multiplier: decode(input.multiplier),
    source: input.source,
  });
}

function encodeFactor(factor: ConversionFactor): z.input<typeof FactorInputSchema> {
  return {
    from: factor.from,
    to: factor.to,
    multiplier: toPlainString(factor.multiplier),
    source: factor.source,
  };
}

/**
 * Zod codec between a conversion factor's JSON form
 * (`{ "from": "tonne", "to": "barrel", "multiplier": "11.6", "source": "…" }`) and a {@link ConversionFactor}.
 * The multiplier must be a positive decimal string, and the source is required.
 *
 * @example
 * ```ts
 * import { ConversionFactorSchema } from 'sanctions-regime';
 * const f = ConversionFactorSchema.parse({ from: 'tonne', to: 'barrel', multiplier: '11.6', source: 'chart' });
 * f.multiplier.toFixed(); //=> '11.6'
 * ```
 * @category Quantity
 */
export const ConversionFactorSchema = z.codec(
  FactorInputSchema,
  z.custom<ConversionFactor>((value) => typeof value === 'object' && value !== null),
  { decode: decodeFactor, encode: encodeFactor },
);

/**
 * Makes a {@link QuantitySchema} for a registry extended with {@link extendUnits}.
 *
 * @param registry - the known units.
 * @returns a codec that accepts exactly those units.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when `registry` is not a unit registry.
 * @example
 * ```ts
 * import { createQuantitySchema, extendUnits, units } from 'sanctions-regime';
 * const mine = extendUnits(units, [{ id: 'cubic-metre', name: 'cubic metre', symbol: 'm³', dimension: 'volume' }]);
 * createQuantitySchema(mine).parse({ amount: '2.5', unit: 'cubic-metre' }).unit; //=> 'cubic-metre'
 * ```
 * @category Quantity
 */
export function createQuantitySchema(registry: UnitRegistry) {
  checkRegistry(registry, 'createQuantitySchema(registry)');
  const unit = unitSchema(registry);
  const input = z
    .object({
      amount: AmountStringSchema,
      unit,
      reported: z.object({ amount: AmountStringSchema, unit }).optional(),
      factor: FactorInputSchema.optional(),
    })
    .refine((q) => (q.reported === undefined) === (q.factor === undefined), {
      message: 'A converted quantity gives both "reported" and "factor"; a reported one gives neither',
    })
    .meta({ dependentRequired: { reported: ['factor'], factor: ['reported'] } });
  return z.codec(input, z.custom<Quantity>(isQuantity), {
    decode: (q): Quantity => {
      const plain = { amount: decode(q.amount), unit: q.unit };
      if (q.reported === undefined || q.factor === undefined) return deepFreeze(plain);
      const reported = { amount: decode(q.reported.amount), unit: q.reported.unit };
      return deepFreeze({ ...plain, reported, factor: decodeFactor(q.factor) });
    },
    encode: (q) => {
      const plain = { amount: toPlainString(q.amount), unit: q.unit };
      if (q.reported === undefined || q.factor === undefined) return plain;
      const reported = { amount: toPlainString(q.reported.amount), unit: q.reported.unit };
      return { ...plain, reported, factor: encodeFactor(q.factor) };
    },
  });
}

/**
 * A quantity in its JSON form, as {@link QuantitySchema} reads it: the amount as a plain decimal string.
 *
 * @category Quantity
 */
export interface QuantityJson {
  /** A plain decimal string: `"500000"`, `"0.75"` (no exponent, no thousands separator). */
  readonly amount: string;
  /** A unit id of the registry: `"barrel"`. */
  readonly unit: string;
}

/**
 * Zod codec between a quantity's JSON form, `{ "amount": "500000", "unit": "barrel" }` (plus `reported` and
 * `factor` when converted), and a {@link Quantity}. Amounts must be decimal strings; JSON numbers are rejected.
 *
 * @example
 * ```ts
 * import { QuantitySchema } from 'sanctions-regime';
 * const q = QuantitySchema.parse({ amount: '500000', unit: 'barrel' });
 * QuantitySchema.encode(q); //=> { amount: '500000', unit: 'barrel' }
 * ```
 * @category Quantity
 */
export const QuantitySchema = /* @__PURE__ */ createQuantitySchema(builtInUnits);

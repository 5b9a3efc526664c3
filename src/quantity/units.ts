import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { patternString } from '../internal/zod.js';

/**
 * A unit id: lower-case letters, digits and hyphens, starting with a letter (`"barrel"`, `"cubic-metre"`).
 *
 * @category Quantity
 */
export type UnitId = string;

const UNIT_ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * Zod schema for a unit id (the format only; whether the unit is known is checked against a registry).
 *
 * @example
 * ```ts
 * import { UnitIdSchema } from 'sanctions-regime';
 * UnitIdSchema.parse('barrel'); //=> 'barrel'
 * ```
 * @category Quantity
 */
export const UnitIdSchema = patternString(
  UNIT_ID_PATTERN,
  'Expected a unit id: lower-case letters, digits and hyphens, starting with a letter',
  'UNKNOWN_UNIT',
);

/**
 * What a unit measures and how it prints.
 *
 * @category Quantity
 */
export interface UnitDefinition {
  /** The id used in quantities. */
  readonly id: UnitId;
  /** The unit's name, for people. */
  readonly name: string;
  /** The symbol printed by {@link formatQuantity}. */
  readonly symbol: string;
  /** What the unit measures; conversions between dimensions need an explicit factor. */
  readonly dimension: 'volume' | 'mass' | 'value' | 'count' | (string & {});
}

/**
 * A set of known units keyed by id. Registries are immutable: extend one with {@link extendUnits}.
 *
 * @category Quantity
 */
export type UnitRegistry = Readonly<Record<UnitId, UnitDefinition>>;

/**
 * The type of the built-in registry {@link units}: each built-in id is known to be present.
 *
 * @category Quantity
 */
export type BuiltInUnits = UnitRegistry & {
  readonly barrel: UnitDefinition;
  readonly tonne: UnitDefinition;
  readonly kilolitre: UnitDefinition;
  readonly usd: UnitDefinition;
  readonly item: UnitDefinition;
};

/**
 * The built-in units: `barrel` (bbl), `tonne` (metric ton, t), `kilolitre` (kl), `usd` (US$) and `item`.
 *
 * @example
 * ```ts
 * import { units } from 'sanctions-regime';
 * units.barrel.symbol; //=> 'bbl'
 * ```
 * @category Quantity
 */
export const units: BuiltInUnits = /* @__PURE__ */ Object.freeze({
  barrel: Object.freeze({ id: 'barrel', name: 'barrel', symbol: 'bbl', dimension: 'volume' }),
  tonne: Object.freeze({ id: 'tonne', name: 'metric ton', symbol: 't', dimension: 'mass' }),
  kilolitre: Object.freeze({ id: 'kilolitre', name: 'kilolitre', symbol: 'kl', dimension: 'volume' }),
  usd: Object.freeze({ id: 'usd', name: 'United States dollar', symbol: 'US$', dimension: 'value' }),
  item: Object.freeze({ id: 'item', name: 'item', symbol: 'items', dimension: 'count' }),
});

/**
 * Makes a new registry with more units; the base registry is not changed.
 *
 * @param base - the registry to extend, usually {@link units}.
 * @param definitions - the new units.
 * @returns a new frozen registry holding both.
 * @throws {@link SanctionsRegimeError} `UNKNOWN_UNIT` when an id is not a valid unit id.
 * @example
 * ```ts
 * import { extendUnits, units } from 'sanctions-regime';
 * const mine = extendUnits(units, [{ id: 'cubic-metre', name: 'cubic metre', symbol: 'm³', dimension: 'volume' }]);
 * Object.keys(mine).length; //=> 6
 * ```
 * @category Quantity
 */
export function extendUnits(base: UnitRegistry, definitions: Iterable<UnitDefinition>): UnitRegistry {
  const entries: [UnitId, UnitDefinition][] = Object.entries(base);
  for (const definition of definitions) {
    if (!UNIT_ID_PATTERN.test(definition.id)) {
      throw new SanctionsRegimeError(
        'UNKNOWN_UNIT',
        `Invalid unit id ${describeValue(definition.id)}: use lower-case letters, digits and hyphens, starting with a letter.`,
        { id: definition.id },
      );
    }
    entries.push([definition.id, Object.freeze({ ...definition })]);
  }
  return Object.freeze(Object.fromEntries(entries));
}

/**
 * Whether a registry knows a unit, as an own key.
 *
 * @category Quantity
 */
export function hasUnit(registry: UnitRegistry, unit: unknown): unit is UnitId {
  // Stryker disable next-line ConditionalExpression: unit ids start with a letter, so no non-string is an own key
  return typeof unit === 'string' && Object.hasOwn(registry, unit);
}

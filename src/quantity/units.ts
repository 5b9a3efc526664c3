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
 * Makes a new registry with more units; the base registry is not changed. Registering a unit again with the very
 * same definition changes nothing; a unit is never redefined (`barrel` stays a volume).
 *
 * @param base - the registry to extend, usually {@link units}.
 * @param definitions - the new units.
 * @returns a new frozen registry holding both.
 * @throws {@link SanctionsRegimeError} `UNKNOWN_UNIT` when an id is not a valid unit id; `UNIT_REDEFINED` when an
 * id is already known (in `base` or earlier in `definitions`) with another name, symbol or dimension;
 * `INVALID_INPUT` when `base` is not a registry, `definitions` not an iterable of definitions, or a definition's
 * name, symbol or dimension is not a non-empty string.
 * @example
 * ```ts
 * import { extendUnits, units } from 'sanctions-regime';
 * const mine = extendUnits(units, [{ id: 'cubic-metre', name: 'cubic metre', symbol: 'm³', dimension: 'volume' }]);
 * Object.keys(mine).length; //=> 6
 * ```
 * @category Quantity
 */
export function extendUnits(base: UnitRegistry, definitions: Iterable<UnitDefinition>): UnitRegistry {
  checkRegistry(base, 'extendUnits(base)');
  if (typeof (definitions as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw invalidInput(
      'extendUnits(definitions)',
      `expected an array of unit definitions, got ${describeValue(definitions)}`,
    );
  }
  const registry = new Map<UnitId, UnitDefinition>(Object.entries(base));
  let index = 0;
  for (const definition of definitions) {
    const argument = `extendUnits(definitions)[${index}]`;
    checkDefinition(definition, argument);
    const known = registry.get(definition.id);
    if (known !== undefined && !sameDefinition(known, definition)) {
      throw new SanctionsRegimeError(
        'UNIT_REDEFINED',
        `${argument}: the unit ${describeValue(definition.id)} is already defined as ${describeDefinition(known)}, and cannot become ${describeDefinition(definition)}: give the new unit another id.`,
        { argument, id: definition.id, known: { ...known }, given: { ...definition } },
      );
    }
    if (known === undefined) {
      const { id, name, symbol, dimension } = definition;
      registry.set(id, Object.freeze({ id, name, symbol, dimension }));
    }
    index += 1;
  }
  return Object.freeze(Object.fromEntries(registry));
}

function sameDefinition(a: UnitDefinition, b: UnitDefinition): boolean {
  return a.name === b.name && a.symbol === b.symbol && a.dimension === b.dimension;
}

function describeDefinition(d: UnitDefinition): string {
  return `a ${d.dimension} named ${JSON.stringify(d.name)} (${d.symbol})`;
}

function invalidInput(argument: string, problem: string): SanctionsRegimeError {
  return new SanctionsRegimeError('INVALID_INPUT', `${argument}: ${problem}.`, { argument });
}

function checkDefinition(definition: unknown, argument: string): asserts definition is UnitDefinition {
  if (typeof definition !== 'object' || definition === null) {
    throw invalidInput(
      argument,
      `expected a unit definition { id, name, symbol, dimension }, got ${describeValue(definition)}`,
    );
  }
  const { id } = definition as { id?: unknown };
  if (typeof id !== 'string' || !UNIT_ID_PATTERN.test(id)) {
    throw new SanctionsRegimeError(
      'UNKNOWN_UNIT',
      `${argument}: invalid unit id ${describeValue(id)}: use lower-case letters, digits and hyphens, starting with a letter.`,
      { argument, id },
    );
  }
  for (const key of ['name', 'symbol', 'dimension'] as const) {
    const value = (definition as Record<string, unknown>)[key];
    if (typeof value !== 'string' || value.length === 0) {
      throw invalidInput(`${argument}.${key}`, `expected a non-empty string, got ${describeValue(value)}`);
    }
  }
}

/**
 * Throws `INVALID_INPUT` unless `registry` is a unit registry: an object whose every own value is a unit definition
 * filed under its own id.
 *
 * @category Quantity
 */
export function checkRegistry(registry: unknown, argument: string): asserts registry is UnitRegistry {
  if (typeof registry !== 'object' || registry === null || Array.isArray(registry)) {
    throw invalidInput(argument, `expected a unit registry such as units, got ${describeValue(registry)}`);
  }
  for (const [key, definition] of Object.entries(registry)) {
    checkDefinition(definition, `${argument}.${key}`);
    if (definition.id !== key) {
      throw invalidInput(
        `${argument}.${key}`,
        `the definition's id is ${describeValue(definition.id)}, not its key`,
      );
    }
  }
}

/**
 * Whether a value has the form of a unit id (whether a registry knows it is {@link hasUnit}'s question).
 *
 * @category Quantity
 */
export function isUnitId(value: unknown): value is UnitId {
  return typeof value === 'string' && UNIT_ID_PATTERN.test(value);
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

// The quantity layer's refusals, word for word: each message names the argument that was wrong, what was expected
// and what was given, and `details` carries the same for logs. These are the texts users see, so a change to one is
// a change a user notices; the tests pin them. (Written against the survivors of `npm run mutation:layers -- quantity`.)
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  ConversionFactorSchema,
  convert,
  createQuantitySchema,
  extendUnits,
  formatQuantity,
  QuantitySchema,
  quantity,
  sum,
  units,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

const BBL = quantity('1234.5', 'barrel');

describe('formatQuantity refusals', () => {
  it.each([
    [42, '42'],
    ['xx-!!', '"xx-!!"'],
  ])('a locale of %j', (locale, shown) => {
    const error = errorOf(() => formatQuantity(BBL, { locale: locale as string }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      `formatQuantity(options.locale): expected a BCP 47 locale such as "en-US", got ${shown}.`,
    );
    expect(error.details).toEqual({ argument: 'formatQuantity(options.locale)', value: shown });
  });

  it('a locale list, which Intl would take, is refused: the option is one locale', () => {
    expect(errorOf(() => formatQuantity(BBL, { locale: ['de-DE'] as never })).code).toBe('INVALID_INPUT');
  });

  it('options that are not an object', () => {
    const error = errorOf(() => formatQuantity(BBL, 5 as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('formatQuantity(options): expected an options object, got 5.');
    expect(error.details).toEqual({ argument: 'formatQuantity(options)' });
  });

  it('a negative maximumFractionDigits', () => {
    const error = errorOf(() => formatQuantity(BBL, { maximumFractionDigits: -1 }));
    expect(error.message).toBe(
      'formatQuantity(options.maximumFractionDigits): expected a whole number, 0 or more, got -1.',
    );
    expect(error.details).toEqual({ argument: 'formatQuantity(options.maximumFractionDigits)', value: '-1' });
  });
});

describe('unit registries', () => {
  it('extendUnits refuses a base that is not a registry, and definitions that are not iterable', () => {
    const base = errorOf(() => extendUnits(5 as never, []));
    expect(base.message).toBe('extendUnits(base): expected a unit registry such as units, got 5.');
    expect(base.details).toEqual({ argument: 'extendUnits(base)' });
    const definitions = errorOf(() => extendUnits(units, 5 as never));
    expect(definitions.code).toBe('INVALID_INPUT');
    expect(definitions.message).toBe(
      'extendUnits(definitions): expected an array of unit definitions, got 5.',
    );
    expect(definitions.details).toEqual({ argument: 'extendUnits(definitions)' });
  });

  it('a redefinition names both definitions, in the message and in details', () => {
    const error = errorOf(() =>
      extendUnits(units, [{ id: 'barrel', name: 'barrel', symbol: 'bbl', dimension: 'mass' }]),
    );
    expect(error.code).toBe('UNIT_REDEFINED');
    expect(error.details).toEqual({
      argument: 'extendUnits(definitions)[0]',
      id: 'barrel',
      known: { id: 'barrel', name: 'barrel', symbol: 'bbl', dimension: 'volume' },
      given: { id: 'barrel', name: 'barrel', symbol: 'bbl', dimension: 'mass' },
    });
  });

  it.each([
    ['name', { id: 'barrel', name: 'oil barrel', symbol: 'bbl', dimension: 'volume' }],
    ['symbol', { id: 'barrel', name: 'barrel', symbol: 'bl', dimension: 'volume' }],
    ['dimension', { id: 'barrel', name: 'barrel', symbol: 'bbl', dimension: 'mass' }],
  ])('a definition that differs only in its %s is a redefinition', (_, definition) => {
    expect(errorOf(() => extendUnits(units, [definition])).code).toBe('UNIT_REDEFINED');
  });

  it('repeating a definition exactly is allowed and adds nothing', () => {
    const same = extendUnits(units, [{ ...units.barrel }, { ...units.tonne }]);
    expect(Object.keys(same)).toEqual(Object.keys(units));
    expect(same.barrel).toBe(units.barrel);
  });

  it('errors count the definitions from 0, over repeated and new ones alike', () => {
    const good = { id: 'cubic-metre', name: 'cubic metre', symbol: 'm³', dimension: 'volume' };
    const error = errorOf(() =>
      extendUnits(units, [{ ...units.barrel }, good, { id: 'Bad', name: 'x', symbol: 'x', dimension: 'v' }]),
    );
    expect(error.code).toBe('UNKNOWN_UNIT');
    expect(error.message).toBe(
      'extendUnits(definitions)[2]: invalid unit id "Bad": use lower-case letters, digits and hyphens, starting with a letter.',
    );
    expect(error.details).toEqual({ argument: 'extendUnits(definitions)[2]', id: 'Bad' });
  });

  it.each([
    [null, 'null'],
    [7, '7'],
  ])('a definition that is %j', (definition, shown) => {
    const error = errorOf(() => extendUnits(units, [definition as never]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      `extendUnits(definitions)[0]: expected a unit definition { id, name, symbol, dimension }, got ${shown}.`,
    );
    expect(error.details).toEqual({ argument: 'extendUnits(definitions)[0]' });
  });

  it.each([
    [{ id: 5, name: 'x', symbol: 'x', dimension: 'v' }, '5'],
    [{ name: 'x', symbol: 'x', dimension: 'v' }, 'undefined'],
  ])('a definition whose id is not a string (%j)', (definition, shown) => {
    const error = errorOf(() => extendUnits(units, [definition as never]));
    expect(error.code).toBe('UNKNOWN_UNIT');
    expect(error.message).toContain(`invalid unit id ${shown}`);
  });

  it.each(['name', 'symbol', 'dimension'] as const)('an empty or missing %s', (key) => {
    const definition = { id: 'ab', name: 'a b', symbol: 'ab', dimension: 'volume' };
    for (const [value, shown] of [
      ['', '""'],
      [undefined, 'undefined'],
      [3, '3'],
    ] as const) {
      const error = errorOf(() => extendUnits(units, [{ ...definition, [key]: value } as never]));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toBe(
        `extendUnits(definitions)[0].${key}: expected a non-empty string, got ${shown}.`,
      );
      expect(error.details).toEqual({ argument: `extendUnits(definitions)[0].${key}` });
    }
  });

  it('a registry is checked definition by definition, each named by its key', () => {
    const bad = { barrel: { id: 'barrel', name: 'b', symbol: '', dimension: 'volume' } };
    expect(errorOf(() => createQuantitySchema(bad as never)).message).toBe(
      'createQuantitySchema(registry).barrel.symbol: expected a non-empty string, got "".',
    );
    const array = errorOf(() => createQuantitySchema([] as never));
    expect(array.message).toBe(
      'createQuantitySchema(registry): expected a unit registry such as units, got an array.',
    );
    expect(array.details).toEqual({ argument: 'createQuantitySchema(registry)' });
  });
});

describe('QuantitySchema', () => {
  it('an unknown unit is refused at `unit`, with its code and the units it knows', () => {
    const result = QuantitySchema.safeParse({ amount: '1', unit: 'furlong' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['unit'],
        params: { code: 'UNKNOWN_UNIT' },
        message: 'Unknown unit: expected one of barrel, tonne, kilolitre, usd, item',
      }),
    ]);
  });

  it('a reported quantity without its factor is refused, in words', () => {
    const result = QuantitySchema.safeParse({
      amount: '1',
      unit: 'barrel',
      reported: { amount: '1', unit: 'tonne' },
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'A converted quantity gives both "reported" and "factor"; a reported one gives neither',
    ]);
  });

  it('a reported quantity in an unknown unit is refused at reported.unit', () => {
    const result = QuantitySchema.safeParse({
      amount: '1',
      unit: 'barrel',
      reported: { amount: '1', unit: 'furlong' },
      factor: { from: 'furlong', to: 'barrel', multiplier: '2', source: 'x' },
    });
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(['reported', 'unit']);
  });

  it('the JSON Schema says that reported and factor go together', () => {
    const json = z.toJSONSchema(QuantitySchema, { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    expect(json.dependentRequired).toEqual({ reported: ['factor'], factor: ['reported'] });
  });

  it('encodes a plain quantity and a converted one to their JSON forms, and back', () => {
    expect(QuantitySchema.encode(quantity('2', 'tonne'))).toEqual({ amount: '2', unit: 'tonne' });
    const factor = ConversionFactorSchema.parse({
      from: 'tonne',
      to: 'barrel',
      multiplier: '7.33',
      source: 'x',
    });
    const converted = convert(quantity('2', 'tonne'), 'barrel', factor);
    const json = QuantitySchema.encode(converted);
    expect(json).toEqual({
      amount: '14.66',
      unit: 'barrel',
      reported: { amount: '2', unit: 'tonne' },
      factor: { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'x' },
    });
    const back = QuantitySchema.parse(json);
    expect(back.reported?.amount.toFixed()).toBe('2');
    expect(back.factor?.multiplier.toFixed()).toBe('7.33');
    expect(Object.isFrozen(back)).toBe(true);
    expect(Object.isFrozen(back.reported)).toBe(true);
  });
});

describe('amounts and sums', () => {
  it.each([
    [{ valueOf: (): number => 5, toString: (): string => '5' }, 'a value of type object'],
    [5n, '5'],
  ])('an amount that is neither a string nor a number (%s) is refused', (amount, shown) => {
    const error = errorOf(() => quantity(amount as never, 'barrel'));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.details).toEqual({ amount: shown });
  });

  it('quantity refuses options that are not an object, naming them', () => {
    const error = errorOf(() => quantity('1', 'barrel', 5 as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('quantity(options): expected an options object such as { units }, got 5.');
    expect(error.details).toEqual({ argument: 'quantity(options)' });
  });

  it('sum refuses a unit that is not a unit id, naming it', () => {
    const error = errorOf(() => sum([], 'Bad Unit' as never));
    expect(error.code).toBe('UNKNOWN_UNIT');
    expect(error.message).toBe(
      'sum(quantities, unit): invalid unit "Bad Unit": give a unit id such as "barrel", or leave it out.',
    );
    expect(error.details).toEqual({ argument: 'sum(unit)', unit: '"Bad Unit"' });
  });

  it('convert names the factor it refused', () => {
    const error = errorOf(() =>
      convert(quantity('1', 'tonne'), 'barrel', {
        from: 'tonne',
        to: 'barrel',
        multiplier: new Decimal(0),
        source: 'x',
      } as never),
    );
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.details).toEqual({ from: 'tonne', to: 'barrel' });
  });

  it('zero is written "0", however it was given and whatever sum gave it', () => {
    expect(QuantitySchema.encode(quantity('0.000', 'barrel')).amount).toBe('0');
    expect(QuantitySchema.encode(quantity(0, 'barrel')).amount).toBe('0');
    const nothing = sum([quantity('1.5', 'barrel'), quantity(-1.5, 'barrel')]);
    expect(nothing.amount.isNegative()).toBe(false);
    expect(QuantitySchema.encode(nothing).amount).toBe('0');
  });
});

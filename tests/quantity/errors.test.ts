// The errors of the quantity layer say what was wrong and what to do, and carry the offending values in `details`
// (the promise of SanctionsRegimeError: the code for programs, the message and details for people and logs).
import { describe, expect, it } from 'vitest';
import {
  add,
  ConversionFactorSchema,
  compare,
  convert,
  extendUnits,
  formatQuantity,
  isQuantity,
  QuantitySchema,
  quantity,
  ratio,
  subtract,
  sum,
  units,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

const barrels = quantity('10', 'barrel');
const tonnes = quantity('2', 'tonne');
const factor = ConversionFactorSchema.parse({
  from: 'tonne',
  to: 'barrel',
  multiplier: '7.33',
  source: 'test',
});

describe('quantity errors explain themselves', () => {
  it('an invalid amount shows the amount, the accepted form and the digit limits', () => {
    const e = errorOf(() => quantity('1e5', 'barrel'));
    expect(e.code).toBe('INVALID_AMOUNT');
    expect(e.message).toContain('"1e5"');
    expect(e.message).toContain('no exponent');
    expect(e.message).toMatch(/at most 20 digits before and 20 after/);
    expect(e.details).toEqual({ amount: '"1e5"' });
  });

  it('an unknown unit shows the unit and the known ones', () => {
    const e = errorOf(() => quantity('1', 'barrels'));
    expect(e.code).toBe('UNKNOWN_UNIT');
    expect(e.message).toContain('"barrels"');
    expect(e.message).toContain(Object.keys(units).join(', '));
    expect(e.details).toEqual({ unit: 'barrels' });
  });

  it('an invalid unit id shows the id and the rule', () => {
    const e = errorOf(() =>
      extendUnits(units, [{ id: 'Bad Unit', name: 'x', symbol: 'x', dimension: 'count' }]),
    );
    expect(e.message).toContain('"Bad Unit"');
    expect(e.message).toContain('lower-case letters');
    expect(e.details).toEqual({ argument: 'extendUnits(definitions)[0]', id: 'Bad Unit' });
  });

  it.each([
    ['add', () => add(barrels, tonnes)],
    ['subtract', () => subtract(barrels, tonnes)],
    ['compare', () => compare(barrels, tonnes)],
    ['ratio', () => ratio(barrels, tonnes)],
  ] as const)('%s of two units names the operation and both units', (operation, fn) => {
    const e = errorOf(fn);
    expect(e.code).toBe('UNIT_MISMATCH');
    expect(e.message).toContain(`Cannot ${operation === 'ratio' ? 'divide' : operation} barrel and tonne`);
    expect(e.details).toEqual({
      operation: operation === 'ratio' ? 'divide' : operation,
      units: ['barrel', 'tonne'],
    });
  });

  it('sum over mixed units names both units', () => {
    const e = errorOf(() => sum([barrels, tonnes]));
    expect(e.details).toEqual({ operation: 'sum', units: ['barrel', 'tonne'] });
  });

  it('sum of nothing without a unit says how to give one', () => {
    const e = errorOf(() => sum([]));
    expect(e.code).toBe('EMPTY_SUM');
    expect(e.message).toContain('pass the unit as the second argument');
  });

  it('sum of something that is not iterable says what it takes', () => {
    const e = errorOf(() => sum(42 as never));
    expect(e.message).toContain('sum takes an array');
  });

  it('division by zero names the unit', () => {
    const e = errorOf(() => ratio(barrels, quantity('0', 'barrel')));
    expect(e.code).toBe('DIVISION_BY_ZERO');
    expect(e.message).toContain('zero quantity');
    expect(e.details).toEqual({ unit: 'barrel' });
  });

  it('a value that is not a quantity says how to build one', () => {
    const e = errorOf(() => add({ amount: '1', unit: 'barrel' } as never, barrels));
    expect(e.message).toContain('Expected a Quantity');
    expect(isQuantity({ amount: '1', unit: 'barrel' })).toBe(false);
  });

  it('converting twice points to the reported quantity', () => {
    const converted = convert(tonnes, 'barrel', factor);
    const e = errorOf(() => convert(converted, 'barrel', factor));
    expect(e.code).toBe('ALREADY_CONVERTED');
    expect(e.message).toContain('already converted from tonne');
    expect(e.details).toEqual({ unit: 'barrel', reportedUnit: 'tonne' });
  });

  it('a factor for another pair names both pairs', () => {
    const e = errorOf(() => convert(barrels, 'tonne', factor));
    expect(e.code).toBe('UNIT_MISMATCH');
    expect(e.message).toContain('converts tonne to barrel, but barrel to tonne');
    expect(e.details).toEqual({ from: 'barrel', to: 'tonne', factor: { from: 'tonne', to: 'barrel' } });
  });

  it.each([
    ['a plain object', { from: 'tonne', to: 'barrel', multiplier: '7.33' }],
    ['a string', 'x'],
    ['null', null],
  ] as const)('a factor that is %s says how to build one', (_name, bad) => {
    const e = errorOf(() => convert(tonnes, 'barrel', bad as never));
    expect(e.code).toBe('INVALID_AMOUNT');
    expect(e.message).toContain('ConversionFactorSchema.parse');
  });
});

describe('QuantitySchema issues explain themselves', () => {
  it('an unknown unit lists the known ones, with the code UNKNOWN_UNIT', () => {
    const result = QuantitySchema.safeParse({ amount: '1', unit: 'barrels' });
    const issue = result.error?.issues[0] as { path: unknown; message: string; params?: unknown };
    expect(issue.path).toEqual(['unit']);
    expect(issue.message).toBe(`Unknown unit: expected one of ${Object.keys(units).join(', ')}`);
    expect(issue.params).toEqual({ code: 'UNKNOWN_UNIT' });
  });

  it('a reported quantity without its factor says both or neither', () => {
    const result = QuantitySchema.safeParse({
      amount: '1',
      unit: 'barrel',
      reported: { amount: '1', unit: 'tonne' },
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'A converted quantity gives both "reported" and "factor"; a reported one gives neither',
    ]);
  });

  it('a reported quantity in an unknown unit is refused at its path', () => {
    const result = QuantitySchema.safeParse({
      amount: '1',
      unit: 'barrel',
      reported: { amount: '1', unit: 'bbl' },
      factor: { from: 'bbl', to: 'barrel', multiplier: '1', source: 'x' },
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('reported.unit');
  });

  it('a converted quantity round-trips with its reported quantity and factor', () => {
    const json = {
      amount: '14.66',
      unit: 'barrel',
      reported: { amount: '2', unit: 'tonne' },
      factor: { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'test' },
    };
    const q = QuantitySchema.parse(json);
    expect(q.reported?.amount.toFixed()).toBe('2');
    expect(q.factor?.multiplier.toFixed()).toBe('7.33');
    expect(QuantitySchema.encode(q)).toEqual(json);
  });

  it('the decoded side of ConversionFactorSchema refuses what is not an object', () => {
    expect(() => ConversionFactorSchema.encode(null as never)).toThrow();
    expect(() => ConversionFactorSchema.encode('x' as never)).toThrow();
    expect(ConversionFactorSchema.encode(factor)).toEqual({
      from: 'tonne',
      to: 'barrel',
      multiplier: '7.33',
      source: 'test',
    });
  });
});

describe('extended registries', () => {
  it('keep a frozen copy of each definition, whose symbol formatQuantity prints', () => {
    const definition = { id: 'cubic-metre', name: 'cubic metre', symbol: 'm³', dimension: 'volume' as const };
    const mine = extendUnits(units, [definition]);
    definition.symbol = 'changed';
    expect(mine['cubic-metre']).toEqual({
      id: 'cubic-metre',
      name: 'cubic metre',
      symbol: 'm³',
      dimension: 'volume',
    });
    expect(Object.isFrozen(mine['cubic-metre'])).toBe(true);
    expect(formatQuantity(quantity('1234.5', 'cubic-metre', { units: mine }), { units: mine })).toBe(
      '1,234.5 m³',
    );
  });
});

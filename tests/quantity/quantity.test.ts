import { describe, expect, it } from 'vitest';
import { extendUnits, isQuantity, quantity, units } from '../../src/index.js';
import { codeOf } from '../helpers.js';

describe('quantity', () => {
  it('keeps decimal strings exact', () => {
    expect(quantity('106094.17', 'barrel').amount.toFixed()).toBe('106094.17');
    expect(quantity('-12.5', 'tonne').amount.toFixed()).toBe('-12.5');
    expect(quantity('0', 'usd').amount.isZero()).toBe(true);
  });

  it.each([
    ['20 integer digits, negative', `-${'9'.repeat(20)}`, `-${'9'.repeat(20)}`],
    ['20 decimals', `0.${'1'.repeat(20)}`, `0.${'1'.repeat(20)}`],
    [
      '20 + 20 digits, negative',
      `-${'9'.repeat(20)}.${'1'.repeat(20)}`,
      `-${'9'.repeat(20)}.${'1'.repeat(20)}`,
    ],
    ['a negative fraction of one', '-0.5', '-0.5'],
    ['a negative amount ending in zeros', '-10.00', '-10'],
  ])('accepts %s, at the digit limits', (_name, amount, exact) => {
    expect(quantity(amount, 'barrel').amount.toFixed()).toBe(exact);
  });

  it('takes finite numbers at their shortest decimal form', () => {
    expect(quantity(0.1, 'barrel').amount.toFixed()).toBe('0.1');
    expect(quantity(500000, 'barrel').amount.toFixed()).toBe('500000');
    expect(quantity(0, 'barrel').amount.toFixed()).toBe('0');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['-0', -0],
    ['exponent string', '1e5'],
    ['empty string', ''],
    ['hex string', '0x10'],
    ['leading space', ' 1'],
    ['trailing dot', '1.'],
    ['leading dot', '.5'],
    ['plus sign', '+1'],
    ['leading zeros', '007'],
    ['thousands separator', '500,000'],
    ['negative zero string', '-0.00'],
    ['too many digits', '1'.repeat(21)],
    ['too many decimals', `0.${'1'.repeat(21)}`],
    ['a huge number', 1e300],
  ])('rejects %s with INVALID_AMOUNT', (_name, amount) => {
    expect(codeOf(() => quantity(amount, 'barrel'))).toBe('INVALID_AMOUNT');
  });

  it('rejects values that are neither strings nor numbers', () => {
    expect(codeOf(() => quantity(null as never, 'barrel'))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => quantity(10n as never, 'barrel'))).toBe('INVALID_AMOUNT');
  });

  it('rejects unknown units, prototype keys included, and accepts extended registries', () => {
    expect(codeOf(() => quantity('1', 'barrels'))).toBe('UNKNOWN_UNIT');
    expect(codeOf(() => quantity('1', '__proto__'))).toBe('UNKNOWN_UNIT');
    expect(codeOf(() => quantity('1', 'toString'))).toBe('UNKNOWN_UNIT');
    const mine = extendUnits(units, [
      { id: 'cubic-metre', name: 'cubic metre', symbol: 'm³', dimension: 'volume' },
    ]);
    expect(quantity('2', 'cubic-metre', { units: mine }).unit).toBe('cubic-metre');
    expect(Object.keys(units)).toHaveLength(5);
  });

  it('refuses to register an invalid unit id', () => {
    expect(
      codeOf(() => extendUnits(units, [{ id: 'Bad Unit', name: 'x', symbol: 'x', dimension: 'count' }])),
    ).toBe('UNKNOWN_UNIT');
  });

  it('returns frozen values', () => {
    expect(Object.isFrozen(quantity('1', 'barrel'))).toBe(true);
    expect(Object.isFrozen(units)).toBe(true);
    expect(Object.isFrozen(units.barrel)).toBe(true);
  });

  it('recognises quantity-shaped values', () => {
    expect(isQuantity(quantity('1', 'tonne'))).toBe(true);
    expect(isQuantity({ amount: '1', unit: 'tonne' })).toBe(false);
    expect(isQuantity(null)).toBe(false);
  });
});

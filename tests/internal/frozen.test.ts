// Deep freezing and the record of deep-frozen objects that every cache keys on (src/internal/frozen.ts).
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { deepFreeze, isDeepFrozen } from '../../src/internal/frozen.js';
import { quantity } from '../../src/quantity/quantity.js';

/** Freezes objects and arrays deeply by hand (not with the library's helper), Decimals with their digits. */
function freezeByHand<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Decimal.isDecimal(value)) {
    Object.freeze((value as unknown as { d: unknown }).d);
    return Object.freeze(value);
  }
  for (const key of Reflect.ownKeys(value)) freezeByHand((value as Record<PropertyKey, unknown>)[key]);
  return Object.freeze(value);
}

describe('deepFreeze', () => {
  it('freezes every object, array and Decimal (digits included), without recursion', () => {
    let deep: { next?: unknown; amount: Decimal } = { amount: new Decimal('1.5') };
    for (let i = 0; i < 100_000; i += 1) deep = { next: deep, amount: deep.amount };
    const frozen = deepFreeze(deep);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(frozen.amount)).toBe(true);
    expect(Object.isFrozen((frozen.amount as unknown as { d: number[] }).d)).toBe(true);
    expect(isDeepFrozen(frozen)).toBe(true);
  });

  it('leaves primitives alone', () => {
    expect(deepFreeze('x')).toBe('x');
    expect(deepFreeze(null)).toBe(null);
  });
});

describe('isDeepFrozen', () => {
  it('trusts data frozen by the caller all the way down, Decimals included', () => {
    expect(isDeepFrozen(freezeByHand({ a: [1, { b: 'c' }], q: { amount: new Decimal(2) }, n: null }))).toBe(
      true,
    );
    expect(isDeepFrozen(freezeByHand(Object.create(null) as object))).toBe(true);
  });

  it.each([
    ['a primitive', () => 'x'],
    ['null', () => null],
    ['an unfrozen object', () => ({ a: 1 })],
    ['an object frozen at the top only', () => Object.freeze({ a: { b: 1 } })],
    ['an unfrozen array inside', () => Object.freeze({ list: [1] })],
    [
      'a getter',
      () =>
        Object.freeze(
          Object.defineProperty({}, 'a', {
            get: () => Math.random(),
            enumerable: true,
          }),
        ),
    ],
    ['a function', () => Object.freeze({ f: Object.freeze(() => 1) })],
    ['a Map', () => Object.freeze({ m: Object.freeze(new Map()) })],
    ['a class instance', () => Object.freeze({ d: Object.freeze(new Date(0)) })],
    ['an unfrozen Decimal', () => Object.freeze({ amount: new Decimal(1) })],
    ['a frozen Decimal whose digits are not', () => Object.freeze({ amount: Object.freeze(new Decimal(1)) })],
  ])('does not trust %s', (_name, make) => {
    expect(isDeepFrozen(make())).toBe(false);
  });

  it('walks a cycle once', () => {
    const a: { self?: unknown } = {};
    a.self = a;
    expect(isDeepFrozen(Object.freeze(a))).toBe(true);
  });

  it('trusts quantities made by the library', () => {
    expect(isDeepFrozen(quantity('7.33', 'barrel'))).toBe(true);
  });
});

describe('decimal.js on frozen Decimals', () => {
  // Every method of a Decimal, on frozen receivers and frozen arguments, gives what it gives unfrozen: decimal.js
  // never writes to a Decimal it did not just create, so freezing one changes nothing but the writes of others.
  const Dec = Decimal.clone({
    precision: 100,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpNeg: -9e15,
    toExpPos: 9e15,
  });
  const values = [
    '0',
    '1',
    '-1',
    '0.5',
    '-0.75',
    '500000',
    '7.33',
    '99999999999999999999.99999999999999999999',
  ];
  const small = ['0', '1', '-1', '0.5', '2'];
  const transcendental = /cos|sin|tan|exp|log|ln|pow|Exponent|Logarithm|sqrt|Root|cbrt|hypot/i;
  const methods = Object.getOwnPropertyNames(Dec.prototype).filter(
    (name) =>
      name !== 'constructor' &&
      typeof (Dec.prototype as unknown as Record<string, unknown>)[name] === 'function',
  );
  const show = (f: () => unknown) => {
    try {
      const r = f();
      return Decimal.isDecimal(r) ? `D${String(r)}` : String(r);
    } catch (e) {
      return `E:${(e as Error).message}`;
    }
  };

  it.each(methods)('%s', (name) => {
    const pool = transcendental.test(name) ? small : values;
    for (const a of pool) {
      for (const b of [...pool, undefined, 2]) {
        const call = (x: Decimal, y: unknown) =>
          show(() => (x as unknown as Record<string, (...args: unknown[]) => unknown>)[name]?.(y, 4));
        const arg = (frozen: boolean) =>
          typeof b === 'string' ? (frozen ? deepFreeze(new Dec(b)) : new Dec(b)) : b;
        expect(call(deepFreeze(new Dec(a)), arg(true))).toBe(call(new Dec(a), arg(false)));
      }
    }
  });
});

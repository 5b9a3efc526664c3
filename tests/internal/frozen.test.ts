// Deep freezing and the record of deep-frozen objects that every cache keys on (src/internal/frozen.ts).
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { deepFreeze, freezeOwn, isFrozenByLibrary } from '../../src/internal/frozen.js';
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
  it('freezes every object, array and Decimal (digits included), without recursion, and records each', () => {
    let deep: { next?: unknown; amount: Decimal } = { amount: new Decimal('1.5') };
    for (let i = 0; i < 100_000; i += 1) deep = { next: deep, amount: deep.amount };
    const frozen = deepFreeze(deep);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(frozen.amount)).toBe(true);
    expect(Object.isFrozen((frozen.amount as unknown as { d: number[] }).d)).toBe(true);
    expect(isFrozenByLibrary(frozen)).toBe(true);
    // Inner objects too: a caller may pass one on its own (a measure of a bundled regime, a sub-condition).
    expect(isFrozenByLibrary(frozen.next)).toBe(true);
    expect(isFrozenByLibrary(frozen.amount)).toBe(true);
  });

  it('walks plain objects (null prototype included) and Decimals, and nothing else it does not know', () => {
    const bare = Object.assign(Object.create(null) as object, { inner: { a: 1 } }) as { inner: object };
    deepFreeze(bare);
    expect(Object.isFrozen(bare.inner) && isFrozenByLibrary(bare.inner)).toBe(true);
    // A class instance is frozen but not walked: its fields (here an array named like a Decimal's digits) are left.
    class Holder {
      readonly d = [1];
      readonly inner = { a: 1 };
    }
    const holder = new Holder();
    deepFreeze({ holder });
    expect(Object.isFrozen(holder)).toBe(true);
    expect(Object.isFrozen(holder.d)).toBe(false);
    expect(Object.isFrozen(holder.inner)).toBe(false);
  });

  it('leaves primitives alone', () => {
    expect(deepFreeze('x')).toBe('x');
    expect(deepFreeze(null)).toBe(null);
  });
});

describe('isFrozenByLibrary', () => {
  it('does not trust data the caller froze by hand, however deep', () => {
    const byHand = freezeByHand({ a: [1, { b: 'c' }], q: { amount: new Decimal(2) }, n: null });
    expect(isFrozenByLibrary(byHand)).toBe(false);
    expect(isFrozenByLibrary(byHand.a)).toBe(false);
    expect(isFrozenByLibrary(freezeByHand(Object.create(null) as object))).toBe(false);
    // The same data frozen by the library is trusted.
    expect(
      isFrozenByLibrary(deepFreeze({ a: [1, { b: 'c' }], q: { amount: new Decimal(2) }, n: null })),
    ).toBe(true);
  });

  it.each([
    ['a primitive', () => 'x'],
    ['null', () => null],
    ['an unfrozen object', () => ({ a: 1 })],
    ['an object frozen at the top only', () => Object.freeze({ a: { b: 1 } })],
  ])('does not trust %s', (_name, make) => {
    expect(isFrozenByLibrary(make())).toBe(false);
  });

  it('walks a cycle once', () => {
    const a: { self?: unknown } = {};
    a.self = a;
    expect(isFrozenByLibrary(deepFreeze(a))).toBe(true);
  });

  it('does not record quantities made by quantity() (a leaf made by the million): a cache copies them', () => {
    const q = quantity('7.33', 'barrel');
    expect(Object.isFrozen(q) && Object.isFrozen(q.amount)).toBe(true);
    expect(Object.isFrozen((q.amount as unknown as { d: number[] }).d)).toBe(true);
    expect(isFrozenByLibrary(q)).toBe(false);
  });
});

describe('freezeOwn', () => {
  it('records a fresh node when every object it holds was frozen by the library', () => {
    const child = deepFreeze({ op: 'fact', fact: 'a' });
    const node = freezeOwn({ op: 'not', of: child, n: 1 });
    expect(Object.isFrozen(node)).toBe(true);
    expect(isFrozenByLibrary(node)).toBe(true);
    expect(isFrozenByLibrary(freezeOwn([child, 'x']))).toBe(true);
    expect(isFrozenByLibrary(freezeOwn({ op: 'x', value: null }))).toBe(true);
  });

  it.each([
    ['an unfrozen object', () => ({ op: 'fact', fact: 'a' })],
    ['an object the caller froze', () => Object.freeze({ op: 'fact', fact: 'a' })],
    ['a function', () => Object.freeze(() => 1)],
  ])('freezes but does not record a node holding %s, and leaves the child as it was', (_name, make) => {
    const child = make();
    const wasFrozen = Object.isFrozen(child);
    const node = freezeOwn({ op: 'not', of: child });
    expect(Object.isFrozen(node)).toBe(true);
    expect(isFrozenByLibrary(node)).toBe(false);
    expect(Object.isFrozen(child)).toBe(wasFrozen);
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

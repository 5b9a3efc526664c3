// The project's rule: a cache trusts only objects the library froze itself. A caller's object frozen by hand all
// the way down can never change either, but it is still read afresh on every call; the library's own objects
// (schema output, builders' conditions, bundled data) are cached by identity.
import { describe, expect, it } from 'vitest';
import { isTrusted } from '../../src/conditions/internal.js';
import * as data from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { isFrozenByLibrary } from '../../src/internal/frozen.js';
import { clonePlain } from './arbitraries.js';

const day = api.parseDate('2018-09-27');

/** Freezes a caller's plain data by hand, all the way down (never with the library's helper). */
function freezeByHand<T>(value: T, seen = new Set<object>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) freezeByHand((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

/**
 * A Proxy over a frozen object that counts the reads of its own properties. The proxy is frozen too (its traps must
 * agree with the frozen target), so the object can never change; only the count shows whether a call read it.
 */
function counted<T extends object>(target: T): { readonly value: T; readonly reads: () => number } {
  let reads = 0;
  const value = new Proxy(target, {
    get(t, key, receiver) {
      reads += 1;
      return Reflect.get(t, key, receiver);
    },
  });
  return { value, reads: () => reads };
}

/** The reads a call makes of a counted object. */
function readsOf(object: { readonly reads: () => number }, call: () => unknown): number {
  const before = object.reads();
  call();
  return object.reads() - before;
}

describe('caches trust only what the library froze itself', () => {
  it('evaluate compiles a condition the caller froze by hand on every call, and caches a built one', () => {
    const mine = counted(freezeByHand({ op: 'fact', fact: 'tested' }));
    expect(Object.isFrozen(mine.value)).toBe(true);
    const evidence = api.prepareEvidence({
      facts: [{ fact: 'tested', value: true, from: day, source: 's' }],
    });
    const run = () => api.evaluate(mine.value as api.Condition, evidence, { at: day, explain: false });
    const first = readsOf(mine, run);
    expect(first).toBeGreaterThan(0);
    expect(readsOf(mine, run)).toBe(first);
    expect(isTrusted(mine.value)).toBe(false);
    expect(isTrusted(api.fact('tested'))).toBe(true);
  });

  it('evaluateCompact compiles a condition the caller froze by hand on every call, and sees an edit to one unfrozen', () => {
    const mine = counted(freezeByHand({ op: 'fact', fact: 'tested' }));
    const evidence = api.prepareEvidence({
      facts: [
        { fact: 'tested', value: true, from: day, source: 's' },
        { fact: 'other', value: false, from: day, source: 's' },
      ],
    });
    const run = () => api.evaluateCompact(mine.value as api.Condition, evidence, { at: day }).explanation();
    const first = readsOf(mine, run);
    expect(first).toBeGreaterThan(0);
    expect(readsOf(mine, run)).toBe(first);
    const editable = { op: 'fact', fact: 'tested' };
    expect(api.evaluateCompact(editable as api.Condition, evidence, { at: day }).truth).toBe('met');
    editable.fact = 'other';
    expect(api.evaluateCompact(editable as api.Condition, evidence, { at: day }).truth).toBe('unmet');
  });

  it('a builder over a condition the caller froze by hand is not trusted; over built ones it is', () => {
    const byHand = freezeByHand({ op: 'fact', fact: 'a' }) as api.Condition;
    expect(isTrusted(api.all(byHand, api.fact('b')))).toBe(false);
    expect(isTrusted(api.not(byHand))).toBe(false);
    expect(isTrusted(api.all(api.fact('a'), api.not(api.fact('b'))))).toBe(true);
    const mine = counted(byHand);
    const built = api.all(mine.value, api.fact('b'));
    const run = () => api.evaluate(built, {}, { at: day });
    const first = readsOf(mine, run);
    expect(first).toBeGreaterThan(0);
    expect(readsOf(mine, run)).toBe(first);
  });

  it('compareFact keeps its own frozen copy of a quantity or a date, so the node is cached', () => {
    const limit = api.quantity('500000', 'barrel');
    const node = api.compareFact('delivered', 'le', limit);
    expect(isTrusted(node)).toBe(true);
    expect(node.value).not.toBe(limit);
    expect(node.value).toEqual(limit);
    expect(api.isQuantity(node.value) && node.value.amount.eq(limit.amount)).toBe(true);
    const date = { date: api.parseDate('2018-06-12') };
    const byDate = api.compareFact('summit', 'ge', date);
    expect(isTrusted(byDate)).toBe(true);
    expect(byDate.value).toEqual(date);
    expect(Object.isFrozen(date)).toBe(false);
    // The copy answers as the original does.
    const evidence = {
      facts: [{ fact: 'delivered', value: api.quantity('499999.9', 'barrel'), from: day, source: 's' }],
    };
    expect(api.evaluate(node, evidence, { at: day, explain: false }).truth).toBe('met');
  });

  it('a quantity with a reported quantity but no factor is kept as given, and its node is not cached', () => {
    const reported = api.quantity('10', 'tonne');
    const converted = Object.freeze({ ...api.quantity('73.3', 'barrel'), reported: { ...reported } });
    const node = api.compareFact('delivered', 'le', converted);
    expect(node.value).toEqual(converted);
    expect(isTrusted(node)).toBe(false);
  });

  it('a reported quantity that was itself converted is kept as given, and its node is not cached', () => {
    const factor = api.ConversionFactorSchema.parse({
      from: 'tonne',
      to: 'barrel',
      multiplier: '7.33',
      source: 's',
    });
    const inner = { ...api.quantity('10', 'tonne'), reported: api.quantity('10', 'tonne'), factor };
    const converted = { ...api.quantity('73.3', 'barrel'), reported: inner, factor };
    const node = api.compareFact('delivered', 'le', converted as api.Quantity);
    expect(node.value).toEqual(converted);
    expect(isTrusted(node)).toBe(false);
  });

  it("a quantity the caller converted is copied, reported quantity and factor too, leaving the caller's unfrozen", () => {
    const factor = {
      from: 'tonne',
      to: 'barrel',
      multiplier: api.quantity('7.33', 'barrel').amount,
      source: 's',
    };
    const reported = { ...api.quantity('10', 'tonne') };
    const converted = { ...api.quantity('73.3', 'barrel'), reported, factor };
    const node = api.compareFact('delivered', 'le', converted as api.Quantity);
    expect(isTrusted(node)).toBe(true);
    expect(node.value).toEqual(converted);
    const value = node.value as api.Quantity;
    expect(value.factor).not.toBe(factor);
    expect(value.reported).not.toBe(reported);
    expect([factor, reported, converted].map(Object.isFrozen)).toEqual([false, false, false]);
  });

  it.each([
    ['a factor with a number for its source', { source: 1 }],
    ['a factor with a string multiplier', { multiplier: '7.33' }],
    ['a factor with a unit that is no string', { from: ['tonne'] }],
    ['a factor with a target unit that is no string', { to: 5 }],
  ])(
    'a quantity whose factor is malformed (%s) is kept as given, and its node is not cached',
    (_name, change) => {
      const factor = {
        from: 'tonne',
        to: 'barrel',
        multiplier: api.quantity('7.33', 'barrel').amount,
        source: 's',
        ...change,
      };
      const converted = { ...api.quantity('73.3', 'barrel'), reported: api.quantity('10', 'tonne'), factor };
      let node: api.CompareCondition | undefined;
      try {
        node = api.compareFact('delivered', 'le', converted as unknown as api.Quantity);
      } catch (error) {
        expect(error).toBeInstanceOf(api.SanctionsRegimeError);
      }
      if (node !== undefined) expect(isTrusted(node)).toBe(false);
      expect(Object.isFrozen(factor)).toBe(false);
    },
  );

  it('a quantity whose reported quantity is null gets a clear error or an uncached node, never a TypeError', () => {
    const factor = api.ConversionFactorSchema.parse({
      from: 'tonne',
      to: 'barrel',
      multiplier: '7.33',
      source: 's',
    });
    const converted = { ...api.quantity('73.3', 'barrel'), reported: null, factor };
    let node: api.CompareCondition | undefined;
    try {
      node = api.compareFact('delivered', 'le', converted as unknown as api.Quantity);
    } catch (error) {
      expect(error).toBeInstanceOf(api.SanctionsRegimeError);
    }
    if (node !== undefined) expect(isTrusted(node)).toBe(false);
  });

  it('a quantity made by convert() is copied, and its node cached', () => {
    const factor = api.ConversionFactorSchema.parse({
      from: 'tonne',
      to: 'barrel',
      multiplier: '7.33',
      source: 's',
    });
    const converted = api.convert(api.quantity('10', 'tonne'), 'barrel', factor);
    const node = api.compareFact('delivered', 'le', converted);
    expect(isTrusted(node)).toBe(true);
    expect(node.value).toEqual(converted);
    expect((node.value as api.Quantity).factor).toBe(factor);
  });

  it("a copy of a parsed converted quantity keeps the library's reported quantity and factor, and is cached", () => {
    const parsed = api.QuantitySchema.parse({
      amount: '73.3',
      unit: 'barrel',
      reported: { amount: '10', unit: 'tonne' },
      factor: { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 's' },
    });
    const node = api.compareFact('delivered', 'le', { ...parsed });
    expect(isTrusted(node)).toBe(true);
    expect(node.value).toEqual(parsed);
    const value = node.value as api.Quantity;
    expect(value.reported).toBe(parsed.reported);
    expect(value.factor).toBe(parsed.factor);
    // Without them it is a plain quantity, with no `reported` or `factor` key.
    const plain = api.compareFact('delivered', 'le', {
      ...api.QuantitySchema.parse({ amount: '1', unit: 'barrel' }),
    });
    expect(Object.keys(plain.value as object)).toEqual(['amount', 'unit']);
  });

  it('every node of a parsed condition is trusted, not only its root', () => {
    const parsed = api.ConditionSchema.parse({
      op: 'all',
      of: [
        { op: 'fact', fact: 'a' },
        { op: 'not', of: { op: 'fact', fact: 'b' } },
      ],
    });
    expect(isTrusted(parsed)).toBe(true);
    if (parsed.op !== 'all') throw new Error('expected all');
    for (const child of parsed.of) expect(isTrusted(child)).toBe(true);
  });

  it('the resolutions functions read a regime the caller froze by hand on every call', () => {
    const mine = counted(freezeByHand(clonePlain(data.dprk1718)));
    const run = () => api.measuresInForce(mine.value, day);
    const first = readsOf(mine, run);
    expect(first).toBeGreaterThan(0);
    expect(readsOf(mine, run)).toBe(first);
    // The bundled regime, frozen by the library, and each of its measures, are trusted.
    expect(isFrozenByLibrary(data.dprk1718)).toBe(true);
    expect(isFrozenByLibrary(data.dprk1718.resolutions[0]?.measures[0])).toBe(true);
  });

  it('capReport copies a cap the caller froze by hand, on every call', () => {
    const cap = data.dprk1718.resolutions
      .flatMap((r) => r.measures)
      .find((m) => m.id === 'dprk.refined-petroleum.cap') as api.QuantityCap;
    const mine = counted(freezeByHand(clonePlain(cap)));
    const ledger = [...data.refinedPetroleumLedger];
    const run = () => api.capReport(mine.value, ledger, { asOf: day });
    const first = readsOf(mine, run);
    expect(first).toBeGreaterThan(0);
    expect(readsOf(mine, run)).toBe(first);
    expect(run()).toEqual(api.capReport(cap, ledger, { asOf: day }));
  });
});

describe('compareFact and a quantity whose getters change', () => {
  it('never freezes an object a unit getter gives after the checks', () => {
    const theirs = { mutable: true };
    let reads = 0;
    const tricky = {
      amount: api.quantity('5', 'barrel').amount,
      get unit() {
        reads += 1;
        return reads <= 2 ? 'barrel' : theirs; // compareFact checks the value twice before it copies it
      },
    };
    try {
      api.compareFact('q', 'le', tricky as unknown as api.Quantity);
    } catch (error) {
      expect(error).toBeInstanceOf(api.SanctionsRegimeError);
    }
    expect(Object.isFrozen(theirs)).toBe(false);
  });

  it('never copies a value other than the one it checked, and never freezes an object of the caller', () => {
    const theirs = { mutable: true };
    let reads = 0;
    const amount = api.quantity('5', 'barrel').amount;
    const tricky = {
      get amount() {
        reads += 1;
        return reads <= 2 ? amount : theirs; // compareFact checks the value twice before it copies it
      },
      unit: 'barrel',
    };
    let node: api.CompareCondition | undefined;
    try {
      node = api.compareFact('q', 'le', tricky as unknown as api.Quantity);
    } catch (error) {
      expect(error).toBeInstanceOf(api.SanctionsRegimeError);
    }
    expect(Object.isFrozen(theirs)).toBe(false);
    if (node !== undefined) expect(isTrusted(node)).toBe(false);
  });
});

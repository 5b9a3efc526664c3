import { describe, expect, expectTypeOf, it } from 'vitest';
import { dprk1718, iran2231 } from '../../src/data/index.js';
import { findMeasure, type Measure, measuresInForce, parseDate, type QuantityCap } from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('findMeasure', () => {
  it('finds a measure by id, typed by kind when a kind is given', () => {
    const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap');
    expectTypeOf(cap).toEqualTypeOf<QuantityCap | undefined>();
    expect(cap?.kind).toBe('quantity-cap');
    expect(cap?.limits.map((l) => `${l.amount} ${l.unit}`)).toEqual(['500000 barrel']);
    const any = findMeasure(dprk1718, 'dprk.refined-petroleum.cap');
    expectTypeOf(any).toEqualTypeOf<Measure | undefined>();
    expect(any).toBe(cap);
  });

  it('returns the very measure the regime holds, for every measure in force', () => {
    for (const regime of [dprk1718, iran2231]) {
      for (const { measure } of measuresInForce(regime, parseDate('2018-09-27'))) {
        expect(findMeasure(regime, measure.id)).toBe(measure);
        expect(findMeasure(regime, measure.id, measure.kind)).toBe(measure);
      }
    }
  });

  it('finds a measure that an amendment replaced, under its own id', () => {
    const replaced = dprk1718.resolutions
      .flatMap((r) => r.measures)
      .filter((m) => !measuresInForce(dprk1718, parseDate('2018-09-27')).some((e) => e.measure.id === m.id));
    expect(replaced.length).toBeGreaterThan(0);
    for (const m of replaced) expect(findMeasure(dprk1718, m.id)).toBe(m);
  });

  it('returns undefined for an unknown id, inherited names included', () => {
    for (const id of ['no.such.measure', '', 'toString', '__proto__', 'constructor'])
      expect(findMeasure(dprk1718, id)).toBeUndefined();
    expect(findMeasure(dprk1718, 'no.such.measure', 'quantity-cap')).toBeUndefined();
  });

  it('refuses a measure of another kind, naming both kinds', () => {
    const error = errorOf(() => findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'trade-ban'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'Measure dprk.refined-petroleum.cap of regime dprk-1718 is a quantity-cap, not a trade-ban.',
    );
    expect(error.details).toEqual({
      id: 'dprk.refined-petroleum.cap',
      kind: 'trade-ban',
      actual: 'quantity-cap',
    });
  });

  it('refuses an unknown kind and a non-string id in words', () => {
    const kind = errorOf(() => findMeasure(dprk1718, 'x', 'cap' as never));
    expect(kind.code).toBe('INVALID_INPUT');
    expect(kind.message).toMatch(
      /^findMeasure\(kind\): unknown measure kind "cap": use one of arms-embargo, .*, other\.$/,
    );
    expect(errorOf(() => findMeasure(dprk1718, 'x', 'toString' as never)).code).toBe('INVALID_INPUT');
    const id = errorOf(() => findMeasure(dprk1718, 7 as never));
    expect([id.code, id.message]).toEqual([
      'INVALID_INPUT',
      'findMeasure(id): expected a measure id string, got 7.',
    ]);
    expect(errorOf(() => findMeasure(dprk1718, 'x', 10n as never)).code).toBe('INVALID_INPUT');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorOf(() => findMeasure(dprk1718, 'x', cyclic as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => findMeasure({} as never, 'x')).code).toBe('INVALID_REGIME');
  });
});

// Defects found by review of issue 17's column store and states, each reproduced before its fix.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  accumulate,
  capReport,
  createCapAccumulator,
  deserializeAccumulator,
  finishCapReport,
  type LedgerEntryInput,
  LedgerEntrySchema,
  MeasureSchema,
  mergeAccumulators,
  type QuantityCap,
  SanctionsRegimeError,
  serializeAccumulator,
} from '../../src/index.js';
import { cap, dualCap } from './fixtures.js';

const json = (value: unknown) => JSON.stringify(value);
const roundTrip = (c: QuantityCap, entries: LedgerEntryInput[]) =>
  finishCapReport(
    deserializeAccumulator(
      JSON.parse(JSON.stringify(serializeAccumulator(accumulate(createCapAccumulator(c), entries)))),
      c,
    ),
  );
const tonnes = (id: string, amount: string, multiplier: string): LedgerEntryInput => ({
  id,
  cap: cap.id,
  delivered: '2018-01-05',
  quantity: { amount, unit: 'tonne' },
  conversion: { from: 'tonne', to: 'barrel', multiplier, source: 'c' },
  reporter: 'CHN',
  basis: 'reported',
  source: { document: 'x' },
});

describe('issue 17 review', () => {
  it('a state read back finds the crossing entry of a converted amount longer than 20 digits', () => {
    const entries = [tonnes('a', '1000000', '100000000000000')];
    expect(json(roundTrip(cap, entries))).toBe(json(capReport(cap, entries)));
    const fractions = [
      tonnes('a', '0.1234567891', '0.12345678901234567891'),
      { ...tonnes('b', '200', '1'), quantity: { amount: '200', unit: 'barrel' }, conversion: undefined },
    ] as LedgerEntryInput[];
    expect(json(roundTrip(cap, fractions))).toBe(json(capReport(cap, fractions)));
  });

  it('a state whose total has more integer digits than any one amount is read back', () => {
    const entries = [
      tonnes('a', '99999999999999999999', '99999999999999999999'),
      tonnes('b', '99999999999999999999', '99999999999999999999'),
    ];
    expect(json(roundTrip(cap, entries))).toBe(json(capReport(cap, entries)));
  });

  it('accumulators of two caps with one id and different limits are not merged', () => {
    const other = MeasureSchema.parse({
      ...JSON.parse(JSON.stringify(dualCap, (_k, v) => (Decimal.isDecimal(v) ? v.toFixed() : v))),
      limits: [{ amount: '40', unit: 'barrel' }],
    }) as QuantityCap;
    expect(() => mergeAccumulators(createCapAccumulator(dualCap), createCapAccumulator(other))).toThrow(
      SanctionsRegimeError,
    );
    expect(() => mergeAccumulators(createCapAccumulator(other), createCapAccumulator(dualCap))).toThrow(
      /same cap/,
    );
  });

  it('the fingerprint of a cap does not depend on the order of its period keys', () => {
    const reordered = {
      ...cap,
      period: { every: 'P12M', anchor: '2018-01-01', kind: 'recurring' },
    } as QuantityCap;
    const state = JSON.parse(JSON.stringify(serializeAccumulator(createCapAccumulator(cap))));
    expect(deserializeAccumulator(state, reordered).entries).toBe(0);
  });

  it.each([
    ['NaN', new Decimal(Number.NaN)],
    ['Infinity', new Decimal(Number.POSITIVE_INFINITY)],
    ['61 integer digits', new Decimal('1e60')],
    ['50 decimals', new Decimal('1e-50')],
  ])('a parsed entry whose amount is %s is refused with INVALID_INPUT', (_name, amount) => {
    const parsed = LedgerEntrySchema.parse(tonnes('a', '1', '7.33'));
    const broken = { ...parsed, quantity: { ...parsed.quantity, amount } };
    expect(() => capReport(cap, [broken as never])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('a parsed conversion factor that is not finite is refused with INVALID_INPUT', () => {
    const parsed = LedgerEntrySchema.parse(tonnes('a', '1', '7.33'));
    const factor = (parsed.conversion as readonly { multiplier: Decimal }[])[0];
    const broken = {
      ...parsed,
      conversion: [{ ...factor, multiplier: new Decimal(Number.POSITIVE_INFINITY) }],
    };
    expect(() => capReport(cap, [broken as never])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

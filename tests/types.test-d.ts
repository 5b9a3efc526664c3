// The intent of the key types, pinned: a change here is a change to the public contract.
import type { Decimal } from 'decimal.js';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CapReport,
  type Condition,
  ConditionSchema,
  capReport,
  evaluate,
  type InForce,
  type LedgerEntry,
  type MeasuresAfterRelief,
  measuresInForce,
  type PlainDate,
  parseDate,
  type Quantity,
  type QuantityCap,
  QuantitySchema,
  quantity,
  type Regime,
  type ReliefPlan,
  type Truth,
} from '../src/index.js';

describe('public types', () => {
  it('brands dates: a plain string is not a PlainDate', () => {
    expectTypeOf(parseDate('2018-09-27')).toEqualTypeOf<PlainDate>();
    expectTypeOf<string>().not.toExtend<PlainDate>();
    expectTypeOf<PlainDate>().toExtend<string>();
  });

  it('keeps quantities exact: the amount is a Decimal, never a number', () => {
    expectTypeOf(quantity('1', 'barrel').amount).toEqualTypeOf<Decimal>();
    expectTypeOf<Quantity['amount']>().not.toEqualTypeOf<number>();
    expectTypeOf(QuantitySchema.parse({ amount: '1', unit: 'barrel' })).toEqualTypeOf<Quantity>();
  });

  it('returns the regime alone without options, and the measures after relief with them', () => {
    const regime = {} as Regime;
    const on = parseDate('2018-09-27');
    expectTypeOf(measuresInForce(regime, on)).toEqualTypeOf<readonly InForce[]>();
    expectTypeOf(measuresInForce(regime, on, { relief: [] })).toEqualTypeOf<MeasuresAfterRelief>();
  });

  it('has three truth values and a condition type that matches the schema', () => {
    expectTypeOf<Truth>().toEqualTypeOf<'met' | 'unmet' | 'unknown'>();
    expectTypeOf(ConditionSchema.parse({ op: 'fact', fact: 'x' })).toEqualTypeOf<Condition>();
    expectTypeOf(evaluate).returns.toHaveProperty('truth').toEqualTypeOf<Truth>();
  });

  it('reports caps from parsed or JSON entries, with unknown utilisation as a value, not an exception', () => {
    expectTypeOf(capReport({} as QuantityCap, [] as LedgerEntry[])).toEqualTypeOf<CapReport>();
    expectTypeOf<CapReport['periods'][number]['utilisation']>().toEqualTypeOf<Decimal | 'unknown'>();
    expectTypeOf<LedgerEntry['quantity']>().toEqualTypeOf<Quantity | undefined>();
  });

  it('makes results readonly', () => {
    expectTypeOf<InForce['citations']>().toExtend<readonly unknown[]>();
    expectTypeOf<ReliefPlan['phases']>().toExtend<readonly unknown[]>();
  });
});

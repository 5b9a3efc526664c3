// Actions on one measure, one at a time: within one plan they apply in the plan's order (the last limits win); a
// suspension and a lift from two plans agree (both put the measure out of force); reimposing a measure in force is
// recorded against it; new limits for a lifted cap change nothing. (Written against the survivors of
// `npm run mutation:layers -- relief`.)
import { describe, expect, it } from 'vitest';
import { measuresInForce, parseDate, type ReliefPlan, ReliefPlanSchema } from '../../src/index.js';
import { evidenceWith, planInput, regime } from './fixtures.js';

const d = parseDate;
const [adoption, implementation] = planInput.phases;
const evidence = evidenceWith({});
const withActions = (id: string, actions: readonly unknown[]): ReliefPlan =>
  ReliefPlanSchema.parse({
    ...planInput,
    id,
    phases: [adoption, { ...implementation, actions }],
    snapback: undefined,
  });
const on = (plans: ReliefPlan[]) =>
  measuresInForce(regime, d('2017-01-01'), { relief: plans.map((plan) => ({ plan, evidence })) });
const limits = (amount: string) => [{ amount, unit: 'barrel' }];

describe('actions on one measure', () => {
  it('within one plan, in the plan order: the last limits set win', () => {
    for (const [first, second] of [
      ['500', '600'],
      ['600', '500'],
    ] as const) {
      const plan = withActions('a-plan', [
        { type: 'set-cap-limits', measure: 'x.oil.cap', limits: limits(first) },
        { type: 'set-cap-limits', measure: 'x.oil.cap', limits: limits(second) },
      ]);
      const cap = on([plan]).inForce.find((m) => m.measure.id === 'x.oil.cap');
      expect(
        cap?.measure.kind === 'quantity-cap' && cap.measure.limits.map((l) => l.amount.toFixed()),
      ).toEqual([second]);
      expect(cap?.relief).toHaveLength(2);
    }
  });

  it('a suspension and a lift by two plans on one day agree', () => {
    const result = on([
      withActions('a-plan', [{ type: 'suspend', measure: 'x.freeze' }]),
      withActions('b-plan', [{ type: 'lift', measure: 'x.freeze' }]),
    ]);
    expect(result.uncertain).toEqual([]);
    expect(result.relieved.map((r) => [r.measure.id, r.by.plan, r.by.action])).toEqual([
      ['x.freeze', 'a-plan', 'suspend'],
    ]);
  });

  it('reimposing a measure in force keeps it, with the reimposition recorded', () => {
    const result = on([withActions('a-plan', [{ type: 'reimpose', measure: 'x.freeze' }])]);
    const freeze = result.inForce.find((m) => m.measure.id === 'x.freeze');
    expect(freeze?.relief.map((e) => [e.plan, e.action, e.since])).toEqual([
      ['a-plan', 'reimpose', '2016-01-16'],
    ]);
  });

  it('new limits for a cap already lifted change nothing', () => {
    const result = on([
      withActions('a-plan', [
        { type: 'lift', measure: 'x.oil.cap' },
        { type: 'set-cap-limits', measure: 'x.oil.cap', limits: limits('700') },
      ]),
    ]);
    expect(result.inForce.map((m) => m.measure.id)).not.toContain('x.oil.cap');
    expect(result.relieved.map((r) => [r.measure.id, r.by.action])).toEqual([['x.oil.cap', 'lift']]);
  });
});

// Several plans acting on one measure: agreeing effects are listed oldest first, then by plan, phase and action id;
// disagreeing ones on one day make the measure uncertain, every attribution listed in that order. Neither depends on
// the order of the relief list. (Written against the survivors of `npm run mutation:layers -- relief`.)
import { describe, expect, it } from 'vitest';
import { measuresInForce, parseDate, type ReliefPlan, ReliefPlanSchema } from '../../src/index.js';
import { evidenceWith, planInput, regime } from './fixtures.js';

const d = parseDate;
const implementation = planInput.phases[1];

function variant(id: string, limits: string, verifiedOn?: string): ReliefPlan {
  return ReliefPlanSchema.parse({
    ...planInput,
    id,
    phases: [
      planInput.phases[0],
      {
        ...implementation,
        requires: verifiedOn === undefined ? implementation.requires : { op: 'onOrAfter', date: verifiedOn },
        actions: [
          { type: 'set-cap-limits', measure: 'x.oil.cap', limits: [{ amount: limits, unit: 'barrel' }] },
        ],
      },
    ],
    snapback: undefined,
  });
}

const evidence = evidenceWith({});
const both = (plans: ReliefPlan[]) =>
  [plans, [...plans].reverse()].map((list) => list.map((plan) => ({ plan, evidence })));

describe('several plans on one measure', () => {
  it('agreeing limits on one day: both effects, by plan id, whatever the list order', () => {
    for (const relief of both([variant('b-plan', '500'), variant('a-plan', '500.0')])) {
      const result = measuresInForce(regime, d('2017-01-01'), { relief });
      const cap = result.inForce.find((m) => m.measure.id === 'x.oil.cap');
      expect(cap?.relief.map((e) => [e.plan, e.since])).toEqual([
        ['a-plan', '2016-01-16'],
        ['b-plan', '2016-01-16'],
      ]);
      expect(result.uncertain).toEqual([]);
    }
  });

  it('agreeing limits on different days: oldest first, whatever the plan ids', () => {
    for (const relief of both([
      variant('a-plan', '500', '2016-06-01'),
      variant('b-plan', '500', '2016-03-01'),
    ])) {
      const cap = measuresInForce(regime, d('2017-01-01'), { relief }).inForce.find(
        (m) => m.measure.id === 'x.oil.cap',
      );
      expect(cap?.relief.map((e) => [e.plan, e.since])).toEqual([
        ['b-plan', '2016-03-01'],
        ['a-plan', '2016-06-01'],
      ]);
    }
  });

  it('different limits on one day: the cap is uncertain, attributed to both plans by id', () => {
    for (const relief of both([variant('b-plan', '600'), variant('a-plan', '500')])) {
      const result = measuresInForce(regime, d('2017-01-01'), { relief });
      expect(result.inForce.map((m) => m.measure.id)).not.toContain('x.oil.cap');
      const cap = result.uncertain.find((u) => u.measure.id === 'x.oil.cap');
      expect(cap?.by.map((b) => [b.plan, b.phase, b.action])).toEqual([
        ['a-plan', 'implementation', 'set-cap-limits'],
        ['b-plan', 'implementation', 'set-cap-limits'],
      ]);
    }
  });

  it('limits in another order are other limits', () => {
    const two = (id: string, first: string, second: string) =>
      ReliefPlanSchema.parse({
        ...planInput,
        id,
        phases: [
          planInput.phases[0],
          {
            ...implementation,
            actions: [
              {
                type: 'set-cap-limits',
                measure: 'x.oil.cap',
                limits: [
                  { amount: first, unit: 'barrel' },
                  { amount: second, unit: 'barrel' },
                ],
              },
            ],
          },
        ],
        snapback: undefined,
      });
    const same = measuresInForce(regime, d('2017-01-01'), {
      relief: [two('a-plan', '500', '600'), two('b-plan', '500', '600')].map((plan) => ({ plan, evidence })),
    });
    expect(same.uncertain).toEqual([]);
    const differ = measuresInForce(regime, d('2017-01-01'), {
      relief: [two('a-plan', '500', '600'), two('b-plan', '500', '700')].map((plan) => ({ plan, evidence })),
    });
    expect(differ.uncertain.map((u) => u.measure.id)).toEqual(['x.oil.cap']);
  });
});

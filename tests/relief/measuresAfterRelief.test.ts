// measuresInForce with relief: each action (lift, suspend, reimpose, set-cap-limits), several plans in date order,
// results in the regime's order, and options that are not what they should be.
import { describe, expect, it } from 'vitest';
import { measuresInForce, parseDate, ReliefPlanSchema } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { evidenceWith, planInput, regime } from './fixtures.js';

const d = parseDate;
const evidence = evidenceWith({});
const [adoption, implementation] = planInput.phases;

// Adoption (2015-10-18) lifts the freeze and suspends the arms ban; implementation (2016-01-16) reimposes the freeze,
// reimposes the arms ban only once more, and sets limits on the freeze, which is not a cap (no effect).
const plan = ReliefPlanSchema.parse({
  ...planInput,
  snapback: undefined,
  phases: [
    {
      ...adoption,
      actions: [
        { type: 'lift', measure: 'x.freeze' },
        { type: 'suspend', measure: 'x.arms-export' },
      ],
    },
    {
      ...implementation,
      actions: [
        { type: 'reimpose', measure: 'x.freeze' },
        { type: 'reimpose', measure: 'x.oil.cap' },
        { type: 'set-cap-limits', measure: 'x.freeze', limits: [{ amount: '1', unit: 'barrel' }] },
      ],
    },
  ],
});

const ids = (list: readonly { measure: { id: string } }[]) => list.map((m) => m.measure.id);

describe('relief actions', () => {
  it('lift and suspend take measures out of force, each with its effect', () => {
    const result = measuresInForce(regime, d('2015-12-01'), { relief: [{ plan, evidence }] });
    expect(ids(result.inForce)).toEqual(['x.oil.cap']);
    expect(result.relieved.map((r) => [r.measure.id, r.by.action, r.by.phase, r.by.since])).toEqual([
      ['x.freeze', 'lift', 'adoption', '2015-10-18'],
      ['x.arms-export', 'suspend', 'adoption', '2015-10-18'],
    ]);
  });

  it('reimpose brings a relieved measure back from the day of its phase, and marks a live one', () => {
    const result = measuresInForce(regime, d('2016-06-01'), { relief: [{ plan, evidence }] });
    expect(ids(result.inForce)).toEqual(['x.freeze', 'x.oil.cap']);
    const freeze = result.inForce[0];
    expect(freeze?.since).toBe('2016-01-16');
    expect(freeze?.citations.length).toBeGreaterThan(0);
    expect(freeze?.relief.map((e) => [e.action, e.phase, e.since])).toEqual([
      ['reimpose', 'implementation', '2016-01-16'],
    ]);
    // The freeze is no cap: set-cap-limits leaves it as it is.
    expect(freeze?.measure).not.toHaveProperty('limits');
    const cap = result.inForce[1];
    expect(cap?.relief.map((e) => e.action)).toEqual(['reimpose']);
    expect(result.relieved.map((r) => r.measure.id)).toEqual(['x.arms-export']);
  });

  it('applies several plans in the order of their dates, whatever their order in the list', () => {
    const lifting = ReliefPlanSchema.parse({
      ...planInput,
      id: 'lifting',
      snapback: undefined,
      phases: [{ ...implementation, after: undefined, actions: [{ type: 'lift', measure: 'x.oil.cap' }] }],
    });
    const reimposing = ReliefPlanSchema.parse({
      ...planInput,
      id: 'reimposing',
      snapback: undefined,
      phases: [{ ...adoption, actions: [{ type: 'reimpose', measure: 'x.oil.cap' }] }],
    });
    // reimposing acts on 2015-10-18, lifting on 2016-01-16: the cap ends relieved, whichever plan is listed first.
    for (const relief of [
      [
        { plan: lifting, evidence },
        { plan: reimposing, evidence },
      ],
      [
        { plan: reimposing, evidence },
        { plan: lifting, evidence },
      ],
    ]) {
      const result = measuresInForce(regime, d('2016-06-01'), { relief });
      expect(ids(result.relieved)).toEqual(['x.oil.cap']);
      expect(result.relieved[0]?.by.plan).toBe('lifting');
    }
  });
});

describe('order', () => {
  it('lists relieved and in-force measures in the order of the regime, not of the plan', () => {
    const reversed = ReliefPlanSchema.parse({
      ...planInput,
      snapback: undefined,
      phases: [
        { ...adoption, actions: [{ type: 'lift', measure: 'x.oil.cap' }] },
        { ...implementation, actions: [{ type: 'lift', measure: 'x.freeze' }] },
      ],
    });
    const result = measuresInForce(regime, d('2016-06-01'), { relief: [{ plan: reversed, evidence }] });
    expect(ids(result.relieved)).toEqual(['x.freeze', 'x.oil.cap']);
    expect(ids(result.inForce)).toEqual(['x.arms-export']);
  });

  it('lists uncertain measures in the order of the regime', () => {
    const unsure = ReliefPlanSchema.parse({
      ...planInput,
      snapback: undefined,
      phases: [
        {
          ...adoption,
          requires: { op: 'fact', fact: 'nobody-knows' },
          actions: [
            { type: 'lift', measure: 'x.oil.cap' },
            { type: 'lift', measure: 'x.freeze' },
          ],
        },
      ],
    });
    const result = measuresInForce(regime, d('2016-06-01'), { relief: [{ plan: unsure, evidence }] });
    expect(result.uncertain.map((u) => u.measure.id)).toEqual(['x.freeze', 'x.oil.cap']);
  });
});

describe('relief options that are not what they should be', () => {
  it.each([
    ['null options', null],
    ['no relief list', {}],
    ['a relief list with null in it', { relief: [null] }],
    ['a relief list with a string in it', { relief: ['plan'] }],
    ['a relief list with a plan, then null', { relief: [{ plan, evidence }, null] }],
  ] as const)('refuses %s with INVALID_INPUT', (_name, options) => {
    const e = errorOf(() => measuresInForce(regime, d('2016-06-01'), options as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('"relief" must be an array of { plan, evidence }.');
  });
});

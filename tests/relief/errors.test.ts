// The errors of the relief layer, in words: broken dependencies between phases, plans of another regime or naming
// unknown measures, dates that are not dates, plans that are not plans.
import { describe, expect, it } from 'vitest';
import {
  EvidenceSchema,
  evaluatePlan,
  measuresInForce,
  parseDate,
  planTimeline,
  type ReliefPlan,
  ReliefPlanSchema,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { plan, planInput, regime } from './fixtures.js';

const AT = parseDate('2018-01-01');
const withPhases = (phases: readonly unknown[]) => ({ ...plan, phases }) as unknown as ReliefPlan;
const [adoption, implementation, transition] = plan.phases;

describe('broken dependencies between phases give INVALID_PLAN, in words', () => {
  it('a phase after one the plan does not have', () => {
    const e = errorOf(() => evaluatePlan(withPhases([{ ...adoption, after: ['ghost'] }]), {}, { at: AT }));
    expect(e.code).toBe('INVALID_PLAN');
    expect(e.message).toBe(
      'Phase adoption depends on ghost, which the plan does not have. Run validatePlan(plan, regime) to list every issue.',
    );
    expect(e.details).toEqual({ phase: 'adoption', dependsOn: 'ghost' });
  });

  it('a deadline after a phase the plan does not have', () => {
    const e = errorOf(() =>
      evaluatePlan(
        withPhases([adoption, { ...transition, after: [], latest: { phase: 'phantom', plus: 'P1Y' } }]),
        {},
        { at: AT },
      ),
    );
    expect(e.details).toEqual({ phase: 'transition', dependsOn: 'phantom' });
  });

  it('a phase after itself', () => {
    const e = errorOf(() => evaluatePlan(withPhases([{ ...adoption, after: ['adoption'] }]), {}, { at: AT }));
    expect(e.message).toBe(
      'Phases depend on each other in a cycle: adoption → adoption. Run validatePlan(plan, regime) to list every issue.',
    );
    expect(e.details).toEqual({ cycle: ['adoption', 'adoption'] });
  });

  it('three phases after each other, in a cycle', () => {
    const e = errorOf(() =>
      evaluatePlan(
        withPhases([
          { ...adoption, after: ['transition'] },
          { ...implementation, after: ['adoption'] },
          { ...transition, after: ['implementation'], latest: undefined },
        ]),
        {},
        { at: AT },
      ),
    );
    expect(e.message).toMatch(
      /^Phases depend on each other in a cycle: adoption → transition → implementation → adoption\./,
    );
    expect(e.details).toEqual({ cycle: ['adoption', 'transition', 'implementation', 'adoption'] });
  });
});

describe('relief in measuresInForce', () => {
  it('refuses a plan of another regime, naming both', () => {
    const other = ReliefPlanSchema.parse({ ...planInput, regime: 'other' });
    const e = errorOf(() => measuresInForce(regime, AT, { relief: [{ plan: other, evidence: {} }] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('Plan x-plan relieves other, not x-regime.');
    expect(e.details).toEqual({ plan: 'x-plan' });
  });

  it('refuses a plan that names a measure the regime does not have, once its phase starts', () => {
    const naming = ReliefPlanSchema.parse({
      ...planInput,
      phases: [{ ...planInput.phases[0], actions: [{ type: 'lift', measure: 'x.nothing' }] }],
    });
    const evidence = EvidenceSchema.parse({
      events: [{ kind: 'endorsement', date: '2015-07-20', source: 'S/RES/2231' }],
    });
    const e = errorOf(() => measuresInForce(regime, AT, { relief: [{ plan: naming, evidence }] }));
    expect(e.code).toBe('INVALID_PLAN');
    expect(e.message).toBe(
      'Plan x-plan names x.nothing, which x-regime does not have. Run validatePlan(plan, regime).',
    );
    expect(e.details).toEqual({ plan: 'x-plan', measure: 'x.nothing' });
  });
});

describe('dates and plans that are not what they should be', () => {
  it.each([
    ['evaluatePlan "at"', () => evaluatePlan(plan, {}, { at: '2018-02-30' as never }), '"at"'],
    ['planTimeline "from"', () => planTimeline(plan, {}, { from: 'then' as never, to: AT }), '"from"'],
    ['planTimeline "to"', () => planTimeline(plan, {}, { from: AT, to: 5 as never }), '"to"'],
  ] as const)('%s names the option', (_name, call, shown) => {
    const e = errorOf(call);
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe(`${shown} must be a calendar date as YYYY-MM-DD.`);
  });

  it.each([
    ['not an object', null, 'no id'],
    ['without a regime', { ...plan, regime: undefined }, 'no regime'],
    ['without a list of phases', { ...plan, phases: {} }, 'no list of phases'],
    [
      'with a phase without a condition',
      withPhases([{ ...adoption, requires: null }]),
      'a phase without id or condition',
    ],
    ['with a phase without a title', withPhases([{ ...adoption, title: 1 }]), "phase adoption's title"],
    [
      'with an action without a measure',
      withPhases([{ ...adoption, actions: [{ type: 'lift' }] }]),
      "phase adoption's actions",
    ],
    ['with a phase after a number', withPhases([{ ...adoption, after: [1] }]), 'phase adoption\'s "after"'],
    [
      'with a deadline without a phase',
      withPhases([{ ...adoption, latest: { plus: 'P1Y' } }]),
      'phase adoption\'s "latest"',
    ],
    [
      'with a snapback without a delay',
      { ...plan, snapback: { ...plan.snapback, delay: 30 } },
      'the snapback',
    ],
    ['with definitions that are a list', { ...plan, definitions: [] }, 'the definitions'],
  ] as const)('a plan %s says what is malformed', (_name, broken, what) => {
    const e = errorOf(() => evaluatePlan(broken as unknown as ReliefPlan, {}, { at: AT }));
    expect(e.code).toBe('INVALID_PLAN');
    expect(e.message).toBe(
      `The plan is malformed (${what}): parse it with ReliefPlanSchema to see each problem with its path. Run validatePlan(plan, regime) to list every issue.`,
    );
  });
});

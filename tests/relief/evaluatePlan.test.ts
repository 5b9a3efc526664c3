import { describe, expect, it } from 'vitest';
import {
  evaluatePlan,
  measuresInForce,
  parseDate,
  planTimeline,
  type ReliefPlan,
  ReliefPlanSchema,
  validatePlan,
} from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';
import { evidenceWith, plan, planInput, regime } from './fixtures.js';

const d = parseDate;
const statusOf = (result: ReturnType<typeof evaluatePlan>) =>
  Object.fromEntries(result.phases.map((p) => [p.id, `${p.status} ${p.since ?? ''}`.trim()]));

describe('evaluatePlan', () => {
  const evidence = evidenceWith({});

  it('computes phase dates from the evidence: endorsement + 90 days, then the verification', () => {
    expect(statusOf(evaluatePlan(plan, evidence, { at: d('2016-06-01') }))).toEqual({
      adoption: 'active 2015-10-18',
      implementation: 'active 2016-01-16',
      transition: 'pending 2015-10-18',
    });
  });

  it('reports a phase pending before its condition, and the day its start is already fixed', () => {
    const before = evaluatePlan(plan, evidence, { at: d('2015-08-01') });
    expect(before.phases[0]).toMatchObject({
      id: 'adoption',
      status: 'pending',
      conditionMet: '2015-07-20',
      startsOn: '2015-10-18',
    });
  });

  it('anchors Transition Day on Adoption Day + 8 years, not on Implementation Day', () => {
    const result = evaluatePlan(plan, evidence, { at: d('2023-12-31') });
    const transition = result.phases.find((p) => p.id === 'transition');
    expect(transition).toMatchObject({ status: 'active', started: '2023-10-18', startedBy: 'deadline' });
    expect(transition?.started).not.toBe('2024-01-16');
  });

  it('starts Transition Day earlier when its condition is met first', () => {
    const early = evidenceWith({
      facts: [{ fact: 'broader-conclusion', value: true, from: '2020-03-01', source: 'IAEA' }],
    });
    const transition = evaluatePlan(plan, early, { at: d('2021-01-01') }).phases.find(
      (p) => p.id === 'transition',
    );
    expect(transition).toMatchObject({ status: 'active', started: '2020-03-01', startedBy: 'condition' });
  });

  it('makes a phase unknown, naming the missing evidence, when its condition cannot be evaluated', () => {
    const noVerification = {
      ...evidence,
      facts: (evidence.facts ?? []).filter((f) => f.fact !== 'verified'),
    };
    const result = evaluatePlan(plan, noVerification, { at: d('2016-06-01') });
    const implementation = result.phases.find((p) => p.id === 'implementation');
    expect(implementation?.status).toBe('unknown');
    expect(implementation?.explanation.missing).toEqual([
      expect.objectContaining({ evidence: 'fact', fact: 'verified' }),
    ]);
  });

  it('keeps snapback available until triggered', () => {
    expect(evaluatePlan(plan, evidence, { at: d('2020-01-01') }).snapback).toMatchObject({
      status: 'available',
    });
  });

  it('triggers snapback, computing the reimposition day, and restores the measures after the delay', () => {
    const notified = evidenceWith({
      events: [{ kind: 'notification', date: '2025-08-28', source: 'E3 letter' }],
    });
    expect(evaluatePlan(plan, notified, { at: d('2025-09-01') }).snapback).toMatchObject({
      status: 'triggered',
      triggeredOn: '2025-08-28',
      reimposesOn: '2025-09-27',
    });
    const after = evaluatePlan(plan, notified, { at: d('2025-09-27') });
    expect(after.snapback).toMatchObject({ status: 'in-effect', since: '2025-09-27' });
    expect(statusOf(after)).toMatchObject({
      implementation: 'snapped-back 2025-09-27',
      transition: 'snapped-back 2025-09-27',
    });
  });

  it('is blocked when a continuation resolution is adopted within the delay', () => {
    const continued = evidenceWith({
      events: [
        { kind: 'notification', date: '2025-08-28', source: 'E3 letter' },
        { kind: 'continuation', date: '2025-09-20', source: 'S/RES/xxxx' },
      ],
    });
    const result = evaluatePlan(plan, continued, { at: d('2025-10-01') });
    expect(result.snapback).toMatchObject({
      status: 'blocked',
      since: '2025-09-20',
      blockedOn: '2025-09-20',
    });
    expect(statusOf(result)).toMatchObject({ implementation: 'active 2016-01-16' });
  });

  it('is not blocked by a continuation adopted too late', () => {
    const late = evidenceWith({
      events: [
        { kind: 'notification', date: '2025-08-28', source: 'E3 letter' },
        { kind: 'continuation', date: '2025-09-27', source: 'too late' },
      ],
    });
    expect(evaluatePlan(plan, late, { at: d('2025-10-01') }).snapback?.status).toBe('in-effect');
  });

  it('says unknown when nobody knows whether a continuation was adopted in time', () => {
    const uncovered = evidenceWith({
      events: [{ kind: 'notification', date: '2025-08-28', source: 'E3 letter' }],
      coverage: [{ kind: 'notification', start: '2015-07-20', end: '2025-12-31' }],
    });
    expect(evaluatePlan(plan, uncovered, { at: d('2025-10-01') }).snapback?.status).toBe('unknown');
  });

  it('refuses plans whose phases depend on unknown phases or on each other', () => {
    const unknown = ReliefPlanSchema.parse({
      ...planInput,
      phases: [{ ...planInput.phases[0], after: ['nope'] }],
    });
    expect(codeOf(() => evaluatePlan(unknown, evidence, { at: d('2016-01-01') }))).toBe('INVALID_PLAN');
    const cyclic = ReliefPlanSchema.parse({
      ...planInput,
      phases: [
        { ...planInput.phases[1], after: ['transition'] },
        { ...planInput.phases[2], after: ['implementation'] },
      ],
    });
    expect(codeOf(() => evaluatePlan(cyclic, evidence, { at: d('2016-01-01') }))).toBe('INVALID_PLAN');
    expect(codeOf(() => evaluatePlan(plan, evidence, { at: '2016-02-30' as never }))).toBe('INVALID_DATE');
  });
});

describe('planTimeline', () => {
  it('lists the dated transitions of phases and snapback', () => {
    const notified = evidenceWith({
      events: [{ kind: 'notification', date: '2025-08-28', source: 'E3 letter' }],
    });
    const timeline = planTimeline(plan, notified, { from: d('2015-01-01'), to: d('2025-12-31') });
    expect(timeline.map((t) => `${t.date} ${t.phase} ${t.status}`)).toEqual([
      '2015-10-18 adoption active',
      '2016-01-16 implementation active',
      '2023-10-18 transition active',
      '2025-08-28 snapback triggered',
      '2025-09-27 implementation snapped-back',
      '2025-09-27 transition snapped-back',
      '2025-09-27 snapback in-effect',
    ]);
    expect(
      planTimeline(plan, notified, { from: d('2016-01-01'), to: d('2016-12-31') }).map((t) => t.phase),
    ).toEqual(['implementation']);
    expect(codeOf(() => planTimeline(plan, notified, { from: d('2016-01-01'), to: d('2015-12-31') }))).toBe(
      'INVALID_RANGE',
    );
  });
});

describe('measuresInForce with relief', () => {
  const evidence = evidenceWith({});
  const relief = [{ plan, evidence }];
  const ids = (list: readonly { measure: { id: string } }[]) => list.map((m) => m.measure.id);

  it('is the regime alone without options', () => {
    expect(measuresInForce(regime, d('2016-06-01')).map((m) => m.measure.id)).toEqual([
      'x.freeze',
      'x.arms-export',
      'x.oil.cap',
    ]);
  });

  it('takes out lifted measures and replaces cap limits, attributing each change to plan, phase and date', () => {
    const result = measuresInForce(regime, d('2016-06-01'), { relief });
    expect(ids(result.inForce)).toEqual(['x.arms-export', 'x.oil.cap']);
    expect(result.relieved).toEqual([
      expect.objectContaining({
        measure: expect.objectContaining({ id: 'x.freeze' }),
        by: { plan: 'x-plan', phase: 'implementation', action: 'lift', since: '2016-01-16' },
      }),
    ]);
    const cap = result.inForce.find((m) => m.measure.id === 'x.oil.cap');
    expect(cap?.measure.kind === 'quantity-cap' && cap.measure.limits[0]?.amount.toFixed()).toBe('500');
    expect(cap?.relief).toEqual([
      { plan: 'x-plan', phase: 'implementation', action: 'set-cap-limits', since: '2016-01-16' },
    ]);
  });

  it('restores measures after snapback, saying so', () => {
    const notified = evidenceWith({
      events: [{ kind: 'notification', date: '2025-08-28', source: 'E3 letter' }],
    });
    const result = measuresInForce(regime, d('2025-10-01'), { relief: [{ plan, evidence: notified }] });
    expect(ids(result.inForce)).toEqual(['x.freeze', 'x.arms-export', 'x.oil.cap']);
    expect(result.relieved).toEqual([]);
    expect(result.inForce[0]?.relief).toEqual([
      { plan: 'x-plan', phase: 'snapback', action: 'snapback', since: '2025-09-27' },
    ]);
    const cap = result.inForce.find((m) => m.measure.id === 'x.oil.cap');
    expect(cap?.measure.kind === 'quantity-cap' && cap.measure.limits[0]?.amount.toFixed()).toBe('100');
  });

  it('reports measures touched by a phase of unknown status as uncertain, neither kept nor dropped', () => {
    const noVerification = {
      ...evidence,
      facts: (evidence.facts ?? []).filter((f) => f.fact !== 'verified'),
    };
    const result = measuresInForce(regime, d('2016-06-01'), { relief: [{ plan, evidence: noVerification }] });
    expect(ids(result.uncertain)).toEqual(['x.freeze', 'x.oil.cap']);
    expect(ids(result.inForce)).toEqual(['x.arms-export']);
    expect(result.uncertain[0]).toMatchObject({
      inForceWithoutRelief: true,
      by: [{ plan: 'x-plan', phase: 'implementation', action: 'lift' }],
    });
  });

  it('refuses a plan for another regime', () => {
    const other = { ...plan, regime: 'other' };
    expect(
      codeOf(() => measuresInForce(regime, d('2016-06-01'), { relief: [{ plan: other, evidence }] })),
    ).toBe('INVALID_INPUT');
  });
});

describe('validatePlan', () => {
  it('finds nothing wrong with a sound plan', () => {
    expect(validatePlan(plan, regime)).toEqual([]);
  });

  it('says what each issue is in words', () => {
    const broken = ReliefPlanSchema.parse({
      ...planInput,
      regime: 'other',
      phases: [
        {
          ...planInput.phases[0],
          actions: [
            { type: 'lift', measure: 'x.nothing' },
            { type: 'set-cap-limits', measure: 'x.freeze', limits: [{ amount: '1', unit: 'barrel' }] },
          ],
        },
        {
          ...planInput.phases[1],
          after: ['ghost'],
          latest: { phase: 'phantom', plus: 'P1Y' },
          requires: { op: 'ref', name: 'undefined-name' },
          ends: { op: 'not', of: { op: 'ref', name: 'gone' } },
        },
      ],
      snapback: {
        ...planInput.snapback,
        trigger: { op: 'any', of: [{ op: 'ref', name: 'trigger-name' }] },
        blockedBy: { op: 'ref', name: 'block-name' },
        restores: ['x.freeze', 'x.lost'],
        expires: { phase: 'never' },
      },
      definitions: { used: { op: 'ref', name: 'nowhere' } },
    });
    expect(validatePlan(broken, regime).map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['REGIME_MISMATCH', 'regime', 'The plan relieves other, not x-regime.'],
      ['UNKNOWN_MEASURE', 'phases.0.actions.0.measure', 'x.nothing is not a measure of x-regime.'],
      ['NOT_A_CAP', 'phases.0.actions.1.measure', 'x.freeze is of kind asset-freeze, not a quantity cap.'],
      [
        'UNKNOWN_PHASE',
        'phases.1.after.0',
        'Phase implementation comes after ghost, which the plan does not have.',
      ],
      [
        'UNKNOWN_PHASE',
        'phases.1.latest.phase',
        'Phase implementation has a deadline after phantom, which the plan does not have.',
      ],
      [
        'UNDEFINED_REFERENCE',
        'phases.1.requires',
        'ref "undefined-name" has no definition in plan.definitions.',
      ],
      ['UNDEFINED_REFERENCE', 'phases.1.ends', 'ref "gone" has no definition in plan.definitions.'],
      [
        'UNDEFINED_REFERENCE',
        'snapback.trigger',
        'ref "trigger-name" has no definition in plan.definitions.',
      ],
      [
        'UNDEFINED_REFERENCE',
        'snapback.blockedBy',
        'ref "block-name" has no definition in plan.definitions.',
      ],
      ['UNKNOWN_MEASURE', 'snapback.restores.1', 'x.lost is not a measure of x-regime.'],
      [
        'UNKNOWN_PHASE',
        'snapback.expires.phase',
        'Snapback expires with never, which the plan does not have.',
      ],
      ['UNDEFINED_REFERENCE', 'definitions.used', 'ref "nowhere" has no definition in plan.definitions.'],
    ]);
  });

  it('names the cycle of phases in words', () => {
    const cyclic = ReliefPlanSchema.parse({
      ...planInput,
      phases: [
        { ...planInput.phases[1], after: ['transition'] },
        { ...planInput.phases[2], after: ['implementation'], latest: undefined },
      ],
    });
    const issues = validatePlan(cyclic, regime);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['PHASE_CYCLE', 'phases']]);
    expect(issues[0]?.message).toMatch(
      /^Phases? .*(implementation|transition).* Run validatePlan\(plan, regime\)/,
    );
  });

  it('refuses a regime that is not regime-shaped with INVALID_REGIME', () => {
    const nullMeasure = {
      id: 'r',
      resolutions: [{ number: 1, adopted: '2010-01-01', measures: [null], changes: [] }],
    };
    for (const [bad, problem] of [
      [null, 'not an object with resolutions'],
      [{}, 'not an object with resolutions'],
      [{ resolutions: [] }, 'its id is not a string'],
      [{ id: 'r', resolutions: [null] }, 'a resolution has no number or adoption date'],
      [nullMeasure, 'a measure is not an object with an id'],
    ] as const) {
      const e = errorOf(() => validatePlan(plan, bad as never));
      expect(e.code).toBe('INVALID_REGIME');
      expect(e.message).toBe(
        `Expected a regime parsed with RegimeSchema: ${problem}. Run validateRegime(regime) to list every issue.`,
      );
    }
  });
});

describe('snapback.terminates', () => {
  const evidence = evidenceWith({});
  const ids = (list: readonly { measure: { id: string } }[]) => list.map((m) => m.measure.id);
  const withTerminates = ReliefPlanSchema.parse({
    ...planInput,
    phases: planInput.phases.filter((p) => p.id !== 'transition'),
    snapback: { ...planInput.snapback, terminates: ['x.arms-export'] },
  });
  const notified = evidenceWith({
    events: [{ kind: 'notification', date: '2025-08-28', source: 'E3 letter' }],
  });
  const at = (on: string, evidence = notified) =>
    measuresInForce(regime, d(on), { relief: [{ plan: withTerminates, evidence }] });

  it('takes the measures out of force the day snapback takes effect, as lifted by phase snapback', () => {
    expect(ids(at('2025-09-26').inForce)).toEqual(['x.arms-export', 'x.oil.cap']);
    const after = at('2025-09-27');
    expect(ids(after.inForce)).toEqual(['x.freeze', 'x.oil.cap']);
    expect(after.relieved.map((r) => [r.measure.id, r.by])).toEqual([
      ['x.arms-export', { plan: 'x-plan', phase: 'snapback', action: 'lift', since: '2025-09-27' }],
    ]);
  });

  it('does nothing while snapback is not in effect, or when a continuation blocks it', () => {
    expect(ids(at('2024-01-01', evidence).inForce)).toEqual(['x.arms-export', 'x.oil.cap']);
    const blocked = evidenceWith({
      events: [
        { kind: 'notification', date: '2025-08-28', source: 'E3 letter' },
        { kind: 'continuation', date: '2025-09-10', source: 'resolution' },
      ],
    });
    expect(ids(at('2025-10-01', blocked).inForce)).toEqual(['x.arms-export', 'x.oil.cap']);
  });

  it('is checked by validatePlan and by the shape check', () => {
    const unknown = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, terminates: ['x.ghost'] },
    });
    expect(validatePlan(unknown, regime).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['UNKNOWN_MEASURE', 'snapback.terminates.0'],
    ]);
    const malformed = { ...plan, snapback: { ...plan.snapback, terminates: [1] } } as unknown as ReliefPlan;
    expect(
      codeOf(() => measuresInForce(regime, d('2025-10-01'), { relief: [{ plan: malformed, evidence }] })),
    ).toBe('INVALID_PLAN');
  });
});

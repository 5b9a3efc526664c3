// How a plan's history unfolds: plans written with definitions, snapback that expires with a phase, snapback without
// a blocking condition and with a list of measures to restore, phases that end, each on the days around the change.
import { describe, expect, it } from 'vitest';
import { evaluatePlan, measuresInForce, parseDate, ReliefPlanSchema } from '../../src/index.js';
import { evidenceWith, plan, planInput, regime } from './fixtures.js';

const d = parseDate;
const notified = { kind: 'notification', date: '2025-08-28', source: 'E3' } as const;
const withNotice = evidenceWith({ events: [notified] });
const summary = (r: ReturnType<typeof evaluatePlan>) => ({
  phases: r.phases.map((p) => [p.id, p.status, p.since ?? null, p.startedBy ?? null]),
  snapback: r.snapback && [
    r.snapback.status,
    r.snapback.since ?? null,
    r.snapback.triggeredOn ?? null,
    r.snapback.reimposesOn ?? null,
    r.snapback.expiresOn ?? null,
  ],
});

describe('plan histories', () => {
  it('a plan written with definitions evaluates as the same plan written out', () => {
    const withDefinitions = ReliefPlanSchema.parse({
      ...planInput,
      definitions: {
        verified: { op: 'fact', fact: 'verified' },
        notified: { op: 'occurred', event: 'notification', within: { last: 'P10Y' } },
        continued: { op: 'occurred', event: 'continuation', within: { last: 'P30D' } },
      },
      phases: [
        planInput.phases[0],
        { ...planInput.phases[1], requires: { op: 'ref', name: 'verified' } },
        planInput.phases[2],
      ],
      snapback: {
        ...planInput.snapback,
        trigger: { op: 'ref', name: 'notified' },
        blockedBy: { op: 'ref', name: 'continued' },
      },
    });
    for (const at of ['2015-10-17', '2016-01-16', '2025-08-28', '2025-09-26', '2025-09-27', '2025-10-01']) {
      expect(summary(evaluatePlan(withDefinitions, withNotice, { at: d(at) }))).toEqual(
        summary(evaluatePlan(plan, withNotice, { at: d(at) })),
      );
    }
  });

  it('snapback expires the day the phase it names starts, and a later notice does nothing', () => {
    const expiring = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, expires: { phase: 'transition' } },
    });
    expect(summary(evaluatePlan(expiring, withNotice, { at: d('2025-10-01') }))).toEqual({
      phases: [
        ['adoption', 'active', '2015-10-18', 'condition'],
        ['implementation', 'active', '2016-01-16', 'condition'],
        ['transition', 'active', '2023-10-18', 'deadline'],
      ],
      snapback: ['expired', '2023-10-18', null, null, '2023-10-18'],
    });
    expect(summary(evaluatePlan(expiring, evidenceWith({}), { at: d('2023-10-17') })).snapback).toEqual([
      'available',
      '2015-07-20',
      null,
      null,
      null,
    ]);
  });

  it('snapback without a blocking condition restores its list on the day the delay ends, and not before', () => {
    const listed = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, blockedBy: undefined, restores: ['x.freeze'] },
    });
    expect(summary(evaluatePlan(listed, withNotice, { at: d('2025-09-26') }))).toEqual({
      phases: [
        ['adoption', 'active', '2015-10-18', 'condition'],
        ['implementation', 'active', '2016-01-16', 'condition'],
        ['transition', 'active', '2023-10-18', 'deadline'],
      ],
      snapback: ['triggered', '2025-08-28', '2025-08-28', '2025-09-27', null],
    });
    expect(summary(evaluatePlan(listed, withNotice, { at: d('2025-09-27') }))).toEqual({
      phases: [
        ['adoption', 'active', '2015-10-18', 'condition'],
        ['implementation', 'snapped-back', '2025-09-27', 'condition'],
        ['transition', 'active', '2023-10-18', 'deadline'],
      ],
      snapback: ['in-effect', '2025-09-27', '2025-08-28', '2025-09-27', null],
    });
    // Only the listed freeze comes back; the arms ban stays lifted and the cap keeps its new limits.
    const after = measuresInForce(regime, d('2025-10-01'), {
      relief: [{ plan: listed, evidence: withNotice }],
    });
    expect(after.inForce.map((m) => [m.measure.id, m.relief.map((e) => e.action)])).toEqual([
      ['x.freeze', ['snapback']],
      ['x.oil.cap', ['set-cap-limits']],
    ]);
    expect(after.relieved.map((m) => m.measure.id)).toEqual(['x.arms-export']);
  });

  it('snapback of every measure does not restore what a phase reimposed itself', () => {
    const reimposing = ReliefPlanSchema.parse({
      ...planInput,
      phases: [
        { ...planInput.phases[0], actions: [{ type: 'lift', measure: 'x.freeze' }] },
        { ...planInput.phases[1], actions: [{ type: 'reimpose', measure: 'x.arms-export' }] },
      ],
    });
    const after = measuresInForce(regime, d('2025-10-01'), {
      relief: [{ plan: reimposing, evidence: withNotice }],
    });
    expect(after.inForce.map((m) => [m.measure.id, m.relief.map((e) => e.action)])).toEqual([
      ['x.freeze', ['snapback']],
      // Its own reimposition stands; snapback has nothing to restore on it.
      ['x.arms-export', ['reimpose']],
      ['x.oil.cap', []],
    ]);
  });

  it('a phase ends on the day its end condition is first met', () => {
    const ending = ReliefPlanSchema.parse({
      ...planInput,
      phases: [planInput.phases[0], { ...planInput.phases[1], ends: { op: 'fact', fact: 'revoked' } }],
    });
    const revoked = evidenceWith({
      facts: [
        { fact: 'revoked', value: false, from: '2015-07-20', source: 's' },
        { fact: 'revoked', value: true, from: '2019-05-08', source: 's' },
      ],
    });
    expect(summary(evaluatePlan(ending, revoked, { at: d('2019-05-07') })).phases[1]).toEqual([
      'implementation',
      'active',
      '2016-01-16',
      'condition',
    ]);
    expect(summary(evaluatePlan(ending, revoked, { at: d('2019-05-08') })).phases[1]).toEqual([
      'implementation',
      'ended',
      '2019-05-08',
      'condition',
    ]);
  });
});

describe('what evaluatePlan leaves out', () => {
  it('a phase that has not started has no start fields at all, and a plan without snapback has no snapback', () => {
    const result = evaluatePlan(plan, evidenceWith({}), { at: d('2015-08-01') });
    // Adoption's condition is met and its start fixed; implementation waits for adoption: no dates of its own.
    expect(Object.keys(result.phases[0] as object).sort()).toEqual([
      'actions',
      'conditionMet',
      'explanation',
      'id',
      'since',
      'startsOn',
      'status',
      'title',
    ]);
    expect(Object.keys(result.phases[1] as object).sort()).toEqual([
      'actions',
      'explanation',
      'id',
      'since',
      'status',
      'title',
    ]);
    const withoutSnapback = ReliefPlanSchema.parse({ ...planInput, snapback: undefined });
    expect('snapback' in evaluatePlan(withoutSnapback, evidenceWith({}), { at: d('2015-08-01') })).toBe(
      false,
    );
  });
});

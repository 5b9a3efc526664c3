// The 2231 story and the 2018 positions, computed from the bundled evidence.
import { describe, expect, it } from 'vitest';
import {
  dprk1718,
  dprkDraftResolution2019,
  dprkEvidence,
  dprkPositions,
  iran2231,
  jcpoaEvidence,
  jcpoaEvidenceInput,
  jcpoaPlan,
} from '../../src/data/index.js';
import {
  EvidenceSchema,
  evaluatePlan,
  measuresInForce,
  parseDate,
  planTimeline,
  validatePlan,
  validateRegime,
} from '../../src/index.js';

const d = parseDate;
const phase = (at: string, id: string, evidence = jcpoaEvidence) =>
  evaluatePlan(jcpoaPlan, evidence, { at: d(at) }).phases.find((p) => p.id === id);
const relief = [{ plan: jcpoaPlan, evidence: jcpoaEvidence }];

describe('iran2231 and the JCPOA plan', () => {
  it('validate: the regime has no issues and the plan names only its measures', () => {
    expect(validateRegime(iran2231)).toEqual([]);
    expect(validatePlan(jcpoaPlan, iran2231)).toEqual([]);
  });

  it('computes Adoption Day from the endorsement: 20 July 2015 + 90 days = 18 October 2015', () => {
    expect(phase('2015-10-17', 'adoption')).toMatchObject({
      status: 'pending',
      conditionMet: '2015-07-20',
      startsOn: '2015-10-18',
    });
    expect(phase('2015-10-18', 'adoption')).toMatchObject({ status: 'active', since: '2015-10-18' });
  });

  it('computes Implementation Day from the IAEA report: 16 January 2016', () => {
    expect(phase('2016-01-15', 'implementation')?.status).toBe('pending');
    expect(phase('2016-01-16', 'implementation')).toMatchObject({
      status: 'active',
      since: '2016-01-16',
      startedBy: 'condition',
    });
  });

  it('anchors Transition Day on Adoption Day + 8 years (18 October 2023), not on Implementation Day (16 January 2024)', () => {
    expect(phase('2023-10-17', 'transition')?.status).toBe('pending');
    expect(phase('2023-10-18', 'transition')).toMatchObject({
      status: 'active',
      started: '2023-10-18',
      startedBy: 'deadline',
    });
  });

  it('ends the arms and travel restrictions five years after Adoption Day: 18 October 2020', () => {
    expect(phase('2020-10-18', 'five-years')).toMatchObject({ status: 'active', started: '2020-10-18' });
  });

  it('would have brought Transition Day forward on an IAEA broader conclusion', () => {
    const evidence = EvidenceSchema.parse({
      ...jcpoaEvidenceInput,
      events: [
        ...(jcpoaEvidenceInput.events ?? []),
        { kind: 'iaea-broader-conclusion-report', date: '2019-03-01', source: 'hypothetical' },
      ],
    });
    expect(phase('2019-06-01', 'transition', evidence)).toMatchObject({
      status: 'active',
      started: '2019-03-01',
      startedBy: 'condition',
    });
  });

  it('triggers snapback on the E3 notification of 28 August 2025, and not on the contested US letter of 2020', () => {
    expect(evaluatePlan(jcpoaPlan, jcpoaEvidence, { at: d('2020-12-31') }).snapback?.status).toBe(
      'available',
    );
    expect(evaluatePlan(jcpoaPlan, jcpoaEvidence, { at: d('2025-09-01') }).snapback).toMatchObject({
      status: 'triggered',
      triggeredOn: '2025-08-28',
      reimposesOn: '2025-09-28',
    });
  });

  it('snaps back on 28 September 2025 (GMT): the continuation drafts failed, and no continuation was adopted within 30 days', () => {
    const after = evaluatePlan(jcpoaPlan, jcpoaEvidence, { at: d('2025-09-28') });
    expect(after.snapback).toMatchObject({ status: 'in-effect', since: '2025-09-28' });
    expect(after.phases.find((p) => p.id === 'implementation')?.status).toBe('snapped-back');
    expect(after.phases.find((p) => p.id === 'termination')?.status).toBe('pending');
  });

  it('would have been blocked by a continuation resolution adopted in time', () => {
    const evidence = EvidenceSchema.parse({
      ...jcpoaEvidenceInput,
      events: [
        ...(jcpoaEvidenceInput.events ?? []),
        { kind: 'continuation-resolution-adopted', date: '2025-09-19', source: 'hypothetical' },
      ],
    });
    expect(evaluatePlan(jcpoaPlan, evidence, { at: d('2025-10-01') }).snapback).toMatchObject({
      status: 'blocked',
      since: '2025-09-19',
    });
  });

  it('makes a phase unknown, naming the missing coverage, when the evidence is silent', () => {
    const evidence = EvidenceSchema.parse({
      ...jcpoaEvidenceInput,
      events: (jcpoaEvidenceInput.events ?? []).filter((e) => e.kind !== 'iaea-implementation-verified'),
      coverage: (jcpoaEvidenceInput.coverage ?? []).filter((c) => c.kind !== 'iaea-implementation-verified'),
    });
    const implementation = phase('2016-06-01', 'implementation', evidence);
    expect(implementation?.status).toBe('unknown');
    expect(implementation?.explanation.missing).toEqual([
      expect.objectContaining({ evidence: 'coverage', kind: 'iaea-implementation-verified' }),
    ]);
  });

  it("lists the plan's timeline from 2015 to the 2025 snapback", () => {
    expect(
      planTimeline(jcpoaPlan, jcpoaEvidence, { from: d('2015-01-01'), to: d('2025-12-31') }).map(
        (t) => `${t.date} ${t.phase} ${t.status}`,
      ),
    ).toEqual([
      '2015-10-18 adoption active',
      '2016-01-16 implementation active',
      '2020-10-18 five-years active',
      '2023-10-18 transition active',
      '2025-08-28 snapback triggered',
      '2025-09-28 implementation snapped-back',
      '2025-09-28 snapback in-effect',
    ]);
  });

  it('relieves the earlier resolutions on Implementation Day and restores them with snapback', () => {
    const before = measuresInForce(iran2231, d('2016-01-15'), { relief });
    expect(before.relieved).toEqual([]);
    const after = measuresInForce(iran2231, d('2016-01-16'), { relief });
    expect(after.relieved.map((r) => r.measure.id)).toContain('iran.1737.asset-freeze');
    expect(after.relieved.find((r) => r.measure.id === 'iran.1737.asset-freeze')?.by).toEqual({
      plan: 'jcpoa',
      phase: 'implementation',
      action: 'lift',
      since: '2016-01-16',
    });
    const snapped = measuresInForce(iran2231, d('2025-09-28'), { relief });
    const freeze = snapped.inForce.find((m) => m.measure.id === 'iran.1737.asset-freeze');
    expect(freeze?.relief).toEqual([
      { plan: 'jcpoa', phase: 'snapback', action: 'snapback', since: '2025-09-28' },
    ]);
    expect(snapped.relieved.map((r) => r.measure.id)).not.toContain('iran.1737.asset-freeze');
  });
});

describe('the four positions of 27 September 2018', () => {
  const on = d('2018-09-27');

  it('validate against dprk1718', () => {
    for (const plan of Object.values(dprkPositions))
      expect(validatePlan(plan, dprk1718), plan.id).toEqual([]);
  });

  it('United States: nothing eased, final fully verified denuclearization not reached', () => {
    const result = evaluatePlan(dprkPositions.usa, dprkEvidence, { at: on });
    expect(result.phases.map((p) => p.status)).toEqual(['pending']);
    expect(
      measuresInForce(dprk1718, on, { relief: [{ plan: dprkPositions.usa, evidence: dprkEvidence }] })
        .relieved,
    ).toEqual([]);
  });

  it("China and Russia: the moratorium declared on 21 April 2018 and kept would have eased the 2017 bans on the DPRK's exports and its workers abroad (a reading)", () => {
    const steps = evaluatePlan(dprkPositions.chinaRussia, dprkEvidence, { at: on }).phases[0];
    expect(steps).toMatchObject({ status: 'active', since: '2018-09-27' });
    const result = measuresInForce(dprk1718, on, {
      relief: [{ plan: dprkPositions.chinaRussia, evidence: dprkEvidence }],
    });
    const eased = result.relieved.map((r) => r.measure.id);
    expect(eased).toEqual(
      expect.arrayContaining(['dprk.seafood.export', 'dprk.textiles.export', 'dprk.coal.export']),
    );
    expect(eased).not.toContain('dprk.statues.export');
    const origin = (id: string) =>
      dprk1718.resolutions.find((r) => r.measures.some((m) => m.id === id))?.number;
    for (const id of eased) expect([2371, 2375, 2397], id).toContain(origin(id));
    expect(
      result.relieved.every(
        (r) =>
          (r.measure.kind === 'trade-ban' && r.measure.direction === 'from-target') ||
          r.measure.id.startsWith('dprk.workers.'),
      ),
    ).toBe(true);
    expect(eased).not.toContain('dprk.refined-petroleum.cap');
  });

  it('China and Russia: before the moratorium, unknown, naming the observation that would settle it', () => {
    const steps = evaluatePlan(dprkPositions.chinaRussia, dprkEvidence, { at: d('2018-03-01') }).phases[0];
    expect(steps?.status).toBe('unknown');
    expect(steps?.explanation.missing).toEqual([
      expect.objectContaining({ evidence: 'fact', fact: 'dprk.test-moratorium-declared' }),
    ]);
  });

  it('United States and Japan: nothing eased before verification, and their conditions known to be unmet since 2017', () => {
    for (const plan of [dprkPositions.usa, dprkPositions.japan]) {
      expect(evaluatePlan(plan, dprkEvidence, { at: d('2018-06-12') }).phases[0]?.status).toBe('pending');
    }
  });

  it('Japan: nothing eased before complete, verified disarmament', () => {
    expect(evaluatePlan(dprkPositions.japan, dprkEvidence, { at: on }).phases[0]?.status).toBe('pending');
  });

  it('South Korea: the first step (declared moratorium and test-site demolition) would have eased statues, seafood and textiles', () => {
    const result = measuresInForce(dprk1718, on, {
      relief: [{ plan: dprkPositions.southKorea, evidence: dprkEvidence }],
    });
    expect(result.relieved.map((r) => `${r.measure.id} ${r.by.phase} ${r.by.since}`)).toEqual([
      'dprk.statues.export declared-steps 2018-09-27',
      'dprk.seafood.export declared-steps 2018-09-27',
      'dprk.textiles.export declared-steps 2018-09-27',
    ]);
  });

  it('cites every evidence item', () => {
    for (const e of [...(dprkEvidence.facts ?? []), ...(dprkEvidence.events ?? [])])
      expect(e.source.length).toBeGreaterThan(20);
    for (const e of [...(jcpoaEvidence.events ?? [])]) expect(e.source.length).toBeGreaterThan(20);
  });
});

describe('the start of every bundled plan', () => {
  it('is the earliest date among its own sources: the day it was adopted or first stated', () => {
    const plans = [jcpoaPlan, dprkDraftResolution2019, ...Object.values(dprkPositions)];
    expect(plans.map((p) => [p.id, p.start])).toEqual([
      ['jcpoa', '2015-07-20'],
      ['dprk-2019-draft-chn-rus', '2019-12-16'],
      ['dprk-2018-usa', '2018-09-27'],
      ['dprk-2018-chn-rus', '2018-09-27'],
      ['dprk-2018-jpn', '2018-09-17'],
      ['dprk-2018-kor', '2018-09-27'],
    ]);
    for (const plan of plans) {
      const dates = plan.sources.flatMap((s) => (s.date === undefined ? [] : [s.date])).sort();
      expect(dates[0], plan.id).toBe(plan.start);
    }
  });
});

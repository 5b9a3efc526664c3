// The rules by which a phase's start is found, each on a case that tells it apart from its neighbours: the latest of
// several prerequisites, the earlier of a condition and a deadline, the day an unknown began, and a cycle named from
// where it closes. (Written against the survivors of `npm run mutation:layers -- relief`.)
import { describe, expect, it } from 'vitest';
import { evaluatePlan, parseDate, type ReliefPlan, ReliefPlanSchema } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { baseEvidence, evidenceWith, plan, planInput } from './fixtures.js';

const d = parseDate;
const [adoption, implementation, transition] = planInput.phases;
const statusOf = (p: ReliefPlan, evidence: ReturnType<typeof evidenceWith>, at: string) =>
  Object.fromEntries(
    evaluatePlan(p, evidence, { at: d(at) }).phases.map((ph) => [ph.id, [ph.status, ph.since, ph.startedBy]]),
  );

describe('when a phase starts', () => {
  it('after the latest of its prerequisites, whatever order they are listed in', () => {
    for (const after of [
      ['adoption', 'implementation'],
      ['implementation', 'adoption'],
    ]) {
      const p = ReliefPlanSchema.parse({
        ...planInput,
        phases: [
          adoption,
          implementation,
          { ...transition, after, requires: { op: 'onOrAfter', date: '2015-08-01' }, latest: undefined },
        ],
      });
      // adoption starts 2015-10-18, implementation 2016-01-16: the transition's condition was met long before both.
      expect(statusOf(p, evidenceWith({}), '2017-01-01').transition).toEqual([
        'active',
        '2016-01-16',
        'condition',
      ]);
    }
  });

  it('on the earlier of its condition and its deadline, and says which', () => {
    const early = [{ fact: 'broader-conclusion', value: true, from: '2020-03-04', source: 'IAEA' }];
    expect(statusOf(plan, evidenceWith({ facts: early }), '2024-01-01').transition).toEqual([
      'active',
      '2020-03-04',
      'condition',
    ]);
    const late = [{ fact: 'broader-conclusion', value: true, from: '2024-03-04', source: 'IAEA' }];
    expect(statusOf(plan, evidenceWith({ facts: late }), '2025-01-01').transition).toEqual([
      'active',
      '2023-10-18',
      'deadline',
    ]);
  });

  it('an unknown phase is unknown since the day the evidence stopped telling, not since it could start', () => {
    // "verified" is known false until the end of 2016, then no observation says anything.
    const facts = [
      { fact: 'verified', value: false, from: '2015-07-20', until: '2016-12-31', source: 'IAEA' },
      { fact: 'broader-conclusion', value: false, from: '2015-07-20', source: 'IAEA' },
    ];
    const result = evaluatePlan(plan, { ...baseEvidence, facts }, { at: d('2017-06-01') });
    expect(result.phases.find((ph) => ph.id === 'implementation')).toMatchObject({
      status: 'unknown',
      since: '2017-01-01',
    });
  });
});

describe('cycles', () => {
  it('are named from the phase where they close, without the phases that lead into them', () => {
    const e = errorOf(() =>
      evaluatePlan(
        {
          ...plan,
          phases: [
            { ...adoption, after: ['implementation'] },
            { ...implementation, after: ['transition'] },
            { ...transition, after: ['implementation'], latest: undefined },
          ],
        } as unknown as ReliefPlan,
        {},
        { at: d('2018-01-01') },
      ),
    );
    expect(e.details).toEqual({ cycle: ['implementation', 'transition', 'implementation'] });
  });
});

describe('snapback, at its edges', () => {
  const notified = { kind: 'notification', date: '2025-08-28', source: 'E3' } as const;
  const snapbackOf = (p: ReliefPlan, evidence: ReturnType<typeof evidenceWith>, at: string) =>
    evaluatePlan(p, evidence, { at: d(at) }).snapback;

  it('expires on its expiry date itself, and is available the day before', () => {
    const expiring = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, expires: { date: '2025-10-18' } },
    });
    expect(snapbackOf(expiring, evidenceWith({}), '2025-10-17')?.status).toBe('available');
    expect(snapbackOf(expiring, evidenceWith({}), '2025-10-18')).toMatchObject({
      status: 'expired',
      since: '2025-10-18',
      expiresOn: '2025-10-18',
    });
  });

  it('is in effect when the blocking events are known for every day of the delay, up to the day before it ends', () => {
    // Triggered 2025-08-28, delay P30D: the measures come back on 2025-09-27, so 2025-09-26 is the delay's last day.
    const coverage = (end: string) => [
      { kind: 'notification', start: '2015-07-20', end: '2025-12-31' },
      { kind: 'continuation', start: '2015-07-20', end },
    ];
    const known = evidenceWith({ events: [notified], coverage: coverage('2025-09-26') });
    expect(snapbackOf(plan, known, '2025-10-01')).toMatchObject({
      status: 'in-effect',
      reimposesOn: '2025-09-27',
    });
    const partly = evidenceWith({ events: [notified], coverage: coverage('2025-09-10') });
    expect(snapbackOf(plan, partly, '2025-10-01')).toMatchObject({ status: 'unknown', since: '2025-09-27' });
  });

  it('leaves a phase that ended before it as ended', () => {
    const ending = ReliefPlanSchema.parse({
      ...planInput,
      phases: [adoption, { ...implementation, ends: { op: 'fact', fact: 'revoked' } }, transition],
    });
    const facts = [
      { fact: 'revoked', value: false, from: '2015-07-20', source: 's' },
      { fact: 'revoked', value: true, from: '2019-05-08', source: 's' },
    ];
    const phases = statusOf(ending, evidenceWith({ events: [notified], facts }), '2025-10-01');
    expect(phases.implementation).toEqual(['ended', '2019-05-08', 'condition']);
    expect(phases.transition?.[0]).toBe('snapped-back');
  });
});

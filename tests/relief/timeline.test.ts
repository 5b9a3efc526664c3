// planTimeline, transition by transition, in words: each status a phase or snapback can reach, with its date.
import { describe, expect, it } from 'vitest';
import { EvidenceSchema, parseDate, planTimeline, ReliefPlanSchema } from '../../src/index.js';
import { baseEvidence, evidenceWith, plan, planInput } from './fixtures.js';

const d = parseDate;
const RANGE = { from: d('2015-01-01'), to: d('2026-12-31') };
const rows = (timeline: ReturnType<typeof planTimeline>) =>
  timeline.map((t) => [t.date, t.phase, t.status, t.note]);
const notified = { kind: 'notification', date: '2025-08-28', source: 'E3' } as const;
const opening = [
  ['2015-10-18', 'adoption', 'active', 'Adoption starts'],
  ['2016-01-16', 'implementation', 'active', 'Implementation starts'],
  ['2023-10-18', 'transition', 'active', 'Transition starts by its deadline'],
];

describe('planTimeline, in words', () => {
  it('snapback in effect: triggered, phases undone, measures restored', () => {
    expect(rows(planTimeline(plan, evidenceWith({ events: [notified] }), RANGE))).toEqual([
      ...opening,
      ['2025-08-28', 'snapback', 'triggered', 'Snapback triggered; measures come back on 2025-09-27'],
      ['2025-09-27', 'implementation', 'snapped-back', 'Implementation undone by snapback'],
      ['2025-09-27', 'transition', 'snapped-back', 'Transition undone by snapback'],
      ['2025-09-27', 'snapback', 'in-effect', 'Measures restored by snapback'],
    ]);
  });

  it('snapback blocked by a continuation within the delay', () => {
    const continued = { kind: 'continuation', date: '2025-09-10', source: 'UNSC' } as const;
    expect(rows(planTimeline(plan, evidenceWith({ events: [notified, continued] }), RANGE))).toEqual([
      ...opening,
      ['2025-08-28', 'snapback', 'triggered', 'Snapback triggered; measures come back on 2025-09-27'],
      ['2025-09-10', 'snapback', 'blocked', 'Snapback blocked'],
    ]);
  });

  it('snapback unknown when nothing covers the blocking events', () => {
    const coverage = [{ kind: 'notification', start: '2015-07-20', end: '2025-12-31' }] as const;
    expect(
      rows(planTimeline(plan, evidenceWith({ events: [notified], coverage: [...coverage] }), RANGE)),
    ).toEqual([
      ...opening,
      ['2025-08-28', 'snapback', 'triggered', 'Snapback triggered; measures come back on 2025-09-27'],
      ['2025-09-27', 'snapback', 'unknown', 'Whether snapback was blocked cannot be told from the evidence'],
    ]);
  });

  it('snapback expired on its date, never triggered', () => {
    const expiring = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, expires: { date: '2025-10-18' } },
    });
    expect(rows(planTimeline(expiring, evidenceWith({}), RANGE))).toEqual([
      ...opening,
      ['2025-10-18', 'snapback', 'expired', 'Snapback no longer available'],
    ]);
  });

  it('a phase unknown from the day it could start, when no observation tells', () => {
    expect(rows(planTimeline(plan, EvidenceSchema.parse({ ...baseEvidence, facts: [] }), RANGE))).toEqual([
      ['2015-10-18', 'adoption', 'active', 'Adoption starts'],
      [
        '2015-10-18',
        'implementation',
        'unknown',
        'Implementation: the evidence cannot tell whether it started',
      ],
      ['2023-10-18', 'transition', 'active', 'Transition starts by its deadline'],
    ]);
  });

  it('a phase that ends', () => {
    const ending = ReliefPlanSchema.parse({
      ...planInput,
      phases: [planInput.phases[0], { ...planInput.phases[1], ends: { op: 'fact', fact: 'revoked' } }],
    });
    const revoked = [
      { fact: 'revoked', value: false, from: '2015-07-20', source: 's' },
      { fact: 'revoked', value: true, from: '2019-05-08', source: 's' },
    ];
    expect(rows(planTimeline(ending, evidenceWith({ facts: revoked }), RANGE))).toEqual([
      ['2015-10-18', 'adoption', 'active', 'Adoption starts'],
      ['2016-01-16', 'implementation', 'active', 'Implementation starts'],
      ['2019-05-08', 'implementation', 'ended', 'Implementation ends'],
    ]);
  });

  it('keeps transitions on both ends of the range, and none outside it', () => {
    const evidence = evidenceWith({});
    expect(rows(planTimeline(plan, evidence, { from: d('2015-10-18'), to: d('2016-01-16') }))).toEqual(
      opening.slice(0, 2),
    );
    expect(rows(planTimeline(plan, evidence, { from: d('2015-10-19'), to: d('2016-01-15') }))).toEqual([]);
  });
});

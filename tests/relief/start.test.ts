// A plan acts from its own `start`, the day it was adopted or proposed, never from the earliest day of the evidence.
import { describe, expect, it } from 'vitest';
import { evaluatePlan, parseDate, planTimeline, ReliefPlanSchema } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { evidenceWith, planInput } from './fixtures.js';

const d = parseDate;

describe('a relief plan starts on its own start date', () => {
  it('requires start in the schema, with its path', () => {
    const { start: _start, ...withoutStart } = planInput;
    const result = ReliefPlanSchema.safeParse(withoutStart);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['start']);
  });

  it('refuses a hand-built plan without a valid start, in words', () => {
    const plan = ReliefPlanSchema.parse(planInput);
    for (const start of [undefined, '2019-02-30', 20190501]) {
      const error = errorOf(() =>
        evaluatePlan({ ...plan, start } as never, evidenceWith({}), { at: d('2020-01-01') }),
      );
      expect([error.code, error.message]).toEqual([
        'INVALID_PLAN',
        'The plan is malformed (its start is not a date: give the day it was adopted or proposed, YYYY-MM-DD): parse it with ReliefPlanSchema to see each problem with its path. Run validatePlan(plan, regime) to list every issue.',
      ]);
    }
  });

  it('fires no snapback, and starts no phase, before the plan exists (regression: a snapback fired in 2017 for a plan of 2019)', () => {
    const plan = ReliefPlanSchema.parse({ ...planInput, start: '2019-05-01' });
    // The endorsement (2015) and a notification (2017) come before the plan: the plan sees them, but acts only from
    // 2019-05-01.
    const evidence = evidenceWith({
      events: [{ kind: 'notification', date: '2017-10-03', source: 'test' }],
    });
    const early = evaluatePlan(plan, evidence, { at: d('2018-01-01') });
    expect(early.snapback?.status).toBe('available');
    // Never a day after the one asked about (regression: it said `since: '2019-05-01'` on 2018-01-01).
    expect(early.snapback?.since).toBe('2018-01-01');
    expect(early.phases.map((p) => [p.status, p.started])).toEqual([
      ['pending', undefined],
      ['pending', undefined],
      ['pending', undefined],
    ]);
    const later = evaluatePlan(plan, evidence, { at: d('2020-01-01') });
    expect(later.snapback?.triggeredOn).toBe('2019-05-01');
    expect(later.snapback?.reimposesOn).toBe('2019-05-31');
    const timeline = planTimeline(plan, evidence, { from: d('2015-01-01'), to: d('2020-12-31') });
    expect(timeline.every((t) => t.date >= '2019-05-01')).toBe(true);
  });

  it('keeps the answers of a plan whose start is its evidence’s first day', () => {
    const plan = ReliefPlanSchema.parse(planInput);
    expect(plan.start).toBe('2015-07-20');
    const result = evaluatePlan(plan, evidenceWith({}), { at: d('2016-06-01') });
    expect(result.phases.map((p) => [p.id, p.status, p.started])).toEqual([
      ['adoption', 'active', '2015-10-18'],
      ['implementation', 'active', '2016-01-16'],
      ['transition', 'pending', undefined],
    ]);
  });
});

describe('a snapback delay past the end of the calendar', () => {
  it('leaves the snapback triggered, never in effect, instead of throwing INVALID_DATE (issue 13 leftover)', () => {
    const plan = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, delay: 'P9999Y' },
    });
    const evidence = evidenceWith({
      events: [{ kind: 'notification', date: '2020-08-20', source: 'letter' }],
    });
    const result = evaluatePlan(plan, evidence, { at: d('2025-01-01') });
    expect(result.snapback?.status).toBe('triggered');
    expect(result.snapback?.triggeredOn).toBe('2020-08-20');
    expect(result.snapback?.reimposesOn).toBeUndefined();
    const snapback = planTimeline(plan, evidence, { from: d('2020-01-01'), to: d('9999-12-31') }).filter(
      (t) => t.phase === 'snapback',
    );
    expect(snapback.map((t) => [t.date, t.status, t.note])).toEqual([
      [
        '2020-08-20',
        'triggered',
        'Snapback triggered; its delay runs past 9999-12-31, so the measures never come back',
      ],
    ]);
  });
});

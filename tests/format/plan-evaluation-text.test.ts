// formatPlanEvaluation's lines for each state of a snapback (available, triggered, in effect, never coming back,
// expired) and for phases started by their condition or by their deadline.
import { describe, expect, it } from 'vitest';
import { formatPlanEvaluation } from '../../src/format/index.js';
import { evaluatePlan, ReliefPlanSchema } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { evidenceWith, plan, planInput } from '../relief/fixtures.js';

const notification = (date: string) => ({ kind: 'notification', date, source: 'letter' });
const lines = (text: string, start: string) => text.split('\n').filter((l) => l.startsWith(start));
const snapbackLine = (p: typeof plan, events: ReturnType<typeof notification>[], at: string) =>
  lines(
    formatPlanEvaluation(evaluatePlan(p, evidenceWith({ events }), { at }), { width: 200 }),
    '  snapback',
  )[0];

describe('formatPlanEvaluation', () => {
  it('says where the snapback stands, with the days that matter', () => {
    expect(snapbackLine(plan, [], '2020-01-20')).toBe('  snapback: available since 2015-07-20');
    expect(snapbackLine(plan, [notification('2020-01-10')], '2020-01-20')).toBe(
      '  snapback: triggered since 2020-01-10 (triggered on 2020-01-10; measures come back on 2020-02-09)',
    );
    expect(snapbackLine(plan, [notification('2020-01-10')], '2020-03-01')).toBe(
      '  snapback: in-effect since 2020-02-09 (triggered on 2020-01-10; measures come back on 2020-02-09)',
    );
    const far = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, delay: 'P9000Y' },
    });
    expect(snapbackLine(far, [notification('2020-01-10')], '2020-03-01')).toBe(
      '  snapback: triggered since 2020-01-10 (triggered on 2020-01-10; its delay runs past 9999-12-31: measures never come back)',
    );
  });

  it('says from which day an expiring snapback is no longer available (regression)', () => {
    // expiresOn is the first day snapback cannot be triggered; the text said "available until" that day.
    const expiring = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, expires: { date: '2016-01-01' } },
    });
    expect(snapbackLine(expiring, [], '2015-09-01')).toBe(
      '  snapback: available since 2015-07-20 (no longer available from 2016-01-01)',
    );
    expect(snapbackLine(expiring, [], '2016-01-01')).toBe(
      '  snapback: expired since 2016-01-01 (no longer available from 2016-01-01)',
    );
    // Expiring with a phase: the day is known once the phase has started.
    const withPhase = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, expires: { phase: 'adoption' } },
    });
    expect(snapbackLine(withPhase, [], '2015-09-01')).toBe('  snapback: available since 2015-07-20');
    expect(snapbackLine(withPhase, [], '2020-03-01')).toBe(
      '  snapback: expired since 2015-10-18 (no longer available from 2015-10-18)',
    );
  });

  it('says what started each phase, or when a pending one starts', () => {
    const at = (day: string) =>
      lines(
        formatPlanEvaluation(evaluatePlan(plan, evidenceWith({}), { at: day }), { width: 200 }),
        '  phase',
      );
    expect(at('2015-08-01')).toEqual([
      '  phase adoption: pending since 2015-07-20 (condition first met 2015-07-20; starts on 2015-10-18)',
      '  phase implementation: pending since 2015-07-20',
      '  phase transition: pending since 2015-07-20',
    ]);
    expect(at('2024-01-01')).toEqual([
      '  phase adoption: active since 2015-10-18 (started 2015-10-18 by its condition; condition first met 2015-07-20)',
      '  phase implementation: active since 2016-01-16 (started 2016-01-16 by its condition; condition first met 2016-01-16)',
      '  phase transition: active since 2023-10-18 (started 2023-10-18 by its deadline)',
    ]);
  });

  it('refuses what is not a plan evaluation, in words', () => {
    expect(errorOf(() => formatPlanEvaluation({ phases: 1 } as never)).message).toBe(
      'formatPlanEvaluation(evaluation): expected the result of evaluatePlan, got a value of type object without phases as lists.',
    );
  });
});

// Public functions take ISO strings where they take a PlainDate or a Duration, check them when called, and return
// branded types (issue 14).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  dprk1718,
  iran2231,
  jcpoaEvidenceInput,
  jcpoaPlan,
  refinedPetroleumLedger,
} from '../src/data/index.js';
import {
  addDays,
  addDuration,
  assessTransfer,
  capReport,
  compareDates,
  type DateArg,
  type DateRange,
  dateRange,
  daysBetween,
  durationParts,
  evaluate,
  evaluatePlan,
  fact,
  findMeasure,
  firstMet,
  type InForce,
  measuresInForce,
  noneOccurred,
  occurred,
  onOrAfter,
  type PlainDate,
  parseDate,
  periodContaining,
  planTimeline,
  rangeContains,
  regimeChanges,
  subtractDuration,
  truthOver,
} from '../src/index.js';
import { errorOf } from './helpers.js';

const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap');
if (cap === undefined) throw new Error('no cap');

describe('dates as strings', () => {
  it('measuresInForce takes an ISO string and answers as with a PlainDate', () => {
    const result = measuresInForce(dprk1718, '2019-06-01');
    expectTypeOf(result).toEqualTypeOf<readonly InForce[]>();
    expect(result).toEqual(measuresInForce(dprk1718, parseDate('2019-06-01')));
    expectTypeOf(result[0]?.since).toEqualTypeOf<PlainDate | undefined>();
  });

  it('every date or duration argument takes a string, and the results keep their brands', () => {
    expectTypeOf(addDays('2018-01-31', 1)).toEqualTypeOf<PlainDate>();
    expect(addDays('2018-01-31', 1)).toBe('2018-02-01');
    expect(addDuration('2018-01-31', 'P1M')).toBe('2018-02-28');
    expect(subtractDuration('2018-03-31', 'P1M')).toBe('2018-02-28');
    expect(durationParts('P24M')).toEqual({ years: 0, months: 24, weeks: 0, days: 0 });
    expect(compareDates('2018-01-01', '2018-01-02')).toBe(-1);
    expect(daysBetween('2018-01-01', '2018-12-31')).toBe(364);
    expectTypeOf(dateRange('2018-01-01', '2018-12-31')).toEqualTypeOf<DateRange>();
    expect(rangeContains(dateRange('2018-01-01', '2018-12-31'), '2018-06-01')).toBe(true);
    expect(periodContaining(cap.period, '2018-06-01')).toEqual({ start: '2018-01-01', end: '2018-12-31' });
    expect(
      assessTransfer(dprk1718, { commodity: 'coal', direction: 'from-target', on: '2018-09-27' }).verdict,
    ).toBe(
      assessTransfer(dprk1718, { commodity: 'coal', direction: 'from-target', on: parseDate('2018-09-27') })
        .verdict,
    );
    expect(regimeChanges(dprk1718, { from: '2017-01-01', to: '2017-12-31' }).length).toBeGreaterThan(0);
    expect(capReport(cap, refinedPetroleumLedger, { asOf: '2018-09-27' })).toEqual(
      capReport(cap, refinedPetroleumLedger, { asOf: parseDate('2018-09-27') }),
    );
    const quiet = noneOccurred('nuclear-test', { last: 'P12M' });
    const evidence = {
      events: [{ kind: 'nuclear-test', date: '2017-09-03', source: 'S/PV.8042' }],
      coverage: [{ kind: 'nuclear-test', start: '2006-01-01', end: '2019-12-31' }],
    };
    expect(evaluate(quiet, evidence, { at: '2018-09-27', explain: false }).truth).toBe('met');
    expect(firstMet(quiet, evidence, { from: '2017-09-03' })).toBe('2018-09-04');
    expect(truthOver(quiet, evidence, { from: '2018-01-01', to: '2018-12-31' }).length).toBeGreaterThan(0);
    expect(occurred('nuclear-test', { start: '2017-01-01', end: '2017-12-31' }).within).toEqual({
      start: '2017-01-01',
      end: '2017-12-31',
    });
    expect(onOrAfter('2016-01-16')).toEqual({ op: 'onOrAfter', date: '2016-01-16' });
    expect(onOrAfter({ anchor: '2015-10-18', plus: 'P8Y' })).toEqual({
      op: 'onOrAfter',
      anchor: '2015-10-18',
      plus: 'P8Y',
    });
    expect(evaluatePlan(jcpoaPlan, jcpoaEvidenceInput, { at: '2016-06-01' }).at).toBe('2016-06-01');
    expect(planTimeline(jcpoaPlan, jcpoaEvidenceInput, { from: '2015-01-01', to: '2016-12-31' }).length).toBe(
      2,
    );
    expect(
      measuresInForce(iran2231, '2017-01-01', { relief: [{ plan: jcpoaPlan, evidence: jcpoaEvidenceInput }] })
        .relieved.length,
    ).toBeGreaterThan(0);
    expect(fact('x')).toEqual({ op: 'fact', fact: 'x' });
  });

  it('refuses a bad string at run time with INVALID_DATE or INVALID_DURATION, naming the argument', () => {
    for (const bad of ['2019-02-30', '2019-6-1', '2019-06-01\n', '01/06/2019', '']) {
      expect(errorOf(() => measuresInForce(dprk1718, bad)).code).toBe('INVALID_DATE');
      expect(errorOf(() => addDays(bad, 1)).message).toMatch(/addDays\(date\)/);
      expect(errorOf(() => capReport(cap, [], { asOf: bad })).code).toBe('INVALID_DATE');
      expect(errorOf(() => evaluatePlan(jcpoaPlan, jcpoaEvidenceInput, { at: bad })).code).toBe(
        'INVALID_DATE',
      );
    }
    for (const bad of ['24M', 'P', 'P1.5M', 'p24m']) {
      expect(errorOf(() => addDuration('2018-01-01', bad)).code).toBe('INVALID_DURATION');
      expect(errorOf(() => noneOccurred('nuclear-test', { last: bad })).code).toBe('INVALID_INPUT');
    }
  });

  it('DateArg is a named type, not an expanded union', () => {
    expectTypeOf<DateArg>().toEqualTypeOf<PlainDate | string>();
    expectTypeOf(measuresInForce).parameter(1).toEqualTypeOf<DateArg>();
  });
});

// The time layer's argument names in errors, its inclusive edges, and the period counts the caps layer relies on:
// each case kills mutants that survived `npm run mutation:layers -- time` on 2026-12-02 (82.21 %).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDuration,
  compareDates,
  dateRange,
  daysBetween,
  type PeriodRule,
  PeriodRuleSchema,
  periodContaining,
  periodsOverlapping,
  rangeContains,
  rangesOverlap,
  subtractDuration,
  type WindowPeriodRule,
} from '../../src/index.js';
import { countPeriodsOverlapping } from '../../src/time/periodRule.js';
import { fromDayNumberToDate } from '../../src/time/plainDate.js';
import { errorOf } from '../helpers.js';

const yearly = PeriodRuleSchema.parse({ kind: 'recurring', anchor: '2018-01-01', every: 'P12M' });
const window = PeriodRuleSchema.parse({
  kind: 'window',
  start: '2018-03-01',
  end: '2018-03-31',
}) as WindowPeriodRule;

describe('every date argument is named in its error', () => {
  const cases: [string, () => unknown][] = [
    ['dateRange(start)', () => dateRange('x', '2018-01-01')],
    ['dateRange(end)', () => dateRange('2018-01-01', 'x')],
    ['rangeContains(date)', () => rangeContains(dateRange('2018-01-01', '2018-01-02'), 'x')],
    ['compareDates(a)', () => compareDates('x', '2018-01-01')],
    ['compareDates(b)', () => compareDates('2018-01-01', 'x')],
    ['daysBetween(from)', () => daysBetween('x', '2018-01-01')],
    ['daysBetween(to)', () => daysBetween('2018-01-01', 'x')],
    ['addDuration(date)', () => addDuration('x', 'P1D')],
    ['subtractDuration(date)', () => subtractDuration('x', 'P1D')],
    ['periodContaining(date)', () => periodContaining(yearly, 'x')],
    [
      'periodContaining(rule).anchor',
      () => periodContaining({ ...yearly, anchor: 'x' } as never, '2018-01-01'),
    ],
    ['rangesOverlap(a).start', () => rangesOverlap({ start: 'x', end: '2018-01-01' } as never, window)],
    [
      'periodsOverlapping(range).end',
      () => periodsOverlapping(yearly, { start: '2018-01-01', end: 'x' } as never),
    ],
  ];
  for (const [argument, call] of cases) {
    it(argument, () => {
      const error = errorOf(call);
      expect(error.code).toBe('INVALID_DATE');
      expect(error.message.startsWith(`${argument}: `)).toBe(true);
      expect(error.details).toEqual({ argument, value: '"x"' });
    });
  }

  it('a malformed rule or range names its argument in the message and the details', () => {
    const rule = errorOf(() => periodsOverlapping({ kind: 'weekly' } as never, window));
    expect(rule.code).toBe('INVALID_PERIOD_RULE');
    expect(rule.message.startsWith('periodsOverlapping(rule): unknown kind "weekly"; a period rule is')).toBe(
      true,
    );
    expect(rule.details).toEqual({ argument: 'periodsOverlapping(rule)', value: describeRule() });
    const range = errorOf(() => periodsOverlapping(yearly, 7 as never));
    expect([range.code, range.details]).toEqual([
      'INVALID_RANGE',
      { argument: 'periodsOverlapping(range)', value: '7' },
    ]);
    expect(range.message).toBe(
      'periodsOverlapping(range): expected a date range { start, end } (both YYYY-MM-DD, inclusive), got 7.',
    );
    const reversed = errorOf(() =>
      rangesOverlap({ start: '2018-02-01', end: '2018-01-01' } as never, window),
    );
    expect(reversed.message).toBe(
      'rangesOverlap(a): the range 2018-02-01 to 2018-01-01 ends before it starts: swap the dates or check them.',
    );
    expect(reversed.details).toEqual({
      argument: 'rangesOverlap(a)',
      start: '2018-02-01',
      end: '2018-01-01',
    });
  });
});

function describeRule(): string {
  return errorOf(() => periodContaining({ kind: 'weekly' } as never, '2018-01-01')).details.value as string;
}

describe('inclusive edges', () => {
  it('rangeContains is false outside the range and true on both ends', () => {
    const march = dateRange('2018-03-01', '2018-03-31');
    expect(
      ['2018-02-28', '2018-03-01', '2018-03-31', '2018-04-01'].map((d) => rangeContains(march, d)),
    ).toEqual([false, true, true, false]);
  });

  it('rangesOverlap on a shared single day, and not a day apart', () => {
    const a = dateRange('2018-01-01', '2018-01-31');
    expect(rangesOverlap(a, dateRange('2018-01-31', '2018-02-28'))).toBe(true);
    expect(rangesOverlap(dateRange('2018-01-31', '2018-02-28'), a)).toBe(true);
    expect(rangesOverlap(a, dateRange('2018-02-01', '2018-02-28'))).toBe(false);
    expect(rangesOverlap(dateRange('2018-02-01', '2018-02-28'), a)).toBe(false);
  });

  it('a one-day window is a valid rule, and holds its day', () => {
    const day = PeriodRuleSchema.parse({ kind: 'window', start: '2018-03-01', end: '2018-03-01' });
    expect(periodContaining(day, '2018-03-01')).toEqual({ start: '2018-03-01', end: '2018-03-01' });
    expect(periodContaining(window, '2018-03-31')).toEqual({ start: '2018-03-01', end: '2018-03-31' });
    expect(periodContaining(window, '2018-04-01')).toBeUndefined();
  });

  it('periodsOverlapping of a window rule: the window when they share a day, else nothing', () => {
    expect(periodsOverlapping(window, dateRange('2018-03-31', '2018-04-30'))).toEqual(
      [window].map(({ start, end }) => ({ start, end })),
    );
    expect(periodsOverlapping(window, dateRange('2018-02-01', '2018-03-01'))).toHaveLength(1);
    expect(periodsOverlapping(window, dateRange('2018-04-01', '2018-04-30'))).toEqual([]);
    expect(periodsOverlapping(window, dateRange('2018-01-01', '2018-02-28'))).toEqual([]);
  });

  it('periodsOverlapping of a recurring rule: nothing before the anchor, the first period from its first day', () => {
    expect(periodsOverlapping(yearly, dateRange('2017-01-01', '2017-12-31'))).toEqual([]);
    expect(periodsOverlapping(yearly, dateRange('2017-06-01', '2018-01-01'))).toEqual([
      { start: '2018-01-01', end: '2018-12-31' },
    ]);
    expect(periodsOverlapping(yearly, dateRange('2018-01-01', '2018-01-01'))).toHaveLength(1);
    expect(periodsOverlapping(yearly, dateRange('2019-06-01', '2021-01-01')).map((p) => p.start)).toEqual([
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
    ]);
  });
});

describe('countPeriodsOverlapping (the caps layer counts periods without listing them)', () => {
  const day = fc.integer({ min: 730_000, max: 740_000 }).map((n) => fromDayNumberToDate(n));
  const rule: fc.Arbitrary<PeriodRule> = fc.oneof(
    fc
      .tuple(day, fc.constantFrom('P1D', 'P7D', 'P1M', 'P3M', 'P12M', 'P1Y2M3W4D', 'P2W'))
      .map(([anchor, every]) => PeriodRuleSchema.parse({ kind: 'recurring', anchor, every })),
    fc
      .tuple(day, day)
      .map(([a, b]) => PeriodRuleSchema.parse({ kind: 'window', start: a < b ? a : b, end: a < b ? b : a })),
  );
  const range = fc.tuple(day, day).map(([a, b]) => dateRange(a < b ? a : b, a < b ? b : a));

  it('equals the number of periods periodsOverlapping lists, for any rule and range (property)', () => {
    fc.assert(
      fc.property(rule, range, (r, span) => {
        expect(countPeriodsOverlapping(r, span)).toBe(periodsOverlapping(r, span).length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a window rule as 0 or 1 on the edges', () => {
    expect(countPeriodsOverlapping(window, dateRange('2018-03-31', '2018-04-01'))).toBe(1);
    expect(countPeriodsOverlapping(window, dateRange('2018-02-01', '2018-03-01'))).toBe(1);
    expect(countPeriodsOverlapping(window, dateRange('2018-04-01', '2018-04-02'))).toBe(0);
    expect(countPeriodsOverlapping(window, dateRange('2018-02-01', '2018-02-28'))).toBe(0);
    expect(countPeriodsOverlapping(yearly, dateRange('2017-02-01', '2017-12-31'))).toBe(0);
    expect(countPeriodsOverlapping(yearly, dateRange('2017-02-01', '2018-01-01'))).toBe(1);
    expect(countPeriodsOverlapping(yearly, dateRange('2018-06-01', '2020-06-01'))).toBe(3);
  });
});

// A wrong first guess of the period index would step through millions of periods one by one: Stryker times such a
// mutant out. No time is asserted here (performance is measured in bench/, not in tests).
describe('a far date finds its period', () => {
  it('a daily rule anchored in year 1 finds the period of 9999-12-31, and a mixed one of 9000-06-15', () => {
    const daily = PeriodRuleSchema.parse({ kind: 'recurring', anchor: '0001-01-01', every: 'P1D' });
    expect(periodContaining(daily, '9999-12-31')).toEqual({ start: '9999-12-31', end: '9999-12-31' });
    const mixed = PeriodRuleSchema.parse({ kind: 'recurring', anchor: '0001-01-01', every: 'P1Y2M3W4D' });
    const period = periodContaining(mixed, '9000-06-15');
    expect(period !== undefined && period.start <= '9000-06-15' && '9000-06-15' <= period.end).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateRange,
  type PeriodRule,
  PeriodRuleSchema,
  parseDate,
  periodContaining,
  periodsOverlapping,
  rangeContains,
  rangesOverlap,
} from '../../src/index.js';
import { arbDate, codeOf } from '../helpers.js';

const d = parseDate;
const rule = (input: unknown): PeriodRule => PeriodRuleSchema.parse(input);
const calendarYears = rule({ kind: 'recurring', anchor: '2018-01-01', every: 'P12M' });

describe('PeriodRuleSchema', () => {
  it('parses recurring rules and windows', () => {
    expect(calendarYears.kind).toBe('recurring');
    expect(rule({ kind: 'window', start: '2017-10-01', end: '2017-12-31' })).toEqual({
      kind: 'window',
      start: '2017-10-01',
      end: '2017-12-31',
    });
  });

  it('rejects windows that end before they start, and unknown kinds, with paths', () => {
    const inverted = PeriodRuleSchema.safeParse({ kind: 'window', start: '2018-01-02', end: '2018-01-01' });
    expect(inverted.error?.issues[0]).toMatchObject({ path: ['end'], params: { code: 'INVALID_RANGE' } });
    expect(PeriodRuleSchema.safeParse({ kind: 'yearly' }).success).toBe(false);
    expect(
      PeriodRuleSchema.safeParse({ kind: 'recurring', anchor: '2018-01-01', every: '12M' }).error?.issues[0]
        ?.path,
    ).toEqual(['every']);
  });
});

describe('periodContaining', () => {
  it('finds calendar-year periods from a 1 January anchor (2397 para 5)', () => {
    expect(periodContaining(calendarYears, d('2018-09-27'))).toEqual({
      start: '2018-01-01',
      end: '2018-12-31',
    });
    expect(periodContaining(calendarYears, d('2018-12-31'))).toEqual({
      start: '2018-01-01',
      end: '2018-12-31',
    });
    expect(periodContaining(calendarYears, d('2019-01-01'))).toEqual({
      start: '2019-01-01',
      end: '2019-12-31',
    });
    expect(periodContaining(calendarYears, d('2024-12-04'))).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
    });
  });

  it('finds anniversary periods from a 22 December anchor (2397 para 4)', () => {
    const crude = rule({ kind: 'recurring', anchor: '2017-12-22', every: 'P12M' });
    expect(periodContaining(crude, d('2018-12-21'))).toEqual({ start: '2017-12-22', end: '2018-12-21' });
    expect(periodContaining(crude, d('2018-12-22'))).toEqual({ start: '2018-12-22', end: '2019-12-21' });
  });

  it('returns nothing before the anchor or outside a window', () => {
    expect(periodContaining(calendarYears, d('2017-12-31'))).toBeUndefined();
    const q4 = rule({ kind: 'window', start: '2017-10-01', end: '2017-12-31' });
    expect(periodContaining(q4, d('2017-10-01'))).toEqual({ start: '2017-10-01', end: '2017-12-31' });
    expect(periodContaining(q4, d('2017-09-30'))).toBeUndefined();
    expect(periodContaining(q4, d('2018-01-01'))).toBeUndefined();
  });

  it('does not drift from a month-end anchor', () => {
    const monthly = rule({ kind: 'recurring', anchor: '2020-01-31', every: 'P1M' });
    expect(periodContaining(monthly, d('2020-02-29'))).toEqual({ start: '2020-02-29', end: '2020-03-30' });
    expect(periodContaining(monthly, d('2020-03-31'))).toEqual({ start: '2020-03-31', end: '2020-04-29' });
  });

  it('refuses a zero-length recurring rule', () => {
    const zero = rule({ kind: 'recurring', anchor: '2018-01-01', every: 'P0D' });
    expect(codeOf(() => periodContaining(zero, d('2018-01-01')))).toBe('INVALID_PERIOD_RULE');
  });

  const everies = fc.constantFrom('P1D', 'P30D', 'P90D', 'P1M', 'P3M', 'P12M', 'P1Y', 'P2W', 'P1M15D');
  it('returns a period that holds the date, and consecutive periods tile with no gap or overlap (property)', () => {
    fc.assert(
      fc.property(
        arbDate('1990-01-01', '2030-12-31'),
        arbDate('2000-01-01', '2060-12-31'),
        everies,
        (anchor, date, every) => {
          const r = rule({ kind: 'recurring', anchor, every });
          const period = periodContaining(r, date);
          if (date < anchor) {
            expect(period).toBeUndefined();
            return;
          }
          expect(period).toBeDefined();
          if (period === undefined) return;
          expect(rangeContains(period, date)).toBe(true);
          const next = periodContaining(r, addDays(period.end, 1));
          expect(next?.start).toBe(addDays(period.end, 1));
          expect(next && rangesOverlap(period, next)).toBe(false);
          if (period.start > anchor)
            expect(periodContaining(r, addDays(period.start, -1))?.end).toBe(addDays(period.start, -1));
          else expect(period.start).toBe(anchor);
        },
      ),
    );
  });
});

describe('periodsOverlapping', () => {
  it('lists whole periods touching a range', () => {
    const periods = periodsOverlapping(calendarYears, dateRange(d('2017-06-01'), d('2019-02-01')));
    expect(periods).toEqual([
      { start: '2018-01-01', end: '2018-12-31' },
      { start: '2019-01-01', end: '2019-12-31' },
    ]);
    expect(periodsOverlapping(calendarYears, dateRange(d('2016-01-01'), d('2017-12-31')))).toEqual([]);
  });

  it('handles windows', () => {
    const q4 = rule({ kind: 'window', start: '2017-10-01', end: '2017-12-31' });
    expect(periodsOverlapping(q4, dateRange(d('2017-12-31'), d('2018-03-01')))).toHaveLength(1);
    expect(periodsOverlapping(q4, dateRange(d('2018-01-01'), d('2018-03-01')))).toHaveLength(0);
  });

  it('refuses an inverted range', () => {
    expect(
      codeOf(() => periodsOverlapping(calendarYears, { start: d('2019-01-01'), end: d('2018-01-01') })),
    ).toBe('INVALID_RANGE');
  });
});

describe('dateRange, rangeContains, rangesOverlap', () => {
  it('includes both ends', () => {
    const q4 = dateRange(d('2017-10-01'), d('2017-12-31'));
    expect(rangeContains(q4, d('2017-10-01'))).toBe(true);
    expect(rangeContains(q4, d('2017-12-31'))).toBe(true);
    expect(rangeContains(q4, d('2018-01-01'))).toBe(false);
    expect(rangesOverlap(q4, dateRange(d('2017-12-31'), d('2018-01-31')))).toBe(true);
    expect(Object.isFrozen(q4)).toBe(true);
  });

  it('refuses a range that ends before it starts', () => {
    expect(codeOf(() => dateRange(d('2018-01-02'), d('2018-01-01')))).toBe('INVALID_RANGE');
  });
});

// The errors of the time layer say what was given and what is expected.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DateRangeSchema,
  dateRange,
  parseDate,
  parseDuration,
  periodContaining,
  periodsOverlapping,
  rangesOverlap,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('time errors explain themselves', () => {
  it('an impossible date shows the value and the form', () => {
    const e = errorOf(() => parseDate('2018-02-30'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe(
      'Invalid date "2018-02-30": write a calendar date that exists, as YYYY-MM-DD with zero-padded month and day (e.g. "2018-09-27"), years 0001 to 9999.',
    );
    expect(e.details).toEqual({ value: '2018-02-30' });
  });

  it('date arithmetic past year 9999 names the year', () => {
    const e = errorOf(() => addDays(parseDate('9999-12-31'), 1));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe(
      'Date arithmetic left the supported range: year 10000 is outside 0001 to 9999. Use dates within that range.',
    );
    expect(e.details).toEqual({ year: 10000, month: 1, day: 1 });
  });

  it('a day count that is not an integer is shown', () => {
    const e = errorOf(() => addDays(parseDate('2018-01-01'), 1.5));
    expect(e.code).toBe('INVALID_DURATION');
    expect(e.message).toBe('addDays needs an integer number of days, got 1.5.');
    expect(e.details).toEqual({ days: 1.5 });
  });

  it('a duration with a time part shows the value and the form', () => {
    const e = errorOf(() => parseDuration('PT1H'));
    expect(e.code).toBe('INVALID_DURATION');
    expect(e.message).toBe(
      'Invalid duration "PT1H": write an ISO 8601 calendar duration such as "P12M", "P90D", "P2W" or "P1Y6M" (years, months, weeks, days; no time part).',
    );
    expect(e.details).toEqual({ value: 'PT1H' });
  });

  it('a range that ends before it starts shows both ends', () => {
    const e = errorOf(() => dateRange(parseDate('2018-02-01'), parseDate('2018-01-31')));
    expect(e.code).toBe('INVALID_RANGE');
    expect(e.message).toBe(
      'The range 2018-02-01 to 2018-01-31 ends before it starts: swap the dates or check them.',
    );
    expect(e.details).toEqual({ start: '2018-02-01', end: '2018-01-31' });
  });

  it('a recurring period of zero length shows the length given', () => {
    const rule = { kind: 'recurring', anchor: parseDate('2018-01-01'), every: parseDuration('P0D') } as const;
    const e = errorOf(() => periodContaining(rule, parseDate('2018-06-01')));
    expect(e.code).toBe('INVALID_PERIOD_RULE');
    expect(e.message).toBe(
      'A recurring period rule needs a non-zero length, got "P0D": use e.g. "P12M" or "P30D".',
    );
    expect(e.details).toEqual({ every: 'P0D' });
  });
});

describe('period and range boundaries are inclusive', () => {
  const window = { kind: 'window', start: parseDate('2017-10-01'), end: parseDate('2017-12-31') } as const;
  const range = (start: string, end: string) => ({ start: parseDate(start), end: parseDate(end) });

  it.each([
    ['ends the day the window starts', '2017-09-01', '2017-10-01', 1],
    ['ends the day before', '2017-09-01', '2017-09-30', 0],
    ['starts the day the window ends', '2017-12-31', '2018-01-31', 1],
    ['starts the day after', '2018-01-01', '2018-01-31', 0],
  ] as const)('a range that %s overlaps a window %i times', (_name, start, end, count) => {
    const found = periodsOverlapping(window, range(start, end));
    expect(found).toHaveLength(count);
    if (count === 1) expect(found[0]).toEqual({ start: '2017-10-01', end: '2017-12-31' });
  });

  it('a recurring rule: nothing before the anchor, the first period from the anchor, the day itself counts', () => {
    const rule = {
      kind: 'recurring',
      anchor: parseDate('2018-01-01'),
      every: parseDuration('P12M'),
    } as const;
    expect(periodsOverlapping(rule, range('2017-01-01', '2017-12-31'))).toEqual([]);
    expect(periodsOverlapping(rule, range('2017-06-01', '2018-01-01'))).toEqual([
      { start: '2018-01-01', end: '2018-12-31' },
    ]);
    expect(periodContaining(rule, parseDate('2017-12-31'))).toBeUndefined();
    expect(periodContaining(rule, parseDate('2018-01-01'))).toEqual({
      start: '2018-01-01',
      end: '2018-12-31',
    });
  });

  it('ranges of one day are valid, and touching ranges overlap', () => {
    expect(DateRangeSchema.safeParse({ start: '2018-01-01', end: '2018-01-01' }).success).toBe(true);
    expect(DateRangeSchema.safeParse({ start: '2018-01-02', end: '2018-01-01' }).success).toBe(false);
    expect(rangesOverlap(range('2018-01-01', '2018-01-31'), range('2018-01-31', '2018-02-28'))).toBe(true);
    expect(rangesOverlap(range('2018-01-01', '2018-01-30'), range('2018-01-31', '2018-02-28'))).toBe(false);
  });
});

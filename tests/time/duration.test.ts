import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDuration,
  compareDates,
  DurationSchema,
  durationParts,
  parseDate,
  parseDuration,
  subtractDuration,
} from '../../src/index.js';
import { arbDate, codeOf } from '../helpers.js';

const d = parseDate;
const p = parseDuration;

describe('parseDuration', () => {
  it.each(['P1Y', 'P12M', 'P90D', 'P2W', 'P1Y6M', 'P2W3D', 'P0D', 'P1Y2M3W4D'])('accepts %s', (value) => {
    expect(parseDuration(value)).toBe(value);
  });

  it.each(['P', '90D', 'PT12H', 'P1DT2H', 'P-1D', 'P1.5Y', 'p1y', 'P1M1Y', ' P1D', 'P12345678D'])(
    'rejects %j with INVALID_DURATION',
    (value) => {
      expect(codeOf(() => parseDuration(value))).toBe('INVALID_DURATION');
      expect(DurationSchema.safeParse(value).error?.issues[0]).toMatchObject({
        params: { code: 'INVALID_DURATION' },
      });
    },
  );

  it('splits a duration into parts', () => {
    expect(durationParts(p('P1Y2M3W4D'))).toEqual({ years: 1, months: 2, weeks: 3, days: 4 });
    expect(codeOf(() => durationParts('nope' as never))).toBe('INVALID_DURATION');
  });
});

describe('addDuration', () => {
  it('adds days, weeks, months and years', () => {
    expect(addDuration(d('2015-07-20'), p('P90D'))).toBe('2015-10-18');
    expect(addDuration(d('2015-10-18'), p('P8Y'))).toBe('2023-10-18');
    expect(addDuration(d('2015-10-18'), p('P10Y'))).toBe('2025-10-18');
    expect(addDuration(d('2017-12-22'), p('P24M'))).toBe('2019-12-22');
    expect(addDuration(d('2017-12-22'), p('P15M'))).toBe('2019-03-22');
    expect(addDuration(d('2017-12-22'), p('P27M'))).toBe('2020-03-22');
    expect(addDuration(d('2018-01-01'), p('P2W'))).toBe('2018-01-15');
  });

  it('applies the month-end rule: the day is clamped to the last day of the target month', () => {
    expect(addDuration(d('2020-01-31'), p('P1M'))).toBe('2020-02-29');
    expect(addDuration(d('2019-01-31'), p('P1M'))).toBe('2019-02-28');
    expect(addDuration(d('2020-02-29'), p('P1Y'))).toBe('2021-02-28');
    expect(addDuration(d('2020-03-31'), p('P1M'))).toBe('2020-04-30');
  });

  it('adds months before days', () => {
    expect(addDuration(d('2020-01-31'), p('P1M1D'))).toBe('2020-03-01');
  });

  it('is monotone: a later start never gives an earlier result (property)', () => {
    const durations = fc.constantFrom('P1D', 'P30D', 'P1M', 'P12M', 'P1Y6M', 'P2W3D', 'P3M10D').map(p);
    fc.assert(
      fc.property(arbDate(), arbDate(), durations, (a, b, duration) => {
        const [early, late] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        expect(compareDates(addDuration(early, duration), addDuration(late, duration))).toBeLessThanOrEqual(
          0,
        );
        expect(compareDates(early, addDuration(early, duration))).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('subtractDuration', () => {
  it('goes back with the same month-end rule', () => {
    expect(subtractDuration(d('2018-09-27'), p('P12M'))).toBe('2017-09-27');
    expect(subtractDuration(d('2020-03-31'), p('P1M'))).toBe('2020-02-29');
    expect(subtractDuration(d('2018-01-10'), p('P10D'))).toBe('2017-12-31');
  });

  it('undoes addDuration for day-only durations (property)', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: 0, max: 5000 }), (date, n) => {
        expect(subtractDuration(addDuration(date, p(`P${n}D`)), p(`P${n}D`))).toBe(date);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  isPlainDate,
  PlainDateSchema,
  parseDate,
  SanctionsRegimeError,
} from '../../src/index.js';
import { arbDate, codeOf } from '../helpers.js';

describe('parseDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(parseDate('2018-09-27')).toBe('2018-09-27');
    expect(parseDate('2020-02-29')).toBe('2020-02-29');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
    expect(parseDate('0001-01-01')).toBe('0001-01-01');
    expect(parseDate('9999-12-31')).toBe('9999-12-31');
  });

  it.each([
    '2018-02-30',
    '2019-02-29',
    '1900-02-29',
    '2018-13-01',
    '2018-00-10',
    '2018-04-31',
    '2018-01-00',
    '2018-1-1',
    ' 2018-01-01',
    '2018-01-01 ',
    '2018-01-01T00:00:00Z',
    '20180101',
    '0000-01-01',
    '+2018-01-01',
    '',
  ])('rejects %j with INVALID_DATE', (input) => {
    expect(codeOf(() => parseDate(input))).toBe('INVALID_DATE');
    expect(isPlainDate(input)).toBe(false);
  });

  it('says what to do in its message', () => {
    expect(() => parseDate('2018-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => parseDate('2018-02-30')).toThrow(SanctionsRegimeError);
  });
});

describe('PlainDateSchema', () => {
  it('parses a valid date and brands it', () => {
    expect(PlainDateSchema.parse('2017-12-22')).toBe('2017-12-22');
  });

  it('reports INVALID_DATE in the issue params, for bad format and for impossible days', () => {
    for (const input of ['2018-1-1', '2018-02-30']) {
      const result = PlainDateSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'INVALID_DATE' } });
    }
  });

  it('rejects non-strings with a type issue', () => {
    expect(PlainDateSchema.safeParse(20180101).error?.issues[0]?.code).toBe('invalid_type');
  });
});

describe('compareDates and daysBetween', () => {
  it('orders dates', () => {
    expect(compareDates(parseDate('2017-09-11'), parseDate('2017-12-22'))).toBe(-1);
    expect(compareDates(parseDate('2017-12-22'), parseDate('2017-12-22'))).toBe(0);
    expect(compareDates(parseDate('2018-01-01'), parseDate('2017-12-31'))).toBe(1);
  });

  it('counts days across leap years', () => {
    expect(daysBetween(parseDate('2017-12-22'), parseDate('2019-12-22'))).toBe(730);
    expect(daysBetween(parseDate('2020-02-28'), parseDate('2020-03-01'))).toBe(2);
    expect(daysBetween(parseDate('2018-01-01'), parseDate('2017-01-01'))).toBe(-365);
  });

  it('agrees with compareDates and addDays (property)', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: -20000, max: 20000 }), (date, n) => {
        const later = addDays(date, n);
        expect(daysBetween(date, later)).toBe(n);
        expect(compareDates(date, later)).toBe(Math.sign(-n) === 0 ? 0 : Math.sign(-n));
      }),
    );
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays(parseDate('2025-08-28'), 30)).toBe('2025-09-27');
    expect(addDays(parseDate('2017-12-31'), 1)).toBe('2018-01-01');
    expect(addDays(parseDate('2016-03-01'), -1)).toBe('2016-02-29');
  });

  it('refuses non-integers and leaving the supported years', () => {
    expect(codeOf(() => addDays(parseDate('2018-01-01'), 1.5))).toBe('INVALID_DURATION');
    expect(codeOf(() => addDays(parseDate('9999-12-31'), 1))).toBe('INVALID_DATE');
    expect(codeOf(() => addDays(parseDate('0001-01-01'), -1))).toBe('INVALID_DATE');
  });
});

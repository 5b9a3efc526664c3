// The ledger reader's date parse (one pass over the characters) must agree with isPlainDate and dayNumber exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, isPlainDate } from '../../src/time/plainDate.js';

/** The definition: the pattern, then the calendar (proleptic Gregorian), days counted from 1970-01-01. */
function reference(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1) return undefined; // a day past the month's end rolled over
  return Math.round(date.getTime() / 86_400_000);
}

const dateLike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.stringMatching(/^[0-9-]{8,11}$/),
  fc.string({ maxLength: 12 }),
);

describe('dayNumberOf', () => {
  it('gives the day number of exactly the strings the pattern and the calendar accept (property)', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        expect(dayNumberOf(text)).toBe(reference(text));
        expect(isPlainDate(text)).toBe(reference(text) !== undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['0000-01-01', false],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2018-1-01', false],
    ['2018-01-01 ', false],
    ['2018/01/01', false],
    ['２018-01-01', false],
  ])('%s: %s', (text, ok) => {
    expect(dayNumberOf(text) !== undefined).toBe(ok);
    expect(isPlainDate(text)).toBe(ok);
  });

  it('refuses what is not a string', () => {
    expect(dayNumberOf(20180101)).toBeUndefined();
    expect(dayNumberOf(undefined)).toBeUndefined();
  });
});

import type * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { daysInMonth, fromDayNumber, toDayNumber } from '../internal/civil.js';
import { describeValue } from '../internal/describe.js';
import { patternString } from '../internal/zod.js';

const DATE_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function invalidDateMessage(input: unknown): string {
  return `Invalid date ${describeValue(input)}: write a calendar date that exists, as YYYY-MM-DD with zero-padded month and day (e.g. "2018-09-27"), years 0001 to 9999.`;
}

/**
 * Whether `value` is a `YYYY-MM-DD` string naming a day that exists (years 0001 to 9999): DATE_PATTERN and the
 * calendar, checked in one pass over the characters (a property test holds the two to the same answers).
 */
function isValidDateString(value: string): boolean {
  return dayNumberOf(value) !== undefined;
}

/**
 * Zod schema for a calendar date: a `YYYY-MM-DD` string naming a day that exists, with no time and no zone.
 * Failing input gets a custom issue whose `params.code` is `INVALID_DATE`.
 *
 * @example
 * ```ts
 * import { PlainDateSchema } from 'sanctions-regime';
 * PlainDateSchema.parse('2017-12-22'); //=> '2017-12-22'
 * PlainDateSchema.safeParse('2019-02-29').success; //=> false
 * ```
 * @category Time
 */
export const PlainDateSchema = patternString(
  DATE_PATTERN,
  'Expected a calendar date as YYYY-MM-DD (e.g. "2018-09-27")',
  'INVALID_DATE',
)
  .refine(isValidDateString, {
    message: 'This calendar date does not exist (years 0001 to 9999)',
    params: { code: 'INVALID_DATE' },
    abort: true,
  })
  .brand<'PlainDate'>();

/**
 * A calendar date, `"YYYY-MM-DD"`, branded so that only checked strings are accepted where a date is expected.
 *
 * @category Time
 */
export type PlainDate = string & z.$brand<'PlainDate'>;

/**
 * A calendar day as an argument: a {@link PlainDate}, or an ISO `YYYY-MM-DD` string, checked when the function is
 * called (`INVALID_DATE` for a bad one), as date-fns takes its `DateArg`. Results are always {@link PlainDate}.
 *
 * @category Time
 */
export type DateArg = PlainDate | string;

/**
 * Whether `value` is a valid calendar date string; narrows it to {@link PlainDate}.
 *
 * @param value - anything.
 * @returns `true` when `value` is a `YYYY-MM-DD` string naming a day that exists.
 * @example
 * ```ts
 * import { isPlainDate } from 'sanctions-regime';
 * isPlainDate('2020-02-29'); //=> true
 * isPlainDate('2019-02-29'); //=> false
 * ```
 * @category Time
 */
export function isPlainDate(value: unknown): value is PlainDate {
  return typeof value === 'string' && isValidDateString(value);
}

/**
 * Checks a calendar date string and returns it as a {@link PlainDate}.
 *
 * @param value - a `YYYY-MM-DD` string.
 * @returns the same string, branded.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` for impossible or sloppy dates (`2018-02-30`, `2018-1-1`,
 * `" 2018-01-01"`).
 * @example
 * ```ts
 * import { parseDate } from 'sanctions-regime';
 * parseDate('2018-09-27'); //=> '2018-09-27'
 * ```
 * @category Time
 */
export function parseDate(value: string): PlainDate {
  if (!isPlainDate(value)) {
    throw new SanctionsRegimeError('INVALID_DATE', invalidDateMessage(value), { value });
  }
  return value;
}

/**
 * Throws `INVALID_DATE` unless `value` is a valid {@link PlainDate}: the check the public time functions make at
 * their boundary. `argument` names the argument in the message and in `details.argument`.
 *
 * @category Time
 */
export function checkDate(value: unknown, argument: string): asserts value is PlainDate {
  if (!isPlainDate(value)) {
    throw new SanctionsRegimeError('INVALID_DATE', `${argument}: ${invalidDateMessage(value)}`, {
      argument,
      value: describeValue(value),
    });
  }
}

/**
 * Splits a valid date into numbers.
 *
 * @category Time
 */
export function dateParts(date: PlainDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Formats numbers as a date; throws `INVALID_DATE` outside years 0001 to 9999.
 *
 * @category Time
 */
export function fromParts(year: number, month: number, day: number): PlainDate {
  if (year < 1 || year > 9999) {
    throw new SanctionsRegimeError(
      'INVALID_DATE',
      `Date arithmetic left the supported range: year ${year} is outside 0001 to 9999. Use dates within that range.`,
      { year, month, day },
    );
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
}

/**
 * The day number (days since 1970-01-01) of a date.
 *
 * @category Time
 */
export function dayNumber(date: PlainDate): number {
  const [y, m, d] = dateParts(date);
  return toDayNumber(y, m, d);
}

/**
 * The day number of a `YYYY-MM-DD` string naming a day that exists, read in one pass over its characters (no
 * regular expression, no allocation); `undefined` for anything {@link isPlainDate} refuses. For the library's
 * readers of large ledgers.
 *
 * @category Time
 */
export function dayNumberOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined; // '-'
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toDayNumber(year, month, day);
}

/** The number written by `length` ASCII digits at `start`; -1 when one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The date of a day number.
 *
 * @category Time
 */
export function fromDayNumberToDate(n: number): PlainDate {
  const [y, m, d] = fromDayNumber(n);
  return fromParts(y, m, d);
}

// The unchecked functions below are the library's own: its callers pass dates it has already checked, often in
// loops (one call per day), so they skip the check that the exported functions make once at the boundary.

/**
 * {@link compareDates} without the check, for the library's own callers.
 *
 * @category Time
 */
export function compareDatesUnchecked(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  // YYYY-MM-DD strings of four-digit years order lexicographically as they do in time.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * {@link daysBetween} without the check, for the library's own callers.
 *
 * @category Time
 */
export function daysBetweenUnchecked(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * {@link addDays} without the check of `date`, for the library's own callers; `days` is still checked.
 *
 * @category Time
 */
export function addDaysUnchecked(date: PlainDate, days: number): PlainDate {
  if (!Number.isSafeInteger(days)) {
    throw new SanctionsRegimeError(
      'INVALID_DURATION',
      `addDays needs an integer number of days, got ${describeValue(days)}.`,
      { days },
    );
  }
  return fromDayNumberToDate(dayNumber(date) + days);
}

/**
 * Orders two dates.
 *
 * @param a - a date.
 * @param b - another date.
 * @returns a negative number when `a` is earlier, `0` when equal, a positive number when later.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` when either is not a valid `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { compareDates, parseDate } from 'sanctions-regime';
 * compareDates(parseDate('2017-09-11'), parseDate('2017-12-22')); //=> -1
 * ```
 * @category Time
 */
export function compareDates(a: DateArg, b: DateArg): -1 | 0 | 1 {
  checkDate(a, 'compareDates(a)');
  checkDate(b, 'compareDates(b)');
  return compareDatesUnchecked(a, b);
}

/**
 * Counts the days from one date to another.
 *
 * @param from - the first date.
 * @param to - the second date.
 * @returns `to - from` in days: `0` for the same day, negative when `to` is earlier.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` when either is not a valid `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { daysBetween, parseDate } from 'sanctions-regime';
 * daysBetween(parseDate('2017-12-22'), parseDate('2019-12-22')); //=> 730
 * ```
 * @category Time
 */
export function daysBetween(from: DateArg, to: DateArg): number {
  checkDate(from, 'daysBetween(from)');
  checkDate(to, 'daysBetween(to)');
  return daysBetweenUnchecked(from, to);
}

/**
 * Moves a date by a whole number of days.
 *
 * @param date - the starting date.
 * @param days - an integer, negative to go back.
 * @returns the date `days` days later.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` when `date` is not a valid `YYYY-MM-DD` date or the result
 * leaves years 0001 to 9999; `INVALID_DURATION` when `days` is not an integer.
 * @example
 * ```ts
 * import { addDays, parseDate } from 'sanctions-regime';
 * addDays(parseDate('2025-08-28'), 30); //=> '2025-09-27'
 * ```
 * @category Time
 */
export function addDays(date: DateArg, days: number): PlainDate {
  checkDate(date, 'addDays(date)');
  return addDaysUnchecked(date, days);
}

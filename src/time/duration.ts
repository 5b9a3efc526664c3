import type * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { daysInMonth } from '../internal/civil.js';
import { describeValue } from '../internal/describe.js';
import { patternString } from '../internal/zod.js';
import type { DateArg } from './plainDate.js';
import { addDaysUnchecked, checkDate, dateParts, fromParts, type PlainDate } from './plainDate.js';

// Calendar durations only: years, months, weeks, days. Time parts (PT12H) are not calendar durations. The parts
// are read with DURATION_PARTS; DURATION_PATTERN, published in the JSON Schemas, says the same without a lookahead
// (which RE2-based validators refuse), by listing which part comes first, so that "P" alone is refused.
const DURATION_PATTERN =
  /^P(?:[0-9]{1,4}Y(?:[0-9]{1,6}M)?(?:[0-9]{1,6}W)?(?:[0-9]{1,7}D)?|[0-9]{1,6}M(?:[0-9]{1,6}W)?(?:[0-9]{1,7}D)?|[0-9]{1,6}W(?:[0-9]{1,7}D)?|[0-9]{1,7}D)$/;
const DURATION_PARTS = /^P(?:([0-9]{1,4})Y)?(?:([0-9]{1,6})M)?(?:([0-9]{1,6})W)?(?:([0-9]{1,7})D)?$/;

/**
 * The parts of a calendar duration.
 *
 * @category Time
 */
export interface DurationParts {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

function matchDuration(value: string): DurationParts | undefined {
  const match = value === 'P' ? null : DURATION_PARTS.exec(value);
  if (match === null) return undefined;
  return {
    years: Number(match[1] ?? 0),
    months: Number(match[2] ?? 0),
    weeks: Number(match[3] ?? 0),
    days: Number(match[4] ?? 0),
  };
}

/**
 * Zod schema for an ISO 8601 calendar duration: `P1Y`, `P12M`, `P90D`, `P2W`, or combinations in that order
 * (`P1Y6M`, `P2W3D`). Time parts are not accepted. Failing input gets an issue with `params.code` `INVALID_DURATION`.
 *
 * @example
 * ```ts
 * import { DurationSchema } from 'sanctions-regime';
 * DurationSchema.parse('P12M'); //=> 'P12M'
 * DurationSchema.safeParse('PT12H').success; //=> false
 * ```
 * @category Time
 */
export const DurationSchema = patternString(
  DURATION_PATTERN,
  'Expected an ISO 8601 calendar duration such as "P12M", "P90D", "P2W" or "P1Y6M"',
  'INVALID_DURATION',
).brand<'Duration'>();

/**
 * An ISO 8601 calendar duration string such as `"P12M"`, branded once checked.
 *
 * @category Time
 */
export type Duration = string & z.$brand<'Duration'>;

/**
 * A duration as an argument: a {@link Duration}, or an ISO 8601 string such as `'P24M'`, checked when the function
 * is called (`INVALID_DURATION` for a bad one).
 *
 * @category Time
 */
export type DurationArg = Duration | string;

/**
 * Checks an ISO 8601 calendar duration string and returns it as a {@link Duration}.
 *
 * @param value - a duration such as `"P90D"`.
 * @returns the same string, branded.
 * @throws {@link SanctionsRegimeError} `INVALID_DURATION` for anything else (`"P"`, `"90D"`, `"PT1H"`, `"P-1D"`).
 * @example
 * ```ts
 * import { parseDuration } from 'sanctions-regime';
 * parseDuration('P30D'); //=> 'P30D'
 * ```
 * @category Time
 */
export function parseDuration(value: string): Duration {
  if (typeof value !== 'string' || matchDuration(value) === undefined) throw invalidDuration(value);
  return value as Duration;
}

function invalidDuration(value: unknown): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_DURATION',
    `Invalid duration ${describeValue(value)}: write an ISO 8601 calendar duration such as "P12M", "P90D", "P2W" or "P1Y6M" (years, months, weeks, days; no time part).`,
    { value },
  );
}

/**
 * Splits a duration into its parts.
 *
 * @param duration - a checked duration.
 * @returns its years, months, weeks and days.
 * @throws {@link SanctionsRegimeError} `INVALID_DURATION` when given an unchecked, invalid string.
 * @example
 * ```ts
 * import { durationParts, parseDuration } from 'sanctions-regime';
 * durationParts(parseDuration('P1Y6M')); //=> { years: 1, months: 6, weeks: 0, days: 0 }
 * ```
 * @category Time
 */
export function durationParts(duration: DurationArg): DurationParts {
  const parts = typeof duration === 'string' ? matchDuration(duration) : undefined;
  if (parts === undefined) throw invalidDuration(duration);
  return parts;
}

/**
 * Adds `sign × times ×` a duration: months first with the month-end rule, then days.
 *
 * @category Time
 */
export function shiftByParts(date: PlainDate, parts: DurationParts, times: number): PlainDate {
  const [year, month, day] = dateParts(date);
  const totalMonths = (parts.years * 12 + parts.months) * times;
  const monthIndex = year * 12 + (month - 1) + totalMonths;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  const shifted =
    totalMonths === 0 ? date : fromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
  const totalDays = (parts.weeks * 7 + parts.days) * times;
  return totalDays === 0 ? shifted : addDaysUnchecked(shifted, totalDays);
}

/**
 * Adds a calendar duration to a date.
 *
 * The month-end rule: years and months are added first, and when the day does not exist in the target month it
 * becomes that month's last day (2020-01-31 + P1M = 2020-02-29; 2020-02-29 + P1Y = 2021-02-28); weeks and days are
 * then added as days.
 *
 * @param date - the starting date.
 * @param duration - the duration to add.
 * @returns the later date.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` when `date` is not a valid `YYYY-MM-DD` date or the result
 * leaves years 0001 to 9999; `INVALID_DURATION` when `duration` is not a calendar duration.
 * @example
 * ```ts
 * import { addDuration, parseDate, parseDuration } from 'sanctions-regime';
 * addDuration(parseDate('2015-07-20'), parseDuration('P90D')); //=> '2015-10-18'
 * addDuration(parseDate('2020-01-31'), parseDuration('P1M')); //=> '2020-02-29'
 * ```
 * @category Time
 */
export function addDuration(date: DateArg, duration: DurationArg): PlainDate {
  checkDate(date, 'addDuration(date)');
  return shiftByParts(date, durationParts(duration), 1);
}

/**
 * Subtracts a calendar duration from a date, with the same month-end rule as {@link addDuration}: months first,
 * clamped to the month's last day, then days (2020-03-31 − P1M = 2020-02-29).
 *
 * @param date - the starting date.
 * @param duration - the duration to subtract.
 * @returns the earlier date.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` when `date` is not a valid `YYYY-MM-DD` date or the result
 * leaves years 0001 to 9999; `INVALID_DURATION` when `duration` is not a calendar duration.
 * @example
 * ```ts
 * import { subtractDuration, parseDate, parseDuration } from 'sanctions-regime';
 * subtractDuration(parseDate('2018-09-27'), parseDuration('P12M')); //=> '2017-09-27'
 * ```
 * @category Time
 */
export function subtractDuration(date: DateArg, duration: DurationArg): PlainDate {
  checkDate(date, 'subtractDuration(date)');
  return shiftByParts(date, durationParts(duration), -1);
}

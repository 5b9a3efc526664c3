import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/frozen.js';
import type { DateArg } from './plainDate.js';
import { checkDate, compareDatesUnchecked, type PlainDate, PlainDateSchema } from './plainDate.js';

/**
 * Zod schema for a {@link DateRange}: `{ start, end }`, both inclusive, `start` not after `end`.
 *
 * @example
 * ```ts
 * import { DateRangeSchema } from 'sanctions-regime';
 * DateRangeSchema.parse({ start: '2017-10-01', end: '2017-12-31' }); //=> { start: '2017-10-01', end: '2017-12-31' }
 * ```
 * @category Time
 */
export const DateRangeSchema = z
  .object({ start: PlainDateSchema, end: PlainDateSchema })
  .refine((range) => range.start <= range.end, {
    message: 'A range must not end before it starts',
    path: ['end'],
    params: { code: 'INVALID_RANGE' },
  })
  .overwrite(deepFreeze);

/**
 * A span of calendar days, **inclusive at both ends**, as resolutions state periods ("1 October 2017 to
 * 31 December 2017").
 * @category Time
 */
export interface DateRange {
  /** The first day in the range. */
  readonly start: PlainDate;
  /** The last day in the range (inclusive). */
  readonly end: PlainDate;
}

/**
 * Makes a frozen {@link DateRange}, checking its order.
 *
 * @param start - the first day.
 * @param end - the last day, inclusive.
 * @returns the range.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` when either is not a valid `YYYY-MM-DD` date; `INVALID_RANGE`
 * when `end` is before `start`.
 * @example
 * ```ts
 * import { dateRange, parseDate } from 'sanctions-regime';
 * dateRange(parseDate('2017-10-01'), parseDate('2017-12-31')); //=> { start: '2017-10-01', end: '2017-12-31' }
 * ```
 * @category Time
 */
export function dateRange(start: DateArg, end: DateArg): DateRange {
  checkDate(start, 'dateRange(start)');
  checkDate(end, 'dateRange(end)');
  if (compareDatesUnchecked(start, end) > 0) {
    throw new SanctionsRegimeError(
      'INVALID_RANGE',
      `The range ${start} to ${end} ends before it starts: swap the dates or check them.`,
      { start, end },
    );
  }
  return Object.freeze({ start, end });
}

/**
 * Whether a date falls within a range, both ends included.
 *
 * @param range - the range.
 * @param date - the date.
 * @returns `true` when `range.start <= date <= range.end`.
 * @throws {@link SanctionsRegimeError} `INVALID_RANGE` when `range` is not a `{ start, end }` object or ends before
 * it starts; `INVALID_DATE` when a date in it, or `date`, is not a valid `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { rangeContains, parseDate } from 'sanctions-regime';
 * const q4 = { start: parseDate('2017-10-01'), end: parseDate('2017-12-31') };
 * rangeContains(q4, parseDate('2017-12-31')); //=> true
 * rangeContains(q4, parseDate('2018-01-01')); //=> false
 * ```
 * @category Time
 */
export function rangeContains(range: DateRange, date: DateArg): boolean {
  checkRange(range, 'rangeContains(range)');
  checkDate(date, 'rangeContains(date)');
  return range.start <= date && date <= range.end;
}

/**
 * Whether two ranges share at least one day.
 *
 * @param a - a range.
 * @param b - another range.
 * @returns `true` when some day lies in both.
 * @throws {@link SanctionsRegimeError} `INVALID_RANGE` when either is not a `{ start, end }` object or ends before
 * it starts; `INVALID_DATE` when a date in them is not a valid `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { rangesOverlap, parseDate } from 'sanctions-regime';
 * const y2017 = { start: parseDate('2017-01-01'), end: parseDate('2017-12-31') };
 * const y2018 = { start: parseDate('2018-01-01'), end: parseDate('2018-12-31') };
 * rangesOverlap(y2017, y2018); //=> false
 * ```
 * @category Time
 */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  checkRange(a, 'rangesOverlap(a)');
  checkRange(b, 'rangesOverlap(b)');
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Throws unless `range` is a {@link DateRange}: `INVALID_RANGE` for a non-object or a range that ends before it
 * starts, `INVALID_DATE` for a bad date in it. `argument` names the argument in messages and `details.argument`.
 *
 * @category Time
 */
export function checkRange(range: unknown, argument: string): asserts range is DateRange {
  if (typeof range !== 'object' || range === null) {
    throw new SanctionsRegimeError(
      'INVALID_RANGE',
      `${argument}: expected a date range { start, end } (both YYYY-MM-DD, inclusive), got ${describeValue(range)}.`,
      { argument, value: describeValue(range) },
    );
  }
  const { start, end } = range as { start?: unknown; end?: unknown };
  checkDate(start, `${argument}.start`);
  checkDate(end, `${argument}.end`);
  if (compareDatesUnchecked(start, end) > 0) {
    throw new SanctionsRegimeError(
      'INVALID_RANGE',
      `${argument}: the range ${start} to ${end} ends before it starts: swap the dates or check them.`,
      { argument, start, end },
    );
  }
}

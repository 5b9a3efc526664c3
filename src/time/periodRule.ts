import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/frozen.js';
import { checkRange, type DateRange } from './dateRange.js';
import {
  type Duration,
  type DurationParts,
  DurationSchema,
  durationParts,
  shiftByParts,
} from './duration.js';
import type { DateArg } from './plainDate.js';
import {
  addDaysUnchecked as addDays,
  checkDate,
  compareDatesUnchecked as compareDates,
  daysBetweenUnchecked as daysBetween,
  type PlainDate,
  PlainDateSchema,
} from './plainDate.js';

/**
 * Zod schema for a {@link PeriodRule}: a recurring rule (`{ kind: "recurring", anchor, every }`) or a one-off window
 * (`{ kind: "window", start, end }`).
 *
 * @example
 * ```ts
 * import { PeriodRuleSchema } from 'sanctions-regime';
 * PeriodRuleSchema.parse({ kind: 'recurring', anchor: '2018-01-01', every: 'P12M' }).kind; //=> 'recurring'
 * ```
 * @category Time
 */
export const PeriodRuleSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('recurring'),
      /** The first day of the first period. */
      anchor: PlainDateSchema,
      /** The length of each period. */
      every: DurationSchema,
    }),
    z
      .object({ kind: z.literal('window'), start: PlainDateSchema, end: PlainDateSchema })
      .refine((window) => window.start <= window.end, {
        message: 'A window must not end before it starts',
        path: ['end'],
        params: { code: 'INVALID_RANGE' },
      }),
  ])
  .overwrite(deepFreeze);

/**
 * Consecutive accounting periods of length `every` from `anchor`, one kind of {@link PeriodRule}.
 *
 * @category Time
 */
export interface RecurringPeriodRule
  extends Omit<Extract<z.infer<typeof PeriodRuleSchema>, { kind: 'recurring' }>, never> {}

/**
 * A single accounting period from `start` to `end` inclusive, one kind of {@link PeriodRule}.
 *
 * @category Time
 */
export interface WindowPeriodRule
  extends Omit<Extract<z.infer<typeof PeriodRuleSchema>, { kind: 'window' }>, never> {}

/**
 * How a cap's accounting periods are laid out. `recurring`: consecutive periods of length `every` from `anchor`
 * ("12-month periods beginning 1 January 2018, and thereafter": `{ kind: "recurring", anchor: "2018-01-01",
 * every: "P12M" }`). `window`: a single period (`{ kind: "window", start: "2017-10-01", end: "2017-12-31" }`).
 * @category Time
 */
export type PeriodRule = RecurringPeriodRule | WindowPeriodRule;

function invalidRule(argument: string, rule: unknown, problem: string): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_PERIOD_RULE',
    `${argument}: ${problem}; a period rule is { kind: "recurring", anchor, every } or { kind: "window", start, end } (parse it with PeriodRuleSchema).`,
    { argument, value: describeValue(rule) },
  );
}

/** Throws unless `rule` is a {@link PeriodRule} whose dates and duration are valid. */
function checkRule(rule: unknown, argument: string): asserts rule is PeriodRule {
  if (typeof rule !== 'object' || rule === null)
    throw invalidRule(argument, rule, `got ${describeValue(rule)}`);
  const { kind } = rule as { kind?: unknown };
  if (kind === 'window') {
    checkRange(rule, argument);
  } else if (kind === 'recurring') {
    checkDate((rule as { anchor?: unknown }).anchor, `${argument}.anchor`);
    durationParts((rule as { every: Duration }).every);
  } else {
    throw invalidRule(argument, rule, `unknown kind ${describeValue(kind)}`);
  }
}

/**
 * Throws `INVALID_PERIOD_RULE` unless `rule` is a period rule that lays out periods: valid dates, and for a recurring
 * rule a valid, non-zero duration (internal: for callers that keep a rule and use it later).
 *
 * @category Time
 */
export function checkPeriodRule(rule: unknown, argument: string): asserts rule is PeriodRule {
  checkRule(rule, argument);
  if (rule.kind === 'recurring') checkedParts(rule.every);
}

function checkedParts(every: Duration): DurationParts {
  const parts = durationParts(every);
  if (parts.years + parts.months + parts.weeks + parts.days === 0) {
    throw new SanctionsRegimeError(
      'INVALID_PERIOD_RULE',
      `A recurring period rule needs a non-zero length, got ${describeValue(every)}: use e.g. "P12M" or "P30D".`,
      { every },
    );
  }
  return parts;
}

/** Approximate length of a duration in days, used only to guess a period index before correcting it exactly. */
function approximateDays(parts: DurationParts): number {
  return parts.years * 365.2425 + parts.months * 30.436875 + parts.weeks * 7 + parts.days;
}

/** The last day of the calendar: the last period of a recurring rule is cut there. */
const LAST_DAY = '9999-12-31' as PlainDate;

/** The start of the period with index `n` (0 = the anchor's period). Computed from the anchor, never stepwise. */
function periodStart(anchor: PlainDate, parts: DurationParts, n: number): PlainDate {
  return n === 0 ? anchor : shiftByParts(anchor, parts, n);
}

/** The start of period `n`, or undefined when it would begin after the end of the calendar (9999-12-31). */
function startWithin(anchor: PlainDate, parts: DurationParts, n: number): PlainDate | undefined {
  try {
    return periodStart(anchor, parts, n);
  } catch (error) {
    if (error instanceof SanctionsRegimeError && error.code === 'INVALID_DATE') return undefined;
    /* c8 ignore next 2 */
    throw error;
  }
}

function recurringPeriod(anchor: PlainDate, parts: DurationParts, n: number): DateRange {
  const next = startWithin(anchor, parts, n + 1);
  return Object.freeze({
    start: periodStart(anchor, parts, n),
    end: next === undefined ? LAST_DAY : addDays(next, -1),
  });
}

/** Whether period `n` starts after `date` (a period beyond the calendar does). */
function startsAfter(anchor: PlainDate, parts: DurationParts, n: number, date: PlainDate): boolean {
  const start = startWithin(anchor, parts, n);
  return start === undefined || compareDates(start, date) > 0;
}

/** The index of the period that contains `date` (which must not be before `anchor`). */
function periodIndex(anchor: PlainDate, parts: DurationParts, date: PlainDate): number {
  let n = Math.max(0, Math.floor(daysBetween(anchor, date) / approximateDays(parts)));
  while (n > 0 && startsAfter(anchor, parts, n, date)) n -= 1;
  while (!startsAfter(anchor, parts, n + 1, date)) n += 1;
  return n;
}

/**
 * Finds the period of a rule that holds a date.
 *
 * Periods of a recurring rule are computed from the anchor (`anchor + n × every`, with the month-end rule of
 * {@link addDuration}), so they never drift, and they tile: each ends the day before the next begins. The last
 * period of the calendar ends on 9999-12-31.
 *
 * @param rule - the period rule.
 * @param date - the date.
 * @returns the inclusive range of the period holding `date`, or `undefined` when the date is before a recurring
 * rule's anchor or outside a window.
 * @throws {@link SanctionsRegimeError} `INVALID_PERIOD_RULE` when `rule` is not a period rule or a recurring rule
 * has a zero length; `INVALID_DATE`, `INVALID_DURATION` or `INVALID_RANGE` for a bad date, duration or window in
 * it, and `INVALID_DATE` when `date` is not a valid `YYYY-MM-DD` date.
 * @example
 * ```ts
 * import { periodContaining, parseDate, PeriodRuleSchema } from 'sanctions-regime';
 * const rule = PeriodRuleSchema.parse({ kind: 'recurring', anchor: '2018-01-01', every: 'P12M' });
 * periodContaining(rule, parseDate('2018-09-27')); //=> { start: '2018-01-01', end: '2018-12-31' }
 * periodContaining(rule, parseDate('2017-12-31')); //=> undefined
 * ```
 * @category Time
 */
export function periodContaining(rule: PeriodRule, date: DateArg): DateRange | undefined {
  checkRule(rule, 'periodContaining(rule)');
  checkDate(date, 'periodContaining(date)');
  return periodContainingUnchecked(rule, date);
}

/**
 * {@link periodContaining} without the checks of `rule` and `date`, for the library's own callers (a cap report
 * calls it once per entry).
 *
 * @internal
 */
export function periodContainingUnchecked(rule: PeriodRule, date: PlainDate): DateRange | undefined {
  if (rule.kind === 'window') {
    return rule.start <= date && date <= rule.end
      ? Object.freeze({ start: rule.start, end: rule.end })
      : undefined;
  }
  const parts = checkedParts(rule.every);
  if (compareDates(date, rule.anchor) < 0) return undefined;
  return recurringPeriod(rule.anchor, parts, periodIndex(rule.anchor, parts, date));
}

/**
 * Lists, in order, every period of a rule that shares at least one day with a range.
 *
 * @param rule - the period rule.
 * @param range - the inclusive range of interest.
 * @returns the periods, whole (a period is not cut at the range's edges).
 * @throws {@link SanctionsRegimeError} `INVALID_PERIOD_RULE` when `rule` is not a period rule or a recurring rule
 * has a zero length; `INVALID_RANGE` when `range` is not a range or ends before it starts; `INVALID_DATE` or
 * `INVALID_DURATION` for a bad date or duration in either.
 * @example
 * ```ts
 * import { periodsOverlapping, parseDate, PeriodRuleSchema } from 'sanctions-regime';
 * const rule = PeriodRuleSchema.parse({ kind: 'recurring', anchor: '2018-01-01', every: 'P12M' });
 * periodsOverlapping(rule, { start: parseDate('2018-06-01'), end: parseDate('2019-02-01') }).length; //=> 2
 * ```
 * @category Time
 */
export function periodsOverlapping(rule: PeriodRule, range: DateRange): readonly DateRange[] {
  checkRule(rule, 'periodsOverlapping(rule)');
  checkRange(range, 'periodsOverlapping(range)');
  if (rule.kind === 'window') {
    const overlaps = rule.start <= range.end && range.start <= rule.end;
    return Object.freeze(overlaps ? [Object.freeze({ start: rule.start, end: rule.end })] : []);
  }
  const parts = checkedParts(rule.every);
  if (compareDates(range.end, rule.anchor) < 0) return Object.freeze([]);
  const first = compareDates(range.start, rule.anchor) < 0 ? 0 : periodIndex(rule.anchor, parts, range.start);
  const periods: DateRange[] = [];
  for (let n = first; !startsAfter(rule.anchor, parts, n, range.end); n += 1) {
    periods.push(recurringPeriod(rule.anchor, parts, n));
  }
  return Object.freeze(periods);
}

/**
 * How many periods of a rule share at least one day with a range, without listing them.
 *
 * @internal
 */
export function countPeriodsOverlapping(rule: PeriodRule, range: DateRange): number {
  if (rule.kind === 'window') return rule.start <= range.end && range.start <= rule.end ? 1 : 0;
  const parts = checkedParts(rule.every);
  if (compareDates(range.end, rule.anchor) < 0) return 0;
  const first = compareDates(range.start, rule.anchor) < 0 ? 0 : periodIndex(rule.anchor, parts, range.start);
  return periodIndex(rule.anchor, parts, range.end) - first + 1;
}

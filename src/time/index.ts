export { type DateRange, DateRangeSchema, dateRange, rangeContains, rangesOverlap } from './dateRange.js';
export {
  addDuration,
  type Duration,
  type DurationArg,
  type DurationParts,
  DurationSchema,
  durationParts,
  parseDuration,
  subtractDuration,
} from './duration.js';
export {
  type PeriodRule,
  PeriodRuleSchema,
  periodContaining,
  periodsOverlapping,
  type RecurringPeriodRule,
  type WindowPeriodRule,
} from './periodRule.js';
export {
  addDays,
  compareDates,
  type DateArg,
  daysBetween,
  isPlainDate,
  type PlainDate,
  PlainDateSchema,
  parseDate,
} from './plainDate.js';

import { SanctionsRegimeError } from '../errors.js';
import type { DateArg } from '../time/plainDate.js';
import { addDaysUnchecked as addDays, type PlainDate, PlainDateSchema } from '../time/plainDate.js';
import type { Citation } from './citation.js';
import type { Measure } from './measure.js';
import type { Regime } from './regime.js';
import {
  citationsOf,
  inForceOn,
  type MeasureRecord,
  type Span,
  spanOn,
  type Timeline,
  timelineOf,
} from './timeline.js';

/**
 * A measure in force on a day, with the citations it rests on.
 *
 * @category Resolutions
 */
export interface InForce {
  /** The measure. */
  readonly measure: Measure;
  /** Every citation that created or changed the measure (its predecessors' included), oldest first. */
  readonly citations: readonly Citation[];
  /** The first day of the measure's current stretch in force (after any suspension). */
  readonly since: PlainDate;
  /** The last day it is in force as the regime stands, when it has an end. */
  readonly until?: PlainDate;
}

/**
 * Throws INVALID_DATE unless `on` is a valid date string.
 *
 * @category Resolutions
 */
export function checkDate(on: unknown, name = 'on'): PlainDate {
  const parsed = PlainDateSchema.safeParse(on);
  if (!parsed.success) {
    throw new SanctionsRegimeError(
      'INVALID_DATE',
      `"${name}" must be a calendar date as YYYY-MM-DD, e.g. "2018-09-27".`,
      {
        [name]: typeof on === 'string' ? on : typeof on,
      },
    );
  }
  return parsed.data;
}

/**
 * The in-force entry of a record on a date (which must be in force).
 *
 * @category Resolutions
 */
export function inForceEntry(record: MeasureRecord, timeline: Timeline, on: PlainDate): InForce {
  const span = spanOn(record, on) as Span;
  let since = span.start;
  let until = span.end;
  for (const s of record.suspensions) {
    if (s.end !== undefined && s.end < on && s.end >= since) since = addDays(s.end, 1);
    if (s.start > on && (until === undefined || s.start <= until)) until = addDays(s.start, -1);
  }
  return Object.freeze({
    measure: record.measure,
    citations: citationsOf(record, timeline, on),
    since,
    ...(until === undefined ? {} : { until }),
  });
}

/**
 * Lists the measures of a regime in force on a day, each with the citations it rests on. Superseded, terminated,
 * expired and suspended measures are not in force; a measure's citations include the measures it replaced, so the
 * 2397 refined-petroleum cap rests on 2375 para 14 and 2397 para 5.
 *
 * @param regime - the regime.
 * @param on - the day.
 * @returns the measures in force, in the order the regime creates them.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` for a bad date; `INVALID_REGIME` when the regime is
 * structurally broken (duplicate measure ids, a change of a measure that does not exist).
 * @example
 * ```ts
 * import { measuresInForce, parseDate } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const cap = measuresInForce(dprk1718, parseDate('2018-03-01'))
 *   .find((m) => m.measure.id === 'dprk.refined-petroleum.cap');
 * cap?.measure.kind === 'quantity-cap' && cap.measure.limits[0]?.amount.toFixed(); //=> '500000'
 * ```
 * @category Resolutions
 */
export function measuresInForce(regime: Regime, on: DateArg): readonly InForce[] {
  const date = checkDate(on);
  const timeline = timelineOf(regime);
  const result: InForce[] = [];
  for (const record of timeline.records.values()) {
    if (inForceOn(record, date)) result.push(inForceEntry(record, timeline, date));
  }
  return Object.freeze(result);
}

import type { DateArg, PlainDate } from '../time/plainDate.js';
import type { Citation } from './citation.js';
import type { Mandate } from './mandate.js';
import { checkDate } from './measuresInForce.js';
import type { Regime } from './regime.js';
import { citationsOf, inForceOn, type Span, spanOn, timelineOf } from './timeline.js';

/**
 * A mandate in force on a day, with the citations it rests on.
 *
 * @category Resolutions
 */
export interface MandateInForce {
  /** The mandate. */
  readonly mandate: Mandate;
  /** The paragraphs that created and renewed it, by that day, oldest first. */
  readonly citations: readonly Citation[];
  /** The first day of its current term (renewals that follow on without a gap continue a term). */
  readonly since: PlainDate;
  /**
   * The last day of its current term as the regime stands (renewals adopted later included, as in
   * `until` of `measuresInForce`), when it has one.
   */
  readonly until?: PlainDate;
}

/**
 * Lists the mandates of a regime (bodies created for a term, such as a Panel of Experts) in force on a day: created,
 * renewed by `extend` changes, not yet ended. Mandates are never among the results of `measuresInForce`.
 *
 * @param regime - the regime.
 * @param on - the day.
 * @returns the mandates in force, in the order the regime creates them.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` for a bad date; `INVALID_REGIME` when the regime is
 * structurally broken.
 * @example
 * ```ts
 * import { mandatesInForce } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const [panel] = mandatesInForce(dprk1718, '2022-06-01');
 * panel?.mandate.id; //=> 'dprk.panel-of-experts'
 * [panel?.since, panel?.until]; //=> ['2009-06-12', '2024-04-30']
 * panel?.citations.length; //=> 14
 * mandatesInForce(dprk1718, '2024-05-01'); //=> []
 * ```
 * @category Resolutions
 */
export function mandatesInForce(regime: Regime, on: DateArg): readonly MandateInForce[] {
  const date = checkDate(on);
  const timeline = timelineOf(regime);
  const result: MandateInForce[] = [];
  for (const record of timeline.mandates.values()) {
    if (!inForceOn(record, date)) continue;
    const span = spanOn(record, date) as Span;
    result.push(
      Object.freeze({
        mandate: record.mandate,
        citations: citationsOf(record, timeline, date),
        since: span.start,
        ...(span.end === undefined ? {} : { until: span.end }),
      }),
    );
  }
  return Object.freeze(result);
}

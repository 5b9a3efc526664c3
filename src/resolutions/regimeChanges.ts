import { SanctionsRegimeError } from '../errors.js';
import type { DateArg } from '../time/plainDate.js';
import {
  addDaysUnchecked as addDays,
  compareDatesUnchecked as compareDates,
  type PlainDate,
} from '../time/plainDate.js';
import type { Citation } from './citation.js';
import { checkDate } from './measuresInForce.js';
import type { Regime } from './regime.js';
import { timelineOf } from './timeline.js';

/**
 * One dated event in a regime's history.
 *
 * @category Resolutions
 */
export interface RegimeEvent {
  /** The day the event takes effect. */
  readonly date: PlainDate;
  /**
   * What happened: a measure took effect (`created`; a measure superseded before it took effect has only its
   * `supersede` event), lapsed at the end of its term (`expired`, after any extension), or was changed.
   */
  readonly type: 'created' | 'expired' | 'supersede' | 'amend' | 'suspend' | 'terminate' | 'extend';
  /** The measure concerned. */
  readonly measureId: string;
  /** The resolution responsible (for `expired`, the one that set the end). */
  readonly resolution: number;
  /** The day that resolution was adopted. */
  readonly adopted: PlainDate;
  /** The measure that replaces it, for `supersede` and `amend`. */
  readonly replacement?: string;
  /** One sentence on what happened. */
  readonly summary: string;
  /** The paragraph behind the event. */
  readonly citation: Citation;
}

/**
 * Options for {@link regimeChanges}.
 *
 * @category Resolutions
 */
export interface RegimeChangesOptions {
  /** The first day of interest (inclusive). */
  readonly from?: DateArg;
  /** The last day of interest (inclusive). */
  readonly to?: DateArg;
}

/**
 * Lists, in date order, what each resolution of a regime created, changed or ended, optionally within a range.
 *
 * @param regime - the regime.
 * @param options - `from` and `to`, inclusive.
 * @returns the events, by date, then in the order the regime states them.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` for bad dates; `INVALID_REGIME` for a structurally broken
 * regime; `INVALID_INPUT` when the options are not an object.
 * @example
 * ```ts
 * import { regimeChanges, parseDate } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const events = regimeChanges(dprk1718, { from: parseDate('2018-01-01'), to: parseDate('2018-01-01') });
 * events[0]?.type; //=> 'expired'
 * events.map((e) => `${e.type} ${e.measureId}`).slice(1); //=> ['supersede dprk.refined-petroleum.cap.2375-annual', 'created dprk.refined-petroleum.cap']
 * ```
 * @category Resolutions
 */
export function regimeChanges(regime: Regime, options: RegimeChangesOptions = {}): readonly RegimeEvent[] {
  if (typeof options !== 'object' || options === null) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      'The options of regimeChanges are an object: { from, to }.',
      {},
    );
  }
  const from = options.from === undefined ? undefined : checkDate(options.from, 'from');
  const to = options.to === undefined ? undefined : checkDate(options.to, 'to');
  const timeline = timelineOf(regime);
  const events: (RegimeEvent & { seq: number })[] = [];
  let seq = 0;
  for (const record of timeline.records.values()) {
    const { measure, resolution } = record;
    const citation = measure.citations[0] as Citation;
    const cutDays = new Set(
      record.changes
        .filter(
          ({ change }) =>
            change.type === 'supersede' || change.type === 'amend' || change.type === 'terminate',
        )
        .map(({ change }) => addDays(change.effective, -1)),
    );
    if (record.spans[0]?.start === measure.effective.start) {
      events.push({
        date: measure.effective.start,
        type: 'created',
        measureId: measure.id,
        resolution: resolution.number,
        adopted: resolution.adopted,
        summary: measure.summary,
        citation,
        seq: seq++,
      });
    }
    for (const span of record.spans) {
      if (span.end === undefined || cutDays.has(span.end)) continue;
      events.push({
        date: addDays(span.end, 1),
        type: 'expired',
        measureId: measure.id,
        resolution: resolution.number,
        adopted: resolution.adopted,
        summary: `${measure.summary} (lapses after ${span.end})`,
        citation,
        seq: seq++,
      });
    }
    for (const { change, resolution: by } of record.changes) {
      events.push({
        date: change.effective,
        type: change.type,
        measureId: measure.id,
        resolution: by.number,
        adopted: by.adopted,
        ...(change.replacement === undefined ? {} : { replacement: change.replacement }),
        summary: change.summary,
        citation: Object.freeze({ resolution: by.number, paragraph: change.paragraph }),
        seq: seq++,
      });
    }
  }
  return Object.freeze(
    events
      .filter(
        (e) =>
          (from === undefined || compareDates(from, e.date) <= 0) &&
          (to === undefined || compareDates(e.date, to) <= 0),
      )
      .sort((a, b) => compareDates(a.date, b.date) || a.seq - b.seq)
      .map(({ seq: _seq, ...event }) => Object.freeze(event)),
  );
}

import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { DateArg } from '../time/plainDate.js';
import {
  addDaysUnchecked as addDays,
  compareDatesUnchecked as compareDates,
  type PlainDate,
} from '../time/plainDate.js';
import type { Citation } from './citation.js';
import type { Confidence } from './measure.js';
import { checkDate } from './measuresInForce.js';
import type { Regime } from './regime.js';
import type { Change } from './resolution.js';
import { compareParagraphs, type MandateRecord, type MeasureRecord, timelineOf } from './timeline.js';

/**
 * What a {@link CalendarEvent} is, in the order events of one id on one day are listed:
 *
 * - `mandate-established`: the first day of a mandate (a Panel of Experts).
 * - `measure-renewed` / `mandate-renewed`: an `extend` change, dated the day its resolution was adopted, with the
 *   end before it (`previousEnd`) and after it (`newEnd`).
 * - `deadline-due`: a dated obligation falls due.
 * - `measure-ends` / `mandate-ends`: the last day of a term that ended for good as the data stand: cut short by a
 *   termination, supersession or amendment, or a term that was let run out and renewed only later, after a gap.
 * - `measure-lapses-unless-renewed` / `mandate-lapses-unless-renewed`: the current end of a measure or mandate, as
 *   of the regime's data: the last day it applies unless the Council renews it. Whether the Council did is not in
 *   the data until a resolution that renews it is added.
 *
 * @category Resolutions
 */
export type CalendarEventKind =
  | 'mandate-established'
  | 'measure-renewed'
  | 'mandate-renewed'
  | 'deadline-due'
  | 'measure-ends'
  | 'mandate-ends'
  | 'measure-lapses-unless-renewed'
  | 'mandate-lapses-unless-renewed';

const KIND_ORDER: readonly CalendarEventKind[] = [
  'mandate-established',
  'measure-renewed',
  'mandate-renewed',
  'deadline-due',
  'measure-ends',
  'mandate-ends',
  'measure-lapses-unless-renewed',
  'mandate-lapses-unless-renewed',
];

/**
 * One dated event of {@link regimeCalendar}.
 *
 * @category Resolutions
 */
export interface CalendarEvent {
  /** The day: a renewal's adoption, an end's last day in force, a deadline's due date, a mandate's first day. */
  readonly date: PlainDate;
  /** What happened, or will unless the Council acts: see {@link CalendarEventKind}. */
  readonly kind: CalendarEventKind;
  /** The measure, mandate or deadline concerned. */
  readonly id: string;
  /** The resolution that set the date. */
  readonly resolution: number;
  /** The paragraph that set the date (for a mandate established, the first citation of the mandate). */
  readonly citation: Citation;
  /**
   * One sentence on the event: the change's summary for a renewal or an end by a resolution, the mandate's for its
   * establishment, the deadline's for a deadline; for a lapse, `"Lapses after <date> unless the Council renews it."`.
   */
  readonly summary: string;
  /** How sure the fact behind the event is (the change's, the measure's, the mandate's or the deadline's). */
  readonly confidence: Confidence;
  /** For renewals: the end before the renewal (absent when it had none). */
  readonly previousEnd?: PlainDate;
  /** For renewals: the end after the renewal (absent: no end). */
  readonly newEnd?: PlainDate;
  /** `true` on the `…-lapses-unless-renewed` kinds. */
  readonly unlessRenewed?: true;
  /** For deadlines: who must act. */
  readonly by?: string;
}

/**
 * Options for {@link regimeCalendar}.
 *
 * @category Resolutions
 */
export interface RegimeCalendarOptions {
  /** The first day (inclusive). */
  readonly from: DateArg;
  /** The last day (inclusive). */
  readonly to: DateArg;
}

/** A term of a measure or mandate, with where its end came from. */
interface Term {
  readonly start: PlainDate;
  readonly end: PlainDate | undefined;
  /** The paragraph that set the end, its resolution and confidence. */
  readonly endBy: Source;
  /** The summary of the change that cut the term short. */
  readonly cutBy?: string;
  /** Whether a termination, supersession or amendment set the end. */
  readonly cut: boolean;
}

interface Source {
  readonly resolution: number;
  readonly citation: Citation;
  readonly confidence: Confidence;
}

/**
 * Replays a record's changes as the timeline does (src/resolutions/timeline.ts, applyChange), keeping where each end
 * came from; pushes the renewals on the way. A renewal's `previousEnd` is the end of the last term before it.
 */
function terms(record: MeasureRecord | MandateRecord, push: (e: CalendarEvent) => void): Term[] {
  const isMeasure = 'measure' in record;
  const item = isMeasure ? record.measure : record.mandate;
  const own: Source = {
    resolution: record.resolution.number,
    citation: item.citations[0] as Citation,
    confidence: item.confidence,
  };
  let spans: Term[] = [{ start: item.effective.start, end: item.effective.end, endBy: own, cut: false }];
  for (const { change, resolution } of record.changes) {
    const by: Source = {
      resolution: resolution.number,
      citation: Object.freeze({ resolution: resolution.number, paragraph: change.paragraph }),
      confidence: change.confidence,
    };
    const previousEnd = spans[spans.length - 1]?.end;
    spans = applyChange(spans, change, by);
    if (change.type === 'extend') {
      push({
        date: resolution.adopted,
        kind: isMeasure ? 'measure-renewed' : 'mandate-renewed',
        id: item.id,
        resolution: resolution.number,
        citation: by.citation,
        summary: change.summary,
        confidence: change.confidence,
        ...(previousEnd === undefined ? {} : { previousEnd }),
        ...(change.until === undefined ? {} : { newEnd: change.until }),
      });
    }
  }
  return spans;
}

function applyChange(spans: readonly Term[], change: Change, by: Source): Term[] {
  switch (change.type) {
    case 'supersede':
    case 'amend':
    case 'terminate': {
      const last = addDays(change.effective, -1);
      return spans
        .filter((span) => compareDates(span.start, last) <= 0)
        .map((span) =>
          span.end !== undefined && compareDates(span.end, last) <= 0
            ? span
            : { start: span.start, end: last, endBy: by, cut: true, cutBy: change.summary },
        );
    }
    case 'extend': {
      const previous = spans[spans.length - 1];
      const continuous =
        previous !== undefined &&
        (previous.end === undefined || compareDates(previous.end, addDays(change.effective, -1)) >= 0);
      if (continuous)
        return [...spans.slice(0, -1), { start: previous.start, end: change.until, endBy: by, cut: false }];
      return [...spans, { start: change.effective, end: change.until, endBy: by, cut: false }];
    }
    case 'suspend':
      return [...spans];
  }
}

function rank(kind: CalendarEventKind): number {
  return KIND_ORDER.indexOf(kind);
}

/** What a citation points at within its resolution: its paragraph, or a document's name. */
function paragraphOf(citation: Citation): string {
  return 'paragraph' in citation ? citation.paragraph : citation.document;
}

/**
 * The dated events of a regime in a range: measures renewed and ended, the current end of each measure and mandate
 * that has one (it lapses unless the Council renews it), mandates (a Panel of Experts) established, renewed and
 * ended, and deadlines due, each with the resolution and paragraph that set its date.
 *
 * Suspensions, measures taking effect and supersessions that do not end a term early are not calendar events: see
 * {@link regimeChanges} for the full history.
 *
 * Events are sorted by date, then by id (code-unit order), then by kind in the order {@link CalendarEventKind}
 * lists them, then by resolution number and paragraph (3 before 10): never by the order of the input, so reordering
 * the resolutions, or the measures, mandates and deadlines of a resolution, gives the same calendar.
 *
 * @param regime - the regime (parsed with `RegimeSchema`).
 * @param options - `from` and `to`, inclusive.
 * @returns the events in the range, frozen.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when the options are not an object; `INVALID_DATE` for a
 * bad or missing date; `INVALID_RANGE` when `to` is before `from`; `INVALID_REGIME` when `regime` is not a regime
 * or is structurally broken.
 * @example
 * ```ts
 * import { regimeCalendar } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const events = regimeCalendar(dprk1718, { from: '2023-01-01', to: '2024-12-31' });
 * const panel = events.filter((e) => e.kind !== 'deadline-due');
 * panel.map((e) => `${e.date} ${e.kind}`); //=> ['2023-03-23 mandate-renewed', '2024-04-30 mandate-lapses-unless-renewed']
 * panel[0]?.citation; //=> { resolution: 2680, paragraph: '1' }
 * [panel[0]?.previousEnd, panel[0]?.newEnd]; //=> ['2023-04-30', '2024-04-30']
 * events.find((e) => e.kind === 'deadline-due')?.id; //=> 'dprk.panel-of-experts.final-report.2022'
 * ```
 * @category Resolutions
 */
export function regimeCalendar(regime: Regime, options: RegimeCalendarOptions): readonly CalendarEvent[] {
  if (typeof options !== 'object' || options === null) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `regimeCalendar(regime, options): the options are an object { from, to } (YYYY-MM-DD, inclusive), got ${describeValue(options)}.`,
      { argument: 'regimeCalendar(options)', value: describeValue(options) },
    );
  }
  const from = checkDate(options.from, 'from');
  const to = checkDate(options.to, 'to');
  if (compareDates(from, to) > 0) {
    throw new SanctionsRegimeError(
      'INVALID_RANGE',
      `regimeCalendar(regime, options): the range ${from} to ${to} ends before it starts: swap the dates or check them.`,
      { argument: 'regimeCalendar(options)', start: from, end: to },
    );
  }
  const timeline = timelineOf(regime);
  const events: CalendarEvent[] = [];
  const push = (e: CalendarEvent) => {
    if (compareDates(from, e.date) <= 0 && compareDates(e.date, to) <= 0) events.push(e);
  };
  for (const record of [...timeline.records.values(), ...timeline.mandates.values()]) {
    const isMeasure = 'measure' in record;
    const item = isMeasure ? record.measure : record.mandate;
    const spans = terms(record, push);
    const first = spans[0];
    if (!isMeasure && first !== undefined) {
      push({
        date: first.start,
        kind: 'mandate-established',
        id: item.id,
        resolution: record.resolution.number,
        citation: item.citations[0] as Citation,
        summary: item.summary,
        confidence: item.confidence,
      });
    }
    spans.forEach((span, i) => {
      if (span.end === undefined) return;
      const lapses = !span.cut && i === spans.length - 1;
      const kind: CalendarEventKind = lapses
        ? isMeasure
          ? 'measure-lapses-unless-renewed'
          : 'mandate-lapses-unless-renewed'
        : isMeasure
          ? 'measure-ends'
          : 'mandate-ends';
      push({
        date: span.end,
        kind,
        id: item.id,
        resolution: span.endBy.resolution,
        citation: span.endBy.citation,
        summary: lapses
          ? `Lapses after ${span.end} unless the Council renews it.`
          : (span.cutBy ?? `Its term ended on ${span.end}; it was renewed only later, after a gap.`),
        confidence: span.endBy.confidence,
        ...(lapses ? { unlessRenewed: true as const } : {}),
      });
    });
  }
  for (const resolution of regime.resolutions) {
    for (const deadline of resolution.deadlines ?? []) {
      push({
        date: deadline.due,
        kind: 'deadline-due',
        id: deadline.id,
        resolution: deadline.citation.resolution,
        citation: deadline.citation,
        summary: deadline.summary,
        confidence: deadline.confidence,
        by: deadline.by,
      });
    }
  }
  events.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      rank(a.kind) - rank(b.kind) ||
      a.resolution - b.resolution ||
      compareParagraphs(paragraphOf(a.citation), paragraphOf(b.citation)),
  );
  return Object.freeze(
    events.map((e) => Object.freeze({ ...e, citation: Object.freeze({ ...e.citation }) })),
  );
}

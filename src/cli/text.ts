// Text and SVG output: the renderings of sanctions-regime/format, given exactly what the core functions return.

import {
  capReportSvg,
  formatCapReport,
  formatExplanation,
  formatMeasures,
  formatPlanEvaluation,
  formatTimeline,
  formatTransfer,
  regimeTimelineSvg,
} from '../format/index.js';
import { wrap } from '../format/text.js';
import {
  type CalendarEvent,
  type CapReport,
  type EvaluateResult,
  formatCitation,
  type InForce,
  type MeasuresAfterRelief,
  type PlainDate,
  type PlanEvaluation,
  type PlanTransition,
  type QuantityCap,
  type Regime,
  type RegimeEvent,
  type TransferAssessment,
} from '../index.js';
import { usage } from './failure.js';

const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/** in-force. @internal */
export function measures(result: readonly InForce[] | MeasuresAfterRelief, width: number): string {
  return line(formatMeasures(result, { width }));
}

/** assess. @internal */
export function transfer(result: TransferAssessment, width: number): string {
  return line(formatTransfer(result, { width }));
}

/** changes, and plan --from/--to. @internal */
export function timeline(events: readonly RegimeEvent[] | readonly PlanTransition[], width: number): string {
  return line(formatTimeline(events, { width }));
}

/** The kinds of calendar events in words; a lapse says in capitals that it happens only if the Council does nothing. */
const CALENDAR_KINDS: Readonly<Record<CalendarEvent['kind'], string>> = {
  'mandate-established': 'mandate established',
  'measure-renewed': 'measure renewed',
  'mandate-renewed': 'mandate renewed',
  'deadline-due': 'deadline due',
  'measure-ends': 'measure ends',
  'mandate-ends': 'mandate ends',
  'measure-lapses-unless-renewed': 'measure LAPSES UNLESS RENEWED',
  'mandate-lapses-unless-renewed': 'mandate LAPSES UNLESS RENEWED',
};

/** calendar: one event per entry, its date first and the rest wrapped under the kind. @internal */
export function calendar(events: readonly CalendarEvent[], width: number): string {
  if (events.length === 0) return 'Nothing is dated in this range.\n';
  const lines = events.flatMap((e) => {
    const renewal =
      e.previousEnd === undefined && e.newEnd === undefined
        ? ''
        : `; end ${e.previousEnd ?? 'none'} -> ${e.newEnd ?? 'none'}`;
    const unconfirmed = e.confidence === 'unconfirmed' ? '; unconfirmed' : '';
    const by = e.by === undefined ? '' : `; by ${e.by}`;
    return wrap(
      `${e.date}  ${CALENDAR_KINDS[e.kind]}: ${e.id} (${formatCitation(e.citation)}${by}${renewal}${unconfirmed}). ${e.summary}`,
      width,
      0,
      12,
    );
  });
  return line(lines.join('\n'));
}

/** cap-report: one report per basis, a blank line between them. @internal */
export function capReports(reports: readonly CapReport[], width: number): string {
  return line(reports.map((r) => formatCapReport(r, { width }).replace(/\n+$/, '')).join('\n\n'));
}

/** evaluate. @internal */
export function evaluation(result: EvaluateResult, width: number): string {
  return line(formatExplanation(result, { width }));
}

/** plan --on. @internal */
export function planEvaluation(result: PlanEvaluation, width: number): string {
  return line(formatPlanEvaluation(result, { width }));
}

/** cap-report --format svg: the reports on one chart, every threshold of the cap drawn. @internal */
export function capSvg(reports: readonly CapReport[], cap: QuantityCap, asOf: PlainDate | undefined): string {
  return line(capReportSvg(reports, { cap, ...(asOf === undefined ? {} : { period: asOf }) }));
}

/**
 * changes --format svg: the regime's measures from `from` to `to`; without them, from the first event of the
 * answer (or the first resolution) to its last (or the last resolution).
 *
 * @internal
 */
export function regimeSvg(
  regime: Regime,
  events: readonly RegimeEvent[],
  from: PlainDate | undefined,
  to: PlainDate | undefined,
): string {
  const adopted = regime.resolutions.map((r) => r.adopted).sort();
  const start = from ?? events[0]?.date ?? adopted[0];
  const end = to ?? events.at(-1)?.date ?? adopted.at(-1);
  if (start === undefined || end === undefined)
    throw usage('changes --format svg needs --from and --to for a regime with no resolution.');
  return line(regimeTimelineSvg(regime, { from: start, to: end }));
}

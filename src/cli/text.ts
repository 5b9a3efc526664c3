// Text and SVG output: the renderings of sanctions-regime/format, given exactly what the core functions return.

import {
  formatCapReport,
  formatExplanation,
  formatMeasures,
  formatPlanEvaluation,
  formatTimeline,
  formatTransfer,
} from '../format/index.js';
import type {
  CapReport,
  EvaluateResult,
  InForce,
  MeasuresAfterRelief,
  PlainDate,
  PlanEvaluation,
  PlanTransition,
  Regime,
  RegimeEvent,
  TransferAssessment,
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

/** cap-report --format svg. @internal */
export function capSvg(_reports: readonly CapReport[]): string {
  throw usage('--format svg is not available yet.');
}

/** changes --format svg. @internal */
export function regimeSvg(
  _regime: Regime,
  _events: readonly RegimeEvent[],
  _from?: PlainDate,
  _to?: PlainDate,
): string {
  throw usage('--format svg is not available yet.');
}

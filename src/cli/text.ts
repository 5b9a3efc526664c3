// Text and SVG renderings for the command line. Provisional until sanctions-regime/format lands: these will be its
// formatters.
import {
  type CapReport,
  type EvaluateResult,
  formatCitation,
  formatQuantity,
  type InForce,
  type MeasuresAfterRelief,
  type PlainDate,
  type PlanEvaluation,
  type PlanTransition,
  type Regime,
  type RegimeEvent,
  type TransferAssessment,
} from '../index.js';
import { usage } from './failure.js';

const lines = (...ls: string[]) => `${ls.join('\n')}\n`;

/** @internal */
export function measures(result: readonly InForce[] | MeasuresAfterRelief, _width: number): string {
  const list = Array.isArray(result)
    ? (result as readonly InForce[])
    : (result as MeasuresAfterRelief).inForce;
  return lines(...list.map((e) => `${e.measure.id}  ${e.citations.map(formatCitation).join(' → ')}`));
}

/** @internal */
export function transfer(result: TransferAssessment, _width: number): string {
  return lines(result.verdict, ...result.measures.map((e) => `  ${e.measure.id}`));
}

/** @internal */
export function timeline(events: readonly (RegimeEvent | PlanTransition)[], _width: number): string {
  return lines(
    ...events.map((e) =>
      'measureId' in e ? `${e.date}  ${e.type}  ${e.measureId}` : `${e.date}  ${e.phase}  ${e.status}`,
    ),
  );
}

/** @internal */
export function capReports(reports: readonly CapReport[], _width: number): string {
  return lines(
    ...reports.flatMap((r) =>
      r.periods.map(
        (p) =>
          `${r.basis.join('+')} ${p.period.start}..${p.period.end}: ${p.dimensions.map((d) => formatQuantity(d.total)).join(', ')}, ${p.utilisationPercent} %`,
      ),
    ),
  );
}

/** @internal */
export function evaluation(result: EvaluateResult, _width: number): string {
  return lines(result.truth);
}

/** @internal */
export function planEvaluation(result: PlanEvaluation, _width: number): string {
  return lines(...result.phases.map((p) => `${p.id}: ${p.status}`));
}

/** @internal */
export function capSvg(_reports: readonly CapReport[]): string {
  throw usage('--format svg is not available yet.');
}

/** @internal */
export function regimeSvg(
  _regime: Regime,
  _events: readonly RegimeEvent[],
  _from?: PlainDate,
  _to?: PlainDate,
): string {
  throw usage('--format svg is not available yet.');
}

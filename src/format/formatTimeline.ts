import type { PlanTransition } from '../relief/planTimeline.js';
import { formatCitation } from '../resolutions/citation.js';
import type { RegimeEvent } from '../resolutions/regimeChanges.js';
import { checkObject, checkOptions, type FormatOptions } from './options.js';
import { Lines, textLength } from './text.js';

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - textLength(text)));
}

function longest(values: readonly string[]): number {
  return values.reduce((max, v) => Math.max(max, textLength(v)), 0);
}

function isRegimeEvent(value: PlanTransition | RegimeEvent): value is RegimeEvent {
  return 'measureId' in value;
}

/**
 * Formats a timeline, one dated line each, in columns: the transitions of a relief plan (`planTimeline`: date,
 * phase, status and what happened) or the changes of a regime (`regimeChanges`: date, what happened, the measure,
 * the resolution paragraph responsible and the day it was adopted).
 *
 * @param timeline - the result of `planTimeline` or of `regimeChanges`.
 * @param options - `locale` and `width`; see {@link FormatOptions}.
 * @returns plain text, lines wrapped to the width (a long note continues under its own column), without a final newline.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_INPUT` for bad options or when `timeline` is not a list.
 * @example
 * ```ts
 * import { planTimeline, regimeChanges } from 'sanctions-regime';
 * import { dprk1718, jcpoaEvidence, jcpoaPlan } from 'sanctions-regime/data';
 * import { formatTimeline } from 'sanctions-regime/format';
 * formatTimeline(planTimeline(jcpoaPlan, jcpoaEvidence, { from: '2025-08-01', to: '2025-12-31' })).split('\n')[0]; //=> '2025-08-28  snapback        triggered     Snapback triggered; measures come back'
 * formatTimeline(regimeChanges(dprk1718, { from: '2018-01-01', to: '2018-01-01' })).split('\n')[0]; //=> '2018-01-01  expired    dprk.refined-petroleum.cap.2017q4: res. 2375 para 14,'
 * ```
 * @category Format
 */
export function formatTimeline(
  timeline: readonly PlanTransition[] | readonly RegimeEvent[],
  options?: FormatOptions,
): string {
  const fn = 'formatTimeline';
  const checked = checkOptions(fn, options);
  if (!Array.isArray(timeline))
    checkObject(fn, 'timeline', null, 'the result of planTimeline or regimeChanges');
  const out = new Lines(checked);
  const list = timeline as readonly (PlanTransition | RegimeEvent)[];
  if (list.length === 0) {
    out.add(0, 'Nothing happens in this range.');
    return out.toString();
  }
  const events = list.filter(isRegimeEvent);
  const transitions = list.filter((t): t is PlanTransition => !isRegimeEvent(t));
  if (transitions.length > 0) {
    const phase = longest(transitions.map((t) => t.phase)) + 1;
    const status = longest(transitions.map((t) => t.status)) + 1;
    for (const t of transitions)
      out.add(
        0,
        `${t.date}  ${pad(t.phase, phase)} ${pad(t.status, status)} ${t.note}`,
        12 + phase + 1 + status + 1,
      );
  }
  if (events.length > 0) {
    const type = longest(events.map((e) => e.type)) + 1;
    for (const e of events) {
      const replaced = e.replacement === undefined ? '' : `; replaced by ${e.replacement}`;
      out.add(
        0,
        `${e.date}  ${pad(e.type, type)} ${e.measureId}: ${formatCitation(e.citation)}, adopted ${e.adopted}${replaced}. ${e.summary}`,
        12 + type + 1,
      );
    }
  }
  return out.toString();
}

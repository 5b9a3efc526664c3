import { formatQuantity } from '../quantity/formatQuantity.js';
import type { PhaseEvaluation, PlanEvaluation, SnapbackEvaluation } from '../relief/evaluatePlan.js';
import type { ReliefAction } from '../relief/plan.js';
import { explanationTree, settleList } from './formatExplanation.js';
import { checkObject, checkOptions, type FormatOptions } from './options.js';
import { formatCount, Lines } from './text.js';

/** An action of a phase in words: `lift dprk.coal.export`, `set-cap-limits dprk.x to 1,000,000 bbl`. */
export function actionText(a: ReliefAction, locale: string): string {
  if (a.type === 'set-cap-limits')
    return `${a.type} ${a.measure} to ${a.limits.map((l) => formatQuantity(l, { locale })).join(' or ')}`;
  return `${a.type} ${a.measure}`;
}

/** A phase's actions, one line per type: `lift (2): dprk.coal.export, dprk.iron.export`. */
function actionLines(actions: readonly ReliefAction[], locale: string): string[] {
  const byType = new Map<string, string[]>();
  for (const a of actions) {
    const text = a.type === 'set-cap-limits' ? actionText(a, locale).slice(a.type.length + 1) : a.measure;
    const list = byType.get(a.type);
    if (list === undefined) byType.set(a.type, [text]);
    else list.push(text);
  }
  return [...byType].map(
    ([type, list]) => `${type} (${formatCount(list.length, locale)}): ${list.join(', ')}`,
  );
}

function phaseDates(p: PhaseEvaluation): string {
  const parts: string[] = [];
  if (p.started !== undefined)
    parts.push(`started ${p.started}${p.startedBy === undefined ? '' : ` by its ${p.startedBy}`}`);
  if (p.conditionMet !== undefined) parts.push(`condition first met ${p.conditionMet}`);
  if (p.startsOn !== undefined) parts.push(`starts on ${p.startsOn}`);
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

function snapbackLine(s: SnapbackEvaluation): string {
  const parts: string[] = [];
  if (s.triggeredOn !== undefined) parts.push(`triggered on ${s.triggeredOn}`);
  if (s.reimposesOn !== undefined) parts.push(`measures come back on ${s.reimposesOn}`);
  else if (s.triggeredOn !== undefined)
    parts.push('its delay runs past 9999-12-31: measures never come back');
  if (s.blockedOn !== undefined) parts.push(`blocked on ${s.blockedOn}`);
  if (s.expiresOn !== undefined) parts.push(`no longer available from ${s.expiresOn}`);
  return `snapback: ${s.status}${s.since === undefined ? '' : ` since ${s.since}`}${parts.length === 0 ? '' : ` (${parts.join('; ')})`}`;
}

/**
 * Formats the evaluation of a relief plan on a day: each phase with its status and since when, the dates that
 * decided it, what it does, and the explanation of its condition as an indented tree (as {@link formatExplanation});
 * then the snapback's status and its explanation. An active phase with `review` actions says "conditions met: the
 * Council has said it is ready to review; nothing is lifted".
 *
 * @param evaluation - the result of `evaluatePlan`.
 * @param options - `locale` and `width`; see {@link FormatOptions}.
 * @returns plain text, lines wrapped to the width, without a final newline.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_INPUT` for bad options or when `evaluation` is not an evaluation.
 * @example
 * ```ts
 * import { evaluatePlan } from 'sanctions-regime';
 * import { jcpoaEvidence, jcpoaPlan } from 'sanctions-regime/data';
 * import { formatPlanEvaluation } from 'sanctions-regime/format';
 * const text = formatPlanEvaluation(evaluatePlan(jcpoaPlan, jcpoaEvidence, { at: '2016-06-01' }));
 * text.split('\n')[0]; //=> 'Plan jcpoa evaluated on 2016-06-01'
 * text.includes('phase implementation: active since 2016-01-16'); //=> true
 * ```
 * @category Format
 */
export function formatPlanEvaluation(evaluation: PlanEvaluation, options?: FormatOptions): string {
  const fn = 'formatPlanEvaluation';
  const checked = checkOptions(fn, options);
  checkObject(fn, 'evaluation', evaluation, 'the result of evaluatePlan', ['phases']);
  const { locale } = checked;
  const out = new Lines(checked);
  out.add(0, `Plan ${evaluation.plan} evaluated on ${evaluation.at}`, 2);
  for (const p of evaluation.phases) {
    out.add(
      2,
      `phase ${p.id}: ${p.status}${p.since === undefined ? '' : ` since ${p.since}`}${phaseDates(p)}`,
      6,
    );
    out.add(4, p.title, 6);
    for (const line of actionLines(p.actions, locale)) out.add(4, line, 6);
    if (p.status === 'active' && p.actions.some((a) => a.type === 'review'))
      out.add(4, 'conditions met: the Council has said it is ready to review; nothing is lifted', 6);
    out.add(4, 'why:', 6);
    explanationTree(out, p.explanation, 6, locale);
    settleList(out, p.explanation, 6);
  }
  if (evaluation.snapback !== undefined) {
    out.add(2, snapbackLine(evaluation.snapback), 6);
    out.add(4, 'why:', 6);
    explanationTree(out, evaluation.snapback.explanation, 6, locale);
    settleList(out, evaluation.snapback.explanation, 6);
  }
  return out.toString();
}

import type { EvidenceArg } from '../conditions/EvidenceSchema.js';
import { dateRange } from '../time/dateRange.js';
import type { DateArg } from '../time/plainDate.js';
import { compareDatesUnchecked as compareDates, type PlainDate } from '../time/plainDate.js';
import { checkPlanDate } from './evaluatePlan.js';
import { planHistory } from './history.js';
import type { ReliefPlan } from './plan.js';

/**
 * One dated transition of a plan.
 *
 * @category Relief
 */
export interface PlanTransition {
  /** The day of the transition. */
  readonly date: PlainDate;
  /** A phase id, or `"snapback"`. */
  readonly phase: string;
  /** The status taken that day. */
  readonly status:
    | 'active'
    | 'ended'
    | 'snapped-back'
    | 'triggered'
    | 'in-effect'
    | 'blocked'
    | 'expired'
    | 'unknown';
  /** What happened, in words. */
  readonly note: string;
}

/**
 * Options for {@link planTimeline}.
 *
 * @category Relief
 */
export interface PlanTimelineOptions {
  /** The first day of interest. */
  readonly from: DateArg;
  /** The last day of interest (inclusive): the plan is computed as known on this day. */
  readonly to: DateArg;
}

/**
 * Lists the dated transitions of every phase and of snapback between two days, as the evidence known by the last
 * day shows them.
 *
 * @param plan - the plan.
 * @param evidence - the evidence, raw or prepared.
 * @param options - `from` and `to`, inclusive.
 * @returns the transitions in date order.
 * @throws {@link SanctionsRegimeError} `INVALID_RANGE` when `to` is before `from`; as {@link evaluatePlan}.
 * @example
 * ```ts
 * import { planTimeline, parseDate } from 'sanctions-regime';
 * import { jcpoaEvidence, jcpoaPlan } from 'sanctions-regime/data';
 * const timeline = planTimeline(jcpoaPlan, jcpoaEvidence, { from: parseDate('2015-07-01'), to: parseDate('2025-12-31') });
 * timeline.map((t) => `${t.date} ${t.phase} ${t.status}`)[0]; //=> '2015-10-18 adoption active'
 * ```
 * @category Relief
 */
export function planTimeline(
  plan: ReliefPlan,
  evidence: EvidenceArg,
  options: PlanTimelineOptions,
): readonly PlanTransition[] {
  const from = checkPlanDate(options?.from, 'from');
  const to = checkPlanDate(options.to, 'to');
  dateRange(from, to);
  const history = planHistory(plan, evidence, to);
  const transitions: PlanTransition[] = [];
  for (const h of history.phases) {
    const id = h.phase.id;
    if (h.started !== undefined) {
      transitions.push({
        date: h.started,
        phase: id,
        status: 'active',
        note:
          h.startedBy === 'deadline' ? `${h.phase.title} starts by its deadline` : `${h.phase.title} starts`,
      });
    }
    if (h.ended !== undefined)
      transitions.push({ date: h.ended, phase: id, status: 'ended', note: `${h.phase.title} ends` });
    if (h.snappedBack !== undefined)
      transitions.push({
        date: h.snappedBack,
        phase: id,
        status: 'snapped-back',
        note: `${h.phase.title} undone by snapback`,
      });
    if (h.status === 'unknown' && h.since !== undefined)
      transitions.push({
        date: h.since,
        phase: id,
        status: 'unknown',
        note: `${h.phase.title}: the evidence cannot tell whether it started`,
      });
  }
  const s = history.snapback;
  if (s !== undefined) {
    if (s.triggeredOn !== undefined)
      transitions.push({
        date: s.triggeredOn,
        phase: 'snapback',
        status: 'triggered',
        note:
          s.reimposesOn === undefined
            ? 'Snapback triggered; its delay runs past 9999-12-31, so the measures never come back'
            : `Snapback triggered; measures come back on ${s.reimposesOn}`,
      });
    if (s.blockedOn !== undefined)
      transitions.push({
        date: s.blockedOn,
        phase: 'snapback',
        status: 'blocked',
        note: 'Snapback blocked',
      });
    if (s.status === 'in-effect' && s.reimposesOn !== undefined)
      transitions.push({
        date: s.reimposesOn,
        phase: 'snapback',
        status: 'in-effect',
        note: 'Measures restored by snapback',
      });
    if (s.status === 'expired')
      transitions.push({
        date: s.since,
        phase: 'snapback',
        status: 'expired',
        note: 'Snapback no longer available',
      });
    if (s.status === 'unknown')
      transitions.push({
        date: s.since,
        phase: 'snapback',
        status: 'unknown',
        note: 'Whether snapback was blocked cannot be told from the evidence',
      });
  }
  return Object.freeze(
    transitions
      .filter((t) => compareDates(from, t.date) <= 0 && compareDates(t.date, to) <= 0)
      .sort((a, b) => compareDates(a.date, b.date))
      .map((t) => Object.freeze(t)),
  );
}

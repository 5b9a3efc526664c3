import type { EvidenceArg } from '../conditions/EvidenceSchema.js';
import type { Explanation } from '../conditions/explanation.js';
import { SanctionsRegimeError } from '../errors.js';
import type { DateArg } from '../time/plainDate.js';
import { type PlainDate, PlainDateSchema } from '../time/plainDate.js';
import { type PhaseStatus, planHistory, type SnapbackStatus } from './history.js';
import type { ReliefAction, ReliefPlan } from './plan.js';

export type { PhaseStatus, SnapbackStatus } from './history.js';

/**
 * One phase of an evaluated plan.
 *
 * @category Relief
 */
export interface PhaseEvaluation {
  /** The phase id. */
  readonly id: string;
  readonly title: string;
  /** `pending`, `active`, `ended`, `snapped-back` or `unknown` on the evaluation day. */
  readonly status: PhaseStatus;
  /** The day the phase took that status (for `pending`, the first day it could have started). */
  readonly since?: PlainDate;
  /** For an active (or ended, or snapped-back) phase: the day it started, and whether its condition or its deadline started it. */
  readonly started?: PlainDate;
  readonly startedBy?: 'condition' | 'deadline';
  /** The first day its condition was met, when it was. */
  readonly conditionMet?: PlainDate;
  /** For a pending phase whose start is already fixed (the condition met, `startsAfter` running): that day. */
  readonly startsOn?: PlainDate;
  /** What the phase does while active. */
  readonly actions: readonly ReliefAction[];
  /**
   * Why: the explanation of `requires` on the day it was met (active), on the evaluation day (pending, unknown:
   * its `missing` lists the evidence that would settle it), or of `ends` on the day it was met (ended).
   */
  readonly explanation: Explanation;
}

/**
 * The snapback of an evaluated plan.
 *
 * @category Relief
 */
export interface SnapbackEvaluation {
  /** `available`, `triggered`, `in-effect`, `blocked`, `expired`, or `unknown` (triggered, but whether it was blocked cannot be told). */
  readonly status: SnapbackStatus;
  readonly since?: PlainDate;
  /** The day it was triggered. */
  readonly triggeredOn?: PlainDate;
  /** The day the measures come back: trigger + delay; absent when that falls after 9999-12-31. */
  readonly reimposesOn?: PlainDate;
  /** The day the blocking condition was met. */
  readonly blockedOn?: PlainDate;
  /** The day it stops being available. */
  readonly expiresOn?: PlainDate;
  /** The explanation of the condition that decided the status. */
  readonly explanation: Explanation;
}

/**
 * The result of {@link evaluatePlan}.
 *
 * @category Relief
 */
export interface PlanEvaluation {
  /** The plan id. */
  readonly plan: string;
  /** The evaluation day. */
  readonly at: PlainDate;
  /** The phases, in the plan's order. */
  readonly phases: readonly PhaseEvaluation[];
  readonly snapback?: SnapbackEvaluation;
}

/**
 * Options for {@link evaluatePlan}.
 *
 * @category Relief
 */
export interface EvaluatePlanOptions {
  /** The evaluation day. */
  readonly at: DateArg;
}

/**
 * Checks a date option.
 *
 * @category Relief
 */
export function checkPlanDate(value: unknown, name: string): PlainDate {
  const parsed = PlainDateSchema.safeParse(value);
  if (!parsed.success) {
    throw new SanctionsRegimeError('INVALID_DATE', `"${name}" must be a calendar date as YYYY-MM-DD.`, {});
  }
  return parsed.data;
}

/**
 * Evaluates a relief plan against dated evidence on a day: which phases are in effect, since when and why, and where
 * snapback stands. Phase dates are computed from the evidence (the first day a condition is met, plus `startsAfter`,
 * or a deadline after another phase), never typed in.
 *
 * @param plan - the plan (parsed with `ReliefPlanSchema`).
 * @param evidence - the evidence, raw or prepared with `prepareEvidence`.
 * @param options - `at`, the evaluation day.
 * @returns each phase's status, since when, and its explanation; the snapback's status.
 * @throws {@link SanctionsRegimeError} `INVALID_PLAN` for phases depending on unknown phases or on each other;
 * `INVALID_DATE` for a bad date; as `evaluate` for conditions.
 * @example
 * ```ts
 * import { evaluatePlan, parseDate } from 'sanctions-regime';
 * import { jcpoaEvidence, jcpoaPlan } from 'sanctions-regime/data';
 * const result = evaluatePlan(jcpoaPlan, jcpoaEvidence, { at: parseDate('2016-06-01') });
 * result.phases.map((p) => `${p.id}: ${p.status} ${p.since}`).slice(0, 2); //=> ['adoption: active 2015-10-18', 'implementation: active 2016-01-16']
 * ```
 * @category Relief
 */
export function evaluatePlan(
  plan: ReliefPlan,
  evidence: EvidenceArg,
  options: EvaluatePlanOptions,
): PlanEvaluation {
  const at = checkPlanDate(options?.at, 'at');
  const history = planHistory(plan, evidence, at);
  return Object.freeze({
    plan: plan.id,
    at,
    phases: Object.freeze(
      history.phases.map((h) =>
        Object.freeze({
          id: h.phase.id,
          title: h.phase.title,
          status: h.status,
          ...(h.since === undefined ? {} : { since: h.since }),
          ...(h.started === undefined ? {} : { started: h.started }),
          ...(h.startedBy === undefined ? {} : { startedBy: h.startedBy }),
          ...(h.conditionMet === undefined ? {} : { conditionMet: h.conditionMet }),
          ...(h.startsOn === undefined ? {} : { startsOn: h.startsOn }),
          actions: h.phase.actions,
          explanation: h.explanation,
        }),
      ),
    ),
    ...(history.snapback === undefined ? {} : { snapback: Object.freeze({ ...history.snapback }) }),
  });
}

// Internal: the history of a relief plan up to a horizon, computed from evidence. Every public relief function
// reads this one computation, so evaluatePlan, planTimeline and measuresInForce always agree.
import type { Condition, Truth } from '../conditions/ConditionSchema.js';
import { type EvidenceArg, type PreparedEvidence, prepareEvidence } from '../conditions/EvidenceSchema.js';
import { evaluate } from '../conditions/evaluate.js';
import type { Explanation } from '../conditions/explanation.js';
import { firstMet, truthOver } from '../conditions/truthOver.js';
import { SanctionsRegimeError } from '../errors.js';
import { addDuration } from '../time/duration.js';
import {
  addDaysUnchecked as addDays,
  compareDatesUnchecked as compareDates,
  isPlainDate,
  type PlainDate,
} from '../time/plainDate.js';
import type { ReliefPhase, ReliefPlan } from './plan.js';

/** `date + duration`, or undefined when that falls after 9999-12-31: a start that late never comes. */
function addWithinCalendar(
  date: PlainDate,
  duration: Parameters<typeof addDuration>[1],
): PlainDate | undefined {
  try {
    return addDuration(date, duration);
  } catch (error) {
    if (error instanceof SanctionsRegimeError && error.code === 'INVALID_DATE') return undefined;
    /* c8 ignore next 2 */
    throw error;
  }
}

/**
 * A phase's status: waiting for its condition, in effect, ended, undone by snapback, or not decidable.
 *
 * @category Relief
 */
export type PhaseStatus = 'pending' | 'active' | 'ended' | 'snapped-back' | 'unknown';

/**
 * A snapback's status. `unknown`: the trigger came, but whether it was blocked cannot be told from the evidence.
 *
 * @category Relief
 */
export type SnapbackStatus = 'available' | 'triggered' | 'in-effect' | 'blocked' | 'expired' | 'unknown';

/**
 * The computed course of one phase.
 *
 * @category Relief
 */
export interface PhaseHistory {
  readonly phase: ReliefPhase;
  /** The day the phase became active, if it did by the horizon. */
  readonly started?: PlainDate;
  /** What started it: its condition (plus `startsAfter`), or the `latest` deadline. */
  readonly startedBy?: 'condition' | 'deadline';
  /** The first day `requires` was met (after the prerequisites), if it was. */
  readonly conditionMet?: PlainDate;
  /** A start already fixed but after the horizon. */
  readonly startsOn?: PlainDate;
  readonly ended?: PlainDate;
  readonly snappedBack?: PlainDate;
  /** The status on the horizon, and since when. */
  readonly status: PhaseStatus;
  readonly since?: PlainDate;
  /** Why: the explanation of `requires` (or of `ends` for an ended phase) on the relevant day. */
  readonly explanation: Explanation;
}

/**
 * The computed course of a snapback.
 *
 * @category Relief
 */
export interface SnapbackHistory {
  readonly status: SnapbackStatus;
  /** Every status has a day it holds from. */
  readonly since: PlainDate;
  readonly triggeredOn?: PlainDate;
  readonly reimposesOn?: PlainDate;
  readonly blockedOn?: PlainDate;
  readonly expiresOn?: PlainDate;
  readonly explanation: Explanation;
}

/**
 * The history of a plan up to a horizon.
 *
 * @category Relief
 */
export interface PlanHistory {
  readonly horizon: PlainDate;
  readonly start: PlainDate;
  readonly phases: readonly PhaseHistory[];
  readonly snapback?: SnapbackHistory;
  /** The measures snapback restores (when it is in effect), by id. */
  readonly restored: ReadonlySet<string>;
}

function invalidPlan(message: string, details: Record<string, unknown>): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_PLAN',
    `${message} Run validatePlan(plan, regime) to list every issue.`,
    details,
  );
}

/**
 * Phases in an order where every phase comes after those it depends on; throws INVALID_PLAN on unknown ids or cycles.
 *
 * @category Relief
 */
export function phaseOrder(plan: ReliefPlan): ReliefPhase[] {
  const byId = new Map(plan.phases.map((p) => [p.id, p]));
  const deps = (p: ReliefPhase) => [...(p.after ?? []), ...(p.latest === undefined ? [] : [p.latest.phase])];
  for (const p of plan.phases) {
    for (const d of deps(p))
      if (!byId.has(d))
        throw invalidPlan(`Phase ${p.id} depends on ${d}, which the plan does not have.`, {
          phase: p.id,
          dependsOn: d,
        });
  }
  const ordered: ReliefPhase[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  for (const root of plan.phases) {
    const stack: { phase: ReliefPhase; next: number }[] = [{ phase: root, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { phase: ReliefPhase; next: number };
      if (top.next === 0) {
        const seen = state.get(top.phase.id);
        // A phase is pushed only when neither visiting nor done, so here it is new, or a root already done.
        if (seen === 'done') {
          stack.pop();
          continue;
        }
        state.set(top.phase.id, 'visiting');
      }
      const list = deps(top.phase);
      if (top.next < list.length) {
        const dep = byId.get(list[top.next] as string) as ReliefPhase;
        top.next += 1;
        if (state.get(dep.id) === 'visiting') {
          const cycle = [
            ...stack.slice(stack.findIndex((s) => s.phase === dep)).map((s) => s.phase.id),
            dep.id,
          ];
          throw invalidPlan(`Phases depend on each other in a cycle: ${cycle.join(' → ')}.`, { cycle });
        }
        if (state.get(dep.id) !== 'done') stack.push({ phase: dep, next: 0 });
        continue;
      }
      state.set(top.phase.id, 'done');
      ordered.push(top.phase);
      stack.pop();
    }
  }
  return ordered;
}

/** The plan's definitions, as the option of evaluate, firstMet and truthOver (nothing when it has none). */
const definitionsOf = (plan: ReliefPlan) =>
  plan.definitions === undefined ? {} : { definitions: plan.definitions };

const min = (a: PlainDate | undefined, b: PlainDate | undefined): PlainDate | undefined =>
  a === undefined ? b : b === undefined ? a : compareDates(a, b) <= 0 ? a : b;

/** The first day on or after `from`, up to `to`, on which a condition is met. */
function firstMetBetween(
  condition: Condition,
  evidence: PreparedEvidence,
  from: PlainDate,
  to: PlainDate,
  plan: ReliefPlan,
): PlainDate | undefined {
  if (compareDates(from, to) > 0) return undefined;
  return firstMet(condition, evidence, {
    from,
    to,
    ...definitionsOf(plan),
  });
}

function explain(
  condition: Condition,
  evidence: PreparedEvidence,
  at: PlainDate,
  plan: ReliefPlan,
): Explanation {
  return evaluate(condition, evidence, {
    at,
    ...definitionsOf(plan),
  }).explanation as Explanation;
}

function truthAt(condition: Condition, evidence: PreparedEvidence, at: PlainDate, plan: ReliefPlan): Truth {
  return evaluate(condition, evidence, {
    at,
    // Stryker disable next-line BooleanLiteral: an explanation changes the cost, not the truth read here
    explain: false,
    ...definitionsOf(plan),
  }).truth;
}

/**
 * Computes the history of a plan up to `horizon`.
 *
 * @category Relief
 */
export function planHistory(plan: ReliefPlan, evidenceInput: EvidenceArg, horizon: PlainDate): PlanHistory {
  checkPlan(plan);
  const evidence = prepareEvidence(evidenceInput);
  const start = plan.start;
  const order = phaseOrder(plan);
  const done = new Map<string, PhaseHistory>();

  for (const phase of order) {
    const prereqs = (phase.after ?? []).map((id) => done.get(id) as PhaseHistory);
    const blocked = prereqs.find((p) => p.started === undefined);
    let base = start;
    for (const p of prereqs)
      if (p.started !== undefined && compareDates(p.started, base) > 0) base = p.started;
    const conditionMet =
      blocked === undefined ? firstMetBetween(phase.requires, evidence, base, horizon, plan) : undefined;
    const byCondition =
      conditionMet === undefined
        ? undefined
        : phase.startsAfter === undefined
          ? conditionMet
          : addWithinCalendar(conditionMet, phase.startsAfter);
    const anchor = phase.latest === undefined ? undefined : done.get(phase.latest.phase)?.started;
    const byDeadline =
      anchor === undefined || phase.latest === undefined
        ? undefined
        : addWithinCalendar(anchor, phase.latest.plus);
    const startDate = min(byCondition, byDeadline);
    const startedBy =
      startDate === undefined ? undefined : startDate === byCondition ? 'condition' : 'deadline';
    const base0 = { phase, ...(conditionMet === undefined ? {} : { conditionMet }) };

    if (startDate !== undefined && compareDates(startDate, horizon) <= 0) {
      const ended =
        phase.ends === undefined
          ? undefined
          : firstMetBetween(phase.ends, evidence, startDate, horizon, plan);
      done.set(phase.id, {
        ...base0,
        started: startDate,
        startedBy: startedBy as 'condition' | 'deadline',
        ...(ended === undefined ? {} : { ended }),
        status: ended === undefined ? 'active' : 'ended',
        since: ended ?? startDate,
        explanation:
          ended !== undefined && phase.ends !== undefined
            ? explain(phase.ends, evidence, ended, plan)
            : explain(
                phase.requires,
                evidence,
                startedBy === 'condition' ? (conditionMet as PlainDate) : horizon,
                plan,
              ),
      });
      continue;
    }
    const prereqUnknown = prereqs.some((p) => p.status === 'unknown');
    const truth = blocked === undefined ? truthAt(phase.requires, evidence, horizon, plan) : 'unmet';
    const status: PhaseStatus = prereqUnknown || truth === 'unknown' ? 'unknown' : 'pending';
    let since = base;
    if (status === 'unknown' && blocked === undefined && compareDates(base, horizon) <= 0) {
      const intervals = truthOver(phase.requires, evidence, {
        from: base,
        to: horizon,
        ...definitionsOf(plan),
      });
      since = intervals[intervals.length - 1]?.start ?? base;
    }
    done.set(phase.id, {
      ...base0,
      ...(startDate === undefined ? {} : { startsOn: startDate }),
      status,
      since: compareDates(since, horizon) <= 0 ? since : horizon,
      explanation: explain(phase.requires, evidence, horizon, plan),
    });
  }

  // Snapback.
  let snapback: SnapbackHistory | undefined;
  const restored = new Set<string>();
  const s = plan.snapback;
  if (s !== undefined) {
    const expiresOn =
      s.expires === undefined
        ? undefined
        : 'date' in s.expires
          ? s.expires.date
          : done.get(s.expires.phase)?.started;
    const lastTrigger =
      expiresOn === undefined ? horizon : (min(horizon, addDays(expiresOn, -1)) as PlainDate);
    const triggeredOn = firstMetBetween(s.trigger, evidence, start, lastTrigger, plan);
    const triggerExplanation = explain(s.trigger, evidence, triggeredOn ?? horizon, plan);
    if (triggeredOn === undefined) {
      const expired = expiresOn !== undefined && compareDates(expiresOn, horizon) <= 0;
      snapback = {
        status: expired ? 'expired' : 'available',
        // Before the plan's start, available from its first day, which is not later than the day asked about.
        since: expired ? (expiresOn as PlainDate) : (min(start, horizon) as PlainDate),
        ...(expiresOn === undefined ? {} : { expiresOn }),
        explanation: triggerExplanation,
      };
    } else {
      // A delay that ends after 9999-12-31 never ends: the snapback stays triggered, and can be blocked until then.
      const reimposesOn = addWithinCalendar(triggeredOn, s.delay);
      const windowEnd =
        reimposesOn === undefined ? horizon : (min(horizon, addDays(reimposesOn, -1)) as PlainDate);
      const blockedOn =
        s.blockedBy === undefined
          ? undefined
          : firstMetBetween(s.blockedBy, evidence, triggeredOn, windowEnd, plan);
      const common = {
        triggeredOn,
        ...(reimposesOn === undefined ? {} : { reimposesOn }),
        ...(expiresOn === undefined ? {} : { expiresOn }),
      };
      if (blockedOn !== undefined && s.blockedBy !== undefined) {
        snapback = {
          ...common,
          status: 'blocked',
          since: blockedOn,
          blockedOn,
          explanation: explain(s.blockedBy, evidence, blockedOn, plan),
        };
      } else if (reimposesOn === undefined || compareDates(horizon, reimposesOn) < 0) {
        snapback = { ...common, status: 'triggered', since: triggeredOn, explanation: triggerExplanation };
      } else {
        const undecided =
          s.blockedBy !== undefined &&
          truthOver(s.blockedBy, evidence, {
            from: triggeredOn,
            to: addDays(reimposesOn, -1),
            ...definitionsOf(plan),
          }).some((i) => i.truth === 'unknown');
        snapback = undecided
          ? {
              ...common,
              status: 'unknown',
              since: reimposesOn,
              explanation: explain(s.blockedBy as Condition, evidence, addDays(reimposesOn, -1), plan),
            }
          : { ...common, status: 'in-effect', since: reimposesOn, explanation: triggerExplanation };
      }
    }
    if (snapback.status === 'in-effect') {
      const relieved = plan.phases.flatMap((p) =>
        p.actions.filter((a) => a.type !== 'reimpose' && a.type !== 'review').map((a) => a.measure),
      );
      for (const id of s.restores === 'all' ? relieved : s.restores) restored.add(id);
      const on = snapback.reimposesOn as PlainDate;
      for (const [id, h] of done) {
        if (h.started === undefined || compareDates(h.started, on) >= 0) {
          // After snapback, no phase starts.
          if (h.started !== undefined) {
            done.set(id, {
              ...h,
              status: 'pending',
              since: on,
              startsOn: h.started,
              started: undefined as never,
            } as PhaseHistory);
          }
          continue;
        }
        if (h.ended !== undefined && compareDates(h.ended, on) <= 0) continue;
        // A review changed nothing, so snapback has nothing of it to undo.
        if (!h.phase.actions.some((a) => a.type !== 'review' && restored.has(a.measure))) continue;
        done.set(id, { ...h, snappedBack: on, status: 'snapped-back', since: on });
      }
    }
  }
  return {
    horizon,
    start,
    phases: plan.phases.map((p) => stripUndefined(done.get(p.id) as PhaseHistory)),
    ...(snapback === undefined ? {} : { snapback }),
    restored,
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the shape of a plan that the functions read, so that a hand-built or broken plan gives INVALID_PLAN rather
 * than a TypeError. Parse JSON with ReliefPlanSchema for the full check with paths.
 */
export function checkPlan(plan: unknown): asserts plan is ReliefPlan {
  const fail = (what: string) =>
    invalidPlan(
      `The plan is malformed (${what}): parse it with ReliefPlanSchema to see each problem with its path.`,
      {},
    );
  if (!isRecord(plan) || typeof plan.id !== 'string') throw fail('no id');
  if (typeof plan.regime !== 'string') throw fail('no regime');
  if (!isPlainDate(plan.start))
    throw fail('its start is not a date: give the day it was adopted or proposed, YYYY-MM-DD');
  if (!Array.isArray(plan.phases)) throw fail('no list of phases');
  for (const phase of plan.phases) {
    if (!isRecord(phase) || typeof phase.id !== 'string' || !isRecord(phase.requires))
      throw fail('a phase without id or condition');
    if (typeof phase.title !== 'string') throw fail(`phase ${phase.id}'s title`);
    if (
      !Array.isArray(phase.actions) ||
      !phase.actions.every((a) => isRecord(a) && typeof a.measure === 'string')
    )
      throw fail(`phase ${phase.id}'s actions`);
    if (
      phase.after !== undefined &&
      (!Array.isArray(phase.after) || !phase.after.every((id) => typeof id === 'string'))
    )
      throw fail(`phase ${phase.id}'s "after"`);
    if (phase.latest !== undefined && (!isRecord(phase.latest) || typeof phase.latest.phase !== 'string'))
      throw fail(`phase ${phase.id}'s "latest"`);
  }
  const s = plan.snapback;
  if (
    s !== undefined &&
    (!isRecord(s) ||
      !isRecord(s.trigger) ||
      typeof s.delay !== 'string' ||
      (s.restores !== 'all' &&
        (!Array.isArray(s.restores) || !s.restores.every((id) => typeof id === 'string'))) ||
      (s.terminates !== undefined &&
        (!Array.isArray(s.terminates) || !s.terminates.every((id) => typeof id === 'string'))) ||
      (s.expires !== undefined &&
        (!isRecord(s.expires) ||
          (typeof s.expires.phase !== 'string' && typeof s.expires.date !== 'string'))))
  ) {
    throw fail('the snapback');
  }
  if (plan.definitions !== undefined && !isRecord(plan.definitions)) throw fail('the definitions');
}

import type { EvidenceArg } from '../conditions/EvidenceSchema.js';
import { SanctionsRegimeError } from '../errors.js';
import type { Citation } from '../resolutions/citation.js';
import type { Measure } from '../resolutions/measure.js';
import {
  measuresInForce as baseMeasuresInForce,
  checkDate,
  type InForce,
} from '../resolutions/measuresInForce.js';
import type { Regime } from '../resolutions/regime.js';
import { citationsOf, timelineOf } from '../resolutions/timeline.js';
import type { DateArg } from '../time/plainDate.js';
import { compareDatesUnchecked as compareDates, type PlainDate } from '../time/plainDate.js';
import { checkPlan, planHistory } from './history.js';
import type { ReliefAction, ReliefPlan, ReviewAction } from './plan.js';

/** The actions that change what is in force: every action but `review`. */
type ChangingAction = Exclude<ReliefAction, ReviewAction>;

/**
 * A plan and the evidence to evaluate it against.
 *
 * @category Relief
 */
export interface ReliefInput {
  readonly plan: ReliefPlan;
  readonly evidence: EvidenceArg;
}

/**
 * Options for `measuresInForce`.
 *
 * @category Relief
 */
export interface MeasuresInForceOptions {
  /** Relief plans to apply on top of the regime, each with its evidence. */
  readonly relief: readonly ReliefInput[];
}

/**
 * What a plan did to a measure: the plan, the phase (or `snapback`), the action and since when.
 *
 * @category Relief
 */
export interface ReliefEffect {
  readonly plan: string;
  readonly phase: string;
  /** What it did: never `review`, which changes nothing in force. */
  readonly action: Exclude<ReliefAction, ReviewAction>['type'] | 'snapback';
  readonly since: PlainDate;
}

/**
 * A measure in force after relief, with the plans' effects on it (a new cap limit, a reimposition, a snapback).
 *
 * @category Relief
 */
export interface InForceAfterRelief extends InForce {
  /** The effects that shaped it, oldest first; empty when no plan touched it. */
  readonly relief: readonly ReliefEffect[];
}

/**
 * A measure that a plan took out of force on the day asked about.
 *
 * @category Relief
 */
export interface RelievedMeasure {
  readonly measure: Measure;
  /** The citations it rests on in the regime. */
  readonly citations: readonly Citation[];
  /** The suspension or lifting that took it out. */
  readonly by: ReliefEffect;
}

/**
 * A measure that a phase of unknown status would change: neither kept in force nor dropped.
 *
 * @category Relief
 */
export interface UncertainMeasure {
  readonly measure: Measure;
  readonly citations: readonly Citation[];
  /** Whether the regime alone has it in force (whatever the plans do). */
  readonly inForceWithoutRelief: boolean;
  /**
   * The phases of unknown status that touch it, and the phases of several plans that act on it in conflict on one day,
   * with what they would do; sorted by plan, phase and action id.
   */
  readonly by: readonly {
    readonly plan: string;
    readonly phase: string;
    readonly action: Exclude<ReliefAction, ReviewAction>['type'];
  }[];
}

/**
 * The measures of a regime on a day after relief plans.
 *
 * @category Relief
 */
export interface MeasuresAfterRelief {
  readonly on: PlainDate;
  /** The measures in force, after the plans' actions. */
  readonly inForce: readonly InForceAfterRelief[];
  /** The measures the plans took out of force. */
  readonly relieved: readonly RelievedMeasure[];
  /** The measures a phase of unknown status touches. */
  readonly uncertain: readonly UncertainMeasure[];
}

/**
 * Lists the measures of a regime in force on a day, each with the citations it rests on (the regime alone; pass
 * `{ relief }` to apply relief plans).
 *
 * @param regime - the regime.
 * @param on - the day.
 * @returns the measures in force, in the order the regime creates them.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` for a bad date; `INVALID_REGIME` for a broken regime.
 * @example
 * ```ts
 * import { measuresInForce, parseDate } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * measuresInForce(dprk1718, parseDate('2018-09-27')).length; //=> 72
 * ```
 * @category Relief
 */
export function measuresInForce(regime: Regime, on: DateArg): readonly InForce[];
/**
 * Lists the measures of a regime in force on a day, each with the citations it rests on.
 *
 * Without options this is the regime alone (see the resolutions guide). With `relief`, each plan is evaluated on
 * that day against its evidence and its active phases' actions are applied: suspended and lifted measures move to
 * `relieved`, cap limits are replaced, snapback restores what it restores and takes out what it terminates (as
 * lifted by phase `snapback`), and a measure touched by a phase whose
 * status is `unknown` is reported in `uncertain`, neither kept nor dropped. Every change names its plan, phase and
 * date.
 *
 * The order of `relief` never changes the answer. Effects apply day by day; on one day, one plan's effects on a
 * measure apply in the plan's order, several plans' effects that agree apply together, and several plans' effects
 * that disagree (one lifts a measure, another reimposes it or sets its limits) make it `uncertain`, with every
 * attribution. Snapbacks apply last; lists of effects are sorted by date, then plan, phase and action id.
 *
 * @param regime - the regime.
 * @param on - the day.
 * @param options - `relief`: plans with their evidence.
 * @returns the measures in force (without options), or the measures after relief.
 * @throws {@link SanctionsRegimeError} `INVALID_DATE` for a bad date; `INVALID_REGIME` for a broken regime;
 * `INVALID_INPUT` for a plan of another regime; `INVALID_PLAN` for a broken plan.
 * @example
 * ```ts
 * import { measuresInForce, parseDate } from 'sanctions-regime';
 * import { iran2231, jcpoaEvidence, jcpoaPlan } from 'sanctions-regime/data';
 * const relief = [{ plan: jcpoaPlan, evidence: jcpoaEvidence }];
 * measuresInForce(iran2231, parseDate('2017-01-01'), { relief }).relieved.length > 0; //=> true
 * measuresInForce(iran2231, parseDate('2025-10-01'), { relief }).inForce.some((m) => m.measure.id === 'iran.1737.asset-freeze'); //=> true
 * ```
 * @category Relief
 */
export function measuresInForce(
  regime: Regime,
  on: DateArg,
  options: MeasuresInForceOptions,
): MeasuresAfterRelief;
export function measuresInForce(
  regime: Regime,
  on: DateArg,
  options?: MeasuresInForceOptions,
): readonly InForce[] | MeasuresAfterRelief {
  if (options === undefined) return baseMeasuresInForce(regime, on);
  const day = checkDate(on);
  if (
    typeof options !== 'object' ||
    options === null ||
    !Array.isArray(options.relief) ||
    !options.relief.every((r) => typeof r === 'object' && r !== null)
  ) {
    throw new SanctionsRegimeError('INVALID_INPUT', '"relief" must be an array of { plan, evidence }.', {});
  }
  const timeline = timelineOf(regime);
  const recordOf = (id: string) => timeline.records.get(id);
  const current = new Map<string, { entry: InForce; relief: ReliefEffect[] }>();
  for (const entry of baseMeasuresInForce(regime, day)) current.set(entry.measure.id, { entry, relief: [] });
  const inForceWithoutRelief = new Set(current.keys());
  const relieved = new Map<string, RelievedMeasure>();
  const uncertain = new Map<
    string,
    {
      measure: Measure;
      citations: readonly Citation[];
      inForceWithoutRelief: boolean;
      by: UncertainMeasure['by'][number][];
    }
  >();
  const markUncertain = (id: string, by: readonly UncertainMeasure['by'][number][]) => {
    const record = recordOf(id) as NonNullable<ReturnType<typeof recordOf>>;
    const u = uncertain.get(id) ?? {
      measure: record.measure,
      citations: citationsOf(record, timeline, day),
      inForceWithoutRelief: inForceWithoutRelief.has(id),
      by: [],
    };
    u.by.push(...by);
    uncertain.set(id, u);
  };

  // Every action of an active (or snapped-back) phase, with the relief entry it comes from and its place in it.
  interface Touch {
    readonly entry: number;
    readonly place: number;
    readonly action: ChangingAction;
    readonly effect: ReliefEffect;
  }
  const touches: Touch[] = [];
  const restorations: {
    plan: string;
    since: PlainDate;
    measures: ReadonlySet<string>;
    terminates: readonly string[];
  }[] = [];
  options.relief.forEach(({ plan, evidence }, entry) => {
    checkPlan(plan);
    if (plan.regime !== regime.id) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `Plan ${plan.id} relieves ${plan.regime}, not ${regime.id}.`,
        { plan: plan.id },
      );
    }
    const history = planHistory(plan, evidence, day);
    const snapped = history.snapback?.status === 'in-effect';
    if (snapped) {
      restorations.push({
        plan: plan.id,
        since: history.snapback?.reimposesOn as PlainDate,
        measures: history.restored,
        terminates: plan.snapback?.terminates ?? [],
      });
    }
    let place = 0;
    for (const h of history.phases) {
      for (const action of h.phase.actions) {
        place += 1;
        if (recordOf(action.measure) === undefined) {
          throw new SanctionsRegimeError(
            'INVALID_PLAN',
            `Plan ${plan.id} names ${action.measure}, which ${regime.id} does not have. Run validatePlan(plan, regime).`,
            { plan: plan.id, measure: action.measure },
          );
        }
        // A review changes nothing in force, whatever the phase's status (relief by review is not relief).
        if (action.type === 'review') continue;
        if (h.status === 'unknown') {
          markUncertain(action.measure, [{ plan: plan.id, phase: h.phase.id, action: action.type }]);
          continue;
        }
        if (h.status !== 'active' && h.status !== 'snapped-back') continue;
        if (h.status === 'snapped-back' && snapped && history.restored.has(action.measure)) continue;
        const effect = {
          plan: plan.id,
          phase: h.phase.id,
          action: action.type,
          since: h.started as PlainDate,
        };
        touches.push({ entry, place, action, effect });
      }
    }
  });

  // Effects apply day by day. On one day, the effects of one plan on a measure apply in the plan's order; effects of
  // several plans that agree apply in the order of plan, phase and action ids; effects of several plans that
  // disagree (one lifts, another reimposes or sets other limits) make the measure uncertain, with every attribution.
  // So the answer never depends on the order of the relief list.
  const byDay = new Map<PlainDate, Map<string, Touch[]>>();
  for (const touch of touches) {
    const measures = byDay.get(touch.effect.since) ?? new Map<string, Touch[]>();
    byDay.set(touch.effect.since, measures);
    const list = measures.get(touch.action.measure) ?? [];
    measures.set(touch.action.measure, list);
    list.push(touch);
  }
  for (const since of [...byDay.keys()].sort(compareDates)) {
    for (const [id, list] of byDay.get(since) as Map<string, Touch[]>) {
      if (list.some((t) => t.entry !== (list[0] as Touch).entry)) {
        if (new Set(list.map((t) => effectClass(t.action))).size > 1) {
          markUncertain(
            id,
            list.map((t) => ({ plan: t.effect.plan, phase: t.effect.phase, action: t.action.type })),
          );
          continue;
        }
        list.sort((a, b) => compareEffects(a.effect, b.effect) || a.place - b.place);
      } else {
        list.sort((a, b) => a.place - b.place);
      }
      for (const { action, effect } of list) apply(id, action, effect);
    }
  }

  function apply(id: string, action: ChangingAction, effect: ReliefEffect): void {
    const record = recordOf(id) as NonNullable<ReturnType<typeof recordOf>>;
    const live = current.get(id);
    switch (action.type) {
      case 'suspend':
      case 'lift':
        if (live !== undefined) {
          current.delete(id);
          relieved.set(id, { measure: live.entry.measure, citations: live.entry.citations, by: effect });
        }
        return;
      case 'reimpose': {
        const back = relieved.get(id);
        relieved.delete(id);
        if (live !== undefined) live.relief.push(effect);
        else {
          const measure = back?.measure ?? record.measure;
          current.set(id, {
            entry: { measure, citations: citationsOf(record, timeline, day), since: effect.since },
            relief: [effect],
          });
        }
        return;
      }
      case 'set-cap-limits':
        if (live !== undefined && live.entry.measure.kind === 'quantity-cap') {
          live.entry = {
            ...live.entry,
            measure: Object.freeze({ ...live.entry.measure, limits: action.limits }),
          };
          live.relief.push(effect);
        }
        return;
    }
  }

  // Snapbacks last, in the order of their dates and plan ids (never the order of the relief list).
  restorations.sort((a, b) => compareDates(a.since, b.since) || compareText(a.plan, b.plan));
  for (const r of restorations) {
    for (const id of r.measures) {
      const live = current.get(id);
      if (live !== undefined)
        live.relief.push({ plan: r.plan, phase: 'snapback', action: 'snapback', since: r.since });
    }
    for (const id of r.terminates) {
      const live = current.get(id);
      if (live === undefined) continue;
      current.delete(id);
      relieved.set(id, {
        measure: live.entry.measure,
        citations: live.entry.citations,
        by: { plan: r.plan, phase: 'snapback', action: 'lift', since: r.since },
      });
    }
  }
  for (const id of uncertain.keys()) {
    current.delete(id);
    relieved.delete(id);
  }
  const order = (id: string) => recordOf(id)?.order ?? Number.MAX_SAFE_INTEGER;
  return Object.freeze({
    on: day,
    inForce: Object.freeze(
      [...current.entries()]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([, v]) =>
          Object.freeze({
            ...v.entry,
            relief: Object.freeze([...v.relief].sort(compareEffects).map((e) => Object.freeze(e))),
          }),
        ),
    ),
    relieved: Object.freeze(
      [...relieved.entries()]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([, v]) => Object.freeze({ ...v, by: Object.freeze(v.by) })),
    ),
    uncertain: Object.freeze(
      [...uncertain.entries()]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([, v]) =>
          Object.freeze({
            ...v,
            by: Object.freeze([...v.by].sort(compareAttributions).map((b) => Object.freeze(b))),
          }),
        ),
    ),
  });
}

/** What an action makes of a measure: out of force, in force, or in force with these limits. */
function effectClass(action: ChangingAction): string {
  switch (action.type) {
    case 'suspend':
    case 'lift':
      return 'out';
    case 'reimpose':
      return 'in';
    case 'set-cap-limits':
      return `limits ${action.limits.map((l) => `${l.amount.toFixed()} ${l.unit}`).join(', ')}`;
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders attributions by plan, phase and action ids. */
function compareAttributions(
  a: { readonly plan: string; readonly phase: string; readonly action: string },
  b: { readonly plan: string; readonly phase: string; readonly action: string },
): number {
  return compareText(a.plan, b.plan) || compareText(a.phase, b.phase) || compareText(a.action, b.action);
}

/** Orders effects oldest first, then by plan, phase and action ids. */
function compareEffects(a: ReliefEffect, b: ReliefEffect): number {
  return compareDates(a.since, b.since) || compareAttributions(a, b);
}

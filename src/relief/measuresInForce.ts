import type { Evidence, PreparedEvidence } from '../conditions/EvidenceSchema.js';
import { SanctionsRegimeError } from '../errors.js';
import type { Citation } from '../resolutions/citation.js';
import type { Measure } from '../resolutions/measure.js';
import {
  measuresInForce as baseMeasuresInForce,
  checkDate,
  type InForce,
} from '../resolutions/measuresInForce.js';
import type { Regime } from '../resolutions/regime.js';
import { basisOf, timelineOf } from '../resolutions/timeline.js';
import { compareDates, type PlainDate } from '../time/plainDate.js';
import { checkPlan, type PhaseHistory, planHistory } from './history.js';
import type { ReliefAction, ReliefPlan } from './plan.js';

/**
 * A plan and the evidence to evaluate it against.
 *
 * @category Relief
 */
export interface ReliefInput {
  readonly plan: ReliefPlan;
  readonly evidence: Evidence | PreparedEvidence;
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
  readonly action: ReliefAction['type'] | 'snapback';
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
  readonly basis: readonly Citation[];
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
  readonly basis: readonly Citation[];
  /** Whether the regime alone has it in force. */
  readonly inForceWithoutRelief: boolean;
  /** The phases of unknown status that touch it, and what they would do. */
  readonly by: readonly {
    readonly plan: string;
    readonly phase: string;
    readonly action: ReliefAction['type'];
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
export function measuresInForce(regime: Regime, on: PlainDate): readonly InForce[];
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
  on: PlainDate,
  options: MeasuresInForceOptions,
): MeasuresAfterRelief;
export function measuresInForce(
  regime: Regime,
  on: PlainDate,
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
  const current = new Map<string, { entry: InForce; relief: ReliefEffect[] }>();
  for (const entry of baseMeasuresInForce(regime, day)) current.set(entry.measure.id, { entry, relief: [] });
  const relieved = new Map<string, RelievedMeasure>();
  const uncertain = new Map<
    string,
    {
      measure: Measure;
      basis: readonly Citation[];
      inForceWithoutRelief: boolean;
      by: UncertainMeasure['by'][number][];
    }
  >();

  interface Step {
    readonly plan: ReliefPlan;
    readonly order: number;
    readonly history: PhaseHistory;
  }
  const steps: Step[] = [];
  const restorations: {
    plan: string;
    since: PlainDate;
    measures: ReadonlySet<string>;
    terminates: readonly string[];
  }[] = [];
  options.relief.forEach(({ plan, evidence }, planIndex) => {
    checkPlan(plan);
    if (plan.regime !== regime.id) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `Plan ${plan.id} relieves ${plan.regime}, not ${regime.id}.`,
        { plan: plan.id },
      );
    }
    const history = planHistory(plan, evidence, day);
    history.phases.forEach((h, i) => {
      steps.push({ plan, order: planIndex * 10_000 + i, history: h });
    });
    if (history.snapback?.status === 'in-effect') {
      restorations.push({
        plan: plan.id,
        since: history.snapback.reimposesOn as PlainDate,
        measures: history.restored,
        terminates: plan.snapback?.terminates ?? [],
      });
    }
  });
  steps.sort((a, b) => compareDates(a.history.started ?? day, b.history.started ?? day) || a.order - b.order);

  const recordOf = (id: string) => timeline.records.get(id);
  for (const { plan, history } of steps) {
    const restoredHere =
      history.status === 'snapped-back'
        ? new Set(restorations.filter((r) => r.plan === plan.id).flatMap((r) => [...r.measures]))
        : undefined;
    for (const action of history.phase.actions) {
      const record = recordOf(action.measure);
      if (record === undefined) {
        throw new SanctionsRegimeError(
          'INVALID_PLAN',
          `Plan ${plan.id} names ${action.measure}, which ${regime.id} does not have. Run validatePlan(plan, regime).`,
          { plan: plan.id, measure: action.measure },
        );
      }
      if (history.status === 'unknown') {
        const u = uncertain.get(action.measure) ?? {
          measure: record.measure,
          basis: basisOf(record, timeline, day),
          inForceWithoutRelief: current.has(action.measure),
          by: [],
        };
        u.by.push({ plan: plan.id, phase: history.phase.id, action: action.type });
        uncertain.set(action.measure, u);
        continue;
      }
      if (history.status !== 'active' && history.status !== 'snapped-back') continue;
      if (restoredHere?.has(action.measure)) continue;
      const effect: ReliefEffect = {
        plan: plan.id,
        phase: history.phase.id,
        action: action.type,
        since: history.started as PlainDate,
      };
      const live = current.get(action.measure);
      switch (action.type) {
        case 'suspend':
        case 'lift':
          if (live !== undefined) {
            current.delete(action.measure);
            relieved.set(action.measure, {
              measure: live.entry.measure,
              basis: live.entry.basis,
              by: effect,
            });
          }
          break;
        case 'reimpose': {
          const back = relieved.get(action.measure);
          relieved.delete(action.measure);
          if (live !== undefined) live.relief.push(effect);
          else {
            const measure = back?.measure ?? record.measure;
            current.set(action.measure, {
              entry: { measure, basis: basisOf(record, timeline, day), since: effect.since },
              relief: [effect],
            });
          }
          break;
        }
        case 'set-cap-limits':
          if (live !== undefined && live.entry.measure.kind === 'quantity-cap') {
            live.entry = {
              ...live.entry,
              measure: Object.freeze({ ...live.entry.measure, limits: action.limits }),
            };
            live.relief.push(effect);
          }
          break;
      }
    }
  }
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
        basis: live.entry.basis,
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
          Object.freeze({ ...v.entry, relief: Object.freeze(v.relief.map((e) => Object.freeze(e))) }),
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
        .map(([, v]) => Object.freeze({ ...v, by: Object.freeze(v.by.map((b) => Object.freeze(b))) })),
    ),
  });
}

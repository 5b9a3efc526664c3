import type { Condition } from '../conditions/ConditionSchema.js';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { Regime } from '../resolutions/regime.js';
import { assertRegime } from '../resolutions/timeline.js';
import { checkPlan, phaseOrder } from './history.js';
import type { ReliefPlan } from './plan.js';

/**
 * One problem found by {@link validatePlan}.
 *
 * @category Relief
 */
export interface PlanIssue {
  readonly code:
    | 'REGIME_MISMATCH'
    | 'UNKNOWN_MEASURE'
    | 'NOT_A_CAP'
    | 'LIMIT_UNIT_MISMATCH'
    | 'UNKNOWN_PHASE'
    | 'PHASE_CYCLE'
    | 'UNDEFINED_REFERENCE';
  /** Where in the plan, as a path of keys and indexes. */
  readonly path: readonly (string | number)[];
  /** What is wrong and what to do. */
  readonly message: string;
}

/**
 * The names `ref` nodes use in a condition, walked without recursion. A broken condition (a node that is not an
 * object, an `of` that is not a list, a cycle) yields the names it can read: evaluating it reports the breakage.
 */
function refsOf(condition: Condition): string[] {
  const names: string[] = [];
  const seen = new Set<unknown>();
  const stack: unknown[] = [condition];
  while (stack.length > 0) {
    const node = stack.pop() as Partial<Record<'op' | 'name' | 'of', unknown>> | null;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (node.op === 'ref' && typeof node.name === 'string') names.push(node.name);
    else if (Array.isArray(node.of)) for (const child of node.of) stack.push(child);
    else if (node.op === 'not') stack.push(node.of);
  }
  return names;
}

/** A unit as written, or a description of whatever stands in its place in an unparsed plan or regime. */
const shown = (unit: unknown) => (typeof unit === 'string' ? unit : describeValue(unit));

/**
 * Checks a plan against the regime it relieves and returns the problems as data: a plan for another regime, actions
 * naming measures the regime does not have (or `set-cap-limits` on a measure that is not a cap, or in a unit the cap
 * has no limit in), phases depending
 * on unknown phases or on each other, and `ref`s with no definition.
 *
 * @param plan - the plan (parsed with `ReliefPlanSchema`).
 * @param regime - the regime it relieves.
 * @returns the issues; empty when the plan is sound.
 * @throws {@link SanctionsRegimeError} `INVALID_PLAN` for a plan that is not plan-shaped; `INVALID_REGIME` for a
 * regime that is not regime-shaped.
 * @example
 * ```ts
 * import { validatePlan } from 'sanctions-regime';
 * import { iran2231, jcpoaPlan } from 'sanctions-regime/data';
 * validatePlan(jcpoaPlan, iran2231); //=> []
 * ```
 * @category Relief
 */
export function validatePlan(plan: ReliefPlan, regime: Regime): readonly PlanIssue[] {
  checkPlan(plan);
  assertRegime(regime);
  const issues: PlanIssue[] = [];
  if (plan.regime !== regime.id) {
    issues.push({
      code: 'REGIME_MISMATCH',
      path: ['regime'],
      message: `The plan relieves ${plan.regime}, not ${regime.id}.`,
    });
  }
  const measures = new Map(regime.resolutions.flatMap((r) => r.measures).map((m) => [m.id, m]));
  const phaseIds = new Set(plan.phases.map((p) => p.id));
  const definitions = new Set(Object.keys(plan.definitions ?? {}));
  const checkRefs = (condition: Condition | undefined, path: (string | number)[]) => {
    if (condition === undefined) return;
    for (const name of refsOf(condition)) {
      if (!definitions.has(name))
        issues.push({
          code: 'UNDEFINED_REFERENCE',
          path,
          message: `ref "${name}" has no definition in plan.definitions.`,
        });
    }
  };
  plan.phases.forEach((phase, i) => {
    phase.actions.forEach((action, a) => {
      const measure = measures.get(action.measure);
      if (measure === undefined) {
        issues.push({
          code: 'UNKNOWN_MEASURE',
          path: ['phases', i, 'actions', a, 'measure'],
          message: `${action.measure} is not a measure of ${regime.id}.`,
        });
      } else if (action.type === 'set-cap-limits' && measure.kind !== 'quantity-cap') {
        issues.push({
          code: 'NOT_A_CAP',
          path: ['phases', i, 'actions', a, 'measure'],
          message: `${action.measure} is of kind ${measure.kind}, not a quantity cap.`,
        });
      } else if (
        action.type === 'set-cap-limits' &&
        measure.kind === 'quantity-cap' &&
        Array.isArray(action.limits) &&
        Array.isArray(measure.limits)
      ) {
        // Read defensively: validatePlan also meets plans and regimes that were never parsed.
        const units: unknown[] = measure.limits.map((l) => (l as { unit?: unknown } | null)?.unit);
        action.limits.forEach((limit, l) => {
          const unit = (limit as { unit?: unknown } | null)?.unit;
          if (!units.includes(unit))
            issues.push({
              code: 'LIMIT_UNIT_MISMATCH',
              path: ['phases', i, 'actions', a, 'limits', l, 'unit'],
              message: `${action.measure} has no limit in ${shown(unit)} (its limits are in ${units.map(shown).join(', ')}): a new limit replaces one of the cap's own.`,
            });
        });
      }
    });
    (phase.after ?? []).forEach((dep, d) => {
      if (!phaseIds.has(dep))
        issues.push({
          code: 'UNKNOWN_PHASE',
          path: ['phases', i, 'after', d],
          message: `Phase ${phase.id} comes after ${dep}, which the plan does not have.`,
        });
    });
    if (phase.latest !== undefined && !phaseIds.has(phase.latest.phase)) {
      issues.push({
        code: 'UNKNOWN_PHASE',
        path: ['phases', i, 'latest', 'phase'],
        message: `Phase ${phase.id} has a deadline after ${phase.latest.phase}, which the plan does not have.`,
      });
    }
    checkRefs(phase.requires, ['phases', i, 'requires']);
    checkRefs(phase.ends, ['phases', i, 'ends']);
  });
  const s = plan.snapback;
  if (s !== undefined) {
    checkRefs(s.trigger, ['snapback', 'trigger']);
    checkRefs(s.blockedBy, ['snapback', 'blockedBy']);
    if (s.restores !== 'all') {
      s.restores.forEach((id, r) => {
        if (!measures.has(id))
          issues.push({
            code: 'UNKNOWN_MEASURE',
            path: ['snapback', 'restores', r],
            message: `${id} is not a measure of ${regime.id}.`,
          });
      });
    }
    s.terminates?.forEach((id, t) => {
      if (!measures.has(id))
        issues.push({
          code: 'UNKNOWN_MEASURE',
          path: ['snapback', 'terminates', t],
          message: `${id} is not a measure of ${regime.id}.`,
        });
    });
    if (s.expires !== undefined && 'phase' in s.expires && !phaseIds.has(s.expires.phase)) {
      issues.push({
        code: 'UNKNOWN_PHASE',
        path: ['snapback', 'expires', 'phase'],
        message: `Snapback expires with ${s.expires.phase}, which the plan does not have.`,
      });
    }
  }
  for (const [name, condition] of Object.entries(plan.definitions ?? {}))
    checkRefs(condition, ['definitions', name]);
  if (!issues.some((i) => i.code === 'UNKNOWN_PHASE')) {
    try {
      phaseOrder(plan);
    } catch (error) {
      if (!(error instanceof SanctionsRegimeError)) throw error;
      issues.push({ code: 'PHASE_CYCLE', path: ['phases'], message: error.message });
    }
  }
  return Object.freeze(issues.map((i) => Object.freeze(i)));
}

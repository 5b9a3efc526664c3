import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { PlainDate } from '../time/index.js';
import { type DateArg, dayNumberOf } from '../time/plainDate.js';
import { type Condition, checkMaxDepth, type Truth } from './ConditionSchema.js';
import { type EvidenceArg, type EvidenceIndex, evidenceIndex } from './EvidenceSchema.js';
import { type Explanation, type ExplanationNode, NONE, plainConstructor } from './explanation.js';
import { fastOf } from './fast.js';
import {
  type Definitions,
  type Program,
  programOf,
  type ResolvedDefinition,
  resolveDefinitions,
} from './program.js';
import { explainerOf } from './run.js';
import { TRUTHS } from './values.js';

/**
 * Options for {@link evaluate}.
 *
 * @category Conditions
 */
export interface EvaluateOptions {
  /** The evaluation date. */
  readonly at: DateArg;
  /** Named conditions that `ref` nodes refer to: a record (own keys only) or a Map. */
  readonly definitions?: Definitions;
  /** Whether to build the explanation; defaults to `true`. Without it, evaluation is several times faster. */
  readonly explain?: boolean;
  /** The deepest nesting accepted in the condition and in each definition (the root is 1); defaults to 256. */
  readonly maxDepth?: number;
}

/**
 * The result of {@link evaluate}.
 *
 * @category Conditions
 */
export interface EvaluateResult {
  /** met, unmet or unknown. */
  readonly truth: Truth;
  /** The explanation tree, unless `explain: false` was passed. */
  readonly explanation?: Explanation;
}

/**
 * Checks an evaluation date and gives its day number.
 *
 * @category Conditions
 */
export function checkDay(value: unknown, name: string): number {
  if (value === lastDate) return lastDay;
  const day = dayNumberOf(value);
  if (day === undefined) {
    throw new SanctionsRegimeError(
      'INVALID_DATE',
      `Invalid ${name} date ${describeValue(value)}: pass a calendar date as YYYY-MM-DD (use parseDate).`,
      { [name]: value },
    );
  }
  lastDate = value;
  lastDay = day;
  return day;
}

/**
 * Checks an evaluation date.
 *
 * @category Conditions
 */
export function checkDate(value: unknown, name: string): PlainDate {
  checkDay(value, name);
  return value as PlainDate;
}

// The last date checkDay accepted and its day number: a string is immutable, so a run of calls on one date checks it
// once. It starts as a value no caller can pass (not `undefined`, which would let a first call without a date through
// as day 0).
let lastDate: unknown = Symbol('no date checked yet');
let lastDay = 0;

/**
 * Everything a condition needs to be run: its program and the definitions it reaches, in dependency order.
 *
 * @category Conditions
 */
export interface Plan {
  readonly program: Program;
  readonly definitions: readonly ResolvedDefinition[];
}

/**
 * Compiles and resolves a condition (cached for conditions built or parsed by this library).
 *
 * @category Conditions
 */
export function planOf(condition: unknown, definitions: Definitions | undefined, maxDepth: number): Plan {
  const program = programOf(condition, maxDepth);
  return {
    program,
    definitions: program.refs.length === 0 ? [] : resolveDefinitions(program, definitions, maxDepth),
  };
}

/**
 * The truth code of a plan on a date.
 *
 * @category Conditions
 */
export function truthOn(plan: Plan, evidence: EvidenceIndex, at: PlainDate, day: number): number {
  let refs: Map<string, number> | undefined;
  if (plan.definitions.length > 0) {
    refs = new Map();
    for (const { name, program } of plan.definitions)
      refs.set(name, fastOf(program)(evidence, at, day, refs));
  }
  return fastOf(plan.program)(evidence, at, day, refs);
}

const RESULTS: readonly EvaluateResult[] = Object.freeze(TRUTHS.map((truth) => Object.freeze({ truth })));

/**
 * The explanation of a plan on a date. Each definition is explained once; in the tree returned, its explanation
 * appears once, under the first `ref` to it in document order, and later refs to it carry its truth and `missing`
 * with no children, so the explanation stays linear in the size of the condition and its definitions however often
 * definitions are shared.
 *
 * Built eagerly, in one pass over the closures, each children list allocated at its size. Not lazily: a lazy node's
 * `children` would have to be an own accessor (JSON, spread and structuredClone read only own properties), and an
 * object with an own accessor costs more to make than the whole eager node (bench/probes/lazy-explanation.mjs).
 *
 * @category Conditions
 */
export function explanationOn(plan: Plan, evidence: EvidenceIndex, at: PlainDate, day: number): Explanation {
  if (plan.definitions.length === 0) return explainerOf(plan.program)(evidence, at, day, undefined);
  const refs = new Map<string, Explanation>();
  for (const { name, program } of plan.definitions)
    refs.set(name, explainerOf(program)(evidence, at, day, refs));
  return expandOnce(explainerOf(plan.program)(evidence, at, day, refs));
}

interface Frame {
  readonly node: Explanation;
  /** The rebuilt children so far, or undefined while each is the original. */
  children: Explanation[] | undefined;
  /** The index of the child being rebuilt. */
  next: number;
}

/**
 * Rebuilds an explanation whose definitions are shared (a DAG, exponential when written out) into a tree in which
 * each definition is expanded under the first ref to it only (depth-first, left to right). Iterative, since the tree
 * is as deep as the definitions are chained; nodes with no ref below them are kept as they are.
 *
 * @category Conditions
 */
export function expandOnce(root: Explanation): Explanation {
  const expanded = new Set<string>();
  // A node that is final as met (a leaf, or a ref to a definition already expanded), or undefined to walk into it.
  const visit = (node: Explanation): Explanation | undefined => {
    if (node.op === 'ref') {
      const name = (node.condition as { readonly name: string }).name;
      if (expanded.has(name)) return { ...node, children: NONE };
      expanded.add(name);
    }
    return node.children.length === 0 ? node : undefined;
  };
  const attach = (frame: Frame, value: Explanation): void => {
    if (frame.children === undefined && value !== frame.node.children[frame.next])
      frame.children = frame.node.children.slice(0, frame.next);
    frame.children?.push(value);
    frame.next += 1;
  };
  const first = visit(root);
  if (first !== undefined) return first;
  const stack: Frame[] = [{ node: root, children: undefined, next: 0 }];
  for (;;) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next < frame.node.children.length) {
      const child = frame.node.children[frame.next] as Explanation;
      const final = visit(child);
      if (final === undefined) stack.push({ node: child, children: undefined, next: 0 });
      else attach(frame, final);
      continue;
    }
    stack.pop();
    const value = frame.children === undefined ? frame.node : { ...frame.node, children: frame.children };
    const parent = stack[stack.length - 1];
    if (parent === undefined) return value;
    attach(parent, value);
  }
}

/**
 * Evaluates a condition on a date against evidence, in strong Kleene logic: `all` is unmet as soon as one part is
 * unmet, `any` met as soon as one is met, `not` keeps unknown unknown, and a fact with no observation valid on the
 * date is unknown, never silently unmet. The explanation mirrors the condition, naming the evidence each node used
 * (with sources) and the evidence missing to settle an unknown.
 *
 * The condition is checked as it is compiled (iteratively: no document can overflow the stack), and a JSON document
 * is refused exactly when {@link ConditionSchema} would refuse it (unknown keys included); conditions made by the
 * builders or {@link ConditionSchema} are compiled once and cached. An explanation writes each definition out once,
 * under the first `ref` to it; later refs to it carry its truth and `missing`, with no children. Pass {@link prepareEvidence}'s result to
 * evaluate many dates without re-indexing the evidence.
 *
 * @param condition - the condition (parse untrusted JSON with {@link ConditionSchema} first).
 * @param evidence - the evidence, raw or prepared.
 * @param options - `at`, the evaluation date; `definitions` for `ref`; `explain: false` to skip the explanation;
 * `maxDepth` (default 256).
 * @returns the truth and, unless `explain: false`, the explanation.
 * @throws {@link SanctionsRegimeError} `CONDITION_TOO_DEEP` when the condition or a definition is nested deeper than
 * `maxDepth`; `UNKNOWN_REFERENCE` for a `ref` without definition; `CYCLIC_REFERENCE` when definitions refer to
 * themselves; `INVALID_INPUT` or `TYPE_MISMATCH` for a malformed condition; `INVALID_DATE` for a bad `at`; the
 * errors of {@link prepareEvidence} for malformed evidence.
 * @example
 * ```ts
 * import { all, compareFact, evaluate, fact, parseDate } from 'sanctions-regime';
 * const verified = all(fact('inspected'), compareFact('tests', 'eq', 0));
 * const evidence = {
 *   facts: [{ fact: 'tests', value: 0, from: parseDate('2018-01-01'), source: 'S/2018/171' }],
 * };
 * const result = evaluate(verified, evidence, { at: parseDate('2018-09-27') });
 * result.truth; //=> 'unknown'
 * result.explanation?.missing.map((m) => m.evidence === 'fact' && m.fact); //=> ['inspected']
 * evaluate(verified, evidence, { at: parseDate('2018-09-27'), explain: false }); //=> { truth: 'unknown' }
 * ```
 * @category Conditions
 */
export function evaluate(
  condition: Condition,
  evidence: EvidenceArg,
  options: EvaluateOptions,
): EvaluateResult {
  // Read once: a getter on the options must not give one date to the check and another to the evaluation.
  const at = options?.at as PlainDate;
  const day = checkDay(at, 'at');
  const maxDepth = checkMaxDepth(options.maxDepth);
  const prepared = evidenceIndex(evidence);
  if (options.explain === false) {
    const program = programOf(condition, maxDepth);
    const truth =
      program.refs.length === 0
        ? fastOf(program)(prepared, at, day, undefined)
        : truthOn(planOf(condition, options.definitions, maxDepth), prepared, at, day);
    return RESULTS[truth] as EvaluateResult;
  }
  const program = programOf(condition, maxDepth);
  const explanation =
    // Without refs a plan holds only the program: the test skips making one, and explanationOn gives the same.
    // Stryker disable next-line ConditionalExpression: equivalent, as said above
    program.refs.length === 0
      ? explainerOf(program)(prepared, at, day, undefined)
      : explanationOn(planOf(condition, options.definitions, maxDepth), prepared, at, day);
  return new ExplainedResult(explanation.truth, explanation);
}

/**
 * Makes the result of an explained evaluation: `{ truth, explanation }` as an object literal would have them, made by
 * a constructor for the reason {@link ExplanationNode} is. Fresh and not frozen, as its explanation's nodes are:
 * freezing it cost about a tenth of an explained evaluation (the results without explanation are shared, and frozen).
 */
const ExplainedResult = /* @__PURE__ */ plainConstructor(function ExplainedResult(
  this: { truth: Truth; explanation: Explanation },
  truth: Truth,
  explanation: Explanation,
) {
  this.truth = truth;
  this.explanation = explanation;
});

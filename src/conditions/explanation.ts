// The shape of explanations, shared by evidence preparation, compilation and evaluation.
import type { DateRange, PlainDate } from '../time/index.js';
import type { Condition, Truth } from './ConditionSchema.js';
import type { CoverageRecord, EventRecord, FactObservation } from './EvidenceSchema.js';

/**
 * The evidence a node of an explanation rests on.
 *
 * @category Conditions
 */
export interface UsedEvidence {
  /** The fact observations read (the one valid on the evaluation date). */
  readonly facts: readonly FactObservation[];
  /** The events found in the window. */
  readonly events: readonly EventRecord[];
  /** The coverage that overlaps the window, when it decided the answer or part of it. */
  readonly coverage: readonly CoverageRecord[];
}

/**
 * Evidence that would settle an unknown: an observation of a fact valid on the evaluation date (`code` says when an
 * observation exists but cannot be compared: `TYPE_MISMATCH`, `UNIT_MISMATCH`), or coverage of an event kind over
 * the days of a window not yet covered.
 * @category Conditions
 */
export type MissingEvidence =
  | {
      readonly evidence: 'fact';
      readonly fact: string;
      readonly code?: 'TYPE_MISMATCH' | 'UNIT_MISMATCH';
      readonly message: string;
    }
  | {
      readonly evidence: 'coverage';
      readonly kind: string;
      readonly start: PlainDate;
      readonly end: PlainDate;
    };

/**
 * An explanation mirrors the condition: one node per condition node, with its truth, the evidence it used, and the
 * evidence missing to settle it. `missing` is empty unless `truth` is `"unknown"`; on a composite node it gathers
 * what its unknown children miss, so the root's `missing` lists everything that would settle the answer.
 * @category Conditions
 */
export interface Explanation {
  /** The operator of the node explained. */
  readonly op: Condition['op'];
  /** The node's truth on the evaluation date. */
  readonly truth: Truth;
  /** The node explained. */
  readonly condition: Condition;
  /**
   * The explanations of its children, in order. For `ref`: the named condition's explanation under the first ref to
   * that name (depth-first, left to right, definitions followed into), and no children under later refs to it, which
   * keep its `truth` and `missing`; a definition is thus written out once, however often it is referred to.
   */
  readonly children: readonly Explanation[];
  /** The evidence this node read itself (leaves only). */
  readonly used: UsedEvidence;
  /** The evidence that would settle it. */
  readonly missing: readonly MissingEvidence[];
  /** occurred / noneOccurred: the window on the evaluation date (absent when it has not begun). */
  readonly window?: DateRange;
  /** onOrAfter: the date compared with. */
  readonly date?: PlainDate;
}

/**
 * A shared empty list.
 *
 * @category Conditions
 */
export const NONE: readonly never[] = Object.freeze([]);
/**
 * The `used` of a node that read no evidence itself.
 *
 * @category Conditions
 */
export const NOTHING_USED: UsedEvidence = Object.freeze({ facts: NONE, events: NONE, coverage: NONE });

/** The fields of an explanation node, writable while it is made. */
type NodeFields = { -readonly [K in keyof Explanation]: Explanation[K] };

/** Writes the six fields every node has, in the order an object literal would give them; {@link ExplanationNode}. */
function writeNode(
  this: NodeFields,
  op: Explanation['op'],
  truth: Truth,
  condition: Condition,
  children: readonly Explanation[],
  used: UsedEvidence,
  missing: readonly MissingEvidence[],
): void {
  this.op = op;
  this.truth = truth;
  this.condition = condition;
  this.children = children;
  this.used = used;
  this.missing = missing;
}

/** A constructor of `T` taking `A`. */
type Constructor<A extends unknown[], T> = new (...args: A) => T;

/**
 * A constructor function whose objects are plain: their prototype is `Object.prototype`, as a literal's is.
 *
 * @category Conditions
 */
export function plainConstructor<A extends unknown[], T = Explanation>(
  make: (this: { -readonly [K in keyof T]: T[K] }, ...args: A) => void,
): Constructor<A, T> {
  make.prototype = Object.prototype;
  return make as unknown as Constructor<A, T>;
}

/**
 * Makes an explanation node: the own properties an object literal `{ op, truth, condition, children, used, missing }`
 * would have, in that order, on `Object.prototype`, so that nothing (JSON, spread, `structuredClone`, `toStrictEqual`,
 * `constructor`) tells it from one.
 *
 * Why not a literal: V8 records where each literal is allocated and, when the objects made there outlive a few
 * minor collections (a caller keeping thousands of explanations, as the bench does), allocates every later one in the
 * old generation ("allocation-site pretenuring"). In the bench, once another engine had run beside it, explanations
 * then cost 4 to 8 times more to make, and stayed so (bench/probes/explained-beside-peer.ts). An object made by a
 * constructor has no allocation site, so it is never pretenured.
 */
export const ExplanationNode = /* @__PURE__ */ plainConstructor(writeNode);

/** Makes an occurred / noneOccurred node with its `window` after the six fields, as {@link ExplanationNode} does. */
export const WindowNode = /* @__PURE__ */ plainConstructor(function WindowNode(
  this: NodeFields,
  op: Explanation['op'],
  truth: Truth,
  condition: Condition,
  used: UsedEvidence,
  missing: readonly MissingEvidence[],
  window: DateRange,
) {
  writeNode.call(this, op, truth, condition, NONE, used, missing);
  this.window = window;
});

/** Makes an onOrAfter node with its `date` after the six fields, as {@link ExplanationNode} does. */
export const DateNode = /* @__PURE__ */ plainConstructor(function DateNode(
  this: NodeFields,
  truth: Truth,
  condition: Condition,
  date: PlainDate,
) {
  writeNode.call(this, 'onOrAfter', truth, condition, NONE, NOTHING_USED, NONE);
  this.date = date;
});

// Running a compiled program on a date: a loop over the post-order instructions with a stack of results.
import { shiftByParts } from '../time/duration.js';
import type { DateRange, PlainDate } from '../time/index.js';
import { addDaysUnchecked as addDays } from '../time/plainDate.js';
import type { Condition, Truth } from './ConditionSchema.js';
import type {
  CoverageRecord,
  EventRecord,
  EvidenceIndex,
  IndexedObservation,
  ObservedValue,
} from './EvidenceSchema.js';
import {
  DateNode,
  type Explanation,
  ExplanationNode,
  type MissingEvidence,
  NONE,
  NOTHING_USED,
  type UsedEvidence,
  WindowNode,
} from './explanation.js';
import { FAST_PATH_DEPTH } from './internal.js';
import {
  ALL,
  ANY,
  AT_LEAST,
  COMPARE,
  FACT,
  type Instruction,
  NONE_OCCURRED,
  NOT,
  OCCURRED,
  ON_OR_AFTER,
  OP_OF_KIND,
  type Program,
  REF,
} from './program.js';
import {
  BOOLEAN,
  COMPARATORS,
  compareValues,
  MET,
  NUMBER,
  STRING,
  TRUTHS,
  TYPE_MISMATCH,
  TYPE_NAMES,
  UNKNOWN,
  UNMET,
} from './values.js';

/**
 * The observation of a fact valid on a day: the latest `from` on or before it, unless it expired.
 *
 * @category Conditions
 */
export function observationAt(
  evidence: EvidenceIndex,
  fact: string,
  day: number,
): IndexedObservation | undefined {
  const history = evidence.facts.get(fact);
  if (history === undefined) return undefined;
  if (history.count === 1)
    return day >= history.firstFrom && day <= history.firstUntil ? history.first : undefined;
  const from = history.from;
  let lo = 0;
  let hi = from.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((from[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  // At lo === 0, until[-1] is undefined and observations[-1] too: the first test only saves the reads.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (lo === 0 || (history.until[lo - 1] as number) < day) return undefined;
  return history.observations[lo - 1];
}

/**
 * The value of a fact valid on a day, with its `used` record: of a fact with one observation, its history itself
 * (which carries that observation's `type`, `key` and `used`), so that the lookup reads one object; otherwise the
 * observation {@link observationAt} finds.
 *
 * @category Conditions
 */
export function classifiedAt(evidence: EvidenceIndex, fact: string, day: number): ObservedValue | undefined {
  const history = evidence.facts.get(fact);
  if (history === undefined) return undefined;
  // Without this line observationAt gives the observation, with the same type and key: only slower.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (history.count === 1) return day >= history.firstFrom && day <= history.firstUntil ? history : undefined;
  return observationAt(evidence, fact, day);
}

/**
 * The truth code of a fact or compare leaf over the value found: `MET`, `UNMET`, or a mismatch code.
 *
 * @category Conditions
 */
export function factTruth(instruction: Instruction, found: ObservedValue): number {
  if (instruction.kind === FACT) {
    return found.type !== BOOLEAN ? TYPE_MISMATCH : found.key === true ? MET : UNMET;
  }
  const value = instruction.value as NonNullable<Instruction['value']>;
  return compareValues(found.type, found.key, instruction.cmp, value.type, value.key);
}

/**
 * The window of an occurred / noneOccurred instruction on `at`, cut at `at`; undefined before it begins.
 *
 * @category Conditions
 */
export function windowAt(instruction: Instruction, at: PlainDate): DateRange | undefined {
  if (instruction.lastParts !== undefined) return { start: windowStart(instruction, at), end: at };
  const start = instruction.start as PlainDate;
  const end = instruction.end as PlainDate;
  if (at < start) return undefined;
  return { start, end: end < at ? end : at };
}

function windowStart(instruction: Instruction, at: PlainDate): PlainDate {
  try {
    return shiftByParts(at, instruction.lastParts as NonNullable<Instruction['lastParts']>, -1);
  } catch {
    return '0001-01-01' as PlainDate; // the window reaches back past year 1: it starts at the first day supported.
  }
}

/**
 * Index of the first event on or after `date`.
 *
 * @category Conditions
 */
export function firstEventFrom(events: readonly EventRecord[], date: PlainDate): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as EventRecord).date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one merged coverage range contains the whole window. */
function covered(coverage: readonly CoverageRecord[] | undefined, window: DateRange): boolean {
  if (coverage === undefined) return false;
  for (const range of coverage) {
    if (range.start > window.start) return false;
    if (range.end >= window.end) return true;
  }
  return false;
}

/**
 * `MET` when an event of the kind lies in the window, `UNMET` when none does and the window is covered.
 *
 * @category Conditions
 */
export function occurredTruth(evidence: EvidenceIndex, instruction: Instruction, at: PlainDate): number {
  const window = windowAt(instruction, at);
  if (window === undefined) return UNMET;
  const events = evidence.events.get(instruction.id);
  if (events !== undefined) {
    const i = firstEventFrom(events, window.start);
    if (i < events.length && (events[i] as EventRecord).date <= window.end) return MET;
  }
  return covered(evidence.coverage.get(instruction.id), window) ? UNMET : UNKNOWN;
}

/**
 * The truth of a leaf on a date, without explanation.
 *
 * @category Conditions
 */
export function leafTruth(
  evidence: EvidenceIndex,
  instruction: Instruction,
  at: PlainDate,
  day: number,
): number {
  switch (instruction.kind) {
    case FACT:
    case COMPARE: {
      const found = observationAt(evidence, instruction.id, day);
      if (found === undefined) return UNKNOWN;
      const truth = factTruth(instruction, found);
      return truth > MET ? UNKNOWN : truth;
    }
    case OCCURRED:
      return occurredTruth(evidence, instruction, at);
    case NONE_OCCURRED:
      return MET - occurredTruth(evidence, instruction, at);
    case ON_OR_AFTER:
      return at >= (instruction.date as PlainDate) ? MET : UNMET;
    default:
      return UNKNOWN; // unreachable: refs are read from the results of the definitions
  }
}

/**
 * Combines the `arity` results on top of the stack for a composite instruction.
 *
 * @category Conditions
 */
export function combine(
  kind: number,
  count: number,
  results: ArrayLike<number>,
  from: number,
  to: number,
): number {
  switch (kind) {
    case ALL: {
      let truth = MET;
      for (let i = from; i < to; i += 1) if ((results[i] as number) < truth) truth = results[i] as number;
      return truth;
    }
    case ANY: {
      let truth = UNMET;
      for (let i = from; i < to; i += 1) if ((results[i] as number) > truth) truth = results[i] as number;
      return truth;
    }
    case NOT:
      return MET - (results[from] as number);
    default: {
      let met = 0;
      let unknown = 0;
      for (let i = from; i < to; i += 1) {
        if (results[i] === MET) met += 1;
        else if (results[i] === UNKNOWN) unknown += 1;
      }
      return met >= count ? MET : met + unknown < count ? UNMET : UNKNOWN;
    }
  }
}

/**
 * Runs a program without explanation; `refs` holds the truths of the definitions it refers to.
 *
 * @category Conditions
 */
export function runTruth(
  program: Program,
  evidence: EvidenceIndex,
  at: PlainDate,
  day: number,
  refs: ReadonlyMap<string, number> | undefined,
): number {
  const instructions = program.instructions;
  const stack: number[] = [];
  let top = 0;
  for (let i = 0; i < instructions.length; i += 1) {
    const instruction = instructions[i] as Instruction;
    const kind = instruction.kind;
    if (kind <= AT_LEAST) {
      const from = top - instruction.arity;
      stack[from] = combine(kind, instruction.count, stack, from, top);
      top = from + 1;
    } else if (kind === REF) {
      stack[top++] = refs?.get(instruction.id) ?? UNKNOWN;
    } else {
      stack[top++] = leafTruth(evidence, instruction, at, day);
    }
  }
  return stack[0] as number;
}

/**
 * A leaf node without a window or date.
 *
 * @category Conditions
 */
export function leafExplanation(
  instruction: Instruction,
  truth: number,
  used: UsedEvidence,
  missing: readonly MissingEvidence[],
): Explanation {
  return new ExplanationNode(
    OP_OF_KIND[instruction.kind] as Condition['op'],
    TRUTHS[truth] as Truth,
    instruction.node,
    NONE,
    used,
    missing,
  );
}

function windowExplanation(
  instruction: Instruction,
  truth: number,
  used: UsedEvidence,
  missing: readonly MissingEvidence[],
  window: DateRange | undefined,
): Explanation {
  if (window === undefined) return leafExplanation(instruction, truth, used, missing);
  return new WindowNode(
    OP_OF_KIND[instruction.kind] as Condition['op'],
    TRUTHS[truth] as Truth,
    instruction.node,
    used,
    missing,
    window,
  );
}

function describeObserved(found: IndexedObservation): string {
  const key = found.key;
  return typeof key === 'object' ? `${key.amount.toFixed()} ${key.unit}` : JSON.stringify(key);
}

/**
 * The explanation of a fact or compare leaf.
 *
 * @category Conditions
 */
export function explainFact(evidence: EvidenceIndex, instruction: Instruction, day: number): Explanation {
  const fact = instruction.id;
  const found = observationAt(evidence, fact, day);
  if (found === undefined) return leafExplanation(instruction, UNKNOWN, NOTHING_USED, instruction.missing);
  const used = found.used;
  const truth = factTruth(instruction, found);
  if (truth <= MET) return leafExplanation(instruction, truth, used, NONE);
  const expected =
    instruction.kind === FACT
      ? 'a boolean'
      : TYPE_NAMES[(instruction.value as NonNullable<Instruction['value']>).type];
  const message =
    truth === TYPE_MISMATCH
      ? `Fact "${fact}" was observed as ${TYPE_NAMES[found.type]} (${describeObserved(found)}) but the condition expects ${expected}: values are never coerced; correct the observation or the condition.`
      : `Fact "${fact}" was observed in ${(found.key as { unit: string }).unit} but compared ("${COMPARATORS[instruction.cmp]}") with ${((instruction.value as NonNullable<Instruction['value']>).key as { unit: string }).unit}: convert the observation with convert() and record the factor's source.`;
  const code = truth === TYPE_MISMATCH ? 'TYPE_MISMATCH' : 'UNIT_MISMATCH';
  return leafExplanation(
    instruction,
    UNKNOWN,
    used,
    Object.freeze([Object.freeze({ evidence: 'fact', fact, code, message })]),
  );
}

/**
 * The explanation of an occurred or noneOccurred leaf.
 *
 * @category Conditions
 */
export function explainOccurred(
  evidence: EvidenceIndex,
  instruction: Instruction,
  at: PlainDate,
): Explanation {
  const negate = instruction.kind === NONE_OCCURRED;
  const window = windowAt(instruction, at);
  if (window === undefined) return leafExplanation(instruction, negate ? MET : UNMET, NOTHING_USED, NONE);
  const frozenWindow = Object.freeze(window);
  const kind = instruction.id;
  const events = evidence.events.get(kind) ?? NONE;
  const found: EventRecord[] = [];
  for (let i = firstEventFrom(events, window.start); i < events.length; i += 1) {
    const event = events[i] as EventRecord;
    if (event.date > window.end) break;
    found.push(event);
  }
  if (found.length > 0) {
    const used = Object.freeze({ facts: NONE, events: Object.freeze(found), coverage: NONE });
    return windowExplanation(instruction, negate ? UNMET : MET, used, NONE, frozenWindow);
  }
  const overlapping = (evidence.coverage.get(kind) ?? NONE).filter(
    (range) => range.start <= window.end && window.start <= range.end,
  );
  const used = Object.freeze({ facts: NONE, events: NONE, coverage: Object.freeze(overlapping) });
  // The days of the window that no coverage reaches.
  const gaps: MissingEvidence[] = [];
  let next: PlainDate | undefined = window.start;
  for (const range of overlapping) {
    if (next !== undefined && range.start > next) {
      gaps.push(Object.freeze({ evidence: 'coverage', kind, start: next, end: addDays(range.start, -1) }));
    }
    next = range.end >= window.end ? undefined : addDays(range.end, 1);
  }
  if (next !== undefined)
    gaps.push(Object.freeze({ evidence: 'coverage', kind, start: next, end: window.end }));
  if (gaps.length === 0)
    return windowExplanation(instruction, negate ? MET : UNMET, used, NONE, frozenWindow);
  return windowExplanation(instruction, UNKNOWN, used, Object.freeze(gaps), frozenWindow);
}

function missingKey(missing: MissingEvidence): string {
  return missing.evidence === 'fact'
    ? `f\u0000${missing.fact}\u0000${missing.code ?? ''}`
    : `c\u0000${missing.kind}\u0000${missing.start}\u0000${missing.end}`;
}

/** The union of what the unknown children miss, each once, in order. */
function gatherMissing(children: readonly Explanation[]): readonly MissingEvidence[] {
  let gathered: MissingEvidence[] | undefined;
  let only: readonly MissingEvidence[] = NONE;
  let seen: Set<string> | undefined;
  for (const child of children) {
    if (child.truth !== 'unknown' || child.missing.length === 0) continue;
    if (only.length === 0 && gathered === undefined) {
      only = child.missing;
      continue;
    }
    if (gathered === undefined) {
      gathered = [...only];
      seen = new Set(only.map(missingKey));
    }
    for (const missing of child.missing) {
      const key = missingKey(missing);
      if (!seen?.has(key)) {
        seen?.add(key);
        gathered.push(missing);
      }
    }
  }
  return gathered === undefined ? only : Object.freeze(gathered);
}

// Explanation nodes and their children lists are typed read-only but not frozen: freezing them would cost about a
// third of an explained evaluation. Each is fresh, made by the call that returns it; the records they point to
// (conditions, observations, events, coverage, missing) are frozen.

/**
 * A ref node: the named condition's truth and missing, with its explanation as the one child.
 *
 * @category Conditions
 */
export function refNode(
  instruction: Instruction,
  refs: ReadonlyMap<string, Explanation> | undefined,
): Explanation {
  const target = refs?.get(instruction.id) as Explanation;
  return new ExplanationNode(
    'ref',
    target.truth,
    instruction.node,
    [target],
    NOTHING_USED,
    // A settled node's missing is already NONE: the test states the rule, it changes no answer.
    // Stryker disable next-line ConditionalExpression: equivalent, as said above
    target.truth === 'unknown' ? target.missing : NONE,
  );
}

/**
 * A composite node (all, any, atLeast, not) of the given truth code over its children's explanations.
 *
 * @category Conditions
 */
export function compositeNode(instruction: Instruction, truth: number, children: Explanation[]): Explanation {
  return new ExplanationNode(
    OP_OF_KIND[instruction.kind] as Condition['op'],
    TRUTHS[truth] as Truth,
    instruction.node,
    children,
    NOTHING_USED,
    truth === UNKNOWN ? gatherMissing(children) : NONE,
  );
}

/**
 * The code of each truth.
 *
 * @category Conditions
 */
export const TRUTH_CODES: Readonly<Record<Truth, number>> = Object.freeze({
  unmet: UNMET,
  unknown: UNKNOWN,
  met: MET,
});

/**
 * Runs a program with explanation; `refs` holds the explanations of the definitions it refers to.
 *
 * @category Conditions
 */
export function runExplained(
  program: Program,
  evidence: EvidenceIndex,
  at: PlainDate,
  day: number,
  refs: ReadonlyMap<string, Explanation> | undefined,
): Explanation {
  const stack: Explanation[] = [];
  const truths: number[] = [];
  for (const instruction of program.instructions) {
    const kind = instruction.kind;
    let explanation: Explanation;
    if (kind <= AT_LEAST) {
      const children = stack.splice(stack.length - instruction.arity, instruction.arity);
      const from = truths.length - instruction.arity;
      const truth = combine(kind, instruction.count, truths, from, truths.length);
      truths.length = from;
      explanation = compositeNode(instruction, truth, children);
    } else if (kind === FACT || kind === COMPARE) {
      explanation = explainFact(evidence, instruction, day);
    } else if (kind === OCCURRED || kind === NONE_OCCURRED) {
      explanation = explainOccurred(evidence, instruction, at);
    } else if (kind === ON_OR_AFTER) {
      const date = instruction.date as PlainDate;
      explanation = new DateNode(TRUTHS[at >= date ? MET : UNMET] as Truth, instruction.node, date);
    } else {
      explanation = refNode(instruction, refs);
    }
    stack.push(explanation);
    truths.push(TRUTH_CODES[explanation.truth]);
  }
  return stack[0] as Explanation;
}

/**
 * Explains on a date.
 *
 * @category Conditions
 */
export type Explainer = (
  evidence: EvidenceIndex,
  at: PlainDate,
  day: number,
  refs: ReadonlyMap<string, Explanation> | undefined,
) => Explanation;

/**
 * For each comparator (EQ … GE), the truth code when the observed value is below, equal to, or above the condition's.
 *
 * @category Conditions
 */
export const OUTCOME_CODES: readonly (readonly [number, number, number])[] = [
  [UNMET, MET, UNMET],
  [MET, UNMET, MET],
  [MET, UNMET, UNMET],
  [MET, MET, UNMET],
  [UNMET, UNMET, MET],
  [UNMET, MET, MET],
];

/** {@link OUTCOME_CODES} as truths. */
const OUTCOMES = OUTCOME_CODES.map((codes) => codes.map((code) => TRUTHS[code]) as [Truth, Truth, Truth]);

/**
 * The explainer of a fact or compare leaf. A fact, or a comparison with a number or a string, is settled in the
 * closure; anything else (another type observed, a date, a quantity) goes to explainFact.
 *
 * Every test below that sends a leaf to `general` only gives up a shortcut: explainFact makes the same node, so the
 * mutants that send more leaves there are equivalent (the interpreter-vs-closures property and the comparison tables
 * hold the shortcuts to explainFact).
 */
// Stryker disable ConditionalExpression,BlockStatement,EqualityOperator,LogicalOperator: equivalent, as said above
function factExplainer(instruction: Instruction): Explainer {
  const id = instruction.id;
  const node = instruction.node;
  const op = node.op;
  const missing = instruction.missing;
  const general: Explainer = (evidence, _at, day) => explainFact(evidence, instruction, day);
  const value = instruction.value;
  if (instruction.kind === FACT) {
    return (evidence, at, day, refs) => {
      const found = classifiedAt(evidence, id, day);
      if (found === undefined) return new ExplanationNode(op, 'unknown', node, NONE, NOTHING_USED, missing);
      if (found.type !== BOOLEAN) return general(evidence, at, day, refs);
      return new ExplanationNode(op, found.key === true ? 'met' : 'unmet', node, NONE, found.used, NONE);
    };
  }
  if (value === undefined || (value.type !== NUMBER && value.type !== STRING)) return general;
  const type = value.type;
  const v = value.key as number;
  const outcome = OUTCOMES[instruction.cmp] as readonly [Truth, Truth, Truth];
  return (evidence, at, day, refs) => {
    const found = classifiedAt(evidence, id, day);
    if (found === undefined) return new ExplanationNode(op, 'unknown', node, NONE, NOTHING_USED, missing);
    if (found.type !== type) return general(evidence, at, day, refs);
    const key = found.key as number;
    return new ExplanationNode(op, outcome[key === v ? 1 : key < v ? 0 : 2], node, NONE, found.used, NONE);
  };
}
// Stryker restore ConditionalExpression,BlockStatement,EqualityOperator,LogicalOperator

function leafExplainer(instruction: Instruction): Explainer {
  switch (instruction.kind) {
    case FACT:
    case COMPARE:
      return factExplainer(instruction);
    case OCCURRED:
    case NONE_OCCURRED:
      return (evidence, at) => explainOccurred(evidence, instruction, at);
    case ON_OR_AFTER: {
      const date = instruction.date as PlainDate;
      return (_evidence, at) =>
        new DateNode(TRUTHS[at >= date ? MET : UNMET] as Truth, instruction.node, date);
    }
    default:
      return (_evidence, _at, _day, refs) => refNode(instruction, refs);
  }
}

function compositeExplainer(instruction: Instruction, parts: readonly Explainer[]): Explainer {
  const n = parts.length;
  const kind = instruction.kind;
  const count = kind === AT_LEAST ? instruction.count : kind === ALL ? n : 1;
  const node = instruction.node;
  const op = node.op;
  return (evidence, at, day, refs) => {
    const children = new Array<Explanation>(n);
    let met = 0;
    let unknown = 0;
    for (let i = 0; i < n; i += 1) {
      const child = (parts[i] as Explainer)(evidence, at, day, refs);
      children[i] = child;
      if (child.truth === 'met') met += 1;
      else if (child.truth === 'unknown') unknown += 1;
    }
    // not is "at least one of one" with met and unmet swapped.
    let truth = met >= count ? MET : met + unknown < count ? UNMET : UNKNOWN;
    if (kind === NOT) truth = MET - truth;
    return new ExplanationNode(
      op,
      TRUTHS[truth] as Truth,
      node,
      children,
      NOTHING_USED,
      truth === UNKNOWN ? gatherMissing(children) : NONE,
    );
  };
}

/**
 * The explainer of a program: closures when shallow enough, the iterative interpreter otherwise.
 *
 * @category Conditions
 */
export function explainerOf(program: Program): Explainer {
  const runners = program.runners;
  let explainer = runners.explainer;
  // Building it again on every call gives the same explainer, only slower.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (explainer === undefined) {
    // The interpreter gives the closures' answers at any depth (tests/conditions/deep.test.ts): only past
    // FAST_PATH_DEPTH must it be used, where nested closures could overflow the stack.
    if (program.depth > FAST_PATH_DEPTH) {
      explainer = (evidence, at, day, refs) => runExplained(program, evidence, at, day, refs);
    } else {
      const stack: Explainer[] = [];
      for (const instruction of program.instructions) {
        if (instruction.kind <= AT_LEAST) {
          stack.push(
            compositeExplainer(
              instruction,
              stack.splice(stack.length - instruction.arity, instruction.arity),
            ),
          );
        } else {
          stack.push(leafExplainer(instruction));
        }
      }
      explainer = stack[0] as Explainer;
    }
    runners.explainer = explainer;
  }
  return explainer;
}

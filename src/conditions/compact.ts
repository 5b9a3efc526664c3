// Compact evaluation: one pass over a program's post-order instructions that records every node's truth and what
// each leaf read in one flat array (a window or a mismatch as its leaf's node), not a tree of objects; the tree is
// made from the record on demand.
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { DateRange, PlainDate } from '../time/index.js';
import type { DateArg } from '../time/plainDate.js';
import { type Condition, checkMaxDepth, type Truth } from './ConditionSchema.js';
import { type EvidenceArg, type EvidenceIndex, evidenceIndex } from './EvidenceSchema.js';
import { checkDay, expandOnce, planOf } from './evaluate.js';
import {
  DateNode,
  type Explanation,
  ExplanationNode,
  NONE,
  NOTHING_USED,
  type UsedEvidence,
  WindowNode,
} from './explanation.js';
import { FAST_PATH_DEPTH } from './internal.js';
import {
  ALL,
  AT_LEAST,
  COMPARE,
  type Definitions,
  FACT,
  type Instruction,
  NOT,
  ON_OR_AFTER,
  type Program,
  programOf,
  REF,
  type ResolvedDefinition,
} from './program.js';
import {
  classifiedAt,
  combine,
  compositeNode,
  explainFact,
  explainOccurred,
  factTruth,
  leafExplanation,
  OUTCOME_CODES,
  refNode,
  TRUTH_CODES,
} from './run.js';
import { MET, NUMBER, STRING, TRUTHS, UNKNOWN, UNMET } from './values.js';

/**
 * The record of one program: for the node at post-order position `i`, `record[2 * i]` is its truth code and
 * `record[2 * i + 1]` what the leaf read: a fact leaf's `used` (settled) or `undefined` (no observation valid); the
 * leaf's own explanation where it needed more (an occurred window, a type or unit mismatch); nothing for the others.
 */
export type ProgramRecord = (number | UsedEvidence | Explanation | undefined)[];

/**
 * Records a program on a date; `refs` holds the truth codes of the definitions it refers to.
 *
 * @category Conditions
 */
export type RecordRunner = (
  evidence: EvidenceIndex,
  at: PlainDate,
  day: number,
  refs: ReadonlyMap<string, number> | undefined,
) => ProgramRecord;

/**
 * Records a program on a date with the interpreter, a loop over its post-order instructions (for programs too deep
 * for the closures); `refs` holds the truth codes of the definitions it refers to.
 *
 * @category Conditions
 */
export function recordProgram(
  program: Program,
  evidence: EvidenceIndex,
  at: PlainDate,
  day: number,
  refs: ReadonlyMap<string, number> | undefined,
): ProgramRecord {
  const instructions = program.instructions;
  const n = instructions.length;
  const record: ProgramRecord = new Array(2 * n);
  // The truths of the children not yet combined (each slot is written before it is read).
  // Stryker disable next-line ArrayDeclaration: equivalent, as said above
  const pending: number[] = [];
  let top = 0;
  for (let i = 0; i < n; i += 1) {
    const instruction = instructions[i] as Instruction;
    const kind = instruction.kind;
    let truth: number;
    if (kind <= AT_LEAST) {
      const from = top - instruction.arity;
      truth = combine(kind, instruction.count, pending, from, top);
      top = from;
      record[2 * i] = truth;
    } else {
      truth = recordLeaf(evidence, instruction, at, day, refs, record, 2 * i);
    }
    pending[top++] = truth;
  }
  return record;
}

/** Records a leaf at `truthAt` (its truth code) and `truthAt + 1` (what it read), and gives its truth code. */
function recordLeaf(
  evidence: EvidenceIndex,
  instruction: Instruction,
  at: PlainDate,
  day: number,
  refs: ReadonlyMap<string, number> | undefined,
  record: ProgramRecord,
  truthAt: number,
): number {
  const kind = instruction.kind;
  let truth: number;
  if (kind === FACT || kind === COMPARE) {
    const found = classifiedAt(evidence, instruction.id, day);
    if (found === undefined) {
      truth = UNKNOWN;
    } else {
      truth = factTruth(instruction, found);
      if (truth <= MET) {
        record[truthAt + 1] = found.used;
      } else {
        truth = UNKNOWN;
        record[truthAt + 1] = explainFact(evidence, instruction, day);
      }
    }
  } else if (kind === ON_OR_AFTER) {
    truth = at >= (instruction.date as PlainDate) ? MET : UNMET;
  } else if (kind === REF) {
    truth = (refs as ReadonlyMap<string, number>).get(instruction.id) ?? UNKNOWN;
  } else {
    const leaf = explainOccurred(evidence, instruction, at);
    truth = TRUTH_CODES[leaf.truth];
    record[truthAt + 1] = leaf;
  }
  record[truthAt] = truth;
  return truth;
}

/**
 * The recorder of a program: closures when shallow enough, the interpreter otherwise; built once per program.
 *
 * @category Conditions
 */
export function recorderOf(program: Program): RecordRunner {
  const runners = program.runners;
  let recorder = runners.recorder;
  // Building it again on every call gives the same recorder, only slower.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (recorder === undefined) {
    const size = 2 * program.instructions.length;
    // The interpreter records what the closures record at any depth (tests/conditions/compact.test.ts): only past
    // FAST_PATH_DEPTH must it be used, where nested closures could overflow the stack.
    if (program.depth > FAST_PATH_DEPTH) {
      recorder = (evidence, at, day, refs) => recordProgram(program, evidence, at, day, refs);
    } else {
      const stack: Recorder[] = [];
      program.instructions.forEach((instruction, i) => {
        stack.push(
          instruction.kind <= AT_LEAST
            ? compositeRecorder(instruction, stack.splice(stack.length - instruction.arity), i)
            : leafRecorder(instruction, i),
        );
      });
      const root = stack[0] as Recorder;
      recorder = (evidence, at, day, refs) => {
        const record: ProgramRecord = new Array(size);
        root(evidence, at, day, refs, record);
        return record;
      };
    }
    runners.recorder = recorder;
  }
  return recorder;
}

/** Records one node and those below it into a record, and gives the node's truth code. */
type Recorder = (
  evidence: EvidenceIndex,
  at: PlainDate,
  day: number,
  refs: ReadonlyMap<string, number> | undefined,
  record: ProgramRecord,
) => number;

/**
 * The recorder of a leaf. A comparison with a number or a string is settled in the closure; anything else goes to
 * recordLeaf, which records the same: the mutants that send more leaves there are equivalent (the properties in
 * tests/conditions/compact.test.ts hold the shortcut to evaluate's explanation).
 */
// Stryker disable ConditionalExpression,BlockStatement,EqualityOperator,LogicalOperator: equivalent, as said above
function leafRecorder(instruction: Instruction, position: number): Recorder {
  const id = instruction.id;
  const truthAt = 2 * position;
  const readAt = truthAt + 1;
  const value = instruction.value;
  if (
    instruction.kind === COMPARE &&
    value !== undefined &&
    (value.type === NUMBER || value.type === STRING)
  ) {
    const type = value.type;
    const v = value.key as number;
    const outcome = OUTCOME_CODES[instruction.cmp] as readonly [number, number, number];
    return (evidence, at, day, refs, record) => {
      const found = classifiedAt(evidence, id, day);
      if (found === undefined) {
        record[truthAt] = UNKNOWN;
        return UNKNOWN;
      }
      if (found.type !== type) return recordLeaf(evidence, instruction, at, day, refs, record, truthAt);
      const key = found.key as number;
      const truth = outcome[key === v ? 1 : key < v ? 0 : 2] as number;
      record[truthAt] = truth;
      record[readAt] = found.used;
      return truth;
    };
  }
  return (evidence, at, day, refs, record) =>
    recordLeaf(evidence, instruction, at, day, refs, record, truthAt);
}

// Stryker restore ConditionalExpression,BlockStatement,EqualityOperator,LogicalOperator

function compositeRecorder(instruction: Instruction, parts: readonly Recorder[], position: number): Recorder {
  const n = parts.length;
  const kind = instruction.kind;
  const count = kind === AT_LEAST ? instruction.count : kind === ALL ? n : 1;
  const truthAt = 2 * position;
  return (evidence, at, day, refs, record) => {
    let met = 0;
    let unknown = 0;
    for (let i = 0; i < n; i += 1) {
      const part = (parts[i] as Recorder)(evidence, at, day, refs, record);
      if (part === MET) met += 1;
      else if (part === UNKNOWN) unknown += 1;
    }
    // not is "at least one of one" with met and unmet swapped.
    let truth = met >= count ? MET : met + unknown < count ? UNMET : UNKNOWN;
    if (kind === NOT) truth = MET - truth;
    record[truthAt] = truth;
    return truth;
  };
}

/**
 * Makes the explanation tree of a record: the tree {@link explainerOf} would give for the same program, evidence
 * and date. Every node is new, so trees made from one record share nothing that is not frozen.
 *
 * @category Conditions
 */
export function treeOfRecord(
  program: Program,
  record: ProgramRecord,
  refs: ReadonlyMap<string, Explanation> | undefined,
): Explanation {
  const stack: Explanation[] = [];
  const instructions = program.instructions;
  for (let i = 0; i < instructions.length; i += 1) {
    const instruction = instructions[i] as Instruction;
    const kind = instruction.kind;
    const truth = record[2 * i] as number;
    const read = record[2 * i + 1] as UsedEvidence | Explanation | undefined;
    let node: Explanation;
    if (kind <= AT_LEAST) {
      node = compositeNode(instruction, truth, stack.splice(stack.length - instruction.arity));
    } else if (kind === FACT || kind === COMPARE) {
      if (read === undefined) node = leafExplanation(instruction, UNKNOWN, NOTHING_USED, instruction.missing);
      else if (Object.hasOwn(read, 'op')) node = copyLeaf(read as Explanation);
      else node = leafExplanation(instruction, truth, read as UsedEvidence, NONE);
    } else if (kind === ON_OR_AFTER) {
      node = new DateNode(TRUTHS[truth] as Truth, instruction.node, instruction.date as PlainDate);
    } else if (kind === REF) {
      node = refNode(instruction, refs);
    } else {
      node = copyLeaf(read as Explanation);
    }
    stack.push(node);
  }
  return stack[0] as Explanation;
}

/** A new leaf node with the fields of `leaf` (whose own records are frozen). */
function copyLeaf(leaf: Explanation): Explanation {
  if (!Object.hasOwn(leaf, 'window')) {
    return new ExplanationNode(leaf.op, leaf.truth, leaf.condition, NONE, leaf.used, leaf.missing);
  }
  return new WindowNode(
    leaf.op,
    leaf.truth,
    leaf.condition,
    leaf.used,
    leaf.missing,
    leaf.window as DateRange,
  );
}

/**
 * Options for {@link evaluateCompact}: those of {@link evaluate} but `explain`.
 *
 * @category Conditions
 */
export interface EvaluateCompactOptions {
  /** The evaluation date. */
  readonly at: DateArg;
  /** Named conditions that `ref` nodes refer to: a record (own keys only) or a Map. */
  readonly definitions?: Definitions;
  /** The deepest nesting accepted in the condition and in each definition (the root is 1); defaults to 256. */
  readonly maxDepth?: number;
}

/**
 * The result of {@link evaluateCompact}: the truth, and the explanation recorded compactly, made into a tree when
 * asked for.
 *
 * @category Conditions
 */
export interface CompactEvaluation {
  /** met, unmet or unknown. */
  readonly truth: Truth;
  /**
   * The explanation tree, equal to the one {@link evaluate} gives for the same call. Made from the record on each
   * call, without reading the evidence again: each call gives a new tree, which shares with any other only frozen
   * records (observations, events, coverage, missing evidence, and the conditions built or parsed by this library; a
   * raw JSON condition is yours, and the tree points to its nodes, as {@link evaluate}'s does). Call it on the result
   * (`result.explanation()`): detached from it, it throws `INVALID_INPUT`.
   */
  explanation(this: CompactEvaluation): Explanation;
}

/**
 * A compact evaluation: the truth, the condition's program and record, and the definitions it reaches (in dependency
 * order) with theirs.
 */
class Compact implements CompactEvaluation {
  readonly truth: Truth;
  readonly #program: Program;
  readonly #record: ProgramRecord;
  readonly #definitions: readonly ResolvedDefinition[];
  readonly #records: readonly ProgramRecord[];

  constructor(
    program: Program,
    record: ProgramRecord,
    definitions: readonly ResolvedDefinition[],
    records: readonly ProgramRecord[],
  ) {
    this.truth = TRUTHS[rootTruth(record)] as Truth;
    this.#program = program;
    this.#record = record;
    this.#definitions = definitions;
    this.#records = records;
  }

  explanation(this: CompactEvaluation): Explanation {
    if (typeof this !== 'object' || this === null || !(#record in this)) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `explanation() was called on ${describeValue(this)}, not on a result of evaluateCompact: call it as result.explanation(), not detached from its result.`,
      );
    }
    return this.#tree();
  }

  #tree(): Explanation {
    const definitions = this.#definitions;
    // Without definitions the loop below makes no ref, and expandOnce gives the tree back: only slower.
    // Stryker disable next-line ConditionalExpression: equivalent, as said above
    if (definitions.length === 0) return treeOfRecord(this.#program, this.#record, undefined);
    const refs = new Map<string, Explanation>();
    for (let i = 0; i < definitions.length; i += 1) {
      const { name, program } = definitions[i] as ResolvedDefinition;
      refs.set(name, treeOfRecord(program, this.#records[i] as ProgramRecord, refs));
    }
    return expandOnce(treeOfRecord(this.#program, this.#record, refs));
  }
}

// Every result shares the prototype and reaches the class by `constructor`: frozen, so that no caller can replace
// `explanation` for every other.
Object.freeze(Compact.prototype);
Object.freeze(Compact);

/** The truth code of a record's root, the last node in post-order. */
function rootTruth(record: ProgramRecord): number {
  return record[record.length - 2] as number;
}

/**
 * Evaluates a condition as {@link evaluate} does, and records its explanation compactly: every node's truth and the
 * evidence each leaf read, in one flat record rather than a tree of objects (an occurred or noneOccurred leaf, or a
 * comparison of mismatched types or units, is kept as its leaf's explanation node). The tree is made only when
 * {@link CompactEvaluation.explanation} is called, and is then the tree {@link evaluate} would have given. For callers
 * who evaluate many fact sets and open few explanations: for a condition of facts and comparisons, recording takes
 * about half the time of building the tree; for one made of windows, about the same.
 *
 * Every node is evaluated, as for an explanation (no part is skipped once the answer is known), so the record holds
 * what each leaf read on the date, not a promise to read it later: the tree made from it does not depend on the
 * evidence afterwards.
 *
 * @param condition - the condition (parse untrusted JSON with {@link ConditionSchema} first).
 * @param evidence - the evidence, raw or prepared.
 * @param options - `at`, the evaluation date; `definitions` for `ref`; `maxDepth` (default 256).
 * @returns the truth, and `explanation()` to make the tree.
 * @throws {@link SanctionsRegimeError} with the codes of {@link evaluate}.
 * @example
 * ```ts
 * import { all, compareFact, evaluateCompact, fact, parseDate } from 'sanctions-regime';
 * const verified = all(fact('inspected'), compareFact('tests', 'eq', 0));
 * const evidence = {
 *   facts: [{ fact: 'tests', value: 0, from: parseDate('2018-01-01'), source: 'S/2018/171' }],
 * };
 * const result = evaluateCompact(verified, evidence, { at: parseDate('2018-09-27') });
 * result.truth; //=> 'unknown'
 * result.explanation().missing.map((m) => m.evidence === 'fact' && m.fact); //=> ['inspected']
 * result.explanation().children[1]?.used.facts[0]?.source; //=> 'S/2018/171'
 * ```
 * @category Conditions
 */
export function evaluateCompact(
  condition: Condition,
  evidence: EvidenceArg,
  options: EvaluateCompactOptions,
): CompactEvaluation {
  // Read once, as evaluate does.
  const at = options?.at as PlainDate;
  const day = checkDay(at, 'at');
  const maxDepth = checkMaxDepth(options.maxDepth);
  const prepared = evidenceIndex(evidence);
  const program = programOf(condition, maxDepth);
  // Without refs a plan holds only the program: the test skips making one, and the path below gives the same.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (program.refs.length === 0)
    return new Compact(program, recorderOf(program)(prepared, at, day, undefined), NONE, NONE);
  const plan = planOf(condition, options.definitions, maxDepth);
  const refs = new Map<string, number>();
  const records: ProgramRecord[] = [];
  for (const { name, program: defined } of plan.definitions) {
    const record = recorderOf(defined)(prepared, at, day, refs);
    records.push(record);
    refs.set(name, rootTruth(record));
  }
  return new Compact(
    plan.program,
    recorderOf(plan.program)(prepared, at, day, refs),
    plan.definitions,
    records,
  );
}

// The fast path without explanation: a program turned into nested closures that short-circuit (all stops at the
// first unmet part, any at the first met one). Built iteratively from the post-order program; used only when the
// program is shallow enough for its nested calls (at most FAST_PATH_DEPTH) to be far from any stack limit, deeper
// programs run on the iterative interpreter. Both give the same truth: nothing evaluated at run time can throw.
import type { PlainDate } from '../time/index.js';
import { dayNumberOf } from '../time/plainDate.js';
import type { EvidenceIndex } from './EvidenceSchema.js';
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
  type Program,
} from './program.js';
import { classifiedAt, occurredTruth, runTruth } from './run.js';
import { BOOLEAN, compareValues, EQ, GT, LE, LT, MET, NE, NUMBER, STRING, UNKNOWN, UNMET } from './values.js';

/**
 * Evaluates to a truth code.
 *
 * @category Conditions
 */
export type Fast = (
  evidence: EvidenceIndex,
  at: PlainDate,
  day: number,
  refs: ReadonlyMap<string, number> | undefined,
) => number;

/**
 * A compare leaf on a number, string or boolean, one closure per operator so that the comparison is inline (a test
 * called through a closure is a call the leaf cannot inline: each leaf has its own). Undefined for other values.
 */
function primitiveLeaf(id: string, cmp: number, type: number, value: number | string | boolean): Fast {
  const v = value as number;
  switch (cmp) {
    case EQ:
      return (evidence, _at, day) => {
        const found = classifiedAt(evidence, id, day);
        return found === undefined || found.type !== type ? UNKNOWN : found.key === v ? MET : UNMET;
      };
    case NE:
      return (evidence, _at, day) => {
        const found = classifiedAt(evidence, id, day);
        return found === undefined || found.type !== type ? UNKNOWN : found.key !== v ? MET : UNMET;
      };
    case LT:
      return (evidence, _at, day) => {
        const found = classifiedAt(evidence, id, day);
        return found === undefined || found.type !== type ? UNKNOWN : (found.key as number) < v ? MET : UNMET;
      };
    case LE:
      return (evidence, _at, day) => {
        const found = classifiedAt(evidence, id, day);
        return found === undefined || found.type !== type
          ? UNKNOWN
          : (found.key as number) <= v
            ? MET
            : UNMET;
      };
    case GT:
      return (evidence, _at, day) => {
        const found = classifiedAt(evidence, id, day);
        return found === undefined || found.type !== type ? UNKNOWN : (found.key as number) > v ? MET : UNMET;
      };
    default:
      return (evidence, _at, day) => {
        const found = classifiedAt(evidence, id, day);
        return found === undefined || found.type !== type
          ? UNKNOWN
          : (found.key as number) >= v
            ? MET
            : UNMET;
      };
  }
}

function leaf(instruction: Instruction): Fast {
  const id = instruction.id;
  switch (instruction.kind) {
    case FACT:
      return (evidence, _at, day) => {
        const found = classifiedAt(evidence, id, day);
        return found === undefined || found.type !== BOOLEAN ? UNKNOWN : found.key === true ? MET : UNMET;
      };
    case COMPARE: {
      const value = instruction.value as NonNullable<Instruction['value']>;
      const type = value.type;
      if (type === NUMBER || type === STRING || type === BOOLEAN)
        return primitiveLeaf(id, instruction.cmp, type, value.key as number | string | boolean);
      const cmp = instruction.cmp;
      return (evidence, _at, day) => {
        const found = classifiedAt(evidence, id, day);
        if (found === undefined) return UNKNOWN;
        const truth = compareValues(found.type, found.key, cmp, type, value.key);
        return truth > MET ? UNKNOWN : truth;
      };
    }
    case OCCURRED:
      return (evidence, at) => occurredTruth(evidence, instruction, at);
    case NONE_OCCURRED:
      return (evidence, at) => MET - occurredTruth(evidence, instruction, at);
    case ON_OR_AFTER: {
      const date = dayNumberOf(instruction.date) as number;
      return (_evidence, _at, day) => (day >= date ? MET : UNMET);
    }
    default:
      return (_evidence, _at, _day, refs) => refs?.get(id) ?? UNKNOWN;
  }
}

function composite(instruction: Instruction, parts: readonly Fast[]): Fast {
  const n = parts.length;
  switch (instruction.kind) {
    case ALL:
      return (evidence, at, day, refs) => {
        let truth = MET;
        for (let i = 0; i < n; i += 1) {
          const part = (parts[i] as Fast)(evidence, at, day, refs);
          if (part === UNMET) return UNMET;
          if (part < truth) truth = part;
        }
        return truth;
      };
    case ANY:
      return (evidence, at, day, refs) => {
        let truth = UNMET;
        for (let i = 0; i < n; i += 1) {
          const part = (parts[i] as Fast)(evidence, at, day, refs);
          if (part === MET) return MET;
          if (part > truth) truth = part;
        }
        return truth;
      };
    case NOT: {
      const part = parts[0] as Fast;
      return (evidence, at, day, refs) => MET - part(evidence, at, day, refs);
    }
    default: {
      const count = instruction.count;
      return (evidence, at, day, refs) => {
        let met = 0;
        let open = n; // parts met or unknown, or not yet seen
        for (let i = 0; i < n; i += 1) {
          if (met >= count) return MET;
          if (open < count) return UNMET;
          const part = (parts[i] as Fast)(evidence, at, day, refs);
          if (part === MET) met += 1;
          else if (part === UNMET) open -= 1;
        }
        return met >= count ? MET : open < count ? UNMET : UNKNOWN;
      };
    }
  }
}

function build(program: Program): Fast {
  if (program.depth > FAST_PATH_DEPTH)
    return (evidence, at, day, refs) => runTruth(program, evidence, at, day, refs);
  const stack: Fast[] = [];
  for (const instruction of program.instructions) {
    if (instruction.kind <= AT_LEAST) {
      const parts = stack.splice(stack.length - instruction.arity, instruction.arity);
      stack.push(composite(instruction, parts));
    } else {
      stack.push(leaf(instruction));
    }
  }
  return stack[0] as Fast;
}

/**
 * The closure of a program, built once per program (kept in its `runners`).
 *
 * @category Conditions
 */
export function fastOf(program: Program): Fast {
  const runners = program.runners;
  let fast = runners.fast;
  // Building it again on every call gives the same closure, only slower.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (fast === undefined) {
    fast = build(program);
    runners.fast = fast;
  }
  return fast;
}

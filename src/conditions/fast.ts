// The fast path without explanation: a program turned into nested closures that short-circuit (all stops at the
// first unmet part, any at the first met one). Built iteratively from the post-order program; used only when the
// program is shallow enough for its nested calls (at most FAST_PATH_DEPTH) to be far from any stack limit, deeper
// programs run on the iterative interpreter. Both give the same truth: nothing evaluated at run time can throw.
import type { PlainDate } from '../time/index.js';
import type { IndexedObservation, PreparedEvidence } from './EvidenceSchema.js';
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
import { observationAt, occurredTruth, runTruth } from './run.js';
import { BOOLEAN, compareValues, EQ, GT, LE, LT, MET, NE, NUMBER, STRING, UNKNOWN, UNMET } from './values.js';

/**
 * Evaluates to a truth code.
 *
 * @category Conditions
 */
export type Fast = (
  evidence: PreparedEvidence,
  at: PlainDate,
  refs: ReadonlyMap<string, number> | undefined,
) => number;

type Test = (key: IndexedObservation['key']) => boolean;

/** A specialised test for numbers, strings and booleans; undefined for dates and quantities (the general path). */
function primitiveTest(cmp: number, value: number | string | boolean): Test {
  switch (cmp) {
    case EQ:
      return (key) => key === value;
    case NE:
      return (key) => key !== value;
    case LT:
      return (key) => (key as number) < (value as number);
    case LE:
      return (key) => (key as number) <= (value as number);
    case GT:
      return (key) => (key as number) > (value as number);
    default:
      return (key) => (key as number) >= (value as number);
  }
}

function leaf(instruction: Instruction): Fast {
  const id = instruction.id;
  switch (instruction.kind) {
    case FACT:
      return (evidence, at) => {
        const found = observationAt(evidence, id, at);
        return found === undefined || found.type !== BOOLEAN ? UNKNOWN : found.key === true ? MET : UNMET;
      };
    case COMPARE: {
      const value = instruction.value as NonNullable<Instruction['value']>;
      const type = value.type;
      if (type === NUMBER || type === STRING || type === BOOLEAN) {
        const test = primitiveTest(instruction.cmp, value.key as number | string | boolean);
        return (evidence, at) => {
          const found = observationAt(evidence, id, at);
          return found === undefined || found.type !== type ? UNKNOWN : test(found.key) ? MET : UNMET;
        };
      }
      const cmp = instruction.cmp;
      return (evidence, at) => {
        const found = observationAt(evidence, id, at);
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
      const date = instruction.date as PlainDate;
      return (_evidence, at) => (at >= date ? MET : UNMET);
    }
    default:
      return (_evidence, _at, refs) => refs?.get(id) ?? UNKNOWN;
  }
}

function composite(instruction: Instruction, parts: readonly Fast[]): Fast {
  const n = parts.length;
  switch (instruction.kind) {
    case ALL:
      return (evidence, at, refs) => {
        let truth = MET;
        for (let i = 0; i < n; i += 1) {
          const part = (parts[i] as Fast)(evidence, at, refs);
          if (part === UNMET) return UNMET;
          if (part < truth) truth = part;
        }
        return truth;
      };
    case ANY:
      return (evidence, at, refs) => {
        let truth = UNMET;
        for (let i = 0; i < n; i += 1) {
          const part = (parts[i] as Fast)(evidence, at, refs);
          if (part === MET) return MET;
          if (part > truth) truth = part;
        }
        return truth;
      };
    case NOT: {
      const part = parts[0] as Fast;
      return (evidence, at, refs) => MET - part(evidence, at, refs);
    }
    default: {
      const count = instruction.count;
      return (evidence, at, refs) => {
        let met = 0;
        let open = n; // parts met or unknown, or not yet seen
        for (let i = 0; i < n; i += 1) {
          if (met >= count) return MET;
          if (open < count) return UNMET;
          const part = (parts[i] as Fast)(evidence, at, refs);
          if (part === MET) met += 1;
          else if (part === UNMET) open -= 1;
        }
        return met >= count ? MET : open < count ? UNMET : UNKNOWN;
      };
    }
  }
}

function build(program: Program): Fast {
  if (program.depth > FAST_PATH_DEPTH) return (evidence, at, refs) => runTruth(program, evidence, at, refs);
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

const built = new WeakMap<Program, Fast>();

/**
 * The closure of a program, built once per program.
 *
 * @category Conditions
 */
export function fastOf(program: Program): Fast {
  let fast = built.get(program);
  if (fast === undefined) {
    fast = build(program);
    built.set(program, fast);
  }
  return fast;
}

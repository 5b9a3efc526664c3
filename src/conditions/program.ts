// Compiling a condition into a flat post-order program, checked on the way (shape, depth, references), so that
// evaluation is a loop over an array: no recursion, whatever the document.

import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { isQuantity, QuantitySchema } from '../quantity/index.js';
import {
  addDuration,
  type Duration,
  type DurationParts,
  durationParts,
  isPlainDate,
  type PlainDate,
} from '../time/index.js';
import type { Condition } from './ConditionSchema.js';
import type { RecordRunner } from './compact.js';
import { type MissingEvidence, NONE } from './explanation.js';
import type { Fast } from './fast.js';
import { conditionTooDeep, invalidCondition, isRecord, isTrusted, own, unknownKey } from './internal.js';
import type { Explainer } from './run.js';
import {
  BOOLEAN,
  type Classified,
  COMPARATORS,
  classifyValue,
  EQ,
  NE,
  STRING,
  TYPE_NAMES,
} from './values.js';

export const ALL = 0;
export const ANY = 1;
export const NOT = 2;
export const AT_LEAST = 3;
export const FACT = 4;
export const COMPARE = 5;
export const OCCURRED = 6;
export const NONE_OCCURRED = 7;
export const ON_OR_AFTER = 8;
export const REF = 9;

const OPS: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, {
    all: ALL,
    any: ANY,
    not: NOT,
    atLeast: AT_LEAST,
    fact: FACT,
    compare: COMPARE,
    occurred: OCCURRED,
    noneOccurred: NONE_OCCURRED,
    onOrAfter: ON_OR_AFTER,
    ref: REF,
  }),
);

/**
 * The operator of each instruction kind (ALL … REF): what an explanation node says, read from the frozen instruction
 * rather than from the condition, which a caller who passed raw JSON may edit after the call.
 *
 * @category Conditions
 */
export const OP_OF_KIND: readonly Condition['op'][] = Object.freeze(
  Object.keys(OPS).sort((a, b) => (OPS[a] as number) - (OPS[b] as number)) as Condition['op'][],
);

// The keys each operator takes, as ConditionSchema's strict objects do: any other key is refused on both paths.
const KEYS: readonly (readonly string[])[] = [
  ['op', 'of'],
  ['op', 'of'],
  ['op', 'of'],
  ['op', 'count', 'of'],
  ['op', 'fact'],
  ['op', 'fact', 'cmp', 'value'],
  ['op', 'event', 'within'],
  ['op', 'event', 'within'],
  ['op', 'date', 'anchor', 'plus'],
  ['op', 'name'],
];

function refuseUnknownKeys(node: object, allowed: readonly string[], entry: Pending, what: string): void {
  const key = unknownKey(node, allowed);
  if (key !== undefined) {
    throw invalidCondition(
      pathOf(entry, key),
      `unknown key ${describeValue(key)}: ${what} takes only ${allowed.map((k) => `"${k}"`).join(', ')}`,
    );
  }
}

/**
 * Classifies a compared value as ConditionSchema reads it: a date is exactly `{ date }`, and a quantity may come in
 * its JSON form (`{ amount: "5", unit: "barrel" }`) as well as decoded.
 */
function compareValueOf(raw: unknown): Classified | undefined {
  if (!isRecord(raw) || isQuantity(raw)) return classifyValue(raw);
  if (unknownKey(raw, ['date']) === undefined) return classifyValue(raw);
  const decoded = QuantitySchema.safeParse(raw);
  return decoded.success ? classifyValue(decoded.data) : undefined;
}

/**
 * One instruction: a node of the condition, with what evaluating it needs.
 *
 * @category Conditions
 */
export interface Instruction {
  readonly kind: number;
  readonly node: Condition;
  /** Composite nodes: how many results to pop. */
  readonly arity: number;
  /** atLeast: how many must be met. */
  readonly count: number;
  /** fact, compare: the fact id; occurred, noneOccurred: the event kind; ref: the name. */
  readonly id: string;
  /** compare: the comparator code and the classified value. */
  readonly cmp: number;
  readonly value: Classified | undefined;
  /** occurred, noneOccurred: a relative window's duration, or an explicit window. */
  readonly last: Duration | undefined;
  readonly lastParts: DurationParts | undefined;
  readonly start: PlainDate | undefined;
  readonly end: PlainDate | undefined;
  /** onOrAfter: the date (anchor + plus, computed once). */
  readonly date: PlainDate | undefined;
  /** fact, compare: what the explanation names when no observation is valid. */
  readonly missing: readonly MissingEvidence[];
}

/**
 * A compiled condition.
 *
 * @category Conditions
 */
export interface Program {
  readonly instructions: readonly Instruction[];
  /** The names it refers to, each once. */
  readonly refs: readonly string[];
  /** Its nesting depth (the root is 1). */
  readonly depth: number;
  /**
   * What running it needs, built on first use by {@link fastOf}, {@link explainerOf} and {@link recorderOf}. The one
   * part of a program that is not frozen: only those three write it, and a program is never returned to a caller.
   */
  readonly runners: Runners;
}

/**
 * The closures a program runs as, once built.
 *
 * @category Conditions
 */
export interface Runners {
  fast?: Fast;
  explainer?: Explainer;
  recorder?: RecordRunner;
}

interface Pending {
  readonly node: unknown;
  readonly depth: number;
  readonly parent: Pending | undefined;
  readonly key: string | number | undefined;
  expanded: boolean;
  kind: number;
  arity: number;
}

function pathOf(entry: Pending | undefined, extra?: string): (string | number)[] {
  const path: (string | number)[] = extra === undefined ? [] : [extra];
  for (let e = entry; e !== undefined && e.key !== undefined; e = e.parent) path.unshift(e.key);
  return path;
}

function idOf(node: object, key: string, entry: Pending): string {
  const value = own(node, key);
  if (typeof value !== 'string' || value.length === 0) {
    throw invalidCondition(pathOf(entry, key), `expected a non-empty string, got ${describeValue(value)}`);
  }
  return value;
}

function dateOf(node: object, key: string, entry: Pending): PlainDate {
  const value = own(node, key);
  if (!isPlainDate(value)) {
    throw invalidCondition(
      pathOf(entry, key),
      `expected a calendar date as YYYY-MM-DD, got ${describeValue(value)}`,
    );
  }
  return value;
}

function durationOf(node: object, key: string, entry: Pending): Duration {
  const value = own(node, key);
  try {
    durationParts(value as Duration);
  } catch {
    throw invalidCondition(
      pathOf(entry, key),
      `expected an ISO 8601 duration such as "P12M", got ${describeValue(value)}`,
    );
  }
  return value as Duration;
}

const NO_INSTRUCTION = {
  arity: 0,
  count: 0,
  id: '',
  cmp: 0,
  value: undefined,
  last: undefined,
  lastParts: undefined,
  start: undefined,
  end: undefined,
  date: undefined,
  missing: NONE,
} as const;

function missingFact(fact: string): readonly MissingEvidence[] {
  const message = `No observation of fact "${fact}" is valid on the evaluation date: add one whose period covers it.`;
  return Object.freeze([Object.freeze({ evidence: 'fact', fact, message } as const)]);
}

/** Checks one leaf node and makes its instruction. */
function leaf(kind: number, node: object, entry: Pending): Instruction {
  const base = { ...NO_INSTRUCTION, kind, node: node as Condition };
  switch (kind) {
    case FACT: {
      const id = idOf(node, 'fact', entry);
      return { ...base, id, missing: missingFact(id) };
    }
    case REF:
      return { ...base, id: idOf(node, 'name', entry) };
    case COMPARE: {
      const id = idOf(node, 'fact', entry);
      const cmp = COMPARATORS.indexOf(own(node, 'cmp') as 'eq');
      if (cmp < 0) {
        throw invalidCondition(
          pathOf(entry, 'cmp'),
          `expected one of ${COMPARATORS.join(', ')}, got ${describeValue(own(node, 'cmp'))}`,
        );
      }
      const raw = own(node, 'value');
      const value = compareValueOf(raw);
      if (value === undefined) {
        throw invalidCondition(
          pathOf(entry, 'value'),
          `expected a finite number, a string, a boolean, { date } or a Quantity, got ${describeValue(raw)}`,
        );
      }
      if ((value.type === STRING || value.type === BOOLEAN) && cmp !== EQ && cmp !== NE) {
        throw new SanctionsRegimeError(
          'TYPE_MISMATCH',
          `Cannot order ${TYPE_NAMES[value.type]} with "${COMPARATORS[cmp]}" at condition.${pathOf(entry, 'cmp').join('.')}: strings and booleans take only "eq" or "ne"; write dates as { date: "YYYY-MM-DD" }.`,
          { path: pathOf(entry, 'cmp') },
        );
      }
      return { ...base, id, cmp, value, missing: missingFact(id) };
    }
    case OCCURRED:
    case NONE_OCCURRED: {
      const id = idOf(node, 'event', entry);
      const within = own(node, 'within');
      if (!isRecord(within)) {
        throw invalidCondition(
          pathOf(entry, 'within'),
          `expected { last } or { start, end }, got ${describeValue(within)}`,
        );
      }
      const windowEntry: Pending = { ...entry, parent: entry, key: 'within' };
      const relative = 'last' in within;
      refuseUnknownKeys(
        within,
        relative ? ['last'] : ['start', 'end'],
        windowEntry,
        'a window is { last } or { start, end }: it',
      );
      if (relative) {
        const last = durationOf(within, 'last', windowEntry);
        return { ...base, id, last, lastParts: durationParts(last) };
      }
      const start = dateOf(within, 'start', windowEntry);
      const end = dateOf(within, 'end', windowEntry);
      if (end < start) throw invalidCondition(pathOf(windowEntry, 'end'), `the window ends before it starts`);
      return { ...base, id, start, end };
    }
    default: {
      if (own(node, 'date') !== undefined) {
        const date = dateOf(node, 'date', entry);
        if (own(node, 'anchor') !== undefined || own(node, 'plus') !== undefined) {
          throw invalidCondition(
            pathOf(entry),
            'onOrAfter takes either "date", or "anchor" and "plus", not both',
          );
        }
        return { ...base, date };
      }
      const anchor = dateOf(node, 'anchor', entry);
      return { ...base, date: addDuration(anchor, durationOf(node, 'plus', entry)) };
    }
  }
}

/**
 * Compiles a condition, iteratively; throws on the first malformed node or when deeper than `maxDepth`.
 *
 * @category Conditions
 */
export function compile(condition: unknown, maxDepth: number): Program {
  const instructions: Instruction[] = [];
  const refs = new Set<string>();
  const stack: Pending[] = [
    { node: condition, depth: 1, parent: undefined, key: undefined, expanded: false, kind: 0, arity: 0 },
  ];
  let deepest = 1;
  while (stack.length > 0) {
    const entry = stack[stack.length - 1] as Pending;
    if (entry.expanded) {
      stack.pop();
      const node = entry.node as Condition;
      instructions.push(
        entry.kind === AT_LEAST
          ? {
              ...NO_INSTRUCTION,
              kind: AT_LEAST,
              node,
              arity: entry.arity,
              count: own(node, 'count') as number,
            }
          : { ...NO_INSTRUCTION, kind: entry.kind, node, arity: entry.arity },
      );
      continue;
    }
    const node = entry.node;
    if (entry.depth > maxDepth) throw conditionTooDeep(maxDepth);
    if (entry.depth > deepest) deepest = entry.depth;
    if (!isRecord(node))
      throw invalidCondition(pathOf(entry), `expected a condition object, got ${describeValue(node)}`);
    const op = own(node, 'op');
    const kind = typeof op === 'string' && Object.hasOwn(OPS, op) ? (OPS[op] as number) : -1;
    if (kind < 0) {
      throw invalidCondition(
        pathOf(entry, 'op'),
        `unknown operator ${describeValue(op)}; expected one of ${Object.keys(OPS).join(', ')}`,
      );
    }
    refuseUnknownKeys(node, KEYS[kind] as readonly string[], entry, `"${op as string}"`);
    if (kind >= FACT) {
      stack.pop();
      const instruction = leaf(kind, node, entry);
      if (kind === REF) refs.add(instruction.id);
      instructions.push(instruction);
      continue;
    }
    const of = own(node, 'of');
    let children: readonly unknown[];
    if (kind === NOT) {
      children = [of];
    } else {
      if (!Array.isArray(of))
        throw invalidCondition(
          pathOf(entry, 'of'),
          `expected an array of conditions, got ${describeValue(of)}`,
        );
      children = of;
    }
    if (kind === AT_LEAST) {
      const count = own(node, 'count');
      if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
        throw invalidCondition(
          pathOf(entry, 'count'),
          `expected a non-negative integer, got ${describeValue(count)}`,
        );
      }
    }
    entry.expanded = true;
    entry.kind = kind;
    entry.arity = children.length;
    const ofEntry: Pending = { ...entry, key: 'of', parent: entry };
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push({
        node: children[i],
        depth: entry.depth + 1,
        parent: kind === NOT ? entry : ofEntry,
        key: kind === NOT ? 'of' : i,
        expanded: false,
        kind: 0,
        arity: 0,
      });
    }
  }
  return Object.freeze({
    instructions: Object.freeze(instructions),
    refs: Object.freeze([...refs]),
    depth: deepest,
    runners: {},
  });
}

// Programs of conditions this layer froze itself (builders, ConditionSchema), cached by identity.
const programs = new WeakMap<object, Program>();

/**
 * The program of a condition: cached for conditions the library froze itself (isTrusted), compiled afresh otherwise.
 *
 * @category Conditions
 */
export function programOf(condition: unknown, maxDepth: number): Program {
  // Only trusted conditions are cached, so a cached program needs no second check.
  let program = programs.get(condition as object);
  if (program === undefined) {
    if (!isTrusted(condition)) return compile(condition, maxDepth);
    program = compile(condition, Number.MAX_SAFE_INTEGER);
    programs.set(condition as object, program);
  }
  if (program.depth > maxDepth) throw conditionTooDeep(maxDepth);
  return program;
}

/**
 * Named conditions: a record (own keys only) or a Map.
 *
 * @category Conditions
 */
export type Definitions = Readonly<Record<string, Condition>> | ReadonlyMap<string, Condition>;

function definitionOf(definitions: Definitions | undefined, name: string): unknown {
  if (definitions === undefined) return undefined;
  if (definitions instanceof Map) return definitions.get(name);
  return isRecord(definitions) ? own(definitions, name) : undefined;
}

/**
 * A definition to evaluate before whatever refers to it.
 *
 * @category Conditions
 */
export interface ResolvedDefinition {
  readonly name: string;
  readonly program: Program;
}

/**
 * The definitions a program reaches, each once, ordered so that every definition comes after those it refers to.
 * Iterative depth-first search; a cycle is an error naming it.
 * @category Conditions
 */
export function resolveDefinitions(
  root: Program,
  definitions: Definitions | undefined,
  maxDepth: number,
): readonly ResolvedDefinition[] {
  const order: ResolvedDefinition[] = [];
  const state = new Map<string, Program | 'done'>();
  const path: string[] = [];
  const stack: { name: string; program: Program | undefined; next: number }[] = root.refs.map((name) => ({
    name,
    program: undefined,
    next: 0,
  }));
  stack.reverse();
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.program === undefined) {
      const seen = state.get(frame.name);
      if (seen === 'done') {
        stack.pop();
        continue;
      }
      if (seen !== undefined) {
        const cycle = [...path.slice(path.indexOf(frame.name)), frame.name];
        throw new SanctionsRegimeError(
          'CYCLIC_REFERENCE',
          `The definitions refer to themselves in a cycle (${cycle.join(' → ')}): break the cycle.`,
          { cycle },
        );
      }
      const definition = definitionOf(definitions, frame.name);
      if (definition === undefined) {
        throw new SanctionsRegimeError(
          'UNKNOWN_REFERENCE',
          `No definition named ${describeValue(frame.name)}: pass it in options.definitions, or fix the name.`,
          { name: frame.name, referredFrom: path.at(-1) ?? null },
        );
      }
      frame.program = programOf(definition, maxDepth);
      state.set(frame.name, frame.program);
      path.push(frame.name);
    }
    const program = frame.program;
    if (frame.next < program.refs.length) {
      stack.push({ name: program.refs[frame.next] as string, program: undefined, next: 0 });
      frame.next += 1;
      continue;
    }
    stack.pop();
    path.pop();
    state.set(frame.name, 'done');
    order.push({ name: frame.name, program });
  }
  return order;
}

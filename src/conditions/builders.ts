import { SanctionsRegimeError } from '../errors.js';
import { deepFreeze, freezeOwn, isFrozenByLibrary } from '../internal/frozen.js';
import { copyDecimal, isDecimal } from '../quantity/decimal.js';
import type { ConversionFactor, Quantity, QuantityJson, UnitId } from '../quantity/index.js';
import { isQuantity } from '../quantity/quantity.js';
import type { DateArg, Duration, DurationArg, PlainDate } from '../time/index.js';
import type {
  AllCondition,
  AnyCondition,
  AtLeastCondition,
  Comparator,
  CompareCondition,
  Condition,
  DateValue,
  EventWindow,
  EventWindowInput,
  FactCondition,
  FactValue,
  NoneOccurredCondition,
  NotCondition,
  OccurredCondition,
  OnOrAfterCondition,
  RefCondition,
} from './ConditionSchema.js';
import { decodeQuantityJson, isQuantityJson, isRecord, isTrusted } from './internal.js';
import { compile } from './program.js';

// Each builder checks its own node with the compiler's checks, and each child that was not built or parsed by the
// library (a trusted child has been checked already), then freezes it. Depth is left to evaluate's maxDepth.
function built<T extends Condition>(node: T, children: readonly Condition[]): T {
  for (const child of children) if (!isTrusted(child)) compile(child, Number.MAX_SAFE_INTEGER);
  if (node.op === 'all' || node.op === 'any' || node.op === 'atLeast') compile({ ...node, of: [] }, 1);
  else if (node.op !== 'not') compile(node, 1);
  return freezeOwn(node);
}

/**
 * Builds `{ op: "all", of }`: met when every condition is met, unmet when one is unmet, unknown otherwise.
 *
 * @param conditions - the conditions (none: met).
 * @returns the condition, frozen.
 * @example
 * ```ts
 * import { all, fact } from 'sanctions-regime';
 * all(fact('declared'), fact('verified')); //=> { op: 'all', of: [{ op: 'fact', fact: 'declared' }, { op: 'fact', fact: 'verified' }] }
 * ```
 * @category Conditions
 */
export function all(...conditions: Condition[]): AllCondition {
  return built({ op: 'all', of: freezeOwn(conditions) }, conditions);
}

/**
 * Builds `{ op: "any", of }`: met when one condition is met, unmet when all are unmet, unknown otherwise.
 *
 * @param conditions - the conditions (none: unmet).
 * @returns the condition, frozen.
 * @example
 * ```ts
 * import { any, fact } from 'sanctions-regime';
 * any(fact('a'), fact('b')).of.length; //=> 2
 * ```
 * @category Conditions
 */
export function any(...conditions: Condition[]): AnyCondition {
  return built({ op: 'any', of: freezeOwn(conditions) }, conditions);
}

/**
 * Builds `{ op: "not", of }`: met when the condition is unmet, unmet when it is met, unknown when it is unknown.
 *
 * @param condition - the condition negated.
 * @returns the condition, frozen.
 * @example
 * ```ts
 * import { not, fact } from 'sanctions-regime';
 * not(fact('tested')); //=> { op: 'not', of: { op: 'fact', fact: 'tested' } }
 * ```
 * @category Conditions
 */
export function not(condition: Condition): NotCondition {
  return built({ op: 'not', of: condition }, [condition]);
}

/**
 * Builds `{ op: "atLeast", count, of }`: met when at least `count` conditions are met, unmet when fewer than
 * `count` are met or unknown, unknown otherwise.
 *
 * @param count - a non-negative integer.
 * @param conditions - the conditions.
 * @returns the condition, frozen.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when `count` is not a non-negative integer.
 * @example
 * ```ts
 * import { atLeast, fact } from 'sanctions-regime';
 * atLeast(2, fact('a'), fact('b'), fact('c')).count; //=> 2
 * ```
 * @category Conditions
 */
export function atLeast(count: number, ...conditions: Condition[]): AtLeastCondition {
  return built({ op: 'atLeast', count, of: freezeOwn(conditions) }, conditions);
}

/**
 * Builds `{ op: "fact", fact }`: the boolean fact holds on the evaluation date.
 *
 * @param id - the fact id.
 * @returns the condition, frozen.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when `id` is not a non-empty string.
 * @example
 * ```ts
 * import { fact } from 'sanctions-regime';
 * fact('iaea-access'); //=> { op: 'fact', fact: 'iaea-access' }
 * ```
 * @category Conditions
 */
export function fact(id: string): FactCondition {
  return built({ op: 'fact', fact: id }, []);
}

/**
 * Builds `{ op: "compare", fact, cmp, value }` (named `compareFact` because `compare` orders quantities): the
 * fact's value on the evaluation date compared with `value`. Numbers, dates (`{ date }`) and quantities (same unit)
 * take every comparator; strings and booleans only `eq` and `ne`. Nothing is coerced: a value of another type makes
 * the comparison unknown, with `TYPE_MISMATCH` in the explanation.
 *
 * @param id - the fact id.
 * @param cmp - `eq`, `ne`, `lt`, `le`, `gt` or `ge`.
 * @param value - a finite number, a string, a boolean, a {@link DateValue}, or a {@link Quantity} (built, or in its
 * JSON form `{ amount: "500000", unit: "barrel" }`, decoded here exactly as {@link QuantitySchema} decodes it).
 * @returns the condition, frozen.
 * @throws {@link SanctionsRegimeError} `TYPE_MISMATCH` when a string or boolean is ordered; `INVALID_INPUT` for a
 * bad id, comparator or value.
 * @example
 * ```ts
 * import { compareFact, isQuantity, parseDate, quantity } from 'sanctions-regime';
 * compareFact('tests', 'eq', 0); //=> { op: 'compare', fact: 'tests', cmp: 'eq', value: 0 }
 * compareFact('declared', 'le', { date: parseDate('2018-06-12') }).value; //=> { date: '2018-06-12' }
 * compareFact('imports', 'le', quantity('500000', 'barrel')).cmp; //=> 'le'
 * isQuantity(compareFact('imports', 'le', { amount: '500000', unit: 'barrel' }).value); //=> true
 * ```
 * @category Conditions
 */
export function compareFact(
  id: string,
  cmp: Comparator,
  value: number | string | boolean | DateValue | Quantity | QuantityJson,
): CompareCondition {
  let decoded: unknown = value;
  if (isQuantityJson(value)) {
    const result = decodeQuantityJson(value);
    if (!('quantity' in result)) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `compareFact(value)${result.path === '' ? '' : `.${result.path}`}: ${result.problem}.`,
        { argument: 'compareFact(value)', path: result.path },
      );
    }
    decoded = result.quantity;
  }
  return built({ op: 'compare', fact: id, cmp, value: ownedValue(decoded) as FactValue }, []);
}

// The compiler's checks (in built) refuse a bad window, so the node holds checked dates and durations.
function frozenWindow(within: EventWindow | EventWindowInput): EventWindow {
  return (isRecord(within) ? freezeOwn({ ...within }) : within) as EventWindow;
}

/**
 * The value a compare node keeps: a copy the library freezes itself, so that the node can be cached. A quantity is
 * copied with its amount in a Decimal of the library's own, and so are its `reported` quantity and `factor` when it
 * was converted; a date value is copied. A primitive, or a value the library froze, is kept as it is. A quantity the
 * copy cannot read as one (a getter that changes, a malformed `reported`) is kept frozen as given, and its node is
 * compiled on every call.
 */
function ownedValue(value: unknown): unknown {
  if (!isRecord(value) || isFrozenByLibrary(value)) return value;
  const quantity = isQuantity(value) ? ownedQuantity(value, true) : undefined;
  return quantity === undefined ? freezeOwn({ ...(value as object) }) : deepFreeze(quantity);
}

/**
 * A plain copy of a quantity, to be deep-frozen by the caller: the library's own objects are kept, anything else is
 * read once and checked as read, so that a getter cannot pass `isQuantity` with one value and give another here.
 * Undefined when the copy cannot be made safely.
 */
function ownedQuantity(value: Quantity, converted: boolean): Quantity | undefined {
  if (isFrozenByLibrary(value)) return value;
  const { amount, unit, reported, factor } = value;
  if (!isDecimal(amount) || typeof unit !== 'string') return undefined;
  if (reported === undefined && factor === undefined) return { amount: copyDecimal(amount), unit };
  // A reported quantity is as reported: it was converted from nothing.
  if (!converted || !isQuantity(reported)) return undefined;
  const ownReported = ownedQuantity(reported, false);
  const ownFactor = ownedFactor(factor);
  if (ownReported === undefined || ownFactor === undefined) return undefined;
  return { amount: copyDecimal(amount), unit, reported: ownReported, factor: ownFactor };
}

/** A plain copy of a conversion factor (see ownedQuantity), or undefined when it is not one. */
function ownedFactor(factor: unknown): ConversionFactor | undefined {
  if (isFrozenByLibrary(factor)) return factor as ConversionFactor;
  if (!isRecord(factor)) return undefined;
  const { from, to, multiplier, source } = factor as { readonly [K in keyof ConversionFactor]?: unknown };
  if (
    typeof from !== 'string' ||
    typeof to !== 'string' ||
    !isDecimal(multiplier) ||
    typeof source !== 'string'
  )
    return undefined;
  return { from: from as UnitId, to: to as UnitId, multiplier: copyDecimal(multiplier), source };
}

/**
 * Builds `{ op: "occurred", event, within }`: an event of the kind occurred within the window (`{ last: "P12M" }`:
 * the evaluation date minus twelve months through the evaluation date; or `{ start, end }`). Met when one is
 * recorded there; unmet only when none is and coverage spans the whole window; unknown otherwise.
 *
 * @param kind - the event kind.
 * @param within - the window.
 * @returns the condition, frozen.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` for a bad kind or window.
 * @example
 * ```ts
 * import { occurred, parseDuration } from 'sanctions-regime';
 * occurred('nuclear-test', { last: parseDuration('P12M') }).within; //=> { last: 'P12M' }
 * ```
 * @category Conditions
 */
export function occurred(kind: string, within: EventWindow | EventWindowInput): OccurredCondition {
  return built({ op: 'occurred', event: kind, within: frozenWindow(within) }, []);
}

/**
 * Builds `{ op: "noneOccurred", event, within }`: no event of the kind occurred within the window. Met only where
 * coverage spans the whole window with no event in it; unmet when one is recorded; unknown otherwise.
 *
 * @param kind - the event kind.
 * @param within - the window.
 * @returns the condition, frozen.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` for a bad kind or window.
 * @example
 * ```ts
 * import { noneOccurred, parseDate } from 'sanctions-regime';
 * noneOccurred('missile-launch', { start: parseDate('2018-01-01'), end: parseDate('2018-12-31') }).op; //=> 'noneOccurred'
 * ```
 * @category Conditions
 */
export function noneOccurred(kind: string, within: EventWindow | EventWindowInput): NoneOccurredCondition {
  return built({ op: 'noneOccurred', event: kind, within: frozenWindow(within) }, []);
}

/**
 * Builds `{ op: "onOrAfter", date }`, or `{ op: "onOrAfter", anchor, plus }` for a date computed with the month-end
 * rule of {@link addDuration}: met on and after the date, unmet before it; never unknown.
 *
 * @param date - the date, or `{ anchor, plus }`.
 * @returns the condition, frozen.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` for a bad date or duration; `INVALID_DATE` when anchor plus
 * duration leaves years 0001 to 9999.
 * @example
 * ```ts
 * import { onOrAfter, parseDate, parseDuration } from 'sanctions-regime';
 * onOrAfter(parseDate('2016-01-16')); //=> { op: 'onOrAfter', date: '2016-01-16' }
 * onOrAfter({ anchor: parseDate('2015-10-18'), plus: parseDuration('P8Y') }); //=> { op: 'onOrAfter', anchor: '2015-10-18', plus: 'P8Y' }
 * ```
 * @category Conditions
 */
export function onOrAfter(
  date: DateArg | { readonly anchor: DateArg; readonly plus: DurationArg },
): OnOrAfterCondition {
  // The compiler's checks (in built) refuse a bad date or duration, so the node holds checked values.
  if (typeof date === 'object' && date !== null) {
    return built({ op: 'onOrAfter', anchor: date.anchor as PlainDate, plus: date.plus as Duration }, []);
  }
  return built({ op: 'onOrAfter', date: date as PlainDate }, []);
}

/**
 * Builds `{ op: "ref", name }`: the condition named `name` in the `definitions` passed to {@link evaluate}.
 *
 * @param name - the definition's name.
 * @returns the condition, frozen.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when `name` is not a non-empty string.
 * @example
 * ```ts
 * import { ref } from 'sanctions-regime';
 * ref('verified-denuclearization'); //=> { op: 'ref', name: 'verified-denuclearization' }
 * ```
 * @category Conditions
 */
export function ref(name: string): RefCondition {
  return built({ op: 'ref', name }, []);
}

// Helpers shared by the conditions layer; not exported from the package.
import { SanctionsRegimeError } from '../errors.js';
import { deepFreeze, isFrozenByLibrary } from '../internal/frozen.js';
import { isQuantity, type Quantity, QuantitySchema } from '../quantity/index.js';

/**
 * The default depth limit of a condition document (the root is depth 1).
 *
 * @category Conditions
 */
export const DEFAULT_MAX_DEPTH = 256;

/**
 * The deepest program evaluated by nested closures (fast, short-circuiting); deeper ones, possible only with a
 * raised maxDepth, run on the iterative interpreter, so that no document can overflow the stack.
 * @category Conditions
 */
export const FAST_PATH_DEPTH = 512;

/**
 * Reads an own property only: inherited keys (`constructor`, `__proto__`, `toString`) read as undefined.
 *
 * @category Conditions
 */
export function own(object: object, key: string): unknown {
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

/**
 * Whether a value is a non-null, non-array object.
 *
 * @category Conditions
 */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first key of an object that is not among `allowed`, as zod's strict objects see keys (`for…in`: own and
 * inherited enumerable string keys, `__proto__` included when it is an own key); undefined when there is none.
 * @category Conditions
 */
export function unknownKey(object: object, allowed: readonly string[]): string | undefined {
  for (const key in object) if (!allowed.includes(key)) return key;
  return undefined;
}

/**
 * The nesting depth of a condition document, following `of` only, with an explicit stack (no recursion). Stops as
 * soon as the depth exceeds `limit`, so a document nested a million levels deep costs `limit` steps.
 * @category Conditions
 */
export function measureDepth(document: unknown, limit: number): number {
  const nodes: unknown[] = [document];
  const depths: number[] = [1];
  let deepest = 0;
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() as number;
    if (!isRecord(node)) continue;
    if (depth > deepest) deepest = depth;
    if (depth > limit) return depth;
    const of = own(node, 'of');
    if (Array.isArray(of)) {
      for (const child of of) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    } else if (isRecord(of)) {
      nodes.push(of);
      depths.push(depth + 1);
    }
  }
  return deepest;
}

/**
 * The error for a document deeper than the limit.
 *
 * @category Conditions
 */
export function conditionTooDeep(maxDepth: number): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'CONDITION_TOO_DEEP',
    `The condition is nested more than ${maxDepth} levels deep: flatten it (all/any take lists), split it into named definitions, or raise maxDepth.`,
    { maxDepth },
  );
}

/**
 * The error for a malformed node found while evaluating.
 *
 * @category Conditions
 */
export function invalidCondition(path: readonly (string | number)[], problem: string): SanctionsRegimeError {
  const where = path.length === 0 ? 'the condition' : `condition.${path.join('.')}`;
  return new SanctionsRegimeError(
    'INVALID_INPUT',
    `Invalid condition at ${where}: ${problem}. Parse untrusted JSON with ConditionSchema first.`,
    { path: [...path] },
  );
}

/**
 * Whether a condition can be cached by identity: frozen by the library itself (builders, ConditionSchema; see
 * src/internal/frozen.ts). Any other object, a caller's own frozen by hand included, is compiled afresh.
 * @category Conditions
 */
export function isTrusted(value: unknown): boolean {
  return isFrozenByLibrary(value);
}

/**
 * Deep-freezes a parsed condition (iteratively, Decimals included) and records it as trusted.
 *
 * @category Conditions
 */
export function markTrusted<T>(condition: T): T {
  return deepFreeze(condition);
}

/**
 * Whether a value is a quantity in its JSON form, not yet decoded: an object with its own `amount` or `unit` that
 * is not a {@link Quantity}.
 *
 * @category Conditions
 */
export function isQuantityJson(value: unknown): value is object {
  return (
    isRecord(value) && !isQuantity(value) && (Object.hasOwn(value, 'amount') || Object.hasOwn(value, 'unit'))
  );
}

/**
 * Decodes a quantity's JSON form exactly as {@link QuantitySchema} does, or gives its first problem with the path
 * inside the value (`amount`, `unit`, …) and zod's message.
 *
 * @category Conditions
 */
export function decodeQuantityJson(
  value: object,
): { readonly quantity: Quantity } | { readonly path: string; readonly problem: string } {
  const decoded = QuantitySchema.safeParse(value);
  if (decoded.success) return { quantity: decoded.data };
  const issue = decoded.error.issues[0];
  return { path: issue?.path.map(String).join('.') ?? '', problem: issue?.message ?? 'not a quantity' };
}

// Internal: deep freezing, and the one record of objects known to be deep-frozen. Every cache in the library keys
// only on objects recorded here, so a caller who edits its own object between calls can never meet a stale answer.

// Objects deep-frozen by this copy of the library (schema output, bundled data, builders' conditions), or verified
// deep-frozen by isDeepFrozen. Private: nothing outside this module can add to it.
const deepFrozen = new WeakSet<object>();

// What decimal.js's own isDecimal reads (any copy of decimal.js, any clone of its constructor): the prototype's tag.
const DECIMAL_TAG = '[object Decimal]';

function isDecimalLike(value: object): boolean {
  return (value as { readonly toStringTag?: unknown }).toStringTag === DECIMAL_TAG;
}

/**
 * Freezes plain data deeply (objects, arrays and decimal.js values, whose digit array is frozen too; a Decimal's
 * constructor is not walked) and records every object as deep-frozen. Iterative, so depth costs no stack. Objects
 * already recorded are not walked again, so freezing nested schema output costs one visit per object.
 * @param value - data made by the library (never a caller's object: freezing it would mutate the caller's input).
 * @returns the same value, frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (deepFrozen.has(node)) continue;
    if (isDecimalLike(node)) {
      const digits = (node as { readonly d?: unknown }).d;
      if (Array.isArray(digits)) Object.freeze(digits);
    } else {
      for (const key of Reflect.ownKeys(node)) {
        const child = (node as Record<PropertyKey, unknown>)[key];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
    Object.freeze(node);
    deepFrozen.add(node);
  }
  return value;
}

/** Whether one object (not its children) is frozen plain data: frozen, a plain prototype, data properties only. */
function frozenNode(node: object, children: object[]): boolean {
  if (!Object.isFrozen(node)) return false;
  if (isDecimalLike(node)) {
    const digits = Object.getOwnPropertyDescriptor(node, 'd');
    return (
      digits === undefined ||
      ('value' in digits && (!Array.isArray(digits.value) || Object.isFrozen(digits.value)))
    );
  }
  const prototype = Object.getPrototypeOf(node);
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return false;
  for (const key of Reflect.ownKeys(node)) {
    const descriptor = Object.getOwnPropertyDescriptor(node, key) as PropertyDescriptor;
    // A getter can answer differently on every read, frozen or not.
    if (!('value' in descriptor)) return false;
    const child: unknown = descriptor.value;
    if (typeof child === 'function') return false;
    if (typeof child === 'object' && child !== null) children.push(child);
  }
  return true;
}

/**
 * Whether a value can never change: deep-frozen by the library, or verified now to be frozen plain data all the way
 * down (every object frozen, with a plain prototype and data properties only; Decimals frozen with their digits).
 * Verified objects are recorded, so each is walked once. Anything else (a caller's unfrozen or half-frozen object,
 * a getter, a Map, a class instance) is not trusted and is read afresh on every call.
 * @param value - any value.
 * @returns true when `value` is an object that can be cached by identity.
 */
export function isDeepFrozen(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (deepFrozen.has(value)) return true;
  const visited = new Set<object>();
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (deepFrozen.has(node) || visited.has(node)) continue;
    visited.add(node);
    if (!frozenNode(node, stack)) return false;
  }
  for (const node of visited) deepFrozen.add(node);
  return true;
}

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
 * Freezes plain data deeply (objects with their own enumerable keys, arrays, and decimal.js values, whose digit
 * array is frozen too; a Decimal's constructor is not walked) and records the root as deep-frozen. Iterative, so
 * depth costs no stack. Recorded objects are not walked again, so freezing nested schema output (each schema
 * freezes its own output) costs one visit per object; only roots are recorded, which keeps the cost to one
 * `Object.freeze` per object (isDeepFrozen records inner objects when a caller passes one on its own).
 * @param value - data made by the library (never a caller's object: freezing it would mutate the caller's input).
 * @returns the same value, frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || deepFrozen.has(value)) return value;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) push(stack, node[i]);
    } else if (isPlainPrototype(Object.getPrototypeOf(node))) {
      // Own enumerable string keys: all that plain data made by zod or written as a literal has (and four times
      // cheaper than Reflect.ownKeys).
      for (const key of Object.keys(node)) push(stack, (node as Record<string, unknown>)[key]);
    } else if (isDecimalLike(node)) {
      const digits = (node as { readonly d?: unknown }).d;
      if (Array.isArray(digits)) Object.freeze(digits);
    }
    Object.freeze(node);
  }
  deepFrozen.add(value);
  return value;
}

/**
 * Freezes a quantity made by the library from a Decimal it made or checked: the Decimal, its digits and the object,
 * without recording it (a quantity is a leaf the library makes by the million in a sum or a report; a cache that
 * meets one verifies it with {@link isDeepFrozen}, which accepts it as frozen plain data).
 * @param amount - the Decimal.
 * @param unit - the unit id.
 * @returns the frozen quantity.
 */
export function frozenQuantity<D extends object, U extends string>(
  amount: D,
  unit: U,
): { readonly amount: D; readonly unit: U } {
  const digits = (amount as { readonly d?: unknown }).d;
  if (Array.isArray(digits)) Object.freeze(digits);
  Object.freeze(amount);
  return Object.freeze({ amount, unit });
}

function push(stack: object[], child: unknown): void {
  if (typeof child === 'object' && child !== null && !deepFrozen.has(child)) stack.push(child);
}

function isPlainPrototype(prototype: unknown): boolean {
  return prototype === Object.prototype || prototype === null;
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
  if (!Array.isArray(node) && !isPlainPrototype(Object.getPrototypeOf(node))) return false;
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

/**
 * A read-only view of a map the library built and keeps: `get`, `has`, `size`, `forEach` and iteration, and no way
 * to reach the map behind it. It is not a Map, so `Map.prototype.set.call(view, …)` throws a TypeError rather than
 * writing; it is frozen, and its methods live on its prototype, so two views with the same entries compare equal
 * (an iterable is compared by its entries). For indexes the library trusts by identity afterwards (prepared evidence).
 */
class ReadonlyIndex<K, V> implements ReadonlyMap<K, V> {
  readonly #map: Map<K, V>;

  constructor(map: Map<K, V>) {
    this.#map = map;
    Object.freeze(this);
  }

  get size(): number {
    return this.#map.size;
  }

  get(key: K): V | undefined {
    return this.#map.get(key);
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#map) callback.call(thisArg, value, key, this);
  }

  entries(): MapIterator<[K, V]> {
    return this.#map.entries();
  }

  keys(): MapIterator<K> {
    return this.#map.keys();
  }

  values(): MapIterator<V> {
    return this.#map.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#map.entries();
  }
}
Object.freeze(ReadonlyIndex.prototype);

/**
 * A frozen, read-only view of a map no one else holds (see ReadonlyIndex).
 *
 * @param map - the map, built by the library.
 * @returns the view.
 */
export function readonlyMap<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  return new ReadonlyIndex(map);
}

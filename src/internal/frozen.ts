// Internal: deep freezing, and the one record of objects the library froze itself. Every cache in the library keys
// only on objects recorded here, so a caller who edits its own object between calls can never meet a stale answer,
// and no caller's object is ever trusted, however frozen it looks.

// Objects this copy of the library froze itself, all the way down (schema output, bundled data, builders'
// conditions). Private: nothing outside this module can add to it, and only deepFreeze and freezeOwn do.
const deepFrozen = new WeakSet<object>();

// What decimal.js's own isDecimal reads (any copy of decimal.js, any clone of its constructor): the prototype's tag.
const DECIMAL_TAG = '[object Decimal]';

function isDecimalLike(value: object): boolean {
  return (value as { readonly toStringTag?: unknown }).toStringTag === DECIMAL_TAG;
}

/**
 * Freezes plain data deeply (objects with their own enumerable keys, arrays, and decimal.js values, whose digit
 * array is frozen too; a Decimal's constructor is not walked) and records every object it freezes. Iterative, so
 * depth costs no stack. Recorded objects are not walked again, so freezing nested schema output (each schema
 * freezes its own output) costs one visit per object.
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
    deepFrozen.add(node);
  }
  return value;
}

/**
 * Freezes an object the library has just made (a builder's node, a copy of a caller's window) and records it when
 * every object it holds is recorded already, so that it is deep-frozen by the library too. Its children are never
 * frozen here: they may be a caller's.
 * @param node - a fresh object made by the library, whose values are primitives or objects.
 * @returns the same object, frozen.
 */
export function freezeOwn<T extends object>(node: T): T {
  Object.freeze(node);
  for (const key of Object.keys(node)) {
    const child: unknown = (node as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && !deepFrozen.has(child)) return node;
    // A function is never data: a node holding one is not recorded.
    if (typeof child === 'function') return node;
  }
  deepFrozen.add(node);
  return node;
}

/**
 * Freezes a quantity made by the library from a Decimal it made or checked: the Decimal, its digits and the object,
 * without recording it (a quantity is a leaf the library makes by the million in a sum or a report). A cache that
 * needs one copies it with {@link deepFreeze}.
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

/**
 * Whether a value is an object the library froze itself, all the way down ({@link deepFreeze}, {@link freezeOwn}),
 * and so can be cached by identity. Anything else, a caller's object frozen by hand included, is read afresh on
 * every call: the library trusts no object it did not freeze.
 * @param value - any value.
 * @returns true when `value` was frozen and recorded by the library.
 */
export function isFrozenByLibrary(value: unknown): value is object {
  // WeakSet.has answers false for a primitive, so nothing else needs testing.
  return deepFrozen.has(value as object);
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

// Garbage and near-valid inputs for the hardening tests: random JSON, hostile keys, strings that look like numbers,
// numbers that look like dates, deep nesting, large arrays, and mutations of valid documents.
import fc from 'fast-check';
import { ZodError } from 'zod';
import { SanctionsRegimeError } from '../../src/index.js';
import { isDecimal } from '../../src/quantity/decimal.js';

/** Keys that reach prototypes when code assigns them carelessly. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
  'length',
] as const;

/** Builds an object with own properties only, as JSON.parse does (an own "__proto__" key included). */
export function ownObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const numberLikeStrings = fc.oneof(
  fc.constantFrom(
    '1e5',
    '1E-7',
    '0x10',
    '-0',
    '-0.0',
    'NaN',
    'Infinity',
    '-Infinity',
    ' 1',
    '1 ',
    '1_000',
    '1,000',
    '00',
    '01',
    '.5',
    '5.',
    '+5',
    '٣',
    '500000',
    '0.75',
    '123456789012345678901',
    '0.000000000000000000001',
  ),
  fc.double().map(String),
  fc.bigInt().map(String),
);

const dateLike = fc.oneof(
  fc.integer({ min: 19_000_101, max: 21_001_231 }),
  fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
  fc.constantFrom(
    '2018-02-30',
    '2019-02-29',
    '2018-9-27',
    '20180927',
    '2018-09-27T00:00:00Z',
    '0000-01-01',
    '10000-01-01',
    '2018-13-01',
    '2018-00-10',
    ' 2018-09-27',
    '2018-09-27 ',
    '2018/09/27',
    '27/09/2018',
    '2018-09-27',
    '9999-12-31',
    '0001-01-01',
    'P12M',
    'P0D',
    'PT12H',
    'P1Y6M',
  ),
  fc
    .date({ noInvalidDate: false })
    .map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
);

const scalar = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, -1, ''),
  fc.double(),
  fc.integer(),
  fc.string(),
  numberLikeStrings,
  dateLike,
  fc.constantFrom(...HOSTILE_KEYS),
);

/** Any value: JSON, hostile keys, wrong types, nested a few levels. */
export const garbage: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.jsonValue({ maxDepth: 3 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .array(
        fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), tie('value')),
        {
          maxLength: 5,
        },
      )
      .map(ownObject),
    fc.anything({ maxDepth: 2 }),
  ),
})).value;

/** Nests a value `depth` levels deep, alternating arrays and objects. */
export function nested(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { of: value, op: 'not' };
  return value;
}

/** Garbage plus the extreme shapes: deep nesting and large arrays (within reason). */
export const extremeGarbage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: garbage },
  { weight: 1, arbitrary: fc.nat({ max: 3_000 }).map((n) => nested(n)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 5_000 }), garbage)
      .map(([n, item]) => Array.from({ length: n }, () => item)),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        '[{"__proto__":{"polluted":true}}]',
        '{"resolutions":[{"__proto__":{"polluted":true}}]}',
        '{"phases":[{"__proto__":{"polluted":true},"id":"__proto__"}]}',
        // A `length` that cannot be compared: zod's own length checks threw a TypeError on it (length-checks.test.ts).
        '{"length":{"toString":"x","valueOf":"y"}}',
        '{"supersedes":{"length":{"toString":"x"}},"paragraphs":{"length":{"valueOf":[]}}}',
      )
      .map((text) => JSON.parse(text) as unknown),
  },
);

/**
 * Copies plain objects and arrays deeply, keeps everything else (Decimals, frozen builtins) by reference. A cycle in
 * the value (fast-check's `anything` makes some) is a cycle in the copy, so cloning never recurses forever.
 */
export function clonePlain<T>(value: T, copies = new Map<object, unknown>()): T {
  if (typeof value !== 'object' || value === null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(clonePlain(item, copies));
    return copy as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy = ownObject([]);
  copies.set(value, copy);
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: clonePlain(item, copies),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}

type Path = readonly (string | number)[];

/**
 * Every path to a value inside a JSON-like document (Decimals are leaves), each object visited once, so a value
 * that earlier mutations made cyclic does not recurse forever.
 */
export function pathsOf(
  value: unknown,
  prefix: Path = [],
  out: Path[] = [],
  seen = new WeakSet<object>(),
): Path[] {
  out.push(prefix);
  if (
    typeof value !== 'object' ||
    value === null ||
    isDecimal(value) ||
    seen.has(value) ||
    prefix.length > 64
  )
    return out;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) pathsOf(value[i], [...prefix, i], out, seen);
  } else {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out, seen);
  }
  return out;
}

export type Mutation =
  | { readonly kind: 'set'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add-key'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'swap'; readonly at: number; readonly other: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: garbage }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add-key' as const),
      at: fc.nat(),
      key: fc.constantFrom(...HOSTILE_KEYS, 'extra'),
      value: garbage,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }) },
);

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/**
 * Applies mutations to a clone of `document`: set a random field to a random value, delete it, add a hostile key,
 * or put one field's value in another's place. The original is not touched.
 */
export function mutate<T>(document: T, mutations: readonly Mutation[]): unknown {
  const root: { doc: unknown } = { doc: clonePlain(document) };
  for (const m of mutations) {
    const paths = pathsOf(root.doc, []);
    const path = paths[m.at % paths.length] as Path;
    const full: Path = ['doc', ...path];
    const parent = getAt(root, full.slice(0, -1)) as Record<string | number, unknown>;
    const key = full[full.length - 1] as string | number;
    if (m.kind === 'set') {
      if (Object.isFrozen(parent)) continue;
      Object.defineProperty(parent, key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (m.kind === 'delete') {
      if (Object.isFrozen(parent)) continue;
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
    } else if (m.kind === 'add-key') {
      const target = getAt(root, full);
      if (typeof target !== 'object' || target === null || Array.isArray(target)) continue;
      if (Object.isFrozen(target) || isDecimal(target)) continue;
      Object.defineProperty(target, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      if (Object.isFrozen(parent)) continue;
      // A copy, so that putting a node inside itself cannot make a cycle.
      const other = clonePlain(getAt(root, ['doc', ...(paths[m.other % paths.length] as Path)]));
      Object.defineProperty(parent, key, {
        value: other,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root.doc;
}

/** The keys of the builtin prototypes, to compare after a run. */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((proto) => Reflect.ownKeys(proto).map(String).sort().join(','))
    .join('|');
}

/** Runs `fn`; only ZodError and SanctionsRegimeError may escape. Returns the result, or undefined on those. */
export function onlyDomainErrors<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SanctionsRegimeError || error instanceof ZodError) return undefined;
    throw error;
  }
}

// Random condition documents in their JSON form, valid and corrupted (unknown keys, own "__proto__" keys, missing
// keys, wrong types, bad dates and durations, depth around the limit), and the two paths they can take: through
// ConditionSchema then evaluate, or raw into evaluate and truthOver. Issue 13: both paths accept or both refuse.
import fc from 'fast-check';
import * as z from 'zod';
import * as api from '../../src/index.js';

const AT = api.parseDate('2018-09-27');
const FROM = api.parseDate('2017-01-01');
const TO = api.parseDate('2019-12-31');

type Doc = Record<string, unknown>;

const id = fc.constantFrom('a', 'b', 'verified', '__proto__', 'constructor');
const date = fc.constantFrom(
  '2017-03-01',
  '2018-01-31',
  '2018-09-27',
  '2019-02-28',
  '0001-01-01',
  '9999-12-31',
);
const duration = fc.constantFrom('P1D', 'P30D', 'P1M', 'P12M', 'P1Y2M', 'P2W');
const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('x', 'open', true, false),
  date.map((d) => ({ date: d })),
  fc.constantFrom('5', '0.5', '500000').map((amount) => ({ amount, unit: 'barrel' })),
);
const orderedCmp = fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge');
const window = fc.oneof(
  duration.map((last) => ({ last })),
  fc.tuple(date, date).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
);

/** Valid condition documents, a few levels deep. */
const validDocument: fc.Arbitrary<Doc> = fc.letrec<{ node: Doc }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    id.map((fact) => ({ op: 'fact', fact })),
    fc.tuple(id, value, orderedCmp).map(([fact, v, cmp]) => ({
      op: 'compare',
      fact,
      cmp: typeof v === 'string' || typeof v === 'boolean' ? (cmp === 'ne' ? 'ne' : 'eq') : cmp,
      value: v,
    })),
    fc
      .tuple(fc.constantFrom('occurred', 'noneOccurred'), id, window)
      .map(([op, event, within]) => ({ op, event, within })),
    fc.oneof(
      date.map((d) => ({ op: 'onOrAfter', date: d })),
      fc.tuple(date, duration).map(([anchor, plus]) => ({ op: 'onOrAfter', anchor, plus })),
    ),
    fc.constantFrom('r1', 'r2', '__proto__').map((name) => ({ op: 'ref', name })),
    fc
      .tuple(fc.constantFrom('all', 'any'), fc.array(tie('node'), { maxLength: 3 }))
      .map(([op, of]) => ({ op, of })),
    tie('node').map((of) => ({ op: 'not', of })),
    fc
      .tuple(fc.nat({ max: 3 }), fc.array(tie('node'), { maxLength: 3 }))
      .map(([count, of]) => ({ op: 'atLeast', count, of })),
  ),
})).node;

const KEYS = [
  'op',
  'of',
  'count',
  'fact',
  'cmp',
  'value',
  'event',
  'within',
  'date',
  'anchor',
  'plus',
  'name',
  'last',
  'start',
  'end',
  'amount',
  'unit',
  'extra',
  '__proto__',
] as const;

const GARBAGE: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  'all',
  'not',
  'eq',
  'lt',
  '2018-02-30',
  '2018-1-1',
  '2018-01-01',
  'P',
  'P1M',
  'PT1H',
  true,
  [],
  {},
  [{ op: 'fact', fact: 'a' }],
  { op: 'fact', fact: 'a' },
  { date: '2018-01-01' },
  { date: '2018-01-01', extra: 1 },
  { amount: '5', unit: 'barrel' },
  { amount: 5, unit: 'barrel' },
  { amount: '5', unit: 'parsec' },
  { last: 'P1M' },
  { start: '2018-01-01', end: '2017-01-01' },
  { last: 'P1M', start: '2018-01-01', end: '2018-02-01' },
];

/** One edit of one object of the document: the object is chosen by index, in document order. */
type Edit =
  | { readonly kind: 'set'; readonly at: number; readonly key: string; readonly value: number }
  | { readonly kind: 'delete'; readonly at: number; readonly key: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    key: fc.constantFrom(...KEYS),
    value: fc.nat({ max: GARBAGE.length - 1 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), key: fc.nat() }),
);

/** A deep copy of a JSON-like value, keeping own `__proto__` keys own. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    Object.defineProperty(out, k, { value: copy(v), enumerable: true, writable: true, configurable: true });
  return out;
}

/** The objects of a document (nodes, windows, values), in document order. */
function objectsOf(document: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i -= 1) stack.push(item[i]);
    } else if (typeof item === 'object' && item !== null) {
      found.push(item as Record<string, unknown>);
      const values = Object.values(item);
      for (let i = values.length - 1; i >= 0; i -= 1) stack.push(values[i]);
    }
  }
  return found;
}

function applyEdits(document: Doc, edits: readonly Edit[]): unknown {
  const root = copy(document) as Doc;
  for (const e of edits) {
    const objects = objectsOf(root);
    const target = objects[e.at % objects.length] as Record<string, unknown>;
    if (e.kind === 'set') {
      Object.defineProperty(target, e.key, {
        value: copy(GARBAGE[e.value]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      const keys = Object.keys(target);
      if (keys.length > 0) delete target[keys[e.key % keys.length] as string];
    }
  }
  return root;
}

/** Wraps a document in `not`s, so that its depth lands near the default limit of 256. */
function deepen(document: unknown, levels: number): unknown {
  let node = document;
  for (let i = 0; i < levels; i += 1) node = { op: 'not', of: node };
  return node;
}

/** Condition documents: valid ones, edited ones, and ones nested near the depth limit. */
export const arbConditionDocument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: validDocument },
  {
    weight: 6,
    arbitrary: fc
      .tuple(validDocument, fc.array(edit, { minLength: 1, maxLength: 3 }))
      .map(([doc, edits]) => applyEdits(doc, edits)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(validDocument, fc.integer({ min: 250, max: 262 }))
      .map(([doc, levels]) => deepen(doc, levels)),
  },
);

/** Definitions for every name a document's refs use (a Map: any string is an ordinary name). */
function definitionsFor(document: unknown): Map<string, api.Condition> {
  const definitions = new Map<string, api.Condition>();
  for (const object of objectsOf(document)) {
    if (Object.hasOwn(object, 'name') && typeof object.name === 'string')
      definitions.set(object.name, { op: 'onOrAfter', date: api.parseDate('2018-01-01') });
  }
  return definitions;
}

/** What a path made of a document: `refused`, or the truth on one day and the intervals over three years. */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (error instanceof api.SanctionsRegimeError || error instanceof z.ZodError) return 'refused';
    throw error;
  }
}

function results(condition: api.Condition, definitions: api.Definitions): string {
  const truth = api.evaluate(condition, {}, { at: AT, definitions }).truth;
  const fast = api.evaluate(condition, {}, { at: AT, definitions, explain: false }).truth;
  const over = api.truthOver(condition, {}, { from: FROM, to: TO, definitions });
  return `${truth}/${fast} ${over.map((i) => `${i.start}:${i.truth}`).join(' ')}`;
}

/** The schema path: ConditionSchema.parse, then evaluate and truthOver. */
export function schemaPath(document: unknown): string {
  const definitions = definitionsFor(document);
  return outcome(() => results(api.ConditionSchema.parse(document), definitions));
}

/** The raw path: evaluate and truthOver on the document as it is. */
export function rawPath(document: unknown): string {
  const definitions = definitionsFor(document);
  return outcome(() => results(document as api.Condition, definitions));
}

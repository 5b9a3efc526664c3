// deserializeAccumulator reads a state by a fast path first and asks CapAccumulatorStateSchema only when it refuses:
// the fast path must never accept what the schema refuses, must accept every state serializeAccumulator writes, and
// must give the copy the schema gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStateFast } from '../../src/caps/state.js';
import {
  accumulate,
  CapAccumulatorStateSchema,
  createCapAccumulator,
  serializeAccumulator,
} from '../../src/index.js';
import { arbLedger, options } from './arbitraries.js';
import { cap } from './fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const arbState = fc.tuple(arbLedger, options).map(([ledger, opts]) => {
  const o = { basis: opts.basis, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) };
  return JSON.parse(
    JSON.stringify(serializeAccumulator(accumulate(createCapAccumulator(cap, o), ledger))),
  ) as Json;
});

/** Every path to a value inside a document. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) found.push(...paths(v, [...at, i]));
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) found.push(...paths(v, [...at, k]));
  return found;
}

function setAt(doc: Json, path: readonly (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value as Json;
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string | number, Json>;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as Json;
}

const arbValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1.5,
    3,
    2 ** 60,
    '',
    'x',
    '2018-02-30',
    '2018-01-01',
    '1',
    '-1',
    '01',
    'CHN',
    'a\n',
  ),
  fc.constantFrom<Json[]>([], {}, [null], ['x'], { extra: 1 }),
  fc.jsonValue().map((v) => v as Json),
);

describe('the fast check of a state', () => {
  it("accepts every state serializeAccumulator writes, as a copy equal to the schema's (property)", () => {
    fc.assert(
      fc.property(arbState, (state) => {
        const copy = readStateFast(state);
        expect(copy).toEqual(state);
        expect(copy).toEqual(CapAccumulatorStateSchema.parse(state));
        expect(copy).not.toBe(state);
        expect((copy as { columns: unknown }).columns).not.toBe((state as { columns: unknown }).columns);
      }),
      { numRuns: 100 },
    );
  });

  it('never accepts what the schema refuses (property)', () => {
    fc.assert(
      fc.property(arbState, fc.nat(), arbValue, fc.boolean(), (state, pick, value, extraKey) => {
        const all = paths(state);
        const path = all[pick % all.length] as (string | number)[];
        let doc = setAt(state, path, value);
        if (extraKey && doc !== null && typeof doc === 'object' && !Array.isArray(doc))
          doc = { ...doc, zz: 1 };
        const copy = readStateFast(doc);
        if (copy !== undefined) expect(copy).toEqual(CapAccumulatorStateSchema.parse(doc));
      }),
      { numRuns: 1500 },
    );
  });
});

// States that no accumulator can write, found by an adversarial review of deserializeAccumulator, each reproduced
// before its fix: an entry with no amount and no unit, a unit outside the registry, an aggregate naming an entry
// twice, and a document whose values change between reads (getters), which the reader once read again after its
// checks.
import { describe, expect, it } from 'vitest';
import { readStateFast } from '../../src/caps/state.js';
import {
  accumulate,
  CapAccumulatorStateSchema,
  capReport,
  createCapAccumulator,
  deserializeAccumulator,
  finishCapReport,
  type LedgerEntryInput,
  type QuantityCap,
  SanctionsRegimeError,
  serializeAccumulator,
} from '../../src/index.js';
import { cap, dualCap } from './fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const entry = (id: string, extra: Partial<LedgerEntryInput> = {}): LedgerEntryInput => ({
  id,
  cap: cap.id,
  delivered: '2018-01-05',
  quantity: { amount: '80', unit: 'barrel' },
  reporter: 'CHN',
  basis: 'reported',
  source: { document: 'S/1' },
  ...extra,
});

/** A ledger that puts something in every column and every kind of link. */
const ledger: LedgerEntryInput[] = [
  entry('a', { quantity: { amount: '12.5', unit: 'barrel' } }),
  entry('b', {
    delivered: '2018-02-01',
    deliveredThrough: '2018-03-31',
    reported: '2018-04-10',
    reporter: 'RUS',
    basis: 'alleged',
    quantity: { amount: '2', unit: 'tonne' },
    conversion: { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'chart' },
  }),
  entry('c', { quantity: { amount: '1', unit: 'tonne' } }),
  entry('d', { corrects: 'a', quantity: { amount: '13', unit: 'barrel' } }),
  entry('e', { retracts: 'c', quantity: undefined }),
  entry('f', { delivered: '2018-03-01', deliveredThrough: '2018-03-31', supersedes: ['x', 'y'] }),
  entry('g', { cap: 'other.cap', reporter: 'USA' }),
];
const all = { basis: ['reported', 'alleged', 'estimated'] as const };

const stateOf = (c: QuantityCap, entries: LedgerEntryInput[]): Json =>
  JSON.parse(JSON.stringify(serializeAccumulator(accumulate(createCapAccumulator(c, all), entries))));
const reportOf = (c: QuantityCap, document: unknown) =>
  JSON.stringify(finishCapReport(deserializeAccumulator(document, c)));

function refusal(run: () => unknown): { code: string; reason: unknown; message: string } | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof SanctionsRegimeError)
      return { code: error.code, reason: error.details.reason, message: error.message };
    throw error;
  }
  return undefined;
}

/** Every path to a value inside a document. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) found.push(...paths(v, [...at, i]));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) found.push(...paths(v, [...at, k]));
  return found;
}

describe('a state no accumulator writes is refused', () => {
  it('an entry with no amount in any limit and no unit', () => {
    const doc = stateOf(cap, [entry('a')]) as { columns: { amounts: (string | null)[][] }; totals: string[] };
    doc.columns.amounts[0] = [null];
    doc.totals = ['0'];
    expect(refusal(() => deserializeAccumulator(doc, cap))).toEqual({
      code: 'INVALID_ACCUMULATOR_STATE',
      reason: 'links',
      message: 'Entry a: its unit (none) does not hold together with its amounts.',
    });
  });

  it('a unit outside the registry, a unit beside amounts in every limit, a null amount in the unit itself', () => {
    const kl = stateOf(cap, [entry('a', { quantity: { amount: '3', unit: 'kilolitre' } })]) as {
      links: { entry: number; unit?: string }[];
    };
    expect(kl.links).toEqual([{ entry: 0, unit: 'kilolitre' }]);
    expect(reportOf(cap, kl)).toBe(
      JSON.stringify(capReport(cap, [entry('a', { quantity: { amount: '3', unit: 'kilolitre' } })], all)),
    );
    kl.links = [{ entry: 0, unit: 'no-such-unit' }];
    expect(refusal(() => deserializeAccumulator(kl, cap))).toMatchObject({ reason: 'links' });

    const counted = stateOf(cap, [entry('a')]) as { links: { entry: number; unit?: string }[] };
    counted.links = [{ entry: 0, unit: 'tonne' }];
    expect(refusal(() => deserializeAccumulator(counted, cap))).toMatchObject({ reason: 'links' });

    // Dual cap, barrels and tonnes: an entry in tonnes without a factor has a tonne amount and no barrel amount.
    const tonnes = entry('a', { cap: dualCap.id, quantity: { amount: '2', unit: 'tonne' } });
    const dual = stateOf(dualCap, [tonnes]) as {
      columns: { amounts: (string | null)[][] };
      links: { entry: number; unit?: string }[];
      totals: string[];
    };
    expect(dual.columns.amounts).toEqual([[null], ['2']]);
    expect(reportOf(dualCap, dual)).toBe(JSON.stringify(capReport(dualCap, [tonnes], all)));
    dual.links = [{ entry: 0, unit: 'barrel' }];
    expect(refusal(() => deserializeAccumulator(dual, dualCap))).toMatchObject({ reason: 'links' });
  });

  it('a retraction with a unit', () => {
    const doc = stateOf(cap, [entry('a'), entry('b', { retracts: 'a', quantity: undefined })]) as {
      links: { entry: number; retracts?: string; unit?: string }[];
    };
    expect(doc.links).toEqual([{ entry: 1, retracts: 'a' }]);
    doc.links = [{ entry: 1, retracts: 'a', unit: 'barrel' }];
    expect(refusal(() => deserializeAccumulator(doc, cap))).toMatchObject({ reason: 'links' });
  });

  it('an aggregate that names one entry twice', () => {
    const doc = stateOf(cap, [entry('f', { supersedes: ['x'] })]) as { links: { supersedes?: string[] }[] };
    (doc.links[0] as { supersedes?: string[] }).supersedes = ['x', 'x'];
    expect(refusal(() => deserializeAccumulator(doc, cap))).toMatchObject({ reason: 'links' });
  });
});

describe('a state whose parts disagree is refused (found by Stryker: each check had no test of its edge)', () => {
  const tonnes = entry('a', { cap: dualCap.id, quantity: { amount: '2', unit: 'tonne' } });
  const barrels = entry('b', { cap: dualCap.id, quantity: { amount: '3', unit: 'barrel' } });
  type Doc = {
    columns: { amounts: (string | null)[][] };
    totals: string[];
    links: { entry: number; retracts?: string; unit?: string }[];
  };

  it('an amount column and a total too many, or too few', () => {
    const one = stateOf(cap, [entry('a')]) as Doc;
    one.columns.amounts.push(['80']);
    one.totals.push('80');
    expect(refusal(() => deserializeAccumulator(one, cap))).toMatchObject({ reason: 'columns' });
    const dual = stateOf(dualCap, [barrels]) as Doc;
    dual.columns.amounts.pop();
    dual.totals.pop();
    expect(refusal(() => deserializeAccumulator(dual, dualCap))).toMatchObject({ reason: 'columns' });
  });

  it('a wrong total in the second limit only', () => {
    const dual = stateOf(dualCap, [tonnes, barrels]) as Doc;
    expect(dual.totals).toEqual(['3', '2']);
    dual.totals[1] = '3';
    expect(refusal(() => deserializeAccumulator(dual, dualCap))).toMatchObject({ reason: 'totals' });
  });

  it('a link to the entry just past the last', () => {
    const doc = stateOf(cap, [entry('a'), entry('b', { retracts: 'a', quantity: undefined })]) as Doc;
    expect(doc.links).toEqual([{ entry: 1, retracts: 'a' }]);
    doc.links = [{ entry: 2, retracts: 'a' }];
    expect(refusal(() => deserializeAccumulator(doc, cap))).toMatchObject({
      reason: 'links',
      message: "The state's links name entry 2 twice or out of range.",
    });
  });

  it('a retraction with an amount in its second limit only', () => {
    const doc = stateOf(dualCap, [
      barrels,
      entry('c', { cap: dualCap.id, retracts: 'b', quantity: undefined }),
    ]) as Doc;
    expect(doc.columns.amounts).toEqual([
      ['3', null],
      [null, null],
    ]);
    doc.columns.amounts[1] = [null, '1'];
    doc.totals[1] = '1';
    expect(refusal(() => deserializeAccumulator(doc, dualCap))).toMatchObject({ reason: 'columns' });
  });
});

describe('each value of a state is read once', () => {
  const honest = stateOf(cap, ledger);
  const expected = reportOf(cap, honest);
  const hostile = ['-5', 'garbage', '__proto__', 1e9, -1, null, 5, { toString: () => '1' }, ['x', 'x']];

  it('the honest state reads back to the report of its ledger', () => {
    expect(expected).toBe(JSON.stringify(capReport(cap, ledger, all)));
  });

  // A getter gives the honest value on its first read and a hostile one after: the reader must have read it once,
  // so that the checks and the entries see the same document.
  it.each(hostile.map((value) => [JSON.stringify(value) ?? 'an object', value] as const))(
    'a value that turns into %s after its first read, at every path of the state',
    (_name, value) => {
      for (const path of paths(honest).filter((p) => p.length > 0)) {
        const doc = JSON.parse(JSON.stringify(honest)) as Record<string | number, Json>;
        let parent = doc as Record<string | number, Json>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
        const last = path[path.length - 1] as string | number;
        const original = parent[last];
        let reads = 0;
        Object.defineProperty(parent, last, {
          enumerable: true,
          get: () => {
            reads += 1;
            return reads === 1 ? original : value;
          },
        });
        const where = path.join('.');
        expect(reportOf(cap, doc), where).toBe(expected);
        expect(reads, where).toBe(1);
      }
    },
  );
});

describe('the fast reader of a state', () => {
  // Found by Stryker: the fast reader's patterns were not all anchored to the schema's by a test (the random property
  // of state-fast.test.ts reaches few links). Here every path of a state with every kind of link, and near misses of
  // every pattern.
  const honest = stateOf(cap, ledger);
  const nearMisses: Json[] = [
    ...['', ' a', 'a ', 'a\n', '\na', '-1', '-x', 'x-', 'x..y', 'A', 'Barrel', '01', '1.', '.5', '1e3', '+1'],
    ...['0'.repeat(41), `1.${'0'.repeat(40)}1`, `${'9'.repeat(41)}`, '9999-99-99', '2018-02-30', '18-01-01'],
    ...['g123456789abcdef', '0123456789abcdef0', '0123456789ABCDEF', '__proto__', 'other.cap', 'x'],
    ...[3, -1, 1.5, 2 ** 53, null, true, [], {}, ['x'], ['x', 'x']],
  ];

  it('never accepts a value the schema refuses, at any path', () => {
    let refused = 0;
    for (const path of paths(honest).filter((p) => p.length > 0)) {
      for (const value of nearMisses) {
        const doc = JSON.parse(JSON.stringify(honest)) as Record<string | number, Json>;
        let parent = doc as Record<string | number, Json>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
        parent[path[path.length - 1] as string | number] = value;
        const schema = CapAccumulatorStateSchema.safeParse(doc);
        const fast = readStateFast(doc);
        if (schema.success) expect(fast, `${path.join('.')} = ${JSON.stringify(value)}`).toEqual(schema.data);
        else {
          refused += 1;
          expect(fast, `${path.join('.')} = ${JSON.stringify(value)}`).toBeUndefined();
        }
      }
    }
    expect(refused).toBeGreaterThan(1000);
  });
});

// Issue 17: portable accumulator states. A state written, sent as JSON and read back merges to the very report a
// single accumulator gives; a state for another cap, another version, or edited after it was written is refused.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accumulate,
  type CapAccumulatorState,
  CapAccumulatorStateSchema,
  capReport,
  createCapAccumulator,
  deserializeAccumulator,
  finishCapReport,
  type LedgerEntryInput,
  MeasureSchema,
  mergeAccumulators,
  parseDate,
  type QuantityCap,
  SanctionsRegimeError,
  serializeAccumulator,
} from '../../src/index.js';
import { arbLedger, options } from './arbitraries.js';
import { cap, capInput, dualCap } from './fixtures.js';

const json = (value: unknown) => JSON.stringify(value);
const roundTrip = (state: CapAccumulatorState): unknown => JSON.parse(JSON.stringify(state));

const ledger: LedgerEntryInput[] = [
  {
    id: 'a',
    cap: cap.id,
    delivered: '2018-01-05',
    quantity: { amount: '12.5', unit: 'barrel' },
    reporter: 'CHN',
    basis: 'reported',
    source: { document: 'S/1' },
  },
  {
    id: 'b',
    cap: cap.id,
    delivered: '2018-02-01',
    deliveredThrough: '2018-03-31',
    reported: '2018-04-10',
    quantity: { amount: '2', unit: 'tonne' },
    conversion: { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'chart' },
    reporter: 'RUS',
    basis: 'alleged',
    source: { document: 'S/2' },
  },
  {
    id: 'c',
    cap: cap.id,
    delivered: '2018-03-01',
    quantity: { amount: '123456789012345678.123456789', unit: 'barrel' },
    reporter: 'UN-PoE',
    basis: 'estimated',
    source: { document: 'S/3' },
  },
  {
    id: 'd',
    cap: cap.id,
    delivered: '2018-03-02',
    quantity: { amount: '1', unit: 'tonne' },
    reporter: 'CHN',
    basis: 'reported',
    source: { document: 'S/4' },
  },
  {
    id: 'e',
    cap: cap.id,
    delivered: '2018-03-03',
    corrects: 'a',
    quantity: { amount: '13', unit: 'barrel' },
    reporter: 'CHN',
    basis: 'reported',
    source: { document: 'S/5' },
  },
  {
    id: 'f',
    cap: cap.id,
    delivered: '2018-03-04',
    retracts: 'd',
    reporter: 'CHN',
    basis: 'reported',
    source: { document: 'S/6' },
  },
  {
    id: 'g',
    cap: 'other.cap',
    delivered: '2018-03-04',
    quantity: { amount: '5', unit: 'barrel' },
    reporter: 'USA',
    basis: 'reported',
    source: { document: 'S/7' },
  },
];
const all = { basis: ['reported', 'alleged', 'estimated'] as const };
const state = () => serializeAccumulator(accumulate(createCapAccumulator(cap, all), ledger));

function refusal(run: () => unknown): { code: string; reason: unknown; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SanctionsRegimeError);
    const e = error as SanctionsRegimeError;
    return { code: e.code, reason: e.details.reason, message: e.message };
  }
  throw new Error('not refused');
}

describe('serializeAccumulator and deserializeAccumulator', () => {
  it('read back, give the very report of the original accumulator', () => {
    const back = deserializeAccumulator(roundTrip(state()), cap);
    expect(back.entries).toBe(ledger.length);
    expect(json(finishCapReport(back))).toBe(json(capReport(cap, ledger, all)));
  });

  it('write every entry column by column, with links, long amounts and the reported unit where none converts', () => {
    const s = state();
    expect(s.columns.id).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(s.columns.amounts).toEqual([
      ['12.5', '14.66', '123456789012345678.123456789', null, '13', null, '5'],
    ]);
    expect(s.columns.through).toEqual([null, '2018-03-31', null, null, null, null, null]);
    expect(s.columns.reported).toEqual([null, '2018-04-10', null, null, null, null, null]);
    expect(s.columns.basis).toEqual([0, 1, 2, 0, 0, 0, 0]);
    expect(s.reporters.map((_, k) => s.reporters[k])).toEqual(['CHN', 'RUS', 'UN-PoE', 'USA']);
    expect(s.links).toEqual([
      { entry: 3, unit: 'tonne' },
      { entry: 4, corrects: 'a' },
      { entry: 5, retracts: 'd' },
      { entry: 6, cap: 'other.cap' },
    ]);
    expect(s.totals).toEqual(['123456789012345723.283456789']);
    expect(s.asOf).toBeNull();
    expect(s.cap.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('satisfy the shipped JSON Schema, and the zod schema', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schemas/CapAccumulatorState.json', import.meta.url), 'utf8'),
    );
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(roundTrip(state()))).toBe(true);
    expect(CapAccumulatorStateSchema.safeParse(roundTrip(state())).success).toBe(true);
  });

  it('merge, from any split of a ledger, to the single accumulator’s report (property)', () => {
    fc.assert(
      fc.property(
        arbLedger,
        options,
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 40, maxLength: 40 }),
        (entries, opts, parts) => {
          const o = { basis: opts.basis, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) };
          const states = [0, 1, 2].map((g) =>
            roundTrip(
              serializeAccumulator(
                accumulate(
                  createCapAccumulator(cap, o),
                  entries.filter((_, i) => parts[i] === g),
                ),
              ),
            ),
          );
          const merged = states
            .map((s) => deserializeAccumulator(s, cap))
            .reduce((a, b) => mergeAccumulators(a, b));
          expect(json(finishCapReport(merged))).toBe(json(capReport(cap, entries, o)));
        },
      ),
      { numRuns: 150 },
    );
  });

  // Found by Stryker: a merged accumulator's reporter table could gain a stray or repeated name and every report would
  // still be right, since reports read reporters through indexes; its state would not be.
  it('of merged accumulators, are the state of one accumulator fed the parts in order (property)', () => {
    fc.assert(
      fc.property(
        arbLedger,
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 40, maxLength: 40 }),
        (entries, parts) => {
          const groups = [0, 1, 2].map((g) => entries.filter((_, i) => parts[i] === g));
          const merged = groups
            .map((group) => accumulate(createCapAccumulator(cap, all), group))
            .reduce((a, b) => mergeAccumulators(a, b));
          expect(serializeAccumulator(merged)).toEqual(
            serializeAccumulator(accumulate(createCapAccumulator(cap, all), groups.flat())),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keep asOf and basis, so that only states with the same options merge', () => {
    const dated = serializeAccumulator(createCapAccumulator(cap, { asOf: parseDate('2018-12-31') }));
    const back = deserializeAccumulator(roundTrip(dated), cap);
    expect(() => mergeAccumulators(back, createCapAccumulator(cap))).toThrow(/same cap with the same asOf/);
    expect(mergeAccumulators(back, createCapAccumulator(cap, { asOf: '2018-12-31' })).entries).toBe(0);
  });

  it('work for a cap of two limits (an amount column per limit)', () => {
    const entries = ledger.map((e) => ({ ...e, cap: dualCap.id }));
    const s = serializeAccumulator(accumulate(createCapAccumulator(dualCap, all), entries));
    expect(s.columns.amounts).toHaveLength(2);
    expect(json(finishCapReport(deserializeAccumulator(roundTrip(s), dualCap)))).toBe(
      json(capReport(dualCap, entries, all)),
    );
  });
});

describe('deserializeAccumulator refuses a state that does not hold together', () => {
  const edited = (change: (s: CapAccumulatorState & Record<string, unknown>) => void) => {
    const s = roundTrip(state()) as CapAccumulatorState & Record<string, unknown>;
    change(s);
    return s;
  };
  const refused = (document: unknown, forCap: QuantityCap = cap) =>
    refusal(() => deserializeAccumulator(document, forCap));

  it.each([
    ['null', null, 'schema'],
    ['a string', 'state', 'schema'],
    ['another format', { ...state(), format: 'other' }, 'format'],
    ['version 2', { ...state(), version: 2 }, 'version'],
    ['version "1"', { ...state(), version: '1' }, 'version'],
  ])('%s', (_name, document, reason) => {
    expect(refused(document)).toMatchObject({ code: 'INVALID_ACCUMULATOR_STATE', reason });
  });

  it('a state of another cap', () => {
    const other = MeasureSchema.parse({ ...capInput, id: 'test.other.cap' }) as QuantityCap;
    expect(refused(roundTrip(state()), other)).toMatchObject({
      reason: 'cap',
      message:
        'The state is of cap test.oil.cap, not test.other.cap: states of different caps cannot be merged.',
    });
  });

  it('a state of the same cap id with another limit', () => {
    const changed = MeasureSchema.parse({
      ...capInput,
      limits: [{ amount: '200', unit: 'barrel' }],
    }) as QuantityCap;
    expect(refused(roundTrip(state()), changed)).toMatchObject({ reason: 'cap' });
  });

  // Found by Stryker: the digest's effective end and window fields were in no test.
  it('a state of the same cap id with another end, or another window', () => {
    const ended = MeasureSchema.parse({ ...capInput, effective: { start: '2018-01-01', end: '2030-01-01' } });
    expect(refused(roundTrip(state()), ended as QuantityCap)).toMatchObject({ reason: 'cap' });
    const fixed = (end: string) =>
      MeasureSchema.parse({
        ...capInput,
        period: { kind: 'window', start: '2018-01-01', end },
      }) as QuantityCap;
    const first = fixed('2018-12-31');
    const written = roundTrip(
      serializeAccumulator(accumulate(createCapAccumulator(first, all), ledger.slice(0, 1))),
    );
    expect(deserializeAccumulator(written, first).entries).toBe(1);
    expect(refused(written, fixed('2019-12-31'))).toMatchObject({ reason: 'cap' });
  });

  it('tampered totals', () => {
    expect(
      refused(
        edited((s) => {
          (s.totals as unknown as string[])[0] = '1';
        }),
      ),
    ).toMatchObject({ reason: 'totals' });
  });

  it('a tampered amount (the totals no longer agree)', () => {
    expect(
      refused(
        edited((s) => {
          (s.columns.amounts[0] as (string | null)[])[0] = '99';
        }),
      ),
    ).toMatchObject({ reason: 'totals' });
  });

  it('a column shorter than the count', () => {
    expect(
      refused(
        edited((s) => {
          (s.columns.delivered as unknown as string[]).pop();
        }),
      ),
    ).toMatchObject({
      reason: 'columns',
      message: 'The state says it has 7 entries, but its columns have 7, 6.',
    });
  });

  it.each([
    [
      'an impossible date',
      (s: CapAccumulatorState) => ((s.columns.delivered as unknown as string[])[0] = '2018-02-30'),
      'schema',
    ],
    [
      'a negative amount',
      (s: CapAccumulatorState) => ((s.columns.amounts[0] as (string | null)[])[0] = '-1'),
      'schema',
    ],
    ['an unknown key', (s: CapAccumulatorState) => Object.assign(s, { extra: 1 }), 'schema'],
    [
      'a reporter index out of range',
      (s: CapAccumulatorState) => ((s.columns.reporter as unknown as number[])[0] = 9),
      'columns',
    ],
    [
      'an aggregate ending before it starts',
      (s: CapAccumulatorState) => ((s.columns.through as unknown as (string | null)[])[0] = '2017-01-01'),
      'columns',
    ],
    [
      'a link to an entry out of range',
      (s: CapAccumulatorState) => (s.links as unknown as { entry: number }[]).push({ entry: 70 }),
      'links',
    ],
    [
      'a link that corrects and retracts',
      (s: CapAccumulatorState) => Object.assign(s.links[1] as object, { retracts: 'b' }),
      'links',
    ],
    [
      'a retraction with an amount',
      (s: CapAccumulatorState) => ((s.columns.amounts[0] as (string | null)[])[5] = '0'),
      'columns',
    ],
    [
      'a second amount column for a cap of one limit',
      (s: CapAccumulatorState) => (s.columns.amounts as unknown as unknown[]).push([]),
      'columns',
    ],
    [
      'a basis code 3',
      (s: CapAccumulatorState) => ((s.columns.basis as unknown as number[])[0] = 3),
      'schema',
    ],
    [
      'an id with a line break',
      (s: CapAccumulatorState) => ((s.columns.id as unknown as string[])[0] = 'a\n'),
      'schema',
    ],
  ])('%s', (_name, change, reason) => {
    expect(refused(edited(change as (s: CapAccumulatorState) => void))).toMatchObject({
      code: 'INVALID_ACCUMULATOR_STATE',
      reason,
    });
  });

  it('names the path of a schema refusal', () => {
    expect(refused(edited((s) => ((s.columns.delivered as unknown as string[])[2] = 'x'))).message).toMatch(
      /^Not a valid cap accumulator state: at columns\.delivered\.2: /,
    );
  });
});

describe('CapAccumulatorState', () => {
  it('is what its schema gives, and the schema takes what serializeAccumulator gives (types)', () => {
    type Output = ReturnType<typeof CapAccumulatorStateSchema.parse>;
    const fromSchema = (o: Output): CapAccumulatorState => o;
    const toSchema = (s: CapAccumulatorState) => CapAccumulatorStateSchema.parse(s);
    const s = state();
    expect(json(fromSchema(toSchema(s)))).toBe(json(s));
  });
});

describe('an accumulator', () => {
  it('shows its cap and its count, and nothing else', () => {
    const acc = accumulate(createCapAccumulator(cap, all), ledger);
    expect(Reflect.ownKeys(acc)).toEqual(['cap', 'entries']);
    expect(Object.isFrozen(acc)).toBe(true);
    expect(Object.getPrototypeOf(acc)).toBe(Object.prototype);
  });

  it('is not changed by an edit to the state it wrote', () => {
    const acc = accumulate(createCapAccumulator(cap, all), ledger);
    const before = json(finishCapReport(acc));
    const written = serializeAccumulator(acc);
    (written.columns.amounts[0] as unknown as string[])[0] = '1000000';
    (written.columns.id as unknown as string[])[1] = 'zzz';
    expect(json(finishCapReport(acc))).toBe(before);
    expect(json(serializeAccumulator(acc))).not.toBe(json(written));
  });

  it('is refused by finishCapReport when it is a look-alike', () => {
    expect(refusal(() => finishCapReport({ cap: cap.id, entries: 0 }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

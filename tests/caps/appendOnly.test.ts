import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dprk1718, refinedPetroleumLedger } from '../../src/data/index.js';
import {
  accumulate,
  type CapAccumulator,
  type CapReport,
  type CapReportOptions,
  capReport,
  compareBases,
  createCapAccumulator,
  finishCapReport,
  type LedgerEntryInput,
  MeasureSchema,
  mergeAccumulators,
  parseDate,
  type QuantityCap,
  SanctionsRegimeError,
  serializeAccumulator,
} from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { arbLedger, options } from './arbitraries.js';
import { cap as annual, capInput, dualCap, entryOf } from './fixtures.js';

const json = (report: CapReport) => JSON.stringify(report);

/** The fixture's annual cap with some fields changed, parsed as a caller would. */
const capWith = (changes: Record<string, unknown>): QuantityCap =>
  MeasureSchema.parse({ ...capInput, ...changes }) as QuantityCap;

/** A 10-barrel daily cap: more than 1,000 periods, so reports list only the periods holding entries. */
const daily = capWith({
  id: 'test.daily.cap',
  limits: [{ amount: '10', unit: 'barrel' }],
  period: { kind: 'recurring', anchor: '2018-01-01', every: 'P1D' },
});

/** The annual cap in effect from mid-March 2018 to June 2019: its first and last periods are cut. */
const ended = capWith({
  id: 'test.ended.cap',
  effective: { start: '2018-03-15', end: '2019-06-30' },
});

/** The daily cap from 2015: well over 1,000 periods before any entry, so every report is sparse. */
const dailySince2015 = capWith({
  id: 'test.daily-2015.cap',
  effective: { start: '2015-01-01' },
  limits: [{ amount: '10', unit: 'barrel' }],
  period: { kind: 'recurring', anchor: '2015-01-01', every: 'P1D' },
});

/** An annual cap of 3,000 barrels with three thresholds: crossings fall on different days of one period. */
const wide = capWith({
  id: 'test.wide.cap',
  limits: [{ amount: '3000', unit: 'barrel' }],
  thresholds: [
    { fraction: '0.25', effect: 'notify' },
    { fraction: '0.5', effect: 'notify' },
    { fraction: '0.9', effect: 'cease' },
  ],
});

const caps = [annual, dualCap, daily, dailySince2015, ended, wide];

/**
 * A ledger an append-only accumulator takes: no links, for `cap` (every seventh entry for another), in day order,
 * and within a day in an order set by `seed` (not the order of the ids).
 */
function streamable(ledger: readonly LedgerEntryInput[], cap: QuantityCap, seed = 0): LedgerEntryInput[] {
  const lastDay = (e: LedgerEntryInput) => e.deliveredThrough ?? e.delivered;
  return ledger
    .filter((e) => e.corrects === undefined && e.retracts === undefined && e.supersedes === undefined)
    .map((e, i) => ({
      e: { ...e, cap: i % 7 === 3 ? 'other.cap' : cap.id },
      k: Math.imul((i + 1) ^ seed, 0x9e3779b1) >>> 0,
    }))
    .sort((a, b) => (lastDay(a.e) < lastDay(b.e) ? -1 : lastDay(a.e) > lastDay(b.e) ? 1 : a.k - b.k))
    .map((x) => x.e);
}

/** The first day of a date's quarter. */
const quarterOf = (date: string) =>
  `${date.slice(0, 5)}${String(Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;

/** The ledger with every date moved to the first of its quarter: many entries a day, so crossings fall within days. */
function clustered(ledger: readonly LedgerEntryInput[]): LedgerEntryInput[] {
  return ledger.map((e) => {
    const { deliveredThrough, ...rest } = e;
    const delivered = quarterOf(e.delivered);
    const through = deliveredThrough === undefined ? delivered : quarterOf(deliveredThrough);
    return through > delivered ? { ...rest, delivered, deliveredThrough: through } : { ...rest, delivered };
  });
}

function optionsOf(opts: {
  asOf: ReturnType<typeof parseDate> | undefined;
  basis: readonly ('reported' | 'alleged' | 'estimated')[];
}): CapReportOptions {
  return { basis: opts.basis, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) };
}

/** A reported delivery with the id given, of `amount` barrels, against the annual cap or `cap`. */
const entry = (
  id: string,
  delivered = '2018-03-01',
  amount = '1',
  cap: QuantityCap = annual,
): LedgerEntryInput => entryOf(cap.id, id, delivered, amount);

describe('an append-only accumulator', () => {
  it('gives the report an accumulator keeping its entries gives, for any ledger in day order (property)', () => {
    fc.assert(
      fc.property(
        arbLedger,
        options,
        fc.constantFrom(...caps),
        fc.nat(),
        fc.boolean(),
        (ledger, opts, cap, seed, c) => {
          const entries = streamable(c ? clustered(ledger) : ledger, cap, seed);
          const o = optionsOf(opts);
          expect(json(capReport(cap, entries, { ...o, appendOnly: true }))).toBe(
            json(capReport(cap, entries, o)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports after any call as of the entries read so far, and goes on unchanged by the report (property)', () => {
    fc.assert(
      fc.property(
        arbLedger,
        options,
        fc.constantFrom(...caps),
        fc.array(fc.nat({ max: 40 }), { maxLength: 4 }),
        (ledger, opts, cap, cuts) => {
          const entries = streamable(ledger, cap);
          const o = optionsOf(opts);
          const bounds = [...new Set([0, ...cuts.map((c) => c % (entries.length + 1)), entries.length])].sort(
            (a, b) => a - b,
          );
          let acc = createCapAccumulator(cap, { ...o, appendOnly: true });
          for (let k = 1; k < bounds.length; k += 1) {
            acc = accumulate(acc, entries.slice(bounds[k - 1], bounds[k]));
            const expected = json(capReport(cap, entries.slice(0, bounds[k]), o));
            expect(json(finishCapReport(acc))).toBe(expected);
            // Reading a report twice gives the same report: the open day is not closed by it.
            expect(json(finishCapReport(acc))).toBe(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the bundled refined-petroleum report on every basis, entry by entry', () => {
    const cap = dprk1718.resolutions
      .flatMap((r) => r.measures)
      .find((m) => m.id === 'dprk.refined-petroleum.cap');
    if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
    const inOrder = streamable(refinedPetroleumLedger as unknown as LedgerEntryInput[], cap).map((e) => ({
      ...e,
      cap: cap.id,
    }));
    for (const basis of [['reported'], ['alleged'], ['estimated'], ['reported', 'estimated']] as const) {
      const o = { basis, asOf: parseDate('2019-12-31') };
      let acc = createCapAccumulator(cap, { ...o, appendOnly: true });
      for (const entry of inOrder) acc = accumulate(acc, entry);
      expect(json(finishCapReport(acc))).toBe(json(capReport(cap, inOrder, o)));
    }
    const estimated = capReport(cap, inOrder, { basis: ['estimated'], appendOnly: true });
    expect(estimated.periods[0]?.crossings.map((c) => c.threshold.effect)).toContain('limit');
  });

  it('names the entry that crossed a threshold when the day crossing it has several entries', () => {
    const day = (id: string, amount: string) => entry(id, '2018-05-01', amount);
    const entries = [
      entry('a', '2018-04-01', '70'),
      day('z', '10'),
      day('c', '3'),
      day('b', '2'),
      entry('d', '2018-06-01', '1'),
    ];
    const report = capReport(annual, entries, { appendOnly: true });
    // In id order on 1 May: b (72), c (75: reaches 75 %), z (85).
    expect(report.periods[0]?.crossings.map((c) => [c.entryId, c.cumulative.amount.toFixed()])).toEqual([
      ['c', '75'],
    ]);
    expect(json(report)).toBe(json(capReport(annual, entries)));
  });

  it('lists only the periods holding entries of a cap with more than 1,000 periods, as the other accumulator does', () => {
    const all = ['reported', 'alleged', 'estimated'] as const;
    const entries = streamable(
      fc.sample(arbLedger, { seed: 3, numRuns: 1 })[0] as LedgerEntryInput[],
      dailySince2015,
    );
    const report = capReport(dailySince2015, entries, { appendOnly: true, basis: all });
    expect(report.omittedPeriods.length).toBeGreaterThan(0);
    expect(json(report)).toBe(json(capReport(dailySince2015, entries, { basis: all })));
  });

  it('names the crossings of one period that fall on different days', () => {
    const delivery = (id: string, delivered: string, amount: string) => entry(id, delivered, amount, wide);
    const entries = [
      delivery('a', '2018-02-01', '800'),
      delivery('b', '2018-03-01', '800'),
      delivery('c', '2018-05-01', '1200'),
      delivery('d', '2018-07-01', '300'),
    ];
    const report = capReport(wide, entries, { appendOnly: true });
    expect(report.periods[0]?.crossings.map((c) => [c.entryId, c.threshold.fraction.toFixed()])).toEqual([
      ['a', '0.25'],
      ['b', '0.5'],
      ['c', '0.9'],
      ['d', '1'],
    ]);
    expect(json(report)).toBe(json(capReport(wide, entries)));
  });

  it('refuses an entry before the last delivery day read, naming both, and stops', () => {
    const acc = accumulate(createCapAccumulator(annual, { appendOnly: true }), entry('a', '2018-03-02'));
    let caught: unknown;
    try {
      accumulate(acc, [entry('b', '2018-03-02'), entry('c', '2018-03-01')]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SanctionsRegimeError);
    expect((caught as SanctionsRegimeError).code).toBe('INVALID_INPUT');
    expect((caught as Error).message).toContain('"c" ends on 2018-03-01, before 2018-03-02');
    expect((caught as SanctionsRegimeError).details).toEqual({ id: 'c' });
    // "b" was read before "c" was refused: the accumulator stops rather than report part of a call.
    expect(() => finishCapReport(acc)).toThrow(
      /stopped at a bad entry: Ledger entry "c" \(index 1\); the entries before that were read/,
    );
    expect(codeOf(() => accumulate(acc, []))).toBe('INVALID_INPUT');
  });

  it('stops when the iterable it reads throws part-way, rather than keep half a call', () => {
    const acc = accumulate(createCapAccumulator(annual, { appendOnly: true }), entry('a'));
    function* failing() {
      yield entry('b');
      throw new Error('the feed broke');
    }
    expect(() => accumulate(acc, failing())).toThrow('the feed broke');
    // "b" was read: the accumulator given must not report "a" alone as if nothing had happened.
    expect(() => finishCapReport(acc)).toThrow(/stopped at an error of the iterable read, after 1 entry/);
  });

  it('refuses the accumulator it is reading into while it reads (a generator or getter calling back)', () => {
    const acc0 = accumulate(createCapAccumulator(annual, { appendOnly: true }), entry('a', '2018-03-01'));
    const codes: (string | undefined)[] = [];
    function* feed() {
      yield entry('b', '2018-03-02');
      codes.push(codeOf(() => finishCapReport(acc0)));
      codes.push(codeOf(() => accumulate(acc0, entry('x', '2018-03-03', '50'))));
      yield entry('c', '2018-03-04');
    }
    let message = '';
    function* probe() {
      yield entry('p', '2018-03-05');
      try {
        finishCapReport(acc1);
      } catch (error) {
        message = (error as Error).message;
      }
    }
    const acc1 = accumulate(acc0, feed());
    expect(codes).toEqual(['INVALID_INPUT', 'INVALID_INPUT']);
    // The call's result holds a, b and c, and nothing of the refused branch.
    expect(acc1.entries).toBe(3);
    expect(finishCapReport(acc1).periods[0]?.dimensions[0]?.total.amount.toFixed()).toBe('3');
    accumulate(acc1, probe());
    expect(message).toMatch(/is reading entries: a generator or getter called back into it/);
  });

  it('refuses corrections, retractions and superseding aggregates', () => {
    const base = entry('x');
    const { quantity: _q, ...noQuantity } = base;
    for (const entry of [
      { ...base, corrects: 'a' },
      { ...noQuantity, retracts: 'a' },
      { ...base, supersedes: ['a', 'b'] },
    ]) {
      const acc = createCapAccumulator(annual, { appendOnly: true });
      expect(() => accumulate(acc, entry)).toThrow(
        /"x" (corrects a|retracts a|supersedes a, b): an append-only/,
      );
      const fresh = createCapAccumulator(annual, { appendOnly: true });
      const error = (() => {
        try {
          accumulate(fresh, entry);
        } catch (caught) {
          return caught as SanctionsRegimeError;
        }
      })();
      expect([error?.code, error?.details]).toEqual(['INVALID_INPUT', { id: 'x' }]);
    }
  });

  it('refuses a repeated id as soon as it is read', () => {
    const acc = accumulate(createCapAccumulator(annual, { appendOnly: true }), entry('a', '2018-03-01'));
    expect(codeOf(() => accumulate(acc, entry('a', '2018-04-01')))).toBe('DUPLICATE_ENTRY');
    const error = (() => {
      try {
        capReport(annual, [entry('a', '2018-03-01'), entry('a', '2018-04-01')], { appendOnly: true });
      } catch (caught) {
        return caught as SanctionsRegimeError;
      }
    })();
    expect(error?.message).toMatch(
      /^Two ledger entries have the id "a" \(or, with odds of about 1 in 20 million/,
    );
    expect(error?.details).toEqual({ id: 'a' });
    expect(
      codeOf(() =>
        capReport(annual, [entry('a', '2018-03-01'), entry('a', '2018-03-01')], { appendOnly: true }),
      ),
    ).toBe('DUPLICATE_ENTRY');
  });

  it('tells apart ids whose hashes collide, one or the other, and finds a repeat after its table has grown', () => {
    // Pairs with the same 32-bit FNV-1a hash (the second hash keeps them apart), then pairs with the same second
    // hash and first hashes that differ but start in the same slot of the first table (the first hash keeps them
    // apart).
    const colliding = ['costarring', 'liquid', 'declinate', 'macallums', 'altarage', 'zinke'];
    expect(
      capReport(
        annual,
        colliding.map((id) => entry(id)),
        { appendOnly: true },
      ).periods[0]?.counted,
    ).toBe(6);
    const collidingSecond = ['k149005', 'k3942933', 'k669336', 'k4587049'];
    expect(
      capReport(
        annual,
        collidingSecond.map((id) => entry(id)),
        { appendOnly: true },
      ).periods[0]?.counted,
    ).toBe(4);
    const many = Array.from({ length: 3000 }, (_, i) => entry(`id-${i}`));
    expect(codeOf(() => capReport(annual, [...many, entry('id-7')], { appendOnly: true }))).toBe(
      'DUPLICATE_ENTRY',
    );
    expect(
      codeOf(() => capReport(annual, [...many, entry('liquid'), entry('liquid')], { appendOnly: true })),
    ).toBe('DUPLICATE_ENTRY');
  });

  it('takes 200,000 distinct ids without a false duplicate, and counts them all', () => {
    function* many(): Generator<LedgerEntryInput> {
      for (let i = 0; i < 200_000; i += 1)
        yield {
          id: `e${i}`,
          cap: annual.id,
          delivered: new Date(Date.UTC(2018, 0, 1) + Math.floor(i / 500) * 86_400_000)
            .toISOString()
            .slice(0, 10),
          quantity: { amount: '0.0001', unit: 'barrel' },
          reporter: 'CHN',
          basis: 'reported',
          source: { document: 'test' },
        };
    }
    const report = capReport(annual, many(), { appendOnly: true });
    expect(report.entries).toBe(200_000);
    expect(report.periods.reduce((n, p) => n + p.counted, 0)).toBe(200_000);
    expect(report.periods.map((p) => p.dimensions[0]?.total.amount.toFixed())).toEqual(['18.25', '1.75']);
  });

  it('is one stream: the accumulator read on cannot be used again, merged or serialised', () => {
    const a = entry('a');
    const empty = createCapAccumulator(annual, { appendOnly: true });
    const one = accumulate(empty, a);
    expect(one.entries).toBe(1);
    expect(codeOf(() => accumulate(empty, entry('b')))).toBe('INVALID_INPUT');
    expect(() => finishCapReport(empty)).toThrow(/read on by accumulate/);
    expect(finishCapReport(one).periods[0]?.counted).toBe(1);
    expect(() => mergeAccumulators(one, createCapAccumulator(annual))).toThrow(/cannot be merged/);
    expect(() => mergeAccumulators(createCapAccumulator(annual), one)).toThrow(/cannot be merged/);
    expect(() => serializeAccumulator(one)).toThrow(/cannot be serialised/);
    expect(() => createCapAccumulator(annual, { appendOnly: 'yes' as unknown as boolean })).toThrow(
      '"appendOnly" must be true or false.',
    );
    // A plain accumulator still branches.
    const plain = createCapAccumulator(annual);
    accumulate(plain, a);
    expect(accumulate(plain, a).entries).toBe(1);
  });

  it('is not smuggled into compareBases, which reads the entries three times', () => {
    const entries = streamable(
      fc.sample(arbLedger, { seed: 7, numRuns: 1 })[0] as LedgerEntryInput[],
      annual,
    );
    const smuggled = { appendOnly: true } as Parameters<typeof compareBases>[2];
    expect(JSON.stringify(compareBases(annual, entries, smuggled))).toBe(
      JSON.stringify(compareBases(annual, entries)),
    );
    expect(compareBases(annual, entries, smuggled).reported.entries).toBe(entries.length);
  });

  it("copies a caller's own Decimal amount when reading it: editing it afterwards changes no report", () => {
    for (const appendOnly of [false, true]) {
      const small = new Decimal('5');
      const long = new Decimal('12345678901234567890.5');
      const withDecimal = (id: string, amount: Decimal) => ({
        ...entry(id),
        quantity: { amount, unit: 'barrel' },
      });
      const acc = accumulate(createCapAccumulator(annual, { appendOnly }), [
        withDecimal('a', small),
        withDecimal('b', long),
      ] as unknown as Parameters<typeof accumulate>[1]);
      const before = json(finishCapReport(acc));
      (small as unknown as { d: number[] }).d[0] = 90;
      (long as unknown as { d: number[] }).d[0] = 9;
      expect(json(finishCapReport(acc))).toBe(before);
      expect(finishCapReport(acc).periods[0]?.dimensions[0]?.total.amount.toFixed()).toBe(
        '12345678901234567895.5',
      );
    }
  });

  it("keeps a copy of a caller's own cap: editing the cap afterwards changes no report", () => {
    for (const appendOnly of [false, true]) {
      // Built by hand from the parsed cap's parts: containers the caller can still change.
      const own = {
        ...annual,
        limits: [...annual.limits],
        thresholds: [...annual.thresholds],
        period: { ...annual.period },
        effective: { ...annual.effective },
      } as QuantityCap;
      const eighty = (id: string, delivered: string) => entry(id, delivered, '80');
      const acc = accumulate(createCapAccumulator(own, { appendOnly }), eighty('a', '2018-03-01'));
      const before = json(finishCapReport(acc));
      (own.limits as unknown[])[0] = (dualCap.limits as unknown[])[1];
      (own.thresholds as unknown[]).pop();
      (own.effective as { start: string }).start = '2019-01-01';
      expect(json(finishCapReport(acc))).toBe(before);
      const after = accumulate(acc, eighty('b', '2018-03-02'));
      expect(json(finishCapReport(after))).toBe(
        json(capReport(annual, [eighty('a', '2018-03-01'), eighty('b', '2018-03-02')])),
      );
    }
  });

  it('checks the copy it keeps of a hand-built cap: a getter that changes its answer, or throws, is refused', () => {
    let reads = 0;
    const shifty = {
      ...annual,
      get limits() {
        reads += 1;
        return reads === 1 ? annual.limits : [];
      },
    } as unknown as QuantityCap;
    expect(codeOf(() => createCapAccumulator(shifty))).toBe('INVALID_INPUT');
    let calls = 0;
    const throwing = {
      ...annual,
      get thresholds() {
        calls += 1;
        if (calls > 1) throw new Error('gone');
        return annual.thresholds;
      },
    } as unknown as QuantityCap;
    expect(codeOf(() => createCapAccumulator(throwing))).toBe('INVALID_INPUT');
  });

  it('names a bad JSON entry by its index in the call, and an iterable that throws before any entry', () => {
    const acc = accumulate(createCapAccumulator(annual, { appendOnly: true }), entry('a'));
    let caught: unknown;
    try {
      accumulate(acc, [entry('b'), { ...entry('c'), quantity: { amount: 'lots', unit: 'barrel' } }]);
    } catch (error) {
      caught = error;
    }
    const issue = (caught as { issues?: { path: unknown[]; message: string }[] }).issues?.[0];
    expect(issue?.path[0]).toBe(1);
    expect(issue?.message).toMatch(/^Ledger entry "c" \(index 1\): /);
    const fresh = createCapAccumulator(annual, { appendOnly: true });
    const broken: Iterable<LedgerEntryInput> = {
      [Symbol.iterator]: () => ({
        next: () => {
          throw new Error('no feed');
        },
      }),
    };
    expect(() => accumulate(fresh, broken)).toThrow('no feed');
    expect(() => finishCapReport(fresh)).toThrow(/stopped at an error of the iterable read, after 0 entries/);
  });

  it('refuses a hand-built cap whose period rule has no length when the accumulator is made', () => {
    const zero = {
      ...annual,
      period: { kind: 'recurring', anchor: '2018-01-01', every: 'P0D' },
    } as QuantityCap;
    for (const appendOnly of [false, true])
      expect(codeOf(() => createCapAccumulator(zero, { appendOnly }))).toBe('INVALID_PERIOD_RULE');
    expect(codeOf(() => capReport(zero, []))).toBe('INVALID_PERIOD_RULE');
    // Frozen all the way down by the caller, so kept as it is: checked all the same.
    const frozen = Object.freeze({ ...annual, period: Object.freeze({ ...zero.period }) }) as QuantityCap;
    expect(codeOf(() => createCapAccumulator(frozen))).toBe('INVALID_PERIOD_RULE');
  });

  it('reads each option once (a getter cannot pass the check with one value and give another)', () => {
    const reads: Record<string, number> = {};
    const values: Record<string, unknown[]> = {
      appendOnly: [true, true, 'x'],
      basis: [['reported'], ['reported']],
    };
    const options = {};
    for (const key of Object.keys(values))
      Object.defineProperty(options, key, {
        get: () => {
          reads[key] = (reads[key] ?? 0) + 1;
          return values[key]?.[(reads[key] as number) - 1];
        },
      });
    createCapAccumulator(annual, options as CapReportOptions);
    expect(reads).toEqual({ appendOnly: 1, basis: 1 });
  });

  it('keeps its accumulators frozen, with only the cap and the count', () => {
    const acc: CapAccumulator = createCapAccumulator(annual, { appendOnly: true });
    expect(Object.isFrozen(acc)).toBe(true);
    expect(Object.keys(acc)).toEqual(['cap', 'entries']);
  });
});

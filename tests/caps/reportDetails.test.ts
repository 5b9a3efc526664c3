// One ledger that meets every rule of a cap report, with the exact report it gets: what is not counted and why (in
// words), the issues, what was superseded, the crossings, the periods' completeness and projections. The same
// report whatever the order of the entries.
import { describe, expect, it } from 'vitest';
import {
  type CapReport,
  capReport,
  type LedgerEntryInput,
  LedgerEntrySchema,
  parseDate,
  type QuantityCap,
} from '../../src/index.js';
import { cap, delivery, dualCap } from './fixtures.js';

/** An entry of the 100-barrel test cap with its own id: `amount` barrels delivered on `delivered`, reported by CHN. */
const entry = (id: string, amount: string, delivered: string, extra: Partial<LedgerEntryInput> = {}) =>
  delivery(amount, delivered, { id, ...extra });

const ledger: readonly LedgerEntryInput[] = [
  entry('a01', '10', '2017-12-31'),
  entry('a02', '5', '2018-12-15', { deliveredThrough: '2019-01-15' }),
  entry('a03', '10', '2018-03-01', { cap: 'other.cap' }),
  entry('a04', '10', '2019-07-01'),
  entry('a05', '10', '2019-06-01', { reported: '2019-07-02' }),
  entry('a06', '10', '2018-03-01', { basis: 'alleged' }),
  entry('a07', '30', '2018-02-01', { reported: '2018-02-10' }),
  entry('a08', '35', '2018-02-01', { corrects: 'a07', reported: '2018-03-01' }),
  entry('a09', '40', '2018-02-01', { corrects: 'a07', reported: '2018-04-01' }),
  entry('a10', '20', '2018-05-01', { corrects: 'zz' }),
  { ...entry('a11', '0', '2018-05-02', { retracts: 'yy' }), quantity: undefined },
  entry('a12', '40', '2018-06-01'),
  { ...entry('a13', '0', '2018-06-10', { retracts: 'a12' }), quantity: undefined },
  entry('a15', '20', '2018-09-01', { reporter: 'RUS' }),
  entry('a17', '10', '2018-10-01'),
  entry('a16', '10', '2018-10-01'),
  entry('a19', '60', '2019-03-01', { reporter: 'UN-PoE' }),
];

const asOf = parseDate('2019-06-30');
/**
 * The report, made inside each test that reads it: mutation testing maps code to the tests that run it, and a report
 * made once at module level runs no code inside a test.
 */
const report = (): CapReport => capReport(cap, ledger, { asOf });

describe('a cap report on a ledger that meets every rule', () => {
  it('lists what it does not count, by entry id, with the reason in words', () => {
    expect(report().notCounted).toEqual([
      {
        entryId: 'a01',
        reason: 'outside-periods',
        detail: 'Delivered 2017-12-31, outside every period of the cap up to 2019-06-30.',
      },
      {
        entryId: 'a02',
        reason: 'spans-periods',
        detail: 'Covers 2018-12-15 to 2019-01-15, across the end of a period: split it per period.',
      },
      { entryId: 'a03', reason: 'other-cap', detail: 'Counts against other.cap, not test.oil.cap.' },
      { entryId: 'a04', reason: 'delivered-after-as-of', detail: 'Delivered after 2019-06-30.' },
      {
        entryId: 'a05',
        reason: 'reported-after-as-of',
        detail: 'Reported after 2019-06-30, so not known then.',
      },
      {
        entryId: 'a06',
        reason: 'basis-not-selected',
        detail: 'Its basis is alleged; the report counts reported.',
      },
      { entryId: 'a11', reason: 'retraction', detail: 'Withdraws yy; it carries no quantity.' },
      { entryId: 'a13', reason: 'retraction', detail: 'Withdraws a12; it carries no quantity.' },
    ]);
  });

  it('lists the issues of its corrections and retractions, in words', () => {
    expect(report().issues).toEqual([
      {
        code: 'MULTIPLE_CORRECTIONS',
        entryId: 'a09',
        message: 'a07 is replaced by both a08 and a09; the later one, a09, stands.',
      },
      {
        code: 'UNKNOWN_CORRECTION_TARGET',
        entryId: 'a10',
        message: 'a10 corrects zz, which is not in the ledger; it is counted as a delivery of its own.',
      },
      {
        code: 'UNKNOWN_RETRACTION_TARGET',
        entryId: 'a11',
        message: 'a11 retracts yy, which is not in the ledger; it has no effect.',
      },
    ]);
  });

  it('lists what was superseded, and by what', () => {
    expect(report().superseded).toEqual([
      { entryId: 'a07', by: 'a09', kind: 'corrected' },
      { entryId: 'a08', by: 'a09', kind: 'corrected' },
      { entryId: 'a12', by: 'a13', kind: 'retracted' },
    ]);
  });

  it('runs to asOf: the first period is complete, the second is not', () => {
    expect(report().asOf).toBe('2019-06-30');
    expect(report().entries).toBe(ledger.length);
    expect(report().periods.map((p) => [p.period.start, p.period.end, p.complete, p.counted])).toEqual([
      ['2018-01-01', '2018-12-31', true, 5],
      ['2019-01-01', '2019-12-31', false, 1],
    ]);
  });

  it('counts the last correction and the correction of a missing entry, and crosses each level once', () => {
    const [first] = report().periods;
    expect(first?.dimensions[0]?.total.amount.toFixed()).toBe('100');
    expect(first?.reached).toBe(true);
    expect(first?.exceeded).toBe(false);
    expect(first?.utilisation.toString()).toBe('1');
    expect(first?.binding).toBe('barrel');
    // 40 (a09) + 20 (a10) + 20 (a15) = 80 crosses 75 %; on 2018-10-01 a16 brings 90, a17 100: 95 % and the limit.
    expect(
      first?.crossings.map((c) => [c.threshold.effect, c.date, c.entryId, c.cumulative.amount.toFixed()]),
    ).toEqual([
      ['notify', '2018-09-01', 'a15', '80'],
      ['cease', '2018-10-01', 'a17', '100'],
      ['limit', '2018-10-01', 'a17', '100'],
    ]);
    expect(first?.byReporter.map((g) => [g.key, g.entries, g.totals[0]?.amount.toFixed()])).toEqual([
      ['CHN', 4, '80'],
      ['RUS', 1, '20'],
    ]);
    expect(first?.byMonth.map((g) => [g.key, g.entries])).toEqual([
      ['2018-02', 1],
      ['2018-05', 1],
      ['2018-09', 1],
      ['2018-10', 2],
    ]);
    expect(first?.projectedExhaustion).toBeUndefined();
  });

  it('projects the open period to its limit at the run-rate up to asOf', () => {
    const second = report().periods[1];
    // 60 barrels in the 181 days to 30 June: 100 barrels after ceil(100 × 181 / 60) = 302 days, on 29 October.
    expect(second?.dimensions[0]?.projectedExhaustion).toBe('2019-10-29');
    expect(second?.projectedExhaustion).toBe('2019-10-29');
    expect(second?.reached).toBe(false);
    expect(second?.utilisation.toString()).toBe('0.6');
  });

  it('is the same report, to the byte, from entries parsed with LedgerEntrySchema', () => {
    const parsed = ledger.map((e) => LedgerEntrySchema.parse(e));
    expect(JSON.stringify(capReport(cap, parsed, { asOf }))).toBe(JSON.stringify(report()));
  });

  it('is the same report, to the byte, whatever the order of the entries', () => {
    const json = (r: CapReport) => JSON.stringify(r);
    expect(json(capReport(cap, [...ledger].reverse(), { asOf }))).toBe(json(report()));
    const rotated = [...ledger.slice(7), ...ledger.slice(0, 7)];
    expect(json(capReport(cap, rotated, { asOf }))).toBe(json(report()));
  });
});

describe('report edges', () => {
  it('reports an allegation that would replace a notification as an issue, in words', () => {
    const r = capReport(
      cap,
      [
        entry('b1', '10', '2018-02-01'),
        entry('b2', '12', '2018-02-01', { corrects: 'b1', basis: 'alleged' }),
      ],
      { basis: ['reported', 'alleged'] },
    );
    expect(r.issues).toEqual([
      {
        code: 'BASIS_MISMATCH',
        entryId: 'b2',
        message: 'b2 (alleged) cannot replace b1 (reported); it is counted on its own.',
      },
    ]);
    expect(r.periods[0]?.dimensions[0]?.total.amount.toFixed()).toBe('22');
  });

  it('without asOf, runs to the last delivery, and no period is complete', () => {
    const r = capReport(cap, [entry('c1', '10', '2018-02-01'), entry('c2', '10', '2019-02-01')]);
    expect(r.asOf).toBeUndefined();
    expect('asOf' in r).toBe(false);
    expect(r.periods.map((p) => p.complete)).toEqual([false, false]);
    // 10 barrels in the 32 days to 1 February: the limit after ceil(100 × 32 / 10) = 320 days, on 16 November.
    expect(r.periods[1]?.projectedExhaustion).toBe('2019-11-16');
  });

  it('on asOf the last day of a period, that period is complete', () => {
    const r = capReport(cap, [entry('d1', '10', '2018-02-01')], { asOf: parseDate('2018-12-31') });
    expect(r.periods.map((p) => p.complete)).toEqual([true]);
    const before = capReport(cap, [entry('d1', '10', '2018-02-01')], { asOf: parseDate('2018-12-30') });
    expect(before.periods.map((p) => p.complete)).toEqual([false]);
  });

  it('with no entries and no asOf, has no period; with asOf before the cap, none either', () => {
    expect(capReport(cap, []).periods).toEqual([]);
    expect(capReport(cap, [], { asOf: parseDate('2017-12-31') }).periods).toEqual([]);
    const onStart = capReport(cap, [], { asOf: parseDate('2018-01-01') });
    expect(onStart.periods.map((p) => [p.period.start, p.period.end])).toEqual([
      ['2018-01-01', '2018-12-31'],
    ]);
    expect(onStart.periods[0]?.dimensions[0]?.projectedExhaustion).toBeUndefined();
  });

  it('cuts the periods to when the cap is in effect, and does not count deliveries outside it', () => {
    const ended = { ...cap, effective: { start: '2018-03-01', end: '2019-06-30' } } as QuantityCap;
    const r = capReport(ended, [
      entry('e1', '10', '2018-02-01'),
      entry('e2', '10', '2018-03-01'),
      entry('e3', '5', '2019-05-01'),
      entry('e4', '20', '2019-08-01'),
      entry('e5', '20', '2020-02-01'),
    ]);
    expect(r.periods.map((p) => [p.period.start, p.period.end, p.counted])).toEqual([
      ['2018-03-01', '2018-12-31', 1],
      ['2019-01-01', '2019-06-30', 1],
    ]);
    expect(r.notCounted.map((n) => [n.entryId, n.detail])).toEqual([
      ['e1', 'Delivered 2018-02-01, outside every period of the cap up to 2019-06-30.'],
      ['e4', 'Delivered 2019-08-01, outside every period of the cap up to 2019-06-30.'],
      ['e5', 'Delivered 2020-02-01, outside every period of the cap up to 2019-06-30.'],
    ]);
  });

  it('names the binding dimension of a dual cap, the one used most', () => {
    // 40 barrels or 5 tonnes: 10 barrels (25 %, 1.25 t) and 5 tonnes (36.65 barrels): 46.65 barrels (116.6 %) and
    // 6.25 tonnes (125 %): the tonnes bind, both limits are reached and exceeded.
    const toTonnes = { from: 'barrel', to: 'tonne', multiplier: '0.125', source: 'test' };
    const toBarrels = { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'test' };
    const both = [
      { ...entry('f1', '10', '2018-02-01'), cap: dualCap.id, conversion: toTonnes },
      {
        ...entry('f2', '5', '2018-03-01'),
        cap: dualCap.id,
        quantity: { amount: '5', unit: 'tonne' },
        conversion: toBarrels,
      },
    ];
    const r = capReport(dualCap, both);
    const p = r.periods[0];
    expect(p?.dimensions.map((d) => d.utilisation.toString())).toEqual(['1.16625', '1.25']);
    expect(p?.binding).toBe('tonne');
    expect(p?.utilisation.toString()).toBe('1.25');
    expect(p?.reached).toBe(true);
    expect(p?.exceeded).toBe(true);
    // The first entry alone: 10 barrels (25 %) and 1.25 tonnes (25 %): a tie keeps the first dimension.
    const first = capReport(dualCap, both.slice(0, 1)).periods[0];
    expect(first?.binding).toBe('barrel');
    expect(first?.reached).toBe(false);
    // 40 barrels that make 4 tonnes: the barrel limit is reached, the tonne limit not: the cap is reached.
    const barrelsOnly = capReport(dualCap, [
      { ...entry('f3', '40', '2018-02-01'), cap: dualCap.id, conversion: { ...toTonnes, multiplier: '0.1' } },
    ]).periods[0];
    expect(barrelsOnly?.dimensions.map((d) => d.utilisation.toString())).toEqual(['1', '0.8']);
    expect(barrelsOnly?.reached).toBe(true);
    expect(barrelsOnly?.exceeded).toBe(false);
  });

  it('gives the same dual-cap report from JSON and from parsed entries: conversions, aggregates over months', () => {
    const toTonnes = { from: 'barrel', to: 'tonne', multiplier: '0.125', source: 'test' };
    const entries = [
      {
        ...entry('j1', '8', '2018-01-20', { deliveredThrough: '2018-03-10' }),
        cap: dualCap.id,
        conversion: toTonnes,
      },
      { ...entry('j2', '2.5', '2018-02-01'), cap: dualCap.id, quantity: { amount: '2.5', unit: 'tonne' } },
      { ...entry('j3', '16', '2018-02-15'), cap: dualCap.id, conversion: [toTonnes] },
    ];
    const fromJson = capReport(dualCap, entries);
    const fromParsed = capReport(
      dualCap,
      entries.map((e) => LedgerEntrySchema.parse(e)),
    );
    expect(JSON.stringify(fromParsed)).toBe(JSON.stringify(fromJson));
    const p = fromJson.periods[0];
    expect(p?.dimensions.map((dim) => dim.total.amount.toFixed())).toEqual(['24', '5.5']);
    expect(p?.byMonth.map((g) => [g.key, g.entries, g.totals.map((t) => t.amount.toFixed())])).toEqual([
      ['2018-01/2018-03', 1, ['8', '1']],
      ['2018-02', 2, ['16', '4.5']],
    ]);
  });

  it('names the entries no factor converts, with the units it needs', () => {
    const r = capReport(dualCap, [
      { ...entry('g1', '3', '2018-02-01'), cap: dualCap.id, quantity: { amount: '3', unit: 'kilolitre' } },
    ]);
    expect(r.periods[0]?.notCounted).toEqual([
      {
        entryId: 'g1',
        reason: 'no-conversion',
        detail:
          'Reported in kilolitre; no factor converts it into barrel or tonne. Supply a cited conversion.',
      },
    ]);
    expect(r.periods[0]?.dimensions.map((d) => d.unknownBecause)).toEqual([['g1'], ['g1']]);
    expect(r.periods[0]?.utilisation).toBe('unknown');
    expect(r.periods[0]?.reached).toBe('unknown');
  });

  it('orders crossings of two dimensions by date, then by level', () => {
    const thresholds = [
      { fraction: dualCap.limits[0]?.amount.div(80), effect: 'notify' },
    ] as unknown as QuantityCap['thresholds'];
    const withThreshold = { ...dualCap, thresholds } as QuantityCap;
    const r = capReport(withThreshold, [
      { ...entry('h1', '5', '2018-02-01'), cap: dualCap.id, quantity: { amount: '5', unit: 'tonne' } },
      { ...entry('h2', '40', '2018-03-01'), cap: dualCap.id },
    ]);
    // The tonnes cross first, though the barrels are the first dimension.
    expect(r.periods[0]?.crossings.map((c) => [c.date, c.dimension, c.threshold.effect])).toEqual([
      ['2018-02-01', 'tonne', 'notify'],
      ['2018-02-01', 'tonne', 'limit'],
      ['2018-03-01', 'barrel', 'notify'],
      ['2018-03-01', 'barrel', 'limit'],
    ]);
  });
});

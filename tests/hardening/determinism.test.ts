// Reports, explanations and timelines serialise to byte-identical JSON whatever the order of the input lists.
// (Observations of one fact with the same `from` are ordered by list position by design, so the generators give
// each fact id distinct `from` dates; the caps permutation law on random ledgers is in tests/caps/properties.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dprk1718, dprk1718Input, refinedPetroleumLedger } from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { arbDatedCondition } from '../conditions/arbitraries.js';
import { arbDate } from '../helpers.js';
import { planInput, regime as reliefRegime } from '../relief/fixtures.js';

const json = (value: unknown) => JSON.stringify(value);
const d = api.parseDate;
const MIN = '2014-01-01';
const MAX = '2026-12-31';

/** A permutation of a list, from a list of random keys. */
function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map(({ item }) => item);
}
const arbKeys = fc.array(fc.integer(), { minLength: 1, maxLength: 60 });

interface EvidenceLists {
  readonly facts: api.FactObservation[];
  readonly events: api.EventRecord[];
  readonly coverage: api.CoverageRecord[];
}

/** Random evidence over the given fact ids (boolean or number values) and event kinds; distinct `from` per fact. */
function arbEvidenceLists(factIds: readonly string[], kinds: readonly string[]): fc.Arbitrary<EvidenceLists> {
  const facts = fc
    .array(
      fc.record({
        fact: fc.constantFrom(...factIds),
        from: arbDate(MIN, MAX),
        value: fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 9 })),
        span: fc.option(fc.nat({ max: 900 }), { nil: undefined }),
      }),
      { maxLength: 12 },
    )
    .map((list) =>
      list
        .filter((f, i) => list.findIndex((g) => g.fact === f.fact && g.from === f.from) === i)
        .map(
          ({ fact, from, value, span }, i): api.FactObservation => ({
            fact,
            from,
            value,
            ...(span === undefined ? {} : { until: api.addDays(from, span) }),
            source: `observer-${i}`,
          }),
        ),
    );
  // Events of one kind on one day may repeat, from different sources: their order must not matter either.
  const events = fc
    .array(fc.record({ kind: fc.constantFrom(...kinds), date: arbDate(MIN, MAX) }), { maxLength: 10 })
    .map((list) => list.map((e, i): api.EventRecord => ({ ...e, source: `source-${i}` })));
  const coverage = fc
    .array(
      fc.record({ kind: fc.constantFrom(...kinds), start: arbDate(MIN, MAX), days: fc.nat({ max: 2000 }) }),
      {
        maxLength: 6,
      },
    )
    .map((list) =>
      list.map(
        ({ kind, start, days }): api.CoverageRecord => ({ kind, start, end: api.addDays(start, days) }),
      ),
    );
  return fc.record({ facts, events, coverage });
}

function permute(evidence: EvidenceLists, keys: readonly number[]): EvidenceLists {
  return {
    facts: shuffled(evidence.facts, keys),
    events: shuffled(evidence.events, [...keys].reverse()),
    coverage: shuffled(
      evidence.coverage,
      keys.map((k) => -k),
    ),
  };
}

describe('determinism: byte-identical JSON whatever the input order', () => {
  it('evaluate (with explanation), evaluateCompact and truthOver, evidence lists shuffled (property)', () => {
    fc.assert(
      fc.property(
        arbDatedCondition,
        arbEvidenceLists(['level', 'open'], ['test']),
        arbKeys,
        arbDate('2017-06-01', '2021-06-30'),
        (condition, evidence, keys, at) => {
          const other = permute(evidence, keys);
          expect(json(api.evaluate(condition, other, { at }))).toBe(
            json(api.evaluate(condition, evidence, { at })),
          );
          expect(json(api.evaluateCompact(condition, other, { at }).explanation())).toBe(
            json(api.evaluate(condition, evidence, { at }).explanation),
          );
          const range = { from: d('2017-01-01'), to: d('2021-12-31') };
          expect(json(api.truthOver(condition, other, range))).toBe(
            json(api.truthOver(condition, evidence, range)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('evaluatePlan, planTimeline and measuresInForce with relief, evidence lists shuffled (property)', () => {
    const plan = api.ReliefPlanSchema.parse(planInput);
    fc.assert(
      fc.property(
        arbEvidenceLists(['verified', 'broader-conclusion'], ['endorsement', 'notification', 'continuation']),
        arbKeys,
        arbDate('2015-01-01', '2026-12-31'),
        (evidence, keys, at) => {
          const other = permute(evidence, keys);
          expect(json(api.evaluatePlan(plan, other, { at }))).toBe(
            json(api.evaluatePlan(plan, evidence, { at })),
          );
          const range = { from: d('2014-01-01'), to: d('2026-12-31') };
          expect(json(api.planTimeline(plan, other, range))).toBe(
            json(api.planTimeline(plan, evidence, range)),
          );
          const relief = (e: EvidenceLists) => ({ relief: [{ plan, evidence: e }] });
          expect(json(api.measuresInForce(reliefRegime, at, relief(other)))).toBe(
            json(api.measuresInForce(reliefRegime, at, relief(evidence))),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('measuresInForce, assessTransfer and regimeChanges, resolutions of the DPRK regime shuffled (property)', () => {
    fc.assert(
      fc.property(arbKeys, arbDate('2006-01-01', '2020-12-31'), (keys, on) => {
        const regime = api.RegimeSchema.parse({
          ...dprk1718Input,
          resolutions: shuffled(dprk1718Input.resolutions, keys),
        });
        expect(json(api.measuresInForce(regime, on))).toBe(json(api.measuresInForce(dprk1718, on)));
        const query = { commodity: 'refined-petroleum', direction: 'to-target', on } as const;
        expect(json(api.assessTransfer(regime, query))).toBe(json(api.assessTransfer(dprk1718, query)));
        expect(json(api.regimeChanges(regime))).toBe(json(api.regimeChanges(dprk1718)));
      }),
      { numRuns: 40 },
    );
  });

  it('capReport, compareBases and the accumulator on the bundled ledger, shuffled and split (property)', () => {
    const cap = dprk1718.resolutions
      .flatMap((r) => r.measures)
      .find((m) => m.id === 'dprk.refined-petroleum.cap') as api.QuantityCap;
    const options = { asOf: d('2019-12-31'), basis: ['reported', 'alleged', 'estimated'] } as const;
    const expected = json(api.capReport(cap, refinedPetroleumLedger, options));
    const expectedBases = json(api.compareBases(cap, refinedPetroleumLedger));
    fc.assert(
      fc.property(arbKeys, fc.nat(), (keys, cut) => {
        const ledger = shuffled(refinedPetroleumLedger, keys);
        expect(json(api.capReport(cap, ledger, options))).toBe(expected);
        expect(json(api.compareBases(cap, ledger))).toBe(expectedBases);
        const at = cut % (ledger.length + 1);
        const a = api.accumulate(api.createCapAccumulator(cap, options), ledger.slice(0, at));
        const b = api.accumulate(api.createCapAccumulator(cap, options), ledger.slice(at));
        expect(json(api.finishCapReport(api.mergeAccumulators(b, a)))).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

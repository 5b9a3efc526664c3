// Issue 13, "deliveries that vanish": the bundled refined-petroleum ledger with random correction graphs (corrects,
// retracts and supersedes between any entries, self-references and cycles included) keeps the conservation law,
// loses no delivery, and reports the same whatever the order, split or path (capReport, compareBases, accumulator).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dprk1718, refinedPetroleumLedger } from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { clonePlain } from './arbitraries.js';

const cap = dprk1718.resolutions
  .flatMap((r) => r.measures)
  .find((m) => m.id === 'dprk.refined-petroleum.cap') as api.QuantityCap;
const base = clonePlain(refinedPetroleumLedger as api.LedgerEntryInput[]);
const ids = base.map((e) => e.id);

type Link = readonly ['corrects' | 'retracts' | 'supersedes' | 'none', number, readonly number[]];

/** The ledger with each entry's links replaced as drawn. */
function relink(links: readonly Link[]): api.LedgerEntryInput[] {
  return base.map((entry, i) => {
    const [kind, first, more] = links[i] as Link;
    const { corrects: _c, retracts: _r, supersedes: _s, ...plain } = entry;
    if (kind === 'none') return entry;
    const targets = [...new Set([first, ...more].map((n) => ids[n % ids.length] as string))];
    if (kind === 'supersedes') return { ...plain, supersedes: targets };
    if (kind === 'corrects') return { ...plain, corrects: targets[0] as string };
    const { quantity: _q, conversion: _v, ...bare } = plain;
    return { ...bare, retracts: targets[0] as string } as api.LedgerEntryInput;
  });
}

const arbLinks = fc.array(
  fc.tuple(
    fc.constantFrom('corrects', 'retracts', 'supersedes', 'none', 'none'),
    fc.nat(),
    fc.array(fc.nat(), { maxLength: 3 }),
  ),
  { minLength: base.length, maxLength: base.length },
) as fc.Arbitrary<Link[]>;
const arbAsOf = fc.constantFrom(undefined, '2018-09-27', '2020-12-31', '2026-12-01');
const json = (x: unknown) => JSON.stringify(x);

describe('random correction graphs on the bundled ledger', () => {
  it('count, exclude with a reason, or supersede every entry once; every "by" chain ends (property)', () => {
    fc.assert(
      fc.property(arbLinks, arbAsOf, fc.nat(), (links, asOf, seed) => {
        const ledger = relink(links);
        const options = {
          basis: ['reported', 'alleged', 'estimated'] as const,
          ...(asOf === undefined ? {} : { asOf: api.parseDate(asOf) }),
        };
        const report = api.capReport(cap, ledger, options);
        const named = [
          ...report.notCounted,
          ...report.periods.flatMap((p) => p.notCounted),
          ...report.superseded,
        ].map((x) => x.entryId);
        const counted = report.periods.reduce((n, p) => n + p.counted, 0);
        expect(counted + named.length).toBe(ledger.length);
        expect(new Set(named).size).toBe(named.length);
        const by = new Map(report.superseded.map((s) => [s.entryId, s.by]));
        for (const start of by.keys()) {
          const seen = new Set<string>();
          for (let at: string | undefined = start; at !== undefined && by.has(at); at = by.get(at)) {
            expect(seen.has(at)).toBe(false);
            seen.add(at);
          }
        }
        const shuffled = [...ledger]
          .map((e, i) => ({ e, k: (i * 7919 + seed) % 104729 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.e);
        expect(json(api.capReport(cap, shuffled, options))).toBe(json(report));
        const cut = seed % (ledger.length + 1);
        const a = api.accumulate(api.createCapAccumulator(cap, options), shuffled.slice(0, cut));
        const b = api.accumulate(api.createCapAccumulator(cap, options), shuffled.slice(cut));
        expect(json(api.finishCapReport(api.mergeAccumulators(b, a)))).toBe(json(report));
        const bases = api.compareBases(
          cap,
          shuffled,
          asOf === undefined ? {} : { asOf: api.parseDate(asOf) },
        );
        expect(json(bases.alleged)).toBe(
          json(api.capReport(cap, ledger, { ...options, basis: ['alleged'] as const })),
        );
      }),
      { numRuns: 150 },
    );
  });
});

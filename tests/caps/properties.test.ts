import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accumulate,
  type CapReport,
  capReport,
  createCapAccumulator,
  finishCapReport,
  mergeAccumulators,
  parseDate,
} from '../../src/index.js';
import { arbLedger, options } from './arbitraries.js';
import { cap } from './fixtures.js';

const json = (report: CapReport) => JSON.stringify(report);

describe('capReport laws', () => {
  it('gives the same report for any permutation of the ledger (property)', () => {
    fc.assert(
      fc.property(arbLedger, options, fc.nat(), (ledger, opts, seed) => {
        const shuffled = [...ledger]
          .map((e, i) => ({ e, k: (i * 7919 + seed) % 104729 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.e);
        const o = { basis: opts.basis, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) };
        expect(json(capReport(cap, shuffled, o))).toBe(json(capReport(cap, ledger, o)));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same report however the ledger is split and merged (property)', () => {
    fc.assert(
      fc.property(
        arbLedger,
        options,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
        fc.boolean(),
        (ledger, opts, parts, leftFirst) => {
          const o = { basis: opts.basis, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) };
          const groups = [0, 1, 2, 3].map((g) => ledger.filter((_, i) => parts[i] === g));
          const accs = groups.map((g) => accumulate(createCapAccumulator(cap, o), g));
          const [a, b, c, d] = accs as [
            (typeof accs)[0],
            (typeof accs)[0],
            (typeof accs)[0],
            (typeof accs)[0],
          ];
          const merged = leftFirst
            ? mergeAccumulators(mergeAccumulators(mergeAccumulators(a, b), c), d)
            : mergeAccumulators(d, mergeAccumulators(c, mergeAccumulators(b, a)));
          expect(json(finishCapReport(merged))).toBe(json(capReport(cap, ledger, o)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('accounts for every entry exactly once: counted, not counted with a reason, or superseded (property)', () => {
    fc.assert(
      fc.property(arbLedger, options, (ledger, opts) => {
        const o = { basis: opts.basis, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) };
        const report = capReport(cap, ledger, o);
        const counted = report.periods.reduce((n, p) => n + p.counted, 0);
        const excluded =
          report.notCounted.length + report.periods.reduce((n, p) => n + p.notCounted.length, 0);
        expect(counted + excluded + report.superseded.length).toBe(ledger.length);
        expect(report.entries).toBe(ledger.length);
        const named = [
          ...report.notCounted,
          ...report.periods.flatMap((p) => p.notCounted),
          ...report.superseded,
        ].map((x) => x.entryId);
        expect(new Set(named).size).toBe(named.length);
      }),
      { numRuns: 200 },
    );
  });

  it('loses no delivery: every superseded entry leads, by "by", to an entry that is not superseded (property)', () => {
    fc.assert(
      fc.property(arbLedger, options, (ledger, opts) => {
        const o = { basis: opts.basis, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) };
        const report = capReport(cap, ledger, o);
        const by = new Map(report.superseded.map((s) => [s.entryId, s.by]));
        for (const start of by.keys()) {
          const seen = new Set<string>();
          let at: string | undefined = start;
          while (at !== undefined && by.has(at)) {
            expect(seen.has(at)).toBe(false);
            seen.add(at);
            at = by.get(at);
          }
          expect(ledger.some((e) => e.id === at)).toBe(true);
        }
        // A ledger whose only links are self-references and pairs that link each other (cycles, whatever the
        // bases and asOf) counts what it would count with no links at all.
        const targets = new Map(ledger.map((e) => [e.id, e.supersedes ?? [e.corrects ?? e.retracts].flat()]));
        const only = (id: string, ids: readonly string[]) => {
          const t = (targets.get(id) ?? []).filter((x) => x !== undefined);
          return t.length > 0 && t.every((x) => ids.includes(x));
        };
        const mutual = (id: string, t: string) =>
          only(id, [t, id]) && only(t, [id, t]) && (targets.get(t) ?? []).includes(id);
        const cyclic = (id: string) =>
          only(id, [id]) || (targets.get(id) ?? []).some((t) => t !== undefined && t !== id && mutual(id, t));
        if (ledger.every((e) => cyclic(e.id) || (!e.corrects && !e.retracts && !e.supersedes))) {
          const plain = ledger.map(({ corrects: _c, retracts: _r, supersedes: _s, ...rest }) => rest);
          // A fixed asOf: a retraction, counted or not, extends the report to its day.
          const fixed = { ...o, asOf: o.asOf ?? parseDate('2020-12-31') };
          const onlyDeliveries = plain.filter((e) => e.quantity !== undefined);
          expect(json(capReport(cap, ledger, fixed).periods as never)).toBe(
            json(capReport(cap, onlyDeliveries, fixed).periods as never),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sums each period exactly: the total equals the sum of reporter totals and of month totals (property)', () => {
    fc.assert(
      fc.property(arbLedger, (ledger) => {
        const report = capReport(cap, ledger, { basis: ['reported', 'alleged', 'estimated'] });
        for (const p of report.periods) {
          const total = p.dimensions[0]?.total.amount;
          const byReporter = p.byReporter.reduce(
            (s, g) => s.plus(g.totals[0]?.amount ?? 0),
            total?.minus(total) ?? (undefined as never),
          );
          const byMonth = p.byMonth.reduce(
            (s, g) => s.plus(g.totals[0]?.amount ?? 0),
            total?.minus(total) ?? (undefined as never),
          );
          expect(byReporter.eq(total as never)).toBe(true);
          expect(byMonth.eq(total as never)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accumulate,
  type CapReport,
  capReport,
  createCapAccumulator,
  finishCapReport,
  type LedgerEntryInput,
  mergeAccumulators,
  parseDate,
} from '../../src/index.js';
import { cap } from './fixtures.js';

const arbLedger: fc.Arbitrary<LedgerEntryInput[]> = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 900 }),
      span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
      reportedLag: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      amount: fc.stringMatching(/^(0|[1-9]\d{0,2})(\.\d{1,6})?$/),
      unit: fc.constantFrom('barrel', 'barrel', 'barrel', 'tonne'),
      factor: fc.boolean(),
      reporter: fc.constantFrom('CHN', 'RUS', 'USA', 'UN-PoE'),
      basis: fc.constantFrom('reported', 'reported', 'alleged', 'estimated'),
      // Links to any entry, itself and later ones included: self-references, mutual corrections and cycles.
      link: fc.option(
        fc.tuple(
          fc.constantFrom('corrects', 'retracts', 'supersedes'),
          fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        ),
        { nil: undefined, freq: 3 },
      ),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map((row, i): LedgerEntryInput => {
      const start = new Date(Date.UTC(2017, 11, 1) + row.day * 86_400_000);
      const through = new Date(start.getTime() + row.span * 86_400_000);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      const entry: LedgerEntryInput = {
        id: `entry-${i}`,
        cap: cap.id,
        delivered: iso(start),
        ...(row.span > 0 ? { deliveredThrough: iso(through) } : {}),
        ...(row.reportedLag === undefined
          ? {}
          : { reported: iso(new Date(through.getTime() + row.reportedLag * 86_400_000)) }),
        quantity: { amount: row.amount, unit: row.unit },
        ...(row.unit === 'tonne' && row.factor
          ? { conversion: { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'test' } }
          : {}),
        reporter: row.reporter,
        basis: row.basis as LedgerEntryInput['basis'],
        source: { document: 'generated' },
      };
      if (row.link === undefined) return entry;
      const targets = [...new Set(row.link[1].map((n) => `entry-${n % rows.length}`))];
      if (row.link[0] === 'supersedes') return { ...entry, supersedes: targets };
      const target = targets[0] as string;
      if (row.link[0] === 'corrects') return { ...entry, corrects: target };
      const { quantity: _q, conversion: _c, ...rest } = entry;
      return { ...rest, retracts: target };
    }),
  );

const options = fc.record({
  asOf: fc.option(
    fc
      .integer({ min: 0, max: 1000 })
      .map((n) => parseDate(new Date(Date.UTC(2017, 11, 1) + n * 86_400_000).toISOString().slice(0, 10))),
    { nil: undefined },
  ),
  basis: fc.subarray(['reported', 'alleged', 'estimated'] as const, { minLength: 1 }),
});

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

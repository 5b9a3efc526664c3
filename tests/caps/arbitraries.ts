// Random ledgers for the cap's laws (properties.test.ts) and for its portable states (state.test.ts).
import fc from 'fast-check';
import { type LedgerEntryInput, parseDate } from '../../src/index.js';
import { cap } from './fixtures.js';

/** Up to 40 entries: aggregates, late reports, conversions, four reporters, three bases, and links of every kind. */
export const arbLedger: fc.Arbitrary<LedgerEntryInput[]> = fc
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

/** asOf (or none) and a non-empty basis. */
export const options = fc.record({
  asOf: fc.option(
    fc
      .integer({ min: 0, max: 1000 })
      .map((n) => parseDate(new Date(Date.UTC(2017, 11, 1) + n * 86_400_000).toISOString().slice(0, 10))),
    { nil: undefined },
  ),
  basis: fc.subarray(['reported', 'alleged', 'estimated'] as const, { minLength: 1 }),
});

// Properties of the text formatters: on any valid result of the library they return text and never throw, and every
// line fits the width asked for, unless it holds a single word too long for any line (an id, a URL: never cut).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dprk1718, iran2231, jcpoaEvidence, jcpoaPlan } from '../../src/data/index.js';
import {
  formatCapReport,
  formatExplanation,
  formatMeasures,
  formatPlanEvaluation,
  formatTimeline,
  formatTransfer,
} from '../../src/format/index.js';
import { textLength, wrap } from '../../src/format/text.js';
import {
  assessTransfer,
  capReport,
  commodities,
  evaluate,
  evaluatePlan,
  type LedgerEntryInput,
  measuresInForce,
  planTimeline,
  regimeChanges,
} from '../../src/index.js';
import { cap, dualCap } from '../caps/fixtures.js';
import { arbDatedCondition, arbEvidence } from '../conditions/arbitraries.js';
import { arbDate } from '../helpers.js';

const arbOptions = fc.record({
  width: fc.integer({ min: 20, max: 140 }),
  locale: fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ar-EG', 'hi-IN', 'ja-JP'),
});

/** Lines longer than the width, other than one indented word (words are split at ASCII spaces only: a number
 * grouped with a no-break space, as in fr-FR, is one word). */
function overflowing(text: string, width: number): string[] {
  return text.split('\n').filter((line) => textLength(line) > width && /[^ ] +[^ ]/.test(line.trim()));
}

const arbLedger: fc.Arbitrary<LedgerEntryInput[]> = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 900 }),
      span: fc.integer({ min: 0, max: 40 }),
      amount: fc.stringMatching(/^(0|[1-9]\d{0,6})(\.\d{1,6})?$/),
      unit: fc.constantFrom('barrel', 'barrel', 'tonne'),
      factor: fc.boolean(),
      reporter: fc.constantFrom('CHN', 'RUS', 'USA', 'UN-PoE'),
      basis: fc.constantFrom('reported', 'alleged', 'estimated'),
      corrects: fc.option(fc.nat(), { nil: undefined, freq: 4 }),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map((row, i): LedgerEntryInput => {
      const start = new Date(Date.UTC(2017, 11, 1) + row.day * 86_400_000);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      return {
        id: `entry-${i}`,
        cap: i % 7 === 6 ? 'other.cap' : cap.id,
        delivered: iso(start),
        ...(row.span > 0 ? { deliveredThrough: iso(new Date(start.getTime() + row.span * 86_400_000)) } : {}),
        quantity: { amount: row.amount, unit: row.unit },
        ...(row.unit === 'tonne' && row.factor
          ? { conversion: { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'test' } }
          : {}),
        reporter: row.reporter,
        basis: row.basis as LedgerEntryInput['basis'],
        source: { document: 'generated' },
        ...(row.corrects === undefined ? {} : { corrects: `entry-${row.corrects % rows.length}` }),
      };
    }),
  );

describe('text formatters (properties)', () => {
  it('wrap keeps every word, in order, and fits the width unless a word alone does not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9.,()-]{1,30}$/), { maxLength: 40 }),
        fc.integer({ min: 20, max: 100 }),
        fc.nat({ max: 60 }),
        fc.nat({ max: 60 }),
        (words, width, indent, hang) => {
          const lines = wrap(words.join(' '), width, indent, hang);
          expect(
            lines
              .join(' ')
              .split(/ +/)
              .filter((w) => w !== ''),
          ).toEqual(words);
          expect(overflowing(lines.join('\n'), width)).toEqual([]);
        },
      ),
    );
  });

  it('formatCapReport never throws on a valid report and respects the width', () => {
    fc.assert(
      fc.property(
        arbLedger,
        fc.option(arbDate('2017-06-01', '2021-01-01'), { nil: undefined }),
        fc.subarray(['reported', 'alleged', 'estimated'] as const, { minLength: 1 }),
        fc.boolean(),
        arbOptions,
        (ledger, asOf, basis, dual, options) => {
          const measure = dual ? dualCap : cap;
          const entries = ledger.map((e) => (e.cap === cap.id ? { ...e, cap: measure.id } : e));
          const report = capReport(measure, entries, { ...(asOf === undefined ? {} : { asOf }), basis });
          const text = formatCapReport(report, options);
          expect(text.startsWith(`Cap ${measure.id}`)).toBe(true);
          expect(overflowing(text, options.width)).toEqual([]);
          for (const p of report.periods) {
            if (p.utilisationPercent === 'unknown') expect(text).toMatch(/utilisation\s+unknown/);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('formatExplanation never throws on a valid explanation and respects the width', () => {
    fc.assert(
      fc.property(
        arbDatedCondition,
        arbEvidence,
        arbDate('2017-06-01', '2021-06-30'),
        arbOptions,
        (c, e, at, o) => {
          const result = evaluate(c, e, { at });
          const text = formatExplanation(result, o);
          const firstNode = text.replace(/\n */g, ' ').split(`: ${result.truth}`)[0] ?? '';
          expect(
            firstNode.includes(': met') || firstNode.includes(': unmet') || firstNode.includes(': unknown'),
          ).toBe(false);
          expect(overflowing(text, o.width)).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('formatMeasures, formatTransfer and formatTimeline never throw on the bundled regimes and respect the width', () => {
    const ids = Object.keys(commodities) as (keyof typeof commodities)[];
    fc.assert(
      fc.property(
        fc.constantFrom(dprk1718, iran2231),
        arbDate('2005-01-01', '2026-12-31'),
        fc.constantFrom(...ids),
        fc.constantFrom('to-target', 'from-target' as const),
        arbOptions,
        (regime, on, commodity, direction, options) => {
          for (const text of [
            formatMeasures(measuresInForce(regime, on), options),
            formatTransfer(assessTransfer(regime, { commodity, direction, on }), options),
            formatTimeline(regimeChanges(regime, { from: '2005-01-01', to: on }), options),
          ])
            expect(overflowing(text, options.width)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('formatPlanEvaluation and formatTimeline never throw on the JCPOA plan on any day and respect the width', () => {
    fc.assert(
      fc.property(arbDate('2015-01-01', '2026-12-31'), arbOptions, (at, options) => {
        const texts = [
          formatPlanEvaluation(evaluatePlan(jcpoaPlan, jcpoaEvidence, { at }), options),
          formatTimeline(planTimeline(jcpoaPlan, jcpoaEvidence, { from: '2015-01-01', to: at }), options),
          formatMeasures(
            measuresInForce(iran2231, at, { relief: [{ plan: jcpoaPlan, evidence: jcpoaEvidence }] }),
            options,
          ),
        ];
        for (const text of texts) expect(overflowing(text, options.width)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

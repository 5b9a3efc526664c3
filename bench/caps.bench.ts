// capReport over 1,000,000 synthetic ledger entries (ten years, a dozen reporters, decimal strings with up to six
// decimals, shuffled dates), against a hand-written decimal.js loop that parses and sums the same entries per period
// (the decimal.js floor) and a bigint fixed-point loop (the practical limit). Extra rows: the streaming
// accumulator's memory on the same input from a generator.
import { Decimal } from 'decimal.js';
import {
  accumulate,
  capReport,
  createCapAccumulator,
  finishCapReport,
  type LedgerEntryInput,
  MeasureSchema,
  type QuantityCap,
} from '../src/index.js';
import {
  type BenchRow,
  type BenchSuite,
  fromMicros,
  randomAmount,
  seededRandom,
  toMicros,
} from './harness.js';

const N = 1_000_000;
const REPORTERS = ['CHN', 'RUS', 'USA', 'JPN', 'KOR', 'FRA', 'GBR', 'DEU', 'IND', 'BRA', 'ZAF', 'UN-PoE'];

export const cap = MeasureSchema.parse({
  kind: 'quantity-cap',
  id: 'bench.cap',
  summary: 'bench',
  citations: [{ resolution: 1, paragraph: '1' }],
  effective: { start: '2018-01-01' },
  confidence: 'confirmed',
  commodity: 'refined-petroleum',
  direction: 'to-target',
  limits: [{ amount: '500000000000', unit: 'barrel' }],
  period: { kind: 'recurring', anchor: '2018-01-01', every: 'P12M' },
  thresholds: [
    { fraction: '0.75', effect: 'notify' },
    { fraction: '0.9', effect: 'notify' },
    { fraction: '0.95', effect: 'cease' },
  ],
}) as QuantityCap;

export function* entries(count: number, seed: number): Generator<LedgerEntryInput> {
  const random = seededRandom(seed);
  const start = Date.UTC(2018, 0, 1);
  for (let i = 0; i < count; i += 1) {
    const day = Math.floor(random() * 3652);
    yield {
      id: `e${i}`,
      cap: 'bench.cap',
      delivered: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
      quantity: { amount: randomAmount(random), unit: 'barrel' },
      reporter: REPORTERS[Math.floor(random() * REPORTERS.length)] as string,
      basis: 'reported',
      source: { document: 'synthetic' },
    };
  }
}

export default function suite(): BenchSuite {
  const ledger = [...entries(N, 42)];
  const Dec = Decimal.clone({
    precision: 100,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpPos: 9e15,
    toExpNeg: -9e15,
  });

  const library = () => capReport(cap, ledger, { asOf: '2027-12-31' as never });
  const decimalLoop = () => {
    const totals = new Map<string, Decimal>();
    for (const e of ledger) {
      const year = e.delivered.slice(0, 4);
      totals.set(year, (totals.get(year) ?? new Dec(0)).plus(e.quantity?.amount as string));
    }
    return totals;
  };
  const bigintLoop = () => {
    const totals = new Map<string, bigint>();
    for (const e of ledger) {
      const year = e.delivered.slice(0, 4);
      totals.set(year, (totals.get(year) ?? 0n) + toMicros(e.quantity?.amount as string));
    }
    return totals;
  };

  return {
    name: 'capReport over 1,000,000 ledger entries',
    baseline: 'decimal.js loop: parse and sum per period',
    iterations: 5,
    check: () => {
      const report = library();
      const dec = decimalLoop();
      const big = bigintLoop();
      for (const p of report.periods) {
        const year = p.period.start.slice(0, 4);
        const total = p.dimensions[0]?.total.amount.toFixed();
        if (total !== dec.get(year)?.toFixed() || total !== fromMicros(big.get(year) ?? 0n)) {
          throw new Error(`totals disagree for ${year}`);
        }
      }
    },
    cases: [
      { name: 'sanctions-regime capReport (JSON entries)', fn: library },
      { name: 'decimal.js loop: parse and sum per period', fn: decimalLoop },
      { name: 'bigint fixed-point loop (10^6) per period', fn: bigintLoop },
    ],
    extra: (): BenchRow[] => {
      const mb = (bytes: number) => Number((bytes / 1024 / 1024).toPrecision(4));
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      // The JS heap and the typed arrays' buffers (outside the heap) together.
      const used = () => {
        const m = process.memoryUsage();
        return m.heapUsed + m.arrayBuffers;
      };
      const before = used();
      let peak = before;
      function* sampled() {
        let i = 0;
        for (const e of entries(N, 43)) {
          i += 1;
          if (i % 50_000 === 0) peak = Math.max(peak, used());
          yield e;
        }
      }
      const started = performance.now();
      const acc = accumulate(createCapAccumulator(cap), sampled());
      peak = Math.max(peak, used());
      const report = finishCapReport(acc);
      peak = Math.max(peak, used());
      gc?.();
      const retained = used() - before;
      const elapsed = performance.now() - started;
      if (report.entries !== N || acc.entries !== N) throw new Error('lost entries');
      return [
        {
          suite: 'capReport over 1,000,000 ledger entries',
          case: 'streaming accumulator from a generator: peak heap growth',
          unit: 'MB',
          median: mb(peak - before),
          baseline: null,
          ratioToBaseline: null,
        },
        {
          suite: 'capReport over 1,000,000 ledger entries',
          case: 'streaming accumulator: bytes per entry kept (heap and buffers after the report, GC run)',
          unit: 'B',
          median: Math.round(retained / N),
          baseline: null,
          ratioToBaseline: null,
        },
        {
          suite: 'capReport over 1,000,000 ledger entries',
          case: 'streaming accumulator from a generator: time (one run, incl. generating)',
          unit: 'ms',
          median: Number(elapsed.toPrecision(4)),
          baseline: null,
          ratioToBaseline: null,
        },
      ];
    },
  };
}

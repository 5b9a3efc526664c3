// capReport over 1,000,000 synthetic ledger entries (ten years, a dozen reporters, decimal strings with up to six
// decimals, shuffled dates), against a hand-written decimal.js loop that parses and sums the same entries per period
// (the decimal.js floor) and a bigint fixed-point loop (the practical limit). Extra rows: the streaming
// accumulator's memory on the same input from a generator (in a fresh process), and the same ledger reported from
// two worker threads' serialised states.
import { spawnSync } from 'node:child_process';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { capReport } from '../src/index.js';
import { type BenchRow, type BenchSuite, fromMicros, toMicros } from './harness.js';
import { cap, entries, reportInThreads } from './ledger.js';

const N = 1_000_000;

/**
 * Full (mark-compact) collections that began during each case's calls, per call, over `rounds` alternating rounds.
 * Over this ledger's heap one costs about 0.2 s, and a case's time depends on how many land in it: the row reads
 * the spread of the ratios.
 */
async function fullCollectionsPerCall(
  cases: Readonly<Record<string, () => unknown>>,
  rounds: number,
): Promise<Record<string, number>> {
  const started: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        started.push(entry.startTime);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const calls: [string, number, number][] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, fn] of Object.entries(cases)) {
      const start = performance.now();
      fn();
      calls.push([name, start, performance.now()]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  // The observer hears of a collection after it: wait for the last.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const counts: Record<string, number> = {};
  for (const [name, start, end] of calls) {
    const during = started.filter((t) => t >= start && t <= end).length;
    counts[name] = (counts[name] ?? 0) + during / rounds;
  }
  return counts;
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
  const inTwoThreads = () => reportInThreads(N, 42, 2, { asOf: '2027-12-31' });
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
    extra: async (): Promise<BenchRow[]> => {
      const row = (name: string, unit: string, value: number): BenchRow => ({
        suite: 'capReport over 1,000,000 ledger entries',
        case: name,
        unit,
        median: Number(value.toPrecision(4)),
        baseline: null,
        ratioToBaseline: null,
      });
      // Memory, in a fresh process: an accumulator keeping its entries, then an append-only one over a feed in
      // delivery order (whose report the probe checks against the other kind's).
      const measure = (...args: string[]) => {
        const child = spawnSync(
          process.execPath,
          [
            '--expose-gc',
            '--import',
            new URL('./loader.mjs', import.meta.url).href,
            fileURLToPath(new URL('./stream-memory.ts', import.meta.url)),
            ...args,
          ],
          { encoding: 'utf8' },
        );
        if (child.status !== 0) throw new Error(`stream-memory.ts failed: ${child.stderr}`);
        return JSON.parse(child.stdout) as { peakMB: number; bytesPerEntry: number; elapsed: number };
      };
      const memory = measure();
      const appendOnly = measure('append-only');
      // Two worker threads, half the ledger each, their states serialised, merged and finished: the report must be
      // the single-thread one.
      const single = JSON.stringify(library());
      const times: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const started = performance.now();
        const report = await inTwoThreads();
        times.push(performance.now() - started);
        if (JSON.stringify(report) !== single) throw new Error('the two-thread report differs');
      }
      const median = [...times].sort((a, b) => a - b)[1] as number;
      const collections = await fullCollectionsPerCall({ capReport: library, decimalLoop }, 6);
      return [
        row('streaming accumulator from a generator: peak heap growth', 'MB', memory.peakMB),
        row(
          'streaming accumulator: bytes kept per entry (heap and buffers, after GC)',
          'B',
          memory.bytesPerEntry,
        ),
        row('streaming accumulator from a generator: time (one run, incl. generating)', 'ms', memory.elapsed),
        row('append-only accumulator, feed in delivery order: peak heap growth', 'MB', appendOnly.peakMB),
        row(
          'append-only accumulator: bytes kept per entry (heap and buffers, after GC)',
          'B',
          appendOnly.bytesPerEntry,
        ),
        row('append-only accumulator: time (one run, incl. generating)', 'ms', appendOnly.elapsed),
        row(
          'two worker threads (each generates and accumulates half), states serialised, merged, finished: median of 3',
          'ms',
          median,
        ),
        row(
          'full collections per call, 6 alternating rounds: capReport',
          'count',
          collections.capReport as number,
        ),
        row(
          'full collections per call, 6 alternating rounds: decimal.js loop',
          'count',
          collections.decimalLoop as number,
        ),
      ];
    },
  };
}

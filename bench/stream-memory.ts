// Run by caps.bench.ts in a fresh process (node --expose-gc --import ./bench/loader.mjs bench/stream-memory.ts), so
// that no other suite's heap or garbage is counted: the streaming accumulator's peak memory over 10^6 entries from a
// generator, the JS heap and the typed arrays' buffers together, and what it keeps per entry. Prints JSON.
// With the argument `append-only`: the same over a feed in delivery order, with { appendOnly: true }, and its report
// checked against the report of an accumulator that keeps its entries (after the measurement).
import { accumulate, capReport, createCapAccumulator, finishCapReport } from '../src/index.js';
import { cap, entries, entriesInOrder } from './ledger.js';

const appendOnly = process.argv[2] === 'append-only';
const feed = appendOnly ? entriesInOrder : entries;

const N = 1_000_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
gc();
const before = used();
let peak = before;
function* sampled() {
  let i = 0;
  for (const e of feed(N, 43)) {
    i += 1;
    if (i % 50_000 === 0) peak = Math.max(peak, used());
    yield e;
  }
}
const started = performance.now();
const acc = accumulate(createCapAccumulator(cap, { appendOnly }), sampled());
peak = Math.max(peak, used());
const report = finishCapReport(acc);
peak = Math.max(peak, used());
const elapsed = performance.now() - started;
if (report.entries !== N || acc.entries !== N) throw new Error('lost entries');
// Buffers freed by a collection are released by a background sweeper: without the pause and the second collection,
// some runs counted buffers already dropped (10 to 15 bytes an entry more, at random).
gc();
await new Promise((resolve) => setTimeout(resolve, 100));
gc();
const kept = used() - before;
if (appendOnly && JSON.stringify(report) !== JSON.stringify(capReport(cap, feed(N, 43))))
  throw new Error('the append-only report differs');
console.log(JSON.stringify({ peakMB: (peak - before) / 1024 / 1024, bytesPerEntry: kept / N, elapsed }));

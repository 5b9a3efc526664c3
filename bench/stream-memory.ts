// Run by caps.bench.ts in a fresh process (node --expose-gc --import tsx bench/stream-memory.ts), so that no other
// suite's heap or garbage is counted: the streaming accumulator's peak memory over 10^6 entries from a generator,
// the JS heap and the typed arrays' buffers together, and what it keeps per entry. Prints JSON.
import { accumulate, createCapAccumulator, finishCapReport } from '../src/index.js';
import { cap, entries } from './ledger.js';

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
const elapsed = performance.now() - started;
if (report.entries !== N || acc.entries !== N) throw new Error('lost entries');
gc();
const kept = used() - before;
console.log(JSON.stringify({ peakMB: (peak - before) / 1024 / 1024, bytesPerEntry: kept / N, elapsed }));

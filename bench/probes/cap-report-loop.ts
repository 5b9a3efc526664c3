// capReport over the caps benchmark's 1,000,000 entries, six times: a probe for profiling, not a suite.
//   node --cpu-prof --cpu-prof-dir=prof --import ./bench/loader.mjs bench/probes/cap-report-loop.ts
import { capReport, parseDate } from '../../src/index.js';
import { cap, entries } from '../ledger.js';

const ledger = [...entries(1_000_000, 42)];
for (let run = 0; run < 6; run += 1) {
  const start = performance.now();
  capReport(cap, ledger, { asOf: parseDate('2027-12-31') });
  console.log(`${(performance.now() - start).toFixed(0)} ms`);
}

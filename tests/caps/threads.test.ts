// Issue 17: a ledger split across two worker threads, each accumulating its half and posting its serialised state,
// merges to the report a single thread gives, byte for byte (the benchmark does the same with 10^6 entries).
import { describe, expect, it } from 'vitest';
import { cap, entries, reportInThreads } from '../../bench/ledger.js';
import { capReport } from '../../src/index.js';

describe('states from worker threads', () => {
  it('merge to the single-thread report', async () => {
    const count = 20_000;
    const options = { asOf: '2027-12-31' } as const;
    const single = capReport(cap, entries(count, 7), options);
    const threaded = await reportInThreads(count, 7, 2, options);
    expect(threaded.entries).toBe(count);
    expect(single.periods.length).toBeGreaterThan(5);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(single));
  }, 60_000);
});

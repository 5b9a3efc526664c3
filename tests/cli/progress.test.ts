// Progress on a terminal, in full: every step of reading and counting a ledger of 100,001 entries, CSV or JSON, each
// ending on the whole count, then cleared.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const work = mkdtempSync(join(tmpdir(), 'sanctions-regime-progress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CAP = 'dprk.refined-petroleum.cap';
const ROWS = 100_001;

const steps = (what: string) => [
  ...Array.from(
    { length: 10 },
    (_, i) => `\r${((i + 1) * 10_000).toLocaleString('en-US')} of 100,001 ${what}\x1b[K`,
  ),
  `\r100,001 of 100,001 ${what}\x1b[K`,
];
const progressOf = (ledger: string, basis = 'reported') => {
  const written: string[] = [];
  const result = run(['cap-report', 'dprk-1718', CAP, '--ledger', ledger, '--basis', basis, '-f', 'csv'], {
    stderrIsTTY: true,
    writeProgress: (t) => written.push(t),
  });
  expect(result.exitCode).toBe(0);
  return written;
};

describe('progress while reading and counting a large ledger', () => {
  it('CSV: every 10,000 rows read, the last row, every chunk counted, then cleared', () => {
    const csv = join(work, 'large.csv');
    writeFileSync(
      csv,
      [
        'id,cap,delivered,amount,unit,reporter,basis,source',
        ...Array.from({ length: ROWS }, (_, i) => `e${i},${CAP},2018-03-01,1,barrel,CHN,reported,n`),
      ].join('\n'),
    );
    expect(progressOf(csv, 'reported,estimated')).toEqual([
      ...steps('entries read'),
      ...steps('entries counted (reported)'),
      '\r\x1b[K',
    ]);
  }, 120_000);

  it('JSON: the same steps, the last entry read included', () => {
    const json = join(work, 'large.json');
    writeFileSync(
      json,
      JSON.stringify(
        Array.from({ length: ROWS }, (_, i) => ({
          id: `e${i}`,
          cap: CAP,
          delivered: '2018-03-01',
          quantity: { amount: '1', unit: 'barrel' },
          reporter: 'CHN',
          basis: 'reported',
          source: { document: 'n' },
        })),
      ),
    );
    expect(progressOf(json)).toEqual([
      ...steps('entries read'),
      ...steps('entries counted (reported)'),
      '\r\x1b[K',
    ]);
  }, 120_000);
});

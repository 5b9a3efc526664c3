// The synthetic ledger of the caps benchmark: ten years of deliveries against a 500-billion-barrel annual cap (so no
// limit stops the sums), a dozen reporters, decimal strings with up to six decimals, shuffled dates. Deterministic
// for a seed, so worker threads can each generate their share.
import { Worker } from 'node:worker_threads';
import {
  type CapReport,
  type CapReportOptions,
  deserializeAccumulator,
  finishCapReport,
  type LedgerEntryInput,
  MeasureSchema,
  mergeAccumulators,
  type QuantityCap,
} from '../src/index.js';
import { randomAmount, seededRandom } from './harness.js';

const REPORTERS = ['CHN', 'RUS', 'USA', 'JPN', 'KOR', 'FRA', 'GBR', 'DEU', 'IND', 'BRA', 'ZAF', 'UN-PoE'];

/** The capped measure. */
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

/**
 * `count` entries from `seed`: on shuffled days, or `inOrder` (ten years, evenly, as a feed an append-only
 * accumulator reads, with ids in an order unrelated to the days).
 */
function* generate(count: number, seed: number, inOrder: boolean): Generator<LedgerEntryInput> {
  const random = seededRandom(seed);
  const start = Date.UTC(2018, 0, 1);
  for (let i = 0; i < count; i += 1) {
    const day = inOrder ? Math.floor((i * 3652) / count) : Math.floor(random() * 3652);
    yield {
      id: inOrder ? `f${Math.imul(i + 1, 0x9e3779b1) >>> 0}` : `e${i}`,
      cap: 'bench.cap',
      delivered: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
      quantity: { amount: randomAmount(random), unit: 'barrel' },
      reporter: REPORTERS[Math.floor(random() * REPORTERS.length)] as string,
      basis: 'reported',
      source: { document: 'synthetic' },
    };
  }
}

/** `count` entries from `seed`, on shuffled days. */
export const entries = (count: number, seed: number): Generator<LedgerEntryInput> =>
  generate(count, seed, false);

/** `count` entries from `seed` in delivery order, as a feed an append-only accumulator reads. */
export const entriesInOrder = (count: number, seed: number): Generator<LedgerEntryInput> =>
  generate(count, seed, true);

/**
 * The report of `entries(count, seed)` computed in `threads` worker threads, each accumulating its share
 * (accumulate-worker.ts) and posting its state as JSON; the states are read back, merged and finished here.
 */
export async function reportInThreads(
  count: number,
  seed: number,
  threads: number,
  options: CapReportOptions = {},
): Promise<CapReport> {
  const share = Math.ceil(count / threads);
  const texts = await Promise.all(
    Array.from(
      { length: threads },
      (_, k) =>
        new Promise<string>((resolve, reject) => {
          const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), {
            workerData: {
              script: new URL('./accumulate-worker.ts', import.meta.url).href,
              count,
              seed,
              from: k * share,
              to: (k + 1) * share,
              options,
            },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const states = texts.map((text) => deserializeAccumulator(JSON.parse(text), cap));
  return finishCapReport(states.reduce((a, b) => mergeAccumulators(a, b)));
}

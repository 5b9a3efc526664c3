// A worker thread that accumulates its share of the synthetic ledger (entries `from` to `to` of `entries(count,
// seed)`) and posts its accumulator's portable state as JSON text: the map side of a map-reduce over threads.
import { parentPort, workerData } from 'node:worker_threads';
import {
  accumulate,
  type CapReportOptions,
  createCapAccumulator,
  serializeAccumulator,
} from '../src/index.js';
import { cap, entries } from './ledger.js';

const { count, seed, from, to, options } = workerData as {
  count: number;
  seed: number;
  from: number;
  to: number;
  options: CapReportOptions;
};

function* share() {
  let i = 0;
  for (const entry of entries(count, seed)) {
    if (i >= from && i < to) yield entry;
    i += 1;
  }
}

const acc = accumulate(createCapAccumulator(cap, options), share());
parentPort?.postMessage(JSON.stringify(serializeAccumulator(acc)));

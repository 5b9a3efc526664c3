// Explained evaluation in the harness's loop (bench/run.ts: interleaved rounds, blocks of about 50 ms), beside
// json-logic-js only or beside the conditions suite's heavy cases too (json-rules-engine, evidence indexed per call):
// a probe for how much the company a case keeps in one process moves its time. Prints the medians, the ratio to
// json-logic-js, and the full (mark-compact) collections seen during the timed rounds. One mode per process:
//   node --import ./bench/loader.mjs bench/probes/explained-with-peers.ts pair
//   node --import ./bench/loader.mjs bench/probes/explained-with-peers.ts suite
import { constants, PerformanceObserver } from 'node:perf_hooks';
import suiteOf from '../conditions.bench.js';

const mode = process.argv[2] === 'suite' ? 'suite' : 'pair';
const suite = await suiteOf();
const named = (part: string) => {
  const found = suite.cases.find((c) => c.name.includes(part));
  if (found === undefined) throw new Error(`no case named like ${part}`);
  return found;
};
const explained = named('with explanation');
const baseline = named('json-logic-js');
const cases =
  mode === 'pair'
    ? [explained, baseline]
    : [explained, baseline, named('raw evidence'), named('json-rules-engine')];

// Entries arrive after the collection, so each is matched to the timed rounds by its start time.
const majorStarts: number[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorStarts.push(entry.startTime);
  }
});
observer.observe({ entryTypes: ['gc'] });

const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
const blocks = new Map<string, number>(cases.map((c) => [c.name, 1]));
const warmup = 2;
let timedFrom = 0;
for (let round = 0; round < warmup + 40; round += 1) {
  if (round === warmup) timedFrom = performance.now();
  for (let k = 0; k < cases.length; k += 1) {
    const c = cases[(round + k) % cases.length] as (typeof cases)[number];
    const block = blocks.get(c.name) as number;
    const start = performance.now();
    for (let b = 0; b < block; b += 1) await c.fn();
    const each = (performance.now() - start) / block;
    if (round >= warmup) times.get(c.name)?.push(each);
    else blocks.set(c.name, Math.max(1, Math.ceil(50 / Math.max(each, 0.001))));
  }
}
const timedTo = performance.now();
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
const ours = times.get(explained.name) as number[];
const theirs = times.get(baseline.name) as number[];
setTimeout(() => {
  observer.disconnect();
  const fullCollections = majorStarts.filter((t) => t >= timedFrom && t <= timedTo).length;
  console.log(
    `${mode}: explained ${median(ours).toFixed(3)} ms, json-logic-js ${median(theirs).toFixed(3)} ms, ratio ${median(
      ours.map((t, i) => t / (theirs[i] as number)),
    ).toFixed(3)}, full collections ${fullCollections}`,
  );
}, 50);

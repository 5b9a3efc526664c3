// Explained evaluation in the harness's loop (bench/run.ts: interleaved rounds, blocks of about 50 ms), beside
// json-logic-js only or beside the conditions suite's heavy cases too (json-rules-engine, evidence indexed per call):
// a probe for how much the company a case keeps in one process moves its time. Prints the medians, the ratio to
// json-logic-js, and the full (mark-compact) collections seen during the timed rounds. One mode per process:
//   node --import ./bench/loader.mjs bench/probes/explained-with-peers.ts pair
//   node --import ./bench/loader.mjs bench/probes/explained-with-peers.ts suite
import { constants, PerformanceObserver } from 'node:perf_hooks';
import suiteOf from '../conditions.bench.js';
import { timeRounds } from '../harness.js';

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

const warmup = 2;
let timedFrom = 0;
const times = await timeRounds(cases, warmup, 40, (round) => {
  if (round === warmup) timedFrom = performance.now();
});
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

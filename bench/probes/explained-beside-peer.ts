// Explained evaluation timed call by call, after bursts of json-logic-js, as the conditions bench interleaves them:
// a probe for the slowdown that made explanation nodes constructor-made (src/conditions/explanation.ts). Each line is
// one round: 30 json-logic-js calls over the 1,000 fact sets, then 15 explained calls, each printed in ms. With node
// literals V8 began, after some rounds, to allocate every node in the old generation (allocation-site pretenuring), and
// the calls settled at 4 to 8 times their first cost; compare a run with --no-allocation-site-pretenuring.
//   node --import ./bench/loader.mjs bench/probes/explained-beside-peer.ts
import suiteOf from '../conditions.bench.js';

const suite = await suiteOf();
const named = (part: string) => {
  const found = suite.cases.find((c) => c.name.includes(part));
  if (found === undefined) throw new Error(`no case named like ${part}`);
  return found.fn;
};
const explained = named('with explanation');
const peer = named('json-logic');
for (let round = 0; round < 6; round += 1) {
  for (let i = 0; i < 30; i += 1) peer();
  const times: string[] = [];
  for (let i = 0; i < 15; i += 1) {
    const start = performance.now();
    explained();
    times.push((performance.now() - start).toFixed(2));
  }
  console.log(times.join(' '));
}

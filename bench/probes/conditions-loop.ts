// The conditions benchmark's rule over its 1,000 prepared fact sets, evaluated for 5 s in a loop: a probe for
// profiling, not a suite.
//   node --import ./bench/loader.mjs bench/probes/conditions-loop.ts [plain|explained]
//   node --cpu-prof --cpu-prof-dir=prof --import ./bench/loader.mjs bench/probes/conditions-loop.ts plain
import { evaluate, prepareEvidence } from '../../src/index.js';
import { AT, evidenceOf, factSets, rule } from '../conditions.bench.js';

const prepared = factSets().map((set) => prepareEvidence(evidenceOf(set)));
const explain = process.argv[2] === 'explained';
const start = performance.now();
let rounds = 0;
while (performance.now() - start < 5000) {
  for (const evidence of prepared) evaluate(rule, evidence, { at: AT, explain });
  rounds += 1;
}
console.log(
  `${explain ? 'explained' : 'plain'}: ${((performance.now() - start) / rounds).toFixed(4)} ms per 1,000`,
);

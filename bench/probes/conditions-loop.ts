// The conditions benchmark's rule, evaluated for 5 s in a loop: a probe for profiling, not a suite.
//   npx tsx bench/probes/conditions-loop.ts [plain|explained]
//   node --cpu-prof --cpu-prof-dir=prof --import tsx bench/probes/conditions-loop.ts plain
import { all, any, compareFact, evaluate, fact, not, parseDate, prepareEvidence } from '../../src/index.js';
import { seededRandom } from '../harness.js';

const AT = parseDate('2018-09-27');
const FROM = parseDate('2018-01-01');
const random = seededRandom(20180927);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
const KEYS = ['a', 'b', 'c', 'd', 'e'] as const;
const prepared = Array.from({ length: 1000 }, () => {
  const set: Record<string, number | string | boolean> = {
    a: Math.floor(random() * 7),
    b: pick(['verified', 'pending', 'rejected']),
    c: Math.floor(random() * 200),
    d: pick(['x', 'y', 'z', 'w', 'v']),
    e: random() < 0.5,
  };
  if (random() < 0.2) delete set[pick(KEYS)];
  return prepareEvidence({
    facts: KEYS.flatMap((k) =>
      set[k] === undefined ? [] : [{ fact: k, value: set[k], from: FROM, source: 'probe' }],
    ),
  });
});
const rule = any(
  all(compareFact('a', 'ge', 3), compareFact('b', 'eq', 'verified')),
  all(
    compareFact('c', 'lt', 100),
    any(compareFact('d', 'eq', 'x'), compareFact('d', 'eq', 'y'), compareFact('d', 'eq', 'z')),
    not(fact('e')),
  ),
);
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

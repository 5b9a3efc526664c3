// Prints the mutation score per layer and in total from Stryker's JSON reports in reports/mutation/ (the full
// report of `npm run mutation`, or one per layer: `npm run mutation -- --mutate "src/caps/**/*.ts"
// --jsonReporter.fileName reports/mutation/caps.json`). When several reports hold a file, the newest one counts.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage); ignored mutants are not counted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { layers as order } from './mutation-layer-list.mjs';

const dir = 'reports/mutation';
const reports = readdirSync(dir)
  .filter((name) => name.endsWith('.json') && !name.includes('incremental'))
  .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
  .sort((a, b) => a.time - b.time);
const files = new Map();
for (const { path } of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, result] of Object.entries(report.files ?? {})) files.set(file, result.mutants);
}
const layers = new Map();
for (const [file, mutants] of files) {
  const layer = (file.split('/')[1] ?? file).replace(/\.ts$/, '');
  const counts = layers.get(layer) ?? { killed: 0, survived: 0, ignored: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') counts.killed += 1;
    else if (m.status === 'Survived' || m.status === 'NoCoverage') counts.survived += 1;
    else counts.ignored += 1;
  }
  layers.set(layer, counts);
}
const total = { killed: 0, survived: 0, ignored: 0 };
const score = (c) => ((100 * c.killed) / (c.killed + c.survived)).toFixed(2);
console.log('layer        score   killed  survived  ignored');
for (const layer of [...layers.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
  const c = layers.get(layer);
  for (const key of Object.keys(total)) total[key] += c[key];
  console.log(
    `${layer.padEnd(12)} ${score(c).padStart(6)} ${String(c.killed).padStart(8)} ${String(c.survived).padStart(9)} ${String(c.ignored).padStart(8)}`,
  );
}
console.log(
  `${'total'.padEnd(12)} ${score(total).padStart(6)} ${String(total.killed).padStart(8)} ${String(total.survived).padStart(9)} ${String(total.ignored).padStart(8)}`,
);

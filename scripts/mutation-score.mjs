// Prints the mutation score per layer and in total. Two sources, the newer winning per file:
// - Stryker's JSON reports in reports/mutation/ (the full report of `npm run mutation`, or one per layer from
//   `npm run mutation:layers`); these are gitignored and lost with the checkout;
// - etc/mutation-scores.json, committed: the counts of every file as last recorded, with a hash of the source text
//   Stryker mutated. `npm run mutation:score -- --record` writes the reports' files into it.
// A file whose source has changed since its counts were recorded is flagged "stale": its counts describe other code.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage); ignored mutants are not counted.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layers as order } from './mutation-layer-list.mjs';

const dir = 'reports/mutation';
const recordFile = 'etc/mutation-scores.json';
const record = process.argv.includes('--record');
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Counts of one file's mutants by how they ended. */
function count(mutants) {
  const c = { killed: 0, survived: 0, ignored: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') c.killed += 1;
    else if (m.status === 'Survived' || m.status === 'NoCoverage') c.survived += 1;
    else c.ignored += 1;
  }
  return c;
}

const recorded = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : { files: {} };
const files = new Map(Object.entries(recorded.files ?? {}));
const fresh = new Set();
const reports = existsSync(dir)
  ? readdirSync(dir)
      .filter(
        (name) => name.endsWith('.json') && !name.includes('incremental') && !name.startsWith('stryker.'),
      )
      .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => a.time - b.time)
  : [];
for (const { path, time } of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const measured = new Date(time).toISOString().slice(0, 10);
  for (const [file, result] of Object.entries(report.files ?? {})) {
    files.set(file, { ...count(result.mutants), source: hash(result.source ?? ''), measured });
    fresh.add(file);
  }
}

if (record) {
  const out = Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    recordFile,
    `${JSON.stringify(
      {
        about:
          'Mutation counts per file, as last measured (npm run mutation:score -- --record). source: sha256 of the text Stryker mutated, first 16 hex digits; measured: the day of the report.',
        files: out,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Recorded ${fresh.size} file(s) from reports in ${recordFile} (${files.size} in all).`);
}

const layers = new Map();
const stale = [];
for (const [file, c] of files) {
  const layer = (file.split('/')[1] ?? file).replace(/\.ts$/, '');
  const counts = layers.get(layer) ?? { killed: 0, survived: 0, ignored: 0, stale: 0, oldest: c.measured };
  counts.killed += c.killed;
  counts.survived += c.survived;
  counts.ignored += c.ignored;
  if (!existsSync(file) || hash(readFileSync(file, 'utf8')) !== c.source) {
    counts.stale += 1;
    stale.push(file);
  }
  if (c.measured < counts.oldest) counts.oldest = c.measured;
  layers.set(layer, counts);
}
const total = { killed: 0, survived: 0, ignored: 0 };
const score = (c) => ((100 * c.killed) / (c.killed + c.survived)).toFixed(2);
console.log('layer        score   killed  survived  ignored  measured    stale files');
for (const layer of [...layers.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
  const c = layers.get(layer);
  for (const key of Object.keys(total)) total[key] += c[key];
  console.log(
    `${layer.padEnd(12)} ${score(c).padStart(6)} ${String(c.killed).padStart(8)} ${String(c.survived).padStart(9)} ${String(c.ignored).padStart(8)}  ${c.oldest}  ${c.stale}`,
  );
}
console.log(
  `${'total'.padEnd(12)} ${score(total).padStart(6)} ${String(total.killed).padStart(8)} ${String(total.survived).padStart(9)} ${String(total.ignored).padStart(8)}`,
);
const missing = order.filter((layer) => !layers.has(layer));
if (missing.length > 0) console.log(`Not measured: ${missing.join(', ')}.`);
if (stale.length > 0) {
  console.log(`Stale (source changed since measured; re-run their layers): ${stale.join(', ')}.`);
}

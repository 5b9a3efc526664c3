// Mutation testing layer by layer: `npm run mutation:layers -- caps relief` (no argument: every layer). Each layer
// gets its own report and incremental file in reports/mutation/ (<layer>.json, <layer>-incremental.json), so a
// second run re-tests only what changed, and `npm run mutation:score` adds the layers up. `npm run mutation` is the
// same over all of src/ at once.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { layers as all } from './mutation-layer-list.mjs';

const layers = process.argv.length > 2 ? process.argv.slice(2) : all;
const unknown = layers.filter((layer) => !all.includes(layer));
if (unknown.length > 0) throw new Error(`Unknown layer(s) ${unknown.join(', ')}: use ${all.join(', ')}`);

const base = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
mkdirSync('reports/mutation', { recursive: true });
for (const layer of layers) {
  const mutate = layer === 'errors' ? ['src/errors.ts'] : [`src/${layer}/**/*.ts`, `!src/${layer}/index.ts`];
  // The bin's entry only starts run.ts in a child process, which no in-process test covers (nor the coverage report).
  if (layer === 'cli') mutate.push('!src/cli/main.ts');
  const config = {
    ...base,
    mutate,
    incremental: true,
    incrementalFile: `reports/mutation/${layer}-incremental.json`,
    jsonReporter: { fileName: `reports/mutation/${layer}.json` },
    htmlReporter: { fileName: `reports/mutation/${layer}.html` },
  };
  const file = `reports/mutation/stryker.${layer}.config.json`;
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  console.log(`\n== ${layer}`);
  const run = spawnSync('npx', ['stryker', 'run', file], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
spawnSync('node', ['scripts/mutation-score.mjs'], { stdio: 'inherit' });

// Bundles what a user would import, with zod external (a peer), and checks that the core entry never pulls in the
// bundled data: `sanctions-regime` stays small, and only `sanctions-regime/data` carries the regimes.

import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const cases = [
  {
    name: 'sanctions-regime (whole core)',
    code: "export * from './dist/index.js';",
    mustNotContain: ['dprk-1718', 'UN-SC1718'],
  },
  {
    name: 'quantity() alone',
    code: "export { quantity } from './dist/index.js';",
    mustNotContain: ['dprk-1718', 'UN-SC1718'],
  },
  {
    name: 'sanctions-regime/data',
    code: "export * from './dist/data/index.js';",
    mustContain: ['dprk-1718', 'UN-SC1718'],
  },
];

let failed = false;
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.code, resolveDir: root, sourcefile: 'entry.js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    external: ['zod'],
    platform: 'neutral',
    mainFields: ['module', 'main'],
  });
  const text = result.outputFiles[0].text;
  const gzip = gzipSync(text).length;
  const problems = [
    ...(c.mustNotContain ?? []).filter((s) => text.includes(s)).map((s) => `contains ${JSON.stringify(s)}`),
    ...(c.mustContain ?? []).filter((s) => !text.includes(s)).map((s) => `lacks ${JSON.stringify(s)}`),
  ];
  console.log(
    `bundle ${c.name}: ${(text.length / 1024).toFixed(1)} kB minified, ${(gzip / 1024).toFixed(1)} kB gzip${problems.length ? ` — FAIL: ${problems.join(', ')}` : ''}`,
  );
  if (problems.length) failed = true;
}
if (failed) process.exit(1);

// Bundles what a user would import, as a consumer's bundler does (esbuild, minified, zod external as a peer), and
// checks that a bundler drops what the imports do not use:
// - the core entry never pulls in the bundled data nor the formatters: `sanctions-regime` stays small, only
//   `sanctions-regime/data` carries the regimes, and only `sanctions-regime/format` the text and the charts (which
//   carry no regime either), and only `sanctions-regime/akn` the XML parser;
// - a single function pulls in only its own layers (`quantity` carries no regime, condition or ledger code);
// - `quantity()` alone stays within 3 kB of decimal.js alone, measured the same way (minified and brotli-compressed,
//   as size-limit measures; the per-entry budgets themselves are in package.json's "size-limit").

import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const layers = [
  'time',
  'quantity',
  'resolutions',
  'caps',
  'conditions',
  'relief',
  'data',
  'format',
  'akn',
  'cli',
];
// The command line's own dependencies: only dist/cli/ imports them, never an entry a library user imports.
const cliPackages = ['csv-parse'];
// The Akoma Ntoso reader's XML parser: only `sanctions-regime/akn` carries it.
const aknPackages = ['@xmldom/xmldom'];
const others = (...kept) => layers.filter((l) => !kept.includes(l));
const cases = [
  {
    name: 'decimal.js alone',
    code: "export { default } from 'decimal.js';",
  },
  {
    name: 'sanctions-regime (whole core)',
    code: "export * from './dist/index.js';",
    mustNotContain: ['dprk-1718', 'UN-SC1718', 'utilisation unknown'],
    layersNotIn: ['data', 'format', 'akn', 'cli'],
  },
  {
    name: 'quantity() alone',
    code: "export { quantity } from './dist/index.js';",
    mustNotContain: ['dprk-1718', 'UN-SC1718'],
    layersIn: ['quantity'],
    layersNotIn: others('quantity'),
  },
  {
    name: 'evaluate() alone',
    code: "export { evaluate } from './dist/index.js';",
    layersIn: ['conditions'],
    layersNotIn: others('time', 'quantity', 'conditions'),
  },
  {
    name: 'capReport() alone',
    code: "export { capReport } from './dist/index.js';",
    // The measure schema's variants (travel bans, asset freezes) live in a module capReport does reach
    // (resolutions/measure.js, for the cap's own schemas); they are dropped because the build marks them pure.
    mustNotContain: ['travel-ban', 'asset-freeze'],
    layersIn: ['caps'],
    layersNotIn: others('time', 'quantity', 'resolutions', 'caps'),
  },
  {
    name: 'sanctions-regime/data',
    code: "export * from './dist/data/index.js';",
    mustContain: ['dprk-1718', 'UN-SC1718'],
    layersNotIn: ['format', 'akn'],
  },
  {
    name: 'sanctions-regime/format',
    code: "export * from './dist/format/index.js';",
    mustContain: ['utilisation unknown'],
    mustNotContain: ['dprk-1718', 'UN-SC1718'],
    layersIn: ['format'],
    layersNotIn: ['data', 'akn'],
  },
  {
    name: 'sanctions-regime/akn',
    code: "export * from './dist/akn/index.js';",
    mustContain: ['akomaNtoso'],
    mustNotContain: ['dprk-1718', 'UN-SC1718', 'utilisation unknown'],
    layersIn: ['akn'],
    layersNotIn: ['data', 'format', 'cli'],
    packages: aknPackages,
  },
];
/** How much larger than decimal.js alone `quantity()` alone may be, in bytes (brotli). */
const QUANTITY_OVER_DECIMAL = 3000;

const brotli = (text) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const sizes = new Map();
let failed = false;
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.code, resolveDir: root, sourcefile: 'entry.js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    external: ['zod'],
    platform: 'neutral',
    mainFields: ['module', 'main'],
  });
  const text = result.outputFiles[0].text;
  // The modules that put code into the bundle (the metafile's inputs also list modules read and then dropped).
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path);
  const size = { minified: text.length, gzip: gzipSync(text).length, brotli: brotli(text) };
  sizes.set(c.name, size);
  const problems = [
    ...(c.mustNotContain ?? []).filter((s) => text.includes(s)).map((s) => `contains ${JSON.stringify(s)}`),
    ...(c.mustContain ?? []).filter((s) => !text.includes(s)).map((s) => `lacks ${JSON.stringify(s)}`),
    ...(c.layersNotIn ?? []).flatMap((layer) =>
      inputs.filter((i) => i.startsWith(`dist/${layer}/`)).map((i) => `pulls in ${i}`),
    ),
    ...cliPackages.flatMap((p) =>
      inputs.filter((i) => i.includes(`node_modules/${p}/`)).map((i) => `pulls in ${i}`),
    ),
    ...aknPackages
      .filter((p) => !(c.packages ?? []).includes(p))
      .flatMap((p) => inputs.filter((i) => i.includes(`node_modules/${p}/`)).map((i) => `pulls in ${i}`)),
    ...(c.packages ?? [])
      .filter((p) => !inputs.some((i) => i.includes(`node_modules/${p}/`)))
      .map((p) => `lacks ${p}`),
  ];
  // The layer checks read module paths, so they need dist/ built one file per module: say so if it is not.
  if (c.layersIn && !c.layersIn.every((layer) => inputs.some((i) => i.startsWith(`dist/${layer}/`))))
    problems.push(
      `has no module of dist/${c.layersIn.join('/, dist/')}/ (is dist/ still built one file per module?)`,
    );
  console.log(
    `bundle ${c.name}: ${kB(size.minified)} minified, ${kB(size.gzip)} gzip, ${kB(size.brotli)} brotli${problems.length ? ` — FAIL: ${problems.join(', ')}` : ''}`,
  );
  if (problems.length) failed = true;
}

const decimal = sizes.get('decimal.js alone');
const quantity = sizes.get('quantity() alone');
const over = quantity.brotli - decimal.brotli;
const ok = over <= QUANTITY_OVER_DECIMAL;
console.log(
  `bundle quantity() alone is ${kB(over)} (brotli; ${kB(quantity.minified - decimal.minified)} minified) over decimal.js alone: ${ok ? 'within' : 'FAIL: over'} the ${kB(QUANTITY_OVER_DECIMAL)} budget`,
);
if (!ok) failed = true;
if (failed) process.exit(1);

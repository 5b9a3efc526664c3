import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { annotatePure } from './scripts/pureAnnotations.js';

// The four public entries.
const entry = {
  index: 'src/index.ts',
  'data/index': 'src/data/index.ts',
  'format/index': 'src/format/index.ts',
  'akn/index': 'src/akn/index.ts',
};
const shared = {
  target: 'node20',
  platform: 'neutral',
  // No source maps: the JavaScript is not minified, and the ES module build keeps one file per source module
  // (dist/caps/report.js is src/caps/report.ts without its types), so a stack trace already names the module and
  // the line reads like the source. Maps embedding the sources doubled the tarball.
  sourcemap: false,
  // `npm run build` empties dist/ before tsup runs: the three builds below run in parallel and must not clean
  // each other's output.
  clean: false,
} as const;

export default defineConfig([
  {
    // ES modules, not bundled: one output file per source module. With `"sideEffects": false` a consumer's bundler
    // drops every module the imports do not reach, so `import { quantity }` does not carry the regime, condition
    // and ledger schemas. (A single bundled chunk cannot be shaken: its top-level `z.object()` calls count as side
    // effects.)
    ...shared,
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: false,
    // Within a module an import does reach, the schemas it does not use are dropped too: their top-level
    // initializers are marked /* @__PURE__ */ (scripts/pureAnnotations.ts says which, and why that is safe).
    esbuildPlugins: [
      {
        name: 'pure-schemas',
        setup(build) {
          build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
            contents: annotatePure(await readFile(path, 'utf8'), path),
            loader: 'ts',
          }));
        },
      },
    ],
  },
  {
    // CommonJS, bundled: one file per entry and a shared chunk (Node's `require` does not tree-shake anyway).
    ...shared,
    entry,
    format: ['cjs'],
    splitting: true,
    dts: false,
  },
  {
    // The declarations, bundled per entry, for both formats (.d.ts and .d.cts).
    ...shared,
    entry,
    format: ['esm', 'cjs'],
    dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
  },
]);

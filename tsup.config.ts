import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per public area; code splitting shares chunks between them.
  entry: { index: 'src/index.ts', 'data/index': 'src/data/index.ts' },
  format: ['esm', 'cjs'],
  target: 'node20',
  platform: 'neutral',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});

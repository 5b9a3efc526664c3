// The vitest configuration Stryker runs (stryker.config.json): the unit and property tests, without the docs tests
// (they typecheck and run the TSDoc examples through tsc, slow and not a check of behaviour a mutant changes).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/docs/**', '**/node_modules/**'],
  },
});

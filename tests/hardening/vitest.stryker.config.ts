// The vitest configuration Stryker runs (stryker.config.json): the unit and property tests, without the docs tests
// (they typecheck and run the TSDoc examples through tsc, slow and not a check of behaviour a mutant changes).
// Stryker runs the covering tests once per mutant (about 6,000 of them): the fuzz properties run 30 times rather than
// 300, and property tests without their own count 30 times rather than fast-check's 100.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/cli/cli.test.ts spawns the built command: coverage per test cannot see into the child processes, so it
    // would cover no mutant and only slow the initial run; tests/cli/run.test.ts runs the same cases in-process.
    exclude: ['tests/docs/**', 'tests/cli/cli.test.ts', '**/node_modules/**'],
    env: { FUZZ_RUNS: '30' },
    isolate: false,
    // Stryker's own timeout (stryker.config.json) decides when a mutant hangs; a loaded machine must not fail the
    // initial run on vitest's 5 s default.
    testTimeout: 60_000,
    setupFiles: ['tests/hardening/stryker.setup.ts'],
  },
});

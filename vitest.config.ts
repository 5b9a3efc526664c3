import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    typecheck: { include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // src/cli/main.ts is the bin's entry: it runs only as a child process (tests/cli/cli.test.ts), which coverage
      // does not see; src/cli/run.ts, all it calls, is covered in-process (tests/cli/run.test.ts).
      exclude: ['src/data/**', 'src/**/index.ts', 'src/cli/main.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'reports/coverage',
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
  },
});

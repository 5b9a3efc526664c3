// Setup for the mutation run only (tests/hardening/vitest.stryker.config.ts): fewer runs per property test.
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 30 });

import { describe, it } from 'vitest';
import { fuzzProperties, reliefFuzzProperties, schemas } from './fuzzProperties.js';

// Bounded here to keep `npm test` fast; `npm run fuzz` (scripts/fuzz.ts) runs the same properties far longer.
// The mutation run (tests/hardening/vitest.stryker.config.ts) sets FUZZ_RUNS lower: it runs them once per mutant.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// Each relief run evaluates whole plans: fewer runs keep the suite fast; npm run fuzz runs many more.
const RELIEF_RUNS = Math.ceil(RUNS / 7.5);

describe('fuzzing: only ZodError and SanctionsRegimeError escape, no prototype is touched', () => {
  it('finds the exported schemas', ({ expect }) => {
    expect(schemas.length).toBeGreaterThanOrEqual(20);
  });

  // Each property takes 0.1 to 5 s alone; on a loaded machine (2 cores, several test runs) the slowest passed the 5 s
  // default timeout.
  it.each(fuzzProperties.map((p) => [p.name, p] as const))(
    '%s',
    (_name, p) => {
      p.run(RUNS);
    },
    60_000,
  );

  // The relief layer checks the shape of plans, relief lists and options (INVALID_PLAN, INVALID_INPUT).
  it.each(reliefFuzzProperties.map((p) => [p.name, p] as const))(
    'relief: %s',
    (_name, p) => {
      p.run(RELIEF_RUNS);
    },
    60_000,
  );
});

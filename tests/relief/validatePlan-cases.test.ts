// validatePlan on the cases that tell its rules apart: references read through `not` and nested lists, a reference
// that is defined, limits in the wrong unit, unknown measures to terminate, a missing phase reported once (not again
// as a cycle), and raw plans it must read without throwing. (Written against the survivors of
// `npm run mutation:layers -- relief`.)
import { describe, expect, it } from 'vitest';
import { type ReliefPlan, ReliefPlanSchema, validatePlan } from '../../src/index.js';
import { planInput, regime } from './fixtures.js';

const [adoption, implementation, transition] = planInput.phases;
const rows = (plan: ReliefPlan) =>
  validatePlan(plan, regime).map((i) => [i.code, i.path.join('.'), i.message]);
const raw = (plan: unknown) => plan as ReliefPlan;

describe('validatePlan', () => {
  it('finds a reference under not and inside lists, and accepts one that is defined', () => {
    const plan = ReliefPlanSchema.parse({
      ...planInput,
      definitions: { known: { op: 'fact', fact: 'verified' } },
      phases: [
        adoption,
        {
          ...implementation,
          requires: {
            op: 'all',
            of: [
              { op: 'ref', name: 'known' },
              { op: 'not', of: { op: 'ref', name: 'ghost' } },
            ],
          },
        },
        transition,
      ],
    });
    expect(rows(plan)).toEqual([
      ['UNDEFINED_REFERENCE', 'phases.1.requires', 'ref "ghost" has no definition in plan.definitions.'],
    ]);
  });

  it('reads a raw plan whose conditions are broken or cyclic without throwing or looping', () => {
    const cyclic: Record<string, unknown> = { op: 'all', of: [] };
    (cyclic.of as unknown[]).push(cyclic, null, 5, { op: 'ref', name: 7 }, { op: 'fact', name: 'not-a-ref' });
    const plan = raw({
      ...planInput,
      phases: [{ ...adoption, requires: cyclic }, implementation, transition],
    });
    expect(rows(plan)).toEqual([]);
  });

  it('names a new limit in a unit the cap does not have, and the units it has', () => {
    const plan = ReliefPlanSchema.parse({
      ...planInput,
      phases: [
        adoption,
        {
          ...implementation,
          actions: [
            { type: 'set-cap-limits', measure: 'x.oil.cap', limits: [{ amount: '5', unit: 'tonne' }] },
          ],
        },
        transition,
      ],
    });
    expect(rows(plan)).toEqual([
      [
        'LIMIT_UNIT_MISMATCH',
        'phases.1.actions.0.limits.0.unit',
        "x.oil.cap has no limit in tonne (its limits are in barrel): a new limit replaces one of the cap's own.",
      ],
    ]);
    const nulls = raw({
      ...planInput,
      phases: [
        adoption,
        { ...implementation, actions: [{ type: 'set-cap-limits', measure: 'x.oil.cap', limits: [null] }] },
      ],
    });
    expect(rows(nulls).map(([code, path]) => [code, path])).toEqual([
      ['LIMIT_UNIT_MISMATCH', 'phases.1.actions.0.limits.0.unit'],
    ]);
  });

  it('names a measure snapback would terminate that the regime does not have', () => {
    const plan = ReliefPlanSchema.parse({
      ...planInput,
      snapback: { ...planInput.snapback, terminates: ['x.freeze', 'x.ghost'] },
    });
    expect(rows(plan)).toEqual([
      ['UNKNOWN_MEASURE', 'snapback.terminates.1', 'x.ghost is not a measure of x-regime.'],
    ]);
  });

  it('reports a phase that depends on a missing one once, not again as a cycle', () => {
    const plan = ReliefPlanSchema.parse({
      ...planInput,
      phases: [adoption, { ...implementation, after: ['ghost'] }, transition],
    });
    expect(rows(plan).map(([code, path]) => [code, path])).toEqual([['UNKNOWN_PHASE', 'phases.1.after.0']]);
  });
});

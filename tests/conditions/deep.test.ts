// Conditions deeper than the closures' limit run on the iterative interpreter: it must give the same truth and the
// same explanations as the closures, for every operator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Explanation, evaluate, parseDate, prepareEvidence, truthOver } from '../../src/index.js';
import { arbDate } from '../helpers.js';
import { arbDatedCondition, arbEvidence } from './arbitraries.js';
import { deepen, inner } from './deepen.js';

describe('the interpreter for deep conditions agrees with the closures (property)', () => {
  it('gives the same truth and explanation', () => {
    fc.assert(
      fc.property(
        arbDatedCondition,
        arbEvidence,
        arbDate('2016-01-01', '2021-12-31'),
        (condition, evidence, at) => {
          const prepared = prepareEvidence(evidence);
          const shallow = evaluate(condition, prepared, { at });
          const deep = evaluate(deepen(condition), prepared, { at, maxDepth: 2000 });
          expect(deep.truth).toBe(shallow.truth);
          expect(evaluate(deepen(condition), prepared, { at, explain: false, maxDepth: 2000 }).truth).toBe(
            shallow.truth,
          );
          expect(JSON.stringify(inner(deep.explanation as Explanation))).toBe(
            JSON.stringify(shallow.explanation),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same intervals of truth', () => {
    const range = { from: parseDate('2016-01-01'), to: parseDate('2021-12-31') };
    fc.assert(
      fc.property(arbDatedCondition, arbEvidence, (condition, evidence) => {
        const prepared = prepareEvidence(evidence);
        expect(truthOver(deepen(condition), prepared, { ...range, maxDepth: 2000 })).toEqual(
          truthOver(condition, prepared, range),
        );
      }),
      { numRuns: 60 },
    );
  });
});

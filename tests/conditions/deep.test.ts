// Conditions deeper than the closures' limit run on the iterative interpreter: it must give the same truth and the
// same explanations as the closures, for every operator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAST_PATH_DEPTH } from '../../src/conditions/internal.js';
import {
  type Condition,
  type Explanation,
  evaluate,
  not,
  parseDate,
  prepareEvidence,
  truthOver,
} from '../../src/index.js';
import { arbDate } from '../helpers.js';
import { arbDatedCondition, arbEvidence } from './arbitraries.js';

/** The condition under an even number of `not`s, deep enough for the interpreter. */
function deepen(condition: Condition): Condition {
  let deep = condition;
  for (let i = 0; i < FAST_PATH_DEPTH + 2; i += 1) deep = not(deep);
  return deep;
}

/** The explanation under the `not`s added by deepen. */
function inner(explanation: Explanation): Explanation {
  let node = explanation;
  for (let i = 0; i < FAST_PATH_DEPTH + 2; i += 1) node = node.children[0] as Explanation;
  return node;
}

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

// Conditions deeper than the closures' limit run on the iterative interpreter: it must give the same truth and the
// same explanations as the closures, for every operator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Condition,
  type Explanation,
  evaluate,
  fact,
  not,
  parseDate,
  prepareEvidence,
  truthOver,
} from '../../src/index.js';
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

describe('a condition far deeper than the closures can nest', () => {
  it('is evaluated, with and without explanation, without overflowing the stack', () => {
    // 20,000 nots: closures nested that deep would overflow the stack (the interpreter is a loop).
    let condition: Condition = fact('e');
    for (let i = 0; i < 20_000; i += 1) condition = not(condition);
    const evidence = prepareEvidence({
      facts: [{ fact: 'e', value: false, from: parseDate('2018-01-01'), source: 's' }],
    });
    const at = parseDate('2018-09-27');
    const explained = evaluate(condition, evidence, { at, maxDepth: 30_000 });
    expect(explained.truth).toBe('unmet');
    let node = explained.explanation as Explanation;
    let depth = 1;
    while (node.children.length > 0) {
      node = node.children[0] as Explanation;
      depth += 1;
    }
    expect(depth).toBe(20_001);
    expect(node.used.facts[0]?.source).toBe('s');
    expect(evaluate(condition, evidence, { at, explain: false, maxDepth: 30_000 }).truth).toBe('unmet');
  });
});

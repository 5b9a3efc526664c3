import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  all,
  any,
  atLeast,
  type Condition,
  type Evidence,
  evaluate,
  fact,
  not,
  type Truth,
} from '../../src/index.js';
import { AT, arbAssignment, arbBooleanCondition, evidenceFor, TRUTH_VALUES } from './arbitraries.js';

const [p, q, r] = [fact('p'), fact('q'), fact('r')];

/** Evaluates with and without explanation, checking both paths agree. */
function truthOf(condition: Condition, evidence: Evidence): Truth {
  const explained = evaluate(condition, evidence, { at: AT });
  const plain = evaluate(condition, evidence, { at: AT, explain: false });
  expect(plain.truth).toBe(explained.truth);
  expect(explained.explanation?.truth).toBe(explained.truth);
  return explained.truth;
}

const pairs = TRUTH_VALUES.flatMap((a) => TRUTH_VALUES.map((b) => [a, b] as const));

describe('evaluate: strong Kleene truth tables', () => {
  it.each(TRUTH_VALUES)('a fact whose truth is %s evaluates to it', (a) => {
    expect(truthOf(p, evidenceFor({ p: a }))).toBe(a);
  });

  it.each([
    ['met', 'unmet'],
    ['unmet', 'met'],
    ['unknown', 'unknown'],
  ] as const)('not %s is %s', (a, expected) => {
    expect(truthOf(not(p), evidenceFor({ p: a }))).toBe(expected);
  });

  const andTable: Record<string, Truth> = {
    'met met': 'met',
    'met unmet': 'unmet',
    'met unknown': 'unknown',
    'unmet met': 'unmet',
    'unmet unmet': 'unmet',
    'unmet unknown': 'unmet',
    'unknown met': 'unknown',
    'unknown unmet': 'unmet',
    'unknown unknown': 'unknown',
  };
  it.each(pairs)('all(%s, %s) follows the table', (a, b) => {
    expect(truthOf(all(p, q), evidenceFor({ p: a, q: b }))).toBe(andTable[`${a} ${b}`]);
  });

  const orTable: Record<string, Truth> = {
    'met met': 'met',
    'met unmet': 'met',
    'met unknown': 'met',
    'unmet met': 'met',
    'unmet unmet': 'unmet',
    'unmet unknown': 'unknown',
    'unknown met': 'met',
    'unknown unmet': 'unknown',
    'unknown unknown': 'unknown',
  };
  it.each(pairs)('any(%s, %s) follows the table', (a, b) => {
    expect(truthOf(any(p, q), evidenceFor({ p: a, q: b }))).toBe(orTable[`${a} ${b}`]);
  });

  it('gives all() met and any() unmet for no conditions', () => {
    expect(truthOf(all(), {})).toBe('met');
    expect(truthOf(any(), {})).toBe('unmet');
  });

  it('counts atLeast exhaustively: met when ≥ k met, unmet when met + unknown < k', () => {
    for (const a of TRUTH_VALUES) {
      for (const b of TRUTH_VALUES) {
        for (const c of TRUTH_VALUES) {
          const truths = [a, b, c];
          const met = truths.filter((t) => t === 'met').length;
          const unknown = truths.filter((t) => t === 'unknown').length;
          for (let k = 0; k <= 4; k += 1) {
            const expected = met >= k ? 'met' : met + unknown < k ? 'unmet' : 'unknown';
            expect(truthOf(atLeast(k, p, q, r), evidenceFor({ p: a, q: b, r: c })), `${truths} k=${k}`).toBe(
              expected,
            );
          }
        }
      }
    }
  });
});

describe('evaluate: Kleene laws (property)', () => {
  const check = (law: (a: Condition, b: Condition, c: Condition) => [Condition, Condition]) =>
    fc.assert(
      fc.property(
        arbBooleanCondition,
        arbBooleanCondition,
        arbBooleanCondition,
        arbAssignment,
        (a, b, c, env) => {
          const [left, right] = law(a, b, c);
          const evidence = evidenceFor(env);
          expect(truthOf(left, evidence)).toBe(truthOf(right, evidence));
        },
      ),
      { numRuns: 150 },
    );

  it('satisfies De Morgan', () => {
    check((a, b) => [not(all(a, b)), any(not(a), not(b))]);
    check((a, b) => [not(any(a, b)), all(not(a), not(b))]);
  });

  it('satisfies double negation', () => {
    check((a) => [not(not(a)), a]);
  });

  it('is commutative and associative', () => {
    check((a, b) => [all(a, b), all(b, a)]);
    check((a, b) => [any(a, b), any(b, a)]);
    check((a, b, c) => [all(a, all(b, c)), all(all(a, b), c)]);
    check((a, b, c) => [any(a, any(b, c)), any(any(a, b), c)]);
  });

  it('is idempotent', () => {
    check((a) => [all(a, a), a]);
    check((a) => [any(a, a), a]);
  });

  it('satisfies absorption', () => {
    check((a, b) => [all(a, any(a, b)), a]);
    check((a, b) => [any(a, all(a, b)), a]);
  });

  it('has identities: all() for all, any() for any', () => {
    check((a) => [all(a, all()), a]);
    check((a) => [any(a, any()), a]);
    check((a) => [all(a), a]);
  });

  it('distributes', () => {
    check((a, b, c) => [all(a, any(b, c)), any(all(a, b), all(a, c))]);
  });

  it('has no excluded middle: a ∨ ¬a is unknown when a is', () => {
    expect(truthOf(any(p, not(p)), evidenceFor({ p: 'unknown' }))).toBe('unknown');
  });
});

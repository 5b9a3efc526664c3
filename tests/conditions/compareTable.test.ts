// The six comparisons on each side of the compared value and on it, for numbers, dates and quantities, on the fast
// path and on the interpreter for deep conditions; equality for strings and booleans.
import { describe, expect, it } from 'vitest';
import { compareFact, type Evidence, evaluate, parseDate, quantity, type Truth } from '../../src/index.js';
import { deepen } from './deepen.js';

const AT = parseDate('2018-06-01');
const evidenceOf = (value: unknown): Evidence =>
  ({ facts: [{ fact: 'f', value, from: parseDate('2018-01-01'), source: 's' }] }) as Evidence;

const CMPS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const;
/** The truths of eq, ne, lt, le, gt, ge when the observed value is below, at and above the compared one. */
const TABLE: Record<'below' | 'at' | 'above', readonly Truth[]> = {
  below: ['unmet', 'met', 'met', 'met', 'unmet', 'unmet'],
  at: ['met', 'unmet', 'unmet', 'met', 'unmet', 'met'],
  above: ['unmet', 'met', 'unmet', 'unmet', 'met', 'met'],
};

const ordered = [
  ['numbers', 5, { below: 4, at: 5, above: 6 }],
  [
    'dates',
    { date: parseDate('2018-03-01') },
    {
      below: { date: parseDate('2018-02-28') },
      at: { date: parseDate('2018-03-01') },
      above: { date: parseDate('2018-03-02') },
    },
  ],
  [
    'quantities',
    quantity('10.5', 'barrel'),
    { below: quantity('10.49', 'barrel'), at: quantity('10.50', 'barrel'), above: quantity('11', 'barrel') },
  ],
] as const;

describe('comparisons', () => {
  for (const [name, value, observed] of ordered) {
    for (const relation of ['below', 'at', 'above'] as const) {
      it(`${name}: observed ${relation} the value`, () => {
        const evidence = evidenceOf(observed[relation]);
        const truths = CMPS.map(
          (cmp) => evaluate(compareFact('f', cmp, value as never), evidence, { at: AT }).truth,
        );
        expect(truths).toEqual(TABLE[relation]);
        const deep = CMPS.map(
          (cmp) =>
            evaluate(deepen(compareFact('f', cmp, value as never)), evidence, {
              at: AT,
              maxDepth: 2000,
              explain: false,
            }).truth,
        );
        expect(deep).toEqual(TABLE[relation]);
      });
    }
  }

  it.each([
    ['strings', 'open', 'open', 'closed'],
    ['booleans', true, true, false],
  ] as const)('%s: eq and ne', (_name, value, same, other) => {
    for (const [observed, eq] of [
      [same, 'met'],
      [other, 'unmet'],
    ] as const) {
      const evidence = evidenceOf(observed);
      expect(evaluate(compareFact('f', 'eq', value), evidence, { at: AT }).truth).toBe(eq);
      expect(evaluate(compareFact('f', 'ne', value), evidence, { at: AT }).truth).toBe(
        eq === 'met' ? 'unmet' : 'met',
      );
    }
  });
});

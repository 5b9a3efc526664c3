// The condition layer's bookkeeping: how deep a document is, which conditions it trusts (deep-frozen by itself) and
// may cache by identity, and that a caller's own objects are never cached, so mutating them is never met stale.
import { describe, expect, it } from 'vitest';
import { isTrusted, markTrusted, measureDepth } from '../../src/conditions/internal.js';
import {
  all,
  any,
  type Condition,
  ConditionSchema,
  EvidenceSchema,
  evaluate,
  fact,
  not,
  parseDate,
} from '../../src/index.js';

const AT = parseDate('2018-01-01');
const evidence = EvidenceSchema.parse({
  facts: [
    { fact: 'yes', value: true, from: '2017-01-01', source: 's' },
    { fact: 'no', value: false, from: '2017-01-01', source: 's' },
  ],
});

describe('measureDepth', () => {
  it.each([
    ['a leaf', { op: 'fact', fact: 'a' }, 1],
    [
      'a list of leaves',
      {
        op: 'all',
        of: [
          { op: 'fact', fact: 'a' },
          { op: 'fact', fact: 'b' },
        ],
      },
      2,
    ],
    [
      'a deeper second branch',
      {
        op: 'any',
        of: [
          { op: 'fact', fact: 'a' },
          { op: 'not', of: { op: 'not', of: { op: 'fact', fact: 'b' } } },
        ],
      },
      4,
    ],
    [
      'a deeper first branch',
      {
        op: 'any',
        of: [
          { op: 'not', of: { op: 'not', of: { op: 'fact', fact: 'b' } } },
          { op: 'fact', fact: 'a' },
        ],
      },
      4,
    ],
    ['not a node', 'x', 0],
  ] as const)('%s', (_name, document, depth) => {
    expect(measureDepth(document, 100)).toBe(depth);
  });

  it('stops at the first node past the limit', () => {
    let deep: unknown = { op: 'fact', fact: 'a' };
    for (let i = 0; i < 50; i += 1) deep = { op: 'not', of: deep };
    expect(measureDepth(deep, 10)).toBe(11);
  });
});

describe('trust', () => {
  it('ConditionSchema output is deep-frozen and trusted, its windows and date values included', () => {
    const parsed = ConditionSchema.parse({
      op: 'all',
      of: [
        { op: 'occurred', event: 'e', within: { last: 'P1Y' } },
        { op: 'compare', fact: 'd', cmp: 'ge', value: { date: '2018-01-01' } },
        { op: 'not', of: { op: 'fact', fact: 'a' } },
      ],
    }) as Condition & { of: Record<string, unknown>[] };
    expect(isTrusted(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.of)).toBe(true);
    for (const child of parsed.of) {
      expect(isTrusted(child)).toBe(true);
      expect(Object.isFrozen(child)).toBe(true);
    }
    expect(Object.isFrozen(parsed.of[0]?.within)).toBe(true);
    expect(Object.isFrozen(parsed.of[1]?.value)).toBe(true);
    expect(isTrusted((parsed.of[2] as { of: unknown }).of)).toBe(true);
  });

  it('markTrusted leaves values that are not plain nodes alone', () => {
    expect(markTrusted(null)).toBe(null);
    expect(isTrusted(null)).toBe(false);
    expect(isTrusted('x')).toBe(false);
    expect(isTrusted({ op: 'fact', fact: 'a' })).toBe(false);
  });

  it('builders trust a node only when every child is trusted', () => {
    expect(isTrusted(all(fact('a'), fact('b')))).toBe(true);
    expect(isTrusted(not(fact('a')))).toBe(true);
    const mine = { op: 'fact', fact: 'yes' } as Condition;
    expect(isTrusted(all(fact('a'), mine))).toBe(false);
    expect(isTrusted(any(mine, fact('a')))).toBe(false);
  });

  it("a caller's own node inside a built condition is read afresh after the caller changes it", () => {
    const mine = { op: 'fact', fact: 'yes' } as { op: 'fact'; fact: string };
    const condition = all(fact('yes'), mine);
    expect(evaluate(condition, evidence, { at: AT }).truth).toBe('met');
    mine.fact = 'no';
    expect(evaluate(condition, evidence, { at: AT }).truth).toBe('unmet');
  });

  it("a caller's own tree is read afresh after the caller changes it", () => {
    const mine = { op: 'not', of: { op: 'fact', fact: 'no' } } as {
      op: 'not';
      of: { op: 'fact'; fact: string };
    };
    expect(evaluate(mine, evidence, { at: AT }).truth).toBe('met');
    mine.of.fact = 'yes';
    expect(evaluate(mine, evidence, { at: AT }).truth).toBe('unmet');
  });
});

// Issue 13, item 6: a definition shared by many refs is explained once. Before, each ref carried the definition's
// whole explanation, so 22 definitions each `all(ref next, ref next)` gave an explanation of 2^22 nodes written out
// (JSON.stringify failed after 9 s).
import { describe, expect, it } from 'vitest';
import { type Condition, type Explanation, evaluate, parseDate } from '../../src/index.js';

const AT = parseDate('2018-09-27');

/** n definitions, d0 … d(n−1), each all(ref next, ref next), the last one's next a fact. */
function chain(n: number): Record<string, Condition> {
  const definitions: Record<string, Condition> = {};
  for (let i = 0; i < n; i += 1) {
    const next = { op: 'ref', name: `d${i + 1}` } as const;
    definitions[`d${i}`] = { op: 'all', of: [next, next] };
  }
  definitions[`d${n}`] = { op: 'fact', fact: 'verified' };
  return definitions;
}

function explain(n: number): Explanation {
  const result = evaluate({ op: 'ref', name: 'd0' }, {}, { at: AT, definitions: chain(n) });
  return result.explanation as Explanation;
}

/** Every node of an explanation tree (iteratively). */
function nodes(root: Explanation): Explanation[] {
  const found: Explanation[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Explanation;
    found.push(node);
    stack.push(...node.children);
  }
  return found;
}

describe('explanations of shared definitions', () => {
  it('stay linear in the size of the document: 22 chained definitions, each referred to twice', () => {
    for (const n of [5, 10, 22]) {
      const document = JSON.stringify(chain(n)).length;
      const written = JSON.stringify(explain(n)).length;
      expect(written, `n = ${n}`).toBeLessThan(15 * document);
    }
    // 3 nodes per definition (its all and two refs) and the root ref and the fact.
    expect(nodes(explain(22)).length).toBe(3 * 22 + 2);
  });

  it('expand a definition under its first ref, depth first; later refs keep its truth and missing, no children', () => {
    const explanation = explain(1);
    const [first, second] = explanation.children[0]?.children ?? [];
    expect(first).toMatchObject({
      op: 'ref',
      truth: 'unknown',
      children: [{ op: 'fact', truth: 'unknown' }],
    });
    expect(second).toMatchObject({ op: 'ref', truth: 'unknown', children: [] });
    expect(second?.missing).toEqual(first?.missing);
    expect(explanation.missing.map((m) => m.evidence === 'fact' && m.fact)).toEqual(['verified']);
  });

  it('leave explanations without refs as they were', () => {
    const condition: Condition = {
      op: 'all',
      of: [
        { op: 'fact', fact: 'a' },
        { op: 'fact', fact: 'a' },
      ],
    };
    const explanation = evaluate(condition, {}, { at: AT }).explanation as Explanation;
    expect(explanation.children.map((c) => c.children.length)).toEqual([0, 0]);
    expect(explanation.children.map((c) => c.truth)).toEqual(['unknown', 'unknown']);
  });

  it('build a 10,000-definition chain without recursion', () => {
    const definitions: Record<string, Condition> = {};
    for (let i = 0; i < 10_000; i += 1)
      definitions[`d${i}`] = { op: 'not', of: { op: 'ref', name: `d${i + 1}` } };
    definitions.d10000 = { op: 'onOrAfter', date: parseDate('2018-01-01') };
    const result = evaluate({ op: 'ref', name: 'd0' }, {}, { at: AT, definitions });
    expect(result.truth).toBe('met');
    expect(nodes(result.explanation as Explanation).length).toBe(2 * 10_000 + 2);
  });
});

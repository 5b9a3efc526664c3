// evaluateCompact records what evaluate explains: its truth is evaluate's, and the tree made from its record is the
// tree evaluate gives, on the closures and on the interpreter for deep conditions, with and without definitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  all,
  any,
  type Condition,
  compareFact,
  type Evidence,
  type Explanation,
  evaluate,
  evaluateCompact,
  fact,
  not,
  occurred,
  onOrAfter,
  parseDuration,
  prepareEvidence,
  quantity,
  ref,
} from '../../src/index.js';
import { arbDate, codeOf } from '../helpers.js';
import { AT, arbDatedCondition, arbEvidence, d } from './arbitraries.js';
import { deepen, inner } from './deepen.js';

const obs = (name: string, value: unknown, from = '2018-01-01') => ({
  fact: name,
  value: value as never,
  from: d(from),
  source: `source of ${name}`,
});

/** Every object in a tree that is not frozen. */
function unfrozen(root: unknown): Set<object> {
  const found = new Set<object>();
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (!Object.isFrozen(value)) found.add(value);
    stack.push(...Object.values(value));
  }
  return found;
}

describe('evaluateCompact agrees with evaluate (property)', () => {
  it('gives its truth, and its tree', () => {
    fc.assert(
      fc.property(
        arbDatedCondition,
        arbEvidence,
        arbDate('2016-01-01', '2021-12-31'),
        (condition, evidence, at) => {
          const prepared = prepareEvidence(evidence);
          const expected = evaluate(condition, prepared, { at });
          const compact = evaluateCompact(condition, prepared, { at });
          expect(compact.truth).toBe(expected.truth);
          expect(compact.explanation()).toStrictEqual(expected.explanation);
          // Raw evidence gives the same.
          expect(evaluateCompact(condition, evidence, { at }).explanation()).toStrictEqual(
            expected.explanation,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does so on the interpreter, for conditions deeper than the closures nest', () => {
    fc.assert(
      fc.property(
        arbDatedCondition,
        arbEvidence,
        arbDate('2016-01-01', '2021-12-31'),
        (condition, evidence, at) => {
          const prepared = prepareEvidence(evidence);
          const compact = evaluateCompact(deepen(condition), prepared, { at, maxDepth: 2000 });
          expect(compact.truth).toBe(evaluate(condition, prepared, { at, explain: false }).truth);
          expect(inner(compact.explanation())).toStrictEqual(
            evaluate(condition, prepared, { at }).explanation,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('does so with definitions, shared and chained, each written out once', () => {
    fc.assert(
      fc.property(
        arbDatedCondition,
        arbDatedCondition,
        arbDatedCondition,
        arbEvidence,
        arbDate('2016-01-01', '2021-12-31'),
        (a, b, main, evidence, at) => {
          const definitions = { a, b: any(b, ref('a')) };
          const condition = all(ref('b'), main, not(ref('a')), ref('b'));
          const prepared = prepareEvidence(evidence);
          const expected = evaluate(condition, prepared, { at, definitions });
          const compact = evaluateCompact(condition, prepared, { at, definitions });
          expect(compact.truth).toBe(expected.truth);
          expect(compact.explanation()).toStrictEqual(expected.explanation);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('evaluateCompact', () => {
  const evidence: Evidence = {
    facts: [
      obs('tests', 0),
      obs('c', '99'),
      obs('q', quantity('1', 'tonne')),
      obs('flag', 1),
      obs('open', true),
      obs('date', { date: d('2018-06-12') }),
    ],
    events: [{ kind: 'test', date: d('2017-09-03'), source: 'S/PV.8042' }],
    coverage: [{ kind: 'test', start: d('2017-01-01'), end: d('2018-06-30') }],
  };

  it('records leaves of every kind: comparisons of each type, mismatches, windows, dates', () => {
    const cases: Condition[] = [
      compareFact('tests', 'eq', 0),
      compareFact('c', 'eq', '99'),
      compareFact('c', 'eq', 99),
      compareFact('q', 'le', quantity('1', 'barrel')),
      compareFact('q', 'le', quantity('1000', 'tonne')),
      compareFact('q', 'le', 1),
      compareFact('date', 'ge', { date: d('2018-06-13') }),
      fact('flag'),
      fact('open'),
      fact('absent'),
      compareFact('absent', 'lt', 3),
      occurred('test', { last: parseDuration('P12M') }),
      occurred('test', { last: parseDuration('P1M') }),
      occurred('test', { start: d('2019-01-01'), end: d('2019-12-31') }),
      onOrAfter(d('2018-01-01')),
      onOrAfter(AT),
      onOrAfter(d('2018-09-28')),
      onOrAfter({ anchor: d('2018-09-01'), plus: parseDuration('P1M') }),
    ];
    for (const condition of cases) {
      const expected = evaluate(condition, evidence, { at: AT });
      const compact = evaluateCompact(condition, evidence, { at: AT });
      expect(compact.truth, JSON.stringify(condition)).toBe(expected.truth);
      expect(compact.explanation(), JSON.stringify(condition)).toStrictEqual(expected.explanation);
    }
    const all16 = all(...cases);
    expect(evaluateCompact(all16, evidence, { at: AT }).explanation()).toStrictEqual(
      evaluate(all16, evidence, { at: AT }).explanation,
    );
    const missing = evaluateCompact(compareFact('c', 'eq', 99), evidence, { at: AT }).explanation().missing;
    expect(missing[0]).toMatchObject({ evidence: 'fact', fact: 'c', code: 'TYPE_MISMATCH' });
  });

  it('gives a new tree on each call, sharing only frozen records with any other', () => {
    const condition = all(
      any(compareFact('tests', 'eq', 0), fact('absent')),
      occurred('test', { last: parseDuration('P12M') }),
      compareFact('c', 'eq', 99),
    );
    const compact = evaluateCompact(condition, evidence, { at: AT });
    const first = compact.explanation();
    const second = compact.explanation();
    expect(second).toStrictEqual(first);
    const a = unfrozen(first);
    const b = unfrozen(second);
    expect(a.size).toBeGreaterThan(0);
    for (const object of a) expect(b.has(object)).toBe(false);
    // A write to one tree changes neither the other nor the next.
    (first as { truth: string }).truth = 'met';
    (first.children as Explanation[]).length = 0;
    (first.children as unknown as Explanation[][]).push();
    expect(compact.explanation()).toStrictEqual(second);
    expect(compact.explanation().children).toHaveLength(3);
    // Nor does a write to the result's truth.
    (compact as { truth: string }).truth = 'met';
    expect(compact.explanation().truth).toBe('unknown');
  });

  it('shares no writable prototype: no caller can change what another result explains', () => {
    const condition = compareFact('tests', 'eq', 0);
    const mine = evaluateCompact(condition, evidence, { at: AT });
    const theirs = evaluateCompact(condition, evidence, { at: AT });
    const expected = theirs.explanation();
    const shared = Object.getPrototypeOf(mine) as Record<string, unknown>;
    expect(Object.isFrozen(shared)).toBe(true);
    expect(() => {
      shared.explanation = () => ({ truth: 'met' });
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(shared, 'truth', { get: () => 'met' })).toThrow(TypeError);
    const made = mine.constructor as unknown as Record<string, unknown>;
    expect(Object.isFrozen(made)).toBe(true);
    expect(theirs.explanation()).toStrictEqual(expected);
    expect(theirs.truth).toBe('met');
  });

  it('refuses explanation() called off its result, with a clear error', () => {
    const result = evaluateCompact(compareFact('tests', 'eq', 0), evidence, { at: AT });
    const { explanation } = result;
    for (const call of [
      () => (explanation as () => unknown)(),
      () => explanation.call({} as never),
      () => explanation.call(null as never),
      () => explanation.call({ truth: 'met' } as never),
    ]) {
      expect(codeOf(call)).toBe('INVALID_INPUT');
      expect(call).toThrow(/result\.explanation\(\)/);
    }
    expect(explanation.call(result).truth).toBe('met');
  });

  it('keeps every operator it evaluated: a raw condition edited afterwards changes no op or truth of a tree', () => {
    const raw = {
      op: 'all',
      of: [
        { op: 'fact', fact: 'open' },
        { op: 'compare', fact: 'tests', cmp: 'eq', value: 0 },
      ],
    };
    const shape = (node: Explanation): unknown => [node.op, node.truth, node.children.map(shape)];
    const expected = shape(evaluate(raw as Condition, evidence, { at: AT }).explanation as Explanation);
    const compact = evaluateCompact(raw as Condition, evidence, { at: AT });
    raw.op = 'any';
    (raw.of[0] as { op: string }).op = 'ref';
    expect(shape(compact.explanation())).toEqual(expected);
    expect(expected).toEqual([
      'all',
      'met',
      [
        ['fact', 'met', []],
        ['compare', 'met', []],
      ],
    ]);
  });

  it('is not misled by a polluted Object.prototype', () => {
    const condition = all(
      compareFact('tests', 'eq', 0),
      occurred('test', { last: parseDuration('P12M') }),
      compareFact('c', 'eq', 99),
    );
    // Evidence prepared first: raw evidence read under the pollution is refused (its keys are checked with for…in).
    const prepared = prepareEvidence(evidence);
    const compact = evaluateCompact(condition, prepared, { at: AT });
    const expected = evaluate(condition, prepared, { at: AT }).explanation;
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.op = 'polluted';
      proto.window = { start: d('2000-01-01'), end: d('2000-01-02') };
      expect(JSON.stringify(compact.explanation())).toBe(JSON.stringify(expected));
      expect(JSON.stringify(evaluateCompact(condition, prepared, { at: AT }).explanation())).toBe(
        JSON.stringify(expected),
      );
    } finally {
      delete proto.op;
      delete proto.window;
    }
  });

  it('keeps what it read: changing the raw evidence afterwards changes no tree', () => {
    const raw = { facts: [obs('tests', 0)] };
    const compact = evaluateCompact(compareFact('tests', 'eq', 0), raw, { at: AT });
    const before = compact.explanation();
    (raw.facts[0] as { value: unknown }).value = 5;
    raw.facts.length = 0;
    expect(compact.explanation()).toStrictEqual(before);
    expect(before.truth).toBe('met');
    expect(before.used.facts[0]?.value).toBe(0);
  });

  it('is evaluated on a condition far deeper than the closures nest, without overflowing the stack', () => {
    // 100,000 nots: closures nested that deep overflow the stack, in plain Node (at 20,000 already) and in the test
    // workers and Stryker's runners alike.
    let condition: Condition = fact('open');
    for (let i = 0; i < 100_000; i += 1) condition = not(condition);
    const compact = evaluateCompact(condition, evidence, { at: AT, maxDepth: 150_000 });
    expect(compact.truth).toBe('met');
    let node = compact.explanation();
    let depth = 1;
    while (node.children.length > 0) {
      node = node.children[0] as Explanation;
      depth += 1;
    }
    expect(depth).toBe(100_001);
    expect(node.used.facts[0]?.source).toBe('source of open');
  });

  it('refuses what evaluate refuses, with the same codes', () => {
    const deep = deepen(fact('open'));
    expect(codeOf(() => evaluateCompact(fact('open'), evidence, { at: '2018-02-30' as never }))).toBe(
      'INVALID_DATE',
    );
    expect(() => evaluateCompact(fact('open'), evidence, { at: '2018-02-30' as never })).toThrow(
      /^Invalid at date "2018-02-30"/,
    );
    expect(codeOf(() => evaluateCompact(deep, evidence, { at: AT }))).toBe('CONDITION_TOO_DEEP');
    expect(codeOf(() => evaluateCompact(fact('open'), evidence, { at: AT, maxDepth: 0 }))).toBe(
      codeOf(() => evaluate(fact('open'), evidence, { at: AT, maxDepth: 0 })),
    );
    expect(codeOf(() => evaluateCompact(ref('nowhere'), evidence, { at: AT }))).toBe('UNKNOWN_REFERENCE');
    const cyclic = { a: ref('b'), b: ref('a') };
    expect(codeOf(() => evaluateCompact(ref('a'), evidence, { at: AT, definitions: cyclic }))).toBe(
      'CYCLIC_REFERENCE',
    );
    expect(codeOf(() => evaluateCompact({ op: 'fact' } as never, evidence, { at: AT }))).toBe(
      codeOf(() => evaluate({ op: 'fact' } as never, evidence, { at: AT })),
    );
    expect(codeOf(() => evaluateCompact(fact('open'), { facts: 3 } as never, { at: AT }))).toBe(
      'INVALID_INPUT',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  all,
  any,
  atLeast,
  type Condition,
  compareFact,
  type Evidence,
  type Explanation,
  evaluate,
  evaluateCompact,
  fact,
  noneOccurred,
  not,
  occurred,
  onOrAfter,
  parseDuration,
  prepareEvidence,
  quantity,
  ref,
} from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { AT, d } from './arbitraries.js';
import { deepen, inner } from './deepen.js';

const obs = (name: string, value: unknown, from = '2018-01-01', until?: string) => ({
  fact: name,
  value: value as never,
  from: d(from),
  ...(until === undefined ? {} : { until: d(until) }),
  source: `source of ${name}`,
});
const truth = (condition: Condition, evidence: Evidence, at = AT) =>
  evaluate(condition, evidence, { at }).truth;

describe('evaluate: facts', () => {
  it('makes a missing fact unknown, never unmet or met, and names it in the explanation', () => {
    for (const condition of [fact('c'), compareFact('c', 'lt', 100), not(compareFact('c', 'ge', 100))]) {
      const result = evaluate(condition, { facts: [obs('a', 1)] }, { at: AT });
      expect(result.truth).toBe('unknown');
      expect(result.explanation?.missing).toEqual([expect.objectContaining({ evidence: 'fact', fact: 'c' })]);
    }
  });

  it('gathers what the unknown parts miss at the root, each once, and nothing when settled', () => {
    const condition = all(fact('a'), any(fact('b'), compareFact('c', 'eq', 1)), compareFact('c', 'ne', 2));
    const result = evaluate(condition, { facts: [obs('a', true)] }, { at: AT });
    expect(result.truth).toBe('unknown');
    expect(result.explanation?.missing.map((m) => (m.evidence === 'fact' ? m.fact : m.kind))).toEqual([
      'b',
      'c',
    ]);
    const settled = evaluate(all(fact('a'), fact('b')), { facts: [obs('a', false)] }, { at: AT });
    expect(settled.truth).toBe('unmet');
    expect(settled.explanation?.missing).toEqual([]);
    expect(settled.explanation?.children[1]?.missing).toHaveLength(1);
  });

  it('names the observation used, with its source', () => {
    const result = evaluate(compareFact('a', 'ge', 3), { facts: [obs('a', 5)] }, { at: AT });
    expect(result.explanation?.used.facts).toEqual([obs('a', 5)]);
    expect(result.explanation?.condition).toEqual(compareFact('a', 'ge', 3));
  });

  it('lets a later observation supersede an earlier one from its from date; until is inclusive', () => {
    const evidence = { facts: [obs('a', 5, '2018-01-01'), obs('a', 1, '2018-06-01', '2018-06-30')] };
    const atLeast3 = compareFact('a', 'ge', 3);
    expect(truth(atLeast3, evidence, d('2017-12-31'))).toBe('unknown');
    expect(truth(atLeast3, evidence, d('2018-05-31'))).toBe('met');
    expect(truth(atLeast3, evidence, d('2018-06-30'))).toBe('unmet');
    // The superseding observation expired: the earlier one does not come back.
    expect(truth(atLeast3, evidence, d('2018-07-01'))).toBe('unknown');
  });

  it('reads a fact with one observation from its from date to its until date, both included, on either path', () => {
    // A fact with one observation is looked up on its history alone (its days inline): the bounds are checked there,
    // separately from the search over two or more observations above.
    const evidence = prepareEvidence({ facts: [obs('a', 5, '2018-06-01', '2018-06-30')] });
    const atLeast3 = compareFact('a', 'ge', 3);
    const expected: [string, string][] = [
      ['2018-05-31', 'unknown'],
      ['2018-06-01', 'met'],
      ['2018-06-30', 'met'],
      ['2018-07-01', 'unknown'],
    ];
    for (const [day, answer] of expected) {
      expect(evaluate(atLeast3, evidence, { at: d(day), explain: false }).truth).toBe(answer);
      const explained = evaluate(atLeast3, evidence, { at: d(day) });
      expect(explained.truth).toBe(answer);
      expect(explained.explanation?.used.facts).toHaveLength(answer === 'met' ? 1 : 0);
    }
  });

  it('lets the observation listed later win on the same from date', () => {
    const evidence = { facts: [obs('a', 5), obs('a', 1)] };
    expect(truth(compareFact('a', 'eq', 1), evidence)).toBe('met');
  });

  it('compares numbers, strings, booleans, dates and quantities with every comparator', () => {
    const evidence: Evidence = {
      facts: [
        obs('n', 2),
        obs('s', 'verified'),
        obs('b', false),
        obs('d', { date: d('2018-06-12') }),
        obs('q', quantity('500000', 'barrel')),
      ],
    };
    const cases: [Condition, string][] = [
      [compareFact('n', 'eq', 2), 'met'],
      [compareFact('n', 'ne', 2), 'unmet'],
      [compareFact('n', 'lt', 3), 'met'],
      [compareFact('n', 'le', 2), 'met'],
      [compareFact('n', 'gt', 2), 'unmet'],
      [compareFact('n', 'ge', 3), 'unmet'],
      [compareFact('s', 'eq', 'verified'), 'met'],
      [compareFact('s', 'ne', 'verified'), 'unmet'],
      [compareFact('b', 'eq', false), 'met'],
      [compareFact('b', 'ne', true), 'met'],
      [compareFact('d', 'lt', { date: d('2018-06-13') }), 'met'],
      [compareFact('d', 'ge', { date: d('2018-06-13') }), 'unmet'],
      [compareFact('q', 'le', quantity('500000.00', 'barrel')), 'met'],
      [compareFact('q', 'gt', quantity('499999.99', 'barrel')), 'met'],
      [compareFact('q', 'eq', quantity('1', 'barrel')), 'unmet'],
      [fact('b'), 'unmet'],
    ];
    for (const [condition, expected] of cases) {
      expect(truth(condition, evidence), JSON.stringify(condition)).toBe(expected);
      expect(evaluate(condition, evidence, { at: AT, explain: false }).truth).toBe(expected);
    }
  });

  it('never coerces: a value of another type or unit is unknown with TYPE_MISMATCH or UNIT_MISMATCH', () => {
    const evidence: Evidence = {
      facts: [obs('c', '99'), obs('date', '2018-06-12'), obs('q', quantity('1', 'tonne')), obs('flag', 1)],
    };
    const cases: [Condition, string][] = [
      [compareFact('c', 'eq', 99), 'TYPE_MISMATCH'],
      [compareFact('date', 'eq', { date: d('2018-06-12') }), 'TYPE_MISMATCH'],
      [compareFact('q', 'le', quantity('1', 'barrel')), 'UNIT_MISMATCH'],
      [compareFact('q', 'le', 1), 'TYPE_MISMATCH'],
      [fact('flag'), 'TYPE_MISMATCH'],
    ];
    for (const [condition, code] of cases) {
      const result = evaluate(condition, evidence, { at: AT });
      expect(result.truth).toBe('unknown');
      expect(result.explanation?.missing[0]).toMatchObject({ evidence: 'fact', code });
      expect(
        result.explanation?.missing[0]?.evidence === 'fact' && result.explanation.missing[0].message,
      ).toMatch(/observed/);
      expect(evaluate(condition, evidence, { at: AT, explain: false }).truth).toBe('unknown');
    }
  });

  it('treats "__proto__", "constructor" and "toString" as ordinary ids', () => {
    const evidence = { facts: [obs('__proto__', true), obs('constructor', 3)] };
    expect(truth(fact('__proto__'), evidence)).toBe('met');
    expect(truth(compareFact('constructor', 'eq', 3), evidence)).toBe('met');
    expect(truth(fact('toString'), evidence)).toBe('unknown');
    expect(truth(fact('hasOwnProperty'), {})).toBe('unknown');
  });
});

describe('evaluate: events and coverage', () => {
  const evidence: Evidence = {
    events: [{ kind: 'test', date: d('2017-09-03'), source: 'S/PV.8042' }],
    coverage: [
      { kind: 'test', start: d('2017-01-01'), end: d('2017-12-31') },
      { kind: 'test', start: d('2018-01-01'), end: d('2018-06-30') },
      { kind: 'test', start: d('2018-08-01'), end: d('2019-12-31') },
    ],
  };
  const last12 = { last: parseDuration('P12M') };

  it('finds an event in a relative window, both ends inclusive', () => {
    expect(truth(occurred('test', last12), evidence, d('2017-09-03'))).toBe('met');
    expect(truth(occurred('test', last12), evidence, d('2018-09-03'))).toBe('met');
    expect(truth(noneOccurred('test', last12), evidence, d('2018-09-03'))).toBe('unmet');
    const result = evaluate(occurred('test', last12), evidence, { at: d('2018-09-03') });
    expect(result.explanation?.used.events).toEqual([
      { kind: 'test', date: '2017-09-03', source: 'S/PV.8042' },
    ]);
    expect(result.explanation?.window).toEqual({ start: '2017-09-03', end: '2018-09-03' });
  });

  it('knows an absence only under coverage, and names the days not covered', () => {
    const result = evaluate(noneOccurred('test', last12), evidence, { at: d('2018-09-04') });
    expect(result.truth).toBe('unknown');
    expect(result.explanation?.missing).toEqual([
      { evidence: 'coverage', kind: 'test', start: '2018-07-01', end: '2018-07-31' },
    ]);
    expect(truth(occurred('test', last12), evidence, d('2018-09-04'))).toBe('unknown');
    expect(truth(noneOccurred('test', last12), evidence, d('2019-08-01'))).toBe('met');
    expect(truth(noneOccurred('test', last12), {}, d('2019-08-01'))).toBe('unknown');
    const uncovered = evaluate(noneOccurred('other', last12), evidence, { at: d('2019-08-01') });
    expect(uncovered.explanation?.missing).toEqual([
      { evidence: 'coverage', kind: 'other', start: '2018-08-01', end: '2019-08-01' },
    ]);
  });

  it('merges adjacent coverage: 31 December then 1 January leaves no gap', () => {
    expect(truth(noneOccurred('test', { last: parseDuration('P1M') }), evidence, d('2018-01-15'))).toBe(
      'met',
    );
  });

  it('cuts an explicit window at the evaluation date and treats one not begun as empty', () => {
    const within2018 = { start: d('2018-01-01'), end: d('2018-12-31') };
    expect(truth(noneOccurred('test', within2018), evidence, d('2018-06-30'))).toBe('met');
    expect(truth(noneOccurred('test', within2018), evidence, d('2018-07-01'))).toBe('unknown');
    expect(truth(occurred('test', within2018), evidence, d('2017-12-31'))).toBe('unmet');
    const before = evaluate(noneOccurred('test', within2018), evidence, { at: d('2017-12-31') });
    expect(before.truth).toBe('met');
    expect(before.explanation?.window).toBeUndefined();
    expect(
      truth(occurred('test', { start: d('2017-01-01'), end: d('2017-12-31') }), evidence, d('2019-01-01')),
    ).toBe('met');
  });

  it('clamps relative windows at month ends', () => {
    const ev: Evidence = { events: [{ kind: 'k', date: d('2019-02-28'), source: 's' }] };
    // 2020-02-29 − P1Y = 2019-02-28 (clamped), so the event is still inside.
    expect(truth(occurred('k', { last: parseDuration('P1Y') }), ev, d('2020-02-29'))).toBe('met');
    expect(truth(occurred('k', { last: parseDuration('P1Y') }), ev, d('2020-03-01'))).toBe('unknown');
  });
});

describe('evaluate: onOrAfter', () => {
  it('is met from the date on and never unknown', () => {
    expect(truth(onOrAfter(d('2018-09-27')), {}, d('2018-09-26'))).toBe('unmet');
    expect(truth(onOrAfter(d('2018-09-27')), {}, d('2018-09-27'))).toBe('met');
    const phase = onOrAfter({ anchor: d('2015-10-18'), plus: parseDuration('P8Y') });
    expect(truth(phase, {}, d('2023-10-17'))).toBe('unmet');
    const result = evaluate(phase, {}, { at: d('2023-10-18') });
    expect(result.truth).toBe('met');
    expect(result.explanation?.date).toBe('2023-10-18');
  });
});

describe('evaluate: definitions', () => {
  const definitions = {
    verified: all(fact('declared'), ref('inspected')),
    inspected: compareFact('inspections', 'ge', 1),
    __proto__: fact('p'),
  };

  it('resolves names as own keys, records and Maps alike', () => {
    const evidence = { facts: [obs('declared', true), obs('inspections', 2), obs('p', true)] };
    expect(evaluate(ref('verified'), evidence, { at: AT, definitions }).truth).toBe('met');
    expect(
      evaluate(ref('verified'), evidence, { at: AT, definitions: new Map(Object.entries(definitions)) })
        .truth,
    ).toBe('met');
    const proto = JSON.parse('{"__proto__": {"op": "fact", "fact": "p"}}');
    expect(evaluate(ref('__proto__'), evidence, { at: AT, definitions: proto, explain: false }).truth).toBe(
      'met',
    );
    expect(codeOf(() => evaluate(ref('toString'), evidence, { at: AT, definitions }))).toBe(
      'UNKNOWN_REFERENCE',
    );
    expect(codeOf(() => evaluate(ref('x'), evidence, { at: AT }))).toBe('UNKNOWN_REFERENCE');
  });

  it('explains a ref with the named condition once, under the first ref to it', () => {
    const result = evaluate(all(ref('inspected'), ref('inspected')), {}, { at: AT, definitions });
    expect(result.truth).toBe('unknown');
    const [first, second] = result.explanation?.children ?? [];
    expect(first?.op).toBe('ref');
    expect(first?.children[0]?.op).toBe('compare');
    expect(second).toMatchObject({ op: 'ref', truth: 'unknown', children: [] });
    expect(result.explanation?.missing).toEqual([expect.objectContaining({ fact: 'inspections' })]);
  });

  it('rejects cycles with CYCLIC_REFERENCE, naming them', () => {
    const cyclic = { a: all(ref('b')), b: any(fact('x'), ref('a')), self: ref('self') };
    expect(codeOf(() => evaluate(ref('a'), {}, { at: AT, definitions: cyclic }))).toBe('CYCLIC_REFERENCE');
    expect(codeOf(() => evaluate(ref('self'), {}, { at: AT, definitions: cyclic, explain: false }))).toBe(
      'CYCLIC_REFERENCE',
    );
    expect(() => evaluate(ref('a'), {}, { at: AT, definitions: cyclic })).toThrow(/a → b → a/);
  });

  it('evaluates a diamond of references once per name, in linear time', () => {
    const chain: Record<string, Condition> = { d0: fact('x') };
    for (let i = 1; i <= 60; i += 1) chain[`d${i}`] = all(ref(`d${i - 1}`), ref(`d${i - 1}`));
    const evidence = { facts: [obs('x', true)] };
    expect(evaluate(ref('d60'), evidence, { at: AT, definitions: chain, explain: false }).truth).toBe('met');
    expect(evaluate(ref('d60'), evidence, { at: AT, definitions: chain }).truth).toBe('met');
  });
});

describe('evaluate: safety and purity', () => {
  const nested = (depth: number): Condition => {
    let condition: Condition = fact('e');
    for (let i = 1; i < depth; i += 1) condition = { op: 'not', of: condition };
    return condition;
  };

  it('reads the date once: a getter giving a date, then anything, cannot split the check from the evaluation', () => {
    const condition = all(occurred('inspection', { last: parseDuration('P1M') }), onOrAfter(d('2018-01-01')));
    const evidence = prepareEvidence({
      events: [{ kind: 'inspection', date: d('2018-09-20'), source: 'test' }],
    });
    for (const explain of [true, false]) {
      let reads = 0;
      const options = {
        get at() {
          reads += 1;
          return reads === 1 ? AT : 'not a date';
        },
        explain,
      };
      expect(evaluate(condition, evidence, options as never).truth).toBe('met');
      expect(reads).toBe(1);
    }
  });

  it('reads maxDepth once, as evaluateCompact does: a getter giving 5, then anything, is read as 5', () => {
    const runs: ((options: object) => string)[] = [
      (options) => evaluate(fact('open'), {}, options as never).truth,
      (options) => evaluate(fact('open'), {}, Object.assign(options, { explain: false }) as never).truth,
      (options) => evaluateCompact(fact('open'), {}, options as never).truth,
    ];
    for (const run of runs) {
      let reads = 0;
      const options = {
        at: AT,
        get maxDepth() {
          reads += 1;
          return reads === 1 ? 5 : 'x';
        },
      };
      expect(run(options)).toBe('unknown');
      expect(reads).toBe(1);
    }
  });

  it('refuses a document deeper than maxDepth with CONDITION_TOO_DEEP, however deep', () => {
    expect(codeOf(() => evaluate(nested(10_000), {}, { at: AT }))).toBe('CONDITION_TOO_DEEP');
    expect(codeOf(() => evaluate(nested(257), {}, { at: AT, explain: false }))).toBe('CONDITION_TOO_DEEP');
    expect(codeOf(() => evaluate(nested(20), {}, { at: AT, maxDepth: 10 }))).toBe('CONDITION_TOO_DEEP');
    expect(codeOf(() => evaluate(nested(2), {}, { at: AT, maxDepth: 0 }))).toBe('INVALID_INPUT');
  });

  it('evaluates a depth-200 document, and deeper ones without recursion when maxDepth allows', () => {
    const evidence = { facts: [obs('e', true)] };
    expect(evaluate(nested(200), evidence, { at: AT }).truth).toBe('unmet');
    for (const depth of [600, 5_001]) {
      const options = { at: AT, maxDepth: 10_000 };
      const expected = depth % 2 === 1 ? 'met' : 'unmet';
      expect(evaluate(nested(depth), evidence, options).truth).toBe(expected);
      expect(evaluate(nested(depth), evidence, { ...options, explain: false }).truth).toBe(expected);
      const wide = all(nested(depth), atLeast(1, nested(depth)), any(nested(depth)), ref('deep'));
      const definitions = { deep: nested(depth) };
      expect(evaluate(wide, evidence, { ...options, definitions }).truth).toBe(expected);
      expect(evaluate(wide, evidence, { ...options, definitions, explain: false }).truth).toBe(expected);
    }
  });

  it('reports malformed conditions and options as SanctionsRegimeError', () => {
    const bad: unknown[] = [
      null,
      [],
      { op: 'nope' },
      { op: 'toString' },
      { op: 'all', of: {} },
      { op: 'all', of: [1] },
      { op: 'atLeast', count: -1, of: [] },
      { op: 'atLeast', count: 1.5, of: [] },
      { op: 'fact', fact: '' },
      { op: 'compare', fact: 'a', cmp: 'lt', value: 'x' },
      { op: 'compare', fact: 'a', cmp: 'approx', value: 1 },
      { op: 'compare', fact: 'a', cmp: 'eq', value: { amount: 1, unit: 'barrel' } },
      { op: 'compare', fact: 'a', cmp: 'eq', value: Number.NaN },
      { op: 'occurred', event: 'e', within: 'P12M' },
      { op: 'occurred', event: 'e', within: { last: '12M' } },
      { op: 'occurred', event: 'e', within: { start: '2018-02-01', end: '2018-01-01' } },
      { op: 'noneOccurred', event: 'e', within: { start: '2018-02-30', end: '2018-03-01' } },
      { op: 'onOrAfter' },
      { op: 'onOrAfter', anchor: '9999-01-01', plus: 'P1Y' },
      { op: 'ref', name: 1 },
      Object.create({ op: 'fact', fact: 'inherited' }),
    ];
    for (const condition of bad) {
      expect(() => evaluate(condition as Condition, {}, { at: AT }), JSON.stringify(condition)).toThrow(
        expect.objectContaining({ name: 'SanctionsRegimeError' }),
      );
    }
    expect(codeOf(() => evaluate(fact('a'), {}, { at: '2018-02-30' as never }))).toBe('INVALID_DATE');
    expect(codeOf(() => evaluate(fact('a'), {}, { at: AT, maxDepth: 1.5 }))).toBe('INVALID_INPUT');
    expect(() => evaluate({ op: 'all', of: [{ op: 'fact' }] } as never, {}, { at: AT })).toThrow(
      /condition\.of\.0\.fact/,
    );
  });

  it('does not mutate its inputs; returns fresh explained results and frozen plain ones', () => {
    const condition = JSON.parse(
      JSON.stringify(all(fact('a'), occurred('k', { last: parseDuration('P1M') }))),
    );
    const evidence = { facts: [obs('a', true)], events: [{ kind: 'k', date: d('2018-09-01'), source: 's' }] };
    const before = JSON.stringify([condition, evidence]);
    const result = evaluate(condition, evidence, { at: AT });
    evaluate(condition, evidence, { at: AT, explain: false });
    expect(JSON.stringify([condition, evidence])).toBe(before);
    expect(Object.isFrozen(result.explanation?.children[0]?.used.facts[0])).toBe(true);
    expect(Object.isFrozen(condition)).toBe(false);
    // The explained result is fresh: a new plain object on every call, so a caller who writes to one changes no other.
    const again = evaluate(condition, evidence, { at: AT });
    expect(again).not.toBe(result);
    expect(again).toStrictEqual(result);
    expect(Object.keys(again)).toEqual(['truth', 'explanation']);
    expect(Object.getPrototypeOf(again)).toBe(Object.prototype);
    (again as { truth: string }).truth = 'met';
    expect(evaluate(condition, evidence, { at: AT }).truth).toBe(result.truth);
    // Without explanation the result is shared, so it is frozen.
    expect(Object.isFrozen(evaluate(condition, evidence, { at: AT, explain: false }))).toBe(true);
  });

  it('makes every explanation node a plain object: own fields in the documented order, on Object.prototype', () => {
    // Nodes are made by constructors (see ExplanationNode), which must not show: a caller comparing, cloning or
    // serialising an explanation sees the object literal it was before.
    const condition = all(
      any(fact('a'), compareFact('b', 'lt', 3)),
      atLeast(1, not(fact('a')), ref('r')),
      occurred('k', { last: parseDuration('P1M') }),
      noneOccurred('k', { start: d('2030-01-01'), end: d('2031-01-01') }),
      onOrAfter(d('2018-01-01')),
    );
    const evidence = {
      facts: [obs('a', true), obs('b', 'x')],
      events: [{ kind: 'k', date: d('2018-09-01'), source: 's' }],
    };
    const definitions = { r: fact('c') };
    const SIX = ['op', 'truth', 'condition', 'children', 'used', 'missing'];
    for (const explanation of [
      evaluate(condition, evidence, { at: AT, definitions }).explanation,
      inner(
        evaluate(deepen(condition), evidence, { at: AT, definitions, maxDepth: 1000 })
          .explanation as Explanation,
      ),
    ]) {
      const seen = new Set<string>();
      const walk = (node: Explanation): void => {
        seen.add(node.op);
        expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
        expect(node.constructor).toBe(Object);
        const extra = node.op === 'onOrAfter' ? ['date'] : node.window === undefined ? [] : ['window'];
        expect(Object.keys(node), node.op).toEqual([...SIX, ...extra]);
        expect({ ...node }).toStrictEqual(node);
        expect(structuredClone({ ...node, condition: null, children: [] })).toStrictEqual({
          ...node,
          condition: null,
          children: [],
        });
        node.children.forEach(walk);
      };
      walk(explanation as Explanation);
      expect([...seen].sort()).toEqual(
        [
          'all',
          'any',
          'atLeast',
          'compare',
          'fact',
          'noneOccurred',
          'not',
          'occurred',
          'onOrAfter',
          'ref',
        ].sort(),
      );
    }
  });

  it('does not cache a condition the caller may still change', () => {
    const condition = { op: 'fact', fact: 'a' } as { op: 'fact'; fact: string };
    const evidence = { facts: [obs('a', true), obs('b', false)] };
    expect(evaluate(condition, evidence, { at: AT, explain: false }).truth).toBe('met');
    condition.fact = 'b';
    expect(evaluate(condition, evidence, { at: AT, explain: false }).truth).toBe('unmet');
  });
});

describe('prepareEvidence', () => {
  it('indexes once and is accepted wherever evidence is', () => {
    const prepared = prepareEvidence({ facts: [obs('a', 1)] });
    expect(prepareEvidence(prepared)).toBe(prepared);
    expect(evaluate(compareFact('a', 'eq', 1), prepared, { at: AT }).truth).toBe('met');
  });

  it('refuses malformed evidence with a path', () => {
    const bad: [unknown, string][] = [
      [null, 'INVALID_INPUT'],
      [{ facts: {} }, 'INVALID_INPUT'],
      [{ facts: [1] }, 'INVALID_INPUT'],
      [{ facts: [{ fact: 'a', value: 1, from: '2018-1-1', source: 's' }] }, 'INVALID_DATE'],
      [
        { facts: [{ fact: 'a', value: Number.POSITIVE_INFINITY, from: '2018-01-01', source: 's' }] },
        'INVALID_INPUT',
      ],
      [
        { facts: [{ fact: 'a', value: 1, from: '2018-01-01', until: '2017-01-01', source: 's' }] },
        'INVALID_RANGE',
      ],
      [{ facts: [{ fact: 'a', value: 1, from: '2018-01-01' }] }, 'INVALID_INPUT'],
      [{ events: [{ kind: '', date: '2018-01-01', source: 's' }] }, 'INVALID_INPUT'],
      [{ coverage: [{ kind: 'k', start: '2018-01-02', end: '2018-01-01' }] }, 'INVALID_RANGE'],
    ];
    for (const [evidence, code] of bad) {
      expect(
        codeOf(() => prepareEvidence(evidence as Evidence)),
        JSON.stringify(evidence),
      ).toBe(code);
    }
    expect(() => prepareEvidence({ facts: [obs('a', 1), { ...obs('b', 1), from: 'x' as never }] })).toThrow(
      /evidence\.facts\.1\.from/,
    );
  });
});

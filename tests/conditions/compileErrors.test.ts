// A condition that was not parsed with ConditionSchema is checked as it is compiled: each problem is named with its
// path and what was expected; references name the missing definition or the cycle.
import { describe, expect, it } from 'vitest';
import {
  all,
  type Condition,
  createConditionSchema,
  evaluate,
  fact,
  not,
  parseDate,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

const AT = parseDate('2018-01-01');
const run = (condition: unknown, options: object = {}) =>
  errorOf(() => evaluate(condition as Condition, {}, { at: AT, ...options }));
const parse = 'Parse untrusted JSON with ConditionSchema first.';

describe('malformed conditions, in words', () => {
  it.each([
    [{ op: 'fact', fact: '' }, 'condition.fact', 'expected a non-empty string, got ""', ['fact']],
    [
      { op: 'onOrAfter', date: '2018-02-30' },
      'condition.date',
      'expected a calendar date as YYYY-MM-DD, got "2018-02-30"',
      ['date'],
    ],
    [
      { op: 'occurred', event: 'e', within: { last: 'P1H' } },
      'condition.within.last',
      'expected an ISO 8601 duration such as "P12M", got "P1H"',
      ['within', 'last'],
    ],
    [
      { op: 'compare', fact: 'f', cmp: 'gte', value: 1 },
      'condition.cmp',
      'expected one of eq, ne, lt, le, gt, ge, got "gte"',
      ['cmp'],
    ],
    [
      { op: 'compare', fact: 'f', cmp: 'eq', value: null },
      'condition.value',
      'expected a finite number, a string, a boolean, { date } or a Quantity, got null',
      ['value'],
    ],
    [
      { op: 'occurred', event: 'e', within: 'P1Y' },
      'condition.within',
      'expected { last } or { start, end }, got "P1Y"',
      ['within'],
    ],
    [
      { op: 'occurred', event: 'e', within: { start: '2018-02-01', end: '2018-01-01' } },
      'condition.within.end',
      'the window ends before it starts',
      ['within', 'end'],
    ],
    [
      { op: 'xor', of: [] },
      'condition.op',
      'unknown operator "xor"; expected one of all, any, not, atLeast, fact, compare, occurred, noneOccurred, onOrAfter, ref',
      ['op'],
    ],
    [{ op: 'not', of: 5 }, 'condition.of', 'expected a condition object, got 5', ['of']],
    [
      { op: 'all', of: [fact('a'), 'b'] },
      'condition.of.1',
      'expected a condition object, got "b"',
      ['of', 1],
    ],
    [null, 'the condition', 'expected a condition object, got null', []],
  ] as const)('%j', (condition, where, problem, path) => {
    const e = run(condition);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe(`Invalid condition at ${where}: ${problem}. ${parse}`);
    expect(e.details).toEqual({ path });
  });

  it.each([
    [{ op: 'compare', fact: 'f', cmp: 'lt', value: true }, 'a boolean', 'condition.cmp', ['cmp']],
    [{ op: 'compare', fact: 'f', cmp: 'ge', value: 'x' }, 'a string', 'condition.cmp', ['cmp']],
    [
      { op: 'all', of: [{ op: 'compare', fact: 'f', cmp: 'lt', value: true }] },
      'a boolean',
      'condition.of.0.cmp',
      ['of', 0, 'cmp'],
    ],
  ] as const)('ordering %j is a TYPE_MISMATCH', (condition, type, where, path) => {
    const e = run(condition);
    expect(e.code).toBe('TYPE_MISMATCH');
    const cmp = (condition as { cmp?: string }).cmp ?? 'lt';
    expect(e.message).toBe(
      `Cannot order ${type} with "${cmp}" at ${where}: strings and booleans take only "eq" or "ne"; write dates as { date: "YYYY-MM-DD" }.`,
    );
    expect(e.details).toEqual({ path });
  });

  it('compares booleans for equality', () => {
    expect(evaluate({ op: 'compare', fact: 'f', cmp: 'ne', value: true }, {}, { at: AT }).truth).toBe(
      'unknown',
    );
  });
});

describe('references', () => {
  it('names the cycle', () => {
    const e = run(
      { op: 'ref', name: 'a' },
      { definitions: { a: { op: 'ref', name: 'b' }, b: { op: 'ref', name: 'a' } } },
    );
    expect(e.code).toBe('CYCLIC_REFERENCE');
    expect(e.message).toBe('The definitions refer to themselves in a cycle (a → b → a): break the cycle.');
    expect(e.details).toEqual({ cycle: ['a', 'b', 'a'] });
  });

  it('names the cycle from where it starts, not from the root', () => {
    const definitions = {
      root: { op: 'ref', name: 'a' },
      a: { op: 'ref', name: 'b' },
      b: { op: 'ref', name: 'a' },
    };
    expect(run({ op: 'ref', name: 'root' }, { definitions }).details).toEqual({ cycle: ['a', 'b', 'a'] });
  });

  it('names the missing definition and where it was referred from', () => {
    const inner = run({ op: 'ref', name: 'a' }, { definitions: { a: { op: 'ref', name: 'zz' } } });
    expect(inner.code).toBe('UNKNOWN_REFERENCE');
    expect(inner.message).toBe('No definition named "zz": pass it in options.definitions, or fix the name.');
    expect(inner.details).toEqual({ name: 'zz', referredFrom: 'a' });
    expect(run({ op: 'ref', name: 'q' }).details).toEqual({ name: 'q', referredFrom: null });
  });

  it('reads a definition used twice once', () => {
    const definitions = { a: fact('a') };
    const twice = all({ op: 'ref', name: 'a' } as Condition, not({ op: 'ref', name: 'a' } as Condition));
    expect(evaluate(twice, {}, { at: AT, definitions }).truth).toBe('unknown');
  });
});

describe('depth and missing evidence', () => {
  it('refuses a built condition deeper than maxDepth, and takes it at exactly maxDepth', () => {
    let deep: Condition = fact('a');
    for (let i = 0; i < 9; i += 1) deep = not(deep);
    expect(run(deep, { maxDepth: 9 }).code).toBe('CONDITION_TOO_DEEP');
    expect(evaluate(deep, {}, { at: AT, maxDepth: 10 }).truth).toBe('unknown');
  });

  it('says which observation of a fact is missing', () => {
    const result = evaluate(fact('f'), {}, { at: AT });
    expect(result.explanation?.missing).toEqual([
      {
        evidence: 'fact',
        fact: 'f',
        message:
          'No observation of fact "f" is valid on the evaluation date: add one whose period covers it.',
      },
    ]);
  });
});

describe('maxDepth', () => {
  it.each([
    ['zero', 0, '0'],
    ['a fraction', 1.5, '1.5'],
    ['a string', '3', '"3"'],
  ] as const)('refuses %s, showing it', (_name, maxDepth, shown) => {
    for (const call of [
      () => createConditionSchema({ maxDepth: maxDepth as never }),
      () => evaluate(fact('a'), {}, { at: AT, maxDepth: maxDepth as never }),
    ]) {
      const e = errorOf(call);
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.message).toBe(`maxDepth must be a positive integer, got ${shown}.`);
      expect(e.details).toEqual({ maxDepth });
    }
  });

  it('takes 1: a leaf passes, a node with a child does not', () => {
    const schema = createConditionSchema({ maxDepth: 1 });
    expect(schema.safeParse({ op: 'fact', fact: 'a' }).success).toBe(true);
    expect(schema.safeParse({ op: 'not', of: { op: 'fact', fact: 'a' } }).success).toBe(false);
    expect(createConditionSchema().safeParse({ op: 'fact', fact: 'a' }).success).toBe(true);
  });
});

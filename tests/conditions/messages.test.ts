// The conditions layer's refusals word for word: the schemas' issues with their paths, and the raw path's errors,
// which a caller reads without the schema at hand.
import { describe, expect, it } from 'vitest';
import { ConditionSchema, compareFact, EvidenceSchema, evaluate } from '../../src/index.js';
import { errorOf } from '../helpers.js';

const issuesOf = (schema: { safeParse: (v: unknown) => unknown }, value: unknown) => {
  const result = schema.safeParse(value) as {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] };
  };
  return result.success ? [] : (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
};
const AT = { at: '2018-01-01' } as never;
const raw = (condition: unknown, evidence: unknown = { facts: [], events: [] }) => {
  const error = errorOf(() => evaluate(condition as never, evidence as never, AT));
  return [error.code, error.message, { ...error.details }];
};

describe('ConditionSchema refuses in words', () => {
  it('a window that ends before it starts, at its end', () => {
    expect(
      issuesOf(ConditionSchema, {
        op: 'occurred',
        event: 'x',
        within: { start: '2018-02-01', end: '2018-01-01' },
      }),
    ).toEqual([['within.end', 'A window must not end before it starts']]);
  });

  it('an order comparison of a string, and an empty id', () => {
    expect(issuesOf(ConditionSchema, { op: 'compare', fact: 'x', cmp: 'lt', value: 'abc' })).toEqual([
      [
        'cmp',
        'Strings and booleans are compared only with "eq" or "ne"; to order dates, write the value as { "date": "YYYY-MM-DD" }',
      ],
    ]);
    expect(issuesOf(ConditionSchema, { op: 'fact', fact: '' })).toEqual([
      ['fact', 'An id must be a non-empty string'],
    ]);
  });

  it('onOrAfter with both a date and an anchor', () => {
    expect(
      issuesOf(ConditionSchema, { op: 'onOrAfter', date: '2018-01-01', anchor: '2018-01-01', plus: 'P1D' }),
    ).toEqual([['', 'onOrAfter takes either "date", or "anchor" and "plus"']]);
  });
});

describe('EvidenceSchema refuses in words', () => {
  it('an observation or coverage that ends before it starts, at its end', () => {
    expect(
      issuesOf(EvidenceSchema, {
        facts: [{ fact: 'a', value: true, from: '2018-02-01', until: '2018-01-01', source: 's' }],
      }),
    ).toEqual([['facts.0.until', 'An observation must not end before it starts']]);
    expect(
      issuesOf(EvidenceSchema, { coverage: [{ kind: 'k', start: '2018-02-01', end: '2018-01-01' }] }),
    ).toEqual([['coverage.0.end', 'Coverage must not end before it starts']]);
    expect(issuesOf(EvidenceSchema, { events: [{ kind: '', date: '2018-01-01', source: 's' }] })).toEqual([
      ['events.0.kind', 'An id must be a non-empty string'],
    ]);
  });
});

describe('evaluate on raw documents refuses in words', () => {
  const PARSE_EVIDENCE = ' Parse untrusted JSON with EvidenceSchema first.';
  const PARSE_CONDITION = ' Parse untrusted JSON with ConditionSchema first.';

  it('evidence lists that are not arrays, a Map from another copy of the library named as such', () => {
    expect(raw({ op: 'fact', fact: 'x' }, { facts: new Map() })).toEqual([
      'INVALID_INPUT',
      `Invalid evidence at evidence.facts: expected an array, got a Map: this looks like evidence prepared by another copy of sanctions-regime (an older version, or a bundle of it); pass the evidence itself, or prepare it with the copy you evaluate with.${PARSE_EVIDENCE}`,
      { path: 'facts' },
    ]);
    expect(raw({ op: 'fact', fact: 'x' }, { events: 'x' })).toEqual([
      'INVALID_INPUT',
      `Invalid evidence at evidence.events: expected an array, got "x".${PARSE_EVIDENCE}`,
      { path: 'events' },
    ]);
  });

  it('an observation that ends before it starts, as the schema refuses it', () => {
    const [code, message] = raw(
      { op: 'fact', fact: 'x' },
      { facts: [{ fact: 'a', value: true, from: '2018-02-01', until: '2018-01-01', source: 's' }] },
    );
    expect([code, message]).toEqual([
      'INVALID_RANGE',
      `Invalid evidence at evidence.facts.0.until: 2018-01-01 is before 2018-02-01; swap or check the dates.`,
    ]);
  });

  it('a window that ends before it starts, onOrAfter with both forms, an order on a string', () => {
    expect(raw({ op: 'occurred', event: 'x', within: { start: '2018-02-01', end: '2018-01-01' } })).toEqual([
      'INVALID_INPUT',
      `Invalid condition at condition.within.end: the window ends before it starts.${PARSE_CONDITION}`,
      { path: ['within', 'end'] },
    ]);
    expect(raw({ op: 'onOrAfter', date: '2018-01-01', anchor: '2018-01-01', plus: 'P1D' })).toEqual([
      'INVALID_INPUT',
      `Invalid condition at the condition: onOrAfter takes either "date", or "anchor" and "plus", not both.${PARSE_CONDITION}`,
      { path: [] },
    ]);
    expect(raw({ op: 'compare', fact: 'x', cmp: 'lt', value: 'abc' })).toEqual([
      'TYPE_MISMATCH',
      'Cannot order a string with "lt" at condition.cmp: strings and booleans take only "eq" or "ne"; write dates as { date: "YYYY-MM-DD" }.',
      { path: ['cmp'] },
    ]);
  });

  it('compareFact with a quantity it cannot read, naming the field', () => {
    const amount = errorOf(() => compareFact('x', 'lt', { amount: '1,0', unit: 'barrel' } as never));
    expect([amount.message, amount.details]).toEqual([
      'compareFact(value).amount: Expected a plain decimal string such as "500000" or "0.75" (no exponent, no JSON number, no negative zero, at most 20 digits before and 20 after the point).',
      { argument: 'compareFact(value)', path: 'amount' },
    ]);
    expect(errorOf(() => compareFact('x', 'lt', { amount: '10', unit: 'parsec' } as never)).details).toEqual({
      argument: 'compareFact(value)',
      path: 'unit',
    });
  });
});

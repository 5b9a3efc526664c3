// The small internal helpers that error messages and schemas rely on.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { SanctionsRegimeError } from '../../src/errors.js';
import { describeValue } from '../../src/internal/describe.js';
import { nonEmptyArray, nonEmptyString, patternString } from '../../src/internal/zod.js';

describe('describeValue', () => {
  it.each([
    ['a short string, quoted', 'barrels', '"barrels"'],
    ['a string of 80 characters, whole', 'x'.repeat(80), `"${'x'.repeat(80)}"`],
    ['a longer string, cut at 80 with an ellipsis', 'y'.repeat(81), `"${'y'.repeat(80)}…"`],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a number', 1e21, '1e+21'],
    ['NaN', Number.NaN, 'NaN'],
    ['a bigint', 10n, '10'],
    ['a boolean', false, 'false'],
    ['an array', [1, 2], 'an array'],
    ['an object', { toString: null }, 'a value of type object'],
    ['a function', () => 1, 'a value of type function'],
    ['a symbol', Symbol('s'), 'a value of type symbol'],
  ] as const)('describes %s', (_name, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });
});

describe('schema helpers', () => {
  it('patternString refuses a mismatch with its message and code, and publishes the pattern', () => {
    const schema = patternString(/^[a-z]+$/, 'Lower-case letters only', 'BAD_ID');
    expect(schema.parse('abc')).toBe('abc');
    const issue = schema.safeParse('ABC').error?.issues[0] as { message: string; params?: unknown };
    expect(issue.message).toBe('Lower-case letters only');
    expect(issue.params).toEqual({ code: 'BAD_ID' });
    expect(schema.safeParse(1).error?.issues[0]?.message).toBe('Lower-case letters only');
    expect(z.toJSONSchema(schema)).toMatchObject({ type: 'string', pattern: '^[a-z]+$' });
  });

  it('nonEmptyString refuses the empty string and non-strings with its message, and publishes minLength', () => {
    const schema = nonEmptyString('Give a name');
    expect(schema.parse('a')).toBe('a');
    expect(schema.safeParse('').error?.issues.map((i) => i.message)).toEqual(['Give a name']);
    expect(schema.safeParse(5).error?.issues.map((i) => i.message)).toEqual(['Give a name']);
    expect(nonEmptyString().safeParse('').error?.issues[0]?.message).toBe('Expected a non-empty string');
    expect(z.toJSONSchema(schema)).toMatchObject({ type: 'string', minLength: 1 });
  });

  it('nonEmptyArray refuses the empty list with its message, and publishes minItems', () => {
    const schema = nonEmptyArray(z.number(), 'Give a number');
    expect(schema.parse([1])).toEqual([1]);
    expect(schema.safeParse([]).error?.issues.map((i) => i.message)).toEqual(['Give a number']);
    expect(schema.safeParse('x').error?.issues.map((i) => i.message)).toEqual(['Give a number']);
    expect(nonEmptyArray(z.number()).safeParse([]).error?.issues[0]?.message).toBe(
      'Expected at least one item',
    );
    expect(z.toJSONSchema(schema)).toMatchObject({ type: 'array', minItems: 1 });
  });
});

describe('SanctionsRegimeError', () => {
  it('carries its name, code, message and a frozen copy of its details', () => {
    const details = { id: 'x' };
    const e = new SanctionsRegimeError('DUPLICATE_ENTRY', 'Two entries have the id "x".', details);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('SanctionsRegimeError');
    expect(String(e)).toBe('SanctionsRegimeError: Two entries have the id "x".');
    expect(e.code).toBe('DUPLICATE_ENTRY');
    expect(e.details).toEqual({ id: 'x' });
    expect(e.details).not.toBe(details);
    expect(Object.isFrozen(e.details)).toBe(true);
    expect(new SanctionsRegimeError('INVALID_DATE', 'm').details).toEqual({});
  });
});

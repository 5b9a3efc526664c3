// SanctionsRegimeError across copies of the library: the ESM and CommonJS builds each have their own class, so the
// guard and `instanceof` read a brand shared through Symbol.for. (scripts/smoke.mjs checks the two real builds.)
import { describe, expect, it } from 'vitest';
import { isSanctionsRegimeError, parseDate, SanctionsRegimeError } from '../src/index.js';
import { errorOf } from './helpers.js';

/** An error as the other build throws it: another class, the same brand. */
function fromAnotherCopy(): Error {
  class OtherCopyError extends Error {
    readonly code = 'INVALID_DATE';
    readonly details = {};
  }
  const error = new OtherCopyError('"on" must be a calendar date');
  Object.defineProperty(error, Symbol.for('sanctions-regime.error'), { value: true });
  return error;
}

describe('isSanctionsRegimeError', () => {
  it('recognises an error of this copy', () => {
    const error = errorOf(() => parseDate('2018-02-30'));
    expect(isSanctionsRegimeError(error)).toBe(true);
    expect(error instanceof SanctionsRegimeError).toBe(true);
    expect(error instanceof Error).toBe(true);
  });

  it('recognises an error thrown by another copy (the other build of the dual package), also with instanceof', () => {
    const error = fromAnotherCopy();
    expect(isSanctionsRegimeError(error)).toBe(true);
    expect(error instanceof SanctionsRegimeError).toBe(true);
  });

  it.each([
    ['an Error', new Error('x')],
    [
      'a look-alike without the brand',
      Object.assign(new Error('x'), { name: 'SanctionsRegimeError', code: 'X' }),
    ],
    [
      'a branded object without a code',
      Object.defineProperty({}, Symbol.for('sanctions-regime.error'), { value: true }),
    ],
    ['a brand that is not true', { [Symbol.for('sanctions-regime.error')]: 'yes', code: 'X' }],
    ['null', null],
    ['a string', 'SanctionsRegimeError'],
  ])('refuses %s', (_name, value) => {
    expect(isSanctionsRegimeError(value)).toBe(false);
    expect(value instanceof SanctionsRegimeError).toBe(false);
  });

  it('keeps the brand out of the enumerable fields', () => {
    const error = new SanctionsRegimeError('INVALID_INPUT', 'x', { a: 1 });
    expect(Object.getOwnPropertySymbols(error).map(String)).toEqual(['Symbol(sanctions-regime.error)']);
    expect(Object.keys(error).sort()).toEqual(['code', 'details', 'name']);
  });
});

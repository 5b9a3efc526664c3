import fc from 'fast-check';
import { type PlainDate, parseDate, SanctionsRegimeError } from '../src/index.js';

/** Runs `fn` and returns the code of the SanctionsRegimeError it throws; fails when it throws anything else. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SanctionsRegimeError) return error.code;
    throw error;
  }
  throw new Error('expected a SanctionsRegimeError, but nothing was thrown');
}

/** Arbitrary valid dates between 1900 and 2100. */
export function arbDate(min = '1900-01-01', max = '2100-12-31'): fc.Arbitrary<PlainDate> {
  return fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => parseDate(d.toISOString().slice(0, 10)));
}

/** Arbitrary plain decimal strings with up to 12 integer and 6 fraction digits, possibly negative. */
export function arbAmount({ negative = true } = {}): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 999_999_999_999n }),
      fc.option(fc.bigInt({ min: 0n, max: 999_999n }), { nil: undefined }),
      fc.integer({ min: 1, max: 6 }),
    )
    .map(([neg, int, frac, digits]) => {
      const fraction = frac === undefined ? '' : `.${frac.toString().padStart(6, '0').slice(0, digits)}`;
      const text = `${int}${fraction}`;
      const isZero = /^[0.]+$/.test(text);
      return negative && neg && !isZero ? `-${text}` : text;
    });
}

/** Runs `fn` and returns the SanctionsRegimeError it throws; fails when it throws anything else or nothing. */
export function errorOf(fn: () => unknown): SanctionsRegimeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SanctionsRegimeError) return error;
    throw error;
  }
  throw new Error('expected a SanctionsRegimeError, but nothing was thrown');
}

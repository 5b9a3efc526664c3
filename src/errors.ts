/**
 * The stable codes carried by {@link SanctionsRegimeError}. Codes never change meaning; new codes may be added in
 * minor releases.
 * @category Errors
 */
export type ErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_DURATION'
  | 'INVALID_RANGE'
  | 'INVALID_PERIOD_RULE'
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_UNIT'
  | 'UNIT_REDEFINED'
  | 'UNIT_MISMATCH'
  | 'ALREADY_CONVERTED'
  | 'DIVISION_BY_ZERO'
  | 'EMPTY_SUM'
  | 'DUPLICATE_ENTRY'
  | 'UNKNOWN_MEASURE'
  | 'INVALID_REGIME'
  | 'CONDITION_TOO_DEEP'
  | 'UNKNOWN_REFERENCE'
  | 'CYCLIC_REFERENCE'
  | 'TYPE_MISMATCH'
  | 'INVALID_INPUT'
  | 'INVALID_PLAN'
  | 'INVALID_DOCUMENT'
  | 'INVALID_ACCUMULATOR_STATE';

// The brand every SanctionsRegimeError carries. `Symbol.for` is shared by every copy of the library loaded in one
// process (the ESM and the CommonJS build, two installed versions), where the classes themselves are not.
const ERROR_BRAND = Symbol.for('sanctions-regime.error');

/**
 * Whether a value is an error thrown by this library, whichever copy threw it: the ESM build (`import`), the
 * CommonJS build (`require`), or another installed version. Prefer it to `instanceof`, which compares classes.
 *
 * @param value - anything, typically what a `catch` caught.
 * @returns `true` for a {@link SanctionsRegimeError} from any copy of the library.
 * @example
 * ```ts
 * import { isSanctionsRegimeError, parseDate } from 'sanctions-regime';
 * const caught: unknown = (() => { try { return parseDate('2018-02-30'); } catch (e) { return e; } })();
 * isSanctionsRegimeError(caught) && caught.code; //=> 'INVALID_DATE'
 * isSanctionsRegimeError(new Error('other')); //=> false
 * ```
 * @category Errors
 */
export function isSanctionsRegimeError(value: unknown): value is SanctionsRegimeError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { readonly [ERROR_BRAND]?: unknown })[ERROR_BRAND] === true &&
    typeof (value as { readonly code?: unknown }).code === 'string'
  );
}

/**
 * The one error class this library throws for broken invariants (an impossible date, barrels added to tonnes).
 * Domain outcomes such as "cap exceeded" are returned as data, never thrown. `instanceof` recognises an error from
 * either build of the package (ESM or CommonJS), as {@link isSanctionsRegimeError} does.
 *
 * @example
 * ```ts
 * import { parseDate, SanctionsRegimeError } from 'sanctions-regime';
 * const error = (() => { try { parseDate('2018-02-30'); } catch (e) { return e; } })();
 * error instanceof SanctionsRegimeError; //=> true
 * (error as SanctionsRegimeError).code; //=> 'INVALID_DATE'
 * ```
 * @category Errors
 */
export class SanctionsRegimeError extends Error {
  /** The stable, machine-readable code: test this, not the message. */
  readonly code: ErrorCode;
  /** The values that caused the error, for logging. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Whether a value is a SanctionsRegimeError of any copy of the library (see {@link isSanctionsRegimeError}), so
   * that `instanceof` works across the ESM and CommonJS builds.
   *
   * @param value - the left operand of `instanceof`.
   * @returns whether it carries the library's error brand.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isSanctionsRegimeError(value);
  }

  /**
   * @param code - the stable code.
   * @param message - what went wrong and what to do about it.
   * @param details - the values that caused the error.
   */
  constructor(code: ErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'SanctionsRegimeError';
    this.code = code;
    this.details = Object.freeze({ ...details });
    Object.defineProperty(this, ERROR_BRAND, { value: true });
  }
}

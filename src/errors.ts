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
  | 'INVALID_PLAN';

/**
 * The one error class this library throws for broken invariants (an impossible date, barrels added to tonnes).
 * Domain outcomes such as "cap exceeded" are returned as data, never thrown.
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
   * @param code - the stable code.
   * @param message - what went wrong and what to do about it.
   * @param details - the values that caused the error.
   */
  constructor(code: ErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'SanctionsRegimeError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

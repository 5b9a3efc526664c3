// Internal: turning ledger entries (parsed, or JSON checked by a fast path equivalent to LedgerEntrySchema) into
// compact records that the accumulator keeps.
import type * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import {
  type Decimal,
  decimalFromString,
  isDecimal,
  isDecimalString,
  MAX_FRACTION_DIGITS,
  MAX_INTEGER_DIGITS,
  times,
} from '../quantity/decimal.js';
import { units as builtInUnits, hasUnit, type UnitId } from '../quantity/units.js';
import { dayNumberOf, type PlainDate } from '../time/plainDate.js';
import {
  ENTRY_ID_PATTERN,
  type LedgerBasis,
  type LedgerEntry,
  LedgerEntrySchema,
  REPORTER_PATTERN,
} from './ledgerEntry.js';

/**
 * An amount per cap dimension: a checked decimal string, a Decimal, or null when it cannot be converted.
 *
 * @category Caps
 */
export type DimensionAmount = string | Decimal | null;

/**
 * What the accumulator keeps of one entry.
 *
 * @category Caps
 */
export interface EntryRecord {
  readonly id: string;
  readonly cap: string;
  readonly basis: LedgerBasis;
  readonly reporter: string;
  readonly delivered: PlainDate;
  readonly through: PlainDate;
  readonly deliveredDay: number;
  readonly throughDay: number;
  /** The day the entry became known: its `reported` date, else the end of its delivery. */
  readonly knownDay: number;
  readonly corrects: string | undefined;
  readonly retracts: string | undefined;
  /** The ids an aggregate supersedes (undefined when it supersedes none). */
  readonly supersedes: readonly string[] | undefined;
  /** The reported unit (undefined for a retraction). */
  readonly unit: UnitId | undefined;
  /** Per cap dimension; empty for a retraction. */
  readonly amounts: readonly DimensionAmount[];
}

const BASES = new Set(['reported', 'alleged', 'estimated']);
const MEASURE_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const UNIT_ID = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * Per-accumulator memos of pure checks: the cap ids and the reporters seen valid (a ledger repeats a few of each).
 *
 * @category Caps
 */
export interface DayCache {
  readonly caps: Set<string>;
  readonly reporters: Set<string>;
}

/**
 * An empty memo.
 *
 * @category Caps
 */
export function newCache(): DayCache {
  return { caps: new Set(), reporters: new Set() };
}

function validOnce(seen: Set<string>, value: unknown, pattern: RegExp): value is string {
  if (typeof value !== 'string') return false;
  // Stryker disable next-line ConditionalExpression: a memo; without it the pattern is tested again
  if (seen.has(value)) return true;
  if (!pattern.test(value)) return false;
  seen.add(value);
  return true;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

function sourceOk(source: unknown): boolean {
  if (!isObject(source)) return false;
  if (typeof source.document !== 'string' || source.document.length === 0) return false;
  if (!optionalString(source.url) || !optionalString(source.quote) || !optionalString(source.note))
    return false;
  return source.date === undefined || dayNumberOf(source.date) !== undefined;
}

/** A non-empty list of distinct entry ids, on an entry that neither corrects nor retracts. */
function supersedesOk(supersedes: unknown, corrects: unknown, retracts: unknown): boolean {
  if (!Array.isArray(supersedes) || supersedes.length === 0) return false;
  if (corrects !== undefined || retracts !== undefined) return false;
  if (!supersedes.every((id) => typeof id === 'string' && ENTRY_ID_PATTERN.test(id))) return false;
  return new Set(supersedes).size === supersedes.length;
}

/**
 * Whether a parsed Decimal is one the schema could have made: finite, at most MAX_INTEGER_DIGITS digits before the
 * point and MAX_FRACTION_DIGITS after (a Decimal built by hand may be anything).
 */
function withinLimits(value: Decimal): boolean {
  return value.isFinite() && value.e < MAX_INTEGER_DIGITS && value.decimalPlaces() <= MAX_FRACTION_DIGITS;
}

interface Factor {
  readonly from: string;
  readonly to: string;
  readonly multiplier: Decimal;
}

// Stryker disable next-line ArrayDeclaration: a factor that is not an object converts no unit
const NO_FACTORS: readonly Factor[] = Object.freeze([]);

/** Reads conversion factors of a JSON or parsed entry; undefined when malformed. */
function factorsOf(conversion: unknown, parsed: boolean): readonly Factor[] | undefined {
  if (conversion === undefined) return NO_FACTORS;
  const list = Array.isArray(conversion) ? conversion : [conversion];
  const factors: Factor[] = [];
  for (const f of list) {
    if (!isObject(f) || typeof f.from !== 'string' || typeof f.to !== 'string') return undefined;
    if (!UNIT_ID.test(f.from) || !UNIT_ID.test(f.to) || typeof f.source !== 'string' || f.source.length === 0)
      return undefined;
    let multiplier: Decimal | undefined;
    // A JSON multiplier read as parsed (or the reverse) is refused, and the schema then decides: equivalent.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, as said above
    if (parsed) multiplier = isDecimal(f.multiplier) && withinLimits(f.multiplier) ? f.multiplier : undefined;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, as said above
    else multiplier = typeof f.multiplier === 'string' ? decimalFromString(f.multiplier) : undefined;
    if (multiplier === undefined || multiplier.isNegative() || multiplier.isZero()) return undefined;
    factors.push({ from: f.from, to: f.to, multiplier });
  }
  return factors;
}

function amountsFor(
  amount: string | Decimal,
  unit: UnitId,
  factors: readonly Factor[],
  dimensions: readonly UnitId[],
): DimensionAmount[] {
  const amounts: DimensionAmount[] = [];
  for (const dimension of dimensions) {
    if (unit === dimension) {
      amounts.push(amount);
      continue;
    }
    const factor = factors.find((f) => f.from === unit && f.to === dimension);
    amounts.push(
      factor === undefined
        ? null
        : times(
            // Stryker disable next-line ConditionalExpression,StringLiteral: times reads a checked string the same way
            typeof amount === 'string' ? (decimalFromString(amount) as Decimal) : amount,
            factor.multiplier,
          ),
    );
  }
  return amounts;
}

/**
 * The record of one entry, or undefined when the fast checks fail (the caller then asks the schema, which either
 * throws a ZodError with paths or accepts what the fast path was too strict for).
 */
function fastRecord(input: unknown, dimensions: readonly UnitId[], cache: DayCache): EntryRecord | undefined {
  if (!isObject(input)) return undefined;
  const {
    id,
    cap,
    delivered,
    deliveredThrough,
    reported,
    quantity,
    conversion,
    reporter,
    basis,
    source,
    corrects,
    retracts,
    supersedes,
    note,
  } = input;
  if (typeof id !== 'string' || !ENTRY_ID_PATTERN.test(id)) return undefined;
  if (!validOnce(cache.caps, cap, MEASURE_ID)) return undefined;
  const deliveredDay = dayNumberOf(delivered);
  if (deliveredDay === undefined) return undefined;
  const throughDay = deliveredThrough === undefined ? deliveredDay : dayNumberOf(deliveredThrough);
  if (throughDay === undefined || throughDay < deliveredDay) return undefined;
  const reportedDay = reported === undefined ? throughDay : dayNumberOf(reported);
  if (reportedDay === undefined) return undefined;
  if (!validOnce(cache.reporters, reporter, REPORTER_PATTERN)) return undefined;
  // Stryker disable next-line ConditionalExpression: the set has only strings
  if (typeof basis !== 'string' || !BASES.has(basis)) return undefined;
  if (!sourceOk(source) || !optionalString(note)) return undefined;
  if (corrects !== undefined && (typeof corrects !== 'string' || !ENTRY_ID_PATTERN.test(corrects)))
    return undefined;
  if (retracts !== undefined && (typeof retracts !== 'string' || !ENTRY_ID_PATTERN.test(retracts)))
    return undefined;
  if (corrects !== undefined && retracts !== undefined) return undefined;
  if (supersedes !== undefined && !supersedesOk(supersedes, corrects, retracts)) return undefined;
  let unit: UnitId | undefined;
  let amounts: DimensionAmount[] = [];
  if (retracts !== undefined) {
    if (quantity !== undefined) return undefined;
  } else {
    if (!isObject(quantity) || quantity.reported !== undefined || quantity.factor !== undefined)
      return undefined;
    if (!hasUnit(builtInUnits, quantity.unit)) return undefined;
    const raw = quantity.amount;
    let amount: string | Decimal | undefined;
    // A string refused here, or read as a Decimal, goes to the schema, which decides: equivalent mutants.
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, as said above
    if (typeof raw === 'string') amount = raw.startsWith('-') || !isDecimalString(raw) ? undefined : raw;
    else if (isDecimal(raw) && !raw.isNegative() && withinLimits(raw))
      // A Decimal the caller can still change is read as its exact digits now: the record keeps no caller's object.
      amount = Object.isFrozen(raw) && Object.isFrozen(raw.d) ? raw : raw.toFixed();
    if (amount === undefined) return undefined;
    // Stryker disable next-line ConditionalExpression,StringLiteral: see factorsOf, equivalent
    const factors = factorsOf(conversion, typeof raw !== 'string');
    if (factors === undefined) return undefined;
    unit = quantity.unit;
    amounts = amountsFor(amount, quantity.unit, factors, dimensions);
  }
  return {
    id,
    cap,
    basis: basis as LedgerBasis,
    reporter,
    delivered: delivered as PlainDate,
    through: (deliveredThrough ?? delivered) as PlainDate,
    deliveredDay,
    throughDay,
    knownDay: reportedDay,
    corrects,
    retracts,
    supersedes: supersedes === undefined ? undefined : Object.freeze([...(supersedes as string[])]),
    unit,
    amounts,
  };
}

/**
 * Checks one entry and makes its record.
 *
 * JSON entries (amounts as strings) go through a fast path equivalent to {@link LedgerEntrySchema}; anything it
 * does not accept is parsed by the schema itself, so bad input fails with the schema's ZodError and paths. Parsed
 * entries (amounts as Decimals) that fail the same checks throw `INVALID_INPUT`.
 * @category Caps
 */
export function recordOf(
  input: LedgerEntry | z.input<typeof LedgerEntrySchema>,
  dimensions: readonly UnitId[],
  cache: DayCache,
): EntryRecord {
  const fast = fastRecord(input, dimensions, cache);
  if (fast !== undefined) return fast;
  const parsedForm = isObject(input) && isObject(input.quantity) && isDecimal(input.quantity.amount);
  if (parsedForm) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `Ledger entry ${typeof input.id === 'string' ? JSON.stringify(input.id) : '(no id)'} is not a valid LedgerEntry: parse it from JSON with LedgerEntrySchema to see each problem with its path.`,
      {},
    );
  }
  const parsed = LedgerEntrySchema.parse(input);
  const again = fastRecord(parsed, dimensions, cache);
  // Stryker disable all: unreachable, the fast path accepts every entry the schema produces
  /* c8 ignore next 7 */
  if (again === undefined) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `Ledger entry ${JSON.stringify(parsed.id)} could not be read.`,
      {},
    );
  }
  // Stryker restore all
  return again;
}

import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { deepFreeze, isFrozenByLibrary } from '../internal/frozen.js';
import { copyDecimal, isDecimal } from '../quantity/decimal.js';
import { isQuantity } from '../quantity/quantity.js';
import type { UnitId } from '../quantity/units.js';
import type { QuantityCap } from '../resolutions/measure.js';
import { checkPeriodRule } from '../time/periodRule.js';
import type { DateArg } from '../time/plainDate.js';
import { isPlainDate, type PlainDate, PlainDateSchema } from '../time/plainDate.js';
import { type DayCache, newCache, recordOf } from './entryRecord.js';
import {
  entryLabel,
  type LedgerBasis,
  LedgerBasisSchema,
  type LedgerEntry,
  type LedgerEntryInput,
} from './ledgerEntry.js';
import { buildReport, type CapReport } from './report.js';
import { joinSegments, type Segment, SegmentBuilder } from './store.js';
import { AppendOnlyStream } from './stream.js';

/**
 * Options for {@link capReport} and {@link createCapAccumulator}.
 *
 * @category Caps
 */
export interface CapReportOptions {
  /**
   * The day of the report: periods after it are left out, and entries delivered or reported after it are not
   * counted (they were not known). Without it, the report runs to the last delivery in the ledger.
   */
  readonly asOf?: DateArg;
  /** Which entries count; defaults to `["reported"]`, the committee's own accounting. */
  readonly basis?: readonly LedgerBasis[];
  /**
   * The caller's promise that no entry corrects, retracts or supersedes another, and that entries come in order of
   * their last delivery day (`deliveredThrough`, else `delivered`). The accumulator then keeps running sums per
   * period, day, reporter and month, the entries of the last day read, and a 63-bit digest of each id, instead of
   * its entries: about 20 bytes an entry instead of about 53 (entries not counted are kept as the report lists
   * them). The report is the same. An entry that breaks the
   * promise is refused (`INVALID_INPUT`, naming it), and so is a repeated id (`DUPLICATE_ENTRY`, as soon as it is
   * read). Such an accumulator is one stream: `accumulate` hands it on to the accumulator it returns, and the one
   * given can no longer be used; it cannot be merged or serialised; and after a refused entry it stops.
   */
  readonly appendOnly?: boolean;
}

/**
 * A ledger entry as accepted by the accumulator: parsed, or in its JSON form.
 *
 * @category Caps
 */
export type LedgerEntryLike = LedgerEntry | LedgerEntryInput;

/** An accumulator's state (internal: state.ts reads and writes it). */
export interface State {
  readonly cap: QuantityCap;
  readonly asOf: PlainDate | undefined;
  readonly basis: readonly LedgerBasis[];
  /** The entries, one column-oriented segment per call of accumulate (store.ts). */
  readonly segments: readonly Segment[];
  readonly cache: DayCache;
  /** The running state of an append-only accumulator (its segments are then empty). */
  readonly stream?: AppendOnlyStream;
}

// Each accumulator's state, out of the caller's reach: the accumulator itself is a frozen { cap, entries }, so no
// caller can reach the columns behind it and change a later report.
const states = new WeakMap<CapAccumulator, State>();

/**
 * An immutable accumulator of ledger entries for one cap. Make one with {@link createCapAccumulator}, add entries
 * with {@link accumulate}, combine with {@link mergeAccumulators}, and read the report with
 * {@link finishCapReport}.
 * @category Caps
 */
export interface CapAccumulator {
  /** The id of the cap the accumulator reports on. */
  readonly cap: string;
  /** How many entries went in. */
  readonly entries: number;
}

/** FNV-1a, 32 bits, from a seed. */
function fnv(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A digest of what a report reads of a cap besides its id: two 32-bit hashes, as 16 hex digits. */
export function capFingerprint(cap: QuantityCap): string {
  const text = JSON.stringify([
    cap.id,
    cap.limits.map((l) => [l.amount.toFixed(), l.unit]),
    cap.thresholds.map((t) => [t.fraction.toFixed(), t.effect]),
    // The period's fields in a fixed order, whatever the order of its keys.
    cap.period.kind === 'recurring'
      ? [cap.period.kind, cap.period.anchor, cap.period.every]
      : [cap.period.kind, cap.period.start, cap.period.end],
    cap.effective.start,
    cap.effective.end ?? null,
  ]);
  return [fnv(text, 0x811c9dc5), fnv(text, 0x01234567)].map((h) => h.toString(16).padStart(8, '0')).join('');
}

/** An accumulator for a state (internal). */
export function make(s: State): CapAccumulator {
  const acc: CapAccumulator = Object.freeze({
    cap: s.cap.id,
    entries: s.stream?.entries ?? s.segments.reduce((n, c) => n + c.length, 0),
  });
  states.set(acc, s);
  if (s.stream !== undefined) s.stream.head = acc;
  return acc;
}

/** Checks and normalises report options (internal). */
export function checkOptions(options: CapReportOptions): {
  asOf: PlainDate | undefined;
  basis: readonly LedgerBasis[];
  appendOnly: boolean;
} {
  if (!isObject(options)) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      'The options of a cap report are an object: { asOf, basis }.',
      {},
    );
  }
  // Each option read once, and the basis array copied before it is checked: a getter or a caller's array cannot pass
  // the checks with one value and give the accumulator another.
  const { asOf: asOfArg, basis: basisArg, appendOnly } = options;
  const asOf = asOfArg === undefined ? undefined : PlainDateSchema.safeParse(asOfArg);
  if (asOf !== undefined && !asOf.success) {
    throw new SanctionsRegimeError('INVALID_DATE', '"asOf" must be a calendar date as YYYY-MM-DD.', {});
  }
  const basis: unknown[] | undefined =
    basisArg === undefined ? ['reported'] : Array.isArray(basisArg) ? [...basisArg] : undefined;
  if (
    basis === undefined ||
    basis.length === 0 ||
    !basis.every((b) => LedgerBasisSchema.safeParse(b).success)
  ) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      '"basis" must be a non-empty array of "reported", "alleged" and "estimated".',
      {},
    );
  }
  if (appendOnly !== undefined && typeof appendOnly !== 'boolean') {
    throw new SanctionsRegimeError('INVALID_INPUT', '"appendOnly" must be true or false.', {});
  }
  return {
    asOf: asOf?.data,
    basis: Object.freeze([...new Set(basis as LedgerBasis[])].sort()),
    appendOnly: appendOnly === true,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function periodOk(period: unknown): boolean {
  if (!isObject(period)) return false;
  if (period.kind === 'recurring') return isPlainDate(period.anchor) && typeof period.every === 'string';
  return period.kind === 'window' && isPlainDate(period.start) && isPlainDate(period.end);
}

// The fields of a quantity-cap measure that a report reads: checked so that a hand-built or broken cap gives
// INVALID_INPUT rather than a TypeError.
function capOk(cap: unknown): cap is QuantityCap {
  if (!isObject(cap) || cap.kind !== 'quantity-cap' || typeof cap.id !== 'string') return false;
  const { limits, thresholds, effective } = cap;
  if (!Array.isArray(limits) || limits.length === 0) return false;
  if (!limits.every((l) => isQuantity(l) && l.amount.isPositive() && !l.amount.isZero())) return false;
  if (!Array.isArray(thresholds) || !thresholds.every((t) => isObject(t) && isDecimal(t.fraction)))
    return false;
  if (!isObject(effective) || !isPlainDate(effective.start)) return false;
  return (effective.end === undefined || isPlainDate(effective.end)) && periodOk(cap.period);
}

const NOT_A_CAP =
  'A cap report needs a quantity-cap measure with at least one limit, each greater than zero: parse it with MeasureSchema.';

/**
 * The cap an accumulator keeps: the caller's own when the library froze it (schema output, bundled data), else a
 * frozen copy of what a report reads (id, limits, thresholds, period, effect), checked again once copied, so that
 * editing the cap afterwards changes no report and a getter cannot pass the check with one value and give the copy
 * another.
 */
function keptCap(cap: QuantityCap): QuantityCap {
  if (!capOk(cap)) throw new SanctionsRegimeError('INVALID_INPUT', NOT_A_CAP, {});
  const kept = isFrozenByLibrary(cap as unknown) ? cap : copyOf(cap);
  // A hand-built rule the schema would refuse (a zero length): refused now, not when a day is first looked up.
  checkPeriodRule(kept.period, 'cap.period');
  return kept;
}

/** A frozen copy of what a report reads of a cap, checked again once copied. */
function copyOf(cap: QuantityCap): QuantityCap {
  let copy: QuantityCap;
  try {
    const { period, effective } = cap;
    copy = deepFreeze({
      kind: 'quantity-cap',
      id: cap.id,
      limits: cap.limits.map((l) => ({ amount: copyDecimal(l.amount), unit: l.unit })),
      thresholds: cap.thresholds.map((t) => ({ fraction: copyDecimal(t.fraction), effect: t.effect })),
      period:
        period.kind === 'recurring'
          ? { kind: period.kind, anchor: period.anchor, every: period.every }
          : { kind: period.kind, start: period.start, end: period.end },
      effective:
        effective.end === undefined
          ? { start: effective.start }
          : { start: effective.start, end: effective.end },
    }) as unknown as QuantityCap;
  } catch {
    throw new SanctionsRegimeError('INVALID_INPUT', NOT_A_CAP, {});
  }
  if (!capOk(copy)) throw new SanctionsRegimeError('INVALID_INPUT', NOT_A_CAP, {});
  return copy;
}

/** A ZodError of one entry, as LedgerSchema gives it: paths start with the entry's index, messages name its id. */
function named(error: z.ZodError, entry: unknown, index: number): z.ZodError {
  const label = entryLabel(entry, index);
  return new z.ZodError(
    error.issues.map((issue) => ({
      ...issue,
      path: [index, ...issue.path],
      message: `${label}: ${issue.message}`,
    })),
  );
}

/** All the entries of an accumulator as one segment (internal). */
export function entriesOf(s: State): Segment {
  keepsEntries(s, 'read entry by entry');
  return joinSegments(s.segments, s.cap.id, s.cap.limits.length);
}

/**
 * The state of an accumulator made by this library; INVALID_INPUT for anything else, and for an append-only
 * accumulator that was read on or stopped (internal).
 */
export function stateOf(acc: CapAccumulator): State {
  const s = isObject(acc) ? states.get(acc) : undefined;
  if (s === undefined) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      'Expected a cap accumulator made by createCapAccumulator, accumulate or mergeAccumulators.',
      {},
    );
  }
  s.stream?.check(acc);
  return s;
}

/** Refuses an append-only accumulator where only one that keeps its entries will do (internal). */
export function keepsEntries(s: State, doing: string): void {
  if (s.stream !== undefined) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `An append-only accumulator keeps running sums, not its entries, so it cannot be ${doing}: make one without appendOnly.`,
      {},
    );
  }
}

/**
 * Starts an empty accumulator for a cap.
 *
 * @param cap - the quantity-cap measure.
 * @param options - `asOf` and `basis`, as for {@link capReport}.
 * @returns an empty accumulator.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` for a measure that is not a quantity cap, a bad basis or a
 * non-boolean `appendOnly`; `INVALID_DATE` for a bad `asOf`; `INVALID_PERIOD_RULE` for a hand-built cap whose
 * period rule lays out no periods (a zero length).
 * @example
 * ```ts
 * import { accumulate, createCapAccumulator, finishCapReport } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const cap = dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === 'dprk.refined-petroleum.cap');
 * if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
 * createCapAccumulator(cap).entries; //=> 0
 * // A feed in delivery order, never corrected: running sums instead of entries.
 * let feed = createCapAccumulator(cap, { appendOnly: true });
 * for (const day of ['2018-03-01', '2018-03-02']) {
 *   feed = accumulate(feed, {
 *     id: `cn-${day}`, cap: cap.id, delivered: day, quantity: { amount: '1000', unit: 'barrel' },
 *     reporter: 'CHN', basis: 'reported', source: { document: 'example' },
 *   });
 * }
 * finishCapReport(feed).periods[0]?.dimensions[0]?.total.amount.toFixed(); //=> '2000'
 * ```
 * @category Caps
 */
export function createCapAccumulator(cap: QuantityCap, options: CapReportOptions = {}): CapAccumulator {
  const kept = keptCap(cap);
  const { asOf, basis, appendOnly } = checkOptions(options);
  return make({
    cap: kept,
    asOf,
    basis,
    segments: [],
    cache: newCache(),
    ...(appendOnly ? { stream: new AppendOnlyStream(kept, { asOf, basis }) } : {}),
  });
}

/**
 * Adds entries to an accumulator, returning a new one; the given accumulator is unchanged. Takes one entry or any
 * iterable (a generator is read once, never materialised). JSON entries are checked by a fast path equivalent to
 * `LedgerEntrySchema`.
 *
 * @param acc - the accumulator.
 * @param entries - one entry or an iterable of entries, parsed or in JSON form.
 * @returns a new accumulator holding the old entries and the new ones.
 * @throws `ZodError` for a JSON entry the schema rejects, as `LedgerSchema` gives it: each path starts with
 * the entry's index in `entries`, and each message names its id; {@link SanctionsRegimeError} `INVALID_INPUT` for a
 * malformed parsed entry. For an append-only accumulator (see {@link CapReportOptions.appendOnly}), also
 * `INVALID_INPUT` for an entry out of day order or one with a link, `DUPLICATE_ENTRY` for a repeated id, and
 * `INVALID_INPUT` for an accumulator already read on or stopped; the entries before a refused one were read, and
 * the accumulator then stops.
 * @example
 * ```ts
 * import { accumulate, createCapAccumulator } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const cap = dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === 'dprk.refined-petroleum.cap');
 * if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
 * const acc = accumulate(createCapAccumulator(cap), {
 *   id: 'a', cap: cap.id, delivered: '2018-03-01', quantity: { amount: '1000', unit: 'barrel' },
 *   reporter: 'CHN', basis: 'reported', source: { document: 'example' },
 * });
 * acc.entries; //=> 1
 * ```
 * @category Caps
 */
export function accumulate(
  acc: CapAccumulator,
  entries: LedgerEntryLike | Iterable<LedgerEntryLike>,
): CapAccumulator {
  const s = stateOf(acc);
  const dimensions = s.cap.limits.map((l) => l.unit);
  const iterable =
    typeof entries === 'object' && entries !== null && Symbol.iterator in entries
      ? (entries as Iterable<LedgerEntryLike>)
      : [entries as LedgerEntryLike];
  if (s.stream !== undefined) return accumulateStream(s, s.stream, dimensions, iterable);
  // An array's length is known: the columns are made to size once (a generator's grow as it is read).
  const segment = new SegmentBuilder(
    s.cap.id,
    dimensions.length,
    Array.isArray(entries) ? Math.max(entries.length, 1) : undefined,
  );
  let index = 0;
  for (const entry of iterable) {
    try {
      segment.push(recordOf(entry, dimensions, s.cache));
    } catch (error) {
      throw error instanceof z.ZodError ? named(error, entry, index) : error;
    }
    index += 1;
  }
  return make({ ...s, segments: [...s.segments, segment.build()] });
}

/** accumulate for an append-only accumulator: each entry goes into the running sums as it is read. */
function accumulateStream(
  s: State,
  stream: AppendOnlyStream,
  dimensions: readonly UnitId[],
  entries: Iterable<LedgerEntryLike>,
): CapAccumulator {
  let index = 0;
  let entry: unknown;
  let inEntry = false;
  // Whatever stops the loop (a bad entry, or the iterable itself throwing) stops the stream: the entries before it
  // in this call were read, and the accumulator given must not go on as if they had not been. While it reads, the
  // stream refuses every accumulator (a generator or a getter calling back into it would see half a call).
  stream.reading = true;
  try {
    for (entry of entries) {
      inEntry = true;
      stream.push(recordOf(entry as LedgerEntryLike, dimensions, s.cache));
      inEntry = false;
      index += 1;
    }
  } catch (error) {
    stream.stopped = inEntry
      ? `a bad entry: ${entryLabel(entry, index)}`
      : `an error of the iterable read, after ${index} ${index === 1 ? 'entry' : 'entries'}`;
    throw error instanceof z.ZodError && inEntry ? named(error, entry, index) : error;
  } finally {
    stream.reading = false;
  }
  return make(s);
}

/**
 * Merges two accumulators of the same cap and options. Merging is associative and commutative: a ledger split by
 * reporter, by month or across workers merges to the identical report.
 *
 * @param a - an accumulator.
 * @param b - another, for the same cap, `asOf` and `basis`.
 * @returns an accumulator holding the entries of both.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when the caps or options differ, or for an append-only
 * accumulator (it keeps sums, not entries).
 * @example
 * ```ts
 * import { createCapAccumulator, mergeAccumulators } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const cap = dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === 'dprk.refined-petroleum.cap');
 * if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
 * mergeAccumulators(createCapAccumulator(cap), createCapAccumulator(cap)).entries; //=> 0
 * ```
 * @category Caps
 */
export function mergeAccumulators(a: CapAccumulator, b: CapAccumulator): CapAccumulator {
  const x = stateOf(a);
  const y = stateOf(b);
  keepsEntries(x, 'merged');
  keepsEntries(y, 'merged');
  // The same id is not enough: a cap redefined (other limits, so other columns) must not be merged.
  if (
    x.cap.id !== y.cap.id ||
    x.asOf !== y.asOf ||
    x.basis.join() !== y.basis.join() ||
    (x.cap !== y.cap && capFingerprint(x.cap) !== capFingerprint(y.cap))
  ) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      'Only accumulators of the same cap with the same asOf and basis can be merged.',
      { caps: [x.cap.id, y.cap.id] },
    );
  }
  return make({ ...x, segments: [...x.segments, ...y.segments] });
}

/**
 * Computes the cap report from an accumulator.
 *
 * @param acc - the accumulator.
 * @returns the report, as {@link capReport} gives it.
 * @throws {@link SanctionsRegimeError} `DUPLICATE_ENTRY` when two entries share an id.
 * @example
 * ```ts
 * import { createCapAccumulator, finishCapReport } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const cap = dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === 'dprk.refined-petroleum.cap');
 * if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
 * finishCapReport(createCapAccumulator(cap)).periods; //=> []
 * ```
 * @category Caps
 */
export function finishCapReport(acc: CapAccumulator): CapReport {
  const s = stateOf(acc);
  if (s.stream !== undefined) return s.stream.finish();
  return buildReport(s.cap, entriesOf(s), { asOf: s.asOf, basis: s.basis });
}

/**
 * Accounts for a cap from a ledger: one report per period of the cap's rule up to `asOf`, with exact totals per
 * limit, remaining headroom, utilisation, excess, threshold crossings with the entry that crossed, totals by reporter
 * and by month, the projected exhaustion date, and every entry not counted with its reason.
 *
 * @param cap - the quantity-cap measure.
 * @param entries - the ledger: any iterable of entries, parsed or JSON.
 * @param options - `asOf` and `basis` (default `["reported"]`).
 * @returns the report.
 * @throws `ZodError` for a JSON entry the schema rejects (its path starts with the entry's index, and its message
 * names the entry's id); {@link SanctionsRegimeError} `DUPLICATE_ENTRY` for two
 * entries with one id, `INVALID_INPUT` for a malformed parsed entry or bad options, `INVALID_DATE` for a bad `asOf`.
 * @example
 * ```ts
 * import { capReport, parseDate } from 'sanctions-regime';
 * import { dprk1718, refinedPetroleumLedger } from 'sanctions-regime/data';
 * const cap = dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === 'dprk.refined-petroleum.cap');
 * if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
 * const report = capReport(cap, refinedPetroleumLedger, { asOf: parseDate('2018-09-27'), basis: ['estimated'] });
 * report.periods[0]?.dimensions[0]?.total.amount.toFixed(); //=> '759793'
 * report.periods[0]?.exceeded; //=> true
 * ```
 * @category Caps
 */
export function capReport(
  cap: QuantityCap,
  entries: Iterable<LedgerEntryLike>,
  options: CapReportOptions = {},
): CapReport {
  return finishCapReport(accumulate(createCapAccumulator(cap, options), entries));
}

/**
 * The reports of each basis, side by side.
 *
 * @category Caps
 */
export interface BasesComparison {
  /** Official notifications only. */
  readonly reported: CapReport;
  /** Member States' or panels' claims only. */
  readonly alleged: CapReport;
  /** Estimates only. */
  readonly estimated: CapReport;
}

/**
 * Reports a cap on each basis separately, side by side: what was officially notified, what was alleged, and what
 * was estimated.
 *
 * @param cap - the quantity-cap measure.
 * @param entries - the ledger (read once).
 * @param options - `asOf`.
 * @returns one report per basis.
 * @throws as {@link capReport}.
 * @example
 * ```ts
 * import { compareBases, parseDate } from 'sanctions-regime';
 * import { dprk1718, refinedPetroleumLedger } from 'sanctions-regime/data';
 * const cap = dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === 'dprk.refined-petroleum.cap');
 * if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
 * const both = compareBases(cap, refinedPetroleumLedger, { asOf: parseDate('2018-09-27') });
 * both.reported.periods[0]?.utilisation; //=> 'unknown'
 * both.estimated.periods[0]?.utilisation.toString(); //=> '1.519586'
 * ```
 * @category Caps
 */
export function compareBases(
  cap: QuantityCap,
  entries: Iterable<LedgerEntryLike>,
  options: Pick<CapReportOptions, 'asOf'> = {},
): BasesComparison {
  // Only asOf: the entries are read three times, so an appendOnly smuggled in by a JavaScript caller is not passed on.
  const asOf = isObject(options) ? options.asOf : undefined;
  const all = stateOf(
    accumulate(
      createCapAccumulator(cap, { ...(asOf === undefined ? {} : { asOf }), basis: ['reported'] }),
      entries,
    ),
  );
  const records = entriesOf(all);
  const report = (basis: LedgerBasis) =>
    buildReport(all.cap, records, { asOf: all.asOf, basis: Object.freeze([basis]) });
  return Object.freeze({
    reported: report('reported'),
    alleged: report('alleged'),
    estimated: report('estimated'),
  });
}

// Internal: the cap report, computed from the entries' columns (store.ts) in an order-independent way (entries are ordered by day,
// then by id, wherever order matters), so that any permutation, split or merge of a ledger gives the same report.
import { SanctionsRegimeError } from '../errors.js';
import {
  type Decimal,
  decimalFromString,
  dividedBy,
  ExactAccumulator,
  minus,
  plus,
  times,
  toPlainString,
  zero,
} from '../quantity/decimal.js';
import { fromDecimal, type Quantity } from '../quantity/quantity.js';
import type { UnitId } from '../quantity/units.js';
import type { QuantityCap } from '../resolutions/measure.js';
import type { DateRange } from '../time/dateRange.js';
import {
  countPeriodsOverlapping,
  periodContainingUnchecked as periodContaining,
  periodsOverlapping,
} from '../time/periodRule.js';
import {
  addDaysUnchecked as addDays,
  compareDatesUnchecked as compareDates,
  dayNumber,
  fromDayNumberToDate,
  type PlainDate,
} from '../time/plainDate.js';
import type { LedgerBasis } from './ledgerEntry.js';
import { type LinkRecord, resolveLinks } from './links.js';
import { AMOUNT_ASIDE, ASIDE, type Aside, BASES, NO_AMOUNT, type Segment } from './store.js';

const HUNDRED = /* @__PURE__ */ decimalFromString('100') as Decimal;

/** A utilisation as a percentage, exactly: × 100, as a plain decimal string. */
function percentOf(utilisation: Decimal | 'unknown'): string {
  return utilisation === 'unknown' ? 'unknown' : toPlainString(times(utilisation, HUNDRED));
}

/**
 * One limit of a cap, accounted for in one period.
 *
 * @category Caps
 */
export interface DimensionReport {
  /** The limit (`500,000 bbl`). */
  readonly limit: Quantity;
  /** The exact total of the entries counted in this unit; a lower bound when `utilisation` is `unknown`. */
  readonly total: Quantity;
  /**
   * `limit − total`, never below zero; `unknown` when `utilisation` is, since the total is then only a lower bound
   * (see `remainingAtMost`).
   */
  readonly remaining: Quantity | 'unknown';
  /** `limit − total`, never below zero: equal to `remaining` when it is known, an upper bound on it when not. */
  readonly remainingAtMost: Quantity;
  /** `total ÷ limit` (exact when it terminates, else 34 significant digits), or `unknown` when some entry could not be converted into this unit. */
  readonly utilisation: Decimal | 'unknown';
  /** `utilisation` × 100 as a plain decimal string (`"151.9586"`, never in exponent notation), or `unknown`. */
  readonly utilisationPercent: string | 'unknown';
  /** `total − limit`, never below zero; a lower bound when `utilisation` is `unknown`. */
  readonly excess: Quantity;
  /** The entries reported in another unit with no factor into this one: what makes `utilisation` unknown. */
  readonly unknownBecause: readonly string[];
  /** When this limit would be reached at the period's run-rate so far, if within the period. */
  readonly projectedExhaustion?: PlainDate;
}

/**
 * The moment a cumulative total reached a threshold (or the limit itself).
 *
 * @category Caps
 */
export interface Crossing {
  /** The threshold: a fraction of the limit and its effect; `limit` marks reaching the limit itself. */
  readonly threshold: { readonly fraction: Decimal; readonly effect: 'notify' | 'cease' | 'limit' };
  /** The unit of the limit crossed. */
  readonly dimension: UnitId;
  /** The day the cumulative total reached it (for an aggregate, the last day it covers). */
  readonly date: PlainDate;
  /** The entry whose quantity made the total reach it. */
  readonly entryId: string;
  /** The cumulative total including that entry. */
  readonly cumulative: Quantity;
}

/**
 * Totals of one reporter or one month, per limit.
 *
 * @category Caps
 */
export interface GroupTotal {
  /** The reporter (`"CHN"`) or month (`"2018-03"`, or `"2018-01/2018-04"` for an aggregate over months). */
  readonly key: string;
  /** How many entries it counts. */
  readonly entries: number;
  /** One total per limit, in the limit's unit (entries that could not be converted are left out). */
  readonly totals: readonly Quantity[];
}

/**
 * Why an entry was not counted.
 *
 * @category Caps
 */
export type NotCountedReason =
  | 'other-cap'
  | 'basis-not-selected'
  | 'delivered-after-as-of'
  | 'reported-after-as-of'
  | 'outside-periods'
  | 'spans-periods'
  | 'no-conversion'
  | 'retraction';

/**
 * An entry that went in and was not counted.
 *
 * @category Caps
 */
export interface NotCounted {
  readonly entryId: string;
  readonly reason: NotCountedReason;
  /** What to do about it, or what it means. */
  readonly detail: string;
}

/**
 * An entry replaced by a correction, withdrawn by a retraction, or superseded by an aggregate that `supersedes` it
 * (or a version of it).
 *
 * @category Caps
 */
export interface Superseded {
  readonly entryId: string;
  /** The id of the correcting or retracting entry, or of the aggregate that supersedes it. */
  readonly by: string;
  readonly kind: 'corrected' | 'retracted' | 'superseded';
}

/**
 * A problem in the ledger that did not stop the report.
 *
 * @category Caps
 */
export interface LedgerIssue {
  readonly code:
    | 'UNKNOWN_CORRECTION_TARGET'
    | 'UNKNOWN_RETRACTION_TARGET'
    | 'UNKNOWN_SUPERSEDED_TARGET'
    | 'BASIS_MISMATCH'
    | 'MULTIPLE_CORRECTIONS'
    | 'MULTIPLE_SUPERSESSIONS'
    | 'CORRECTION_CYCLE';
  readonly entryId: string;
  readonly message: string;
}

/**
 * One accounting period of a cap.
 *
 * @category Caps
 */
export interface PeriodReport {
  /**
   * The period, both ends inclusive, within the cap's effect: a period that starts before the cap takes effect, or
   * ends after it lapses, is cut there, and deliveries outside it are not counted (`outside-periods`).
   */
  readonly period: DateRange;
  /** Whether `asOf` is on or after the period's last day. */
  readonly complete: boolean;
  /** One report per limit. */
  readonly dimensions: readonly DimensionReport[];
  /** The largest utilisation over the limits, or `unknown` when any is unknown. */
  readonly utilisation: Decimal | 'unknown';
  /** `utilisation` × 100 as a plain decimal string (`"151.9586"`, never in exponent notation), or `unknown`. */
  readonly utilisationPercent: string | 'unknown';
  /** The unit of the limit with the largest known utilisation. */
  readonly binding?: UnitId;
  /** Whether a limit was reached (total ≥ limit); `unknown` when none was and some total is a lower bound. */
  readonly reached: boolean | 'unknown';
  /** Whether a limit was exceeded (total > limit); `unknown` when none was and some total is a lower bound. */
  readonly exceeded: boolean | 'unknown';
  /** Every threshold and limit crossing, in date order. */
  readonly crossings: readonly Crossing[];
  /** Totals by reporter. */
  readonly byReporter: readonly GroupTotal[];
  /** Totals by month of delivery. */
  readonly byMonth: readonly GroupTotal[];
  /** The earliest projected exhaustion over the limits. */
  readonly projectedExhaustion?: PlainDate;
  /** How many entries the period counts. */
  readonly counted: number;
  /** Entries of this period not counted, with the reason. */
  readonly notCounted: readonly NotCounted[];
}

/**
 * The report of a cap over a ledger.
 *
 * @category Caps
 */
export interface CapReport {
  /** The cap's measure id. */
  readonly cap: string;
  /** The report's day, when given. */
  readonly asOf?: PlainDate;
  /** The bases counted. */
  readonly basis: readonly LedgerBasis[];
  /** How many entries went in. */
  readonly entries: number;
  /**
   * One report per period up to `asOf` (or the last delivery). When there would be more than 1,000 of them (a daily
   * or weekly cap reported far into the future), only the periods that hold an entry and the last one have a report;
   * the others are listed in `omittedPeriods`.
   */
  readonly periods: readonly PeriodReport[];
  /**
   * Runs of consecutive periods that hold no entry and, in a report of more than 1,000 periods, have no report of
   * their own: each run as one range, from its first period's first day to its last period's last day. Each of
   * those periods has a total of zero, crosses nothing and is `complete` when `asOf` is on or after its end. Empty
   * in a report of at most 1,000 periods, where every period has its report.
   */
  readonly omittedPeriods: readonly DateRange[];
  /** Entries not counted before any period could take them (other cap, basis, after `asOf`, outside every period). */
  readonly notCounted: readonly NotCounted[];
  /** Entries replaced or withdrawn. */
  readonly superseded: readonly Superseded[];
  /** Problems that did not stop the report (a correction of an unknown entry, …). */
  readonly issues: readonly LedgerIssue[];
}

const ONE = /* @__PURE__ */ decimalFromString('1') as Decimal;

// Entry ids are unique in a ledger (DUPLICATE_ENTRY), and each entry appears at most once in notCounted, issues and
// superseded: these comparators never see two equal ids.
// Stryker disable next-line EqualityOperator: ids are never equal, as said above
const byEntryId = (a: { entryId: string }, b: { entryId: string }) => (a.entryId < b.entryId ? -1 : 1);

// One entry may have several issues (an aggregate naming several entries): by entry, then code, then message.
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byIssue = (a: LedgerIssue, b: LedgerIssue) =>
  order(a.entryId, b.entryId) || order(a.code, b.code) || order(a.message, b.message);

/** Exact running sums, one per cap dimension, with a count of entries. */
class Sums {
  readonly sums: ExactAccumulator[];
  entries = 0;
  constructor(size: number) {
    this.sums = [];
    for (let d = 0; d < size; d += 1) this.sums.push(new ExactAccumulator());
  }
  /** Adds (or, with sign −1, takes out) entry `i` of the segment. */
  add(s: Segment, i: number, sign: 1 | -1 = 1): void {
    this.entries += sign;
    const sums = this.sums;
    const size = sums.length;
    const base = i * size;
    for (let d = 0; d < size; d += 1) {
      const scale = s.scale[base + d] as number;
      if (scale >= 0) (sums[d] as ExactAccumulator).addScaled(s.mantissa[base + d] as number, scale, sign);
      else if (scale === AMOUNT_ASIDE) {
        const amount = asideAmount(s, i, d);
        if (typeof amount === 'string') (sums[d] as ExactAccumulator).addString(amount, sign);
        else (sums[d] as ExactAccumulator).add(sign === 1 ? amount : amount.negated());
      }
    }
  }
  values(): Decimal[] {
    return this.sums.map((s) => s.value());
  }
}

function asideAmount(s: Segment, i: number, d: number): string | Decimal {
  // The scale code AMOUNT_ASIDE says the side table holds this amount.
  const aside = s.aside.get(i) as Aside;
  return (aside.amounts as ReadonlyMap<number, string | Decimal>).get(d) as string | Decimal;
}

/** Entry `i`'s amount in dimension `d` as a Decimal: zero when it has none. */
function amountOf(s: Segment, i: number, d: number): Decimal {
  const k = i * s.dimensions + d;
  const scale = s.scale[k] as number;
  if (scale === NO_AMOUNT) return zero();
  const sum = new ExactAccumulator();
  if (scale === AMOUNT_ASIDE) {
    // A string aside may have up to 40 digits on either side (a converted amount read back from a state).
    const amount = asideAmount(s, i, d);
    if (typeof amount !== 'string') return amount;
    sum.addString(amount);
  } else sum.addScaled(s.mantissa[k] as number, scale);
  return sum.value();
}

function clampZero(value: Decimal): Decimal {
  return value.isNegative() ? zero() : value;
}

/** A report's options, checked (internal). */
export interface Options {
  readonly asOf: PlainDate | undefined;
  readonly basis: readonly LedgerBasis[];
}

const ACTIVE = 0;
const EXCLUDED = 1;
/** Active, in a period, and counted there. */
const COUNTED = 2;

/**
 * An index of entry ids: open addressing over a typed array (no object per id), which finds duplicates and the
 * targets of links. A slot holds an entry's index + 1 in the bits its position takes from the id's hash, and the
 * hash's other bits above them, so that a probe meeting another id compares the strings only when those bits agree
 * (comparing first reads a string from anywhere in the heap: a cache miss per collision).
 */
class IdIndex {
  private readonly slots: Int32Array;
  /** The bits of a hash that choose a slot, and of a slot that hold the index + 1. */
  private readonly mask: number;
  constructor(private readonly ids: readonly string[]) {
    // At most half the slots are used, so an index + 1 (at most ids.length) fits under the mask.
    let size = 16;
    while (size < ids.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] as string;
      if (this.find(id) !== undefined) {
        throw new SanctionsRegimeError(
          'DUPLICATE_ENTRY',
          `Two ledger entries have the id ${JSON.stringify(id)}: ledgers are append-only, so give a correction its own id and set "corrects".`,
          { id },
        );
      }
      this.slots[this.free] = (this.tag & ~this.mask) | (i + 1);
    }
  }
  /** The hash of the id last looked up, and the empty slot its probe ended on (set by `find`). */
  private tag = 0;
  private free = 0;
  get(id: string): number | undefined {
    return this.find(id);
  }
  private find(id: string): number | undefined {
    const h = hash(id);
    const high = h & ~this.mask;
    let slot = h & this.mask;
    for (;;) {
      const held = this.slots[slot] as number;
      if (held === 0) {
        this.tag = h;
        this.free = slot;
        return undefined;
      }
      const index = (held & this.mask) - 1;
      if ((held & ~this.mask) === high && this.ids[index] === id) return index;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units (internal). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Builds the report; see {@link CapReport}.
 *
 * @category Caps
 */
export function buildReport(cap: QuantityCap, s: Segment, options: Options): CapReport {
  const n = s.length;
  const index = new IdIndex(s.ids);
  const asOfDay = options.asOf === undefined ? undefined : dayNumber(options.asOf);
  const selected = selectedBases(options.basis);
  const status = new Uint8Array(n);
  const notCounted: NotCounted[] = [];
  const issues: LedgerIssue[] = [];
  const superseded: Superseded[] = [];

  // 1. Entries known, for this cap, on a selected basis.
  let lastDay = Number.NEGATIVE_INFINITY;
  const links: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const aside = (s.flags[i] as number) & ASIDE ? s.aside.get(i) : undefined;
    const reason = exclusion(s, i, aside, asOfDay, selected);
    if (reason !== undefined) {
      status[i] = EXCLUDED;
      notCounted.push({
        entryId: s.ids[i] as string,
        reason,
        detail: detailOf(reason, s, i, aside, cap, options),
      });
      continue;
    }
    const through = s.through[i] as number;
    if (through > lastDay) lastDay = through;
    if (
      aside !== undefined &&
      (aside.corrects !== undefined || aside.retracts !== undefined || aside.supersedes !== undefined)
    )
      links.push(i);
  }

  // 2. Corrections, retractions and supersessions among them (see links.ts for the rules).
  const linkRecord = (i: number): LinkRecord => {
    const aside = s.aside.get(i);
    return {
      id: s.ids[i] as string,
      basis: BASES[s.basis[i] as number] as LedgerBasis,
      knownDay: s.known[i] as number,
      corrects: aside?.corrects,
      retracts: aside?.retracts,
      supersedes: aside?.supersedes,
    };
  };
  const resolution = resolveLinks(linkRecord, index, (i) => status[i] === ACTIVE, links);
  // One push per issue: a spread passes every issue as an argument, which overflows the stack past about 130,000.
  for (const issue of resolution.issues) issues.push(issue);
  for (const [i, record] of resolution.superseded) {
    status[i] = EXCLUDED;
    superseded.push(record);
  }
  for (const i of resolution.retractions) {
    status[i] = EXCLUDED;
    notCounted.push({
      entryId: s.ids[i] as string,
      reason: 'retraction',
      detail: `Withdraws ${s.aside.get(i)?.retracts}; it carries no quantity.`,
    });
  }

  // 3. Periods up to asOf (or to the last delivery), and the entries of each.
  const horizon = horizonOf(cap, options.asOf, lastDay);
  const covered = coveredBy(cap, horizon);
  const { periods, sparse } = periodsUpTo(cap, covered, () => {
    const days = new Set<number>();
    for (let i = 0; i < n; i += 1) if (status[i] === ACTIVE) days.add(s.delivered[i] as number);
    return days;
  });
  const starts = periods.map((p) => dayNumber(p.start));
  const ends = periods.map((p) => dayNumber(p.end));
  // The entries counted in each period, grouped by period (a counting sort, in ledger order).
  const sizes = new Int32Array(periods.length + 1);
  const tallies = periods.map((_, p) => new PeriodTally(starts[p] as number, ends[p] as number, cap));
  for (let i = 0; i < n; i += 1) {
    if (status[i] !== ACTIVE) continue;
    const delivered = s.delivered[i] as number;
    const p = findPeriod(starts, ends, delivered);
    if (p === -1) notCounted.push(outsidePeriods(s.ids[i] as string, delivered, horizon));
    else if ((s.through[i] as number) > (ends[p] as number)) notCounted.push(spansPeriods(s, i));
    else if (hasNoAmount(s, i)) (tallies[p] as PeriodTally).unconverted.push(noConversion(s, i, cap));
    else {
      status[i] = COUNTED;
      sizes[p + 1] = (sizes[p + 1] as number) + 1;
    }
  }
  for (let p = 1; p < sizes.length; p += 1) sizes[p] = (sizes[p] as number) + (sizes[p - 1] as number);
  const grouped = new Int32Array(sizes[periods.length] as number);
  const fill = sizes.slice(0, periods.length);
  for (let i = 0; i < n; i += 1) {
    if (status[i] !== COUNTED) continue;
    const p = findPeriod(starts, ends, s.delivered[i] as number);
    grouped[fill[p] as number] = i;
    fill[p] = (fill[p] as number) + 1;
  }
  return assemble(cap, options, {
    entries: n,
    covered,
    periods,
    sparse,
    holds: (p) => (sizes[p + 1] as number) > (sizes[p] as number) || tallies[p]?.unconverted.length !== 0,
    report: (period, p) => {
      const records = grouped.subarray(sizes[p] as number, sizes[p + 1] as number);
      const tally = tallies[p] as PeriodTally;
      for (let k = 0; k < records.length; k += 1) tally.add(s, records[k] as number);
      return periodReport(cap, period, [tally], options.asOf, (days) => crossings(cap, s, records, days));
    },
    notCounted,
    superseded,
    issues,
  });
}

/** The bases of a report as flags by basis code (internal). */
export function selectedBases(basis: readonly LedgerBasis[]): Uint8Array {
  const selected = new Uint8Array(BASES.length);
  for (const b of basis) selected[BASES.indexOf(b)] = 1;
  return selected;
}

/** The last day a report covers: `asOf`, else the last delivery still active, cut to the cap's end (internal). */
export function horizonOf(
  cap: QuantityCap,
  asOf: PlainDate | undefined,
  lastDay: number,
): PlainDate | undefined {
  let horizon: PlainDate | undefined = asOf;
  if (horizon === undefined && Number.isFinite(lastDay)) horizon = fromDayNumberToDate(lastDay);
  if (horizon !== undefined && cap.effective.end !== undefined && cap.effective.end < horizon)
    horizon = cap.effective.end;
  return horizon;
}

/** The days a report covers: from the cap's start to the horizon, if it is not before that (internal). */
export function coveredBy(cap: QuantityCap, horizon: PlainDate | undefined): DateRange | undefined {
  return horizon === undefined || horizon < cap.effective.start
    ? undefined
    : { start: cap.effective.start, end: horizon };
}

/**
 * Every period up to the horizon, or, beyond MAX_LISTED_PERIODS, only those holding one of `days` (delivery days
 * of entries still active) and the horizon's own: the work is then in proportion to the entries, not to the length
 * of the calendar.
 */
export function periodsUpTo(
  cap: QuantityCap,
  covered: DateRange | undefined,
  days: () => Iterable<number>,
): { periods: readonly DateRange[]; sparse: boolean } {
  if (covered === undefined) return { periods: [], sparse: false };
  if (countPeriodsOverlapping(cap.period, covered) <= MAX_LISTED_PERIODS)
    return {
      periods: periodsOverlapping(cap.period, covered).map((p) => clipToEffect(p, cap.effective)),
      sparse: false,
    };
  return { periods: periodsHolding(cap, covered, days()), sparse: true };
}

/** What a report is made of, besides the cap and options. */
interface Parts {
  readonly entries: number;
  readonly covered: DateRange | undefined;
  readonly periods: readonly DateRange[];
  readonly sparse: boolean;
  /** Whether period `p` counts an entry or has one it could not convert. */
  readonly holds: (p: number) => boolean;
  readonly report: (period: DateRange, p: number) => PeriodReport;
  readonly notCounted: NotCounted[];
  readonly superseded: Superseded[];
  readonly issues: LedgerIssue[];
}

/** The report from its parts: the periods listed, the runs omitted, and the lists sorted and frozen (internal). */
export function assemble(cap: QuantityCap, options: Options, parts: Parts): CapReport {
  const { periods, sparse, covered } = parts;
  const listed = periods
    .map((period, p) => ({ period, p }))
    .filter(({ p }, k) => !sparse || k === periods.length - 1 || parts.holds(p));
  const reports = listed.map(({ period, p }) => parts.report(period, p));
  const omitted: DateRange[] = [];
  if (sparse && covered !== undefined) {
    // The runs of periods with no report: from the first period's start, between the listed ones.
    const rule = cap.period;
    let from = dayNumber(
      rule.kind === 'recurring' && rule.anchor > covered.start ? rule.anchor : covered.start,
    );
    for (const { period } of listed) {
      const start = dayNumber(period.start);
      if (start > from)
        omitted.push(Object.freeze({ start: fromDayNumberToDate(from), end: addDays(period.start, -1) }));
      from = dayNumber(period.end) + 1;
    }
  }
  return Object.freeze({
    cap: cap.id,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    basis: options.basis,
    entries: parts.entries,
    periods: Object.freeze(reports),
    omittedPeriods: Object.freeze(omitted),
    notCounted: Object.freeze(parts.notCounted.sort(byEntryId).map((x) => Object.freeze(x))),
    superseded: Object.freeze(parts.superseded.sort(byEntryId).map((x) => Object.freeze(x))),
    issues: Object.freeze(parts.issues.sort(byIssue).map((x) => Object.freeze(x))),
  });
}

/** The not-counted record of an entry delivered outside every period (internal). */
export function outsidePeriods(
  entryId: string,
  delivered: number,
  horizon: PlainDate | undefined,
): NotCounted {
  return {
    entryId,
    reason: 'outside-periods',
    detail: `Delivered ${fromDayNumberToDate(delivered)}, outside every period of the cap up to ${horizon ?? 'the report'}.`,
  };
}

/** The not-counted record of entry `i`, which runs past the end of its period (internal). */
export function spansPeriods(s: Segment, i: number): NotCounted {
  return {
    entryId: s.ids[i] as string,
    reason: 'spans-periods',
    detail: `Covers ${fromDayNumberToDate(s.delivered[i] as number)} to ${fromDayNumberToDate(s.through[i] as number)}, across the end of a period: split it per period.`,
  };
}

/** The not-counted record of entry `i`, which no factor converts into any limit's unit (internal). */
export function noConversion(s: Segment, i: number, cap: QuantityCap): NotCounted {
  return {
    entryId: s.ids[i] as string,
    reason: 'no-conversion',
    detail: `Reported in ${s.aside.get(i)?.unit}; no factor converts it into ${cap.limits.map((l) => l.unit).join(' or ')}. Supply a cited conversion.`,
  };
}

/** Whether no dimension has an amount for entry `i` (a retraction, or no factor converts it). */
export function hasNoAmount(s: Segment, i: number): boolean {
  const base = i * s.dimensions;
  for (let d = 0; d < s.dimensions; d += 1) if (s.scale[base + d] !== NO_AMOUNT) return false;
  return true;
}

/** Beyond this many periods up to the horizon, a report lists only the periods that hold entries (and the last). */
const MAX_LISTED_PERIODS = 1000;

/**
 * The periods, cut to the cap's effect, that hold one of `days` (delivery days of entries still counted), and the
 * period of the horizon (`covered.end`), in order: one period lookup per distinct day.
 */
function periodsHolding(cap: QuantityCap, covered: DateRange, held: Iterable<number>): DateRange[] {
  const found = new Map<string, DateRange>();
  const first = dayNumber(covered.start);
  const last = dayNumber(covered.end);
  const days = new Set<number>([last]);
  for (const day of held) if (day >= first && day <= last) days.add(day);
  for (const day of days) {
    const period = periodContaining(cap.period, fromDayNumberToDate(day));
    if (period !== undefined) found.set(period.start, clipToEffect(period, cap.effective));
  }
  return [...found.values()].sort((a, b) => compareDates(a.start, b.start));
}

/** The part of a period when the cap is in effect (internal). */
export function clipToEffect(period: DateRange, effective: QuantityCap['effective']): DateRange {
  // The later start and the earlier end (dates compared as dates, not numbers: no Math.max).
  const start = compareDates(effective.start, period.start) > 0 ? effective.start : period.start;
  const end = effective.end !== undefined && effective.end < period.end ? effective.end : period.end;
  return start === period.start && end === period.end ? period : Object.freeze({ start, end });
}

/** Why entry `i` is not counted before any period is looked at, if it is not (internal). */
export function exclusion(
  s: Segment,
  i: number,
  aside: Aside | undefined,
  asOfDay: number | undefined,
  selected: Uint8Array,
): NotCountedReason | undefined {
  if (aside?.cap !== undefined) return 'other-cap';
  if (asOfDay !== undefined && (s.through[i] as number) > asOfDay) return 'delivered-after-as-of';
  if (asOfDay !== undefined && (s.known[i] as number) > asOfDay) return 'reported-after-as-of';
  if (selected[s.basis[i] as number] === 0) return 'basis-not-selected';
  return undefined;
}

/** The detail of an exclusion (internal). */
export function detailOf(
  reason: NotCountedReason,
  s: Segment,
  i: number,
  aside: Aside | undefined,
  cap: QuantityCap,
  options: Options,
): string {
  switch (reason) {
    case 'other-cap':
      return `Counts against ${aside?.cap}, not ${cap.id}.`;
    case 'delivered-after-as-of':
      return `Delivered after ${options.asOf}.`;
    case 'reported-after-as-of':
      return `Reported after ${options.asOf}, so not known then.`;
    default:
      return `Its basis is ${BASES[s.basis[i] as number]}; the report counts ${options.basis.join(', ')}.`;
  }
}

function findPeriod(starts: readonly number[], ends: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) > day) hi = mid - 1;
    else if ((ends[mid] as number) < day) lo = mid + 1;
    else return mid;
  }
  return -1;
}

interface Day {
  readonly day: number;
  readonly sums: Sums;
}

/** One day's counted entries in a period: how many, and their total per limit. */
interface DayTotal {
  readonly day: number;
  readonly entries: number;
  readonly values: readonly Decimal[];
}

/**
 * The running sums of one period's counted entries, per day, per reporter and per aggregate spanning months: what a
 * period's report is made from (internal). The append-only accumulator keeps these instead of its entries.
 */
export class PeriodTally {
  /** Per day of the period (an entry is counted on the last day it covers, which is within the period). */
  private readonly byDay: (Day | undefined)[];
  private readonly reporters = new Map<string, Sums>();
  private readonly spanning = new Map<string, Sums>();
  /** Per limit, the counted entries with no amount in its unit. */
  private readonly missing: string[][];
  /** Entries of the period with no amount in any unit. */
  readonly unconverted: NotCounted[] = [];
  /** How many entries are counted. */
  counted = 0;
  private readonly size: number;
  // The reporter sums of the last segment read, by its reporter index: one Map lookup per reporter and segment.
  private segment: Segment | undefined;
  private bySegmentReporter: (Sums | undefined)[] = [];

  constructor(
    readonly first: number,
    last: number,
    cap: QuantityCap,
  ) {
    this.size = cap.limits.length;
    this.byDay = new Array(last - first + 1);
    this.missing = cap.limits.map(() => []);
  }

  /** Counts entry `i` of segment `s`, delivered and covered within this period. */
  add(s: Segment, i: number): void {
    const size = this.size;
    this.counted += 1;
    const through = s.through[i] as number;
    const offset = through - this.first;
    let day = this.byDay[offset];
    if (day === undefined) {
      day = { day: through, sums: new Sums(size) };
      this.byDay[offset] = day;
    }
    day.sums.add(s, i);
    if (this.segment !== s) {
      this.segment = s;
      this.bySegmentReporter = new Array(s.reporters.length);
    }
    const r = s.reporter[i] as number;
    let reporter = this.bySegmentReporter[r];
    if (reporter === undefined) {
      reporter = sumsFor(this.reporters, s.reporters[r] as string, size);
      this.bySegmentReporter[r] = reporter;
    }
    reporter.add(s, i);
    const delivered = s.delivered[i] as number;
    if (delivered !== through) {
      const firstMonth = fromDayNumberToDate(delivered).slice(0, 7);
      const lastMonth = fromDayNumberToDate(through).slice(0, 7);
      if (firstMonth !== lastMonth) {
        // An aggregate over several months is its own group; take it out of the month its last day falls in.
        sumsFor(this.spanning, `${firstMonth}/${lastMonth}`, size).add(s, i);
        sumsFor(this.spanning, lastMonth, size).add(s, i, -1);
      }
    }
    const base = i * size;
    for (let d = 0; d < size; d += 1)
      if (s.scale[base + d] === NO_AMOUNT) (this.missing[d] as string[]).push(s.ids[i] as string);
  }

  /** The total of one day, per limit: zero when nothing is counted that day. */
  dayValues(day: number): Decimal[] {
    const found = this.byDay[day - this.first];
    return found === undefined ? this.missing.map(() => zero()) : found.sums.values();
  }

  /** The days with a counted entry, in order, with their totals. */
  days(): DayTotal[] {
    const days: DayTotal[] = [];
    for (const day of this.byDay)
      if (day !== undefined)
        days.push({ day: day.day, entries: day.sums.entries, values: day.sums.values() });
    return days;
  }

  /** Per reporter or per month span, the entries and totals. */
  groups(which: 'reporters' | 'spanning'): [string, { entries: number; values: Decimal[] }][] {
    return [...this[which]].map(([key, sums]) => [key, { entries: sums.entries, values: sums.values() }]);
  }

  /** The ids of the counted entries with no amount in limit `d`'s unit. */
  missingIn(d: number): readonly string[] {
    return this.missing[d] as string[];
  }
}

/** Adds `values` into the group `key` of `into`. */
function addGroup(
  into: Map<string, { entries: number; sums: Decimal[] }>,
  key: string,
  entries: number,
  values: readonly Decimal[],
): void {
  const found = into.get(key);
  if (found === undefined) into.set(key, { entries, sums: [...values] });
  else {
    found.entries += entries;
    found.sums = found.sums.map((x, d) => plus(x, values[d] as Decimal));
  }
}

/**
 * The report of one period from the tallies of its entries (one, or those of an append-only accumulator and its
 * open day) and its crossings (internal).
 */
export function periodReport(
  cap: QuantityCap,
  period: DateRange,
  tallies: readonly PeriodTally[],
  asOf: PlainDate | undefined,
  crossingsOf: (days: readonly DayTotal[]) => Crossing[],
): PeriodReport {
  const unconverted = tallies.flatMap((t) => t.unconverted);
  const missing: string[][] = cap.limits.map((_, d) => [
    ...unconverted.map((x) => x.entryId),
    ...tallies.flatMap((t) => t.missingIn(d)),
  ]);
  let ordered = tallies.flatMap((t) => t.days());
  if (tallies.length > 1) {
    // Tallies of the same period over different days (an append-only accumulator's open day is never in its tally).
    ordered = ordered.sort((a, b) => a.day - b.day);
  }
  const totals = cap.limits.map((_, d) =>
    ordered.reduce((sum, day) => plus(sum, day.values[d] as Decimal), zero()),
  );

  // Months from the days, then the aggregates spanning months.
  const months = new Map<string, { entries: number; sums: Decimal[] }>();
  for (const day of ordered)
    addGroup(months, fromDayNumberToDate(day.day).slice(0, 7), day.entries, day.values);
  for (const t of tallies)
    for (const [key, group] of t.groups('spanning')) addGroup(months, key, group.entries, group.values);
  const reporters = new Map<string, { entries: number; sums: Decimal[] }>();
  for (const t of tallies)
    for (const [key, group] of t.groups('reporters')) addGroup(reporters, key, group.entries, group.values);

  const lastDay = ordered.length === 0 ? undefined : (ordered[ordered.length - 1] as DayTotal).day;
  const runTo =
    asOf !== undefined
      ? asOf < period.end
        ? asOf
        : period.end
      : lastDay === undefined
        ? period.start
        : fromDayNumberToDate(lastDay);
  const elapsed = dayNumber(runTo) - dayNumber(period.start) + 1;

  const dimensions: DimensionReport[] = cap.limits.map((limit, d) => {
    const sum = totals[d] as Decimal;
    const unknown = (missing[d] as string[]).length > 0;
    const remaining = clampZero(minus(limit.amount, sum));
    const excess = clampZero(minus(sum, limit.amount));
    const projected =
      unknown || sum.isZero() || !remaining.gt(0) || elapsed <= 0
        ? undefined
        : projection(period, limit.amount, sum, elapsed);
    const remainingAtMost = fromDecimal(remaining, limit.unit);
    const utilisation = unknown ? ('unknown' as const) : dividedBy(sum, limit.amount);
    return Object.freeze({
      limit,
      total: fromDecimal(sum, limit.unit),
      remaining: unknown ? ('unknown' as const) : remainingAtMost,
      remainingAtMost,
      utilisation,
      utilisationPercent: percentOf(utilisation),
      excess: fromDecimal(excess, limit.unit),
      unknownBecause: Object.freeze([...(missing[d] as string[])].sort()),
      ...(projected === undefined ? {} : { projectedExhaustion: projected }),
    });
  });

  let binding: number | undefined;
  dimensions.forEach((dim, d) => {
    if (dim.utilisation === 'unknown') return;
    const best = binding === undefined ? undefined : dimensions[binding]?.utilisation;
    if (best === undefined || best === 'unknown' || dim.utilisation.gt(best)) binding = d;
  });
  const anyUnknown = dimensions.some((dim) => dim.utilisation === 'unknown');
  const reachedAny = dimensions.some((dim) => dim.total.amount.gte(dim.limit.amount));
  const exceededAny = dimensions.some((dim) => dim.total.amount.gt(dim.limit.amount));
  const bindingUtilisation = binding === undefined ? undefined : dimensions[binding]?.utilisation;
  const periodUtilisation = anyUnknown || bindingUtilisation === undefined ? 'unknown' : bindingUtilisation;
  const projections = dimensions
    .map((dim) => dim.projectedExhaustion)
    .filter((date): date is PlainDate => date !== undefined)
    .sort();
  const group = (key: string, entries: number, sums: readonly Decimal[]): GroupTotal =>
    Object.freeze({
      key,
      entries,
      totals: Object.freeze(sums.map((x, d) => fromDecimal(x, (cap.limits[d] as Quantity).unit))),
    });
  // Keys are distinct, so the comparators never see two equal keys.
  // Stryker disable next-line EqualityOperator: keys are never equal, as said above
  const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : 1);

  return Object.freeze({
    period,
    complete: asOf === undefined ? false : asOf >= period.end,
    dimensions: Object.freeze(dimensions),
    utilisation: periodUtilisation,
    utilisationPercent: percentOf(periodUtilisation),
    ...(binding === undefined ? {} : { binding: (cap.limits[binding] as Quantity).unit }),
    reached: reachedAny ? true : anyUnknown ? 'unknown' : false,
    exceeded: exceededAny ? true : anyUnknown ? 'unknown' : false,
    crossings: Object.freeze(crossingsOf(ordered).sort(byCrossing)),
    byReporter: Object.freeze([...reporters].sort(byKey).map(([key, m]) => group(key, m.entries, m.sums))),
    byMonth: Object.freeze(
      [...months]
        .filter(([, m]) => m.entries > 0)
        .sort(byKey)
        .map(([key, m]) => group(key, m.entries, m.sums)),
    ),
    ...(projections[0] === undefined ? {} : { projectedExhaustion: projections[0] }),
    counted: tallies.reduce((n, t) => n + t.counted, 0),
    notCounted: Object.freeze([...unconverted].sort(byEntryId).map((x) => Object.freeze(x))),
  });
}

function sumsFor(groups: Map<string, Sums>, key: string, size: number): Sums {
  const found = groups.get(key);
  if (found !== undefined) return found;
  const created = new Sums(size);
  groups.set(key, created);
  return created;
}

/** The day a limit is reached at the run-rate `sum / elapsed`, when that falls within the period. */
function projection(period: DateRange, limit: Decimal, sum: Decimal, elapsed: number): PlainDate | undefined {
  // Smallest n with sum × n / elapsed ≥ limit: n = ceil(limit × elapsed / sum).
  const days = dividedBy(limit.times(elapsed), sum).ceil();
  const length = dayNumber(period.end) - dayNumber(period.start) + 1;
  return days.gt(length) ? undefined : addDays(period.start, days.toNumber() - 1);
}

/** Crossings in date order, and on one date by fraction (a stable sort: limits in the cap's order). */
const byCrossing = (a: Crossing, b: Crossing) =>
  (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.threshold.fraction.comparedTo(b.threshold.fraction);

interface Level {
  readonly fraction: Decimal;
  readonly effect: Crossing['threshold']['effect'];
  readonly level: Decimal;
}

/**
 * The running total of one limit in one period, fed day by day in day order, and the next threshold it has not
 * reached (internal).
 */
export class CrossingTracker {
  private next = 0;
  private running = zero();
  private constructor(
    private readonly d: number,
    private readonly unit: UnitId,
    private readonly levels: readonly Level[],
  ) {}

  /** One tracker per limit of the cap. */
  static of(cap: QuantityCap): CrossingTracker[] {
    return cap.limits.map((limit, d) => {
      const levels = [
        ...cap.thresholds.map((t) => ({
          fraction: t.fraction,
          effect: t.effect as Crossing['threshold']['effect'],
        })),
        { fraction: ONE, effect: 'limit' as const },
      ]
        .map((t) => ({ ...t, level: t.fraction.times(limit.amount) }))
        .sort((a, b) => a.level.comparedTo(b.level));
      return new CrossingTracker(d, limit.unit, levels);
    });
  }

  /** A tracker at the same point, to run on without moving this one. */
  copy(): CrossingTracker {
    const copy = new CrossingTracker(this.d, this.unit, this.levels);
    copy.next = this.next;
    copy.running = this.running;
    return copy;
  }

  /**
   * Takes one day: its total in this limit's unit and, read only when the day reaches a threshold, its counted
   * entries of segment `s` in id order. Adds what it crosses to `found`.
   */
  day(day: number, total: Decimal, s: Segment, entries: () => readonly number[], found: Crossing[]): void {
    const levels = this.levels;
    if (this.next >= levels.length) return;
    const after = plus(this.running, total);
    // A shortcut for days that cross nothing: walking their entries finds no crossing either.
    // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, as said above
    if (after.lt((levels[this.next] as Level).level)) {
      this.running = after;
      return;
    }
    // A crossing happens this day: walk its entries in id order.
    const date = fromDayNumberToDate(day);
    for (const e of entries()) {
      this.running = plus(this.running, amountOf(s, e, this.d));
      while (this.next < levels.length && this.running.gte((levels[this.next] as Level).level)) {
        const t = levels[this.next] as Level;
        found.push(
          Object.freeze({
            threshold: Object.freeze({ fraction: t.fraction, effect: t.effect }),
            dimension: this.unit,
            date,
            entryId: s.ids[e] as string,
            cumulative: fromDecimal(this.running, this.unit),
          }),
        );
        this.next += 1;
      }
    }
  }
}

/** Entries `list` of segment `s` in id order (ids are unique, so the comparator never sees two equal ids). */
export function inIdOrder(s: Segment, list: number[]): number[] {
  // Stryker disable next-line EqualityOperator: ids are never equal, as said above
  return list.sort((a, b) => ((s.ids[a] as string) < (s.ids[b] as string) ? -1 : 1));
}

function crossings(cap: QuantityCap, s: Segment, records: Int32Array, days: readonly DayTotal[]): Crossing[] {
  const found: Crossing[] = [];
  /** The period's entries counted on one day, in id order. */
  const entriesOn = (day: number): number[] => {
    const list: number[] = [];
    for (let k = 0; k < records.length; k += 1) {
      const i = records[k] as number;
      if (s.through[i] === day) list.push(i);
    }
    return inIdOrder(s, list);
  };
  CrossingTracker.of(cap).forEach((tracker, d) => {
    for (const day of days)
      tracker.day(day.day, day.values[d] as Decimal, s, () => entriesOn(day.day), found);
  });
  return found;
}

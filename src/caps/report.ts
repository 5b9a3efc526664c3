// Internal: the cap report, computed from entry records in an order-independent way (entries are ordered by day,
// then by id, wherever order matters), so that any permutation, split or merge of a ledger gives the same report.
import { SanctionsRegimeError } from '../errors.js';
import {
  type Decimal,
  decimalFromString,
  dividedBy,
  ExactAccumulator,
  minus,
  zero,
} from '../quantity/decimal.js';
import { fromDecimal, type Quantity } from '../quantity/quantity.js';
import type { UnitId } from '../quantity/units.js';
import type { QuantityCap } from '../resolutions/measure.js';
import type { DateRange } from '../time/dateRange.js';
import { periodsOverlapping } from '../time/periodRule.js';
import { addDays, dayNumber, fromDayNumberToDate, type PlainDate } from '../time/plainDate.js';
import type { DimensionAmount, EntryRecord } from './entryRecord.js';
import type { LedgerBasis } from './ledgerEntry.js';

/** One limit of a cap, accounted for in one period. */
export interface DimensionReport {
  /** The limit (`500,000 bbl`). */
  readonly limit: Quantity;
  /** The exact total of the entries counted in this unit; a lower bound when `utilisation` is `unknown`. */
  readonly total: Quantity;
  /** `limit − total`, never below zero. */
  readonly remaining: Quantity;
  /** `total ÷ limit` (exact when it terminates, else 34 significant digits), or `unknown` when some entry could not be converted into this unit. */
  readonly utilisation: Decimal | 'unknown';
  /** `total − limit`, never below zero. */
  readonly excess: Quantity;
  /** The entries reported in another unit with no factor into this one: what makes `utilisation` unknown. */
  readonly unknownBecause: readonly string[];
  /** When this limit would be reached at the period's run-rate so far, if within the period. */
  readonly projectedExhaustion?: PlainDate;
}

/** The moment a cumulative total reached a threshold (or the limit itself). */
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

/** Totals of one reporter or one month, per limit. */
export interface GroupTotal {
  /** The reporter (`"CHN"`) or month (`"2018-03"`, or `"2018-01/2018-04"` for an aggregate over months). */
  readonly key: string;
  /** How many entries it counts. */
  readonly entries: number;
  /** One total per limit, in the limit's unit (entries that could not be converted are left out). */
  readonly totals: readonly Quantity[];
}

/** Why an entry was not counted. */
export type NotCountedReason =
  | 'other-cap'
  | 'basis-not-selected'
  | 'delivered-after-as-of'
  | 'reported-after-as-of'
  | 'outside-periods'
  | 'spans-periods'
  | 'no-conversion'
  | 'retraction';

/** An entry that went in and was not counted. */
export interface NotCounted {
  readonly entryId: string;
  readonly reason: NotCountedReason;
  /** What to do about it, or what it means. */
  readonly detail: string;
}

/** An entry replaced by a correction or withdrawn by a retraction. */
export interface Superseded {
  readonly entryId: string;
  /** The id of the correcting or retracting entry. */
  readonly by: string;
  readonly kind: 'corrected' | 'retracted';
}

/** A problem in the ledger that did not stop the report. */
export interface LedgerIssue {
  readonly code:
    | 'UNKNOWN_CORRECTION_TARGET'
    | 'UNKNOWN_RETRACTION_TARGET'
    | 'BASIS_MISMATCH'
    | 'MULTIPLE_CORRECTIONS';
  readonly entryId: string;
  readonly message: string;
}

/** One accounting period of a cap. */
export interface PeriodReport {
  /** The period, both ends inclusive. */
  readonly period: DateRange;
  /** Whether `asOf` is on or after the period's last day. */
  readonly complete: boolean;
  /** One report per limit. */
  readonly dimensions: readonly DimensionReport[];
  /** The largest utilisation over the limits, or `unknown` when any is unknown. */
  readonly utilisation: Decimal | 'unknown';
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

/** The report of a cap over a ledger. */
export interface CapReport {
  /** The cap's measure id. */
  readonly cap: string;
  /** The report's day, when given. */
  readonly asOf?: PlainDate;
  /** The bases counted. */
  readonly basis: readonly LedgerBasis[];
  /** How many entries went in. */
  readonly entries: number;
  /** One report per period up to `asOf`. */
  readonly periods: readonly PeriodReport[];
  /** Entries not counted before any period could take them (other cap, basis, after `asOf`, outside every period). */
  readonly notCounted: readonly NotCounted[];
  /** Entries replaced or withdrawn. */
  readonly superseded: readonly Superseded[];
  /** Problems that did not stop the report (a correction of an unknown entry, …). */
  readonly issues: readonly LedgerIssue[];
}

const ONE = decimalFromString('1') as Decimal;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byEntryId = (a: { entryId: string }, b: { entryId: string }) =>
  a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0;

function monthKey(record: EntryRecord): string {
  const first = record.delivered.slice(0, 7);
  const last = record.through.slice(0, 7);
  return first === last ? first : `${first}/${last}`;
}

class Totals {
  readonly sums: ExactAccumulator[];
  entries = 0;
  constructor(size: number) {
    this.sums = Array.from({ length: size }, () => new ExactAccumulator());
  }
  add(amounts: readonly DimensionAmount[], sign: 1 | -1 = 1): void {
    this.entries += sign;
    amounts.forEach((amount, i) => {
      addAmount(this.sums[i] as ExactAccumulator, amount, sign);
    });
  }
}

function groupFor(groups: Map<string, Totals>, key: string, size: number): Totals {
  const found = groups.get(key);
  if (found !== undefined) return found;
  const created = new Totals(size);
  groups.set(key, created);
  return created;
}

function addAmount(acc: ExactAccumulator, amount: DimensionAmount, sign: 1 | -1 = 1): void {
  if (amount === null) return;
  if (typeof amount === 'string') acc.addString(amount, sign);
  else acc.add(sign === 1 ? amount : amount.negated());
}

function clampZero(value: Decimal): Decimal {
  return value.isNegative() ? zero() : value;
}

interface Options {
  readonly asOf: PlainDate | undefined;
  readonly basis: readonly LedgerBasis[];
}

/** Builds the report; see {@link CapReport}. */
export function buildReport(
  cap: QuantityCap,
  chunks: readonly (readonly EntryRecord[])[],
  options: Options,
): CapReport {
  const records: EntryRecord[] = [];
  for (const chunk of chunks) for (const r of chunk) records.push(r);
  const index = new Map<string, EntryRecord>();
  for (const r of records) {
    if (index.has(r.id)) {
      throw new SanctionsRegimeError(
        'DUPLICATE_ENTRY',
        `Two ledger entries have the id ${JSON.stringify(r.id)}: ledgers are append-only, so give a correction its own id and set "corrects".`,
        { id: r.id },
      );
    }
    index.set(r.id, r);
  }
  const asOfDay = options.asOf === undefined ? undefined : dayNumber(options.asOf);
  const selected = new Set(options.basis);
  const notCounted: NotCounted[] = [];
  const issues: LedgerIssue[] = [];
  const superseded: Superseded[] = [];

  // 1. Entries known, for this cap, on a selected basis.
  const active = new Map<string, EntryRecord>();
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    if (r.cap !== cap.id) {
      notCounted.push({
        entryId: r.id,
        reason: 'other-cap',
        detail: `Counts against ${r.cap}, not ${cap.id}.`,
      });
    } else if (asOfDay !== undefined && r.throughDay > asOfDay) {
      notCounted.push({
        entryId: r.id,
        reason: 'delivered-after-as-of',
        detail: `Delivered after ${options.asOf}.`,
      });
    } else if (asOfDay !== undefined && r.knownDay > asOfDay) {
      notCounted.push({
        entryId: r.id,
        reason: 'reported-after-as-of',
        detail: `Reported after ${options.asOf}, so not known then.`,
      });
    } else if (!selected.has(r.basis)) {
      notCounted.push({
        entryId: r.id,
        reason: 'basis-not-selected',
        detail: `Its basis is ${r.basis}; the report counts ${options.basis.join(', ')}.`,
      });
    } else {
      active.set(r.id, r);
      lastDay = Math.max(lastDay, r.throughDay);
    }
  }

  // 2. Corrections and retractions among them. Several corrections of one entry: the last known wins.
  const replacedBy = new Map<string, EntryRecord>();
  const sortedActive = [...active.values()].sort((a, b) => a.knownDay - b.knownDay || byId(a, b));
  for (const r of sortedActive) {
    const target = r.corrects ?? r.retracts;
    if (target === undefined) continue;
    const targetRecord = active.get(target);
    if (targetRecord === undefined) {
      const known = index.get(target);
      if (known === undefined) {
        issues.push({
          code: r.corrects !== undefined ? 'UNKNOWN_CORRECTION_TARGET' : 'UNKNOWN_RETRACTION_TARGET',
          entryId: r.id,
          message: `${r.id} ${r.corrects !== undefined ? 'corrects' : 'retracts'} ${target}, which is not in the ledger; ${r.corrects !== undefined ? 'it is counted as a delivery of its own' : 'it has no effect'}.`,
        });
      } else if (known.basis !== r.basis) {
        issues.push({
          code: 'BASIS_MISMATCH',
          entryId: r.id,
          message: `${r.id} (${r.basis}) cannot replace ${target} (${known.basis}); it is counted on its own.`,
        });
      }
      continue;
    }
    if (targetRecord.basis !== r.basis) {
      issues.push({
        code: 'BASIS_MISMATCH',
        entryId: r.id,
        message: `${r.id} (${r.basis}) cannot replace ${target} (${targetRecord.basis}); it is counted on its own.`,
      });
      continue;
    }
    const previous = replacedBy.get(target);
    if (previous !== undefined) {
      issues.push({
        code: 'MULTIPLE_CORRECTIONS',
        entryId: r.id,
        message: `${target} is replaced by both ${previous.id} and ${r.id}; the later one, ${r.id}, stands.`,
      });
      replacedBy.set(previous.id, r);
    }
    replacedBy.set(target, r);
  }
  for (const [target, by] of replacedBy) {
    if (!active.delete(target)) continue;
    superseded.push({
      entryId: target,
      by: by.id,
      kind: by.retracts !== undefined ? 'retracted' : 'corrected',
    });
  }
  for (const r of [...active.values()]) {
    if (r.retracts === undefined) continue;
    active.delete(r.id);
    notCounted.push({
      entryId: r.id,
      reason: 'retraction',
      detail: `Withdraws ${r.retracts}; it carries no quantity.`,
    });
  }

  // 3. Periods up to asOf (or to the last delivery).
  const effectiveStart = cap.effective.start;
  let horizon: PlainDate | undefined = options.asOf;
  if (horizon === undefined && Number.isFinite(lastDay)) horizon = fromDayNumberToDate(lastDay);
  if (horizon !== undefined && cap.effective.end !== undefined && cap.effective.end < horizon)
    horizon = cap.effective.end;
  const periods =
    horizon === undefined || horizon < effectiveStart
      ? []
      : periodsOverlapping(cap.period, { start: effectiveStart, end: horizon });
  const starts = periods.map((p) => dayNumber(p.start));
  const ends = periods.map((p) => dayNumber(p.end));
  const buckets: EntryRecord[][] = periods.map(() => []);
  const periodNotCounted: NotCounted[][] = periods.map(() => []);
  for (const r of active.values()) {
    const i = findPeriod(starts, ends, r.deliveredDay);
    if (i === -1) {
      notCounted.push({
        entryId: r.id,
        reason: 'outside-periods',
        detail: `Delivered ${r.delivered}, outside every period of the cap up to ${horizon ?? 'the report'}.`,
      });
    } else if (r.throughDay > (ends[i] as number)) {
      notCounted.push({
        entryId: r.id,
        reason: 'spans-periods',
        detail: `Covers ${r.delivered} to ${r.through}, across the end of a period: split it per period.`,
      });
    } else if (r.amounts.every((a) => a === null)) {
      (periodNotCounted[i] as NotCounted[]).push({
        entryId: r.id,
        reason: 'no-conversion',
        detail: `Reported in ${r.unit}; no factor converts it into ${cap.limits.map((l) => l.unit).join(' or ')}. Supply a cited conversion.`,
      });
    } else {
      (buckets[i] as EntryRecord[]).push(r);
    }
  }
  // Entries with no conversion still make their dimensions unknown.
  const unconvertible = periods.map((_, i) => (periodNotCounted[i] as NotCounted[]).map((n) => n.entryId));

  const reports = periods.map((period, i) =>
    periodReport(
      cap,
      period,
      buckets[i] as EntryRecord[],
      unconvertible[i] as string[],
      periodNotCounted[i] as NotCounted[],
      options.asOf,
    ),
  );
  return Object.freeze({
    cap: cap.id,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    basis: options.basis,
    entries: records.length,
    periods: Object.freeze(reports),
    notCounted: Object.freeze(notCounted.sort(byEntryId).map((n) => Object.freeze(n))),
    superseded: Object.freeze(superseded.sort(byEntryId).map((s) => Object.freeze(s))),
    issues: Object.freeze(
      issues.sort((a, b) => byEntryId(a, b) || (a.code < b.code ? -1 : 1)).map((s) => Object.freeze(s)),
    ),
  });
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

function periodReport(
  cap: QuantityCap,
  period: DateRange,
  records: readonly EntryRecord[],
  unconvertible: readonly string[],
  notCounted: readonly NotCounted[],
  asOf: PlainDate | undefined,
): PeriodReport {
  const size = cap.limits.length;
  const total = new Totals(size);
  const byDay = new Map<number, EntryRecord[]>();
  const reporters = new Map<string, Totals>();
  const months = new Map<string, Totals>();
  const missing: string[][] = cap.limits.map(() => [...unconvertible]);
  for (const r of records) {
    total.add(r.amounts);
    const list = byDay.get(r.throughDay);
    if (list === undefined) byDay.set(r.throughDay, [r]);
    else list.push(r);
    groupFor(reporters, r.reporter, size).add(r.amounts);
    groupFor(months, monthKey(r), size).add(r.amounts);
    r.amounts.forEach((a, d) => {
      if (a === null) (missing[d] as string[]).push(r.id);
    });
  }
  const through = asOf !== undefined && asOf < period.end ? asOf : period.end;
  const lastDay = Math.max(...[...byDay.keys(), -Infinity]);
  const runTo =
    asOf !== undefined ? through : Number.isFinite(lastDay) ? fromDayNumberToDate(lastDay) : period.start;
  const elapsed = dayNumber(runTo) - dayNumber(period.start) + 1;

  const dimensions: DimensionReport[] = cap.limits.map((limit, d) => {
    const sum = (total.sums[d] as ExactAccumulator).value();
    const unknown = (missing[d] as string[]).length > 0;
    const remaining = clampZero(minus(limit.amount, sum));
    const excess = clampZero(minus(sum, limit.amount));
    const projected =
      unknown || sum.isZero() || !remaining.gt(0) || elapsed <= 0
        ? undefined
        : projection(period, limit.amount, sum, elapsed);
    return Object.freeze({
      limit,
      total: fromDecimal(sum, limit.unit),
      remaining: fromDecimal(remaining, limit.unit),
      utilisation: unknown ? 'unknown' : dividedBy(sum, limit.amount),
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
  const projections = dimensions
    .map((d) => d.projectedExhaustion)
    .filter((p): p is PlainDate => p !== undefined)
    .sort();

  return Object.freeze({
    period,
    complete: asOf === undefined ? false : asOf >= period.end,
    dimensions: Object.freeze(dimensions),
    utilisation: anyUnknown || bindingUtilisation === undefined ? 'unknown' : bindingUtilisation,
    ...(binding === undefined ? {} : { binding: cap.limits[binding]?.unit as UnitId }),
    reached: reachedAny ? true : anyUnknown ? 'unknown' : false,
    exceeded: exceededAny ? true : anyUnknown ? 'unknown' : false,
    crossings: Object.freeze(crossings(cap, byDay)),
    byReporter: Object.freeze(groups(reporters, cap)),
    byMonth: Object.freeze(groups(months, cap)),
    ...(projections[0] === undefined ? {} : { projectedExhaustion: projections[0] }),
    counted: records.length,
    notCounted: Object.freeze([...notCounted].sort(byEntryId).map((n) => Object.freeze(n))),
  });
}

/** The day a limit is reached at the run-rate `sum / elapsed`, when that falls within the period. */
function projection(period: DateRange, limit: Decimal, sum: Decimal, elapsed: number): PlainDate | undefined {
  // Smallest n with sum × n / elapsed ≥ limit: n = ceil(limit × elapsed / sum).
  const days = dividedBy(limit.times(elapsed), sum).ceil();
  const length = dayNumber(period.end) - dayNumber(period.start) + 1;
  return days.gt(length) ? undefined : addDays(period.start, days.toNumber() - 1);
}

function groups(map: ReadonlyMap<string, Totals>, cap: QuantityCap): GroupTotal[] {
  return [...map.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, t]) =>
      Object.freeze({
        key,
        entries: t.entries,
        totals: Object.freeze(t.sums.map((s, d) => fromDecimal(s.value(), (cap.limits[d] as Quantity).unit))),
      }),
    );
}

function crossings(cap: QuantityCap, byDay: ReadonlyMap<number, EntryRecord[]>): Crossing[] {
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const found: Crossing[] = [];
  cap.limits.forEach((limit, d) => {
    const levels = [
      ...cap.thresholds.map((t) => ({
        fraction: t.fraction,
        effect: t.effect as Crossing['threshold']['effect'],
      })),
      { fraction: ONE, effect: 'limit' as const },
    ]
      .map((t) => ({ ...t, level: t.fraction.times(limit.amount) }))
      .sort((a, b) => a.level.comparedTo(b.level));
    let next = 0;
    let running = new ExactAccumulator();
    for (const dayKey of days) {
      if (next >= levels.length) break;
      const entries = byDay.get(dayKey) as EntryRecord[];
      const after = new ExactAccumulator();
      after.addAccumulator(running);
      for (const r of entries) addAmount(after, r.amounts[d] ?? null);
      if (after.value().lt((levels[next] as { level: Decimal }).level)) {
        running = after;
        continue;
      }
      // A crossing happens this day: walk its entries in id order.
      for (const r of [...entries].sort(byId)) {
        addAmount(running, r.amounts[d] ?? null);
        const cumulative = running.value();
        while (next < levels.length && cumulative.gte((levels[next] as { level: Decimal }).level)) {
          const t = levels[next] as (typeof levels)[number];
          found.push(
            Object.freeze({
              threshold: Object.freeze({ fraction: t.fraction, effect: t.effect }),
              dimension: limit.unit,
              date: r.through,
              entryId: r.id,
              cumulative: fromDecimal(cumulative, limit.unit),
            }),
          );
          next += 1;
        }
      }
    }
  });
  return found.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.threshold.fraction.comparedTo(b.threshold.fraction),
  );
}

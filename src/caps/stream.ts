// Internal: the append-only accumulator ({ appendOnly: true }). When no entry corrects, retracts or supersedes
// another, an entry is needed only until its day is over: it is added into its period's running sums
// (report.ts's PeriodTally) as soon as it is read, and the day's entries are kept only until an entry of a later
// day arrives, because a threshold crossed that day is named by the entry that crossed it, in id order. So the
// entries must come in order of their last delivery day. Per entry, only a 63-bit digest of its id is kept, to
// refuse a repeated id.
import { SanctionsRegimeError } from '../errors.js';
import type { Decimal } from '../quantity/decimal.js';
import type { QuantityCap } from '../resolutions/measure.js';
import type { DateRange } from '../time/dateRange.js';
import { periodContainingUnchecked as periodContaining } from '../time/periodRule.js';
import { dayNumber, fromDayNumberToDate } from '../time/plainDate.js';
import type { EntryRecord } from './entryRecord.js';
import {
  assemble,
  type CapReport,
  type Crossing,
  CrossingTracker,
  clipToEffect,
  coveredBy,
  detailOf,
  exclusion,
  hash,
  hasNoAmount,
  horizonOf,
  inIdOrder,
  type NotCounted,
  noConversion,
  type Options,
  outsidePeriods,
  PeriodTally,
  periodReport,
  periodsUpTo,
  selectedBases,
  spansPeriods,
} from './report.js';
import { ASIDE, type Segment, SegmentBuilder } from './store.js';

/** A second 32-bit hash of a string, independent of FNV-1a (multiply, xor-shift, and a final mix). */
function hash2(text: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 16);
}

/**
 * The ids seen, as 63-bit digests (two 32-bit hashes, the second with its low bit set to mark a used slot) in an
 * open-addressing table: 8 bytes a slot, at most half the slots used.
 */
class DigestSet {
  private first = new Int32Array(1024);
  private second = new Int32Array(1024);
  private count = 0;

  /** Adds an id; false when an id with the same digest is already there. */
  add(id: string): boolean {
    if ((this.count + 1) * 2 > this.first.length) this.grow();
    const added = this.insert(hash(id), hash2(id) | 1);
    if (added) this.count += 1;
    return added;
  }

  private insert(h1: number, h2: number): boolean {
    const mask = this.first.length - 1;
    let slot = h1 & mask;
    for (;;) {
      const held = this.second[slot] as number;
      if (held === 0) {
        this.first[slot] = h1;
        this.second[slot] = h2;
        return true;
      }
      if (held === h2 && this.first[slot] === h1) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { first, second } = this;
    this.first = new Int32Array(first.length * 2);
    this.second = new Int32Array(second.length * 2);
    for (let slot = 0; slot < first.length; slot += 1)
      if (second[slot] !== 0) this.insert(first[slot] as number, second[slot] as number);
  }
}

/** What closed days (or, when a report is read, the open day alone) add up to. */
class Tallies {
  lastDay = Number.NEGATIVE_INFINITY;
  readonly notCounted: NotCounted[] = [];
  /** Entries delivered outside every period: their detail names the horizon, known only when a report is read. */
  readonly outside: { readonly id: string; readonly delivered: number }[] = [];
  /** By the first day of the period (cut to the cap's effect). */
  readonly periods = new Map<number, PeriodTally>();
  readonly crossings = new Map<number, Crossing[]>();
}

/** The running state of one append-only accumulator, shared by the accumulators of its stream (internal). */
export class AppendOnlyStream {
  /** The one accumulator of the stream that can go on: the last one `accumulate` returned. */
  head: object | undefined;
  /** Where the stream stopped (a bad entry, or an iterable that threw, part-way through a call), once it has. */
  stopped: string | undefined;
  /** Whether `accumulate` is reading entries into it. */
  reading = false;
  entries = 0;
  private readonly ids = new DigestSet();
  private openDay = Number.NEGATIVE_INFINITY;
  /** The entries of the open day: the last delivery day read so far. */
  private open: EntryRecord[] = [];
  private readonly closed = new Tallies();
  private readonly trackers = new Map<number, CrossingTracker[]>();
  private readonly periodOf = new Map<number, DateRange | null>();
  private readonly asOfDay: number | undefined;
  private readonly selected: Uint8Array;

  constructor(
    private readonly cap: QuantityCap,
    private readonly options: Options,
  ) {
    this.asOfDay = options.asOf === undefined ? undefined : dayNumber(options.asOf);
    this.selected = selectedBases(options.basis);
  }

  /** Refuses an accumulator of this stream that is not its head, or any once the stream stopped. */
  check(acc: object): void {
    if (this.stopped !== undefined) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `This append-only accumulator stopped at ${this.stopped}; the entries before that were read, so start a new one.`,
        {},
      );
    }
    if (this.reading) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        'This append-only accumulator is reading entries: a generator or getter called back into it before accumulate returned.',
        {},
      );
    }
    if (acc !== this.head) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        'This append-only accumulator has been read on by accumulate: use the accumulator it returned (an append-only accumulator keeps running sums, not its entries, so it cannot be branched).',
        {},
      );
    }
  }

  /** Reads one entry. */
  push(r: EntryRecord): void {
    const link = r.corrects ?? r.retracts ?? r.supersedes?.join(', ');
    if (link !== undefined) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `Entry ${JSON.stringify(r.id)} ${r.corrects !== undefined ? 'corrects' : r.retracts !== undefined ? 'retracts' : 'supersedes'} ${link}: an append-only accumulator takes no corrections, retractions or superseding aggregates; use one without appendOnly.`,
        { id: r.id },
      );
    }
    if (r.throughDay < this.openDay) {
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `Entry ${JSON.stringify(r.id)} ends on ${r.through}, before ${fromDayNumberToDate(this.openDay)}, the last delivery day of an earlier entry: an append-only accumulator takes entries in order of their last delivery day.`,
        { id: r.id },
      );
    }
    if (!this.ids.add(r.id)) {
      throw new SanctionsRegimeError(
        'DUPLICATE_ENTRY',
        `Two ledger entries have the id ${JSON.stringify(r.id)} (or, with odds of about 1 in 20 million for a million entries, ids with the same 63-bit digest; an accumulator without appendOnly compares ids exactly): give a correction its own id and set "corrects".`,
        { id: r.id },
      );
    }
    if (r.throughDay > this.openDay) {
      if (this.open.length > 0) this.closeDay(this.closed, (key) => this.trackersOf(key));
      this.open = [];
      this.openDay = r.throughDay;
    }
    this.open.push(r);
    this.entries += 1;
  }

  /** The report of the entries read so far; the stream can go on afterwards. */
  finish(): CapReport {
    const cap = this.cap;
    // The open day may still get entries: it is added into fresh tallies, with copies of the crossing trackers.
    const overlay = new Tallies();
    if (this.open.length > 0)
      this.closeDay(overlay, (key) => this.trackersOf(key).map((tracker) => tracker.copy()));
    const { closed } = this;
    const horizon = horizonOf(cap, this.options.asOf, Math.max(closed.lastDay, overlay.lastDay));
    const covered = coveredBy(cap, horizon);
    const { periods, sparse } = periodsUpTo(cap, covered, () => [
      ...closed.periods.keys(),
      ...overlay.periods.keys(),
    ]);
    const talliesOf = (period: DateRange): PeriodTally[] => {
      const key = dayNumber(period.start);
      return [closed.periods.get(key), overlay.periods.get(key)].filter(
        (t): t is PeriodTally => t !== undefined,
      );
    };
    return assemble(cap, this.options, {
      entries: this.entries,
      covered,
      periods,
      sparse,
      // Only consulted when the periods are sparse, and then they are the periods of the tallies (each made for an
      // entry counted or not converted) and the horizon's, which is listed anyway.
      holds: () => true,
      report: (period) => {
        const key = dayNumber(period.start);
        const tallies = talliesOf(period);
        return periodReport(cap, period, tallies, this.options.asOf, () => [
          ...(closed.crossings.get(key) ?? []),
          ...(overlay.crossings.get(key) ?? []),
        ]);
      },
      notCounted: [
        ...closed.notCounted,
        ...overlay.notCounted,
        ...[...closed.outside, ...overlay.outside].map((x) => outsidePeriods(x.id, x.delivered, horizon)),
      ],
      superseded: [],
      issues: [],
    });
  }

  private trackersOf(key: number): CrossingTracker[] {
    let trackers = this.trackers.get(key);
    if (trackers === undefined) {
      trackers = CrossingTracker.of(this.cap);
      this.trackers.set(key, trackers);
    }
    return trackers;
  }

  /** The period of a delivery day, cut to the cap's effect, when one holds it. */
  private period(day: number): DateRange | undefined {
    let found = this.periodOf.get(day);
    if (found === undefined) {
      const whole = periodContaining(this.cap.period, fromDayNumberToDate(day));
      const clipped = whole === undefined ? undefined : clipToEffect(whole, this.cap.effective);
      found =
        clipped !== undefined && dayNumber(clipped.start) <= day && day <= dayNumber(clipped.end)
          ? clipped
          : null;
      this.periodOf.set(day, found);
    }
    return found ?? undefined;
  }

  /** Adds the open day's entries into `into`, and the thresholds they cross, with `trackersOf` for each period. */
  private closeDay(into: Tallies, trackersOf: (key: number) => CrossingTracker[]): void {
    const cap = this.cap;
    const builder = new SegmentBuilder(cap.id, cap.limits.length, this.open.length);
    for (const r of this.open) builder.push(r);
    const s: Segment = builder.build();
    // Every entry counted this day ends on this day, so they are all in the one period that holds it.
    const counted: number[] = [];
    let tally: PeriodTally | undefined;
    for (let i = 0; i < s.length; i += 1) {
      const aside = (s.flags[i] as number) & ASIDE ? s.aside.get(i) : undefined;
      const reason = exclusion(s, i, aside, this.asOfDay, this.selected);
      if (reason !== undefined) {
        into.notCounted.push({
          entryId: s.ids[i] as string,
          reason,
          detail: detailOf(reason, s, i, aside, cap, this.options),
        });
        continue;
      }
      into.lastDay = this.openDay;
      const delivered = s.delivered[i] as number;
      const period = this.period(delivered);
      if (period === undefined) {
        into.outside.push({ id: s.ids[i] as string, delivered });
        continue;
      }
      if (this.openDay > dayNumber(period.end)) {
        into.notCounted.push(spansPeriods(s, i));
        continue;
      }
      const key = dayNumber(period.start);
      tally = into.periods.get(key);
      if (tally === undefined) {
        tally = new PeriodTally(key, dayNumber(period.end), cap);
        into.periods.set(key, tally);
      }
      if (hasNoAmount(s, i)) tally.unconverted.push(noConversion(s, i, cap));
      else {
        tally.add(s, i);
        counted.push(i);
      }
    }
    if (counted.length === 0) return;
    const dayTally = tally as PeriodTally;
    const key = dayTally.first;
    let found = into.crossings.get(key);
    if (found === undefined) {
      found = [];
      into.crossings.set(key, found);
    }
    const values: Decimal[] = dayTally.dayValues(this.openDay);
    const inOrder = () => inIdOrder(s, counted);
    const list = found;
    trackersOf(key).forEach((tracker, d) => {
      tracker.day(this.openDay, values[d] as Decimal, s, inOrder, list);
    });
  }
}

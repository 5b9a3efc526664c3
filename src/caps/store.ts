// Internal: the compact, column-oriented store of ledger entries an accumulator keeps. Per entry it holds only what
// the report reads: the id, three day numbers, a reporter index, the basis and, per cap dimension, the amount as an
// integer mantissa (a float64 holding an integer below 2^53) and a decimal scale. What few entries need besides
// (corrections, retractions, supersessions, another cap, an amount too long for a float64, a reported unit that
// no factor converts) sits in a side table. Nothing is one object per entry.
import type { Decimal } from '../quantity/decimal.js';
import type { UnitId } from '../quantity/units.js';
import type { DimensionAmount, EntryRecord } from './entryRecord.js';
import type { LedgerBasis } from './ledgerEntry.js';

/** The bases, in the order of their codes in the store. */
export const BASES: readonly LedgerBasis[] = ['reported', 'alleged', 'estimated'];
const BASIS_CODE: Readonly<Record<LedgerBasis, number>> = { reported: 0, alleged: 1, estimated: 2 };

/** A scale code: no factor converts the entry into this dimension. */
export const NO_AMOUNT = -1;
/** A scale code: the amount is in the side table (too many digits for a float64, or a Decimal of another kind). */
export const AMOUNT_ASIDE = -2;

/** A flag: the entry has a record in the side table. */
export const ASIDE = 2;

/** The largest mantissa a float64 holds exactly, with a margin: 15 digits. */
const MAX_COMPACT_DIGITS = 15;
const MAX_COMPACT = 999_999_999_999_999;

/** What an entry needs besides its columns. */
export interface Aside {
  /** The cap it counts against, when not the accumulator's. */
  readonly cap?: string;
  readonly corrects?: string;
  readonly retracts?: string;
  readonly supersedes?: readonly string[];
  /** The reported unit, kept when some dimension has no amount (for the `no-conversion` detail). */
  readonly unit?: UnitId;
  /** Amounts by dimension that did not fit the columns. */
  readonly amounts?: ReadonlyMap<number, string | Decimal>;
}

/** One segment of entries, as one call of `accumulate` read them. Never changed once built. */
export interface Segment {
  readonly length: number;
  readonly dimensions: number;
  readonly ids: readonly string[];
  readonly delivered: Int32Array;
  /** A view of `delivered`'s own memory when no entry of the segment spans days. */
  readonly through: Int32Array;
  /** A view of `delivered`'s own memory when every entry of the segment became known on the day it was delivered. */
  readonly known: Int32Array;
  /** Indexes into `reporters`. */
  readonly reporter: Uint32Array;
  readonly reporters: readonly string[];
  /** Basis codes (see BASES). */
  readonly basis: Uint8Array;
  /** Bits: ASIDE (the entry has a side-table record, which says whether it retracts). */
  readonly flags: Uint8Array;
  /** Per entry and dimension (entry × dimensions + d): the mantissa. */
  readonly mantissa: Float64Array;
  /** Per entry and dimension: the scale (≥ 0), NO_AMOUNT or AMOUNT_ASIDE. */
  readonly scale: Int8Array;
  readonly aside: ReadonlyMap<number, Aside>;
}

/** The scale of the last amount {@link compactMantissa} read (a second return value, without an allocation). */
let lastScale = 0;

/**
 * Reads an amount as `mantissa × 10^-scale` when its digits fit a float64 exactly (at most 15, scale 0 to 40): the
 * mantissa, with the scale in `lastScale`; -1 otherwise.
 */
function compactMantissa(amount: string | Decimal): number {
  if (typeof amount === 'string') {
    const length = amount.length;
    // Stryker disable next-line EqualityOperator: one more character is one more digit, refused below anyway
    if (length > MAX_COMPACT_DIGITS + 1) return -1;
    let mantissa = 0;
    let dot = -1;
    for (let i = 0; i < length; i += 1) {
      const c = amount.charCodeAt(i);
      if (c === 46) dot = i;
      else mantissa = mantissa * 10 + (c - 48);
    }
    if ((dot === -1 ? length : length - 1) > MAX_COMPACT_DIGITS) return -1;
    lastScale = dot === -1 ? 0 : length - dot - 1;
    return mantissa;
  }
  const limbs = amount.d;
  if (limbs === null || limbs === undefined || amount.s < 0 || limbs.length > 2) return -1;
  const exponent = amount.e;
  const count = limbs.length;
  const first = limbs[0] as number;
  let mantissa = count === 1 ? first : first * 1e7 + (limbs[1] as number);
  let scale = (((exponent % 7) + 7) % 7) + 7 * (count - 1) - exponent;
  if (mantissa > MAX_COMPACT) return -1;
  // The last limb is padded with zeros: drop them where the scale would otherwise be too large.
  while (scale > 40 && mantissa % 10 === 0 && mantissa !== 0) {
    mantissa /= 10;
    scale -= 1;
  }
  if (scale < 0) {
    // An integer with zeros beyond its limbs (1e20): scale it up while it stays exact.
    const scaled = mantissa * 10 ** -scale;
    if (scaled > MAX_COMPACT) return -1;
    lastScale = 0;
    return scaled;
  }
  if (scale > 40) return -1;
  lastScale = scale;
  return mantissa;
}

/**
 * Reads an amount as `[mantissa, scale]`, `mantissa × 10^-scale`, when its digits fit a float64 exactly (at most
 * 15, scale 0 to 40); undefined otherwise.
 */
export function compactAmount(amount: string | Decimal): [number, number] | undefined {
  const mantissa = compactMantissa(amount);
  return mantissa === -1 ? undefined : [mantissa, lastScale];
}

/** Builds one segment; `push` entries, then `build` once. */
export class SegmentBuilder {
  private length = 0;
  private capacity: number;
  /** Made to the capacity at once, and cut to the length in `build` (pushing a million ids costs four times more). */
  private readonly ids: string[];
  private delivered: Int32Array;
  /** Undefined while every entry's last day is its delivery day (most ledgers): no column is made for it. */
  private through: Int32Array | undefined;
  /** Undefined while every entry became known on its delivery day. */
  private known: Int32Array | undefined;
  private reporter: Uint32Array;
  private basis: Uint8Array;
  private flags: Uint8Array;
  private mantissa: Float64Array;
  private scale: Int8Array;
  private readonly reporters: string[] = [];
  private readonly reporterIndex = new Map<string, number>();
  private readonly aside = new Map<number, Aside>();

  constructor(
    private readonly capId: string,
    private readonly dimensions: number,
    capacity = 1024,
  ) {
    this.capacity = capacity;
    // Stryker disable next-line ArrayDeclaration: an empty array grows to the same ids, only slower
    this.ids = new Array<string>(capacity);
    this.delivered = new Int32Array(capacity);
    this.reporter = new Uint32Array(capacity);
    this.basis = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.mantissa = new Float64Array(capacity * dimensions);
    this.scale = new Int8Array(capacity * dimensions);
  }

  /** Appends one entry's record. */
  push(r: EntryRecord): void {
    if (this.length === this.capacity) this.grow(Math.max(this.capacity * 2, 16));
    const i = this.length;
    this.ids[i] = r.id;
    const delivered = r.deliveredDay;
    this.delivered[i] = delivered;
    if (this.through !== undefined) this.through[i] = r.throughDay;
    else if (r.throughDay !== delivered) this.through = this.splitFromDelivered(i, r.throughDay);
    if (this.known !== undefined) this.known[i] = r.knownDay;
    else if (r.knownDay !== delivered) this.known = this.splitFromDelivered(i, r.knownDay);
    let reporter = this.reporterIndex.get(r.reporter);
    if (reporter === undefined) {
      reporter = this.reporters.length;
      this.reporters.push(r.reporter);
      this.reporterIndex.set(r.reporter, reporter);
    }
    this.reporter[i] = reporter;
    this.basis[i] = BASIS_CODE[r.basis];
    let amounts: Map<number, string | Decimal> | undefined;
    let missing = false;
    const base = i * this.dimensions;
    for (let d = 0; d < this.dimensions; d += 1) {
      const amount: DimensionAmount | undefined = r.amounts[d];
      if (amount === null || amount === undefined) {
        this.scale[base + d] = NO_AMOUNT;
        missing ||= amount === null;
        continue;
      }
      const mantissa = compactMantissa(amount);
      if (mantissa === -1) {
        amounts ??= new Map();
        amounts.set(d, amount);
        this.scale[base + d] = AMOUNT_ASIDE;
      } else {
        this.mantissa[base + d] = mantissa;
        this.scale[base + d] = lastScale;
      }
    }
    if (
      r.cap !== this.capId ||
      r.corrects !== undefined ||
      r.retracts !== undefined ||
      r.supersedes !== undefined ||
      amounts !== undefined ||
      missing
    ) {
      this.flags[i] = ASIDE;
      this.aside.set(
        i,
        Object.freeze({
          ...(r.cap === this.capId ? {} : { cap: r.cap }),
          ...(r.corrects === undefined ? {} : { corrects: r.corrects }),
          ...(r.retracts === undefined ? {} : { retracts: r.retracts }),
          ...(r.supersedes === undefined ? {} : { supersedes: r.supersedes }),
          ...(missing && r.unit !== undefined ? { unit: r.unit } : {}),
          ...(amounts === undefined ? {} : { amounts }),
        }),
      );
    }
    this.length = i + 1;
  }

  /**
   * The segment. Columns less than half full are copied to their length; fuller ones are handed over as views of
   * their first `length` entries (no second copy of a large segment at its peak). The builder must not be used
   * afterwards.
   */
  build(): Segment {
    if (this.length * 2 < this.capacity) this.grow(this.length);
    const n = this.length;
    const dims = this.dimensions;
    this.ids.length = n;
    return Object.freeze({
      length: n,
      dimensions: dims,
      ids: Object.freeze(this.ids),
      delivered: this.delivered.subarray(0, n),
      through: (this.through ?? this.delivered).subarray(0, n),
      known: (this.known ?? this.delivered).subarray(0, n),
      reporter: this.reporter.subarray(0, n),
      reporters: Object.freeze(this.reporters),
      basis: this.basis.subarray(0, n),
      flags: this.flags.subarray(0, n),
      mantissa: this.mantissa.subarray(0, n * dims),
      scale: this.scale.subarray(0, n * dims),
      aside: this.aside,
    });
  }

  /** A column that has so far repeated `delivered`, made now that entry `i` differs from it with `value`. */
  private splitFromDelivered(i: number, value: number): Int32Array {
    const column = new Int32Array(this.capacity);
    column.set(this.delivered.subarray(0, i));
    column[i] = value;
    return column;
  }

  private grow(capacity: number): void {
    const n = this.length;
    const dims = this.dimensions;
    const copy = <T extends Int32Array | Uint32Array | Uint8Array | Int8Array | Float64Array>(
      from: T,
      make: new (size: number) => T,
      width: number,
    ): T => {
      const to = new make(capacity * width);
      to.set(from.subarray(0, n * width));
      return to;
    };
    this.delivered = copy(this.delivered, Int32Array, 1);
    if (this.through !== undefined) this.through = copy(this.through, Int32Array, 1);
    if (this.known !== undefined) this.known = copy(this.known, Int32Array, 1);
    this.reporter = copy(this.reporter, Uint32Array, 1);
    this.basis = copy(this.basis, Uint8Array, 1);
    this.flags = copy(this.flags, Uint8Array, 1);
    this.mantissa = copy(this.mantissa, Float64Array, dims);
    this.scale = copy(this.scale, Int8Array, dims);
    this.capacity = capacity;
  }
}

/** Whether a column of `s` is a view of its `delivered` column's memory (see {@link SegmentBuilder}). */
function repeatsDelivered(s: Segment, column: Int32Array): boolean {
  // Every column is a view from the start of its own buffer: sharing the buffer is sharing the column.
  return column.buffer === s.delivered.buffer;
}

/**
 * All segments as one: one segment as it is, several concatenated into a new one (reporter indexes mapped into one
 * table, side-table keys shifted).
 */
export function joinSegments(segments: readonly Segment[], capId: string, dimensions: number): Segment {
  const nonEmpty = segments.filter((s) => s.length > 0);
  if (nonEmpty.length === 1) return nonEmpty[0] as Segment;
  const total = nonEmpty.reduce((n, s) => n + s.length, 0);
  const ids: string[] = new Array(total);
  const delivered = new Int32Array(total);
  // A column that repeats `delivered` in every segment repeats it in the whole.
  const through = nonEmpty.every((s) => repeatsDelivered(s, s.through)) ? delivered : new Int32Array(total);
  const known = nonEmpty.every((s) => repeatsDelivered(s, s.known)) ? delivered : new Int32Array(total);
  const reporter = new Uint32Array(total);
  const basis = new Uint8Array(total);
  const flags = new Uint8Array(total);
  const mantissa = new Float64Array(total * dimensions);
  const scale = new Int8Array(total * dimensions);
  const reporters: string[] = [];
  const reporterIndex = new Map<string, number>();
  const aside = new Map<number, Aside>();
  let at = 0;
  for (const s of nonEmpty) {
    for (let i = 0; i < s.length; i += 1) ids[at + i] = s.ids[i] as string;
    delivered.set(s.delivered, at);
    if (through !== delivered) through.set(s.through, at);
    if (known !== delivered) known.set(s.known, at);
    basis.set(s.basis, at);
    flags.set(s.flags, at);
    mantissa.set(s.mantissa, at * dimensions);
    scale.set(s.scale, at * dimensions);
    const map = s.reporters.map((name) => {
      let k = reporterIndex.get(name);
      if (k === undefined) {
        k = reporters.length;
        reporters.push(name);
        reporterIndex.set(name, k);
      }
      return k;
    });
    for (let i = 0; i < s.length; i += 1) reporter[at + i] = map[s.reporter[i] as number] as number;
    for (const [i, a] of s.aside) aside.set(at + i, a);
    at += s.length;
  }
  const empty = new SegmentBuilder(capId, dimensions, 0).build();
  return total === 0
    ? empty
    : Object.freeze({
        length: total,
        dimensions,
        ids: Object.freeze(ids),
        delivered,
        through,
        known,
        reporter,
        reporters: Object.freeze(reporters),
        basis,
        flags,
        mantissa,
        scale,
        aside,
      });
}

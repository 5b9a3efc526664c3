// The portable form of an accumulator's entries (a JSON document, column by column), and the checks that
// read one back. The document holds what a report needs of each entry and no more (no sources or notes).
import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyArray } from '../internal/zod.js';
import { type Decimal, ExactAccumulator } from '../quantity/decimal.js';
import { hasUnit, UnitIdSchema, units } from '../quantity/units.js';
import { MeasureIdSchema, type QuantityCap } from '../resolutions/measure.js';
import { dayNumberOf, fromDayNumberToDate, type PlainDate, PlainDateSchema } from '../time/plainDate.js';
import {
  type CapAccumulator,
  capFingerprint,
  checkOptions,
  createCapAccumulator,
  entriesOf,
  keepsEntries,
  make,
  stateOf,
} from './accumulator.js';
import type { DimensionAmount, EntryRecord } from './entryRecord.js';
import { ENTRY_ID_PATTERN, type LedgerBasis, LedgerBasisSchema, REPORTER_PATTERN } from './ledgerEntry.js';
import { AMOUNT_ASIDE, BASES, NO_AMOUNT, type Segment, SegmentBuilder } from './store.js';

/** The value of `format` in every accumulator state. */
export const STATE_FORMAT = 'sanctions-regime/cap-accumulator';
/** The version of the state format this library writes and reads. */
export const STATE_VERSION = 1;

const EntryIdSchema = z.string().regex(ENTRY_ID_PATTERN);
/** A non-negative plain decimal, up to 40 digits on either side of the point (a converted amount may have that many). */
const AMOUNT = /^(?:0|[1-9][0-9]{0,39})(?:\.[0-9]{1,40})?$/;
const AmountSchema = z.string().regex(AMOUNT);
/** A column's total: up to 60 digits before the point (the sum of up to 10^19 amounts of 40). */
const TOTAL = /^(?:0|[1-9][0-9]{0,59})(?:\.[0-9]{1,40})?$/;
const MEASURE_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const UNIT_ID = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * Zod schema for the portable state of a cap accumulator (`serializeAccumulator`): the cap it belongs to, its
 * options, its entries column by column (entry k is the k-th item of every column), and the totals that guard them.
 *
 * @category Caps
 */
export const CapAccumulatorStateSchema = z
  .strictObject({
    format: z.literal(STATE_FORMAT),
    version: z.literal(STATE_VERSION).describe('The version of this format; a reader refuses any other.'),
    cap: z.strictObject({
      id: MeasureIdSchema,
      fingerprint: z
        .string()
        .regex(/^[0-9a-f]{16}$/)
        .describe(
          'A digest of the limits, thresholds, period and effect of the cap the entries were read for.',
        ),
    }),
    asOf: PlainDateSchema.nullable(),
    basis: nonEmptyArray(LedgerBasisSchema),
    entries: z.number().int().min(0).describe('How many entries: the length of every column.'),
    totals: nonEmptyArray(z.string().regex(TOTAL)).describe(
      'Per limit of the cap, the sum of every amount in the columns: a guard against edited amounts.',
    ),
    reporters: z.array(z.string().regex(REPORTER_PATTERN)),
    columns: z.strictObject({
      id: z.array(EntryIdSchema),
      delivered: z.array(PlainDateSchema),
      through: z
        .array(PlainDateSchema.nullable())
        .describe('The last day an aggregate covers; null: `delivered`.'),
      reported: z.array(PlainDateSchema.nullable()).describe('When it became known; null: `through`.'),
      reporter: z.array(z.number().int().min(0)).describe('Indexes into `reporters`.'),
      basis: z.array(z.number().int().min(0).max(2)).describe('0 reported, 1 alleged, 2 estimated.'),
      amounts: nonEmptyArray(z.array(AmountSchema.nullable())).describe(
        'One column per limit of the cap: the amount in its unit, or null when none converts into it.',
      ),
    }),
    links: z
      .array(
        z.strictObject({
          entry: z.number().int().min(0),
          cap: MeasureIdSchema.optional().describe('The cap the entry counts against, when another.'),
          corrects: EntryIdSchema.optional(),
          retracts: EntryIdSchema.optional(),
          supersedes: nonEmptyArray(EntryIdSchema).optional(),
          unit: UnitIdSchema.optional().describe('The unit reported, when a limit has no amount for it.'),
        }),
      )
      .describe('What some entries need besides their columns, by entry index.'),
  })
  .meta({ title: 'CapAccumulatorState' })
  .overwrite(deepFreeze);

/**
 * The portable state of a cap accumulator, as JSON (see {@link CapAccumulatorStateSchema}).
 *
 * @category Caps
 */
export interface CapAccumulatorState {
  readonly format: typeof STATE_FORMAT;
  /** The version of the format; a reader refuses any other. */
  readonly version: typeof STATE_VERSION;
  /** The cap's id, and a digest of its limits, thresholds, period and effect. */
  readonly cap: { readonly id: string; readonly fingerprint: string };
  readonly asOf: PlainDate | null;
  readonly basis: readonly LedgerBasis[];
  /** How many entries: the length of every column. */
  readonly entries: number;
  /** Per limit of the cap, the sum of its amount column: a guard against edited amounts. */
  readonly totals: readonly string[];
  /** The reporters, indexed by `columns.reporter`. */
  readonly reporters: readonly string[];
  readonly columns: CapAccumulatorColumns;
  /** What some entries need besides their columns, by entry index. */
  readonly links: readonly CapAccumulatorLink[];
}

/**
 * The entries of a {@link CapAccumulatorState}, column by column: entry k is the k-th item of every column.
 *
 * @category Caps
 */
export interface CapAccumulatorColumns {
  readonly id: readonly string[];
  readonly delivered: readonly PlainDate[];
  /** The last day an aggregate covers; null: `delivered`. */
  readonly through: readonly (PlainDate | null)[];
  /** When the entry became known; null: `through`. */
  readonly reported: readonly (PlainDate | null)[];
  /** Indexes into `reporters`. */
  readonly reporter: readonly number[];
  /** 0 reported, 1 alleged, 2 estimated. */
  readonly basis: readonly number[];
  /** One column per limit: the amount in the limit's unit as a plain decimal string, or null when none converts. */
  readonly amounts: readonly (readonly (string | null)[])[];
}

/**
 * What one entry of a {@link CapAccumulatorState} needs besides its columns.
 *
 * @category Caps
 */
export interface CapAccumulatorLink {
  /** The entry's index in the columns. */
  readonly entry: number;
  /** The cap it counts against, when another. */
  readonly cap?: string | undefined;
  readonly corrects?: string | undefined;
  readonly retracts?: string | undefined;
  readonly supersedes?: readonly string[] | undefined;
  /** The unit reported, when a limit has no amount for it. */
  readonly unit?: string | undefined;
}

/** A mantissa at a scale as a plain decimal string. */
function plain(mantissa: number, scale: number): string {
  if (scale === 0) return String(mantissa);
  const digits = String(mantissa).padStart(scale + 1, '0');
  const point = digits.length - scale;
  const text = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/0+$/, '');
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

function amountText(s: Segment, i: number, d: number): string | null {
  const k = i * s.dimensions + d;
  const scale = s.scale[k] as number;
  if (scale === NO_AMOUNT) return null;
  if (scale === AMOUNT_ASIDE) {
    const amount = s.aside.get(i)?.amounts?.get(d) as string | Decimal;
    return typeof amount === 'string' ? amount : amount.toFixed();
  }
  return plain(s.mantissa[k] as number, scale);
}

function totalsOf(amounts: readonly (readonly (string | null)[])[]): string[] {
  return amounts.map((column) => {
    const sum = new ExactAccumulator();
    for (const amount of column) if (amount !== null) sum.addString(amount);
    return sum.value().toFixed();
  });
}

/** The portable state of an accumulator's entries. */
function stateOfSegment(
  cap: QuantityCap,
  asOf: PlainDate | undefined,
  basis: readonly LedgerBasis[],
  s: Segment,
): CapAccumulatorState {
  const n = s.length;
  const delivered: PlainDate[] = new Array(n);
  const through: (PlainDate | null)[] = new Array(n);
  const reported: (PlainDate | null)[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    delivered[i] = fromDayNumberToDate(s.delivered[i] as number);
    through[i] = s.through[i] === s.delivered[i] ? null : fromDayNumberToDate(s.through[i] as number);
    reported[i] = s.known[i] === s.through[i] ? null : fromDayNumberToDate(s.known[i] as number);
  }
  const amounts = cap.limits.map((_, d) => {
    const column: (string | null)[] = new Array(n);
    for (let i = 0; i < n; i += 1) column[i] = amountText(s, i, d);
    return column;
  });
  const links = [...s.aside]
    .sort(([a], [b]) => a - b)
    .filter(
      ([, a]) =>
        a.cap !== undefined ||
        a.corrects !== undefined ||
        a.retracts !== undefined ||
        a.supersedes !== undefined ||
        a.unit !== undefined,
    )
    .map(([entry, a]) => ({
      entry,
      ...(a.cap === undefined ? {} : { cap: a.cap }),
      ...(a.corrects === undefined ? {} : { corrects: a.corrects }),
      ...(a.retracts === undefined ? {} : { retracts: a.retracts }),
      ...(a.supersedes === undefined ? {} : { supersedes: [...a.supersedes] }),
      ...(a.unit === undefined ? {} : { unit: a.unit }),
    }));
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    cap: { id: cap.id, fingerprint: capFingerprint(cap) },
    asOf: asOf ?? null,
    basis: [...basis],
    entries: n,
    totals: totalsOf(amounts),
    reporters: [...s.reporters],
    columns: {
      id: [...s.ids],
      delivered,
      through,
      reported,
      reporter: Array.from(s.reporter),
      basis: Array.from(s.basis),
      amounts,
    },
    links,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const keysWithin = (v: Record<string, unknown>, allowed: readonly string[]) =>
  Object.keys(v).every((k) => allowed.includes(k));
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const matches = (pattern: RegExp) => (v: unknown) => typeof v === 'string' && pattern.test(v);
const isDate = (v: unknown) => dayNumberOf(v) !== undefined;
const isEntryId = matches(ENTRY_ID_PATTERN);
/**
 * A copy of an array whose every item passes `test`, each item read once; undefined when it is not an array or an
 * item fails.
 */
function checkedCopy<T>(v: unknown, test: (x: unknown) => boolean): T[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const n = v.length;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i += 1) {
    const x: unknown = v[i];
    if (!test(x)) return undefined;
    out[i] = x as T;
  }
  return out;
}
const isDateOrNull = (v: unknown) => v === null || isDate(v);
const isAmount = matches(AMOUNT);
const isAmountOrNull = (v: unknown) => v === null || isAmount(v);
const ROOT_KEYS = [
  'format',
  'version',
  'cap',
  'asOf',
  'basis',
  'entries',
  'totals',
  'reporters',
  'columns',
  'links',
];
const COLUMN_KEYS = ['id', 'delivered', 'through', 'reported', 'reporter', 'basis', 'amounts'];
const LINK_KEYS = ['entry', 'cap', 'corrects', 'retracts', 'supersedes', 'unit'];

/** A copy of a link, each of its values read once; undefined when the schema would refuse it. */
function linkOf(v: unknown): CapAccumulatorLink | undefined {
  if (!isObject(v) || !keysWithin(v, LINK_KEYS)) return undefined;
  const { entry, cap, corrects, retracts, supersedes: listed, unit } = v;
  const ids = listed === undefined ? undefined : checkedCopy<string>(listed, isEntryId);
  if (
    !isIndex(entry) ||
    (cap !== undefined && !matches(MEASURE_ID)(cap)) ||
    (corrects !== undefined && !isEntryId(corrects)) ||
    (retracts !== undefined && !isEntryId(retracts)) ||
    (listed !== undefined && (ids === undefined || ids.length === 0)) ||
    (unit !== undefined && !matches(UNIT_ID)(unit))
  )
    return undefined;
  return {
    entry,
    ...(cap === undefined ? {} : { cap: cap as string }),
    ...(corrects === undefined ? {} : { corrects: corrects as string }),
    ...(retracts === undefined ? {} : { retracts: retracts as string }),
    ...(ids === undefined ? {} : { supersedes: ids }),
    ...(unit === undefined ? {} : { unit: unit as string }),
  };
}

/** Copies of the items of an array, each made by `copy` from one read of the item; undefined when one fails. */
function copiesOf<T>(v: unknown, copy: (x: unknown) => T | undefined): T[] | undefined {
  const items = checkedCopy<unknown>(v, () => true);
  if (items === undefined) return undefined;
  const out: T[] = [];
  for (const item of items) {
    const made = copy(item);
    if (made === undefined) return undefined;
    out.push(made);
  }
  return out;
}

/**
 * What {@link CapAccumulatorStateSchema} checks, in one pass without building issues: large states are read in a
 * fraction of the schema's time. Each value of the document is read once, into the copy returned, so that what was
 * checked is what is used (a getter cannot give the checks one value and the entries another). It never accepts
 * what the schema refuses (a property test holds it to that); when it refuses (undefined), the schema is asked, for
 * the path and the message.
 */
export function readStateFast(doc: unknown): CapAccumulatorState | undefined {
  if (!isObject(doc) || !keysWithin(doc, ROOT_KEYS)) return undefined;
  const { format, version, cap, asOf, basis, entries, totals, reporters, columns, links } = doc;
  if (format !== STATE_FORMAT || version !== STATE_VERSION) return undefined;
  if (!isObject(cap) || !keysWithin(cap, ['id', 'fingerprint'])) return undefined;
  const { id: capId, fingerprint } = cap;
  if (!matches(MEASURE_ID)(capId) || !matches(/^[0-9a-f]{16}$/)(fingerprint)) return undefined;
  if (asOf !== null && !isDate(asOf)) return undefined;
  const bases = checkedCopy<LedgerBasis>(basis, (b) => BASES.includes(b as LedgerBasis));
  const sums = checkedCopy<string>(totals, matches(TOTAL));
  const names = checkedCopy<string>(reporters, matches(REPORTER_PATTERN));
  if (!isIndex(entries) || !bases?.length || !sums?.length || names === undefined) return undefined;
  if (!isObject(columns) || !keysWithin(columns, COLUMN_KEYS)) return undefined;
  const id = checkedCopy<string>(columns.id, isEntryId);
  const delivered = checkedCopy<PlainDate>(columns.delivered, isDate);
  const through = checkedCopy<PlainDate | null>(columns.through, isDateOrNull);
  const reported = checkedCopy<PlainDate | null>(columns.reported, isDateOrNull);
  const reporter = checkedCopy<number>(columns.reporter, isIndex);
  const basisIndex = checkedCopy<number>(columns.basis, (b) => isIndex(b) && b <= 2);
  const amounts = copiesOf(columns.amounts, (column) => checkedCopy<string | null>(column, isAmountOrNull));
  const read = copiesOf(links, linkOf);
  if (
    id === undefined ||
    delivered === undefined ||
    through === undefined ||
    reported === undefined ||
    reporter === undefined ||
    basisIndex === undefined ||
    !amounts?.length ||
    read === undefined
  )
    return undefined;
  return {
    format,
    version,
    cap: { id: capId as string, fingerprint: fingerprint as string },
    asOf: asOf as PlainDate | null,
    basis: bases,
    entries,
    totals: sums,
    reporters: names,
    columns: { id, delivered, through, reported, reporter, basis: basisIndex, amounts },
    links: read,
  };
}

function refuse(reason: string, message: string): SanctionsRegimeError {
  return new SanctionsRegimeError('INVALID_ACCUMULATOR_STATE', message, { reason });
}

/**
 * Whether an entry's reported unit is the one an accumulator writes beside its amounts: none for a retraction, and
 * for any other entry a unit of the registry exactly when a limit has no amount, never the unit of a limit without
 * one (an amount in a limit's own unit is always kept).
 */
function unitHoldsTogether(
  cap: QuantityCap,
  amounts: readonly DimensionAmount[],
  retraction: boolean,
  unit: string | undefined,
): boolean {
  if (retraction) return unit === undefined;
  if (!amounts.includes(null)) return unit === undefined;
  return hasUnit(units, unit) && cap.limits.every((limit, d) => limit.unit !== unit || amounts[d] !== null);
}

/** Reads a state's entries back into a segment, refusing any that does not hold together. */
function segmentOfState(
  cap: QuantityCap,
  document: unknown,
): {
  asOf: PlainDate | undefined;
  basis: readonly LedgerBasis[];
  segment: Segment;
} {
  let doc = readStateFast(document);
  if (doc === undefined) {
    // Refused: the format and version are named first, then the schema gives the path and the message.
    if (typeof document === 'object' && document !== null) {
      const { format, version } = document as { format?: unknown; version?: unknown };
      if (format !== STATE_FORMAT)
        throw refuse('format', `Not a cap accumulator state: its "format" is not "${STATE_FORMAT}".`);
      if (version !== STATE_VERSION)
        throw refuse(
          'version',
          `A cap accumulator state of version ${JSON.stringify(version)}: this library reads version ${STATE_VERSION} only; serialize it again with the same version of the library.`,
        );
    }
    const parsed = CapAccumulatorStateSchema.safeParse(document);
    if (!parsed.success) {
      const issue = parsed.error.issues[0] as z.core.$ZodIssue;
      throw refuse(
        'schema',
        `Not a valid cap accumulator state: at ${issue.path.join('.') || 'the root'}: ${issue.message}.`,
      );
    }
    doc = parsed.data;
  }
  if (doc.cap.id !== cap.id)
    throw refuse(
      'cap',
      `The state is of cap ${doc.cap.id}, not ${cap.id}: states of different caps cannot be merged.`,
    );
  if (doc.cap.fingerprint !== capFingerprint(cap))
    throw refuse(
      'cap',
      `The state was made for another version of cap ${cap.id} (its limits, thresholds, period or effect differ).`,
    );
  const n = doc.entries;
  const dims = cap.limits.length;
  const c = doc.columns;
  const lengths = [c.id, c.delivered, c.through, c.reported, c.reporter, c.basis, ...c.amounts].map(
    (x) => x.length,
  );
  if (c.amounts.length !== dims || doc.totals.length !== dims)
    throw refuse(
      'columns',
      `The state has ${c.amounts.length} amount columns and ${doc.totals.length} totals; cap ${cap.id} has ${dims} limits.`,
    );
  if (lengths.some((l) => l !== n))
    throw refuse(
      'columns',
      `The state says it has ${n} entries, but its columns have ${[...new Set(lengths)].join(', ')}.`,
    );
  if (totalsOf(c.amounts).some((t, d) => t !== (doc.totals[d] as string)))
    throw refuse(
      'totals',
      "The state's totals do not match its amounts: it was changed or damaged after it was written.",
    );
  const links = new Map<number, (typeof doc.links)[number]>();
  for (const link of doc.links) {
    if (link.entry >= n || links.has(link.entry))
      throw refuse('links', `The state's links name entry ${link.entry} twice or out of range.`);
    const kinds = [link.corrects, link.retracts, link.supersedes].filter((x) => x !== undefined).length;
    if (kinds > 1) throw refuse('links', `Entry ${c.id[link.entry]} both corrects, retracts or supersedes.`);
    if (link.supersedes !== undefined && new Set(link.supersedes).size !== link.supersedes.length)
      throw refuse('links', `Entry ${c.id[link.entry]} names an entry it supersedes twice.`);
    links.set(link.entry, link);
  }
  const builder = new SegmentBuilder(cap.id, dims, Math.max(n, 1));
  for (let i = 0; i < n; i += 1) {
    const id = c.id[i] as string;
    const link = links.get(i);
    // The dates were checked (by the fast reader or the schema): each has a day number.
    const deliveredDay = dayNumberOf(c.delivered[i]) as number;
    const throughDate = c.through[i] ?? (c.delivered[i] as PlainDate);
    const throughDay = dayNumberOf(throughDate) as number;
    const knownDay = c.reported[i] === null ? throughDay : (dayNumberOf(c.reported[i]) as number);
    const reporter = doc.reporters[c.reporter[i] as number];
    if (throughDay < deliveredDay || reporter === undefined)
      throw refuse('columns', `Entry ${id}: its days or its reporter do not hold together.`);
    const amounts: DimensionAmount[] = c.amounts.map((column) => column[i] as string | null);
    const retraction = link?.retracts !== undefined;
    if (retraction && amounts.some((a) => a !== null))
      throw refuse('columns', `Entry ${id} retracts ${link?.retracts} and carries an amount.`);
    const unit = link?.unit;
    if (!unitHoldsTogether(cap, amounts, retraction, unit))
      throw refuse(
        'links',
        `Entry ${id}: its unit ${unit === undefined ? '(none)' : JSON.stringify(unit)} does not hold together with its amounts.`,
      );
    const record: EntryRecord = {
      id,
      cap: link?.cap ?? cap.id,
      basis: BASES[c.basis[i] as number] as LedgerBasis,
      reporter,
      delivered: c.delivered[i] as PlainDate,
      through: throughDate,
      deliveredDay,
      throughDay,
      knownDay,
      corrects: link?.corrects,
      retracts: link?.retracts,
      supersedes: link?.supersedes === undefined ? undefined : Object.freeze([...link.supersedes]),
      unit,
      amounts: retraction ? [] : amounts,
    };
    builder.push(record);
  }
  return { asOf: doc.asOf ?? undefined, basis: Object.freeze([...doc.basis]), segment: builder.build() };
}

/**
 * The portable state of an accumulator: a JSON document (see `schemas/CapAccumulatorState.json`) holding the cap's
 * id and a digest of its definition, the options, the entries column by column (what a report needs of each: id,
 * days, reporter, basis, amounts per limit, links; not sources or notes), and the totals that guard the amounts.
 * States made in worker threads or other processes are read back with {@link deserializeAccumulator} and merged
 * with {@link mergeAccumulators}; the report is the one a single accumulator of every entry gives.
 *
 * @param acc - the accumulator.
 * @returns a fresh JSON-ready object (`JSON.stringify` it to send or store it).
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` for anything but an accumulator, and for an append-only one
 * (it keeps sums, not the entries a state is made of).
 * @example
 * ```ts
 * import { accumulate, createCapAccumulator, serializeAccumulator } from 'sanctions-regime';
 * import { dprk1718, refinedPetroleumLedger } from 'sanctions-regime/data';
 * const cap = dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === 'dprk.refined-petroleum.cap');
 * if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
 * const state = serializeAccumulator(accumulate(createCapAccumulator(cap), refinedPetroleumLedger));
 * state.version; //=> 1
 * state.entries === refinedPetroleumLedger.length; //=> true
 * ```
 * @category Caps
 */
export function serializeAccumulator(acc: CapAccumulator): CapAccumulatorState {
  const s = stateOf(acc);
  keepsEntries(s, 'serialised');
  return stateOfSegment(s.cap, s.asOf, s.basis, entriesOf(s));
}

/**
 * Reads back a state written by {@link serializeAccumulator}, for the same cap. Everything is checked before
 * anything is trusted: the format and its version, the schema, the cap's id and definition, the columns' lengths,
 * the totals against the amounts (a state edited or damaged after it was written is refused, never merged), and the
 * links against the amounts (a state no accumulator writes, such as an entry with no amount and no unit, a unit
 * outside the registry, or an aggregate naming an entry twice, is refused). Each value of the document is read once,
 * into a copy, and only the copy is used: a document whose values change as they are read (getters) cannot give the
 * checks one value and the entries another.
 *
 * @param document - the state, as `JSON.parse` gives it.
 * @param cap - the quantity-cap measure the state was written for.
 * @returns an accumulator holding the state's entries, with its `asOf` and `basis`.
 * @throws {@link SanctionsRegimeError} `INVALID_ACCUMULATOR_STATE` (with `details.reason`: `format`, `version`,
 * `schema`, `cap`, `columns`, `totals` or `links`); `INVALID_INPUT` for a measure that is not a quantity cap.
 * @example
 * ```ts
 * import { accumulate, createCapAccumulator, deserializeAccumulator, serializeAccumulator } from 'sanctions-regime';
 * import { dprk1718, refinedPetroleumLedger } from 'sanctions-regime/data';
 * const cap = dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === 'dprk.refined-petroleum.cap');
 * if (cap?.kind !== 'quantity-cap') throw new Error('no cap');
 * const text = JSON.stringify(serializeAccumulator(accumulate(createCapAccumulator(cap), refinedPetroleumLedger)));
 * deserializeAccumulator(JSON.parse(text), cap).entries === refinedPetroleumLedger.length; //=> true
 * ```
 * @category Caps
 */
export function deserializeAccumulator(document: unknown, cap: QuantityCap): CapAccumulator {
  const empty = stateOf(createCapAccumulator(cap));
  const { asOf, basis, segment } = segmentOfState(cap, document);
  const options = checkOptions({ ...(asOf === undefined ? {} : { asOf }), basis });
  return make({
    ...empty,
    asOf: options.asOf,
    basis: options.basis,
    segments: segment.length === 0 ? [] : [segment],
  });
}

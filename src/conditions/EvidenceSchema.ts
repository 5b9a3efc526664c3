import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze, readonlyMap } from '../internal/frozen.js';
import { nonEmptyString } from '../internal/zod.js';
import { isQuantity } from '../quantity/index.js';
import { type DateRange, isPlainDate, type PlainDate, PlainDateSchema } from '../time/index.js';
import { addDaysUnchecked as addDays, dayNumberOf } from '../time/plainDate.js';
import { type FactValue, FactValueSchema } from './ConditionSchema.js';
import { NONE, type UsedEvidence } from './explanation.js';
import { decodeQuantityJson, isQuantityJson, isRecord, own, unknownKey } from './internal.js';
import { type Classified, classifyValue, DATE, QUANTITY } from './values.js';

/**
 * One dated observation of a fact: its value holds from `from` (inclusive) until `until` (inclusive) or until a
 * later observation of the same fact supersedes it.
 * @category Conditions
 */
export interface FactObservation {
  /** The fact id. */
  readonly fact: string;
  /** The observed value. */
  readonly value: FactValue;
  /** The first day the value holds. */
  readonly from: PlainDate;
  /** The last day the value holds, when the observation expires. */
  readonly until?: PlainDate;
  /** Where the observation is published. */
  readonly source: string;
}

/**
 * One dated event (a nuclear test, an IAEA report of non-compliance).
 *
 * @category Conditions
 */
export interface EventRecord {
  /** The event kind. */
  readonly kind: string;
  /** The day it occurred. */
  readonly date: PlainDate;
  /** Where it is reported. */
  readonly source: string;
}

/**
 * A period in which events of a kind are known to be recorded completely, so their absence is known too.
 *
 * @category Conditions
 */
export interface CoverageRecord {
  /** The event kind. */
  readonly kind: string;
  /** The first day covered. */
  readonly start: PlainDate;
  /** The last day covered (inclusive). */
  readonly end: PlainDate;
}

/**
 * The evidence conditions are evaluated against: fact observations, events, and coverage.
 *
 * @category Conditions
 */
export interface Evidence {
  /** Dated fact observations. */
  readonly facts?: readonly FactObservation[];
  /** Dated events. */
  readonly events?: readonly EventRecord[];
  /** Where each event kind is covered. */
  readonly coverage?: readonly CoverageRecord[];
}

const IdSchema = nonEmptyString('An id must be a non-empty string');
const SourceSchema = nonEmptyString('Evidence must cite its source');

/**
 * Zod schema for {@link Evidence}: `{ facts: [{ fact, value, from, until?, source }], events: [{ kind, date,
 * source }], coverage: [{ kind, start, end }] }`, each list optional. Quantities decode to {@link Quantity}.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from 'sanctions-regime';
 * const evidence = EvidenceSchema.parse({
 *   facts: [{ fact: 'tests', value: 0, from: '2018-01-01', source: 'S/2018/171' }],
 *   coverage: [{ kind: 'nuclear-test', start: '2017-01-01', end: '2018-12-31' }],
 * });
 * evidence.facts?.length; //=> 1
 * EvidenceSchema.safeParse({ facts: [{ fact: 'tests', value: 0, from: '2018-01-01' }] }).success; //=> false
 * ```
 * @category Conditions
 */
export const EvidenceSchema = z
  .object({
    facts: z
      .array(
        z
          .object({
            fact: IdSchema,
            value: FactValueSchema,
            from: PlainDateSchema,
            until: PlainDateSchema.optional(),
            source: SourceSchema,
          })
          .refine((o) => o.until === undefined || o.from <= o.until, {
            message: 'An observation must not end before it starts',
            path: ['until'],
            params: { code: 'INVALID_RANGE' },
          }),
      )
      .optional(),
    events: z.array(z.object({ kind: IdSchema, date: PlainDateSchema, source: SourceSchema })).optional(),
    coverage: z
      .array(
        z
          .object({ kind: IdSchema, start: PlainDateSchema, end: PlainDateSchema })
          .refine((c) => c.start <= c.end, {
            message: 'Coverage must not end before it starts',
            path: ['end'],
            params: { code: 'INVALID_RANGE' },
          }),
      )
      .optional(),
  })
  .overwrite(deepFreeze) as z.ZodType<Evidence, EvidenceInput>;

/**
 * The JSON form of {@link Evidence}, as accepted by {@link EvidenceSchema}.
 *
 * @category Conditions
 */
export interface EvidenceInput {
  /** Dated fact observations; quantities as `{ amount: "…", unit }`, dates as `{ date: "YYYY-MM-DD" }`. */
  readonly facts?: readonly {
    readonly fact: string;
    readonly value: number | string | boolean | { readonly date: string } | { amount: string; unit: string };
    readonly from: string;
    readonly until?: string;
    readonly source: string;
  }[];
  /** Dated events. */
  readonly events?: readonly { readonly kind: string; readonly date: string; readonly source: string }[];
  /** Coverage of event kinds. */
  readonly coverage?: readonly { readonly kind: string; readonly start: string; readonly end: string }[];
}

/**
 * The evidence the evaluating functions take: typed {@link Evidence}, its JSON form ({@link EvidenceInput}, with
 * dates and amounts as strings, checked at run time; quantities are decoded as {@link EvidenceSchema} decodes them), or
 * {@link PreparedEvidence}.
 *
 * @category Conditions
 */
export type EvidenceArg = Evidence | EvidenceInput | PreparedEvidence;

/**
 * A fact observation with its value classified, as kept by {@link PreparedEvidence}.
 *
 * @category Conditions
 */
export interface IndexedObservation extends Classified {
  /** The observation, frozen. */
  readonly observation: FactObservation;
  /** The observation as an explanation's `used` record, made once. */
  readonly used: UsedEvidence;
}

/**
 * What evaluation reads of an observation: its classified value and its `used` record (an {@link IndexedObservation}
 * is one, and so is the history of a fact with one observation). Internal.
 *
 * @category Conditions
 */
export interface ObservedValue extends Classified {
  readonly used: UsedEvidence;
}

/**
 * Evidence indexed once for fast evaluation on many dates: observations by fact sorted by `from` (a later
 * observation supersedes an earlier one from its `from` date; on the same date, the one listed later wins), events
 * by kind sorted by date, and coverage by kind merged into disjoint ranges. Made by {@link prepareEvidence}.
 * @category Conditions
 */
export interface PreparedEvidence {
  /** Observations by fact id, in superseding order. */
  readonly facts: ReadonlyMap<string, readonly IndexedObservation[]>;
  /** Events by kind, by date. */
  readonly events: ReadonlyMap<string, readonly EventRecord[]>;
  /** Coverage by kind: sorted, disjoint, non-adjacent ranges. */
  readonly coverage: ReadonlyMap<string, readonly CoverageRecord[]>;
}

/**
 * The observations of one fact as evaluation reads them: in superseding order, with the day numbers of each one's
 * `from` and `until` (an open observation's `until` is {@link OPEN_UNTIL}), so that finding the one valid on a day
 * compares integers, not date strings. Internal.
 *
 * @category Conditions
 */
export interface FactHistory extends ObservedValue {
  /** How many observations the fact has. */
  readonly count: number;
  /**
   * The first observation's `from` and `until` day numbers, and the observation: a fact with one observation (nearly
   * every fact) is looked up on this object alone. Evaluating from an index in memory is bound by the reads that
   * miss the processor's cache, not by the comparisons; the typed arrays below are three more.
   */
  readonly firstFrom: number;
  readonly firstUntil: number;
  readonly first: IndexedObservation;
  // `type`, `key` and `used` (ObservedValue): the first observation's, so that evaluation reads a fact with one
  // observation from this object only (classifiedAt).
  readonly observations: readonly IndexedObservation[];
  /** The observations' `from` and `until` day numbers, when there are two or more; empty when there is one. */
  readonly from: Int32Array;
  readonly until: Int32Array;
}

/** The `from` and `until` of a fact with one observation (its days are on the history itself). */
const NO_DAYS = /* @__PURE__ */ new Int32Array(0);

/** The `until` day number of an observation with no `until`. */
export const OPEN_UNTIL = 0x7fffffff;

/**
 * The index behind prepared evidence, as evaluation reads it: plain maps (a read through the public view costs a call
 * and a private-field load per fact) and fact histories. Internal: it never reaches a caller.
 *
 * @category Conditions
 */
export interface EvidenceIndex {
  readonly facts: ReadonlyMap<string, FactHistory>;
  readonly events: ReadonlyMap<string, readonly EventRecord[]>;
  readonly coverage: ReadonlyMap<string, readonly CoverageRecord[]>;
}

// Each prepared evidence made by this copy of the library, with the index behind it. Private: nothing outside this
// module can add to it.
const indexes = new WeakMap<object, EvidenceIndex>();

// The brand of prepared evidence, shared by every copy of the library in the process (`Symbol.for`): its value is a
// function that gives back the evidence in its plain form, so that another copy (the CommonJS build next to the ESM
// one, or another version) can check and index it itself rather than trust another copy's private layout.
const PREPARED_BRAND = Symbol.for('sanctions-regime.prepared-evidence');

/** The plain evidence a prepared evidence holds (coverage merged), for another copy of the library. */
function plainForm(evidence: PreparedEvidence): Evidence {
  return Object.freeze({
    facts: Object.freeze([...evidence.facts.values()].flat().map((o) => o.observation)),
    events: Object.freeze([...evidence.events.values()].flat()),
    coverage: Object.freeze([...evidence.coverage.values()].flat()),
  });
}

/** The plain form of evidence prepared by another copy of the library, if `value` is such evidence. */
function foreignPlainForm(value: object): unknown {
  const brand = (value as { readonly [PREPARED_BRAND]?: unknown })[PREPARED_BRAND];
  return typeof brand === 'function' ? (brand as () => unknown)() : undefined;
}

/**
 * Whether a value was made by {@link prepareEvidence}.
 *
 * @category Conditions
 */
export function isPreparedEvidence(value: unknown): value is PreparedEvidence {
  return typeof value === 'object' && value !== null && indexes.has(value);
}

/**
 * The index behind evidence: of prepared evidence, the plain maps its view shows; of anything else, the index of the
 * evidence prepared from it. For evaluation only: the maps must not reach a caller.
 *
 * @category Conditions
 */
export function evidenceIndex(evidence: EvidenceArg): EvidenceIndex {
  return (
    (typeof evidence === 'object' && evidence !== null ? indexes.get(evidence) : undefined) ??
    (indexes.get(prepareEvidence(evidence)) as EvidenceIndex)
  );
}

function invalidEvidence(
  path: string,
  problem: string,
  code: 'INVALID_INPUT' | 'INVALID_DATE' = 'INVALID_INPUT',
) {
  return new SanctionsRegimeError(
    code,
    `Invalid evidence at ${path === '' ? 'evidence' : `evidence.${path}`}: ${problem}. Parse untrusted JSON with EvidenceSchema first.`,
    { path },
  );
}

function list(evidence: object, key: string): readonly unknown[] {
  const value = own(evidence, key);
  if (value === undefined) return [];
  if (value instanceof Map) {
    throw invalidEvidence(
      key,
      'expected an array, got a Map: this looks like evidence prepared by another copy of sanctions-regime (an older version, or a bundle of it); pass the evidence itself, or prepare it with the copy you evaluate with',
    );
  }
  if (!Array.isArray(value)) throw invalidEvidence(key, `expected an array, got ${describeValue(value)}`);
  return value;
}

function id(entry: object, key: string, path: string): string {
  const value = own(entry, key);
  if (typeof value !== 'string' || value.length === 0) {
    throw invalidEvidence(`${path}.${key}`, `expected a non-empty string, got ${describeValue(value)}`);
  }
  return value;
}

function date(entry: object, key: string, path: string): PlainDate {
  const value = own(entry, key);
  if (!isPlainDate(value)) {
    throw invalidEvidence(
      `${path}.${key}`,
      `expected a calendar date as YYYY-MM-DD, got ${describeValue(value)}`,
      'INVALID_DATE',
    );
  }
  return value;
}

function entryAt(entries: readonly unknown[], index: number, path: string): object {
  const entry = entries[index];
  if (!isRecord(entry)) throw invalidEvidence(path, `expected an object, got ${describeValue(entry)}`);
  return entry;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, [value]);
  else existing.push(value);
}

function ordered(start: PlainDate, end: PlainDate, path: string, key: string): void {
  if (end < start) {
    throw new SanctionsRegimeError(
      'INVALID_RANGE',
      `Invalid evidence at evidence.${path}.${key}: ${end} is before ${start}; swap or check the dates.`,
      { path, start, end },
    );
  }
}

/**
 * An observation's value, with a quantity in its JSON form decoded as EvidenceSchema decodes it, and a date refused
 * with any key besides `date`, as EvidenceSchema refuses it.
 */
function observedValue(entry: object, path: string): unknown {
  const value = own(entry, 'value');
  if (!isQuantityJson(value)) {
    const extra = isRecord(value) && !isQuantity(value) ? unknownKey(value, ['date']) : undefined;
    if (extra !== undefined) {
      throw invalidEvidence(
        `${path}.value.${extra}`,
        `unknown key ${describeValue(extra)}: a date value takes only "date"`,
      );
    }
    return value;
  }
  const decoded = decodeQuantityJson(value);
  if ('quantity' in decoded) return decoded.quantity;
  throw invalidEvidence(`${path}.value${decoded.path === '' ? '' : `.${decoded.path}`}`, decoded.problem);
}

function factHistories(facts: ReadonlyMap<string, readonly IndexedObservation[]>): Map<string, FactHistory> {
  const histories = new Map<string, FactHistory>();
  for (const [fact, observations] of facts) {
    const count = observations.length;
    const from = new Int32Array(count);
    const until = new Int32Array(count);
    observations.forEach(({ observation }, i) => {
      from[i] = dayNumberOf(observation.from) as number;
      until[i] = observation.until === undefined ? OPEN_UNTIL : (dayNumberOf(observation.until) as number);
    });
    const first = observations[0] as IndexedObservation;
    histories.set(fact, {
      count,
      type: first.type,
      key: first.key,
      used: first.used,
      firstFrom: from[0] as number,
      firstUntil: until[0] as number,
      first,
      observations,
      // Keeping the typed arrays of a one-observation fact costs only memory: nothing reads them.
      // Stryker disable next-line ConditionalExpression: equivalent, as said above
      from: count === 1 ? NO_DAYS : from,
      // Stryker disable next-line ConditionalExpression: equivalent, as said above
      until: count === 1 ? NO_DAYS : until,
    });
  }
  return histories;
}

function prepareFacts(entries: readonly unknown[]): Map<string, IndexedObservation[]> {
  const facts = new Map<string, IndexedObservation[]>();
  for (let i = 0; i < entries.length; i += 1) {
    const path = `facts.${i}`;
    const entry = entryAt(entries, i, path);
    const fact = id(entry, 'fact', path);
    const from = date(entry, 'from', path);
    const until = own(entry, 'until') === undefined ? undefined : date(entry, 'until', path);
    if (until !== undefined) ordered(from, until, path, 'until');
    const source = id(entry, 'source', path);
    const value = observedValue(entry, path);
    const classified = classifyValue(value);
    if (classified === undefined) {
      throw invalidEvidence(
        `${path}.value`,
        `expected a finite number, a string, a boolean, { date } or a Quantity, got ${describeValue(value)}`,
      );
    }
    // What is kept is made from the classified key, never the caller's object, which may change afterwards.
    const kept = (
      classified.type === DATE
        ? Object.freeze({ date: classified.key })
        : classified.type === QUANTITY
          ? classified.key
          : value
    ) as FactValue;
    const observation: FactObservation = Object.freeze(
      until === undefined ? { fact, value: kept, from, source } : { fact, value: kept, from, until, source },
    );
    const used = Object.freeze({ facts: Object.freeze([observation]), events: NONE, coverage: NONE });
    push(facts, fact, Object.freeze({ type: classified.type, key: classified.key, observation, used }));
  }
  // A stable sort: on the same `from`, the observation listed later supersedes.
  for (const observations of facts.values()) {
    observations.sort((a, b) =>
      a.observation.from < b.observation.from ? -1 : a.observation.from > b.observation.from ? 1 : 0,
    );
    Object.freeze(observations);
  }
  return facts;
}

function prepareEvents(entries: readonly unknown[]): Map<string, EventRecord[]> {
  const events = new Map<string, EventRecord[]>();
  for (let i = 0; i < entries.length; i += 1) {
    const path = `events.${i}`;
    const entry = entryAt(entries, i, path);
    const kind = id(entry, 'kind', path);
    const record = Object.freeze({
      kind,
      date: date(entry, 'date', path),
      source: id(entry, 'source', path),
    });
    push(events, kind, record);
  }
  for (const records of events.values()) {
    // By date, then by source: events of one kind on one day are listed the same whatever the input order.
    records.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
    );
    Object.freeze(records);
  }
  return events;
}

function prepareCoverage(entries: readonly unknown[]): Map<string, CoverageRecord[]> {
  const ranges = new Map<string, DateRange[]>();
  for (let i = 0; i < entries.length; i += 1) {
    const path = `coverage.${i}`;
    const entry = entryAt(entries, i, path);
    const kind = id(entry, 'kind', path);
    const start = date(entry, 'start', path);
    const end = date(entry, 'end', path);
    ordered(start, end, path, 'end');
    push(ranges, kind, { start, end });
  }
  const coverage = new Map<string, CoverageRecord[]>();
  for (const [kind, list] of ranges) {
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const merged: CoverageRecord[] = [];
    let current = list[0] as DateRange;
    for (const range of list.slice(1)) {
      // Overlapping or adjacent ranges merge: coverage to 31 Dec and from 1 Jan leaves no gap. (When a range starts
      // after the current end, that end is before 9999-12-31, so the day after it exists.)
      if (range.start <= current.end || range.start === addDays(current.end, 1)) {
        if (range.end > current.end) current = { start: current.start, end: range.end };
      } else {
        merged.push(Object.freeze({ kind, ...current }));
        current = range;
      }
    }
    merged.push(Object.freeze({ kind, ...current }));
    coverage.set(kind, Object.freeze(merged) as CoverageRecord[]);
  }
  return coverage;
}

/**
 * Indexes evidence once, so that evaluating conditions on many dates (or many conditions) does not redo the work.
 * {@link evaluate} accepts the result wherever it accepts {@link Evidence}. The input is not mutated; the result is
 * frozen and holds frozen copies of the records.
 *
 * @param evidence - evidence, typed or in its JSON form (untrusted JSON is checked here too; {@link EvidenceSchema} lists every problem at once); prepared evidence is
 * returned as is, and evidence prepared by the other build of the package (ESM or CommonJS) is indexed again.
 * @returns the indexed evidence.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` for a malformed entry, `INVALID_DATE` for a bad date,
 * `INVALID_RANGE` for an observation or coverage that ends before it starts.
 * @example
 * ```ts
 * import { prepareEvidence, parseDate } from 'sanctions-regime';
 * const prepared = prepareEvidence({
 *   facts: [
 *     { fact: 'tests', value: 1, from: parseDate('2017-09-03'), source: 'S/2017/742' },
 *     { fact: 'tests', value: 0, from: parseDate('2017-01-01'), source: 'S/2017/150' },
 *   ],
 * });
 * prepared.facts.get('tests')?.map((o) => o.observation.from); //=> ['2017-01-01', '2017-09-03']
 * ```
 * @category Conditions
 */
export function prepareEvidence(evidence: EvidenceArg): PreparedEvidence {
  if (isPreparedEvidence(evidence)) return evidence;
  if (!isRecord(evidence)) throw invalidEvidence('', `expected an object, got ${describeValue(evidence)}`);
  // Evidence prepared by another copy of the library (the other build of the dual package): indexed again here
  // from its plain form, checked like any other evidence.
  const foreign = foreignPlainForm(evidence);
  const source = foreign === undefined ? evidence : foreign;
  if (!isRecord(source)) throw invalidEvidence('', `expected an object, got ${describeValue(source)}`);
  const facts = prepareFacts(list(source, 'facts'));
  const index = {
    facts: factHistories(facts),
    events: prepareEvents(list(source, 'events')),
    coverage: prepareCoverage(list(source, 'coverage')),
  };
  const result = {
    facts: readonlyMap(facts),
    events: readonlyMap(index.events),
    coverage: readonlyMap(index.coverage),
  };
  Object.defineProperty(result, PREPARED_BRAND, { value: () => plainForm(result) });
  Object.freeze(result);
  indexes.set(result, index);
  return result;
}

// Internal: the in-force timeline of every measure and mandate of a regime, computed once per regime the library
// froze itself.
import { SanctionsRegimeError } from '../errors.js';
import { isFrozenByLibrary } from '../internal/frozen.js';
import {
  addDaysUnchecked as addDays,
  compareDatesUnchecked as compareDates,
  isPlainDate,
  type PlainDate,
} from '../time/plainDate.js';
import type { Citation } from './citation.js';
import type { Mandate } from './mandate.js';
import type { Measure } from './measure.js';
import type { Regime } from './regime.js';
import type { Change, Resolution } from './resolution.js';

/**
 * A span in which a measure applies; `end` undefined means open-ended.
 *
 * @category Resolutions
 */
export interface Span {
  readonly start: PlainDate;
  readonly end: PlainDate | undefined;
}

/**
 * A change with the resolution that made it.
 *
 * @category Resolutions
 */
export interface AppliedChange {
  readonly change: Change;
  readonly resolution: Resolution;
}

/**
 * Everything known about one measure across the regime's history.
 *
 * @category Resolutions
 */
export interface MeasureRecord {
  readonly measure: Measure;
  readonly resolution: Resolution;
  /** The spans in which the measure applies after terminations, supersessions and extensions, in order. */
  readonly spans: readonly Span[];
  /** Suspensions, in order. */
  readonly suspensions: readonly Span[];
  /** Changes that target this measure, in order of adoption. */
  readonly changes: readonly AppliedChange[];
  /** Measures this one replaced (by supersede or amend), oldest first. */
  readonly predecessors: readonly MeasureRecord[];
  /** Order of appearance in the regime, for stable output. */
  readonly order: number;
}

/**
 * Everything known about one mandate (a body created for a term) across the regime's history: its terms after
 * renewals (`extend` changes) and terminations, like a measure's.
 *
 * @category Resolutions
 */
export interface MandateRecord {
  readonly mandate: Mandate;
  readonly resolution: Resolution;
  /** The terms in which the body exists after renewals and terminations, in order. */
  readonly spans: readonly Span[];
  /** Suspensions, in order. */
  readonly suspensions: readonly Span[];
  /** Changes that target this mandate, in order of adoption. */
  readonly changes: readonly AppliedChange[];
  /** Mandates this one replaced (by supersede or amend), oldest first. */
  readonly predecessors: readonly MandateRecord[];
  /** Order of appearance in the regime, for stable output. */
  readonly order: number;
}

/**
 * The timeline of a regime: records by measure id and by mandate id, each in regime order.
 *
 * @category Resolutions
 */
export interface Timeline {
  readonly records: ReadonlyMap<string, MeasureRecord>;
  readonly mandates: ReadonlyMap<string, MandateRecord>;
  readonly adoptedOf: ReadonlyMap<number, PlainDate>;
}

// Keyed only on regimes the library froze itself (src/internal/frozen.ts).
const cache = new WeakMap<Regime, Timeline>();

function invalid(message: string, details: Record<string, unknown>): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_REGIME',
    `${message} Run validateRegime(regime) to list every issue.`,
    details,
  );
}

/** Paragraph numbers in the order a resolution has them: `3` before `10`, `2(a)` before `2(b)`. */
export function compareParagraphs(a: string, b: string): number {
  const number = (p: string) => Number.parseInt(p, 10);
  return number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function minEnd(a: PlainDate | undefined, b: PlainDate): PlainDate {
  return a === undefined || compareDates(b, a) < 0 ? b : a;
}

/**
 * Builds (or returns the cached) timeline of a regime; throws INVALID_REGIME on structural errors.
 *
 * @category Resolutions
 */
const CHANGE_TYPES = new Set(['supersede', 'amend', 'suspend', 'terminate', 'extend']);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isOptionalDate = (value: unknown) => value === undefined || isPlainDate(value);
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

function measureProblem(measure: unknown): string | undefined {
  if (!isObject(measure) || typeof measure.id !== 'string') return 'a measure is not an object with an id';
  if (typeof measure.summary !== 'string') return `${measure.id} has no summary`;
  const { effective, citations } = measure;
  if (!isObject(effective) || !isPlainDate(effective.start) || !isOptionalDate(effective.end))
    return `${measure.id} has no valid "effective" range`;
  if (!Array.isArray(citations) || !citations.every(isObject))
    return `${measure.id} has no list of citations`;
  return undefined;
}

function deadlineProblem(deadline: unknown): string | undefined {
  if (!isObject(deadline) || typeof deadline.id !== 'string') return 'a deadline is not an object with an id';
  if (!isPlainDate(deadline.due)) return `${deadline.id} has no valid "due" date`;
  if (typeof deadline.summary !== 'string' || typeof deadline.by !== 'string')
    return `${deadline.id} has no summary or no "by"`;
  const { citation } = deadline;
  if (
    !isObject(citation) ||
    typeof citation.resolution !== 'number' ||
    typeof citation.paragraph !== 'string'
  )
    return `${deadline.id} has no citation of a paragraph`;
  return undefined;
}

const optionalList = (value: unknown): unknown[] | undefined =>
  value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : undefined;

function changeProblem(change: unknown): string | undefined {
  if (!isObject(change) || typeof change.target !== 'string' || typeof change.paragraph !== 'string')
    return 'a change is not an object with a target and a paragraph';
  if (typeof change.type !== 'string' || !CHANGE_TYPES.has(change.type))
    return `a change of ${change.target} has an unknown type`;
  if (
    !isPlainDate(change.effective) ||
    !isOptionalDate(change.until) ||
    !isOptionalString(change.replacement)
  )
    return `a change of ${change.target} has an invalid date or replacement`;
  return undefined;
}

function regimeProblem(regime: unknown): string | undefined {
  if (!isObject(regime) || !Array.isArray(regime.resolutions)) return 'not an object with resolutions';
  if (typeof regime.id !== 'string') return 'its id is not a string';
  for (const resolution of regime.resolutions as unknown[]) {
    if (!isObject(resolution) || typeof resolution.number !== 'number' || !isPlainDate(resolution.adopted))
      return 'a resolution has no number or adoption date';
    if (!Array.isArray(resolution.measures) || !Array.isArray(resolution.changes))
      return `resolution ${resolution.number} has no lists of measures and changes`;
    const mandates = optionalList(resolution.mandates);
    const deadlines = optionalList(resolution.deadlines);
    if (mandates === undefined || deadlines === undefined)
      return `resolution ${resolution.number} has mandates or deadlines that are not lists`;
    const problem =
      (resolution.measures as unknown[]).map(measureProblem).find((p) => p !== undefined) ??
      mandates.map(measureProblem).find((p) => p !== undefined) ??
      deadlines.map(deadlineProblem).find((p) => p !== undefined) ??
      (resolution.changes as unknown[]).map(changeProblem).find((p) => p !== undefined);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

// Regimes the library froze, already checked (a caller's own regime is checked on every call).
const wellFormed = new WeakSet<object>();

/**
 * Checks (once per regime the library froze, on every call for any other) that a regime has the shape every resolutions function reads, so that a broken or
 * hand-built regime gives INVALID_REGIME rather than a TypeError.
 */
export function assertRegime(regime: unknown): asserts regime is Regime {
  const frozen = isFrozenByLibrary(regime);
  // A memo: only frozen regimes enter it, so without it (or read for any regime) a regime is checked again, alike.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as said above
  if (frozen && wellFormed.has(regime)) return;
  const problem = regimeProblem(regime);
  if (problem !== undefined) throw invalid(`Expected a regime parsed with RegimeSchema: ${problem}.`, {});
  // Stryker disable next-line ConditionalExpression: the memo is read only for frozen regimes, as said above
  if (frozen) wellFormed.add(regime);
}

export function timelineOf(regime: Regime): Timeline {
  assertRegime(regime);
  // Only a regime the library froze itself is cached: a caller's own regime, however frozen, is read afresh on every
  // call, so an edit made between two calls is always seen.
  const frozen = isFrozenByLibrary(regime);
  const cached = frozen ? cache.get(regime) : undefined;
  // Stryker disable next-line ConditionalExpression: without the cache the same timeline is built again
  if (cached !== undefined) return cached;
  const resolutions = [...regime.resolutions].sort(
    (a, b) => compareDates(a.adopted, b.adopted) || a.number - b.number,
  );
  const adoptedOf = new Map<number, PlainDate>(resolutions.map((r) => [r.number, r.adopted]));

  interface Draft {
    item:
      | { readonly kind: 'measure'; readonly measure: Measure }
      | { readonly kind: 'mandate'; readonly mandate: Mandate };
    resolution: Resolution;
    spans: Span[];
    suspensions: Span[];
    changes: AppliedChange[];
    predecessorIds: string[];
    order: number;
  }
  const drafts = new Map<string, Draft>();
  let order = 0;
  const add = (item: Draft['item'], id: string, effective: Measure['effective'], resolution: Resolution) => {
    if (drafts.has(id)) {
      const what = item.kind === 'measure' ? 'measures' : 'measures or mandates';
      throw invalid(`Two ${what} share the id ${id}.`, { id });
    }
    drafts.set(id, {
      item,
      resolution,
      spans: [{ start: effective.start, end: effective.end }],
      suspensions: [],
      changes: [],
      predecessorIds: [],
      order: order++,
    });
  };
  for (const resolution of resolutions) {
    for (const measure of resolution.measures)
      add({ kind: 'measure', measure }, measure.id, measure.effective, resolution);
    for (const mandate of resolution.mandates ?? [])
      add({ kind: 'mandate', mandate }, mandate.id, mandate.effective, resolution);
  }
  for (const resolution of resolutions) {
    // By day, then by paragraph, so that two changes of one measure on one day apply in the resolution's own order,
    // whatever order the data lists them in.
    const changes = [...resolution.changes].sort(
      (a, b) => compareDates(a.effective, b.effective) || compareParagraphs(a.paragraph, b.paragraph),
    );
    for (const change of changes) {
      const target = drafts.get(change.target);
      if (target === undefined) {
        throw invalid(
          `Resolution ${resolution.number} changes ${change.target}, which no resolution creates.`,
          {
            resolution: resolution.number,
            target: change.target,
          },
        );
      }
      target.changes.push({ change, resolution });
      if (change.replacement !== undefined) {
        const replacement = drafts.get(change.replacement);
        if (replacement === undefined) {
          throw invalid(
            `Resolution ${resolution.number} names ${change.replacement} as a replacement, which no resolution creates.`,
            {
              resolution: resolution.number,
              replacement: change.replacement,
            },
          );
        }
        if (replacement.item.kind !== target.item.kind) {
          throw invalid(
            `Resolution ${resolution.number} replaces ${change.target} with ${change.replacement}: a measure is replaced by a measure, a mandate by a mandate.`,
            { resolution: resolution.number, replacement: change.replacement },
          );
        }
        replacement.predecessorIds.push(change.target);
      }
      target.spans = applyChange(target.spans, change);
      if (change.type === 'suspend') target.suspensions.push({ start: change.effective, end: change.until });
    }
  }

  // Measures and mandates are built alike; a replacement is always of its target's kind (checked above).
  type AnyRecord = MeasureRecord | MandateRecord;
  const built = new Map<string, AnyRecord>();
  const building = new Set<string>();
  const build = (id: string): AnyRecord => {
    const done = built.get(id);
    if (done !== undefined) return done;
    if (building.has(id)) throw invalid(`Measure ${id} replaces itself through a chain of changes.`, { id });
    building.add(id);
    const draft = drafts.get(id) as Draft;
    const predecessors = draft.predecessorIds.map(build);
    const common = {
      resolution: draft.resolution,
      spans: Object.freeze(draft.spans.map((span) => Object.freeze({ ...span }))),
      suspensions: Object.freeze(draft.suspensions.map((s) => Object.freeze({ ...s }))),
      changes: Object.freeze([...draft.changes]),
      order: draft.order,
    };
    const record: AnyRecord =
      draft.item.kind === 'measure'
        ? Object.freeze({
            measure: draft.item.measure,
            ...common,
            predecessors: Object.freeze(predecessors as MeasureRecord[]),
          })
        : Object.freeze({
            mandate: draft.item.mandate,
            ...common,
            predecessors: Object.freeze(predecessors as MandateRecord[]),
          });
    building.delete(id);
    built.set(id, record);
    return record;
  };
  for (const id of drafts.keys()) build(id);
  const sorted = [...built.entries()].sort(([, a], [, b]) => a.order - b.order);
  const records = new Map<string, MeasureRecord>();
  const mandates = new Map<string, MandateRecord>();
  for (const [id, record] of sorted) {
    if ('measure' in record) records.set(id, record);
    else mandates.set(id, record);
  }
  const timeline = Object.freeze({ records, mandates, adoptedOf });
  // The cache is read only for frozen regimes (above): filling it for others, or for none, gives the same answers.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (frozen) cache.set(regime, timeline);
  return timeline;
}

/** The spans of a measure after one change (suspensions are kept apart). */
function applyChange(spans: readonly Span[], change: Change): Span[] {
  switch (change.type) {
    case 'supersede':
    case 'amend':
    case 'terminate': {
      const last = addDays(change.effective, -1);
      return spans
        .filter((span) => compareDates(span.start, last) <= 0)
        .map((span) => ({ start: span.start, end: minEnd(span.end, last) }));
    }
    case 'extend': {
      const previous = spans[spans.length - 1];
      const continuous =
        previous !== undefined &&
        (previous.end === undefined || compareDates(previous.end, addDays(change.effective, -1)) >= 0);
      if (previous !== undefined && continuous)
        return [...spans.slice(0, -1), { start: previous.start, end: change.until }];
      return [...spans, { start: change.effective, end: change.until }];
    }
    case 'suspend':
      return [...spans];
  }
}

/**
 * Whether a date lies in a span.
 *
 * @category Resolutions
 */
export function spanContains(span: Span, date: PlainDate): boolean {
  return compareDates(span.start, date) <= 0 && (span.end === undefined || compareDates(date, span.end) <= 0);
}

/**
 * Whether a measure applies on a date: inside its span and not suspended.
 *
 * @category Resolutions
 */
export function inForceOn(record: MeasureRecord | MandateRecord, date: PlainDate): boolean {
  return spanOn(record, date) !== undefined && !record.suspensions.some((s) => spanContains(s, date));
}

/**
 * The span of a measure that holds a date, if any.
 *
 * @category Resolutions
 */
export function spanOn(record: MeasureRecord | MandateRecord, date: PlainDate): Span | undefined {
  return record.spans.find((span) => spanContains(span, date));
}

/**
 * Every citation that created or changed a measure (its lineage included), by `on`, oldest first.
 *
 * @category Resolutions
 */
export function citationsOf(
  record: MeasureRecord | MandateRecord,
  timeline: Timeline,
  on: PlainDate,
): readonly Citation[] {
  const keyed: { citation: Citation; date: PlainDate; seq: number }[] = [];
  const seen = new Set<string>();
  let seq = 0;
  const push = (citation: Citation, date: PlainDate) => {
    const key = JSON.stringify(citation);
    if (seen.has(key)) return;
    seen.add(key);
    keyed.push({ citation, date, seq: seq++ });
  };
  const visit = (r: MeasureRecord | MandateRecord) => {
    for (const p of r.predecessors) visit(p);
    for (const c of 'measure' in r ? r.measure.citations : r.mandate.citations) {
      push(
        c,
        'resolution' in c
          ? (timeline.adoptedOf.get(c.resolution) ?? r.resolution.adopted)
          : r.resolution.adopted,
      );
    }
    for (const { change, resolution } of r.changes) {
      if (compareDates(resolution.adopted, on) > 0) continue;
      push(Object.freeze({ resolution: resolution.number, paragraph: change.paragraph }), resolution.adopted);
    }
  };
  visit(record);
  keyed.sort((a, b) => compareDates(a.date, b.date) || a.seq - b.seq);
  return Object.freeze(keyed.map((k) => k.citation));
}

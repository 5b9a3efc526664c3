// Internal: the in-force timeline of every measure of a regime, computed once per deep-frozen regime object.
import { SanctionsRegimeError } from '../errors.js';
import { isDeepFrozen } from '../internal/frozen.js';
import {
  addDaysUnchecked as addDays,
  compareDatesUnchecked as compareDates,
  isPlainDate,
  type PlainDate,
} from '../time/plainDate.js';
import type { Citation } from './citation.js';
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
 * The timeline of a regime: records by measure id, in regime order.
 *
 * @category Resolutions
 */
export interface Timeline {
  readonly records: ReadonlyMap<string, MeasureRecord>;
  readonly adoptedOf: ReadonlyMap<number, PlainDate>;
}

// Keyed only on deep-frozen regimes (src/internal/frozen.ts).
const cache = new WeakMap<Regime, Timeline>();

function invalid(message: string, details: Record<string, unknown>): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_REGIME',
    `${message} Run validateRegime(regime) to list every issue.`,
    details,
  );
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
    const problem =
      (resolution.measures as unknown[]).map(measureProblem).find((p) => p !== undefined) ??
      (resolution.changes as unknown[]).map(changeProblem).find((p) => p !== undefined);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

// Deep-frozen regimes already checked (a caller's own regime is checked on every call).
const wellFormed = new WeakSet<object>();

/**
 * Checks (once per deep-frozen regime, on every call for any other) that a regime has the shape every resolutions function reads, so that a broken or
 * hand-built regime gives INVALID_REGIME rather than a TypeError.
 */
export function assertRegime(regime: unknown): asserts regime is Regime {
  const frozen = isDeepFrozen(regime);
  if (frozen && wellFormed.has(regime)) return;
  const problem = regimeProblem(regime);
  if (problem !== undefined) throw invalid(`Expected a regime parsed with RegimeSchema: ${problem}.`, {});
  if (frozen) wellFormed.add(regime);
}

export function timelineOf(regime: Regime): Timeline {
  assertRegime(regime);
  // Only a regime that can never change is cached: a caller's own regime is read afresh on every call, so an edit
  // made between two calls is always seen.
  const frozen = isDeepFrozen(regime);
  const cached = frozen ? cache.get(regime) : undefined;
  if (cached !== undefined) return cached;
  const resolutions = [...regime.resolutions].sort(
    (a, b) => compareDates(a.adopted, b.adopted) || a.number - b.number,
  );
  const adoptedOf = new Map<number, PlainDate>(resolutions.map((r) => [r.number, r.adopted]));

  interface Draft {
    measure: Measure;
    resolution: Resolution;
    spans: Span[];
    suspensions: Span[];
    changes: AppliedChange[];
    predecessorIds: string[];
    order: number;
  }
  const drafts = new Map<string, Draft>();
  let order = 0;
  for (const resolution of resolutions) {
    for (const measure of resolution.measures) {
      if (drafts.has(measure.id))
        throw invalid(`Two measures share the id ${measure.id}.`, { id: measure.id });
      drafts.set(measure.id, {
        measure,
        resolution,
        spans: [{ start: measure.effective.start, end: measure.effective.end }],
        suspensions: [],
        changes: [],
        predecessorIds: [],
        order: order++,
      });
    }
  }
  for (const resolution of resolutions) {
    const changes = [...resolution.changes].sort((a, b) => compareDates(a.effective, b.effective));
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
        replacement.predecessorIds.push(change.target);
      }
      target.spans = applyChange(target.spans, change);
      if (change.type === 'suspend') target.suspensions.push({ start: change.effective, end: change.until });
    }
  }

  const records = new Map<string, MeasureRecord>();
  const building = new Set<string>();
  const build = (id: string): MeasureRecord => {
    const done = records.get(id);
    if (done !== undefined) return done;
    if (building.has(id)) throw invalid(`Measure ${id} replaces itself through a chain of changes.`, { id });
    building.add(id);
    const draft = drafts.get(id) as Draft;
    const predecessors = draft.predecessorIds.map(build);
    const record: MeasureRecord = Object.freeze({
      measure: draft.measure,
      resolution: draft.resolution,
      spans: Object.freeze(draft.spans.map((span) => Object.freeze({ ...span }))),
      suspensions: Object.freeze(draft.suspensions.map((s) => Object.freeze({ ...s }))),
      changes: Object.freeze([...draft.changes]),
      predecessors: Object.freeze(predecessors),
      order: draft.order,
    });
    building.delete(id);
    records.set(id, record);
    return record;
  };
  for (const id of drafts.keys()) build(id);
  const ordered = new Map([...records.entries()].sort(([, a], [, b]) => a.order - b.order));
  const timeline = Object.freeze({ records: ordered, adoptedOf });
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
export function inForceOn(record: MeasureRecord, date: PlainDate): boolean {
  return spanOn(record, date) !== undefined && !record.suspensions.some((s) => spanContains(s, date));
}

/**
 * The span of a measure that holds a date, if any.
 *
 * @category Resolutions
 */
export function spanOn(record: MeasureRecord, date: PlainDate): Span | undefined {
  return record.spans.find((span) => spanContains(span, date));
}

/**
 * Every citation that created or changed a measure (its lineage included), by `on`, oldest first.
 *
 * @category Resolutions
 */
export function citationsOf(record: MeasureRecord, timeline: Timeline, on: PlainDate): readonly Citation[] {
  const keyed: { citation: Citation; date: PlainDate; seq: number }[] = [];
  const seen = new Set<string>();
  let seq = 0;
  const push = (citation: Citation, date: PlainDate) => {
    const key = JSON.stringify(citation);
    if (seen.has(key)) return;
    seen.add(key);
    keyed.push({ citation, date, seq: seq++ });
  };
  const visit = (r: MeasureRecord) => {
    for (const p of r.predecessors) visit(p);
    for (const c of r.measure.citations) {
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

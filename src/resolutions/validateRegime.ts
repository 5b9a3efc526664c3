import { SanctionsRegimeError } from '../errors.js';
import { compareDatesUnchecked as compareDates } from '../time/plainDate.js';
import type { Regime } from './regime.js';
import { assertRegime, type Span, timelineOf } from './timeline.js';

/**
 * One problem found by {@link validateRegime}.
 *
 * @category Resolutions
 */
export interface RegimeIssue {
  /** A stable code for the kind of problem. */
  readonly code:
    | 'DUPLICATE_MEASURE_ID'
    | 'DUPLICATE_RESOLUTION'
    | 'UNKNOWN_CHANGE_TARGET'
    | 'UNKNOWN_REPLACEMENT'
    | 'MEASURE_BEFORE_ADOPTION'
    | 'CHANGE_BEFORE_ADOPTION'
    | 'OVERLAPPING_CAPS'
    | 'REPLACEMENT_CYCLE'
    | 'DUPLICATE_DEADLINE_ID'
    | 'DEADLINE_BEFORE_ADOPTION';
  /** Where in the regime, as a path of keys and indexes. */
  readonly path: readonly (string | number)[];
  /** What is wrong and what to do. */
  readonly message: string;
}

function overlaps(a: Span, b: Span): boolean {
  const aBeforeB = a.end !== undefined && compareDates(a.end, b.start) < 0;
  const bBeforeA = b.end !== undefined && compareDates(b.end, a.start) < 0;
  return !aBeforeB && !bBeforeA;
}

/**
 * Checks a regime for problems that its schema cannot see, and returns them as data: duplicate measure or mandate ids
 * (one namespace: a change names one thing), duplicate deadline ids or resolution numbers, changes of measures or
 * mandates that do not exist, a measure replaced by a mandate or the reverse, measures, mandates, changes or
 * deadlines dated before their resolution was adopted, and two caps on the same commodity and direction in force at
 * the same time.
 *
 * @param regime - the regime (already parsed with `RegimeSchema`).
 * @returns the issues; empty when the regime is sound.
 * @throws {@link SanctionsRegimeError} `INVALID_REGIME` when the value is not shaped like a regime at all (no
 * resolutions, a measure without an id or dates): parse it with RegimeSchema to see each problem with its path.
 * @example
 * ```ts
 * import { validateRegime } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * validateRegime(dprk1718); //=> []
 * ```
 * @category Resolutions
 */
export function validateRegime(regime: Regime): readonly RegimeIssue[] {
  assertRegime(regime);
  const issues: RegimeIssue[] = [];
  const ids = new Map<string, 'measure' | 'mandate'>();
  const deadlineIds = new Set<string>();
  const numbers = new Set<number>();
  regime.resolutions.forEach((resolution, r) => {
    if (numbers.has(resolution.number)) {
      issues.push({
        code: 'DUPLICATE_RESOLUTION',
        path: ['resolutions', r, 'number'],
        message: `Resolution ${resolution.number} appears twice: keep one.`,
      });
    }
    numbers.add(resolution.number);
    const created = [
      ...resolution.measures.map((item, i) => ({ item, list: 'measures', kind: 'measure' as const, i })),
      ...(resolution.mandates ?? []).map((item, i) => ({
        item,
        list: 'mandates',
        kind: 'mandate' as const,
        i,
      })),
    ];
    for (const { item, list, kind, i } of created) {
      if (ids.has(item.id)) {
        issues.push({
          code: 'DUPLICATE_MEASURE_ID',
          path: ['resolutions', r, list, i, 'id'],
          message: `The ${kind} id ${item.id} is used twice: give each ${kind === 'measure' ? 'measure' : 'measure and mandate'} its own id.`,
        });
      }
      ids.set(item.id, kind);
      if (compareDates(item.effective.start, resolution.adopted) < 0) {
        issues.push({
          code: 'MEASURE_BEFORE_ADOPTION',
          path: ['resolutions', r, list, i, 'effective', 'start'],
          message: `${item.id} takes effect on ${item.effective.start}, before resolution ${resolution.number} was adopted on ${resolution.adopted}.`,
        });
      }
    }
    (resolution.deadlines ?? []).forEach((deadline, d) => {
      if (deadlineIds.has(deadline.id)) {
        issues.push({
          code: 'DUPLICATE_DEADLINE_ID',
          path: ['resolutions', r, 'deadlines', d, 'id'],
          message: `The deadline id ${deadline.id} is used twice: give each deadline its own id.`,
        });
      }
      deadlineIds.add(deadline.id);
      if (compareDates(deadline.due, resolution.adopted) < 0) {
        issues.push({
          code: 'DEADLINE_BEFORE_ADOPTION',
          path: ['resolutions', r, 'deadlines', d, 'due'],
          message: `${deadline.id} is due on ${deadline.due}, before resolution ${resolution.number} was adopted on ${resolution.adopted}.`,
        });
      }
    });
  });
  regime.resolutions.forEach((resolution, r) => {
    resolution.changes.forEach((change, c) => {
      const targetKind = ids.get(change.target);
      if (targetKind === undefined) {
        issues.push({
          code: 'UNKNOWN_CHANGE_TARGET',
          path: ['resolutions', r, 'changes', c, 'target'],
          message: `Resolution ${resolution.number} changes ${change.target}, which no resolution of the regime creates.`,
        });
      }
      const sameKind = targetKind === 'mandate' ? (resolution.mandates ?? []) : resolution.measures;
      if (change.replacement !== undefined && !sameKind.some((m) => m.id === change.replacement)) {
        issues.push({
          code: 'UNKNOWN_REPLACEMENT',
          path: ['resolutions', r, 'changes', c, 'replacement'],
          message: `The replacement ${change.replacement} must be a ${targetKind ?? 'measure'} created by resolution ${resolution.number}.`,
        });
      }
      if (compareDates(change.effective, resolution.adopted) < 0) {
        issues.push({
          code: 'CHANGE_BEFORE_ADOPTION',
          path: ['resolutions', r, 'changes', c, 'effective'],
          message: `A change by resolution ${resolution.number} takes effect on ${change.effective}, before its adoption on ${resolution.adopted}.`,
        });
      }
    });
  });
  if (
    issues.some(
      (i) =>
        i.code === 'DUPLICATE_MEASURE_ID' ||
        i.code === 'UNKNOWN_CHANGE_TARGET' ||
        i.code === 'UNKNOWN_REPLACEMENT',
    )
  ) {
    return Object.freeze(issues.map((i) => Object.freeze(i)));
  }
  let timeline: ReturnType<typeof timelineOf>;
  try {
    timeline = timelineOf(regime);
  } catch (error) {
    if (!(error instanceof SanctionsRegimeError)) throw error;
    // The structural checks above catch everything timelineOf refuses except a chain of replacements that loops.
    issues.push({ code: 'REPLACEMENT_CYCLE', path: ['resolutions'], message: error.message });
    return Object.freeze(issues.map((i) => Object.freeze(i)));
  }
  const caps = [...timeline.records.values()].flatMap(({ measure, spans }) =>
    measure.kind === 'quantity-cap' ? [{ measure, spans }] : [],
  );
  caps.forEach((a, i) => {
    for (const b of caps.slice(i + 1)) {
      if (a.measure.commodity !== b.measure.commodity || a.measure.direction !== b.measure.direction)
        continue;
      if (!a.spans.some((x) => b.spans.some((y) => overlaps(x, y)))) continue;
      issues.push({
        code: 'OVERLAPPING_CAPS',
        path: ['measures', b.measure.id],
        message: `${a.measure.id} and ${b.measure.id} both cap ${a.measure.commodity} (${a.measure.direction}) at the same time: end one, or supersede it, before the other starts.`,
      });
    }
  });
  return Object.freeze(issues.map((i) => Object.freeze(i)));
}

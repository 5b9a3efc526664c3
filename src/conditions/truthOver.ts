import { shiftByParts } from '../time/duration.js';
import { addDays, dateRange, type PlainDate } from '../time/index.js';
import { type Condition, checkMaxDepth, type Truth } from './ConditionSchema.js';
import { type Evidence, type PreparedEvidence, prepareEvidence } from './EvidenceSchema.js';
import { checkDate, type Plan, planOf, truthOn } from './evaluate.js';
import {
  COMPARE,
  type Definitions,
  FACT,
  type Instruction,
  NONE_OCCURRED,
  OCCURRED,
  ON_OR_AFTER,
  type Program,
} from './program.js';
import { MET, TRUTHS } from './values.js';

/**
 * A maximal interval of constant truth, both ends inclusive.
 *
 * @category Conditions
 */
export interface TruthInterval {
  /** The first day. */
  readonly start: PlainDate;
  /** The last day (inclusive). */
  readonly end: PlainDate;
  /** The truth on every day of the interval. */
  readonly truth: Truth;
}

/**
 * Options for {@link truthOver}.
 *
 * @category Conditions
 */
export interface TruthOverOptions {
  /** The first day of interest. */
  readonly from: PlainDate;
  /** The last day of interest (inclusive). */
  readonly to: PlainDate;
  /** Named conditions that `ref` nodes refer to. */
  readonly definitions?: Definitions;
  /** The deepest nesting accepted (default 256). */
  readonly maxDepth?: number;
}

/**
 * Options for {@link firstMet}.
 *
 * @category Conditions
 */
export interface FirstMetOptions {
  /** The first day searched. */
  readonly from: PlainDate;
  /** The last day searched (inclusive); without it, the search runs to the last change the evidence can make. */
  readonly to?: PlainDate;
  /** Named conditions that `ref` nodes refer to. */
  readonly definitions?: Definitions;
  /** The deepest nesting accepted (default 256). */
  readonly maxDepth?: number;
}

const LAST_DAY = '9999-12-31' as PlainDate;

function dayAfter(date: PlainDate): PlainDate | undefined {
  return date < LAST_DAY ? addDays(date, 1) : undefined;
}

/**
 * The first day D whose relative window `[D − duration, D]` starts on or after `point`. Window starts are
 * non-decreasing in D (months are shifted first, clamped to the month's end, then days), so start near
 * `point + duration` and correct by the few days the clamping can shift it.
 */
function firstWindowStartingFrom(
  point: PlainDate,
  parts: NonNullable<Instruction['lastParts']>,
): PlainDate | undefined {
  const start = (d: PlainDate): PlainDate | undefined => {
    try {
      return shiftByParts(d, parts, -1);
    } catch {
      return undefined; // before year 1: the window starts before any point
    }
  };
  let day: PlainDate;
  try {
    day = shiftByParts(point, parts, 1);
  } catch {
    return undefined; // after year 9999
  }
  for (;;) {
    const s = start(day);
    if (s !== undefined && s >= point) break;
    const next = dayAfter(day);
    if (next === undefined) return undefined;
    day = next;
  }
  for (;;) {
    if (day === '0001-01-01') return day;
    const previous = addDays(day, -1);
    const s = start(previous);
    if (s === undefined || s < point) return day;
    day = previous;
  }
}

/** The days on which whether an event of a kind is recorded, or covered, changes. */
function statusPoints(evidence: PreparedEvidence, kind: string): PlainDate[] {
  const points: PlainDate[] = [];
  for (const event of evidence.events.get(kind) ?? []) {
    points.push(event.date);
    const after = dayAfter(event.date);
    if (after !== undefined) points.push(after);
  }
  for (const range of evidence.coverage.get(kind) ?? []) {
    points.push(range.start);
    const after = dayAfter(range.end);
    if (after !== undefined) points.push(after);
  }
  return points;
}

/** Adds the days on which a leaf's truth may change. */
function addChangePoints(instruction: Instruction, evidence: PreparedEvidence, points: Set<PlainDate>): void {
  switch (instruction.kind) {
    case FACT:
    case COMPARE:
      for (const { observation } of evidence.facts.get(instruction.id) ?? []) {
        points.add(observation.from);
        const after = observation.until === undefined ? undefined : dayAfter(observation.until);
        if (after !== undefined) points.add(after);
      }
      return;
    case OCCURRED:
    case NONE_OCCURRED: {
      const parts = instruction.lastParts;
      if (parts !== undefined) {
        // The window [D − duration, D] changes content when its end reaches a point or its start passes one.
        for (const point of statusPoints(evidence, instruction.id)) {
          points.add(point);
          const later = firstWindowStartingFrom(point, parts);
          if (later !== undefined) points.add(later);
        }
        return;
      }
      const start = instruction.start as PlainDate;
      const end = instruction.end as PlainDate;
      points.add(start);
      const after = dayAfter(end);
      if (after !== undefined) points.add(after);
      for (const point of statusPoints(evidence, instruction.id))
        if (point > start && point <= end) points.add(point);
      return;
    }
    case ON_OR_AFTER:
      points.add(instruction.date as PlainDate);
      return;
    default:
      return; // composites and refs change only when their parts do
  }
}

function intervals(plan: Plan, evidence: PreparedEvidence, from: PlainDate, to: PlainDate): TruthInterval[] {
  const points = new Set<PlainDate>();
  const programs: Program[] = [plan.program, ...plan.definitions.map((d) => d.program)];
  for (const program of programs) {
    for (const instruction of program.instructions) addChangePoints(instruction, evidence, points);
  }
  const starts = [from, ...[...points].filter((p) => p > from && p <= to).sort()];
  const result: TruthInterval[] = [];
  for (let i = 0; i < starts.length; i += 1) {
    const start = starts[i] as PlainDate;
    const next = starts[i + 1];
    const end = next === undefined ? to : addDays(next, -1);
    const truth = TRUTHS[truthOn(plan, evidence, start)] as Truth;
    const previous = result.at(-1);
    if (previous !== undefined && previous.truth === truth) result[result.length - 1] = { ...previous, end };
    else result.push({ start, end, truth });
  }
  return result;
}

/**
 * Splits a period into the maximal intervals over which a condition's truth is constant. The intervals are found
 * from the days the evidence can change anything (observation `from` dates and the day after `until`, event dates
 * and the day their relative windows let go of them, coverage edges, explicit window edges, `onOrAfter` dates),
 * evaluating once per interval, never day by day.
 *
 * @param condition - the condition.
 * @param evidence - the evidence, raw or prepared.
 * @param options - `from` and `to` (inclusive); `definitions`; `maxDepth`.
 * @returns the intervals, in order, tiling `from` through `to`; neighbours differ in truth.
 * @throws {@link SanctionsRegimeError} `INVALID_RANGE` when `to` is before `from`; otherwise as {@link evaluate}.
 * @example
 * ```ts
 * import { noneOccurred, parseDate, parseDuration, truthOver } from 'sanctions-regime';
 * const quiet = noneOccurred('nuclear-test', { last: parseDuration('P12M') });
 * const evidence = {
 *   events: [{ kind: 'nuclear-test', date: parseDate('2017-09-03'), source: 'S/PV.8042' }],
 *   coverage: [{ kind: 'nuclear-test', start: parseDate('2006-01-01'), end: parseDate('2019-12-31') }],
 * };
 * const intervals = truthOver(quiet, evidence, { from: parseDate('2017-01-01'), to: parseDate('2019-12-31') });
 * intervals.map((i) => i.truth); //=> ['met', 'unmet', 'met']
 * intervals[1]; //=> { start: '2017-09-03', end: '2018-09-03', truth: 'unmet' }
 * ```
 * @category Conditions
 */
export function truthOver(
  condition: Condition,
  evidence: Evidence | PreparedEvidence,
  options: TruthOverOptions,
): readonly TruthInterval[] {
  const from = checkDate(options?.from, 'from');
  const to = checkDate(options.to, 'to');
  dateRange(from, to);
  const plan = planOf(condition, options.definitions, checkMaxDepth(options.maxDepth));
  return Object.freeze(intervals(plan, prepareEvidence(evidence), from, to).map((i) => Object.freeze(i)));
}

/**
 * Finds the first day on or after `from` on which a condition is met.
 *
 * @param condition - the condition.
 * @param evidence - the evidence, raw or prepared.
 * @param options - `from`; `to` to stop the search (inclusive); `definitions`; `maxDepth`.
 * @returns the day, or `undefined` when the condition is not met on any day searched.
 * @throws {@link SanctionsRegimeError} `INVALID_RANGE` when `to` is before `from`; otherwise as {@link evaluate}.
 * @example
 * ```ts
 * import { firstMet, noneOccurred, parseDate, parseDuration } from 'sanctions-regime';
 * const quiet = noneOccurred('nuclear-test', { last: parseDuration('P12M') });
 * const evidence = {
 *   events: [{ kind: 'nuclear-test', date: parseDate('2017-09-03'), source: 'S/PV.8042' }],
 *   coverage: [{ kind: 'nuclear-test', start: parseDate('2006-01-01'), end: parseDate('2019-12-31') }],
 * };
 * firstMet(quiet, evidence, { from: parseDate('2017-09-03') }); //=> '2018-09-04'
 * ```
 * @category Conditions
 */
export function firstMet(
  condition: Condition,
  evidence: Evidence | PreparedEvidence,
  options: FirstMetOptions,
): PlainDate | undefined {
  const from = checkDate(options?.from, 'from');
  const to = options.to === undefined ? LAST_DAY : checkDate(options.to, 'to');
  dateRange(from, to);
  const plan = planOf(condition, options.definitions, checkMaxDepth(options.maxDepth));
  const prepared = prepareEvidence(evidence);
  return intervals(plan, prepared, from, to).find((i) => i.truth === TRUTHS[MET])?.start;
}

import { shiftByParts } from '../time/duration.js';
import { type DateRange, dateRange, type PlainDate } from '../time/index.js';
import type { DateArg } from '../time/plainDate.js';
import { addDaysUnchecked as addDays, dayNumberOf } from '../time/plainDate.js';
import { type Condition, checkMaxDepth, type Truth } from './ConditionSchema.js';
import { type EventRecord, type EvidenceArg, type EvidenceIndex, evidenceIndex } from './EvidenceSchema.js';
import { checkDate, type Plan, planOf } from './evaluate.js';
import {
  ALL,
  AT_LEAST,
  COMPARE,
  type Definitions,
  FACT,
  type Instruction,
  NONE_OCCURRED,
  NOT,
  OCCURRED,
  ON_OR_AFTER,
  type Program,
  REF,
} from './program.js';
import { firstEventFrom, leafTruth, windowAt } from './run.js';
import { MET, TRUTHS, UNKNOWN, UNMET } from './values.js';

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
  readonly from: DateArg;
  /** The last day of interest (inclusive). */
  readonly to: DateArg;
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
  readonly from: DateArg;
  /** The last day searched (inclusive); without it, the search runs to the last change the evidence can make. */
  readonly to?: DateArg;
  /** Named conditions that `ref` nodes refer to. */
  readonly definitions?: Definitions;
  /** The deepest nesting accepted (default 256). */
  readonly maxDepth?: number;
}

const LAST_DAY = '9999-12-31' as PlainDate;
const FIRST_DAY = '0001-01-01' as PlainDate;

function dayAfter(date: PlainDate): PlainDate | undefined {
  return date < LAST_DAY ? addDays(date, 1) : undefined;
}

/** The start of a relative window on `day`, as evaluation computes it (clamped at the first day of the calendar). */
function windowStartOn(instruction: Instruction, day: PlainDate): PlainDate {
  return (windowAt(instruction, day) as DateRange).start;
}

/**
 * The first day D whose relative window `[D − duration, D]` starts on or after `point`, or undefined when no day
 * of the calendar does. Window starts are non-decreasing in D (months are shifted first, clamped to the month's
 * end, then days), so start near `point + duration` and correct by the few days the clamping can shift it.
 */
function firstWindowStartingFrom(instruction: Instruction, point: PlainDate): PlainDate | undefined {
  let day: PlainDate;
  try {
    day = shiftByParts(point, instruction.lastParts as NonNullable<Instruction['lastParts']>, 1);
  } catch {
    day = LAST_DAY; // after year 9999
  }
  while (windowStartOn(instruction, day) < point) {
    const next = dayAfter(day);
    if (next === undefined) return undefined;
    day = next;
  }
  while (day > FIRST_DAY) {
    const previous = addDays(day, -1);
    if (windowStartOn(instruction, previous) < point) break;
    day = previous;
  }
  return day;
}

/** The last day whose relative window still holds an event on `date` (the day before the window lets go of it). */
function lastDayHolding(instruction: Instruction, date: PlainDate): PlainDate {
  const parts = instruction.lastParts as NonNullable<Instruction['lastParts']>;
  if (parts.years === 0 && parts.months === 0) {
    // Days only: the window of D starts on D − n, so it holds E through E + n.
    try {
      return addDays(date, parts.weeks * 7 + parts.days);
    } catch {
      return LAST_DAY;
    }
  }
  const after = dayAfter(date);
  const release = after === undefined ? undefined : firstWindowStartingFrom(instruction, after);
  return release === undefined ? LAST_DAY : addDays(release, -1);
}

/** Index of the last event on or before `date`, or −1. */
function lastEventThrough(events: readonly EventRecord[], date: PlainDate): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as EventRecord).date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The days in `[from, to]` on which a leaf's truth may change (besides `from`). Each kind of leaf gives a set whose
 * size is proportional to its evidence, never to the days of the range:
 * - fact, compare: each observation's `from` and the day after its `until`;
 * - a relative window: the edges of the runs of days whose window holds an event, found by jumping from event to
 *   event (a binary search for the last event the run reaches, then one window computation), and for each coverage
 *   range the first day a window fits in it and the day after it ends;
 * - an explicit window: its start, the first event in it, the day after it ends, and coverage ends inside it;
 * - onOrAfter: its date.
 */
function leafPoints(
  instruction: Instruction,
  evidence: EvidenceIndex,
  from: PlainDate,
  to: PlainDate,
): PlainDate[] {
  const points: PlainDate[] = [];
  const add = (point: PlainDate | undefined) => {
    if (point !== undefined && point > from && point <= to) points.push(point);
  };
  switch (instruction.kind) {
    case FACT:
    case COMPARE:
      for (const { observation } of evidence.facts.get(instruction.id)?.observations ?? []) {
        add(observation.from);
        if (observation.until !== undefined) add(dayAfter(observation.until));
      }
      break;
    case OCCURRED:
    case NONE_OCCURRED: {
      const events = evidence.events.get(instruction.id) ?? [];
      const coverage = evidence.coverage.get(instruction.id) ?? [];
      if (instruction.lastParts !== undefined) {
        // Runs of days whose window holds an event: an event on E is held from E through lastDayHolding(E).
        let i = firstEventFrom(events, windowStartOn(instruction, from));
        while (i < events.length && (events[i] as EventRecord).date <= to) {
          const runStart = (events[i] as EventRecord).date;
          let held = runStart;
          let runEnd = lastDayHolding(instruction, held);
          for (;;) {
            const after = dayAfter(runEnd);
            const j = after === undefined ? events.length - 1 : lastEventThrough(events, after);
            const latest = (events[j] as EventRecord).date;
            if (latest <= held) {
              i = j + 1;
              break;
            }
            held = latest;
            runEnd = lastDayHolding(instruction, held);
          }
          add(runStart);
          add(dayAfter(runEnd));
          if (runEnd >= to) break;
        }
        for (const range of coverage) {
          if (range.end < from) continue;
          const fits = firstWindowStartingFrom(instruction, range.start);
          if (fits === undefined || fits > to) break;
          if (fits > range.end) continue;
          add(fits);
          add(dayAfter(range.end));
        }
      } else {
        const start = instruction.start as PlainDate;
        const end = instruction.end as PlainDate;
        add(start);
        add(dayAfter(end));
        const first = events[firstEventFrom(events, start)];
        if (first !== undefined && first.date <= end) add(first.date);
        for (const range of coverage) if (range.end >= start && range.end < end) add(dayAfter(range.end));
      }
      break;
    }
    case ON_OR_AFTER:
      add(instruction.date);
      break;
    default:
      break; // composites and refs change only when their parts do
  }
  return points;
}

/** A truth constant by runs over `[from, to]`: `truths[i]` from `starts[i]` to the day before `starts[i + 1]`. */
interface Runs {
  readonly starts: PlainDate[];
  readonly truths: number[];
}

function pushRun(runs: Runs, start: PlainDate, truth: number): void {
  const last = runs.truths.length - 1;
  if (last >= 0 && runs.truths[last] === truth) return;
  runs.starts.push(start);
  runs.truths.push(truth);
}

function leafRuns(instruction: Instruction, evidence: EvidenceIndex, from: PlainDate, to: PlainDate): Runs {
  const points = leafPoints(instruction, evidence, from, to).sort();
  const runs: Runs = { starts: [], truths: [] };
  pushRun(runs, from, leafTruth(evidence, instruction, from, dayNumberOf(from) as number));
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i] as PlainDate;
    if (point !== points[i - 1])
      pushRun(runs, point, leafTruth(evidence, instruction, point, dayNumberOf(point) as number));
  }
  return runs;
}

/** Combines the runs of a composite's parts in one sweep over their starts, counting the parts met and unknown. */
function compositeRuns(instruction: Instruction, parts: readonly Runs[], from: PlainDate): Runs {
  const n = parts.length;
  const kind = instruction.kind;
  const need = kind === AT_LEAST ? instruction.count : kind === ALL ? n : 1;
  const changes: { start: PlainDate; part: number; truth: number }[] = [];
  parts.forEach((runs, part) => {
    for (let i = 0; i < runs.starts.length; i += 1)
      changes.push({ start: runs.starts[i] as PlainDate, part, truth: runs.truths[i] as number });
  });
  changes.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const current = new Array<number>(n).fill(-1);
  let met = 0;
  let unknown = 0;
  const runs: Runs = { starts: [], truths: [] };
  const truthNow = () => {
    // not is "at least one of one" with met and unmet swapped.
    const truth = met >= need ? MET : met + unknown < need ? UNMET : UNKNOWN;
    return kind === NOT ? MET - truth : truth;
  };
  if (n === 0) pushRun(runs, from, truthNow());
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i] as (typeof changes)[number];
    const old = current[change.part] as number;
    if (old === MET) met -= 1;
    else if (old === UNKNOWN) unknown -= 1;
    current[change.part] = change.truth;
    if (change.truth === MET) met += 1;
    else if (change.truth === UNKNOWN) unknown += 1;
    if (changes[i + 1]?.start !== change.start) pushRun(runs, change.start, truthNow());
  }
  return runs;
}

/** The runs of a program, its refs read from the runs of the definitions. */
function programRuns(
  program: Program,
  evidence: EvidenceIndex,
  from: PlainDate,
  to: PlainDate,
  refs: ReadonlyMap<string, Runs>,
): Runs {
  const stack: Runs[] = [];
  for (const instruction of program.instructions) {
    if (instruction.kind <= AT_LEAST) {
      const parts = stack.splice(stack.length - instruction.arity, instruction.arity);
      stack.push(compositeRuns(instruction, parts, from));
    } else if (instruction.kind === REF) {
      stack.push(refs.get(instruction.id) as Runs);
    } else {
      stack.push(leafRuns(instruction, evidence, from, to));
    }
  }
  return stack[0] as Runs;
}

function intervals(plan: Plan, evidence: EvidenceIndex, from: PlainDate, to: PlainDate): TruthInterval[] {
  const refs = new Map<string, Runs>();
  for (const { name, program } of plan.definitions)
    refs.set(name, programRuns(program, evidence, from, to, refs));
  const runs = programRuns(plan.program, evidence, from, to, refs);
  return runs.starts.map((start, i) => {
    const next = runs.starts[i + 1];
    return {
      start,
      end: next === undefined ? to : addDays(next, -1),
      truth: TRUTHS[runs.truths[i] as number] as Truth,
    };
  });
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
  evidence: EvidenceArg,
  options: TruthOverOptions,
): readonly TruthInterval[] {
  const from = checkDate(options?.from, 'from');
  const to = checkDate(options.to, 'to');
  dateRange(from, to);
  const plan = planOf(condition, options.definitions, checkMaxDepth(options.maxDepth));
  return Object.freeze(intervals(plan, evidenceIndex(evidence), from, to).map((i) => Object.freeze(i)));
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
  evidence: EvidenceArg,
  options: FirstMetOptions,
): PlainDate | undefined {
  const from = checkDate(options?.from, 'from');
  const to = options.to === undefined ? LAST_DAY : checkDate(options.to, 'to');
  dateRange(from, to);
  const plan = planOf(condition, options.definitions, checkMaxDepth(options.maxDepth));
  return intervals(plan, evidenceIndex(evidence), from, to).find((i) => i.truth === TRUTHS[MET])?.start;
}

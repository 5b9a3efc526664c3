// Arbitraries and fixtures shared by the conditions tests.
import fc from 'fast-check';
import {
  all,
  any,
  atLeast,
  type Condition,
  compareFact,
  type Evidence,
  fact,
  noneOccurred,
  not,
  occurred,
  onOrAfter,
  type PlainDate,
  parseDate,
  parseDuration,
  type Truth,
} from '../../src/index.js';
import { arbDate } from '../helpers.js';

export const d = parseDate;
export const TRUTH_VALUES: readonly Truth[] = ['met', 'unmet', 'unknown'];
export const AT = d('2018-09-27');

/** Evidence in which each boolean fact named has the given truth: true, false, or no observation at all. */
export function evidenceFor(assignment: Readonly<Record<string, Truth>>): Evidence {
  return {
    facts: Object.entries(assignment).flatMap(([name, truth]) =>
      truth === 'unknown'
        ? []
        : [{ fact: name, value: truth === 'met', from: d('2000-01-01'), source: 'test' }],
    ),
  };
}

/** Random trees of all / any / not / atLeast over the boolean facts p, q, r. */
export const arbBooleanCondition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('p', 'q', 'r').map((name) => fact(name)),
    fc.array(tie('node'), { maxLength: 3 }).map((parts) => all(...parts)),
    fc.array(tie('node'), { maxLength: 3 }).map((parts) => any(...parts)),
    tie('node').map((part) => not(part)),
    fc
      .tuple(fc.nat({ max: 3 }), fc.array(tie('node'), { maxLength: 3 }))
      .map(([k, parts]) => atLeast(k, ...parts)),
  ),
})).node;

export const arbAssignment: fc.Arbitrary<Record<string, Truth>> = fc.record({
  p: fc.constantFrom(...TRUTH_VALUES),
  q: fc.constantFrom(...TRUTH_VALUES),
  r: fc.constantFrom(...TRUTH_VALUES),
});

const MIN = '2017-06-01';
const MAX = '2021-06-30';

/** Random dated evidence over the number fact "level", the boolean fact "open" and the event kind "test". */
export const arbEvidence: fc.Arbitrary<Evidence> = fc
  .record({
    level: fc.array(
      fc.tuple(
        arbDate(MIN, MAX),
        fc.option(fc.nat({ max: 400 }), { nil: undefined }),
        fc.integer({ min: 0, max: 9 }),
      ),
      { maxLength: 4 },
    ),
    open: fc.array(fc.tuple(arbDate(MIN, MAX), fc.boolean()), { maxLength: 3 }),
    events: fc.array(arbDate(MIN, MAX), { maxLength: 4 }),
    coverage: fc.array(fc.tuple(arbDate(MIN, MAX), fc.nat({ max: 700 })), { maxLength: 3 }),
  })
  .map(({ level, open, events, coverage }) => ({
    facts: [
      ...level.map(([from, length, value]) => ({
        fact: 'level',
        value,
        from,
        ...(length === undefined ? {} : { until: plusDays(from, length) }),
        source: 'test',
      })),
      ...open.map(([from, value]) => ({ fact: 'open', value, from, source: 'test' })),
    ],
    events: events.map((date) => ({ kind: 'test', date, source: 'test' })),
    coverage: coverage.map(([start, length]) => ({ kind: 'test', start, end: plusDays(start, length) })),
  }));

function plusDays(date: PlainDate, days: number): PlainDate {
  const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
  return d(shifted.toISOString().slice(0, 10));
}

const arbWindow = fc.oneof(
  fc.constantFrom('P1M', 'P12M', 'P45D', 'P1Y1M', 'P0D').map((last) => ({ last: parseDuration(last) })),
  fc
    .tuple(arbDate(MIN, MAX), fc.nat({ max: 500 }))
    .map(([start, length]) => ({ start, end: plusDays(start, length) })),
);

/** Random conditions over the dated evidence of {@link arbEvidence}. */
export const arbDatedCondition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge' as const), fc.integer({ min: 0, max: 9 }))
      .map(([cmp, value]) => compareFact('level', cmp, value)),
    fc.constant(fact('open')),
    arbWindow.map((window) => occurred('test', window)),
    arbWindow.map((window) => noneOccurred('test', window)),
    fc.oneof(
      arbDate(MIN, MAX).map((date) => onOrAfter(date)),
      fc
        .tuple(arbDate(MIN, MAX), fc.constantFrom('P1M', 'P1Y', 'P10D'))
        .map(([anchor, plus]) => onOrAfter({ anchor, plus: parseDuration(plus) })),
    ),
    fc.array(tie('node'), { maxLength: 3 }).map((parts) => all(...parts)),
    fc.array(tie('node'), { maxLength: 3 }).map((parts) => any(...parts)),
    fc
      .tuple(fc.nat({ max: 4 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([count, parts]) => atLeast(count, ...parts)),
    tie('node').map((part) => not(part)),
  ),
})).node;

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  addDays,
  all,
  compareFact,
  daysBetween,
  type Evidence,
  evaluate,
  fact,
  firstMet,
  noneOccurred,
  not,
  occurred,
  onOrAfter,
  type PlainDate,
  parseDuration,
  prepareEvidence,
  ref,
  truthOver,
} from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { arbDatedCondition, arbEvidence, d } from './arbitraries.js';

const FROM = d('2017-01-01');
const TO = d('2022-06-30');

describe('truthOver', () => {
  it('agrees with evaluate on every date checked inside each interval, for random evidence (property)', () => {
    fc.assert(
      fc.property(
        arbDatedCondition,
        arbEvidence,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
        (condition, evidence, picks) => {
          const prepared = prepareEvidence(evidence);
          const intervals = truthOver(condition, prepared, { from: FROM, to: TO });
          // The intervals tile the period, and neighbours differ.
          expect(intervals[0]?.start).toBe(FROM);
          expect(intervals.at(-1)?.end).toBe(TO);
          for (let i = 1; i < intervals.length; i += 1) {
            expect(intervals[i]?.start).toBe(addDays(intervals[i - 1]?.end as PlainDate, 1));
            expect(intervals[i]?.truth).not.toBe(intervals[i - 1]?.truth);
          }
          for (const interval of intervals) {
            const length = daysBetween(interval.start, interval.end);
            const dates = [
              interval.start,
              interval.end,
              ...picks.map((x) => addDays(interval.start, Math.floor(x * length))),
            ];
            for (const at of dates) {
              expect(
                evaluate(condition, prepared, { at, explain: false }).truth,
                `${at} in ${JSON.stringify(interval)}`,
              ).toBe(interval.truth);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with evaluate on every single day of four years, for random evidence (property)', () => {
    // The intervals are built leaf by leaf from the evidence (issue 13: n log n in events); checked here against
    // evaluation day by day, with no day skipped.
    const from = d('2017-05-01');
    const to = d('2021-08-31');
    fc.assert(
      fc.property(arbDatedCondition, arbEvidence, (condition, evidence) => {
        const prepared = prepareEvidence(evidence);
        const byDay: string[] = [];
        for (const interval of truthOver(condition, prepared, { from, to })) {
          for (let at = interval.start; at <= interval.end; at = addDays(at, 1)) byDay.push(interval.truth);
        }
        const expected: string[] = [];
        for (let at = from; at <= to; at = addDays(at, 1))
          expected.push(evaluate(condition, prepared, { at, explain: false }).truth);
        expect(byDay).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reads the evidence in proportion to where truth changes, not events times windows (issue 13)', () => {
    // 2,000 daily events under all of 50 windows: the truth changes twice. Counted: lookups of the event index
    // (each evaluation of a window leaf makes one). Before, every leaf was evaluated on every candidate day of every
    // leaf: about 50 × 2 × 2,000 days × 50 leaves lookups; now a few per leaf.
    const events = Array.from({ length: 2_000 }, (_, i) => ({
      kind: 'e',
      date: addDays(d('2000-01-01'), i),
      source: 's',
    }));
    const prepared = prepareEvidence({
      events,
      coverage: [{ kind: 'e', start: d('1990-01-01'), end: d('2030-01-01') }],
    });
    // The indexes are read-only views over Maps: count the Map lookups of the event kind (events and coverage).
    const get = Map.prototype.get;
    let lookups = 0;
    const spy = vi.spyOn(Map.prototype, 'get').mockImplementation(function (
      this: Map<unknown, unknown>,
      key,
    ) {
      if (key === 'e') lookups += 1;
      return get.call(this, key);
    });
    const windows = all(
      ...Array.from({ length: 50 }, (_, k) => occurred('e', { last: parseDuration(`P${k + 1}D`) })),
    );
    const intervals = truthOver(windows, prepared, { from: d('1999-06-01'), to: d('2010-12-31') });
    expect(intervals.map((i) => [i.start, i.truth])).toEqual([
      ['1999-06-01', 'unmet'],
      ['2000-01-01', 'met'],
      ['2005-06-24', 'unmet'],
    ]);
    spy.mockRestore();
    expect(lookups, `${lookups} lookups`).toBeLessThan(20 * 50); // 350 (events and coverage); 100,151 before
  });

  it('finds the exact end of a relative window after an event, month ends included (property)', () => {
    const durations = ['P1M', 'P12M', 'P1Y', 'P1M1D', 'P3M', 'P30D'].map(parseDuration);
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2016-01-01T00:00:00Z'),
          max: new Date('2020-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...durations),
        (date, last) => {
          const event = d(date.toISOString().slice(0, 10));
          const evidence: Evidence = { events: [{ kind: 'k', date: event, source: 's' }] };
          const intervals = truthOver(occurred('k', { last }), evidence, {
            from: d('2015-01-01'),
            to: d('2023-12-31'),
          });
          const met = intervals.find((i) => i.truth === 'met');
          expect(met?.start).toBe(event);
          const end = met?.end as PlainDate;
          // Checked day by day around the end: met on it, not the day after.
          expect(evaluate(occurred('k', { last }), evidence, { at: end, explain: false }).truth).toBe('met');
          expect(
            evaluate(occurred('k', { last }), evidence, { at: addDays(end, 1), explain: false }).truth,
          ).toBe('unknown');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('splits at observation dates, the day after until, and onOrAfter dates', () => {
    const evidence: Evidence = {
      facts: [
        { fact: 'a', value: 5, from: d('2018-01-01'), until: d('2018-03-31'), source: 's' },
        { fact: 'open', value: true, from: d('2017-06-01'), source: 's' },
      ],
    };
    const condition = all(compareFact('a', 'ge', 3), fact('open'), onOrAfter(d('2018-02-01')));
    expect(truthOver(condition, evidence, { from: FROM, to: d('2018-12-31') })).toEqual([
      { start: '2017-01-01', end: '2018-01-31', truth: 'unmet' },
      { start: '2018-02-01', end: '2018-03-31', truth: 'met' },
      { start: '2018-04-01', end: '2018-12-31', truth: 'unknown' },
    ]);
  });

  it('follows definitions and checks its range', () => {
    const evidence: Evidence = { facts: [{ fact: 'x', value: true, from: d('2018-01-01'), source: 's' }] };
    const definitions = { x: not(fact('x')) };
    expect(truthOver(ref('x'), evidence, { from: FROM, to: d('2018-12-31'), definitions })).toEqual([
      { start: '2017-01-01', end: '2017-12-31', truth: 'unknown' },
      { start: '2018-01-01', end: '2018-12-31', truth: 'unmet' },
    ]);
    expect(codeOf(() => truthOver(fact('x'), evidence, { from: d('2018-01-02'), to: d('2018-01-01') }))).toBe(
      'INVALID_RANGE',
    );
    expect(codeOf(() => truthOver(fact('x'), evidence, { from: 'x' as never, to: d('2018-01-01') }))).toBe(
      'INVALID_DATE',
    );
  });

  it('handles windows near the ends of the calendar', () => {
    const evidence: Evidence = {
      events: [
        { kind: 'k', date: d('0001-01-01'), source: 's' },
        { kind: 'k', date: d('9999-12-31'), source: 's' },
      ],
      coverage: [{ kind: 'k', start: d('0001-01-01'), end: d('9999-12-31') }],
    };
    const intervals = truthOver(noneOccurred('k', { last: parseDuration('P12M') }), evidence, {
      from: d('0001-01-01'),
      to: d('9999-12-31'),
    });
    expect(intervals.map((i) => i.truth)).toEqual(['unmet', 'met', 'unmet']);
    expect(
      evaluate(occurred('k', { last: parseDuration('P1Y') }), evidence, { at: d('0001-06-01') }).truth,
    ).toBe('met');
  });
});

describe('firstMet', () => {
  const evidence: Evidence = {
    events: [{ kind: 'test', date: d('2017-09-03'), source: 'S/PV.8042' }],
    coverage: [{ kind: 'test', start: d('2006-01-01'), end: d('2019-12-31') }],
  };
  const quiet = noneOccurred('test', { last: parseDuration('P12M') });

  it('finds the first day a condition is met, or undefined', () => {
    expect(firstMet(quiet, evidence, { from: d('2017-09-03') })).toBe('2018-09-04');
    expect(firstMet(quiet, evidence, { from: d('2017-01-01') })).toBe('2017-01-01');
    expect(firstMet(quiet, evidence, { from: d('2017-09-03'), to: d('2018-09-03') })).toBeUndefined();
    expect(firstMet(fact('never'), evidence, { from: d('2017-09-03') })).toBeUndefined();
    expect(codeOf(() => firstMet(quiet, evidence, { from: d('2018-01-01'), to: d('2017-01-01') }))).toBe(
      'INVALID_RANGE',
    );
  });
});

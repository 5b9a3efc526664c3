// regimeCalendar's rules at their edges: a term cut to one day, a termination the day after a term ran out, a
// renewal adopted on the last day of a term it does not continue, an end no change set, renewals of open terms,
// events of one day sorted by id, and each refusal in words.
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, RegimeSchema, regimeCalendar } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { type RegimeInput, resolution } from './fixtures.js';

const measure = (id: string, start: string, end?: string, paragraph = '1') => ({
  kind: 'travel-ban' as const,
  id,
  summary: `Measure ${id}`,
  citations: [{ resolution: 100, paragraph }],
  effective: end === undefined ? { start } : { start, end },
  confidence: 'unconfirmed' as const,
});
const change = (target: string, type: 'terminate' | 'extend', effective: string, until?: string) => ({
  paragraph: '1',
  target,
  type,
  effective,
  ...(until === undefined ? {} : { until }),
  summary: `${type} ${target}`,
  confidence: 'confirmed' as const,
});

const input: RegimeInput = {
  id: 'rules',
  title: 'Rules',
  target: 'XXA',
  committee: 'none',
  foundingResolution: 100,
  resolutions: [
    resolution(100, '2010-01-10', {
      // Declared out of id order: the calendar sorts them.
      measures: [
        measure('y.gap', '2010-01-10', '2011-01-09', '5'),
        measure('y.b', '2010-01-10', '2011-01-09', '4'),
        measure('y.a', '2010-01-10', '2011-01-09', '3'),
        measure('y.one-day', '2010-06-01'),
        measure('y.ran-out', '2010-01-10', '2010-12-31'),
        measure('y.open', '2010-01-10'),
      ],
    }),
    resolution(150, '2010-05-31', { changes: [change('y.one-day', 'terminate', '2010-06-02')] }),
    resolution(200, '2010-12-15', { changes: [change('y.ran-out', 'terminate', '2011-01-01')] }),
    resolution(300, '2011-01-09', {
      changes: [
        change('y.gap', 'extend', '2011-01-20', '2012-01-19'),
        change('y.open', 'extend', '2011-01-09'),
      ],
    }),
  ],
};
const regime = RegimeSchema.parse(input);
const brief = (events: readonly CalendarEvent[]) =>
  events.map((e) => `${e.date} ${e.kind} ${e.id} res. ${e.resolution}`);

describe('regimeCalendar at the edges of its rules', () => {
  it('dates each end by the rule that set it, in date, id and kind order', () => {
    expect(brief(regimeCalendar(regime, { from: '2010-01-01', to: '2012-12-31' }))).toEqual([
      // Terminated from the day after it started: a term of one day, ended.
      '2010-06-01 measure-ends y.one-day res. 150',
      // Terminated from the day after its term ran out: the term lapsed, nothing was cut.
      '2010-12-31 measure-lapses-unless-renewed y.ran-out res. 100',
      // Ends no change set, under the measure's own paragraph, sorted by id.
      '2011-01-09 measure-lapses-unless-renewed y.a res. 100',
      '2011-01-09 measure-lapses-unless-renewed y.b res. 100',
      // Renewed on its last day from a later day: a new term after a gap; the renewal comes before the end.
      '2011-01-09 measure-renewed y.gap res. 300',
      '2011-01-09 measure-ends y.gap res. 100',
      '2011-01-09 measure-renewed y.open res. 300',
      '2012-01-19 measure-lapses-unless-renewed y.gap res. 300',
    ]);
  });

  it('cites the measure’s own paragraph and confidence for an end no change set', () => {
    const [a] = regimeCalendar(regime, { from: '2011-01-09', to: '2011-01-09' });
    expect(a).toEqual({
      date: '2011-01-09',
      kind: 'measure-lapses-unless-renewed',
      id: 'y.a',
      resolution: 100,
      citation: { resolution: 100, paragraph: '3' },
      summary: 'Lapses after 2011-01-09 unless the Council renews it.',
      confidence: 'unconfirmed',
      unlessRenewed: true,
    });
    const gapEnd = regimeCalendar(regime, { from: '2011-01-09', to: '2011-01-09' }).find(
      (e) => e.kind === 'measure-ends',
    );
    expect(gapEnd?.summary).toBe('Its term ended on 2011-01-09; it was renewed only later, after a gap.');
    expect(gapEnd?.citation).toEqual({ resolution: 100, paragraph: '5' });
  });

  it('gives a renewal the ends it knows and no key for the ones it does not', () => {
    const renewals = regimeCalendar(regime, { from: '2011-01-09', to: '2011-01-09' }).filter(
      (e) => e.kind === 'measure-renewed',
    );
    expect(renewals.map((e) => [e.id, Object.keys(e).sort()])).toEqual([
      [
        'y.gap',
        ['citation', 'confidence', 'date', 'id', 'kind', 'newEnd', 'previousEnd', 'resolution', 'summary'],
      ],
      ['y.open', ['citation', 'confidence', 'date', 'id', 'kind', 'resolution', 'summary']],
    ]);
    expect(renewals[0]).toMatchObject({ previousEnd: '2011-01-09', newEnd: '2012-01-19' });
  });
});

describe('regimeCalendar refuses in words', () => {
  const refusal = (options: unknown) => {
    const error = errorOf(() => regimeCalendar(regime, options as never));
    return [error.code, error.message, { ...error.details }];
  };

  it('options that are not an object, or a range that ends before it starts', () => {
    expect(refusal('soon')).toEqual([
      'INVALID_INPUT',
      'regimeCalendar(regime, options): the options are an object { from, to } (YYYY-MM-DD, inclusive), got "soon".',
      { argument: 'regimeCalendar(options)', value: '"soon"' },
    ]);
    expect(refusal({ from: '2012-01-02', to: '2012-01-01' })).toEqual([
      'INVALID_RANGE',
      'regimeCalendar(regime, options): the range 2012-01-02 to 2012-01-01 ends before it starts: swap the dates or check them.',
      { argument: 'regimeCalendar(options)', start: '2012-01-02', end: '2012-01-01' },
    ]);
  });

  it('a bad date, named by its option', () => {
    expect(refusal({ from: '2012-02-30', to: '2012-03-01' })).toEqual([
      'INVALID_DATE',
      '"from" must be a calendar date as YYYY-MM-DD, e.g. "2018-09-27".',
      { from: '2012-02-30' },
    ]);
    expect(refusal({ from: '2012-01-01' })).toEqual([
      'INVALID_DATE',
      '"to" must be a calendar date as YYYY-MM-DD, e.g. "2018-09-27".',
      { to: 'undefined' },
    ]);
  });
});

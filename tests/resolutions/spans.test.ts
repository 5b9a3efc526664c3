// How changes shape the days a measure is in force, read through measuresInForce's since and until: extensions that
// continue a measure or revive it after a lapse, suspensions that cut its run, terminations.
import { describe, expect, it } from 'vitest';
import { measuresInForce, parseDate, RegimeSchema, regimeChanges } from '../../src/index.js';
import { resolution } from './fixtures.js';

const d = parseDate;

/** A regime with one travel ban (2010-01-10 to 2012-01-01) and the given changes, adopted on 2010-06-01. */
type ChangeFields = { type: 'extend' | 'suspend' | 'terminate'; effective: string; until?: string };

function regimeWith(changes: readonly ChangeFields[]) {
  return RegimeSchema.parse({
    id: 'spans',
    title: 'Spans',
    target: 'XXA',
    committee: 'Committee',
    foundingResolution: 100,
    resolutions: [
      resolution(100, '2010-01-10', {
        measures: [
          {
            kind: 'travel-ban',
            id: 't',
            summary: 'Travel ban',
            citations: [{ resolution: 100, paragraph: '1' }],
            effective: { start: '2010-01-10', end: '2012-01-01' },
            confidence: 'confirmed',
          },
        ],
      }),
      resolution(200, '2010-06-01', {
        changes: changes.map((c, i) => ({
          paragraph: String(i + 1),
          target: 't',
          summary: 'change',
          confidence: 'confirmed',
          ...c,
        })),
      }),
    ],
  });
}

/** `since..until` of the ban on a day, or 'not in force'. */
function run(regime: ReturnType<typeof regimeWith>, on: string): string {
  const entry = measuresInForce(regime, d(on)).find((m) => m.measure.id === 't');
  return entry === undefined ? 'not in force' : `${entry.since}..${entry.until ?? ''}`;
}

describe('extensions', () => {
  it('an extension before the end continues the same run', () => {
    const regime = regimeWith([{ type: 'extend', effective: '2011-12-15', until: '2013-06-30' }]);
    expect(run(regime, '2011-06-01')).toBe('2010-01-10..2013-06-30');
    expect(run(regime, '2013-06-30')).toBe('2010-01-10..2013-06-30');
    expect(run(regime, '2013-07-01')).toBe('not in force');
  });

  it('an extension from the day after the end continues the run too', () => {
    const regime = regimeWith([{ type: 'extend', effective: '2012-01-02', until: '2013-06-30' }]);
    expect(run(regime, '2012-01-02')).toBe('2010-01-10..2013-06-30');
  });

  it('an extension after a gap starts a new run', () => {
    const regime = regimeWith([{ type: 'extend', effective: '2012-01-03', until: '2013-06-30' }]);
    expect(run(regime, '2012-01-01')).toBe('2010-01-10..2012-01-01');
    expect(run(regime, '2012-01-02')).toBe('not in force');
    expect(run(regime, '2012-01-03')).toBe('2012-01-03..2013-06-30');
  });

  it('an open-ended extension has no end', () => {
    const regime = regimeWith([{ type: 'extend', effective: '2011-12-15' }]);
    expect(run(regime, '2030-01-01')).toBe('2010-01-10..');
  });
});

describe('suspensions and terminations', () => {
  it('a suspension cuts the run before it and starts it again the day after', () => {
    const regime = regimeWith([{ type: 'suspend', effective: '2011-03-01', until: '2011-05-31' }]);
    expect(run(regime, '2011-02-28')).toBe('2010-01-10..2011-02-28');
    expect(run(regime, '2011-03-01')).toBe('not in force');
    expect(run(regime, '2011-05-31')).toBe('not in force');
    expect(run(regime, '2011-06-01')).toBe('2011-06-01..2012-01-01');
  });

  it('two suspensions: the run between them is bounded by both', () => {
    const regime = regimeWith([
      { type: 'suspend', effective: '2011-09-01', until: '2011-09-30' },
      { type: 'suspend', effective: '2011-03-01', until: '2011-05-31' },
    ]);
    expect(run(regime, '2011-07-01')).toBe('2011-06-01..2011-08-31');
    expect(run(regime, '2011-10-01')).toBe('2011-10-01..2012-01-01');
  });

  it('a suspension starting the day after the run leaves the run as it is', () => {
    const regime = regimeWith([{ type: 'suspend', effective: '2012-01-02', until: '2012-02-01' }]);
    expect(run(regime, '2011-12-01')).toBe('2010-01-10..2012-01-01');
  });

  it('a termination ends the run the day before it takes effect', () => {
    const regime = regimeWith([{ type: 'terminate', effective: '2011-07-01' }]);
    expect(run(regime, '2011-06-30')).toBe('2010-01-10..2011-06-30');
    expect(run(regime, '2011-07-01')).toBe('not in force');
  });
});

describe('regimeChanges around these runs', () => {
  it('a termination cuts the run without an expiry; a lapse is an expiry the day after, in words', () => {
    const terminated = regimeWith([{ type: 'terminate', effective: '2011-07-01' }]);
    expect(regimeChanges(terminated).map((e) => `${e.date} ${e.type}`)).toEqual([
      '2010-01-10 created',
      '2011-07-01 terminate',
    ]);
    const lapsing = regimeWith([]);
    const events = regimeChanges(lapsing);
    expect(events.map((e) => [e.date, e.type, e.summary, e.resolution, e.adopted])).toEqual([
      ['2010-01-10', 'created', 'Travel ban', 100, '2010-01-10'],
      ['2012-01-02', 'expired', 'Travel ban (lapses after 2012-01-01)', 100, '2010-01-10'],
    ]);
    expect(events.every((e) => !('replacement' in e))).toBe(true);
  });

  it('lists the events of one day in the order they arise: creation, then changes', () => {
    const sameDay = regimeWith([{ type: 'suspend', effective: '2010-01-10', until: '2010-02-01' }]);
    expect(regimeChanges(sameDay).map((e) => `${e.date} ${e.type}`)).toEqual([
      '2010-01-10 created',
      '2010-01-10 suspend',
      '2012-01-02 expired',
    ]);
    expect(regimeChanges(sameDay, { from: d('2010-01-10'), to: d('2010-01-10') })).toHaveLength(2);
    expect(regimeChanges(sameDay, { from: d('2010-01-11') }).map((e) => e.type)).toEqual(['expired']);
    expect(regimeChanges(sameDay, { to: d('2012-01-01') }).map((e) => e.type)).toEqual([
      'created',
      'suspend',
    ]);
  });
});

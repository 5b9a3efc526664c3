// prepareEvidence: what it refuses and how it says so, and how it orders and merges what it accepts.
import { describe, expect, it } from 'vitest';
import { type Evidence, parseDate, prepareEvidence } from '../../src/index.js';
import { errorOf } from '../helpers.js';

const d = parseDate;
const fact = { fact: 'a', value: true, from: d('2018-01-01'), source: 's' };

describe('malformed evidence, in words', () => {
  it.each([
    ['evidence that is not an object', null, 'INVALID_INPUT', 'evidence', 'expected an object, got null'],
    [
      'facts that are not a list',
      { facts: {} },
      'INVALID_INPUT',
      'evidence.facts',
      'expected an array, got a value of type object',
    ],
    [
      'a fact that is not an object',
      { facts: [fact, 'a'] },
      'INVALID_INPUT',
      'evidence.facts.1',
      'expected an object, got "a"',
    ],
    [
      'a fact with an empty id',
      { facts: [{ ...fact, fact: '' }] },
      'INVALID_INPUT',
      'evidence.facts.0.fact',
      'expected a non-empty string, got ""',
    ],
    [
      'a fact without a source',
      { facts: [{ ...fact, source: undefined }] },
      'INVALID_INPUT',
      'evidence.facts.0.source',
      'expected a non-empty string, got undefined',
    ],
    [
      'a fact from an impossible date',
      { facts: [{ ...fact, from: '2018-02-30' }] },
      'INVALID_DATE',
      'evidence.facts.0.from',
      'expected a calendar date as YYYY-MM-DD, got "2018-02-30"',
    ],
    [
      'a fact until an impossible date',
      { facts: [{ ...fact, until: '2018-13-01' }] },
      'INVALID_DATE',
      'evidence.facts.0.until',
      'expected a calendar date as YYYY-MM-DD, got "2018-13-01"',
    ],
    [
      'a fact whose value is null',
      { facts: [{ ...fact, value: null }] },
      'INVALID_INPUT',
      'evidence.facts.0.value',
      'expected a finite number, a string, a boolean, { date } or a Quantity, got null',
    ],
    [
      // EvidenceSchema refuses it (a date value is exactly { date }); the raw path once took the date and dropped the rest.
      'a fact whose date value has another key',
      { facts: [{ ...fact, value: { date: '2018-01-01', note: 'approximate' } }] },
      'INVALID_INPUT',
      'evidence.facts.0.value.note',
      'unknown key "note": a date value takes only "date"',
    ],
    [
      'an event without a kind',
      { events: [{ date: '2018-01-01', source: 's' }] },
      'INVALID_INPUT',
      'evidence.events.0.kind',
      'expected a non-empty string, got undefined',
    ],
    [
      'an event on an impossible date',
      { events: [{ kind: 'k', date: '2018-02-29', source: 's' }] },
      'INVALID_DATE',
      'evidence.events.0.date',
      'expected a calendar date as YYYY-MM-DD, got "2018-02-29"',
    ],
    [
      'coverage without an end',
      { coverage: [{ kind: 'k', start: '2018-01-01' }] },
      'INVALID_DATE',
      'evidence.coverage.0.end',
      'expected a calendar date as YYYY-MM-DD, got undefined',
    ],
  ] as const)('%s', (_name, evidence, code, where, problem) => {
    const e = errorOf(() => prepareEvidence(evidence as unknown as Evidence));
    expect(e.code).toBe(code);
    expect(e.message).toBe(
      `Invalid evidence at ${where}: ${problem}. Parse untrusted JSON with EvidenceSchema first.`,
    );
    expect(e.details).toEqual({ path: where === 'evidence' ? '' : where.slice('evidence.'.length) });
  });

  it.each([
    [
      'a fact that ends before it starts',
      { facts: [{ ...fact, until: d('2017-12-31') }] },
      'facts.0',
      'until',
      '2018-01-01',
      '2017-12-31',
    ],
    [
      'coverage that ends before it starts',
      { coverage: [{ kind: 'k', start: d('2018-01-02'), end: d('2018-01-01') }] },
      'coverage.0',
      'end',
      '2018-01-02',
      '2018-01-01',
    ],
  ] as const)('%s gives INVALID_RANGE with both dates', (_name, evidence, path, key, start, end) => {
    const e = errorOf(() => prepareEvidence(evidence as Evidence));
    expect(e.code).toBe('INVALID_RANGE');
    expect(e.message).toBe(
      `Invalid evidence at evidence.${path}.${key}: ${end} is before ${start}; swap or check the dates.`,
    );
    expect(e.details).toEqual({ path, start, end });
  });

  it('accepts a fact that ends the day it starts', () => {
    expect(prepareEvidence({ facts: [{ ...fact, until: d('2018-01-01') }] }).facts.get('a')).toHaveLength(1);
  });
});

describe('what prepared evidence holds', () => {
  it('orders observations of a fact by date, keeping the listed order on one date', () => {
    const prepared = prepareEvidence({
      facts: [
        { ...fact, from: d('2018-03-01'), source: 'third' },
        { ...fact, from: d('2018-01-01'), source: 'first' },
        { ...fact, from: d('2018-02-01'), source: 'second-a' },
        { ...fact, from: d('2018-02-01'), source: 'second-b' },
      ],
    });
    expect(prepared.facts.get('a')?.map((o) => o.observation.source)).toEqual([
      'first',
      'second-a',
      'second-b',
      'third',
    ]);
  });

  it('orders events of a kind by date, then by source', () => {
    const event = (date: string, source: string) => ({ kind: 'k', date: d(date), source });
    const prepared = prepareEvidence({
      events: [
        event('2018-02-01', 'b'),
        event('2018-02-01', 'a'),
        event('2018-01-01', 'z'),
        event('2018-03-01', 'a'),
      ],
    });
    expect(prepared.events.get('k')?.map((e) => `${e.date} ${e.source}`)).toEqual([
      '2018-01-01 z',
      '2018-02-01 a',
      '2018-02-01 b',
      '2018-03-01 a',
    ]);
  });

  it('merges overlapping and adjacent coverage, keeps gaps, and keeps the later end of a contained range', () => {
    const range = (start: string, end: string) => ({ kind: 'k', start: d(start), end: d(end) });
    const prepared = prepareEvidence({
      coverage: [
        range('2019-01-01', '2019-06-30'),
        range('2018-01-01', '2018-12-31'),
        range('2018-03-01', '2018-04-01'),
        range('2019-06-30', '2019-07-31'),
        range('2019-08-02', '2019-09-30'),
        range('2019-10-01', '9999-12-31'),
        range('2020-01-01', '2020-01-31'),
      ],
    });
    expect(prepared.coverage.get('k')?.map((c) => `${c.start}..${c.end}`)).toEqual([
      '2018-01-01..2019-07-31',
      '2019-08-02..9999-12-31',
    ]);
  });

  it('returns prepared evidence as it is', () => {
    const prepared = prepareEvidence({ facts: [fact] });
    expect(prepareEvidence(prepared)).toBe(prepared);
  });
});

describe('evidence prepared by another copy of the library (the other build of the dual package)', () => {
  const evidence: Evidence = {
    facts: [fact, { ...fact, value: false, from: d('2019-01-01') }],
    events: [{ kind: 'test', date: d('2018-06-01'), source: 's' }],
    coverage: [{ kind: 'test', start: d('2018-01-01'), end: d('2018-12-31') }],
  };
  /** What the other copy hands over: its own layout, and the shared brand giving back the plain form. */
  const foreign = (plain: unknown) =>
    Object.freeze({
      facts: new Map(),
      events: new Map(),
      coverage: new Map(),
      [Symbol.for('sanctions-regime.prepared-evidence')]: () => plain,
    });

  it('is indexed again from its plain form, giving what this copy prepares', () => {
    const mine = prepareEvidence(evidence);
    const theirs = prepareEvidence(foreign(evidence) as unknown as Evidence);
    expect(theirs).not.toBe(mine);
    expect(theirs).toEqual(mine);
  });

  it('hands its own plain form to another copy', () => {
    const brand = (prepareEvidence(evidence) as unknown as Record<symbol, () => Evidence>)[
      Symbol.for('sanctions-regime.prepared-evidence')
    ];
    const plain = brand?.();
    expect(plain?.facts?.map((o) => o.from)).toEqual(['2018-01-01', '2019-01-01']);
    expect(prepareEvidence(plain as Evidence)).toEqual(prepareEvidence(evidence));
  });

  it('is checked like any evidence', () => {
    const error = errorOf(() => prepareEvidence(foreign({ facts: [{ fact: '' }] }) as unknown as Evidence));
    expect(error.message).toContain('evidence.facts.0.fact');
    expect(errorOf(() => prepareEvidence(foreign(7) as unknown as Evidence)).message).toContain(
      'expected an object, got 7',
    );
  });

  it('without the brand (an older copy), gets a message that says what it is', () => {
    const older = { facts: new Map(), events: new Map(), coverage: new Map() };
    expect(errorOf(() => prepareEvidence(older as unknown as Evidence)).message).toContain(
      'prepared by another copy of sanctions-regime',
    );
  });
});

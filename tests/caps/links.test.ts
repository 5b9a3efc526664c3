// Aggregates that supersede entries (issue 12, correction 4) and links that close a cycle (issue 13, item 2).
import { describe, expect, it } from 'vitest';
import {
  accumulate,
  type CapReport,
  capReport,
  compareBases,
  createCapAccumulator,
  finishCapReport,
  type LedgerEntryInput,
  mergeAccumulators,
  parseDate,
} from '../../src/index.js';
import { cap, delivery } from './fixtures.js';

const total = (r: CapReport, p = 0) => r.periods[p]?.dimensions[0]?.total.amount.toFixed();
const counted = (r: CapReport) => r.periods.map((p) => p.counted);
const superseded = (r: CapReport) => r.superseded.map((s) => `${s.entryId}<${s.kind}:${s.by}`);
const issues = (r: CapReport) => r.issues.map((i) => `${i.entryId}:${i.code}: ${i.message}`);

function retraction(id: string, target: string, extra: Partial<LedgerEntryInput> = {}): LedgerEntryInput {
  const { quantity: _q, ...rest } = delivery('1', '2018-03-01', { id, retracts: target, ...extra });
  return rest as LedgerEntryInput;
}

const months = [
  delivery('5', '2018-01-31', { id: 'jan', delivered: '2018-01-01', deliveredThrough: '2018-01-31' }),
  delivery('6', '2018-02-28', { id: 'feb', delivered: '2018-02-01', deliveredThrough: '2018-02-28' }),
  delivery('7', '2018-03-31', { id: 'mar', delivered: '2018-03-01', deliveredThrough: '2018-03-31' }),
];
const annual = delivery('20', '2018-01-01', {
  id: 'year',
  deliveredThrough: '2018-12-31',
  reported: '2019-02-21',
  supersedes: ['jan', 'feb', 'mar'],
});

describe('an aggregate that supersedes entries', () => {
  it('counts the aggregate instead of the entries it names, and lists them as superseded', () => {
    const report = capReport(cap, [...months, annual]);
    expect(total(report)).toBe('20');
    expect(counted(report)).toEqual([1]);
    expect(superseded(report)).toEqual(['feb<superseded:year', 'jan<superseded:year', 'mar<superseded:year']);
    expect(report.issues).toEqual([]);
  });

  it('does not supersede before the aggregate is known (asOf)', () => {
    const report = capReport(cap, [...months, annual], { asOf: parseDate('2019-01-31') });
    expect(total(report)).toBe('18');
    expect(report.superseded).toEqual([]);
    expect(report.notCounted.map((n) => `${n.entryId}:${n.reason}`)).toEqual(['year:reported-after-as-of']);
  });

  it('gives the same report in compareBases and in the accumulator, split and merged either way', () => {
    const ledger = [...months, annual];
    const whole = JSON.stringify(capReport(cap, ledger));
    expect(JSON.stringify(compareBases(cap, ledger).reported)).toBe(whole);
    const a = accumulate(createCapAccumulator(cap), [annual, months[1] as LedgerEntryInput]);
    const b = accumulate(createCapAccumulator(cap), [
      months[2] as LedgerEntryInput,
      months[0] as LedgerEntryInput,
    ]);
    expect(JSON.stringify(finishCapReport(mergeAccumulators(a, b)))).toBe(whole);
    expect(JSON.stringify(finishCapReport(mergeAccumulators(b, a)))).toBe(whole);
  });

  it('keeps a superseded entry superseded when it is corrected later, and its correction with it', () => {
    const fix = delivery('9', '2018-02-28', { id: 'feb-fix', corrects: 'feb', reported: '2019-06-01' });
    const report = capReport(cap, [...months, annual, fix]);
    expect(total(report)).toBe('20');
    expect(superseded(report)).toEqual([
      'feb<superseded:year',
      'feb-fix<superseded:year',
      'jan<superseded:year',
      'mar<superseded:year',
    ]);
  });

  it('supersedes every version of a delivery it names, also the entry a named correction replaced', () => {
    const fix = delivery('9', '2018-02-28', { id: 'feb-fix', corrects: 'feb' });
    const year = { ...annual, supersedes: ['feb-fix'] };
    const report = capReport(cap, [months[1] as LedgerEntryInput, fix, year]);
    expect(total(report)).toBe('20');
    expect(superseded(report)).toEqual(['feb<superseded:year', 'feb-fix<superseded:year']);
  });

  it('lets a correction of the aggregate replace the aggregate, and its supersessions hold', () => {
    const fix = delivery('21', '2018-01-01', {
      id: 'year-fix',
      deliveredThrough: '2018-12-31',
      corrects: 'year',
    });
    const report = capReport(cap, [...months, annual, fix]);
    expect(total(report)).toBe('21');
    expect(superseded(report)).toEqual([
      'feb<superseded:year',
      'jan<superseded:year',
      'mar<superseded:year',
      'year<corrected:year-fix',
    ]);
  });

  it('gives the entries back when the aggregate is retracted', () => {
    const report = capReport(cap, [...months, annual, retraction('undo', 'year')]);
    expect(total(report)).toBe('18');
    expect(superseded(report)).toEqual(['year<retracted:undo']);
    expect(report.notCounted.map((n) => `${n.entryId}:${n.reason}`)).toEqual(['undo:retraction']);
  });

  it('supersedes a retraction of a named entry too: the aggregate counts instead', () => {
    const report = capReport(cap, [...months, annual, retraction('undo', 'feb')]);
    expect(total(report)).toBe('20');
    expect(report.notCounted).toEqual([]);
    expect(superseded(report)).toContain('undo<superseded:year');
  });

  it('lets an aggregate supersede aggregates', () => {
    const q1 = delivery('18', '2018-01-01', {
      id: 'q1',
      deliveredThrough: '2018-03-31',
      supersedes: ['jan', 'feb', 'mar'],
    });
    const year = { ...annual, supersedes: ['q1'] };
    const report = capReport(cap, [...months, q1, year]);
    expect(total(report)).toBe('20');
    expect(superseded(report)).toEqual([
      'feb<superseded:q1',
      'jan<superseded:q1',
      'mar<superseded:q1',
      'q1<superseded:year',
    ]);
  });

  it('names an overlap of two aggregates, keeps the later as superseding, and counts both', () => {
    const h1 = delivery('15', '2018-01-01', {
      id: 'h1',
      deliveredThrough: '2018-06-30',
      reported: '2018-08-01',
      supersedes: ['jan', 'feb'],
    });
    const report = capReport(cap, [...months, h1, annual]);
    expect(total(report)).toBe('35');
    expect(superseded(report)).toEqual(['feb<superseded:year', 'jan<superseded:year', 'mar<superseded:year']);
    expect(issues(report)).toEqual([
      'h1:MULTIPLE_SUPERSESSIONS: h1 and year both supersede feb; year, the later one, is named as superseding it, and both are counted: check that they do not overlap.',
      'h1:MULTIPLE_SUPERSESSIONS: h1 and year both supersede jan; year, the later one, is named as superseding it, and both are counted: check that they do not overlap.',
    ]);
  });

  it('reports unknown and cross-basis targets by name, and counts what they name', () => {
    const claim = delivery('3', '2018-04-02', { id: 'claim', basis: 'alleged' });
    const year = { ...annual, supersedes: ['jan', 'ghost', 'claim'] };
    const report = capReport(cap, [...months, claim, year], { basis: ['reported', 'alleged'] });
    expect(total(report)).toBe('36');
    expect(superseded(report)).toEqual(['jan<superseded:year']);
    expect(issues(report)).toEqual([
      'year:BASIS_MISMATCH: year (reported) cannot supersede claim (alleged); claim is counted as it stands.',
      'year:UNKNOWN_SUPERSEDED_TARGET: year supersedes ghost, which is not in the ledger; nothing else is superseded in its place.',
    ]);
  });
});

describe('links that close a cycle', () => {
  it('keeps an entry that corrects itself counted, and names it', () => {
    const report = capReport(cap, [delivery('10', '2018-03-01', { id: 'a', corrects: 'a' })]);
    expect(total(report)).toBe('10');
    expect(report.superseded).toEqual([]);
    expect(issues(report)).toEqual([
      'a:CORRECTION_CYCLE: a corrects itself; the link is ignored and the entry stands as it is.',
    ]);
  });

  it('keeps two entries that correct each other counted, and names both', () => {
    const report = capReport(cap, [
      delivery('10', '2018-03-01', { id: 'a', corrects: 'b' }),
      delivery('12', '2018-03-02', { id: 'b', corrects: 'a' }),
    ]);
    expect(total(report)).toBe('22');
    expect(issues(report)).toEqual([
      'a:CORRECTION_CYCLE: a is in a cycle of corrections, retractions or supersessions with b; the links within the cycle are ignored and each entry stands as it is.',
      'b:CORRECTION_CYCLE: b is in a cycle of corrections, retractions or supersessions with a; the links within the cycle are ignored and each entry stands as it is.',
    ]);
  });

  it('lets a valid correction from outside a cycle replace an entry in it', () => {
    const report = capReport(cap, [
      delivery('10', '2018-03-01', { id: 'a', corrects: 'c' }),
      delivery('11', '2018-03-01', { id: 'b', corrects: 'a' }),
      delivery('12', '2018-03-01', { id: 'c', corrects: 'b' }),
      delivery('4', '2018-03-01', { id: 'd', corrects: 'a' }),
    ]);
    expect(total(report)).toBe('27');
    expect(superseded(report)).toEqual(['a<corrected:d']);
    expect(report.issues.map((i) => `${i.entryId}:${i.code}`)).toEqual([
      'a:CORRECTION_CYCLE',
      'b:CORRECTION_CYCLE',
      'c:CORRECTION_CYCLE',
    ]);
  });

  it('ignores an aggregate that supersedes itself, and a retraction that retracts itself', () => {
    const report = capReport(cap, [
      ...months,
      { ...annual, supersedes: ['year', 'jan'] },
      retraction('undo', 'undo'),
    ]);
    expect(total(report)).toBe('33');
    expect(superseded(report)).toEqual(['jan<superseded:year']);
    expect(issues(report)).toEqual([
      'undo:CORRECTION_CYCLE: undo retracts itself; the link is ignored and the entry stands as it is.',
      'year:CORRECTION_CYCLE: year supersedes itself; the link is ignored and the entry stands as it is.',
    ]);
    expect(report.notCounted.map((n) => `${n.entryId}:${n.reason}`)).toEqual(['undo:retraction']);
  });
});

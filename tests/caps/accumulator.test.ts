// The accumulator's contracts that the report tests do not reach: what merges, what it counts, which options and
// caps it refuses, and the words of its errors.
import { describe, expect, it } from 'vitest';
import {
  accumulate,
  type CapAccumulator,
  compareBases,
  createCapAccumulator,
  finishCapReport,
  mergeAccumulators,
  parseDate,
  type QuantityCap,
} from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';
import { cap, delivery, dualCap } from './fixtures.js';

const entries = [delivery('10', '2018-02-01'), delivery('20', '2018-03-01'), delivery('30', '2018-04-01')];

describe('mergeAccumulators', () => {
  const cases: readonly { name: string; other: CapAccumulator; swap?: boolean }[] = [
    { name: 'another cap', other: createCapAccumulator(dualCap) },
    { name: 'another asOf', other: createCapAccumulator(cap, { asOf: parseDate('2018-06-30') }) },
    {
      name: 'no asOf against one',
      other: createCapAccumulator(cap, { asOf: parseDate('2018-06-30') }),
      swap: true,
    },
    { name: 'another basis', other: createCapAccumulator(cap, { basis: ['alleged'] }) },
    { name: 'a wider basis', other: createCapAccumulator(cap, { basis: ['reported', 'alleged'] }) },
  ];
  it.each(cases)('refuses to merge accumulators with $name, naming both caps', ({ other, swap = false }) => {
    const mine = createCapAccumulator(cap);
    const e = errorOf(() => (swap ? mergeAccumulators(other, mine) : mergeAccumulators(mine, other)));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('Only accumulators of the same cap with the same asOf and basis can be merged.');
    expect(e.details).toEqual({ caps: swap ? [other.cap, cap.id] : [cap.id, other.cap] });
  });

  it('merges accumulators whose basis lists name the same bases in another order, or twice', () => {
    const a = createCapAccumulator(cap, { basis: ['alleged', 'reported'] });
    const b = createCapAccumulator(cap, { basis: ['reported', 'alleged', 'reported'] });
    const merged = mergeAccumulators(accumulate(a, entries.slice(0, 1)), accumulate(b, entries.slice(1)));
    expect(merged.entries).toBe(3);
    expect(finishCapReport(merged).basis).toEqual(['alleged', 'reported']);
  });

  it('counts the entries of each chunk, and of both sides', () => {
    const a = accumulate(accumulate(createCapAccumulator(cap), entries.slice(0, 2)), entries.slice(2));
    expect(a.entries).toBe(3);
    expect(a.cap).toBe(cap.id);
    expect(mergeAccumulators(a, a).entries).toBe(6);
  });
});

describe('accumulate', () => {
  it('takes one entry that is not in a list', () => {
    const acc = accumulate(createCapAccumulator(cap), delivery('10', '2018-02-01'));
    expect(acc.entries).toBe(1);
    expect(finishCapReport(acc).periods[0]?.dimensions.map((d) => d.total.amount.toFixed())).toEqual(['10']);
  });

  it('refuses null as an entry with the schema error', () => {
    expect(() => accumulate(createCapAccumulator(cap), null as never)).toThrow(/expected object/);
  });
});

describe('cap report options', () => {
  it.each([
    ['null', null],
    ['a string', 'reported'],
  ] as const)('refuses options that are %s', (_name, options) => {
    const e = errorOf(() => createCapAccumulator(cap, options as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('The options of a cap report are an object: { asOf, basis }.');
  });

  it('refuses an impossible asOf with INVALID_DATE', () => {
    const e = errorOf(() => createCapAccumulator(cap, { asOf: '2018-02-30' as never }));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe('"asOf" must be a calendar date as YYYY-MM-DD.');
  });

  it.each([
    ['empty', []],
    ['with one unknown basis among known ones', ['reported', 'rumoured']],
    ['a string', 'reported'],
  ] as const)('refuses a basis list that is %s', (_name, basis) => {
    const e = errorOf(() => createCapAccumulator(cap, { basis: basis as never }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('"basis" must be a non-empty array of "reported", "alleged" and "estimated".');
  });
});

describe('a broken cap gives INVALID_INPUT with what to do', () => {
  const broken: readonly (readonly [string, unknown])[] = [
    ['a cap of another kind', { ...cap, kind: 'ban' }],
    ['a cap whose id is a number', { ...cap, id: 7 }],
    [
      'a valid limit next to a plain object',
      { ...cap, limits: [...cap.limits, { amount: '1', unit: 'barrel' }] },
    ],
    ['no limits', { ...cap, limits: [] }],
    ['an impossible end of effect', { ...cap, effective: { start: '2018-01-01', end: '2018-02-30' } }],
    ['a recurring period without an anchor', { ...cap, period: { kind: 'recurring', every: 'P12M' } }],
    ['a recurring period without a length', { ...cap, period: { kind: 'recurring', anchor: '2018-01-01' } }],
    ['a window without an end', { ...cap, period: { kind: 'window', start: '2018-01-01' } }],
    ['a window without a start', { ...cap, period: { kind: 'window', end: '2018-12-31' } }],
    [
      'a period of an unknown kind',
      { ...cap, period: { kind: 'weekly', start: '2018-01-01', end: '2018-12-31' } },
    ],
  ];
  it.each(broken)('%s', (_name, capMeasure) => {
    const e = errorOf(() => createCapAccumulator(capMeasure as QuantityCap));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('parse it with MeasureSchema');
  });

  it('accepts a window period with both ends', () => {
    const windowCap = {
      ...cap,
      period: { kind: 'window', start: '2018-01-01', end: '2018-12-31' },
    } as QuantityCap;
    expect(createCapAccumulator(windowCap).entries).toBe(0);
  });

  it('refuses what is not an accumulator, with what to pass', () => {
    const e = errorOf(() => finishCapReport({ cap: cap.id, entries: 0 } as unknown as CapAccumulator));
    expect(e.message).toBe(
      'Expected a cap accumulator made by createCapAccumulator, accumulate or mergeAccumulators.',
    );
    expect(codeOf(() => accumulate(null as never, []))).toBe('INVALID_INPUT');
  });
});

describe('compareBases', () => {
  it('gives one report per basis, each on its own basis', () => {
    const both = compareBases(cap, entries);
    expect(both.reported.basis).toEqual(['reported']);
    expect(both.alleged.basis).toEqual(['alleged']);
    expect(both.estimated.basis).toEqual(['estimated']);
  });
});

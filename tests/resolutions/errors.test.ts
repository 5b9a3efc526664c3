// The errors of the resolutions layer: a broken regime says what is broken and points to validateRegime; bad dates,
// queries and options say what is expected.
import { describe, expect, it } from 'vitest';
import { assessTransfer, measuresInForce, parseDate, type Regime, regimeChanges } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { sample } from './fixtures.js';

const ON = parseDate('2012-01-01');
const first = sample.resolutions[0] as Regime['resolutions'][number];
const measure = first.measures[0] as Regime['resolutions'][number]['measures'][number];
const change = (sample.resolutions.find((r) => r.changes.length > 0) as Regime['resolutions'][number])
  .changes[0];
const withFirst = (resolution: unknown) => ({
  ...sample,
  resolutions: [resolution, ...sample.resolutions.slice(1)],
});

describe('a broken regime gives INVALID_REGIME with what is broken', () => {
  it.each([
    ['not a regime', null, 'not an object with resolutions'],
    ['resolutions that are not a list', { resolutions: {} }, 'not an object with resolutions'],
    [
      'a resolution without a number',
      withFirst({ ...first, number: '100' }),
      'a resolution has no number or adoption date',
    ],
    [
      'a resolution with an impossible date',
      withFirst({ ...first, adopted: '2010-02-30' }),
      'a resolution has no number or adoption date',
    ],
    [
      'a resolution without lists',
      withFirst({ ...first, changes: null }),
      'resolution 100 has no lists of measures and changes',
    ],
    [
      'a measure without an id',
      withFirst({ ...first, measures: [{ ...measure, id: 1 }] }),
      'a measure is not an object with an id',
    ],
    ['a null measure', withFirst({ ...first, measures: [null] }), 'a measure is not an object with an id'],
    [
      'a measure ending on an impossible date',
      withFirst({
        ...first,
        measures: [{ ...measure, effective: { start: '2010-01-10', end: '2011-02-29' } }],
      }),
      'x.coal.export has no valid "effective" range',
    ],
    [
      'a measure whose citations are not objects',
      withFirst({ ...first, measures: [{ ...measure, citations: ['100/1'] }] }),
      'x.coal.export has no list of citations',
    ],
    [
      'a change without a paragraph',
      withFirst({ ...first, changes: [{ ...change, paragraph: 1 }] }),
      'a change is not an object with a target and a paragraph',
    ],
    [
      'a change of an unknown type',
      withFirst({ ...first, changes: [{ ...change, type: 'repeal' }] }),
      `a change of ${change?.target} has an unknown type`,
    ],
    [
      'a change until an impossible date',
      withFirst({ ...first, changes: [{ ...change, until: '2013-13-01' }] }),
      `a change of ${change?.target} has an invalid date or replacement`,
    ],
    [
      'a change whose replacement is a number',
      withFirst({ ...first, changes: [{ ...change, replacement: 5 }] }),
      `a change of ${change?.target} has an invalid date or replacement`,
    ],
  ] as const)('%s', (_name, regime, problem) => {
    const e = errorOf(() => measuresInForce(regime as unknown as Regime, ON));
    expect(e.code).toBe('INVALID_REGIME');
    expect(e.message).toBe(
      `Expected a regime parsed with RegimeSchema: ${problem}. Run validateRegime(regime) to list every issue.`,
    );
  });

  it('names a change of a measure no resolution creates', () => {
    const broken = withFirst({ ...first, changes: [{ ...change, target: 'x.nothing' }] });
    const e = errorOf(() => measuresInForce(broken as unknown as Regime, ON));
    expect(e.message).toBe(
      'Resolution 100 changes x.nothing, which no resolution creates. Run validateRegime(regime) to list every issue.',
    );
    expect(e.details).toEqual({ resolution: 100, target: 'x.nothing' });
  });

  it('names a replacement no resolution creates', () => {
    const broken = withFirst({
      ...first,
      changes: [{ ...change, type: 'supersede', replacement: 'x.nothing' }],
    });
    const e = errorOf(() => measuresInForce(broken as unknown as Regime, ON));
    expect(e.message).toBe(
      'Resolution 100 names x.nothing as a replacement, which no resolution creates. Run validateRegime(regime) to list every issue.',
    );
    expect(e.details).toEqual({ resolution: 100, replacement: 'x.nothing' });
  });

  it('names two measures that share an id', () => {
    const broken = withFirst({ ...first, measures: [measure, measure] });
    const e = errorOf(() => measuresInForce(broken as unknown as Regime, ON));
    expect(e.message).toBe(
      'Two measures share the id x.coal.export. Run validateRegime(regime) to list every issue.',
    );
    expect(e.details).toEqual({ id: 'x.coal.export' });
  });
});

describe('bad dates, queries and options', () => {
  it('a date that is not a calendar date names the argument and shows the form', () => {
    const e = errorOf(() => measuresInForce(sample, '2018-02-30' as never));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.message).toBe('"on" must be a calendar date as YYYY-MM-DD, e.g. "2018-09-27".');
    expect(e.details).toEqual({ on: '2018-02-30' });
    expect(errorOf(() => measuresInForce(sample, 20180227 as never)).details).toEqual({ on: 'number' });
  });

  it('regimeChanges names the bound that is not a date, and refuses options that are not an object', () => {
    const e = errorOf(() => regimeChanges(sample, { to: 'soon' as never }));
    expect(e.message).toBe('"to" must be a calendar date as YYYY-MM-DD, e.g. "2018-09-27".');
    expect(e.details).toEqual({ to: 'soon' });
    expect(errorOf(() => regimeChanges(sample, { from: 'then' as never })).details).toEqual({ from: 'then' });
    const o = errorOf(() => regimeChanges(sample, null as never));
    expect(o.code).toBe('INVALID_INPUT');
    expect(o.message).toBe('The options of regimeChanges are an object: { from, to }.');
  });

  it('assessTransfer lists each problem of the query with its path', () => {
    const e = errorOf(() =>
      assessTransfer(sample, { commodity: 'unobtainium', direction: 'sideways', on: ON } as never),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(
      /^assessTransfer needs a known commodity and a direction \("to-target" or "from-target"\): commodity: .+; direction: .+$/,
    );
  });
});

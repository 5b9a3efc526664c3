// Rules of the resolutions layer at their edges: directions of embargoes and bans, commodity lineage, and when two
// caps on one commodity overlap.
import { describe, expect, it } from 'vitest';
import {
  assessTransfer,
  commodityLineage,
  parseDate,
  RegimeSchema,
  validateRegime,
} from '../../src/index.js';
import { resolution } from './fixtures.js';

const d = parseDate;
const base = {
  id: 'rules',
  title: 'Rules',
  target: 'XXA',
  committee: 'Committee',
  foundingResolution: 100,
};
const measure = (fields: object) => ({
  summary: 'm',
  citations: [{ resolution: 100, paragraph: '1' }],
  effective: { start: '2010-01-10' },
  confidence: 'confirmed',
  ...fields,
});
const regimeOf = (measures: readonly object[]) =>
  RegimeSchema.parse({
    ...base,
    resolutions: [resolution(100, '2010-01-10', { measures: measures.map(measure) as never })],
  });

describe('directions', () => {
  const ON = d('2011-01-01');
  const verdict = (measures: readonly object[], commodity: string, direction: 'to-target' | 'from-target') =>
    assessTransfer(regimeOf(measures), { commodity: commodity as never, direction, on: ON }).verdict;

  it('an arms embargo on supplies to the target does not prohibit exports from it', () => {
    const embargo = [{ kind: 'arms-embargo', id: 'a', direction: 'to-target' }];
    expect(verdict(embargo, 'arms', 'to-target')).toBe('prohibited');
    expect(verdict(embargo, 'arms', 'from-target')).toBe('not-covered');
    const both = [{ kind: 'arms-embargo', id: 'a', direction: 'both' }];
    expect(verdict(both, 'arms', 'from-target')).toBe('prohibited');
    expect(verdict(both, 'coal', 'from-target')).toBe('not-covered');
  });

  it('a luxury-goods ban prohibits supplies to the target only', () => {
    const ban = [{ kind: 'luxury-goods-ban', id: 'l' }];
    expect(verdict(ban, 'luxury-goods', 'to-target')).toBe('prohibited');
    expect(verdict(ban, 'luxury-goods', 'from-target')).toBe('not-covered');
    expect(verdict(ban, 'coal', 'to-target')).toBe('not-covered');
  });

  it('a trade ban and a cap apply in their own direction only', () => {
    const ban = [{ kind: 'trade-ban', id: 'b', commodity: 'coal', direction: 'from-target' }];
    expect(verdict(ban, 'coal', 'from-target')).toBe('prohibited');
    expect(verdict(ban, 'coal', 'to-target')).toBe('not-covered');
    const cap = [
      {
        kind: 'quantity-cap',
        id: 'c',
        commodity: 'refined-petroleum',
        direction: 'to-target',
        limits: [{ amount: '10', unit: 'barrel' }],
        period: { kind: 'recurring', anchor: '2010-01-10', every: 'P12M' },
        thresholds: [],
      },
    ];
    expect(verdict(cap, 'aviation-fuel', 'to-target')).toBe('capped');
    expect(verdict(cap, 'refined-petroleum', 'from-target')).toBe('not-covered');
  });
});

describe('commodityLineage', () => {
  it('is the commodity alone when it has no parent, and stops at the top', () => {
    expect(commodityLineage('coal')).toEqual(['coal']);
    expect(commodityLineage('aviation-fuel')).toEqual(['aviation-fuel', 'refined-petroleum']);
    expect(() => commodityLineage('unlisted' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('"unlisted"') }),
    );
  });
});

describe('overlapping caps', () => {
  const cap = (id: string, effective: object, fields: object = {}) => ({
    kind: 'quantity-cap',
    id,
    commodity: 'crude-oil',
    direction: 'to-target',
    limits: [{ amount: '10', unit: 'barrel' }],
    period: { kind: 'recurring', anchor: '2010-01-10', every: 'P12M' },
    thresholds: [],
    effective,
    ...fields,
  });
  const overlaps = (measures: readonly object[]) =>
    validateRegime(regimeOf(measures))
      .filter((i) => i.code === 'OVERLAPPING_CAPS')
      .map((i) => i.path.join('.'));

  it.each([
    [
      'one ends the day before the other starts',
      [cap('a', { start: '2010-01-10', end: '2011-01-09' }), cap('b', { start: '2011-01-10' })],
      [],
    ],
    [
      'the later one is listed first',
      [cap('b', { start: '2011-01-10' }), cap('a', { start: '2010-01-10', end: '2011-01-09' })],
      [],
    ],
    [
      'one ends the day the other starts',
      [cap('a', { start: '2010-01-10', end: '2011-01-10' }), cap('b', { start: '2011-01-10' })],
      ['measures.b'],
    ],
    [
      'the later-listed one ends the day the other starts',
      [cap('b', { start: '2011-01-10' }), cap('a', { start: '2010-01-10', end: '2011-01-10' })],
      ['measures.a'],
    ],
    [
      'both open-ended',
      [cap('a', { start: '2010-01-10' }), cap('b', { start: '2012-01-10' })],
      ['measures.b'],
    ],
    [
      'other directions',
      [cap('a', { start: '2010-01-10' }), cap('b', { start: '2010-01-10' }, { direction: 'from-target' })],
      [],
    ],
    [
      'other commodities',
      [cap('a', { start: '2010-01-10' }), cap('b', { start: '2010-01-10' }, { commodity: 'coal' })],
      [],
    ],
    [
      'a cap and a ban on one commodity',
      [
        cap('a', { start: '2010-01-10' }),
        {
          kind: 'trade-ban',
          id: 'b',
          commodity: 'crude-oil',
          direction: 'to-target',
          effective: { start: '2010-01-10' },
        },
      ],
      [],
    ],
  ] as const)('%s', (_name, measures, expected) => {
    expect(overlaps(measures)).toEqual(expected);
  });
});

// Edges of the resolutions layer's small rules: a suspension that touches a term's first or last day, one after the
// end, keys present only when they have a value, and the refusals of the lookup helpers in words.
import { describe, expect, it } from 'vitest';
import {
  commodityLineage,
  findMeasure,
  formatCitation,
  mandatesInForce,
  measuresInForce,
  RegimeSchema,
  regimeChanges,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { resolution } from './fixtures.js';

const ban = (id: string, start: string, end?: string) => ({
  kind: 'travel-ban' as const,
  id,
  summary: `Ban ${id}`,
  citations: [{ resolution: 100, paragraph: '1' }],
  effective: end === undefined ? { start } : { start, end },
  confidence: 'confirmed' as const,
});
const suspend = (target: string, effective: string, until: string, paragraph = '1') => ({
  paragraph,
  target,
  type: 'suspend' as const,
  effective,
  until,
  summary: `${target} suspended`,
  confidence: 'confirmed' as const,
});
const regime = RegimeSchema.parse({
  id: 'edges',
  title: 'Edges',
  target: 'XXA',
  committee: 'none',
  foundingResolution: 100,
  resolutions: [
    resolution(100, '2009-01-01', {
      measures: [
        ban('x.first-day', '2010-01-01'),
        ban('x.last-day', '2010-01-01', '2012-12-31'),
        ban('x.after', '2010-01-01', '2011-12-31'),
      ],
      mandates: [
        {
          id: 'x.panel',
          kind: 'panel-of-experts',
          summary: 'Panel',
          citations: [{ resolution: 100, paragraph: '2' }],
          effective: { start: '2010-01-01' },
          confidence: 'confirmed',
        },
      ],
    }),
    resolution(200, '2009-06-01', {
      changes: [
        suspend('x.first-day', '2009-12-01', '2010-01-01', '1'),
        suspend('x.last-day', '2012-12-31', '2013-06-30', '2'),
        suspend('x.after', '2012-06-01', '2012-12-31', '3'),
      ],
    }),
  ],
});

describe('measuresInForce at the edges of suspensions', () => {
  const entry = (id: string, on: string) => measuresInForce(regime, on).find((e) => e.measure.id === id);

  it('starts a term the day after a suspension that ended on its first day', () => {
    expect(entry('x.first-day', '2010-06-01')?.since).toBe('2010-01-02');
    expect(entry('x.first-day', '2010-01-01')).toBeUndefined();
  });

  it('ends a term the day before a suspension that starts on its last day, and ignores one after its end', () => {
    expect(entry('x.last-day', '2011-01-01')?.until).toBe('2012-12-30');
    expect(entry('x.after', '2011-01-01')?.until).toBe('2011-12-31');
  });

  it('has no until key for an open term, nor a mandate without end, nor a change without replacement', () => {
    expect(Object.keys(entry('x.first-day', '2010-06-01') ?? {})).toEqual(['measure', 'citations', 'since']);
    expect(Object.keys(mandatesInForce(regime, '2010-06-01')[0] ?? {})).not.toContain('until');
    const change = regimeChanges(regime).find((e) => e.type === 'suspend');
    expect(change).toBeDefined();
    expect(Object.keys(change ?? {})).not.toContain('replacement');
  });
});

describe('the lookup helpers refuse in words', () => {
  it('findMeasure: an id that is not a string, and a kind that is not one', () => {
    const id = errorOf(() => findMeasure(regime, 42 as never));
    expect([id.message, id.details]).toEqual([
      'findMeasure(id): expected a measure id string, got 42.',
      { argument: 'findMeasure(id)' },
    ]);
    const kind = errorOf(() => findMeasure(regime, 'x.after', ['travel-ban'] as never));
    expect(kind.details).toEqual({ argument: 'findMeasure(kind)' });
    expect(kind.message).toMatch(
      /^findMeasure\(kind\): unknown measure kind an array: use one of arms-embargo, /,
    );
  });

  it('commodityLineage: a commodity that is not an id, even one that would coerce to one', () => {
    const error = errorOf(() => commodityLineage(['coal'] as never));
    expect(error.details).toEqual({ argument: 'commodityLineage(commodity)', value: 'an array' });
    expect(error.message).toBe(
      'commodityLineage(commodity): unknown commodity an array: use an id of the commodities vocabulary (e.g. "refined-petroleum").',
    );
  });

  it('formatCitation: what is not a citation, with the reason', () => {
    expect(errorOf(() => formatCitation({ resolution: 1 } as never)).message).toBe(
      'formatCitation(citation): expected a citation, { resolution, paragraph } or { document }, got a value of type object (Invalid input).',
    );
  });
});

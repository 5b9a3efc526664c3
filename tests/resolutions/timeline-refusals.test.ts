// What the timeline refuses when a regime is built by hand, skipping validateRegime, each in words.
import { describe, expect, it } from 'vitest';
import { measuresInForce, RegimeSchema } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { type RegimeInput, resolution } from './fixtures.js';

const ban = (id: string) => ({
  kind: 'travel-ban' as const,
  id,
  summary: `Ban ${id}`,
  citations: [{ resolution: 100, paragraph: '1' }],
  effective: { start: '2010-01-01' },
  confidence: 'confirmed' as const,
});
const panel = (id: string) => ({
  id,
  kind: 'panel-of-experts' as const,
  summary: `Panel ${id}`,
  citations: [{ resolution: 100, paragraph: '2' }],
  effective: { start: '2010-01-01', end: '2010-12-31' },
  confidence: 'confirmed' as const,
});
const supersede = (target: string, replacement: string, paragraph = '3') => ({
  paragraph,
  target,
  type: 'supersede' as const,
  replacement,
  effective: '2010-06-01',
  summary: `${replacement} replaces ${target}`,
  confidence: 'confirmed' as const,
});
const RUN = ' Run validateRegime(regime) to list every issue.';
const refusal = (extra: Partial<RegimeInput['resolutions'][number]>) => {
  const regime = RegimeSchema.parse({
    id: 'by-hand',
    title: 'By hand',
    target: 'XXA',
    committee: 'none',
    foundingResolution: 100,
    resolutions: [resolution(100, '2010-01-01', extra)],
  });
  const error = errorOf(() => measuresInForce(regime, '2010-07-01'));
  return [error.code, error.message, { ...error.details }];
};

describe('the timeline refuses, in words', () => {
  it('two measures with one id, and a measure and a mandate with one id', () => {
    expect(refusal({ measures: [ban('x.a'), ban('x.a')] })).toEqual([
      'INVALID_REGIME',
      `Two measures share the id x.a.${RUN}`,
      { id: 'x.a' },
    ]);
    expect(refusal({ measures: [ban('x.a')], mandates: [panel('x.a')] })).toEqual([
      'INVALID_REGIME',
      `Two measures or mandates share the id x.a.${RUN}`,
      { id: 'x.a' },
    ]);
  });

  it('a measure replaced by a mandate', () => {
    expect(
      refusal({ measures: [ban('x.a')], mandates: [panel('x.p')], changes: [supersede('x.a', 'x.p')] }),
    ).toEqual([
      'INVALID_REGIME',
      `Resolution 100 replaces x.a with x.p: a measure is replaced by a measure, a mandate by a mandate.${RUN}`,
      { resolution: 100, replacement: 'x.p' },
    ]);
  });

  it('a chain of replacements that comes back to its start', () => {
    expect(
      refusal({
        measures: [ban('x.a'), ban('x.b')],
        changes: [supersede('x.a', 'x.b', '3'), supersede('x.b', 'x.a', '4')],
      }),
    ).toEqual([
      'INVALID_REGIME',
      `Measure x.a replaces itself through a chain of changes.${RUN}`,
      { id: 'x.a' },
    ]);
  });
});

// validateRegime on caps of one commodity and direction: in force at the same time or not, open-ended or not,
// declared in any order; and the words of its other issues.
import { describe, expect, it } from 'vitest';
import { RegimeSchema, validateRegime } from '../../src/index.js';
import { type RegimeInput, resolution } from './fixtures.js';

const cap = (
  id: string,
  start: string,
  end?: string,
  direction: 'to-target' | 'from-target' = 'to-target',
) => ({
  kind: 'quantity-cap' as const,
  id,
  summary: `Cap ${id}`,
  citations: [{ resolution: 100, paragraph: '1' }],
  effective: end === undefined ? { start } : { start, end },
  confidence: 'confirmed' as const,
  commodity: 'refined-petroleum',
  direction,
  limits: [{ amount: '10', unit: 'barrel' }],
  period: { kind: 'recurring' as const, anchor: '2010-01-01', every: 'P12M' },
  thresholds: [],
});
const regimeOf = (measures: unknown[]) =>
  RegimeSchema.parse({
    id: 'caps',
    title: 'Caps',
    target: 'XXA',
    committee: 'none',
    foundingResolution: 100,
    resolutions: [resolution(100, '2010-01-01', { measures } as Partial<RegimeInput['resolutions'][number]>)],
  });
const said = (measures: unknown[]) =>
  validateRegime(regimeOf(measures)).map((i) => [i.path.join('.'), i.message]);

describe('validateRegime on caps of one commodity and direction', () => {
  it('accepts caps one after the other, whichever is open-ended and whichever comes first', () => {
    expect(said([cap('c.1', '2010-01-01', '2010-12-31'), cap('c.2', '2011-01-01')])).toEqual([]);
    expect(said([cap('c.2', '2011-01-01'), cap('c.1', '2010-01-01', '2010-12-31')])).toEqual([]);
  });

  it('reports caps that share a day, open-ended or not, once per pair', () => {
    const message = (a: string, b: string) =>
      `${a} and ${b} both cap refined-petroleum (to-target) at the same time: end one, or supersede it, before the other starts.`;
    expect(said([cap('c.1', '2010-01-01', '2011-01-01'), cap('c.2', '2011-01-01')])).toEqual([
      ['measures.c.2', message('c.1', 'c.2')],
    ]);
    expect(said([cap('c.2', '2011-01-01'), cap('c.1', '2010-01-01', '2011-01-01')])).toEqual([
      ['measures.c.1', message('c.2', 'c.1')],
    ]);
    expect(
      said([cap('c.1', '2010-01-01'), cap('c.2', '2010-06-01'), cap('c.3', '2012-01-01', '2012-12-31')]),
    ).toEqual([
      ['measures.c.2', message('c.1', 'c.2')],
      ['measures.c.3', message('c.1', 'c.3')],
      ['measures.c.3', message('c.2', 'c.3')],
    ]);
  });

  it('lets caps of other directions and other measures overlap', () => {
    expect(said([cap('c.1', '2010-01-01'), cap('c.2', '2010-01-01', undefined, 'from-target')])).toEqual([]);
    const ban = (id: string) => ({
      kind: 'travel-ban',
      id,
      summary: 'Travel ban',
      citations: [{ resolution: 100, paragraph: '2' }],
      effective: { start: '2010-01-01' },
      confidence: 'confirmed',
    });
    expect(said([ban('t.1'), ban('t.2'), cap('c.1', '2010-01-01')])).toEqual([]);
  });
});

describe('validateRegime in words, on mandates, deadlines and replacements', () => {
  const panel = (id: string, start = '2010-01-01') => ({
    id,
    kind: 'panel-of-experts',
    summary: `Panel ${id}`,
    citations: [{ resolution: 100, paragraph: '3' }],
    effective: { start, end: '2010-12-31' },
    confidence: 'confirmed',
  });
  const deadline = (id: string, due: string) => ({
    id,
    kind: 'report',
    due,
    by: 'Panel of Experts',
    summary: 'Report',
    citation: { resolution: 100, paragraph: '4' },
    confidence: 'confirmed',
  });
  const replace = (target: string, replacement: string) => ({
    paragraph: '5',
    target,
    type: 'supersede',
    replacement,
    effective: '2010-06-01',
    summary: `${replacement} replaces ${target}`,
    confidence: 'confirmed',
  });
  const saidOf = (extra: Record<string, unknown>) =>
    validateRegime(
      RegimeSchema.parse({
        id: 'words',
        title: 'Words',
        target: 'XXA',
        committee: 'none',
        foundingResolution: 100,
        resolutions: [resolution(100, '2010-01-01', extra as Partial<RegimeInput['resolutions'][number]>)],
      }),
    ).map((i) => [i.code, i.path.join('.'), i.message]);

  it('a mandate id used twice, in the one namespace of measures and mandates', () => {
    expect(saidOf({ mandates: [panel('p.1'), panel('p.1')] })).toEqual([
      [
        'DUPLICATE_MEASURE_ID',
        'resolutions.0.mandates.1.id',
        'The mandate id p.1 is used twice: give each measure and mandate its own id.',
      ],
    ]);
  });

  it('a deadline id used twice, and a deadline due before the adoption but not on its day', () => {
    expect(
      saidOf({
        deadlines: [
          deadline('d.1', '2010-01-01'),
          deadline('d.1', '2010-06-01'),
          deadline('d.2', '2009-12-31'),
        ],
      }),
    ).toEqual([
      [
        'DUPLICATE_DEADLINE_ID',
        'resolutions.0.deadlines.1.id',
        'The deadline id d.1 is used twice: give each deadline its own id.',
      ],
      [
        'DEADLINE_BEFORE_ADOPTION',
        'resolutions.0.deadlines.2.due',
        'd.2 is due on 2009-12-31, before resolution 100 was adopted on 2010-01-01.',
      ],
    ]);
  });

  it('accepts a mandate replaced by a mandate and a measure by a measure of the resolution, and names what is missing', () => {
    expect(
      saidOf({
        mandates: [panel('p.1'), panel('p.2', '2010-06-01')],
        measures: [cap('c.1', '2010-01-01'), cap('c.2', '2010-06-01')],
        changes: [replace('p.1', 'p.2'), replace('c.1', 'c.2')],
      }),
    ).toEqual([]);
    expect(saidOf({ changes: [replace('x.gone', 'x.new')] })).toEqual([
      [
        'UNKNOWN_CHANGE_TARGET',
        'resolutions.0.changes.0.target',
        'Resolution 100 changes x.gone, which no resolution of the regime creates.',
      ],
      [
        'UNKNOWN_REPLACEMENT',
        'resolutions.0.changes.0.replacement',
        'The replacement x.new must be a measure created by resolution 100.',
      ],
    ]);
  });

  it('still checks the caps when other issues do not stop the timeline', () => {
    expect(
      saidOf({ measures: [cap('c.1', '2009-12-31'), cap('c.2', '2010-01-01')] }).map(([code, path]) => [
        code,
        path,
      ]),
    ).toEqual([
      ['MEASURE_BEFORE_ADOPTION', 'resolutions.0.measures.0.effective.start'],
      ['OVERLAPPING_CAPS', 'measures.c.2'],
    ]);
  });

  it('a chain of replacements that loops, at the resolutions', () => {
    const issues = saidOf({
      measures: [cap('c.1', '2010-01-01')],
      changes: [{ ...replace('c.1', 'c.1'), type: 'amend' }],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.[0]).toBe('REPLACEMENT_CYCLE');
    expect(issues[0]?.[1]).toBe('resolutions');
    expect(issues[0]?.[2]).toMatch(/c\.1/);
  });
});

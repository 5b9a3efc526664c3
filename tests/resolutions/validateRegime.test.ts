import { describe, expect, it } from 'vitest';
import { parseDate, RegimeSchema, regimeChanges, validateRegime } from '../../src/index.js';
import { resolution, sample, sampleInput, selfReplacing } from './fixtures.js';

const withResolution = (extra: Parameters<typeof resolution>[2], adopted = '2016-01-01') =>
  RegimeSchema.parse({
    ...sampleInput,
    resolutions: [...sampleInput.resolutions, resolution(400, adopted, extra)],
  });

const codes = (regime: Parameters<typeof validateRegime>[0]) => validateRegime(regime).map((i) => i.code);

describe('validateRegime', () => {
  it('finds nothing wrong with a sound regime', () => {
    expect(validateRegime(sample)).toEqual([]);
  });

  it('reports duplicate measure ids with their path', () => {
    const regime = withResolution({
      measures: [
        {
          kind: 'travel-ban',
          id: 'x.travel',
          summary: 'again',
          citations: [{ resolution: 400, paragraph: '1' }],
          effective: { start: '2016-01-01' },
          confidence: 'confirmed',
        },
      ],
    });
    expect(validateRegime(regime)).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_MEASURE_ID',
        path: ['resolutions', 3, 'measures', 0, 'id'],
      }),
    ]);
  });

  it('reports a change whose target or replacement does not exist', () => {
    const regime = withResolution({
      changes: [
        {
          paragraph: '1',
          target: 'x.nothing',
          type: 'terminate',
          effective: '2016-01-01',
          summary: 'ends nothing',
          confidence: 'confirmed',
        },
        {
          paragraph: '2',
          target: 'x.coal.export',
          type: 'supersede',
          replacement: 'x.elsewhere',
          effective: '2016-01-01',
          summary: 'replaced by nothing',
          confidence: 'confirmed',
        },
      ],
    });
    expect(codes(regime)).toEqual(['UNKNOWN_CHANGE_TARGET', 'UNKNOWN_REPLACEMENT']);
  });

  it('reports measures and changes effective before their resolution was adopted', () => {
    const regime = withResolution({
      measures: [
        {
          kind: 'asset-freeze',
          id: 'x.freeze',
          summary: 'freeze',
          citations: [{ resolution: 400, paragraph: '1' }],
          effective: { start: '2015-12-31' },
          confidence: 'confirmed',
        },
      ],
      changes: [
        {
          paragraph: '2',
          target: 'x.coal.export',
          type: 'terminate',
          effective: '2015-12-01',
          summary: 'too early',
          confidence: 'confirmed',
        },
      ],
    });
    expect(codes(regime)).toEqual(['MEASURE_BEFORE_ADOPTION', 'CHANGE_BEFORE_ADOPTION']);
  });

  it('reports two caps on one commodity and direction in force at once, but not a cap and its replacement', () => {
    const regime = withResolution({
      measures: [
        {
          kind: 'quantity-cap',
          id: 'x.oil.cap.400',
          summary: 'another cap',
          citations: [{ resolution: 400, paragraph: '1' }],
          effective: { start: '2016-01-01' },
          confidence: 'confirmed',
          commodity: 'refined-petroleum',
          direction: 'to-target',
          limits: [{ amount: '10', unit: 'barrel' }],
          period: { kind: 'recurring', anchor: '2016-01-01', every: 'P12M' },
          thresholds: [],
        },
      ],
    });
    expect(validateRegime(regime)).toEqual([
      expect.objectContaining({ code: 'OVERLAPPING_CAPS', path: ['measures', 'x.oil.cap.400'] }),
    ]);
  });

  it('reports a resolution listed twice', () => {
    const regime = RegimeSchema.parse({
      ...sampleInput,
      resolutions: [...sampleInput.resolutions, resolution(300, '2015-03-01')],
    });
    expect(codes(regime)).toContain('DUPLICATE_RESOLUTION');
  });
});

describe('regimeChanges', () => {
  it('lists creations, changes and expiries in date order', () => {
    const events = regimeChanges(sample).map((e) => `${e.date} ${e.type} ${e.measureId}`);
    expect(events).toEqual([
      '2010-01-10 created x.coal.export',
      '2010-01-10 created x.arms',
      '2010-01-10 created x.travel',
      '2011-01-01 created x.oil.cap',
      '2012-01-01 expired x.travel',
      '2012-06-01 extend x.travel',
      '2012-06-01 created x.seafood.export',
      '2012-07-01 suspend x.coal.export',
      '2013-01-01 supersede x.oil.cap',
      '2013-01-01 created x.oil.cap.200',
      '2015-01-01 expired x.travel',
      '2015-04-01 terminate x.arms',
    ]);
  });

  it('filters by an inclusive range and carries citations and replacements', () => {
    const events = regimeChanges(sample, { from: parseDate('2013-01-01'), to: parseDate('2013-01-01') });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      type: 'supersede',
      resolution: 200,
      adopted: '2012-06-01',
      replacement: 'x.oil.cap.200',
      citation: { resolution: 200, paragraph: '1' },
    });
  });
});

describe('validateRegime on replacement cycles', () => {
  it('reports a measure that replaces itself', () => {
    const regime = RegimeSchema.parse({
      ...sampleInput,
      resolutions: [...sampleInput.resolutions, selfReplacing],
    });
    expect(codes(regime)).toEqual(['REPLACEMENT_CYCLE']);
  });
});

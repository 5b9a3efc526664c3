import { describe, expect, it } from 'vitest';
import { parseDate, RegimeSchema, regimeChanges, validateRegime } from '../../src/index.js';
import { resolution, sample, sampleInput, selfReplacing } from './fixtures.js';

const withResolution = (extra: Parameters<typeof resolution>[2], adopted = '2016-01-01') =>
  RegimeSchema.parse({
    ...sampleInput,
    resolutions: [...sampleInput.resolutions, resolution(400, adopted, extra)],
  });

const codes = (regime: Parameters<typeof validateRegime>[0]) => validateRegime(regime).map((i) => i.code);
/** Each issue as [code, path, message]: where it is and what to do, in words. */
const said = (regime: Parameters<typeof validateRegime>[0]) =>
  validateRegime(regime).map((i) => [i.code, i.path.join('.'), i.message]);

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
    expect(validateRegime(regime)[0]?.message).toBe(
      'The measure id x.travel is used twice: give each measure its own id.',
    );
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
    expect(said(regime)).toEqual([
      [
        'UNKNOWN_CHANGE_TARGET',
        'resolutions.3.changes.0.target',
        'Resolution 400 changes x.nothing, which no resolution of the regime creates.',
      ],
      [
        'UNKNOWN_REPLACEMENT',
        'resolutions.3.changes.1.replacement',
        'The replacement x.elsewhere must be a measure created by resolution 400.',
      ],
    ]);
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
    expect(said(regime)).toEqual([
      [
        'MEASURE_BEFORE_ADOPTION',
        'resolutions.3.measures.0.effective.start',
        'x.freeze takes effect on 2015-12-31, before resolution 400 was adopted on 2016-01-01.',
      ],
      [
        'CHANGE_BEFORE_ADOPTION',
        'resolutions.3.changes.0.effective',
        'A change by resolution 400 takes effect on 2015-12-01, before its adoption on 2016-01-01.',
      ],
    ]);
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
    expect(said(regime)).toEqual([
      [
        'OVERLAPPING_CAPS',
        'measures.x.oil.cap.400',
        'x.oil.cap.200 and x.oil.cap.400 both cap refined-petroleum (to-target) at the same time: end one, or supersede it, before the other starts.',
      ],
    ]);
  });

  it('reports a resolution listed twice', () => {
    const regime = RegimeSchema.parse({
      ...sampleInput,
      resolutions: [...sampleInput.resolutions, resolution(300, '2015-03-01')],
    });
    expect(said(regime)).toContainEqual([
      'DUPLICATE_RESOLUTION',
      'resolutions.3.number',
      'Resolution 300 appears twice: keep one.',
    ]);
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

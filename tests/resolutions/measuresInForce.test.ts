import { describe, expect, it } from 'vitest';
import { measuresInForce, parseDate, RegimeSchema } from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { resolution, sample, sampleInput, selfReplacing } from './fixtures.js';

const ids = (on: string) => measuresInForce(sample, parseDate(on)).map((m) => m.measure.id);

describe('measuresInForce', () => {
  it('lists nothing before the first resolution', () => {
    expect(ids('2010-01-09')).toEqual([]);
  });

  it('starts a measure on its effective date, in regime order', () => {
    expect(ids('2010-01-10')).toEqual(['x.coal.export', 'x.arms', 'x.travel']);
    expect(ids('2011-01-01')).toEqual(['x.coal.export', 'x.arms', 'x.travel', 'x.oil.cap']);
  });

  it('ends a superseded measure the day before the change and starts its replacement', () => {
    expect(ids('2012-12-31')).toContain('x.oil.cap');
    expect(ids('2012-12-31')).not.toContain('x.oil.cap.200');
    expect(ids('2013-01-01')).toContain('x.oil.cap.200');
    expect(ids('2013-01-01')).not.toContain('x.oil.cap');
  });

  it('gives the replacement the lineage of the measure it replaced, oldest first', () => {
    const cap = measuresInForce(sample, parseDate('2013-06-01')).find(
      (m) => m.measure.id === 'x.oil.cap.200',
    );
    expect(cap?.citations).toEqual([
      { resolution: 100, paragraph: '4' },
      { resolution: 200, paragraph: '1' },
    ]);
  });

  it('takes a suspended measure out of force for the suspension only, and reports when it resumes', () => {
    expect(ids('2012-06-30')).toContain('x.coal.export');
    expect(ids('2012-07-01')).not.toContain('x.coal.export');
    expect(ids('2012-12-31')).not.toContain('x.coal.export');
    const resumed = measuresInForce(sample, parseDate('2013-01-01')).find(
      (m) => m.measure.id === 'x.coal.export',
    );
    expect(resumed?.since).toBe('2013-01-01');
    const before = measuresInForce(sample, parseDate('2012-06-01')).find(
      (m) => m.measure.id === 'x.coal.export',
    );
    expect(before?.until).toBe('2012-06-30');
    expect(resumed?.citations).toEqual([
      { resolution: 100, paragraph: '1' },
      { resolution: 200, paragraph: '3' },
    ]);
  });

  it('ends a measure by its own terms, unless a later resolution extends it', () => {
    expect(ids('2011-12-31')).toContain('x.travel');
    expect(ids('2012-01-01')).not.toContain('x.travel');
    expect(ids('2012-06-01')).toContain('x.travel');
    expect(ids('2014-12-31')).toContain('x.travel');
    expect(ids('2015-01-01')).not.toContain('x.travel');
    const extended = measuresInForce(sample, parseDate('2013-01-01')).find(
      (m) => m.measure.id === 'x.travel',
    );
    expect(extended?.until).toBe('2014-12-31');
  });

  it('does not cite a change adopted after the day asked about', () => {
    const early = measuresInForce(sample, parseDate('2011-06-01')).find((m) => m.measure.id === 'x.travel');
    expect(early?.citations).toEqual([{ resolution: 100, paragraph: '3' }]);
    expect(early?.until).toBe('2011-12-31');
  });

  it('ends a terminated measure the day before the termination takes effect', () => {
    expect(ids('2015-03-31')).toContain('x.arms');
    expect(ids('2015-04-01')).not.toContain('x.arms');
  });

  it('returns frozen entries and does not mutate the regime', () => {
    const before = JSON.stringify(RegimeSchema.encode(sample));
    const result = measuresInForce(sample, parseDate('2013-06-01'));
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result[0])).toBe(true);
    expect(JSON.stringify(RegimeSchema.encode(sample))).toBe(before);
  });

  it('refuses a bad date', () => {
    expect(codeOf(() => measuresInForce(sample, '2013-02-30' as never))).toBe('INVALID_DATE');
  });

  it('refuses a structurally broken regime and points at validateRegime', () => {
    const duplicate = RegimeSchema.parse({
      ...sampleInput,
      resolutions: [
        ...sampleInput.resolutions,
        resolution(400, '2016-01-01', {
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
        }),
      ],
    });
    expect(codeOf(() => measuresInForce(duplicate, parseDate('2016-01-01')))).toBe('INVALID_REGIME');
    expect(() => measuresInForce(duplicate, parseDate('2016-01-01'))).toThrow(/validateRegime/);
    const dangling = RegimeSchema.parse({
      ...sampleInput,
      resolutions: [
        ...sampleInput.resolutions,
        resolution(400, '2016-01-01', {
          changes: [
            {
              paragraph: '1',
              target: 'x.nothing',
              type: 'terminate',
              effective: '2016-01-01',
              summary: 'ends nothing',
              confidence: 'confirmed',
            },
          ],
        }),
      ],
    });
    expect(codeOf(() => measuresInForce(dangling, parseDate('2016-01-01')))).toBe('INVALID_REGIME');
    const danglingReplacement = RegimeSchema.parse({
      ...sampleInput,
      resolutions: [
        ...sampleInput.resolutions,
        resolution(400, '2016-01-01', {
          changes: [
            {
              paragraph: '1',
              target: 'x.coal.export',
              type: 'supersede',
              replacement: 'x.nothing',
              effective: '2016-01-01',
              summary: 'replaced by nothing',
              confidence: 'confirmed',
            },
          ],
        }),
      ],
    });
    expect(codeOf(() => measuresInForce(danglingReplacement, parseDate('2016-01-01')))).toBe(
      'INVALID_REGIME',
    );
  });

  it('refuses a replacement cycle', () => {
    const cyclic = RegimeSchema.parse({
      ...sampleInput,
      resolutions: [...sampleInput.resolutions, selfReplacing],
    });
    expect(codeOf(() => measuresInForce(cyclic, parseDate('2016-01-01')))).toBe('INVALID_REGIME');
  });
});

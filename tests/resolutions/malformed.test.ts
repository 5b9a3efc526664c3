// A regime built by hand, not parsed with RegimeSchema, is checked before any resolutions function reads it: each
// structural fault gets INVALID_REGIME with a message that names the faulty part, never a TypeError.
import { describe, expect, it } from 'vitest';
import { measuresInForce, type Regime } from '../../src/index.js';
import { errorOf } from '../helpers.js';

const measure = {
  kind: 'travel-ban',
  id: 'x.ban',
  summary: 'b',
  citations: [],
  effective: { start: '2010-01-01' },
};
const mandate = { ...measure, kind: 'panel-of-experts', id: 'x.panel' };
const deadline = {
  id: 'x.report',
  due: '2011-01-01',
  summary: 'a report',
  by: 'Panel',
  citation: { resolution: 1, paragraph: '2' },
};
const change = {
  target: 'x.ban',
  paragraph: '3',
  type: 'extend',
  effective: '2010-06-01',
  until: '2012-01-01',
};
const resolution = {
  number: 1,
  adopted: '2010-01-01',
  measures: [measure],
  mandates: [mandate],
  deadlines: [deadline],
  changes: [change],
};
const regime = (resolutions: unknown[] = [resolution], extra: object = {}) =>
  ({ id: 'x', resolutions, ...extra }) as unknown as Regime;
const withResolution = (patch: object) => regime([{ ...resolution, ...patch }]);

describe('a regime not parsed with RegimeSchema', () => {
  it('is read when it has the shape every function reads', () => {
    expect(measuresInForce(regime(), '2011-01-01').map((m) => m.measure.id)).toEqual(['x.ban']);
    expect(
      measuresInForce(withResolution({ mandates: undefined, deadlines: undefined }), '2011-01-01'),
    ).toHaveLength(1);
  });

  it.each([
    ['not an object', null, 'not an object with resolutions'],
    ['without resolutions', { id: 'x' }, 'not an object with resolutions'],
    ['with an id that is not a string', regime([], { id: 7 }), 'its id is not a string'],
    [
      'with a resolution without a number',
      regime([{ ...resolution, number: '1' }]),
      'a resolution has no number or adoption date',
    ],
    [
      'with a resolution without a date',
      regime([{ ...resolution, adopted: '2010-13-01' }]),
      'a resolution has no number or adoption date',
    ],
    [
      'with a resolution that is not an object',
      regime([null]),
      'a resolution has no number or adoption date',
    ],
    [
      'with no list of measures',
      withResolution({ measures: {} }),
      'resolution 1 has no lists of measures and changes',
    ],
    [
      'with no list of changes',
      withResolution({ changes: undefined }),
      'resolution 1 has no lists of measures and changes',
    ],
    [
      'with mandates that are not a list',
      withResolution({ mandates: {} }),
      'resolution 1 has mandates or deadlines that are not lists',
    ],
    [
      'with deadlines that are not a list',
      withResolution({ deadlines: 'x' }),
      'resolution 1 has mandates or deadlines that are not lists',
    ],
    [
      'with a measure that is not an object',
      withResolution({ measures: [7] }),
      'a measure is not an object with an id',
    ],
    [
      'with a measure without a summary',
      withResolution({ measures: [{ ...measure, summary: 1 }] }),
      'x.ban has no summary',
    ],
    [
      'with a measure without an effective range',
      withResolution({ measures: [{ ...measure, effective: undefined }] }),
      'x.ban has no valid "effective" range',
    ],
    [
      'with a measure whose end is not a date',
      withResolution({ measures: [{ ...measure, effective: { start: '2010-01-01', end: 'soon' } }] }),
      'x.ban has no valid "effective" range',
    ],
    [
      'with a measure without citations',
      withResolution({ measures: [{ ...measure, citations: [1] }] }),
      'x.ban has no list of citations',
    ],
    [
      'with a mandate without a summary',
      withResolution({ mandates: [{ ...mandate, summary: undefined }] }),
      'x.panel has no summary',
    ],
    [
      'with a deadline without an id',
      withResolution({ deadlines: [{ ...deadline, id: 3 }] }),
      'a deadline is not an object with an id',
    ],
    [
      'with a deadline without a due date',
      withResolution({ deadlines: [{ ...deadline, due: 'May' }] }),
      'x.report has no valid "due" date',
    ],
    [
      'with a deadline without a summary',
      withResolution({ deadlines: [{ ...deadline, summary: 1 }] }),
      'x.report has no summary or no "by"',
    ],
    [
      'with a deadline without "by"',
      withResolution({ deadlines: [{ ...deadline, by: undefined }] }),
      'x.report has no summary or no "by"',
    ],
    [
      'with a deadline citing no paragraph',
      withResolution({ deadlines: [{ ...deadline, citation: { resolution: 1 } }] }),
      'x.report has no citation of a paragraph',
    ],
    [
      'with a deadline citing no resolution',
      withResolution({ deadlines: [{ ...deadline, citation: { resolution: '1', paragraph: '2' } }] }),
      'x.report has no citation of a paragraph',
    ],
    [
      'with a deadline without a citation',
      withResolution({ deadlines: [{ ...deadline, citation: 'para 2' }] }),
      'x.report has no citation of a paragraph',
    ],
    [
      'with a change without a target',
      withResolution({ changes: [{ ...change, target: 1 }] }),
      'a change is not an object with a target and a paragraph',
    ],
    [
      'with a change without a paragraph',
      withResolution({ changes: [{ ...change, paragraph: 3 }] }),
      'a change is not an object with a target and a paragraph',
    ],
    [
      'with a change of an unknown type',
      withResolution({ changes: [{ ...change, type: 'repeal' }] }),
      'a change of x.ban has an unknown type',
    ],
    [
      'with a change of no type',
      withResolution({ changes: [{ ...change, type: undefined }] }),
      'a change of x.ban has an unknown type',
    ],
    [
      'with a change on no date',
      withResolution({ changes: [{ ...change, effective: undefined }] }),
      'a change of x.ban has an invalid date or replacement',
    ],
    [
      'with a change until no date',
      withResolution({ changes: [{ ...change, until: 'never' }] }),
      'a change of x.ban has an invalid date or replacement',
    ],
    [
      'with a change whose replacement is not an id',
      withResolution({ changes: [{ ...change, replacement: 5 }] }),
      'a change of x.ban has an invalid date or replacement',
    ],
  ])('is refused %s, in words', (_name, value, problem) => {
    const error = errorOf(() => measuresInForce(value as Regime, '2011-01-01'));
    expect(error.code).toBe('INVALID_REGIME');
    expect(error.message).toBe(
      `Expected a regime parsed with RegimeSchema: ${problem}. Run validateRegime(regime) to list every issue.`,
    );
  });
});

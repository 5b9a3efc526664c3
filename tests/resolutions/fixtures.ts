// A small synthetic regime, readable as data: a ban, a cap that a later resolution supersedes, a suspension and an
// extension, so that every rule of the resolutions layer can be seen at work.
import type { z } from 'zod';
import { type Regime, RegimeSchema } from '../../src/index.js';

export type RegimeInput = z.input<typeof RegimeSchema>;
type ResolutionInput = RegimeInput['resolutions'][number];

export function resolution(
  number: number,
  adopted: string,
  extra: Partial<ResolutionInput> = {},
): ResolutionInput {
  return {
    symbol: `S/RES/${number} (${adopted.slice(0, 4)})`,
    number,
    adopted,
    vote: { inFavour: 15, against: 0, abstaining: 0 },
    summary: `Resolution ${number}`,
    paragraphs: [],
    measures: [],
    changes: [],
    confidence: 'confirmed',
    ...extra,
  };
}

export const sampleInput: RegimeInput = {
  id: 'sample',
  title: 'A sample regime',
  target: 'XXA',
  committee: 'Sample committee',
  foundingResolution: 100,
  resolutions: [
    resolution(100, '2010-01-10', {
      measures: [
        {
          kind: 'trade-ban',
          id: 'x.coal.export',
          summary: 'No coal exports',
          citations: [{ resolution: 100, paragraph: '1' }],
          effective: { start: '2010-01-10' },
          confidence: 'confirmed',
          commodity: 'coal',
          direction: 'from-target',
        },
        {
          kind: 'arms-embargo',
          id: 'x.arms',
          summary: 'Arms embargo',
          citations: [{ resolution: 100, paragraph: '2' }],
          effective: { start: '2010-01-10' },
          confidence: 'confirmed',
          direction: 'both',
        },
        {
          kind: 'travel-ban',
          id: 'x.travel',
          summary: 'Travel ban until 2012',
          citations: [{ resolution: 100, paragraph: '3' }],
          effective: { start: '2010-01-10', end: '2011-12-31' },
          confidence: 'confirmed',
        },
        {
          kind: 'quantity-cap',
          id: 'x.oil.cap',
          summary: '100 barrels a year',
          citations: [{ resolution: 100, paragraph: '4' }],
          effective: { start: '2011-01-01' },
          confidence: 'confirmed',
          commodity: 'refined-petroleum',
          direction: 'to-target',
          limits: [{ amount: '100', unit: 'barrel' }],
          period: { kind: 'recurring', anchor: '2011-01-01', every: 'P12M' },
          thresholds: [{ fraction: '0.75', effect: 'notify' }],
        },
      ],
    }),
    resolution(200, '2012-06-01', {
      measures: [
        {
          kind: 'quantity-cap',
          id: 'x.oil.cap.200',
          summary: '50 barrels a year',
          citations: [{ resolution: 200, paragraph: '1' }],
          effective: { start: '2013-01-01' },
          confidence: 'confirmed',
          commodity: 'refined-petroleum',
          direction: 'to-target',
          limits: [{ amount: '50', unit: 'barrel' }],
          period: { kind: 'recurring', anchor: '2013-01-01', every: 'P12M' },
          thresholds: [],
        },
        {
          kind: 'trade-ban',
          id: 'x.seafood.export',
          summary: 'Seafood allowed for livelihood',
          citations: [{ resolution: 200, paragraph: '2' }],
          effective: { start: '2012-06-01' },
          confidence: 'confirmed',
          commodity: 'seafood',
          direction: 'from-target',
          mode: 'conditional',
        },
      ],
      changes: [
        {
          paragraph: '1',
          target: 'x.oil.cap',
          type: 'supersede',
          effective: '2013-01-01',
          replacement: 'x.oil.cap.200',
          summary: 'Cap halved',
          confidence: 'confirmed',
        },
        {
          paragraph: '3',
          target: 'x.coal.export',
          type: 'suspend',
          effective: '2012-07-01',
          until: '2012-12-31',
          summary: 'Coal ban suspended for half a year',
          confidence: 'confirmed',
        },
        {
          paragraph: '4',
          target: 'x.travel',
          type: 'extend',
          effective: '2012-06-01',
          until: '2014-12-31',
          summary: 'Travel ban renewed',
          confidence: 'confirmed',
        },
      ],
    }),
    resolution(300, '2015-03-01', {
      changes: [
        {
          paragraph: '1',
          target: 'x.arms',
          type: 'terminate',
          effective: '2015-04-01',
          summary: 'Arms embargo ends',
          confidence: 'confirmed',
        },
      ],
    }),
  ],
};

export const sample: Regime = RegimeSchema.parse(sampleInput);

/** Resolution 400: a measure `x.a` that a later paragraph "amends" with itself, a replacement cycle. */
export const selfReplacing = resolution(400, '2016-01-01', {
  measures: [
    {
      kind: 'travel-ban',
      id: 'x.a',
      summary: 'a',
      citations: [{ resolution: 400, paragraph: '1' }],
      effective: { start: '2016-01-01' },
      confidence: 'confirmed',
    },
  ],
  changes: [
    {
      paragraph: '2',
      target: 'x.a',
      type: 'amend',
      replacement: 'x.a',
      effective: '2016-02-01',
      summary: 'a replaces a',
      confidence: 'confirmed',
    },
  ],
});

// A small JCPOA-like plan over a small regime, with evidence, to see every rule of the relief layer at work.
import {
  type EvidenceInput,
  EvidenceSchema,
  type Regime,
  RegimeSchema,
  type ReliefPlan,
  ReliefPlanSchema,
} from '../../src/index.js';

export const regime: Regime = RegimeSchema.parse({
  id: 'x-regime',
  title: 'X',
  target: 'XXA',
  committee: 'none',
  foundingResolution: 10,
  resolutions: [
    {
      symbol: 'S/RES/10 (2006)',
      number: 10,
      adopted: '2006-01-01',
      vote: 'unanimous',
      summary: 'old sanctions',
      paragraphs: [],
      changes: [],
      confidence: 'confirmed',
      measures: [
        {
          kind: 'asset-freeze',
          id: 'x.freeze',
          summary: 'freeze',
          citations: [{ resolution: 10, paragraph: '1' }],
          effective: { start: '2006-01-01' },
          confidence: 'confirmed',
        },
        {
          kind: 'trade-ban',
          id: 'x.arms-export',
          summary: 'no arms exports',
          citations: [{ resolution: 10, paragraph: '2' }],
          effective: { start: '2006-01-01' },
          confidence: 'confirmed',
          commodity: 'arms',
          direction: 'from-target',
        },
        {
          kind: 'quantity-cap',
          id: 'x.oil.cap',
          summary: 'oil cap',
          citations: [{ resolution: 10, paragraph: '3' }],
          effective: { start: '2006-01-01' },
          confidence: 'confirmed',
          commodity: 'crude-oil',
          direction: 'to-target',
          limits: [{ amount: '100', unit: 'barrel' }],
          period: { kind: 'recurring', anchor: '2006-01-01', every: 'P12M' },
          thresholds: [],
        },
      ],
    },
  ],
});

export const planInput = {
  id: 'x-plan',
  title: 'A phased plan',
  regime: 'x-regime',
  proposedBy: ['AAA'],
  sources: [{ document: 'test' }],
  confidence: 'confirmed',
  start: '2015-07-20',
  phases: [
    {
      id: 'adoption',
      title: 'Adoption',
      requires: { op: 'occurred', event: 'endorsement', within: { last: 'P10Y' } },
      startsAfter: 'P90D',
      actions: [],
    },
    {
      id: 'implementation',
      title: 'Implementation',
      after: ['adoption'],
      requires: { op: 'fact', fact: 'verified' },
      actions: [
        { type: 'lift', measure: 'x.freeze' },
        { type: 'set-cap-limits', measure: 'x.oil.cap', limits: [{ amount: '500', unit: 'barrel' }] },
      ],
    },
    {
      id: 'transition',
      title: 'Transition',
      after: ['adoption'],
      requires: { op: 'fact', fact: 'broader-conclusion' },
      latest: { phase: 'adoption', plus: 'P8Y' },
      actions: [{ type: 'lift', measure: 'x.arms-export' }],
    },
  ],
  snapback: {
    trigger: { op: 'occurred', event: 'notification', within: { last: 'P10Y' } },
    delay: 'P30D',
    blockedBy: { op: 'occurred', event: 'continuation', within: { last: 'P30D' } },
    restores: 'all',
  },
} as const;

export const plan: ReliefPlan = ReliefPlanSchema.parse(planInput);

export const baseEvidence: EvidenceInput = {
  events: [{ kind: 'endorsement', date: '2015-07-20', source: 'S/RES/2231' }],
  facts: [
    { fact: 'verified', value: false, from: '2015-07-20', source: 'IAEA' },
    { fact: 'verified', value: true, from: '2016-01-16', source: 'IAEA report' },
    { fact: 'broader-conclusion', value: false, from: '2015-07-20', source: 'IAEA' },
  ],
  coverage: [
    { kind: 'notification', start: '2015-07-20', end: '2025-12-31' },
    { kind: 'continuation', start: '2015-07-20', end: '2025-12-31' },
  ],
};

export function evidenceWith(
  extra: Partial<{
    events: EvidenceInput['events'];
    facts: EvidenceInput['facts'];
    coverage: EvidenceInput['coverage'];
  }>,
) {
  return EvidenceSchema.parse({
    events: [...(baseEvidence.events ?? []), ...(extra.events ?? [])],
    facts: [...(baseEvidence.facts ?? []), ...(extra.facts ?? [])],
    coverage: extra.coverage ?? baseEvidence.coverage,
  });
}

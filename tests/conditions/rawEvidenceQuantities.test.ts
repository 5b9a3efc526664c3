// Evidence takes raw { amount, unit } quantities as it takes raw dates; compareFact takes them too (issue 14).
import { describe, expect, it } from 'vitest';
import {
  compareFact,
  type EvidenceInput,
  EvidenceSchema,
  evaluate,
  isQuantity,
  prepareEvidence,
  quantity,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';

const raw: EvidenceInput = {
  facts: [
    { fact: 'imports', value: { amount: '420000', unit: 'barrel' }, from: '2018-01-01', source: 'committee' },
    {
      fact: 'imports',
      value: { amount: '520000.5', unit: 'barrel' },
      from: '2018-07-01',
      source: 'committee',
    },
  ],
};

describe('raw quantities in evidence', () => {
  it('are decoded exactly as EvidenceSchema decodes them', () => {
    const fromRaw = prepareEvidence(raw)
      .facts.get('imports')
      ?.map((o) => o.observation);
    const fromSchema = prepareEvidence(EvidenceSchema.parse(raw))
      .facts.get('imports')
      ?.map((o) => o.observation);
    expect(fromRaw).toEqual(fromSchema);
    expect(fromRaw?.every((o) => isQuantity(o.value))).toBe(true);
    expect(fromRaw?.map((o) => (isQuantity(o.value) ? o.value.amount.toString() : ''))).toEqual([
      '420000',
      '520000.5',
    ]);
  });

  it('evaluate compares them, with a raw or a built quantity in the condition', () => {
    for (const limit of [{ amount: '500000', unit: 'barrel' } as const, quantity('500000', 'barrel')]) {
      const within = compareFact('imports', 'le', limit);
      expect(evaluate(within, raw, { at: '2018-03-01' as never, explain: false }).truth).toBe('met');
      expect(evaluate(within, raw, { at: '2018-08-01' as never, explain: false }).truth).toBe('unmet');
    }
  });

  it('compareFact decodes a raw quantity, frozen, and refuses a bad one in words', () => {
    const condition = compareFact('imports', 'le', { amount: '500000', unit: 'barrel' });
    expect(isQuantity(condition.value)).toBe(true);
    expect(Object.isFrozen(condition.value)).toBe(true);
    const bad = errorOf(() => compareFact('imports', 'le', { amount: '120,000', unit: 'barrel' }));
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.message).toMatch(/^compareFact\(value\)\.amount: /);
    const unit = errorOf(() => compareFact('imports', 'le', { amount: '1', unit: 'furlong' }));
    expect(unit.code).toBe('INVALID_INPUT');
    expect(unit.message).toMatch(/^compareFact\(value\)\.unit: Unknown unit/);
  });

  it('refuses a malformed raw quantity with the path of the entry, and never half-decodes', () => {
    const cases: [unknown, string, RegExp][] = [
      [
        { amount: '120,000', unit: 'barrel' },
        'INVALID_INPUT',
        /^Invalid evidence at evidence\.facts\.0\.value\.amount: /,
      ],
      [
        { amount: 120000, unit: 'barrel' },
        'INVALID_INPUT',
        /^Invalid evidence at evidence\.facts\.0\.value\.amount: /,
      ],
      [
        { amount: '1', unit: 'furlong' },
        'INVALID_INPUT',
        /^Invalid evidence at evidence\.facts\.0\.value\.unit: Unknown unit/,
      ],
      [{ amount: '1' }, 'INVALID_INPUT', /^Invalid evidence at evidence\.facts\.0\.value\.unit: /],
    ];
    for (const [value, code, message] of cases) {
      const error = errorOf(() =>
        prepareEvidence({ facts: [{ fact: 'imports', value, from: '2018-01-01', source: 's' }] } as never),
      );
      expect([error.code, error.message]).toEqual([code, expect.stringMatching(message)]);
      expect(
        EvidenceSchema.safeParse({ facts: [{ fact: 'imports', value, from: '2018-01-01', source: 's' }] })
          .success,
      ).toBe(false);
    }
  });
});

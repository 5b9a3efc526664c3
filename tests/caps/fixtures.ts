import { type LedgerEntryInput, MeasureSchema, type QuantityCap } from '../../src/index.js';

/** The JSON of the 100-barrel annual cap below, for tests that change one field. */
export const capInput = {
  kind: 'quantity-cap',
  id: 'test.oil.cap',
  summary: '100 barrels a year',
  citations: [{ resolution: 1, paragraph: '1' }],
  effective: { start: '2018-01-01' },
  confidence: 'confirmed',
  commodity: 'refined-petroleum',
  direction: 'to-target',
  limits: [{ amount: '100', unit: 'barrel' }],
  period: { kind: 'recurring', anchor: '2018-01-01', every: 'P12M' },
  thresholds: [
    { fraction: '0.75', effect: 'notify' },
    { fraction: '0.95', effect: 'cease' },
  ],
};

/** A 100-barrel annual cap from 2018 with 75 % notify and 95 % cease thresholds. */
export const cap = MeasureSchema.parse(capInput) as QuantityCap;

/** A dual cap: 40 barrels or 5 tonnes, whichever is reached first. */
export const dualCap = MeasureSchema.parse({
  kind: 'quantity-cap',
  id: 'test.crude.cap',
  summary: '40 barrels or 5 tonnes',
  citations: [{ resolution: 1, paragraph: '2' }],
  effective: { start: '2018-01-01' },
  confidence: 'confirmed',
  commodity: 'crude-oil',
  direction: 'to-target',
  limits: [
    { amount: '40', unit: 'barrel' },
    { amount: '5', unit: 'tonne' },
  ],
  period: { kind: 'recurring', anchor: '2018-01-01', every: 'P12M' },
  thresholds: [],
}) as QuantityCap;

let counter = 0;
/** A reported delivery of `amount` barrels on `delivered`. */
export function delivery(
  amount: string,
  delivered: string,
  extra: Partial<LedgerEntryInput> = {},
): LedgerEntryInput {
  counter += 1;
  return {
    id: `e${String(counter).padStart(4, '0')}`,
    cap: cap.id,
    delivered,
    quantity: { amount, unit: 'barrel' },
    reporter: 'CHN',
    basis: 'reported',
    source: { document: 'test' },
    ...extra,
  };
}

/** A reported delivery against a given cap, with the id given (for tests whose expected output names entries). */
export function entryOf(
  capId: string,
  id: string,
  delivered: string,
  amount: string,
  extra: Partial<LedgerEntryInput> = {},
): LedgerEntryInput {
  return { ...delivery(amount, delivered, { cap: capId, ...extra }), id: extra.id ?? id };
}

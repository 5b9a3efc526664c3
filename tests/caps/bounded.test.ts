// Reports cost in proportion to the entries, not to the calendar (issue 13, bounded work).
import { describe, expect, it } from 'vitest';
import {
  type CapReport,
  capReport,
  MeasureSchema,
  parseDate,
  parseDuration,
  type QuantityCap,
} from '../../src/index.js';
import { delivery } from './fixtures.js';

/** A 10-barrel daily cap from 2018-01-01. */
const daily = MeasureSchema.parse({
  kind: 'quantity-cap',
  id: 'test.oil.cap',
  summary: '10 barrels a day',
  citations: [{ resolution: 1, paragraph: '1' }],
  effective: { start: '2018-01-01' },
  confidence: 'confirmed',
  commodity: 'refined-petroleum',
  direction: 'to-target',
  limits: [{ amount: '10', unit: 'barrel' }],
  period: { kind: 'recurring', anchor: '2018-01-01', every: 'P1D' },
  thresholds: [],
}) as QuantityCap;

const ledger = [
  delivery('4', '2018-01-03', { id: 'a' }),
  delivery('12', '2018-01-03', { id: 'b' }),
  delivery('3', '2018-06-30', { id: 'c', quantity: { amount: '3', unit: 'tonne' } }),
  delivery('5', '2019-02-01', { id: 'd', deliveredThrough: '2019-02-02' }),
  delivery('1', '2017-12-31', { id: 'early' }),
];
const ranges = (r: CapReport) => r.periods.map((p) => p.period.start);

describe('a report of more than 1,000 periods', () => {
  it('lists every period up to 1,000 of them', () => {
    const report = capReport(daily, ledger, { asOf: parseDate('2020-09-26') });
    expect(report.periods).toHaveLength(1000);
    expect(report.omittedPeriods).toEqual([]);
  });

  it('lists only the periods that hold an entry and the last one, and names the others as ranges', () => {
    const report = capReport(daily, ledger, { asOf: parseDate('2020-09-27') });
    expect(ranges(report)).toEqual(['2018-01-03', '2018-06-30', '2020-09-27']);
    expect(report.omittedPeriods).toEqual([
      { start: '2018-01-01', end: '2018-01-02' },
      { start: '2018-01-04', end: '2018-06-29' },
      { start: '2018-07-01', end: '2020-09-26' },
    ]);
    expect(report.notCounted.map((n) => `${n.entryId}:${n.reason}`)).toEqual([
      'd:spans-periods',
      'early:outside-periods',
    ]);
  });

  it('gives each listed period the report it has when every period is listed', () => {
    const full = capReport(daily, ledger, { asOf: parseDate('2020-09-26') });
    const sparse = capReport(daily, ledger, { asOf: parseDate('2099-12-31') });
    const completed = sparse.periods.slice(0, -1);
    expect(completed).toHaveLength(2);
    for (const period of completed) {
      const same = full.periods.find((p) => p.period.start === period.period.start);
      expect(JSON.stringify(period)).toBe(JSON.stringify(same));
    }
    const reasons = (r: CapReport) => r.notCounted.map((n) => `${n.entryId}:${n.reason}`);
    expect(reasons(sparse)).toEqual(reasons(full));
  });

  it('reports a daily cap over the whole calendar, to 9999-12-31', () => {
    const whole = {
      ...daily,
      effective: { start: parseDate('0001-01-01') },
      period: { kind: 'recurring' as const, anchor: parseDate('0001-01-01'), every: parseDuration('P1D') },
    };
    const report = capReport(whole, ledger, { asOf: parseDate('9999-12-31') });
    expect(ranges(report)).toEqual(['2017-12-31', '2018-01-03', '2018-06-30', '9999-12-31']);
    expect(report.omittedPeriods.at(-1)).toEqual({ start: '2018-07-01', end: '9999-12-30' });
  });
});

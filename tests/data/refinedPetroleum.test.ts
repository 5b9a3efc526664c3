// The 2018 refined-petroleum story on the bundled ledger: official notifications against the US allegation.
import { describe, expect, it } from 'vitest';
import { dprk1718, refinedPetroleumLedger } from '../../src/data/index.js';
import { capReport, compareBases, LedgerEntrySchema, parseDate, type QuantityCap } from '../../src/index.js';

const cap = dprk1718.resolutions
  .flatMap((r) => r.measures)
  .find((m) => m.id === 'dprk.refined-petroleum.cap') as QuantityCap;
const day = parseDate('2018-09-27');

describe('the bundled refined-petroleum ledger', () => {
  it('parses with LedgerEntrySchema, every entry citing a source', () => {
    for (const entry of refinedPetroleumLedger) {
      const parsed = LedgerEntrySchema.parse(entry);
      expect(parsed.source.document.length, parsed.id).toBeGreaterThan(10);
    }
  });

  it('on 2018-09-27, the official notifications are in tonnes with no factor: utilisation unknown, not guessed', () => {
    const { reported } = compareBases(cap, refinedPetroleumLedger, { asOf: day });
    const period = reported.periods[0];
    expect(period?.period).toEqual({ start: '2018-01-01', end: '2018-12-31' });
    expect(period?.utilisation).toBe('unknown');
    expect(period?.exceeded).toBe('unknown');
    expect(period?.dimensions[0]?.unknownBecause).toEqual([
      'official-2018-01',
      'official-2018-02',
      'official-2018-03',
      'official-2018-04',
    ]);
    expect(period?.notCounted.every((n) => n.reason === 'no-conversion')).toBe(true);
  });

  it('on 2018-09-27, the US capacity estimate of 759,793 barrels exceeds the cap by 259,793 (151.9586 %)', () => {
    const { estimated } = compareBases(cap, refinedPetroleumLedger, { asOf: day });
    const period = estimated.periods[0];
    expect(period?.dimensions[0]?.total.amount.toFixed()).toBe('759793');
    expect(period?.dimensions[0]?.excess.amount.toFixed()).toBe('259793');
    expect(String(period?.utilisation)).toBe('1.519586');
    expect(
      period?.crossings.map((c) => [c.threshold.fraction.toFixed(), c.threshold.effect, c.date]),
    ).toEqual([
      ['0.75', 'notify', '2018-05-30'],
      ['0.9', 'notify', '2018-05-30'],
      ['0.95', 'cease', '2018-05-30'],
      ['1', 'limit', '2018-05-30'],
    ]);
  });

  it('before the US submission (2018-07-11), its estimate was not yet known', () => {
    const { estimated } = compareBases(cap, refinedPetroleumLedger, { asOf: parseDate('2018-07-11') });
    expect(estimated.periods[0]?.counted).toBe(0);
    expect(estimated.notCounted).toContainEqual(
      expect.objectContaining({ entryId: 'usa-2018-01/05', reason: 'reported-after-as-of' }),
    );
  });

  it('in 2020, the January-August notification replaces the January-May one: 129,706 barrels, 25.9412 %', () => {
    const report = capReport(cap, refinedPetroleumLedger, { asOf: parseDate('2020-12-31') });
    const y2020 = report.periods.find((p) => p.period.start === '2020-01-01');
    expect(y2020?.dimensions[0]?.total.amount.toFixed()).toBe('129706');
    expect(String(y2020?.utilisation)).toBe('0.259412');
    expect(report.superseded).toContainEqual({
      entryId: 'official-2020-01/05',
      by: 'official-2020-01/08',
      kind: 'corrected',
    });
  });

  it('for 2021, China notified 91,909 barrels and Russia none (published 2022-03-23): 18.3818 %', () => {
    const report = capReport(cap, refinedPetroleumLedger, { asOf: parseDate('2022-03-23') });
    const y2021 = report.periods.find((p) => p.period.start === '2021-01-01');
    expect(String(y2021?.utilisation)).toBe('0.183818');
    expect(y2021?.byReporter.map((g) => [g.key, g.totals[0]?.amount.toFixed()])).toEqual([
      ['CHN', '91909'],
      ['RUS', '0'],
    ]);
  });
});

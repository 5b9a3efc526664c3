// Report fields readable without arithmetic, and never definite when the total is only a lower bound (issue 14).
import { describe, expect, it } from 'vitest';
import { dprk1718, refinedPetroleumLedger } from '../../src/data/index.js';
import { capReport, compareBases, findMeasure, parseDate } from '../../src/index.js';
import { delivery, cap as hundredBarrels } from './fixtures.js';

const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap');
if (cap === undefined) throw new Error('no cap');

describe('utilisationPercent', () => {
  it('is the exact utilisation times 100, as a plain decimal string', () => {
    const { estimated } = compareBases(cap, refinedPetroleumLedger, { asOf: parseDate('2018-09-27') });
    const period = estimated.periods[0];
    expect(period?.utilisation.toString()).toBe('1.519586');
    expect(period?.utilisationPercent).toBe('151.9586');
    expect(period?.dimensions[0]?.utilisationPercent).toBe('151.9586');
  });

  it('is unknown exactly when utilisation is', () => {
    const { reported } = compareBases(cap, refinedPetroleumLedger, { asOf: parseDate('2018-09-27') });
    const period = reported.periods[0];
    expect(period?.utilisation).toBe('unknown');
    expect(period?.utilisationPercent).toBe('unknown');
    expect(period?.dimensions[0]?.utilisationPercent).toBe('unknown');
  });

  it('never uses exponent notation, for tiny or huge utilisations', () => {
    const tiny = capReport(hundredBarrels, [delivery('0.0000001', '2018-06-01')], {
      asOf: parseDate('2018-12-31'),
    });
    expect(tiny.periods[0]?.dimensions[0]?.utilisationPercent).toBe('0.0000001');
    const huge = capReport(hundredBarrels, [delivery(`1${'0'.repeat(19)}`, '2018-06-01')], {
      asOf: parseDate('2018-12-31'),
    });
    expect(huge.periods[0]?.utilisationPercent).toBe(`1${'0'.repeat(19)}`);
  });
});

describe('remaining', () => {
  it('is unknown when the total is only a lower bound; remainingAtMost keeps the bound', () => {
    const { reported } = compareBases(cap, refinedPetroleumLedger, { asOf: parseDate('2018-09-27') });
    const dimension = reported.periods[0]?.dimensions[0];
    expect(dimension?.utilisation).toBe('unknown');
    expect(dimension?.remaining).toBe('unknown');
    expect(dimension?.remainingAtMost.amount.toFixed()).toBe(
      dimension?.limit.amount.minus(dimension.total.amount).toFixed(),
    );
  });

  it('is definite, and equal to remainingAtMost, when utilisation is known', () => {
    const { estimated } = compareBases(cap, refinedPetroleumLedger, { asOf: parseDate('2018-09-27') });
    const dimension = estimated.periods[0]?.dimensions[0];
    expect(dimension?.remaining).toEqual(dimension?.remainingAtMost);
    expect(dimension?.remaining === 'unknown' ? 'unknown' : dimension?.remaining.amount.toFixed()).toBe('0');
  });
});

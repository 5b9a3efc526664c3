import { describe, expect, it } from 'vitest';
import { assessTransfer, parseDate } from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { sample } from './fixtures.js';

const on = parseDate;

describe('assessTransfer', () => {
  it('prohibits what a ban in force covers, citing it', () => {
    const result = assessTransfer(sample, {
      commodity: 'coal',
      direction: 'from-target',
      on: on('2011-01-01'),
    });
    expect(result.verdict).toBe('prohibited');
    expect(result.measures.map((m) => m.measure.id)).toEqual(['x.coal.export']);
    expect(result.citations).toEqual([{ resolution: 100, paragraph: '1' }]);
  });

  it('says not-covered for the other direction, or while the ban is suspended', () => {
    expect(
      assessTransfer(sample, { commodity: 'coal', direction: 'to-target', on: on('2011-01-01') }).verdict,
    ).toBe('not-covered');
    const suspended = assessTransfer(sample, {
      commodity: 'coal',
      direction: 'from-target',
      on: on('2012-08-01'),
    });
    expect(suspended).toEqual({ verdict: 'not-covered', measures: [], citations: [] });
  });

  it("says capped under a quantity cap, and applies a broader commodity's measures to a narrower one", () => {
    expect(
      assessTransfer(sample, { commodity: 'refined-petroleum', direction: 'to-target', on: on('2013-06-01') })
        .verdict,
    ).toBe('capped');
    const fuel = assessTransfer(sample, {
      commodity: 'aviation-fuel',
      direction: 'to-target',
      on: on('2013-06-01'),
    });
    expect(fuel.verdict).toBe('capped');
    expect(fuel.citations).toEqual([
      { resolution: 100, paragraph: '4' },
      { resolution: 200, paragraph: '1' },
    ]);
  });

  it('says permitted-with-conditions under a conditional measure', () => {
    expect(
      assessTransfer(sample, { commodity: 'seafood', direction: 'from-target', on: on('2013-01-01') })
        .verdict,
    ).toBe('permitted-with-conditions');
  });

  it('applies an arms embargo in both directions until it is terminated', () => {
    expect(
      assessTransfer(sample, { commodity: 'arms', direction: 'to-target', on: on('2015-03-31') }).verdict,
    ).toBe('prohibited');
    expect(
      assessTransfer(sample, { commodity: 'arms', direction: 'from-target', on: on('2015-03-31') }).verdict,
    ).toBe('prohibited');
    expect(
      assessTransfer(sample, { commodity: 'arms', direction: 'to-target', on: on('2015-04-01') }).verdict,
    ).toBe('not-covered');
  });

  it('never claims a permission it cannot cite: unregulated commodities are not-covered', () => {
    expect(
      assessTransfer(sample, { commodity: 'wood', direction: 'from-target', on: on('2013-01-01') }).verdict,
    ).toBe('not-covered');
  });

  it('refuses unknown commodities and directions', () => {
    expect(
      codeOf(() =>
        assessTransfer(sample, { commodity: 'oil' as never, direction: 'to-target', on: on('2013-01-01') }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        assessTransfer(sample, { commodity: 'coal', direction: 'in' as never, on: on('2013-01-01') }),
      ),
    ).toBe('INVALID_INPUT');
  });
});

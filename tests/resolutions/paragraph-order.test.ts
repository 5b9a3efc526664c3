// The order of paragraphs within a resolution, which decides the order of same-day changes and calendar events.
import { describe, expect, it } from 'vitest';
import { compareParagraphs } from '../../src/resolutions/timeline.js';

describe('compareParagraphs', () => {
  it('puts numbers in numeric order and subparagraphs after their paragraph, in letter order', () => {
    const shuffled = ['2(b)', '10', '2', '26(b)(ii)', '2(a)', '3', '26(b)(i)', '26(a)', '1'];
    expect([...shuffled].sort(compareParagraphs)).toEqual([
      '1',
      '2',
      '2(a)',
      '2(b)',
      '3',
      '10',
      '26(a)',
      '26(b)(i)',
      '26(b)(ii)',
    ]);
  });

  it('is antisymmetric, and zero only for the same paragraph', () => {
    expect(compareParagraphs('2(a)', '2(b)')).toBe(-1);
    expect(compareParagraphs('2(b)', '2(a)')).toBe(1);
    expect(compareParagraphs('2(a)', '2(a)')).toBe(0);
    expect(Math.sign(compareParagraphs('3', '10'))).toBe(-1);
    expect(Math.sign(compareParagraphs('10', '3'))).toBe(1);
  });
});

// The chart scales of src/format/svg.ts at their edges: each of the four nice steps and the thresholds between them,
// negative and fractional domains, pixel ranges that run upwards, month and year ticks at every step size, and
// labels spread apart in crowded bands.
import { describe, expect, it } from 'vitest';
import { dateScale, esc, linearScale, px, spread, text } from '../../src/format/svg.js';
import { parseDate } from '../../src/index.js';

describe('linearScale', () => {
  it.each([
    // span / count → raw step → nice step (1, 2, 5 or 10 times a power of ten)
    [0, 12, 10, 1],
    [0, 14, 10, 1],
    [0, 14.2, 10, 2],
    [0, 31.5, 10, 2],
    [0, 31.7, 10, 5],
    [0, 70.6, 10, 5],
    [0, 70.8, 10, 10],
    [0, 0.12, 10, 0.01],
    [0, 4000, 4, 1000],
  ])('from %d to %d in about %d ticks steps by %d', (min, max, count, step) => {
    const scale = linearScale(min, max, 0, 100, count);
    const ticks = scale.ticks;
    expect(Number(((ticks[1] as number) - (ticks[0] as number)).toFixed(10))).toBe(step);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    expect((ticks.at(-1) as number) - max).toBeLessThan(step);
    expect(scale.domain).toEqual([0, ticks.at(-1)]);
  });

  it('maps the domain onto the range, upwards or downwards, and starts below a negative minimum', () => {
    const up = linearScale(0, 100, 400, 0, 5);
    expect(up(0)).toBe(400);
    expect(up(100)).toBe(0);
    expect(up(50)).toBe(200);
    const down = linearScale(0, 100, 10, 110, 5);
    expect(down(25)).toBe(35);
    const negative = linearScale(-35, 35, 0, 100, 7);
    expect(negative.ticks).toEqual([-40, -30, -20, -10, 0, 10, 20, 30, 40]);
    expect(negative(0)).toBe(50);
    // An empty domain at a negative value still has a step.
    expect(linearScale(-5, -5, 0, 100).ticks.length).toBeGreaterThan(1);
  });
});

describe('dateScale', () => {
  it.each([
    ['2018-01-01', '2018-03-31', 8, 1, ['2018-01', '2018-02', '2018-03']],
    ['2018-01-01', '2018-12-31', 4, 3, ['2018-01', '2018-04', '2018-07', '2018-10']],
    ['2018-01-01', '2019-12-31', 4, 6, ['2018-01', '2018-07', '2019-01', '2019-07']],
    ['2010-01-01', '2017-12-31', 8, 12, ['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017']],
    ['2000-06-01', '2019-12-31', 5, 60, ['2005', '2010', '2015']],
    ['1900-01-01', '2099-12-31', 2, 1200, ['1900', '2000']],
  ])('from %s to %s in at most about %d ticks steps by %d months', (first, last, count, _step, labels) => {
    const scale = dateScale(parseDate(first), parseDate(last), 0, 1000, count);
    expect(scale.ticks.map((t) => t.label)).toEqual(labels);
    for (const t of scale.ticks) expect(t.date.endsWith('-01')).toBe(true);
  });

  it('places a day at its start and its end one day on, over the whole range', () => {
    const scale = dateScale(parseDate('2018-01-01'), parseDate('2018-01-10'), 100, 200, 2);
    expect(scale(parseDate('2018-01-01'))).toBe(100);
    expect(scale.end(parseDate('2018-01-01'))).toBe(110);
    expect(scale(parseDate('2018-01-06'))).toBe(150);
    expect(scale.end(parseDate('2018-01-10'))).toBe(200);
    // A tick is never before the first day: a range from mid-month starts ticking at the next month.
    expect(dateScale(parseDate('2018-01-15'), parseDate('2018-04-30'), 0, 100, 8).ticks[0]?.date).toBe(
      '2018-02-01',
    );
  });
});

describe('spread', () => {
  it('leaves labels far enough apart where they are, in their order', () => {
    expect(spread([30, 10, 50], 5, 0, 100)).toEqual([30, 10, 50]);
    expect(spread([], 5, 0, 100)).toEqual([]);
  });

  it('pushes crowded labels down, keeping their order, ties by position in the list', () => {
    expect(spread([12, 10, 10], 5, 0, 100)).toEqual([20, 10, 15]);
    expect(spread([-50], 5, 0, 100)).toEqual([0]);
    expect(spread([500], 5, 0, 100)).toEqual([100]);
  });

  it('pushes back up from the bottom when the band overflows, and past the top only when it must', () => {
    expect(spread([95, 96, 97], 10, 0, 100)).toEqual([80, 90, 100]);
    expect(spread([0, 0, 0], 60, 0, 100)).toEqual([-20, 40, 100]);
  });
});

describe('SVG text', () => {
  it('writes numbers with at most two decimals, no exponent and no negative zero', () => {
    expect(px(1.005)).toBe('1');
    expect(px(1.006)).toBe('1.01');
    expect(px(-0.001)).toBe('0');
    expect(px(1e-7)).toBe('0');
    expect(px(-12.346)).toBe('-12.35');
  });

  it('writes a text element, its content escaped, with or without attributes', () => {
    expect(text(1.234, 5, 'a<b')).toBe('<text x="1.23" y="5">a&lt;b</text>');
    expect(text(0, 0, 'x', 'fill="#111"')).toBe('<text x="0" y="0" fill="#111">x</text>');
    expect(esc('\u0008\u000b\u000c\u001f\t\n\r')).toBe('\uFFFD\uFFFD\uFFFD\uFFFD\t\n\r');
    expect(esc('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
  });
});

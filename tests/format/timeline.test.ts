// regimeTimelineSvg on a small regime built to hold every kind of change (extension, amendment, supersession,
// termination, suspension, expiry), a measure cited only by a document, and bars of every length; and on the
// bundled South Sudan regime, whose renewals crowd one row with extension marks. The positions asserted are the
// layout's own arithmetic (rows of 20 pixels, kinds 26 apart, labels at about 5.5 pixels a character).
import { describe, expect, it } from 'vitest';
import { dprk1718, southSudan2206 } from '../../src/data/index.js';
import { regimeTimelineSvg } from '../../src/format/index.js';
import { RegimeSchema, regimeChanges } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { expectText } from './expected.js';
import { elements, parseXml, textOf, type XmlElement } from './xml.js';

const resolution = (number: number, adopted: string, rest: object) => ({
  symbol: `S/RES/${number} (${adopted.slice(0, 4)})`,
  number,
  adopted,
  vote: 'unanimous',
  summary: `resolution ${number}`,
  paragraphs: [],
  confidence: 'confirmed',
  measures: [],
  changes: [],
  ...rest,
});
const measure = (id: string, kind: string, start: string, extra: object = {}) => ({
  kind,
  id,
  summary: id,
  citations: [{ resolution: 1, paragraph: '1' }],
  effective: { start },
  confidence: 'confirmed',
  ...(kind === 'arms-embargo' ? { direction: 'to-target' } : {}),
  ...extra,
});

const regime = RegimeSchema.parse({
  id: 'x-every-change',
  title: 'Every change',
  target: 'XXA',
  committee: 'none',
  foundingResolution: 1,
  resolutions: [
    resolution(1, '2010-01-01', {
      measures: [
        measure('x.ban', 'travel-ban', '2010-01-01'),
        measure('x.freeze', 'asset-freeze', '2010-01-01', {
          effective: { start: '2010-01-01', end: '2011-06-30' },
        }),
        measure('x.arms', 'arms-embargo', '2010-01-01', { confidence: 'unconfirmed' }),
        measure('x.short', 'arms-embargo', '2013-06-01', {
          effective: { start: '2013-06-01', end: '2013-06-20' },
        }),
        measure('x.tiny', 'arms-embargo', '2010-01-01', {
          effective: { start: '2010-01-01', end: '2010-01-10' },
        }),
        measure('x.noted', 'travel-ban', '2012-03-01', {
          citations: [{ document: 'S/2012/99' }],
        }),
      ],
    }),
    resolution(2, '2011-01-01', {
      measures: [
        measure('x.arms.2', 'arms-embargo', '2011-01-01', { citations: [{ resolution: 2, paragraph: '1' }] }),
      ],
      changes: [
        {
          type: 'amend',
          target: 'x.arms',
          replacement: 'x.arms.2',
          paragraph: '1',
          effective: '2011-01-01',
          summary: 'amended',
          confidence: 'confirmed',
        },
      ],
    }),
    resolution(3, '2012-06-01', {
      changes: [
        {
          type: 'extend',
          target: 'x.ban',
          paragraph: '1',
          effective: '2012-06-01',
          until: '2016-12-31',
          summary: 'extended',
          confidence: 'confirmed',
        },
        {
          type: 'suspend',
          target: 'x.noted',
          paragraph: '2',
          effective: '2012-06-01',
          until: '2012-08-31',
          summary: 'suspended',
          confidence: 'confirmed',
        },
      ],
    }),
    resolution(4, '2014-01-01', {
      changes: [
        {
          type: 'terminate',
          target: 'x.ban',
          paragraph: '1',
          effective: '2014-01-01',
          summary: 'ended',
          confidence: 'confirmed',
        },
      ],
    }),
  ],
});

const svg = (from = '2009-01-01', to = '2015-12-31', width?: number) =>
  regimeTimelineSvg(regime, width === undefined ? { from, to } : { from, to, width });
const tree = (from?: string, to?: string, width?: number) => parseXml(svg(from, to, width));
const rows = (root: XmlElement) => elements(root).filter((e) => e.attributes.class === 'measure');
const row = (root: XmlElement, id: string) =>
  rows(root).find((e) => e.attributes['data-measure'] === id) as XmlElement;
const texts = (e: XmlElement) =>
  e.children
    .filter((c) => c.name === 'text')
    .map((t) => [t.text, Number(t.attributes.x), t.attributes['text-anchor']]);
/** The labels printed on a row, without the bars' tooltips. */
const said = (e: XmlElement) =>
  e.children
    .filter((c) => c.name === 'text')
    .map((t) => t.text)
    .join(' ');
const bars = (e: XmlElement) =>
  e.children
    .filter((c) => c.attributes.class === 'bar')
    .map((b) => [Number(b.attributes.x), Number(b.attributes.width)]);

describe('regimeTimelineSvg, on every kind of change', () => {
  it('draws this regime as a stable, well-formed SVG', () => {
    expectText('timeline-every-change.svg', svg());
  });

  it('sizes the chart by its rows and kinds, and takes a width from 640 to 4000 pixels', () => {
    const root = tree();
    // 7 measures in 3 kinds: 96 + 7 × 20 + 3 × 26 + 40.
    expect(rows(root)).toHaveLength(7);
    expect(root.attributes.height).toBe('354');
    expect(root.attributes.width).toBe('960');
    expect(root.attributes.viewBox).toBe('0 0 960 354');
    expect(tree(undefined, undefined, 640).attributes.width).toBe('640');
    expect(tree(undefined, undefined, 4000).attributes.width).toBe('4000');
    for (const width of [639, 4001, 700.5, Number.NaN])
      expect(errorOf(() => svg(undefined, undefined, width)).code, String(width)).toBe('INVALID_INPUT');
    expect(errorOf(() => regimeTimelineSvg(regime, 'x' as never)).message).toContain('expected { from, to }');
  });

  it('groups the rows by kind in order of first appearance, each kind sorted by the day its first bar starts', () => {
    const kinds = elements(tree()).filter((e) => e.attributes.class === 'kind');
    expect(kinds.map((k) => [k.attributes['data-kind'], k.children[0]?.text])).toEqual([
      ['travel-ban', 'travel-ban (2)'],
      ['asset-freeze', 'asset-freeze (1)'],
      ['arms-embargo', 'arms-embargo (4)'],
    ]);
    const ids = (k: XmlElement | undefined) => rows(k as XmlElement).map((r) => r.attributes['data-measure']);
    expect(ids(kinds[0])).toEqual(['x.ban', 'x.noted']);
    // Two bars from the same day keep the regime's order.
    expect(ids(kinds[2])).toEqual(['x.arms', 'x.tiny', 'x.arms.2', 'x.short']);
  });

  it('names what ended each bar: terminated, amended, expired; an extension is a mark on the bar', () => {
    const root = tree();
    expect(said(row(root, 'x.ban'))).toBe('x.ban res. 1 terminated by res. 4 extended by res. 3');
    expect(row(root, 'x.ban').children.filter((c) => c.attributes.class === 'extension')).toHaveLength(1);
    expect(said(row(root, 'x.arms'))).toBe('x.arms (unconfirmed) res. 1 amended by res. 2');
    expect(said(row(root, 'x.freeze'))).toBe('x.freeze res. 1 expired (end set by res. 1)');
    expect(said(row(root, 'x.arms.2'))).toBe('x.arms.2 res. 2');
  });

  it('draws a suspension as a gap, each bar labelled with the resolution that holds the measure', () => {
    const root = tree();
    const noted = row(root, 'x.noted');
    expect(bars(noted)).toHaveLength(2);
    // What ended the first bar would run into the second: it is left to the bar's tooltip and the description.
    expect(said(noted)).toBe('x.noted res. 1 res. 1');
    expect(textOf(noted.children.find((c) => c.attributes.class === 'bar') as XmlElement)).toBe(
      'x.noted: from 2012-03-01 (res. 1) to 2012-05-31, suspended by res. 3',
    );
    const desc = textOf(root.children[1] as XmlElement);
    expect(desc).toContain(
      'x.noted: from 2012-03-01 (res. 1) to 2012-05-31, suspended by res. 3; from 2012-09-01 (res. 1) past 2015-12-31',
    );
  });

  it('puts the label inside a bar long enough, before a short one, and after one with no room before it', () => {
    const root = tree();
    // Inside: 3 pixels into the bar.
    const [banX] = bars(row(root, 'x.ban'))[0] as [number, number];
    expect(texts(row(root, 'x.ban'))[1]).toEqual(['res. 1', banX + 3, undefined]);
    // Before: the bar of 20 days is too short for "res. 1" and there is room on its left.
    const [shortX, shortWidth] = bars(row(root, 'x.short'))[0] as [number, number];
    expect(shortWidth).toBeLessThan('res. 1'.length * 5.5 + 6);
    expect(texts(row(root, 'x.short')).slice(1)).toEqual([
      ['res. 1', shortX - 3, 'end'],
      ['expired (end set by res. 1)', expect.closeTo(shortX + shortWidth + 4, 1), undefined],
    ]);
    // After, with what ended it: a bar of 10 days at the very start of the range.
    const tiny = row(tree('2010-01-01'), 'x.tiny');
    const [tinyX, tinyWidth] = bars(tiny)[0] as [number, number];
    expect(tinyX).toBe(300);
    expect(tinyWidth).toBeCloseTo((10 / 2191) * 470, 2);
    expect(texts(tiny).slice(1)).toEqual([
      ['res. 1; expired (end set by res. 1)', expect.closeTo(300 + tinyWidth + 4, 1), undefined],
    ]);
    // Over seven years the same ten days are narrower than 2 pixels: a bar is never drawn narrower.
    expect(bars(row(root, 'x.tiny'))[0]?.[1]).toBe(2);
  });

  it('marks the bars still in force at the end of the range with a triangle, and only those', () => {
    const root = tree();
    const open = rows(root)
      .filter((r) => r.children.some((c) => c.name === 'path'))
      .map((r) => r.attributes['data-measure']);
    expect(open.sort()).toEqual(['x.arms.2', 'x.noted']);
    const desc = textOf(root.children[1] as XmlElement);
    expect(desc).toContain('x.arms.2: from 2011-01-01 (res. 2) past 2015-12-31');
    expect(desc).toContain(
      'x.ban: from 2010-01-01 (res. 1), extended by res. 3 on 2012-06-01 to 2013-12-31, terminated by res. 4',
    );
    expect(desc).toContain('7 measures in 3 kinds');
  });

  it('starts and ends bars at the range, however the range cuts them', () => {
    const root = tree('2010-06-01', '2012-06-30');
    const desc = textOf(root.children[1] as XmlElement);
    expect(desc).toContain(
      'x.ban: from 2010-06-01 (res. 1), extended by res. 3 on 2012-06-01 past 2012-06-30',
    );
    expect(desc).toContain('x.noted: from 2012-03-01 (res. 1) to 2012-05-31, suspended by res. 3.');
    expect(rows(root).map((r) => r.attributes['data-measure'])).not.toContain('x.short');
    // A one-day range.
    const day = tree('2013-06-10', '2013-06-10');
    expect(
      rows(day)
        .map((r) => r.attributes['data-measure'])
        .sort(),
    ).toEqual(['x.arms.2', 'x.ban', 'x.noted', 'x.short']);
  });

  it('ticks the axis about every 60 pixels, so that labels never run into each other', () => {
    const ticks = (width: number, from: string, to: string) =>
      elements(parseXml(regimeTimelineSvg(regime, { from, to, width })))
        .filter((e) => e.name === 'text' && e.attributes['text-anchor'] === 'middle')
        .map((t) => t.text);
    expect(ticks(960, '2009-01-01', '2015-12-31')).toEqual([
      '2009',
      '2010',
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
    ]);
    expect(ticks(640, '2010-01-01', '2010-12-31')).toEqual(['2010-01', '2010-07']);
    const wide = ticks(4000, '2010-01-01', '2010-12-31');
    expect(wide).toHaveLength(12);
    expect(wide[0]).toBe('2010-01');
  });
});

describe('regimeTimelineSvg, at the edges of its range and its options', () => {
  it('says in words, and in its description, when no measure is in force', () => {
    const root = tree('2000-01-01', '2005-12-31');
    expect(rows(root)).toHaveLength(0);
    expect(textOf(root.children[1] as XmlElement)).toBe(
      'Timeline of regime x-every-change from 2000-01-01 to 2005-12-31: 0 measures in 0 kinds, one bar each, labelled with the resolution that imposed it and the one that changed or ended it. No measure is in force in this range.',
    );
    const notice = elements(root).filter(
      (e) => e.name === 'text' && e.text === 'No measure is in force in this range.',
    );
    expect(notice.map((t) => [t.attributes.x, t.attributes.y])).toEqual([['300', '116']]);
  });

  it('sees a change on the first and on the last day of the range', () => {
    // x.ban is terminated on 2014-01-01 and x.arms amended on 2011-01-01.
    const last = textOf(tree('2013-01-01', '2014-01-01').children[1] as XmlElement);
    expect(last).toContain('x.ban: from 2013-01-01 (res. 1) to 2013-12-31, terminated by res. 4');
    const first = textOf(tree('2011-01-01', '2012-12-31').children[1] as XmlElement);
    expect(first).toContain('x.arms.2: from 2011-01-01 (res. 2) past 2012-12-31');
    expect(first).not.toContain('x.arms (unconfirmed)');
    // A suspension that ends on the last day of the range, or ends the day before it starts.
    expect(textOf(tree('2012-07-01', '2012-08-31').children[1] as XmlElement)).not.toContain('x.noted');
    expect(textOf(tree('2012-09-01', '2012-12-31').children[1] as XmlElement)).toContain(
      'x.noted: from 2012-09-01 (res. 1) past 2012-12-31',
    );
  });

  it('refuses bad options in words that name the option', () => {
    const width = errorOf(() => svg(undefined, undefined, 639));
    expect(width.message).toBe(
      'regimeTimelineSvg(options.width): expected a whole number of pixels from 640 to 4000, got 639.',
    );
    expect(width.details).toEqual({ argument: 'regimeTimelineSvg(options.width)', value: '639' });
    const options = errorOf(() => regimeTimelineSvg(regime, null as never));
    expect(options.message).toBe('regimeTimelineSvg(options): expected { from, to }.');
    expect(options.details).toEqual({ argument: 'regimeTimelineSvg(options)', value: 'null' });
  });
});

describe('regimeTimelineSvg, on the South Sudan regime', () => {
  const from = '2017-01-01';
  const to = '2026-06-30';

  it('draws a stable, well-formed SVG', () => {
    expectText('timeline-ssd-2017-2026.svg', regimeTimelineSvg(southSudan2206, { from, to, width: 1200 }));
  });

  it('marks every renewal on the bar, labels those with room, and names every one in the description', () => {
    const root = parseXml(regimeTimelineSvg(southSudan2206, { from, to, width: 1200 }));
    const ban = rows(root).find((r) => r.attributes['data-measure'] === 'ssd.travel-ban') as XmlElement;
    const renewals = regimeChanges(southSudan2206).filter(
      (e) => e.measureId === 'ssd.travel-ban' && e.type === 'extend' && from < e.date && e.date <= to,
    );
    expect(renewals.length).toBeGreaterThan(8);
    expect(ban.children.filter((c) => c.attributes.class === 'extension')).toHaveLength(renewals.length);
    const labels = ban.children.filter((c) => c.name === 'text' && c.text.startsWith('extended by'));
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.length).toBeLessThan(renewals.length);
    // No label starts before the previous one ends (about 5 pixels a character at 9 px).
    for (let i = 1; i < labels.length; i += 1) {
      const previous = labels[i - 1] as XmlElement;
      expect(Number(labels[i]?.attributes.x)).toBeGreaterThanOrEqual(
        Number(previous.attributes.x) + previous.text.length * 5,
      );
    }
    const desc = textOf(root.children[1] as XmlElement);
    for (const r of renewals) expect(desc).toContain(`extended by res. ${r.resolution} on ${r.date}`);
  });
});

describe('regimeTimelineSvg, on a narrow DPRK range', () => {
  it('names the resolution that imposed a bar whatever day the range starts on (regression)', () => {
    // dprk.arms.supply.1874 is 1874's version of 1718's arms ban, and cites 1718 para 8(a)(i) first. A range that began
    // after 1874 labelled its bar "res. 1718", one that began before labelled it "res. 1874".
    const label = (from: string) => {
      const root = parseXml(regimeTimelineSvg(dprk1718, { from, to: '2012-12-31' }));
      return texts(row(root, 'dprk.arms.supply.1874'))[1]?.[0];
    };
    expect(label('2009-01-01')).toBe('res. 1874');
    expect(label('2010-01-01')).toBe('res. 1874');
  });

  it('draws a stable, well-formed SVG at the smallest width', () => {
    expectText(
      'timeline-dprk-2017-08-2018-03.svg',
      regimeTimelineSvg(dprk1718, { from: '2017-08-01', to: '2018-03-31', width: 640 }),
    );
  });
});

// capReportSvg on small ledgers whose every step, crossing and arrow can be worked out by hand: where the steps fall
// (the end of each month of delivery, the day of each crossing), where the line stops (the report's day, or the
// period's end), how crossings are grouped and labelled, the lower-bound arrows, the legend and the description in
// words, and the option bounds. Positions are checked against the chart's own scales (dateScale and linearScale in
// src/format/svg.ts, tested in edges.test.ts): the question here is which dates and totals the chart puts on them.
import { describe, expect, it } from 'vitest';
import { capReportSvg } from '../../src/format/index.js';
import { dateScale, linearScale, px } from '../../src/format/svg.js';
import {
  capReport,
  compareBases,
  type LedgerEntryInput,
  MeasureSchema,
  parseDate as pd,
  type QuantityCap,
} from '../../src/index.js';
import { cap, dualCap, entryOf } from '../caps/fixtures.js';
import { errorOf } from '../helpers.js';
import { expectText } from './expected.js';
import { elements, parseXml, textOf, type XmlElement } from './xml.js';

const entry = (id: string, delivered: string, amount: string, extra: Partial<LedgerEntryInput> = {}) =>
  entryOf(cap.id, id, delivered, amount, extra);

// 100 barrels a year, 75 % notify and 95 % cease. 50 by the end of February, 80 on 5 June (75 % crossed), 105 on
// 15 December (95 % and the limit crossed by one entry).
const ledger = [
  entry('a1', '2018-02-10', '30'),
  entry('a2', '2018-02-20', '20'),
  entry('a3', '2018-06-05', '30'),
  entry('a4', '2018-12-15', '25'),
];
const complete = () => capReport(cap, ledger, { asOf: '2018-12-31' });
const byClass = (root: XmlElement, name: string, cls: string) =>
  elements(root).filter((e) => e.name === name && (e.attributes.class ?? '').split(' ').includes(cls));
const desc = (root: XmlElement) => textOf(root.children[1] as XmlElement);

// The default layout: 800 × 460, margins 64 / 250 / 70 + 18 a series / 84.
const plot = (series: number, width = 800, height = 460) => ({
  left: 84,
  right: width - 250,
  top: 64,
  bottom: height - (70 + 18 * series),
});

describe('capReportSvg, on a year that crosses every threshold', () => {
  it('draws a stable, well-formed SVG', () => {
    expectText('cap-test-2018.svg', capReportSvg(complete(), { cap }));
  });

  it('steps at the end of each month of delivery and on each crossing, and runs to the end of a complete period', () => {
    const { left, right, top, bottom } = plot(1);
    const x = dateScale(pd('2018-01-01'), pd('2018-12-31'), left, right, Math.floor((right - left) / 64));
    const y = linearScale(0, 105 * 1.05, bottom, top, 6);
    const [step] = byClass(parseXml(capReportSvg(complete(), { cap })), 'path', 'step');
    // 50 at the end of February; 80 on 5 June (the crossing; the end of June adds nothing); 105 on 15 December.
    expect(step?.attributes.d).toBe(
      [
        `M${px(x(pd('2018-01-01')))},${px(y(0))}`,
        `H${px(x.end(pd('2018-02-28')))} V${px(y(50))}`,
        `H${px(x.end(pd('2018-06-05')))} V${px(y(80))}`,
        `H${px(x.end(pd('2018-12-15')))} V${px(y(105))}`,
        `H${px(x.end(pd('2018-12-31')))}`,
      ].join(' '),
    );
    // The total passed the limit, so the axis goes past it: 105 × 1.05, up to a nice tick.
    expect(y.ticks.at(-1)).toBeGreaterThanOrEqual(110);
    expect(step?.attributes.stroke).toBe('#1b4f9c');
    expect(step?.attributes['stroke-dasharray']).toBeUndefined();
  });

  it('groups the crossings of one entry on one day in one marker, labelled left of it in the right half', () => {
    const root = parseXml(capReportSvg(complete(), { cap }));
    const crossings = byClass(root, 'g', 'crossing');
    expect(crossings.map(textOf)).toEqual(['75 % on 2018-06-05 by a3', '95, 100 % on 2018-12-15 by a4']);
    const [june, december] = crossings.map((g) => g.children.find((c) => c.name === 'text') as XmlElement);
    const markerX = (g: XmlElement | undefined) =>
      Number(/^M([\d.]+),/.exec(g?.children[0]?.attributes.d ?? '')?.[1]);
    expect(june?.attributes['text-anchor']).toBeUndefined();
    expect(Number(june?.attributes.x)).toBeCloseTo(markerX(crossings[0]) + 10, 1);
    expect(december?.attributes['text-anchor']).toBe('end');
    expect(Number(december?.attributes.x)).toBeCloseTo(markerX(crossings[1]) - 10, 1);
  });

  it('draws every threshold of the cap, crossed or not, and the limit, labelled in the right margin', () => {
    const root = parseXml(capReportSvg(capReport(cap, ledger.slice(0, 2), { asOf: '2018-12-31' }), { cap }));
    expect(byClass(root, 'g', 'threshold').map(textOf)).toEqual([
      '75 % notify: 75 bbl',
      '95 % cease: 95 bbl',
    ]);
    expect(byClass(root, 'g', 'limit').map(textOf)).toEqual(['limit 100 bbl']);
    // Without the cap, only the thresholds crossed (here none), and never the limit as a threshold.
    const plain = parseXml(capReportSvg(complete()));
    expect(byClass(plain, 'g', 'threshold').map(textOf)).toEqual([
      '75 % notify: 75 bbl',
      '95 % cease: 95 bbl',
    ]);
    expect(
      byClass(
        parseXml(capReportSvg(capReport(cap, ledger.slice(0, 3), { asOf: '2018-12-31' }))),
        'g',
        'threshold',
      ).map(textOf),
    ).toEqual(['75 % notify: 75 bbl']);
  });

  it('says in words what the chart shows', () => {
    expect(desc(parseXml(capReportSvg(complete(), { cap })))).toBe(
      'Step chart of the cumulative total of cap test.oil.cap from 2018-01-01 to 2018-12-31 as known on 2018-12-31, ' +
        'one line per basis, rising at the end of each month of delivery and at each crossing. Limit 100 bbl; ' +
        'thresholds 75 % notify, 95 % cease. reported: 105 bbl, utilisation 105 %; crossed 75 % (notify) on ' +
        '2018-06-05 by a3; crossed 95 % (cease) on 2018-12-15 by a4; crossed 100 % (limit) on 2018-12-15 by a4.',
    );
    const quiet = parseXml(capReportSvg(capReport(cap, ledger.slice(0, 1), { asOf: '2018-03-01' })));
    expect(desc(quiet)).toContain('reported: 30 bbl, utilisation 30 %; no crossing.');
    expect(desc(quiet)).toContain('Limit 100 bbl. reported');
  });

  it('stops the line on the report day of a period still running, and marks that day', () => {
    const { left, right } = plot(1);
    const x = dateScale(pd('2018-01-01'), pd('2018-12-31'), left, right, 7);
    const root = parseXml(capReportSvg(capReport(cap, ledger.slice(0, 2), { asOf: '2018-04-10' })));
    const d = byClass(root, 'path', 'step')[0]?.attributes.d ?? '';
    expect(d.endsWith(` H${px(x.end(pd('2018-04-10')))}`)).toBe(true);
    const asOf = byClass(root, 'g', 'as-of')[0] as XmlElement;
    expect(textOf(asOf)).toBe('as of 2018-04-10');
    expect(asOf.children[0]?.attributes.x1).toBe(px(x.end(pd('2018-04-10'))));
    // A report of a later day: the period charted is complete, the line runs to its end and no day is marked.
    const later = parseXml(
      capReportSvg(capReport(cap, ledger, { asOf: '2019-04-10' }), { period: '2018-05-01' }),
    );
    expect(
      byClass(later, 'path', 'step')[0]?.attributes.d?.endsWith(` H${px(x.end(pd('2018-12-31')))}`),
    ).toBe(true);
    expect(byClass(later, 'g', 'as-of')).toHaveLength(0);
  });

  it('draws the last period of the first report unless told which', () => {
    const two = capReport(cap, [...ledger, entry('b1', '2019-01-20', '10')], { asOf: '2019-03-01' });
    expect(textOf(parseXml(capReportSvg(two)).children[0] as XmlElement)).toBe(
      'Cap test.oil.cap, 2019-01-01 to 2019-12-31',
    );
    expect(textOf(parseXml(capReportSvg(two, { period: '2018-12-31' })).children[0] as XmlElement)).toBe(
      'Cap test.oil.cap, 2018-01-01 to 2018-12-31',
    );
  });
});

describe('capReportSvg, on totals known only as lower bounds', () => {
  const tonnes = (id: string, delivered: string) =>
    entry(id, delivered, '2', { quantity: { amount: '2', unit: 'tonne' } });

  it('draws upward arrows every 48 pixels along the line, and says "at least" in the legend and the description', () => {
    const { left, right } = plot(1);
    const x = dateScale(pd('2018-01-01'), pd('2018-12-31'), left, right, 7);
    const report = capReport(cap, [entry('a1', '2018-02-10', '30'), tonnes('t1', '2018-03-01')], {
      asOf: '2018-06-30',
    });
    const root = parseXml(capReportSvg(report));
    const arrows = byClass(root, 'path', 'lower-bound')[0]?.attributes.d ?? '';
    const heads = arrows.match(/M[\d.]+,[\d.]+ V/g) ?? [];
    // From 12 pixels in, every 48, while short of the line's end (30 June).
    expect(heads).toHaveLength(Math.ceil((x.end(pd('2018-06-30')) - (left + 12)) / 48));
    expect(arrows.startsWith(`M${px(left + 12)},`)).toBe(true);
    expect(textOf(byClass(root, 'g', 'legend')[0] as XmlElement)).toBe(
      'reported: at least 30 bbl (1 entry not convertible into barrel); utilisation unknown',
    );
    expect(desc(root)).toContain(
      'reported: at least 30 bbl (a lower bound: 1 entry in a unit with no factor into barrel); utilisation unknown; no crossing',
    );
    const two = parseXml(
      capReportSvg(
        capReport(cap, [tonnes('t1', '2018-03-01'), tonnes('t2', '2018-03-02')], { asOf: '2018-06-30' }),
      ),
    );
    expect(textOf(byClass(two, 'g', 'legend')[0] as XmlElement)).toContain(
      '(2 entries not convertible into barrel)',
    );
    expect(desc(two)).toContain('(a lower bound: 2 entries in a unit with no factor into barrel)');
  });

  it('raises the arrows with the line: each stands on the total reached at its position', () => {
    const { left, right, top, bottom } = plot(1);
    const x = dateScale(pd('2018-01-01'), pd('2018-12-31'), left, right, 7);
    const y = linearScale(0, 100 * 1.05, bottom, top, 6);
    const report = capReport(cap, [entry('a1', '2018-02-10', '40'), tonnes('t1', '2018-03-01')], {
      asOf: '2018-12-31',
    });
    const arrows = byClass(parseXml(capReportSvg(report)), 'path', 'lower-bound')[0]?.attributes.d ?? '';
    const feet = [...arrows.matchAll(/M([\d.]+),([\d.]+) V/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [ax, foot] of feet)
      expect(foot, `arrow at ${ax}`).toBeCloseTo(
        (ax as number) >= x.end(pd('2018-02-28')) ? y(40) - 2 : y(0) - 2,
        1,
      );
  });
});

describe('capReportSvg, on aggregates and several series', () => {
  it('steps an aggregate over months at the end of its last month, and a December at the end of the year', () => {
    const { left, right } = plot(1);
    const x = dateScale(pd('2018-01-01'), pd('2018-12-31'), left, right, 7);
    const report = capReport(
      cap,
      [entry('agg', '2018-01-15', '20', { deliveredThrough: '2018-04-10' }), entry('dec', '2018-12-02', '5')],
      { asOf: '2018-12-31' },
    );
    const d = byClass(parseXml(capReportSvg(report)), 'path', 'step')[0]?.attributes.d ?? '';
    const steps = [...d.matchAll(/H([\d.]+) V/g)].map((m) => m[1]);
    expect(steps).toEqual([px(x.end(pd('2018-04-30'))), px(x.end(pd('2018-12-31')))]);
  });

  it('steps on 29 February in a leap year', () => {
    const leapCap = MeasureSchema.parse({
      ...cap,
      id: 'test.leap.cap',
      effective: { start: '2020-01-01' },
      period: { kind: 'recurring', anchor: '2020-01-01', every: 'P12M' },
      thresholds: [],
      limits: [{ amount: '100', unit: 'barrel' }],
      citations: [{ resolution: 1, paragraph: '1' }],
    }) as QuantityCap;
    const { left, right } = plot(1);
    const x = dateScale(pd('2020-01-01'), pd('2020-12-31'), left, right, 7);
    const report = capReport(leapCap, [{ ...entry('f', '2020-02-03', '10'), cap: leapCap.id }], {
      asOf: '2020-12-31',
    });
    const d = byClass(parseXml(capReportSvg(report)), 'path', 'step')[0]?.attributes.d ?? '';
    expect(d).toContain(`H${px(x.end(pd('2020-02-29')))} V`);
  });

  it('tells six series apart by dash pattern, cycling through five, with the legend below the axis', () => {
    const reports = ['reported', 'alleged', 'estimated'].map((basis) =>
      capReport(
        cap,
        [entry(`x-${basis}`, '2018-03-01', '10', { basis: basis as LedgerEntryInput['basis'] })],
        {
          asOf: '2018-12-31',
          basis: [basis as LedgerEntryInput['basis']],
        },
      ),
    );
    const six = [...reports, ...reports];
    const root = parseXml(capReportSvg(six, { height: 600 }));
    const steps = byClass(root, 'path', 'step');
    expect(steps.map((s) => s.attributes['stroke-dasharray'] ?? '')).toEqual([
      '',
      '9 5',
      '2 4',
      '12 4 2 4',
      '6 3 2 3 2 3',
      '',
    ]);
    expect(steps.map((s) => s.attributes.stroke)).toEqual([
      '#1b4f9c',
      '#b3261e',
      '#2e7d32',
      '#6a1b9a',
      '#8d6e00',
      '#1b4f9c',
    ]);
    const { bottom } = plot(6, 800, 600);
    expect(
      byClass(root, 'g', 'legend').map((g) =>
        Number(g.children.find((c) => c.name === 'text')?.attributes.y),
      ),
    ).toEqual([0, 1, 2, 3, 4, 5].map((i) => bottom + 46 + i * 18));
  });

  it('compares the bases of the bundled-style ledger in another locale', () => {
    const ledgerOfBases = [
      entry('r1', '2018-03-01', '40'),
      entry('al1', '2018-05-01', '70', { basis: 'alleged' }),
      entry('es1', '2018-07-01', '99.5', { basis: 'estimated' }),
    ];
    const bases = compareBases(cap, ledgerOfBases, { asOf: '2018-09-30' });
    const svg = capReportSvg([bases.reported, bases.alleged, bases.estimated], {
      cap,
      locale: 'de-DE',
      width: 1000,
      height: 500,
    });
    expectText('cap-test-bases-de.svg', svg);
    const root = parseXml(svg);
    expect(root.attributes.width).toBe('1000');
    expect(root.attributes.height).toBe('500');
    expect(byClass(root, 'g', 'legend').map(textOf)).toEqual([
      'reported: 40 bbl, 40 % of the limit',
      'alleged: 70 bbl, 70 % of the limit',
      'estimated: 99,5 bbl, 99,5 % of the limit',
    ]);
    expect(byClass(root, 'g', 'crossing').map(textOf)).toEqual(['75, 95 % on 2018-07-01 by es1']);
  });
});

describe('capReportSvg options', () => {
  const report = () => capReport(cap, ledger, { asOf: '2018-12-31' });
  it.each([
    [{ width: 480 }, 'width', '480'],
    [{ width: 4000 }, 'width', '4000'],
    [{ height: 320 }, 'height', '320'],
    [{ height: 4000 }, 'height', '4000'],
  ])('takes %o', (options, attribute, value) => {
    expect(parseXml(capReportSvg(report(), options)).attributes[attribute]).toBe(value);
  });

  it.each([
    [{ width: 479 }, 'capReportSvg(options.width)'],
    [{ width: 4001 }, 'capReportSvg(options.width)'],
    [{ height: 319 }, 'capReportSvg(options.height)'],
    [{ height: 4001 }, 'capReportSvg(options.height)'],
    [{ width: '800' }, 'capReportSvg(options.width)'],
    [[], 'capReportSvg(options)'],
    [{ cap: { ...cap, kind: 'trade-ban' } }, 'capReportSvg(options.cap)'],
    [{ cap: { ...cap, thresholds: undefined } }, 'capReportSvg(options.cap)'],
    [{ cap: null }, 'capReportSvg(options.cap)'],
  ])('refuses %o, naming the option', (options, argument) => {
    const error = errorOf(() => capReportSvg(report(), options as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.argument).toBe(argument);
  });

  it('refuses a list holding something other than a report, and says which period it could not find', () => {
    expect(errorOf(() => capReportSvg([report(), null as never])).details?.argument).toBe(
      'capReportSvg(reports)',
    );
    expect(errorOf(() => capReportSvg([report(), { periods: {} } as never])).code).toBe('INVALID_INPUT');
    expect(errorOf(() => capReportSvg(report(), { period: '2031-02-03' })).message).toContain(
      'that holds 2031-02-03',
    );
    expect(errorOf(() => capReportSvg(report(), { period: 20310203 as never })).details?.period).toBe(
      '20310203',
    );
  });

  it('says in words what is wrong with the reports or the options', () => {
    const message = (call: () => unknown) => errorOf(call).message;
    const dual = capReport(dualCap, [], { asOf: '2018-06-01' });
    expect(message(() => capReportSvg([report(), dual]))).toBe(
      `capReportSvg(reports): expected reports of one cap (test.oil.cap, test.crude.cap), got an array.`,
    );
    expect(message(() => capReportSvg(report(), { cap: dualCap }))).toMatch(
      /^capReportSvg\(options\.cap\): expected the quantity-cap measure test\.oil\.cap the reports are of, got /,
    );
    expect(message(() => capReportSvg(dual, { unit: 'kilolitre' }))).toMatch(
      /^capReportSvg\(options\.unit\): expected the unit of one of the cap's limits \(barrel, tonne\), got "kilolitre"\.$/,
    );
    expect(message(() => capReportSvg(capReport(cap, [], { asOf: '2017-06-01' })))).toMatch(
      /^capReportSvg\(reports\): expected a report with a period to draw, got /,
    );
    expect(message(() => capReportSvg(report(), { width: 10 }))).toBe(
      'capReportSvg(options.width): expected a whole number of pixels from 480 to 4000, got 10.',
    );
    expect(message(() => capReportSvg(report(), { height: 10 }))).toBe(
      'capReportSvg(options.height): expected a whole number of pixels from 320 to 4000, got 10.',
    );
    expect(message(() => capReportSvg([]))).toMatch(
      /^capReportSvg\(reports\): expected a cap report or a non-empty list of reports, got /,
    );
    expect(message(() => capReportSvg(report(), 'x' as never))).toMatch(
      /^capReportSvg\(options\): expected an options object, got /,
    );
    expect(message(() => capReportSvg(report(), { period: '2018-02-30' }))).toBe(
      'capReportSvg(options.period) must be a calendar date as YYYY-MM-DD.',
    );
  });
});

describe('capReportSvg, on periods that do not follow the calendar', () => {
  const midMonth = MeasureSchema.parse({
    ...cap,
    id: 'test.mid-month.cap',
    period: { kind: 'recurring', anchor: '2018-03-15', every: 'P12M' },
    limits: [{ amount: '100', unit: 'barrel' }],
    thresholds: [],
    citations: [{ resolution: 1, paragraph: '1' }],
  }) as QuantityCap;
  const mid = (id: string, delivered: string, amount: string) => ({
    ...entry(id, delivered, amount),
    cap: midMonth.id,
  });

  it('steps a month that runs past the period on its last day', () => {
    const { left, right } = plot(1);
    const x = dateScale(pd('2018-03-15'), pd('2019-03-14'), left, right, 7);
    const report = capReport(midMonth, [mid('a', '2018-05-03', '10'), mid('b', '2019-03-10', '20')], {
      asOf: '2019-03-14',
    });
    const d = byClass(parseXml(capReportSvg(report)), 'path', 'step')[0]?.attributes.d ?? '';
    expect([...d.matchAll(/H([\d.]+) V/g)].map((m) => m[1])).toEqual([
      px(x.end(pd('2018-05-31'))),
      px(x.end(pd('2019-03-14'))),
    ]);
  });

  it('runs the line to the end of the period when the report has no day, and marks a report day on the first day', () => {
    const { left, right } = plot(1);
    const x = dateScale(pd('2018-03-15'), pd('2019-03-14'), left, right, 7);
    const undated = capReport(midMonth, [mid('a', '2018-05-03', '10')]);
    const root = parseXml(capReportSvg(undated));
    expect(byClass(root, 'path', 'step')[0]?.attributes.d?.endsWith(` H${px(x.end(pd('2019-03-14')))}`)).toBe(
      true,
    );
    expect(byClass(root, 'g', 'as-of')).toHaveLength(0);
    expect(textOf(root.children[1] as XmlElement)).toContain(
      'from 2018-03-15 to 2019-03-14, one line per basis',
    );
    const first = parseXml(capReportSvg(capReport(midMonth, [], { asOf: '2018-03-15' })));
    expect(byClass(first, 'g', 'as-of').map(textOf)).toEqual(['as of 2018-03-15']);
    expect(textOf(first.children[0] as XmlElement)).toBe('Cap test.mid-month.cap, 2018-03-15 to 2019-03-14');
  });
});

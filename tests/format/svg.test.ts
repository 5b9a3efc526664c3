import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dprk1718, iran2231, refinedPetroleumLedger } from '../../src/data/index.js';
import { capReportSvg, regimeTimelineSvg } from '../../src/format/index.js';
import { esc } from '../../src/format/svg.js';
import {
  capReport,
  compareBases,
  findMeasure,
  type LedgerEntryInput,
  measuresInForce,
  type QuantityCap,
  regimeChanges,
} from '../../src/index.js';
import { cap as testCap } from '../caps/fixtures.js';
import { errorOf } from '../helpers.js';
import { expectText } from './expected.js';
import { elements, parseXml, textOf, type XmlElement } from './xml.js';

const refined = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap') as QuantityCap;
const bases = compareBases(refined, refinedPetroleumLedger, { asOf: '2018-09-27' });
const byClass = (root: XmlElement, name: string, cls: string) =>
  elements(root).filter((e) => e.name === name && (e.attributes.class ?? '').split(' ').includes(cls));

describe('the XML checker of these tests', () => {
  it('parses a well-formed document into a tree', () => {
    const root = parseXml('<svg a="1"><title>x &amp; y</title><g><rect b=\'2\'/></g><!-- c --></svg>');
    expect(root.name).toBe('svg');
    expect(textOf(root)).toBe('x & y');
    expect(elements(root).map((e) => e.name)).toEqual(['svg', 'title', 'g', 'rect']);
  });

  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['crossed tags', '<svg><g><text></g></text></svg>'],
    ['two roots', '<svg/><svg/>'],
    ['a raw < in text', '<svg>a < b</svg>'],
    ['a bare &', '<svg>a & b</svg>'],
    ['an unknown entity', '<svg>&nbsp;</svg>'],
    ['a repeated attribute', '<svg a="1" a="2"/>'],
    ['an unquoted attribute', '<svg a=1/>'],
    ['a raw < in an attribute', '<svg a="<"/>'],
    ['a NUL character', '<svg>\u0000</svg>'],
    ['text outside the root', 'x<svg/>'],
  ])('refuses %s', (_name, source) => {
    expect(() => parseXml(source)).toThrow();
  });
});

describe('capReportSvg', () => {
  const svg = () => capReportSvg([bases.reported, bases.alleged, bases.estimated], { cap: refined });
  const root = () => parseXml(svg());

  it('draws the 2018 refined-petroleum reports as a stable, well-formed SVG', () => {
    expectText('cap-2018-09-27.svg', svg());
    expect(root().name).toBe('svg');
    expect(root().attributes.role).toBe('img');
    expect(root().attributes['aria-labelledby']).toBe('cap-chart-title cap-chart-desc');
  });

  it('has a <title> and a <desc> that says in words what the lines show', () => {
    const [title, desc] = root().children;
    expect(title?.name).toBe('title');
    expect(textOf(title as XmlElement)).toBe('Cap dprk.refined-petroleum.cap, 2018-01-01 to 2018-12-31');
    expect(desc?.name).toBe('desc');
    const words = textOf(desc as XmlElement);
    expect(words).toContain('Limit 500,000 bbl');
    expect(words).toContain(
      'thresholds 75 % notify [unconfirmed], 90 % notify [unconfirmed], 95 % cease [unconfirmed]',
    );
    expect(words).toContain('estimated: 759,793 bbl, utilisation 151.9586 %');
    expect(words).toContain('crossed 100 % (limit) on 2018-05-30 by usa-2018-01/05');
    expect(words).toContain(
      'reported: at least 0 bbl (a lower bound: 4 entries in a unit with no factor into barrel); utilisation unknown',
    );
  });

  it('draws the limit and each threshold as a labelled line', () => {
    const [limit] = byClass(root(), 'g', 'limit');
    expect(limit?.children.filter((c) => c.name === 'line')).toHaveLength(2);
    expect(textOf(limit as XmlElement)).toBe('limit 500,000 bbl');
    expect(byClass(root(), 'g', 'threshold').map(textOf)).toEqual([
      '75 % notify: 375,000 bbl, unconfirmed',
      '90 % notify: 450,000 bbl, unconfirmed',
      '95 % cease: 475,000 bbl, unconfirmed',
    ]);
  });

  it('draws one step line per basis, each with its own dash pattern, and a legend in words', () => {
    const steps = byClass(root(), 'path', 'step');
    expect(steps.map((s) => s.attributes['data-basis'])).toEqual(['reported', 'alleged', 'estimated']);
    expect(new Set(steps.map((s) => s.attributes['stroke-dasharray'] ?? 'solid')).size).toBe(3);
    const estimated = steps[2]?.attributes.d ?? '';
    expect(estimated).toMatch(/^M84,/);
    expect(estimated.split(' V')).toHaveLength(2);
    expect(byClass(root(), 'g', 'legend').map(textOf)).toEqual([
      'reported: at least 0 bbl (4 entries not convertible into barrel); utilisation unknown',
      'alleged: 0 bbl, 0 % of the limit',
      'estimated: 759,793 bbl, 151.9586 % of the limit',
    ]);
  });

  it('marks the total known only as a lower bound with upward arrows', () => {
    expect(byClass(root(), 'path', 'lower-bound').map((p) => p.attributes['data-basis'])).toEqual([
      'reported',
    ]);
  });

  it('marks each crossing with its date and entry', () => {
    const crossings = byClass(root(), 'g', 'crossing');
    expect(crossings).toHaveLength(1);
    expect(crossings[0]?.attributes['data-basis']).toBe('estimated');
    expect(textOf(crossings[0] as XmlElement)).toBe('75, 90, 95, 100 % on 2018-05-30 by usa-2018-01/05');
  });

  it('draws only the thresholds crossed when the cap is not given, and marks the day of the report', () => {
    const plain = parseXml(capReportSvg(bases.estimated));
    expect(byClass(plain, 'g', 'threshold')).toHaveLength(3);
    expect(byClass(parseXml(capReportSvg(bases.alleged)), 'g', 'threshold')).toHaveLength(0);
    expect(byClass(plain, 'g', 'as-of').map(textOf)).toEqual(['as of 2018-09-27']);
  });

  it('formats numbers in the locale and charts another period and another limit', () => {
    const later = compareBases(refined, refinedPetroleumLedger, { asOf: '2024-12-31' });
    const de = capReportSvg([later.reported, later.alleged], {
      period: '2020-06-01',
      locale: 'de-DE',
      cap: refined,
    });
    const tree = parseXml(de);
    expect(textOf(tree.children[0] as XmlElement)).toBe(
      'Cap dprk.refined-petroleum.cap, 2020-01-01 to 2020-12-31',
    );
    expect(byClass(tree, 'g', 'limit').map(textOf)).toEqual(['limit 500.000 bbl']);
    expect(byClass(tree, 'g', 'crossing').map(textOf)).toEqual([
      '75, 90, 95, 100 % on 2020-05-31 by group-of-43-2020-01/05',
    ]);
    const crude = findMeasure(dprk1718, 'dprk.crude-oil.cap', 'quantity-cap') as QuantityCap;
    const tonnes = parseXml(capReportSvg(capReport(crude, [], { asOf: '2018-06-01' }), { unit: 'tonne' }));
    expect(byClass(tonnes, 'g', 'limit').map(textOf)).toEqual(['limit 525,000 t']);
  });

  it('escapes every label, so that any entry id leaves the document well formed', () => {
    const id = `<b>&"'x`;
    const ledger: LedgerEntryInput[] = [
      {
        id,
        cap: testCap.id,
        delivered: '2018-03-01',
        quantity: { amount: '99', unit: 'barrel' },
        reporter: 'CHN',
        basis: 'reported',
        source: { document: 'test' },
      },
    ];
    const tree = parseXml(capReportSvg(capReport(testCap, ledger, { asOf: '2018-12-31' }), { cap: testCap }));
    const labels = byClass(tree, 'g', 'crossing').map(textOf);
    expect(labels).toEqual([`75, 95 % on 2018-03-01 by <b>&"'x`]);
    expect(esc('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    // Characters XML does not allow (in a regime's or a plan's text, say) become U+FFFD.
    expect(esc('a\u0000b\uD800c\uFFFE')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(esc('\uD83D\uDE00')).toBe('\uD83D\uDE00');
  });

  it('stays well formed on any report (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 800 }),
            amount: fc.stringMatching(/^(0|[1-9]\d{0,3})(\.\d{1,4})?$/),
            unit: fc.constantFrom('barrel', 'tonne'),
            basis: fc.constantFrom('reported', 'alleged', 'estimated'),
            id: fc.stringMatching(/^[\x21-\x7e]{0,12}$/),
          }),
          { maxLength: 20 },
        ),
        fc.integer({ min: 480, max: 1400 }),
        (rows, width) => {
          const seen = new Set<string>();
          const ledger = rows
            .map(
              (r, i): LedgerEntryInput => ({
                id: `${r.id}#${i}`,
                cap: testCap.id,
                delivered: new Date(Date.UTC(2018, 0, 1) + r.day * 86_400_000).toISOString().slice(0, 10),
                quantity: { amount: r.amount, unit: r.unit },
                reporter: 'CHN',
                basis: r.basis as LedgerEntryInput['basis'],
                source: { document: 'generated' },
              }),
            )
            .filter((e) => !seen.has(e.id) && seen.add(e.id));
          const report = compareBases(testCap, ledger, { asOf: '2020-03-01' });
          const tree = parseXml(
            capReportSvg([report.reported, report.alleged, report.estimated], { width, cap: testCap }),
          );
          expect(byClass(tree, 'path', 'step')).toHaveLength(3);
          expect(byClass(tree, 'g', 'limit')).toHaveLength(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    ['no report', () => capReportSvg([])],
    ['something that is not a report', () => capReportSvg({} as never)],
    [
      'reports of two caps',
      () => capReportSvg([bases.reported, capReport(testCap, [], { asOf: '2018-06-01' })]),
    ],
    ['a width too small', () => capReportSvg(bases.reported, { width: 100 })],
    ['a fractional height', () => capReportSvg(bases.reported, { height: 400.5 })],
    ['a unit the cap has no limit in', () => capReportSvg(bases.reported, { unit: 'tonne' })],
    ['a period no report has', () => capReportSvg(bases.reported, { period: '2030-01-01' })],
    ['a bad locale', () => capReportSvg(bases.reported, { locale: '??' })],
    ['options that are not an object', () => capReportSvg(bases.reported, 'big' as never)],
    ['the measure of another cap', () => capReportSvg(bases.reported, { cap: testCap })],
    ['a cap that is not a measure', () => capReportSvg(bases.reported, { cap: {} as never })],
  ])('refuses %s with INVALID_INPUT', (_name, call) => {
    expect(errorOf(call).code).toBe('INVALID_INPUT');
  });

  it('refuses a bad period day with INVALID_DATE', () => {
    expect(errorOf(() => capReportSvg(bases.reported, { period: '2018-02-30' })).code).toBe('INVALID_DATE');
  });
});

describe('regimeTimelineSvg', () => {
  const from = '2006-01-01';
  const to = '2025-12-31';
  const svg = () => regimeTimelineSvg(iran2231, { from, to });
  const root = () => parseXml(svg());

  it('draws the Iran regime as a stable, well-formed SVG with a title and a description', () => {
    expectText('timeline-iran-2006-2025.svg', svg());
    expect(textOf(root().children[0] as XmlElement)).toBe(
      'Regime iran-2231: measures from 2006-01-01 to 2025-12-31',
    );
    const desc = textOf(root().children[1] as XmlElement);
    expect(desc).toContain(
      'iran.2231.arms-supply: from 2016-01-16 (res. 2231) to 2020-10-17, expired (end set by res. 2231)',
    );
    expect(desc).toContain('iran.1737.asset-freeze: from 2006-12-23 (res. 1737) past 2025-12-31');
  });

  it('draws one bar row per measure in force in the range, grouped by kind', () => {
    const measures = byClass(root(), 'g', 'measure').map((g) => g.attributes['data-measure']);
    const inRange = new Set(
      [from, ...regimeChanges(iran2231, { from, to }).map((e) => e.date)].flatMap((day) =>
        measuresInForce(iran2231, day).map((m) => m.measure.id),
      ),
    );
    expect(new Set(measures)).toEqual(inRange);
    expect(measures).toHaveLength(inRange.size);
    const kinds = byClass(root(), 'g', 'kind');
    for (const kind of kinds) {
      const ids = byClass(kind, 'g', 'measure').map((g) => g.attributes['data-measure'] as string);
      const measuresOfKind = ids.map((id) => findMeasureKind(id));
      expect(new Set(measuresOfKind)).toEqual(new Set([kind.attributes['data-kind']]));
    }
  });

  it('labels each bar with the resolution that imposed it and what ended it, and dashes the unconfirmed', () => {
    const row = (id: string) =>
      byClass(root(), 'g', 'measure').find((g) => g.attributes['data-measure'] === id) as XmlElement;
    const labels = (e: XmlElement) =>
      e.children
        .filter((c) => c.name === 'text')
        .map((t) => t.text)
        .join(' ');
    expect(labels(row('iran.2231.travel-ban'))).toBe(
      'iran.2231.travel-ban res. 2231 expired (end set by res. 2231)',
    );
    // Each bar's tooltip says the same in words.
    expect(textOf(byClass(row('iran.2231.travel-ban'), 'rect', 'bar')[0] as XmlElement)).toBe(
      'iran.2231.travel-ban: from 2016-01-16 (res. 2231) to 2020-10-17, expired (end set by res. 2231)',
    );
    const unconfirmed = row('iran.1803.travel-ban');
    expect(textOf(unconfirmed)).toContain('(unconfirmed)');
    expect(byClass(unconfirmed, 'rect', 'bar')[0]?.attributes['stroke-dasharray']).toBe('3 2');
    expect(
      byClass(row('iran.2231.travel-ban'), 'rect', 'bar')[0]?.attributes['stroke-dasharray'],
    ).toBeUndefined();
  });

  it('names the resolution that superseded a DPRK measure', () => {
    const dprk = parseXml(regimeTimelineSvg(dprk1718, { from: '2017-01-01', to: '2018-12-31' }));
    const row = byClass(dprk, 'g', 'measure').find(
      (g) => g.attributes['data-measure'] === 'dprk.crude-oil.supply',
    );
    expect(textOf(row as XmlElement)).toContain('superseded by res. 2397');
    // A bar too short for its label has it before the bar, where there is room.
    const short = byClass(dprk, 'g', 'measure').find(
      (g) => g.attributes['data-measure'] === 'dprk.coal.export.wind-down',
    );
    const labels = (short as XmlElement).children.filter((c) => c.name === 'text');
    expect(labels.map((t) => [t.text, t.attributes['text-anchor'] ?? 'start'])).toEqual([
      ['dprk.coal.export.wind-down (unconfirmed)', 'start'],
      ['res. 2371', 'end'],
      ['expired (end set by res. 2371)', 'start'],
    ]);
  });

  it('says when nothing is in force', () => {
    const empty = parseXml(regimeTimelineSvg(iran2231, { from: '1990-01-01', to: '1990-12-31' }));
    expect(byClass(empty, 'g', 'measure')).toHaveLength(0);
    expect(textOf(empty)).toContain('No measure is in force in this range.');
  });

  it('refuses a range that ends before it starts, bad dates and a bad width', () => {
    expect(errorOf(() => regimeTimelineSvg(iran2231, { from: '2020-01-01', to: '2019-01-01' })).code).toBe(
      'INVALID_RANGE',
    );
    expect(errorOf(() => regimeTimelineSvg(iran2231, { from: '2020-13-01', to: '2021-01-01' })).code).toBe(
      'INVALID_DATE',
    );
    expect(errorOf(() => regimeTimelineSvg(iran2231, { from, to, width: 10 })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => regimeTimelineSvg(iran2231, null as never)).code).toBe('INVALID_INPUT');
  });
});

function findMeasureKind(id: string): string {
  for (const r of iran2231.resolutions) for (const m of r.measures ?? []) if (m.id === id) return m.kind;
  throw new Error(`no measure ${id}`);
}

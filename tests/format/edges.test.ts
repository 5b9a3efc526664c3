// The less travelled paths of the formatters: cap-limit actions, a blocked snapback, refs, windows not begun, a date
// anchor, crowded labels, a suspension that ends without an event of its own.
import { describe, expect, it } from 'vitest';
import {
  capReportSvg,
  formatExplanation,
  formatMeasures,
  formatPlanEvaluation,
  formatTimeline,
  regimeTimelineSvg,
} from '../../src/format/index.js';
import { dateScale, linearScale, spread } from '../../src/format/svg.js';
import { wrap } from '../../src/format/text.js';
import {
  ConditionSchema,
  capReport,
  evaluate,
  evaluatePlan,
  measuresInForce,
  parseDate,
  planTimeline,
  RegimeSchema,
} from '../../src/index.js';
import { cap } from '../caps/fixtures.js';
import { evidenceWith, plan, regime } from '../relief/fixtures.js';
import { elements, parseXml, textOf } from './xml.js';

const flat = (text: string) => text.replace(/\n */g, ' ');

describe('formatPlanEvaluation, on a plan that sets cap limits and whose snapback is blocked', () => {
  const evidence = evidenceWith({
    events: [
      { kind: 'notification', date: '2020-01-10', source: 'letter' },
      { kind: 'continuation', date: '2020-01-20', source: 'resolution' },
    ],
  });
  const text = () => formatPlanEvaluation(evaluatePlan(plan, evidence, { at: '2020-06-01' }));

  it('says what each phase does, by type, with the new limits', () => {
    expect(flat(text())).toContain('lift (1): x.freeze set-cap-limits (1): x.oil.cap to 500 bbl');
    expect(flat(text())).toContain(
      'phase implementation: active since 2016-01-16 (started 2016-01-16 by its condition',
    );
  });

  it('says where the snapback stands, when it was triggered and blocked', () => {
    expect(flat(text())).toMatch(
      /snapback: blocked since 2020-01-20 \(triggered on 2020-01-10; measures come back on 2020-02-09; blocked on 2020-01-20\)/,
    );
  });

  it('lists a pending phase whose start is fixed, and what would settle an unknown one', () => {
    const pending = formatPlanEvaluation(evaluatePlan(plan, evidenceWith({}), { at: '2015-08-01' }));
    expect(flat(pending)).toMatch(
      /phase adoption: pending since [0-9-]+ \(condition first met 2015-07-20; starts on 2015-10-18\)/,
    );
    const unknown = formatPlanEvaluation(
      evaluatePlan(
        plan,
        { events: [{ kind: 'endorsement', date: '2015-07-20', source: 'S/RES/2231' }] },
        { at: '2017-01-01' },
      ),
    );
    expect(flat(unknown)).toContain('phase implementation: unknown');
    expect(flat(unknown)).toContain('missing: verified: No observation');
  });

  it('prints a plan timeline with a blocked snapback', () => {
    const timeline = formatTimeline(planTimeline(plan, evidence, { from: '2015-01-01', to: '2020-06-01' }));
    expect(timeline).toContain('snapback        blocked');
  });

  it('lists the relief that shaped a measure and the measures relieved', () => {
    const after = measuresInForce(regime, '2017-01-01', { relief: [{ plan, evidence }] });
    const listed = flat(formatMeasures(after));
    expect(listed).toContain('relief: set-cap-limits by plan x-plan, phase implementation, since 2016-01-16');
    expect(listed).toContain('relieved (1)');
  });
});

describe('formatExplanation, on the rarer nodes', () => {
  it('writes a definition out once, names a window not begun and a date anchor', () => {
    const result = evaluate(
      ConditionSchema.parse({
        op: 'all',
        of: [
          { op: 'ref', name: 'verified' },
          { op: 'ref', name: 'verified' },
          { op: 'occurred', event: 'test', within: { start: '2030-01-01', end: '2030-12-31' } },
          { op: 'onOrAfter', anchor: '2015-10-18', plus: 'P8Y' },
        ],
      }),
      { facts: [{ fact: 'v', value: true, from: '2016-01-16', until: '2030-01-01', source: 'IAEA' }] },
      { at: '2020-01-01', definitions: { verified: { op: 'fact', fact: 'v' } } },
    );
    const text = formatExplanation(result);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'all of 4: unmet',
      '  verified: met',
      '    fact v: met',
      '      used: v = true from 2016-01-16 until 2030-01-01 (IAEA)',
    ]);
    expect(text).toContain('  verified (explained above): met');
    expect(text).toContain('test occurred from 2030-01-01 to 2030-12-31 (not begun yet): unmet');
    expect(text).toMatch(/on or after 2023-10-18: unmet/);
    const last = formatExplanation(
      evaluate(
        ConditionSchema.parse({ op: 'noneOccurred', event: 'test', within: { last: 'P1M' } }),
        {},
        { at: '2020-01-01' },
      ),
    );
    expect(last.split('\n')[0]).toMatch(/^no test from 2019-12-01 to 2020-01-01: unknown$/);
  });
});

describe('the SVG helpers', () => {
  it('spread keeps labels apart and within their band, pushing up from the bottom when crowded', () => {
    expect(spread([10, 10, 10], 5, 0, 100)).toEqual([10, 15, 20]);
    expect(spread([100, 100, 100], 5, 0, 100)).toEqual([90, 95, 100]);
    expect(spread([50, 0], 10, 20, 100)).toEqual([50, 20]);
  });

  it('linear scales have nice ticks, also over an empty domain', () => {
    const y = linearScale(0, 836_000, 400, 0, 6);
    expect(y.ticks).toEqual([
      0, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000, 700_000, 800_000, 900_000,
    ]);
    expect(y(0)).toBe(400);
    expect(linearScale(0, 0.3, 0, 1).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(linearScale(0, 0, 100, 0).ticks).toEqual([0, 0.2]);
  });

  it('date scales tick on months within a year and on years over decades', () => {
    const months = dateScale(parseDate('2018-01-01'), parseDate('2018-12-31'), 0, 365, 6);
    expect(months.ticks.map((t) => t.label)).toEqual([
      '2018-01',
      '2018-03',
      '2018-05',
      '2018-07',
      '2018-09',
      '2018-11',
    ]);
    expect(months.end(parseDate('2018-12-31'))).toBe(365);
    const years = dateScale(parseDate('2006-03-15'), parseDate('2025-12-31'), 0, 1000, 10);
    expect(years.ticks.map((t) => t.label)).toEqual([
      '2008',
      '2010',
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
    ]);
  });

  it('wrap leaves an empty text as an empty line at its indent, trimmed', () => {
    expect(wrap('', 40, 4)).toEqual(['']);
    expect(wrap('a\tb\nc', 40, 0)).toEqual(['a b c']);
  });
});

describe('charts on edge cases', () => {
  it('capReportSvg draws a line for each report that has the period charted', () => {
    const early = capReport(cap, [], { asOf: '2018-06-01' });
    const late = capReport(cap, [], { asOf: '2019-06-01' });
    const steps = (svg: string) => elements(parseXml(svg)).filter((e) => e.attributes.class === 'step');
    expect(steps(capReportSvg([late, early], { period: '2019-03-01' }))).toHaveLength(1);
    expect(steps(capReportSvg([early, late], { period: '2018-03-01' }))).toHaveLength(2);
    // Reports of different days: no "as of" line, since each line ends on its own day.
    expect(capReportSvg([early, late], { period: '2018-03-01' })).not.toContain('class="as-of"');
  });

  it('regimeTimelineSvg follows a suspension that ends without an event of its own', () => {
    const resolution = (number: number, adopted: string) => ({
      symbol: `S/RES/${number} (${adopted.slice(0, 4)})`,
      number,
      adopted,
      vote: 'unanimous',
      summary: `resolution ${number}`,
      paragraphs: [],
      confidence: 'confirmed',
      measures: [],
      changes: [],
    });
    const suspended = RegimeSchema.parse({
      id: 'x-suspended',
      title: 'A regime with a suspension',
      target: 'XXA',
      committee: 'none',
      foundingResolution: 1,
      resolutions: [
        {
          ...resolution(1, '2010-01-01'),
          measures: [
            {
              kind: 'travel-ban',
              id: 'x.travel',
              summary: 'A travel ban',
              citations: [{ resolution: 1, paragraph: '1' }],
              effective: { start: '2010-01-01' },
              confidence: 'confirmed',
            },
          ],
        },
        {
          ...resolution(2, '2012-01-01'),
          changes: [
            {
              type: 'suspend',
              target: 'x.travel',
              paragraph: '2',
              effective: '2012-01-01',
              until: '2012-12-31',
              summary: 'Suspended for a year',
              confidence: 'confirmed',
            },
          ],
        },
      ],
    });
    const svg = parseXml(regimeTimelineSvg(suspended, { from: '2009-01-01', to: '2014-12-31' }));
    const row = elements(svg).find((e) => e.attributes['data-measure'] === 'x.travel');
    expect(row?.children.filter((c) => c.attributes.class === 'bar')).toHaveLength(2);
    expect(textOf(row as never)).toContain('suspended by res. 2');
  });
});

// The 1718 Panel of Experts in the bundled data: created by 1874 para 26, renewed every year through 2680 (2023),
// ended on 30 April 2024 after the draft renewal S/2024/255 failed. Dates, votes and paragraphs were read in the
// official XML with readResolution and checked with checkCitations (see DATA-CHANGELOG.md).
import { describe, expect, it } from 'vitest';
import { dprk1718 } from '../../src/data/index.js';
import { mandatesInForce, measuresInForce, regimeCalendar, validateRegime } from '../../src/index.js';

const PANEL = 'dprk.panel-of-experts';

describe('the DPRK Panel of Experts', () => {
  it('is a mandate of 1874 para 26, never a measure in force', () => {
    expect(validateRegime(dprk1718)).toEqual([]);
    const r1874 = dprk1718.resolutions.find((r) => r.number === 1874);
    expect(r1874?.mandates?.map((m) => [m.id, m.kind, m.citations[0]])).toEqual([
      [
        PANEL,
        'panel-of-experts',
        { resolution: 1874, paragraph: '26', quote: 'for an initial period of one year' },
      ],
    ]);
    expect(measuresInForce(dprk1718, '2020-01-01').some((m) => m.measure.id === PANEL)).toBe(false);
  });

  it('was renewed every year, with no gap, until 30 April 2024', () => {
    const renewals = regimeCalendar(dprk1718, { from: '2009-01-01', to: '2030-12-31' }).filter(
      (e) => e.id === PANEL,
    );
    expect(renewals.map((e) => [e.date, e.kind, e.resolution, e.newEnd])).toEqual([
      ['2009-06-12', 'mandate-established', 1874, undefined],
      ['2010-06-07', 'mandate-renewed', 1928, '2011-06-12'],
      ['2011-06-10', 'mandate-renewed', 1985, '2012-06-12'],
      ['2012-06-12', 'mandate-renewed', 2050, '2013-07-12'],
      ['2013-03-07', 'mandate-renewed', 2094, '2014-04-07'],
      ['2014-03-05', 'mandate-renewed', 2141, '2015-04-05'],
      ['2015-03-04', 'mandate-renewed', 2207, '2016-04-05'],
      ['2016-03-24', 'mandate-renewed', 2276, '2017-04-24'],
      ['2017-03-23', 'mandate-renewed', 2345, '2018-04-24'],
      ['2018-03-21', 'mandate-renewed', 2407, '2019-04-24'],
      ['2019-04-10', 'mandate-renewed', 2464, '2020-04-24'],
      ['2020-03-30', 'mandate-renewed', 2515, '2021-04-30'],
      ['2021-03-26', 'mandate-renewed', 2569, '2022-04-30'],
      ['2022-03-25', 'mandate-renewed', 2627, '2023-04-30'],
      ['2023-03-23', 'mandate-renewed', 2680, '2024-04-30'],
      ['2024-04-30', 'mandate-lapses-unless-renewed', 2680, undefined],
    ]);
    for (const day of ['2009-06-12', '2010-06-12', '2013-07-01', '2020-04-24', '2024-04-30']) {
      expect(
        mandatesInForce(dprk1718, day).map((m) => m.mandate.id),
        day,
      ).toEqual([PANEL]);
    }
    expect(mandatesInForce(dprk1718, '2024-05-01')).toEqual([]);
    expect(mandatesInForce(dprk1718, '2009-06-11')).toEqual([]);
  });

  it('records the failed draft of 2024 in a note with its sources', () => {
    const r2680 = dprk1718.resolutions.find((r) => r.number === 2680);
    expect(r2680?.note).toContain('S/2024/255');
    expect(r2680?.sources?.map((s) => s.url)).toContain('https://press.un.org/en/2024/sc15648.doc.htm');
  });

  it('sets five dated deadlines a year from 2020 to 2023, each quoting its date', () => {
    const deadlines = dprk1718.resolutions.flatMap((r) => r.deadlines ?? []);
    expect(deadlines).toHaveLength(20);
    expect(deadlines.every((d) => d.citation.quote !== undefined && d.confidence === 'confirmed')).toBe(true);
    const due = regimeCalendar(dprk1718, { from: '2023-03-24', to: '2024-04-30' })
      .filter((e) => e.kind === 'deadline-due')
      .map((e) => [e.date, e.by, e.id]);
    expect(due).toEqual([
      ['2023-03-25', 'Security Council', `${PANEL}.review.2022`],
      ['2023-08-04', 'Panel of Experts', `${PANEL}.midterm-report.2023`],
      ['2023-09-08', 'Panel of Experts', `${PANEL}.midterm-report-council.2023`],
      ['2024-02-02', 'Panel of Experts', `${PANEL}.final-report.2023`],
      ['2024-03-08', 'Panel of Experts', `${PANEL}.final-report-council.2023`],
      ['2024-03-22', 'Security Council', `${PANEL}.review.2023`],
    ]);
  });
});

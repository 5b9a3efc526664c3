// Regression tests for the corrections of issue 12: each failed on the data before its fix.
import { describe, expect, it, vi } from 'vitest';
import {
  dprk1718,
  dprkDraftResolution2019,
  dprkEvidence,
  dprkPositions,
  iran2231,
  jcpoaEvidence,
  jcpoaPlan,
  refinedPetroleumLedger,
} from '../../src/data/index.js';
import {
  addDays,
  capReport,
  compareBases,
  evaluatePlan,
  measuresInForce,
  parseDate,
  type QuantityCap,
  validatePlan,
} from '../../src/index.js';

const d = parseDate;
const measureById = (id: string) => dprk1718.resolutions.flatMap((r) => r.measures).find((m) => m.id === id);
const cap = measureById('dprk.refined-petroleum.cap') as QuantityCap;
const entry = (id: string) => refinedPetroleumLedger.find((e) => e.id === id);

describe('1. the 500,000-barrel cap of 2397 para 5 is confirmed; only its notice thresholds are not', () => {
  it('the cap is confirmed and cites a source that quotes it; each threshold keeps its own unconfirmed flag and note', () => {
    expect(cap.confidence).toBe('confirmed');
    expect(cap.sources?.some((s) => s.quote?.includes('500,000 barrels'))).toBe(true);
    expect(cap.thresholds.map((t) => [t.fraction.toFixed(), t.effect, t.confidence])).toEqual([
      ['0.75', 'notify', 'unconfirmed'],
      ['0.9', 'notify', 'unconfirmed'],
      ['0.95', 'cease', 'unconfirmed'],
    ]);
    for (const t of cap.thresholds) expect(t.note).toMatch(/not confirmed/);
  });
});

describe('2. the 2375 caps: one reading of the thresholds, or none', () => {
  it('the 2375 annual cap (superseded before it applied) models no thresholds, and its note says why', () => {
    const annual = measureById('dprk.refined-petroleum.cap.2375-annual') as QuantityCap;
    expect(annual.thresholds).toEqual([]);
    expect(annual.confidence).toBe('unconfirmed');
    expect(annual.note).toMatch(/no thresholds are modelled/);
  });

  it('the 2017 quarter keeps the 2397 reading (75 and 90 % notices, cease at 95 %), every threshold unconfirmed with a note', () => {
    const q4 = measureById('dprk.refined-petroleum.cap.2017q4') as QuantityCap;
    const reading = (c: QuantityCap) => c.thresholds.map((t) => [t.fraction.toFixed(), t.effect]);
    expect(reading(q4)).toEqual(reading(cap));
    for (const t of q4.thresholds) {
      expect(t.confidence).toBe('unconfirmed');
      expect(t.note).toMatch(/not confirmed/);
    }
  });
});

describe("3. the United States' July 2018 figure", () => {
  const usa = entry('usa-2018-01/05');

  it('cites AFP (sunnewsonline), not AP, and is a capacity estimate from 89 port calls', () => {
    expect(usa?.source.url).toBe(
      'http://sunnewsonline.com/us-asks-un-to-cut-off-oil-products-to-north-korea/',
    );
    expect(usa?.source.quote).toContain('759,793');
    expect(usa?.source.url).not.toMatch(/apnews/);
    expect(usa?.basis).toBe('estimated');
    expect(usa?.note).toMatch(/89/);
    expect(usa?.note).toMatch(/capacity/);
  });

  it("records Reuters' 1,367,628 barrels (90 % laden) in the note only, so no report can add it to the first", () => {
    expect(usa?.note).toContain('1,367,628');
    expect(usa?.note).toMatch(/straitstimes\.com/);
    expect(refinedPetroleumLedger.some((e) => e.quantity?.amount === '1367628')).toBe(false);
    const all = capReport(cap, refinedPetroleumLedger, {
      asOf: d('2018-09-27'),
      basis: ['reported', 'alleged', 'estimated'],
    });
    expect(all.periods[0]?.dimensions[0]?.total.amount.toFixed()).toBe('759793');
  });

  it('the 2019 whole-year estimate (3.78 million barrels) replaces the January-May one: 2018 never adds both', () => {
    const report = capReport(cap, refinedPetroleumLedger, { asOf: d('2019-12-31'), basis: ['estimated'] });
    const y2018 = report.periods.find((p) => p.period.start === '2018-01-01');
    expect(y2018?.dimensions[0]?.total.amount.toFixed()).toBe('3780000');
    expect(report.superseded).toContainEqual({
      entryId: 'usa-2018-01/05',
      by: 'usa-2018-estimate',
      kind: 'corrected',
    });
  });
});

describe('5. every official entry and the 2024 US claim carry the date they were published', () => {
  const dated = refinedPetroleumLedger.filter((e) => e.basis === 'reported' || e.id === 'usa-2024-03-rus');

  it('each has a reported date no later than its source, and says so where it is a press date', () => {
    expect(dated.length).toBeGreaterThanOrEqual(10);
    for (const e of dated) {
      expect(e.reported, e.id).toBeDefined();
      expect(e.source.date, e.id).toBeDefined();
      expect((e.reported as string) <= (e.source.date as string), e.id).toBe(true);
      expect(e.note, e.id).toMatch(/upper bound|published on|stated on/);
    }
  });

  it('a report as of the day before publication does not count the entry; as of that day it does', () => {
    for (const e of dated) {
      const day = d(e.reported as string);
      const before = capReport(cap, refinedPetroleumLedger, {
        asOf: addDays(day, -1),
        basis: [e.basis],
      });
      expect(before.notCounted, e.id).toContainEqual(
        expect.objectContaining({ entryId: e.id, reason: 'reported-after-as-of' }),
      );
      const on = capReport(cap, refinedPetroleumLedger, { asOf: day, basis: [e.basis] });
      expect(
        on.notCounted.some((n) => n.entryId === e.id && n.reason === 'reported-after-as-of'),
        e.id,
      ).toBe(false);
    }
  });

  it('on 2018-06-27, nothing official was yet published for 2018; the UPI figures count from 2018-06-28', () => {
    const early = compareBases(cap, refinedPetroleumLedger, { asOf: d('2018-06-27') });
    const monthly = (n: { entryId: string }) => /^official-2018-0\d$/.test(n.entryId);
    expect(early.reported.notCounted.filter(monthly)).toEqual(
      ['01', '02', '03', '04'].map((m) =>
        expect.objectContaining({ entryId: `official-2018-${m}`, reason: 'reported-after-as-of' }),
      ),
    );
    const upi = compareBases(cap, refinedPetroleumLedger, { asOf: d('2018-06-28') });
    expect(upi.reported.periods[0]?.dimensions[0]?.unknownBecause).toEqual([
      'official-2018-01',
      'official-2018-02',
      'official-2018-03',
      'official-2018-04',
    ]);
  });
});

describe('6. the China-Russia position of 2018 and the draft of December 2019 are two plans', () => {
  const cr = dprkPositions.chinaRussia;

  it('the 2018 plan cites only what was said in 2018 (Lavrov, Wang Yi), and marks its scope unconfirmed', () => {
    expect(cr.confidence).toBe('unconfirmed');
    for (const s of cr.sources) expect(s.date, s.document).toBe('2018-09-27');
    const quotes = cr.sources.map((s) => s.quote ?? '').join(' | ');
    expect(quotes).toContain('unrelated to the nuclear program');
    expect(quotes).toContain('invoking in due course');
    expect(cr.note).toMatch(/scope/i);
    for (const s of cr.sources) expect(JSON.stringify(s)).not.toMatch(/2019/);
    expect(cr.phases.every((p) => p.actions.every((a) => !a.measure.includes('statues')))).toBe(true);
  });

  it('the December 2019 draft is its own plan, dated and cited, that cannot act before 16 December 2019', () => {
    expect(dprkDraftResolution2019.start).toBe('2019-12-16');
    expect(dprkDraftResolution2019.sources.every((s) => s.date === '2019-12-16')).toBe(true);
    expect(validatePlan(dprkDraftResolution2019, dprk1718)).toEqual([]);
    const relief = [{ plan: dprkDraftResolution2019, evidence: dprkEvidence }];
    expect(measuresInForce(dprk1718, d('2018-09-27'), { relief }).relieved).toEqual([]);
    expect(
      evaluatePlan(dprkDraftResolution2019, dprkEvidence, { at: d('2018-09-27') }).phases[0]?.status,
    ).not.toBe('active');
  });

  it('on 2018-09-27 the 2018 plan eases no measure of the 2019 draft that 2017 did not create', () => {
    const relief = [{ plan: cr, evidence: dprkEvidence }];
    const eased = measuresInForce(dprk1718, d('2018-09-27'), { relief }).relieved.map((r) => r.measure.id);
    expect(eased).not.toContain('dprk.statues.export');
    expect(validatePlan(cr, dprk1718)).toEqual([]);
  });
});

describe('7. Iran 2231', () => {
  const relief = [{ plan: jcpoaPlan, evidence: jcpoaEvidence }];
  const withPlan = (on: string) => measuresInForce(iran2231, d(on), { relief });
  const ids = (on: string) => withPlan(on).inForce.map((m) => m.measure.id);
  const channel = 'iran.2231.procurement-channel';

  it('the procurement channel (Annex B para 2) is not in force on 2025-11-01', () => {
    expect(ids('2025-11-01')).not.toContain(channel);
  });

  it('the procurement channel itself ends ten years after Adoption Day: last day 2025-10-17', () => {
    const m = iran2231.resolutions.flatMap((r) => r.measures).find((x) => x.id === channel);
    expect(m?.effective).toEqual({ start: '2016-01-16', end: '2025-10-17' });
    expect(measuresInForce(iran2231, d('2025-10-17')).some((x) => x.measure.id === channel)).toBe(true);
    expect(measuresInForce(iran2231, d('2025-10-18')).some((x) => x.measure.id === channel)).toBe(false);
  });

  it('para 12: snapback terminates the measures of 2231 still in force (the procurement channel) the day it takes effect', () => {
    expect(jcpoaPlan.snapback?.terminates).toEqual([channel]);
    expect(ids('2025-09-27')).toContain(channel);
    const snapped = withPlan('2025-09-28');
    expect(snapped.inForce.map((m) => m.measure.id)).not.toContain(channel);
    expect(snapped.relieved.find((r) => r.measure.id === channel)?.by).toEqual({
      plan: 'jcpoa',
      phase: 'snapback',
      action: 'lift',
      since: '2025-09-28',
    });
    expect(jcpoaPlan.snapback?.note).toMatch(/para(graph)? 12/);
  });

  it('snapback takes effect at midnight GMT after the thirtieth day: the first GMT day in force is 2025-09-28', () => {
    expect(jcpoaPlan.snapback?.note).toMatch(/GMT/);
    expect(jcpoaPlan.note).toMatch(/GMT calendar days/);
    expect(evaluatePlan(jcpoaPlan, jcpoaEvidence, { at: d('2025-09-27') }).snapback).toMatchObject({
      status: 'triggered',
      triggeredOn: '2025-08-28',
      reimposesOn: '2025-09-28',
    });
    expect(ids('2025-09-27')).not.toContain('iran.1737.asset-freeze');
    expect(ids('2025-09-28')).toContain('iran.1737.asset-freeze');
  });

  it('OpenSanctions files the Iran measures under UN-SC1737', () => {
    expect(iran2231.openSanctionsProgram).toBe('UN-SC1737');
  });
});

describe('the demo (`npm run demo`)', () => {
  it('prints no [unconfirmed] on the cap line but on each threshold, and tells the 2018 story without the 2019 draft', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    try {
      await import('../../examples/demo.js');
    } finally {
      spy.mockRestore();
    }
    const output = lines.join('\n');
    // The demo prints through the formatters, which wrap long lines: a continuation is indented deeper than its line.
    const printed = output.split('\n');
    const at = printed.findIndex((l) => l.trim().startsWith('dprk.refined-petroleum.cap —'));
    const indent = (l: string) => l.length - l.trimStart().length;
    let capLine = printed[at] ?? '';
    for (let i = at + 1; indent(printed[i] ?? '') === indent(printed[at] ?? '') + 2; i += 1)
      capLine += ` ${(printed[i] ?? '').trim()}`;
    expect(capLine).toBe(
      '  dprk.refined-petroleum.cap — limit 500,000 bbl; thresholds 75 % notify [unconfirmed], 90 % notify [unconfirmed], 95 % cease [unconfirmed]',
    );
    const story = output.slice(output.indexOf('The four positions'), output.indexOf('Resolution 2231'));
    // The explanations name the coverage they used as recorded (the ICBM-launch coverage runs to 2019-05-04); the
    // story itself says nothing of 2019.
    expect(
      story.replace(/used: coverage of [a-z-]+ from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/g, ''),
    ).not.toMatch(/2019/);
    expect(story).toContain('used: coverage of icbm-launch from 2017-07-04 to 2019-05-04');
    const chinaRussia = story.slice(story.indexOf('China and Russia'), story.indexOf('Japan'));
    expect(chinaRussia).not.toContain('dprk.statues.export');
    expect(chinaRussia).toContain('scope unconfirmed');
    const estimated = output.slice(output.indexOf('estimated (capacity times port calls):'));
    expect(estimated).toMatch(
      /^estimated \(capacity times port calls\):\n.*\n.*\n\s+limit 500,000 bbl: 759,793 bbl counted; utilisation 151\.9586 %/,
    );
    expect(output).toContain('on 2025-09-28: 13 measures in force, 1 relieved');
  });
});

describe('4. the official figures of 2018 and Russia in barrels', () => {
  const at = (asOf: string) => capReport(cap, refinedPetroleumLedger, { asOf: d(asOf) });
  const year = (report: ReturnType<typeof capReport>, y: string) =>
    report.periods.find((p) => p.period.start === `${y}-01-01`);

  it('January-April 2018 cite UPI by address: China 4,470 t, Russia 4,148 t, monthly 570 / 3,275 / 4,337 / 438 t', () => {
    for (const [month, tonnes] of [
      ['01', '570'],
      ['02', '3275'],
      ['03', '4337'],
      ['04', '438'],
    ]) {
      const e = entry(`official-2018-${month}`);
      expect(e?.quantity).toEqual({ amount: tonnes, unit: 'tonne' });
      expect(e?.source.url).toBe(
        'https://www.upi.com/Top_News/World-News/2018/06/28/Russia-China-provided-nearly-9000-tons-of-fuel-assistance-to-North-Korea/3841530193301/',
      );
      expect(e?.source.quote).toBe('China delivered 4,470 tons and Russia exported 4,148 tons');
    }
  });

  it('the derived 39,810 t is gone; the published 48,430 t for 2018 supersedes the monthly entries, counted once', () => {
    expect(entry('official-2018-05/12')).toBeUndefined();
    expect(refinedPetroleumLedger.some((e) => e.quantity?.amount === '39810')).toBe(false);
    const annual = entry('official-2018');
    expect(annual).toMatchObject({
      delivered: '2018-01-01',
      deliveredThrough: '2018-12-31',
      reported: '2020-02-21',
      quantity: { amount: '48430', unit: 'tonne' },
      basis: 'reported',
      supersedes: ['official-2018-01', 'official-2018-02', 'official-2018-03', 'official-2018-04'],
    });
    expect(annual?.source.quote).toContain('48,430 tons');
    const report = at('2020-02-21');
    expect(report.superseded.filter((s) => s.by === 'official-2018').map((s) => s.entryId)).toEqual([
      'official-2018-01',
      'official-2018-02',
      'official-2018-03',
      'official-2018-04',
    ]);
    const y2018 = year(report, '2018');
    expect(y2018?.dimensions[0]?.unknownBecause).toEqual(['official-2018']);
    expect(year(at('2020-02-20'), '2018')?.dimensions[0]?.unknownBecause).toEqual([
      'official-2018-01',
      'official-2018-02',
      'official-2018-03',
      'official-2018-04',
    ]);
  });

  it("Russia's annual totals in barrels (Yonhap via koreanewsgazette): 2018 241,114, 2019 277,365, 2023 105,845", () => {
    for (const [id, amount] of [
      ['official-2018-rus-bbl', '241114'],
      ['official-2019-rus-bbl', '277365'],
      ['official-2023-rus-bbl', '105845'],
    ] as const) {
      const e = entry(id);
      expect(e?.quantity, id).toEqual({ amount, unit: 'barrel' });
      expect(e?.reporter, id).toBe('RUS');
      expect(e?.source.url, id).toBe(
        'https://www.koreanewsgazette.com/russia-reports-supply-of-100000-barrels-of-refined-petroleum-to-north-korea-in-2023/',
      );
    }
    expect(entry('official-2019-rus-bbl')?.supersedes).toEqual(['official-2019-rus']);
    const report = at('2024-12-31');
    expect(
      year(report, '2019')
        ?.byReporter.find((g) => g.key === 'RUS')
        ?.totals[0]?.amount.toFixed(),
    ).toBe('277365');
    expect(year(report, '2018')?.dimensions[0]?.total.amount.toFixed()).toBe('241114');
    expect(year(report, '2018')?.utilisation).toBe('unknown');
  });

  it('2023: the published total 105,845 bbl and its parts (44,655 + 10,666 + 50,523 = 105,844) are both kept as published', () => {
    const parts = ['official-2023-01-rus', 'official-2023-02-rus', 'official-2023-03/12-rus'];
    expect(parts.map((id) => entry(id)?.quantity?.amount)).toEqual(['44655', '10666', '50523']);
    expect(entry('official-2023-rus-bbl')?.supersedes).toEqual(parts);
    expect(entry('official-2023-rus-bbl')?.note).toMatch(/105,844/);
    const y2023 = year(at('2024-12-31'), '2023');
    expect(y2023?.dimensions[0]?.total.amount.toFixed()).toBe('105845');
    expect(y2023?.counted).toBe(1);
  });

  it('every entry is counted, not counted with a reason, or superseded (conservation), on every day a figure appeared', () => {
    for (const asOf of ['2018-06-28', '2020-02-21', '2022-03-23', '2024-01-31', '2024-12-31']) {
      const report = capReport(cap, refinedPetroleumLedger, {
        asOf: d(asOf),
        basis: ['reported', 'alleged', 'estimated'],
      });
      const counted = report.periods.reduce((n, p) => n + p.counted, 0);
      const notCounted =
        report.notCounted.length + report.periods.reduce((n, p) => n + p.notCounted.length, 0);
      expect(counted + notCounted + report.superseded.length, asOf).toBe(refinedPetroleumLedger.length);
    }
  });
});

// The South Sudan regime (issue 16): resolution 2206 (2015) and its renewals, the arms embargo of 2428 (2018) with
// its two amendments, and the benchmarks of 2577 (2021) as a plan that reviews the embargo without lifting it.
import { describe, expect, it } from 'vitest';
import { southSudan2206, southSudanBenchmarks, southSudanEvidence } from '../../src/data/index.js';
import {
  EvidenceSchema,
  evaluatePlan,
  formatCitation,
  mandatesInForce,
  measuresInForce,
  parseDate,
  regimeCalendar,
  validatePlan,
  validateRegime,
} from '../../src/index.js';

const inForce = (on: string) => measuresInForce(southSudan2206, parseDate(on)).map((m) => m.measure.id);
const measure = (id: string) =>
  southSudan2206.resolutions.flatMap((r) => r.measures).find((m) => m.id === id);

describe('southSudan2206', () => {
  it('is a valid regime, and the benchmarks plan is valid over it', () => {
    expect(validateRegime(southSudan2206)).toEqual([]);
    expect(validatePlan(southSudanBenchmarks, southSudan2206)).toEqual([]);
    expect(southSudan2206).toMatchObject({ id: 'ssd-2206', target: 'SSD', foundingResolution: 2206 });
    expect(southSudan2206.committee).toContain('resolution 2206 (2015)');
  });

  it('lists every sanctions resolution, in order of adoption', () => {
    expect(southSudan2206.resolutions.map((r) => r.number)).toEqual([
      2206, 2271, 2280, 2290, 2353, 2418, 2428, 2471, 2521, 2577, 2633, 2683, 2731, 2781, 2821,
    ]);
    const adopted = southSudan2206.resolutions.map((r) => r.adopted);
    expect(adopted).toEqual([...adopted].sort());
  });

  it('2015-03-03: the travel ban and asset freeze of 2206 paras 9 and 12, none before', () => {
    expect(inForce('2015-03-02')).toEqual([]);
    expect(inForce('2015-03-03')).toEqual(['ssd.travel-ban', 'ssd.asset-freeze']);
    expect(measure('ssd.travel-ban')?.citations.map(formatCitation)).toEqual(['res. 2206 para 9']);
    expect(measure('ssd.asset-freeze')?.citations.map(formatCitation)).toEqual(['res. 2206 para 12']);
  });

  it('renews the targeted measures without a gap, each renewal an extend with its new end', () => {
    const ends = southSudan2206.resolutions.flatMap((r) =>
      r.changes.filter((c) => c.target === 'ssd.travel-ban').map((c) => [r.number, c.type, c.until]),
    );
    expect(ends).toEqual([
      [2271, 'extend', '2016-04-15'],
      [2280, 'extend', '2016-06-01'],
      [2290, 'extend', '2017-05-31'],
      [2353, 'extend', '2018-05-31'],
      [2418, 'extend', '2018-07-15'],
      [2428, 'extend', '2019-05-31'],
      [2471, 'extend', '2020-05-31'],
      [2521, 'extend', '2021-05-31'],
      [2577, 'extend', '2022-05-31'],
      [2633, 'extend', '2023-05-31'],
      [2683, 'extend', '2024-05-31'],
      [2731, 'extend', '2025-05-31'],
      [2781, 'extend', '2026-05-31'],
      [2821, 'extend', '2027-05-31'],
    ]);
    for (const day of ['2016-03-02', '2016-04-15', '2016-06-01', '2018-07-14', '2024-05-31', '2027-05-31'])
      expect(inForce(day), day).toContain('ssd.travel-ban');
    expect(inForce('2027-06-01')).toEqual([]);
  });

  it('2018-07-13: the arms embargo of 2428 para 4, with its exemptions of para 5', () => {
    expect(inForce('2018-07-12')).not.toContain('ssd.arms-embargo');
    const arms = measuresInForce(southSudan2206, parseDate('2018-07-13')).find(
      (m) => m.measure.id === 'ssd.arms-embargo',
    );
    expect(arms?.citations.map(formatCitation)).toEqual(['res. 2428 para 4']);
    expect(arms?.measure).toMatchObject({ kind: 'arms-embargo', direction: 'to-target' });
    const exceptions = arms?.measure.kind === 'arms-embargo' ? (arms.measure.exceptions ?? []) : [];
    expect(exceptions.flatMap((e) => e.citations ?? []).map(formatCitation)).toEqual([
      'res. 2428 para 5(b)',
      'res. 2428 para 5(d)',
      'res. 2428 para 5(f)',
      'res. 2428 para 5(g)',
    ]);
  });

  it('2633 and 2683 amend the embargo: a new exemption, then without notification; the lineage keeps the basis', () => {
    expect(inForce('2022-05-25')).toContain('ssd.arms-embargo');
    expect(inForce('2022-05-26')).toContain('ssd.arms-embargo.2633');
    expect(inForce('2022-05-26')).not.toContain('ssd.arms-embargo');
    expect(inForce('2023-05-30')).toContain('ssd.arms-embargo.2683');
    const today = measuresInForce(southSudan2206, parseDate('2026-12-02')).find(
      (m) => m.measure.id === 'ssd.arms-embargo.2683',
    );
    const basis = today?.citations.map(formatCitation) ?? [];
    expect(basis.slice(0, 2)).toEqual(['res. 2428 para 4', 'res. 2471 para 1']);
    expect(basis).toEqual(
      expect.arrayContaining(['res. 2633 para 2', 'res. 2683 para 2', 'res. 2821 para 1']),
    );
    expect(inForce('2027-05-31')).toContain('ssd.arms-embargo.2683');
    expect(inForce('2027-06-01')).not.toContain('ssd.arms-embargo.2683');
  });

  it('marks unconfirmed exactly the facts no source confirms, each with a note', () => {
    const unconfirmed = southSudan2206.resolutions.flatMap((r) =>
      r.changes
        .filter((c) => c.confidence === 'unconfirmed')
        .map((c) => `${r.number}/${c.paragraph}/${c.target}`),
    );
    expect(unconfirmed).toEqual([
      '2271/1/ssd.travel-ban',
      '2271/1/ssd.asset-freeze',
      '2271/2/ssd.panel-of-experts',
      '2290/1/ssd.travel-ban',
      '2290/1/ssd.asset-freeze',
      '2290/12/ssd.panel-of-experts',
      '2428/19/ssd.panel-of-experts',
      '2428/12/ssd.travel-ban',
      '2428/12/ssd.asset-freeze',
      '2471/1/ssd.arms-embargo',
      '2471/1/ssd.travel-ban',
      '2471/1/ssd.asset-freeze',
      '2471/1/ssd.panel-of-experts',
    ]);
    const all = southSudan2206.resolutions.flatMap((r) => [...r.changes, ...r.measures]);
    for (const fact of all.filter((f) => f.confidence === 'unconfirmed')) expect(fact.note).toBeTruthy();
    // From 2020 on every change carries the words of its paragraph, which checkCitations verifies.
    for (const r of southSudan2206.resolutions.filter((x) => x.number >= 2521))
      for (const c of r.changes) expect(c.quote, `${r.number} ${c.target}`).toBeTruthy();
  });
});

describe('the Panel of Experts and the deadlines', () => {
  it('the Panel (2206 para 18) is a mandate renewed every year without a gap, never a measure', () => {
    for (const day of ['2015-03-03', '2016-04-01', '2018-08-15', '2019-06-01', '2026-12-02', '2027-07-01'])
      expect(
        mandatesInForce(southSudan2206, parseDate(day)).map((m) => m.mandate.id),
        day,
      ).toEqual(['ssd.panel-of-experts']);
    expect(mandatesInForce(southSudan2206, parseDate('2027-07-02'))).toEqual([]);
    expect(inForce('2026-12-02')).not.toContain('ssd.panel-of-experts');
  });

  it("lists the Secretary-General's benchmark assessments, due each 15 April from 2022", () => {
    const due = regimeCalendar(southSudan2206, { from: '2020-01-01', to: '2027-12-31' }).filter(
      (e) => e.kind === 'deadline-due' && e.id.startsWith('ssd.benchmarks.assessment.'),
    );
    expect(due.map((e) => [e.date, e.resolution, formatCitation(e.citation), e.by])).toEqual([
      ['2022-04-15', 2577, 'res. 2577 para 4', 'Secretary-General'],
      ['2023-04-15', 2633, 'res. 2633 para 5', 'Secretary-General'],
      ['2024-04-15', 2683, 'res. 2683 para 5', 'Secretary-General'],
      ['2025-04-15', 2731, 'res. 2731 para 4', 'Secretary-General'],
      ['2026-04-15', 2781, 'res. 2781 para 4', 'Secretary-General'],
      ['2027-04-15', 2821, 'res. 2821 para 4', 'Secretary-General'],
    ]);
  });

  it('says what lapses on 31 May 2027 unless the Council renews it', () => {
    const lapses = regimeCalendar(southSudan2206, { from: '2027-01-01', to: '2027-12-31' }).filter(
      (e) => e.unlessRenewed,
    );
    expect(lapses.map((e) => `${e.date} ${e.id}`)).toEqual([
      '2027-05-31 ssd.arms-embargo.2683',
      '2027-05-31 ssd.asset-freeze',
      '2027-05-31 ssd.travel-ban',
      '2027-07-01 ssd.panel-of-experts',
    ]);
  });
});

describe('southSudanBenchmarks', () => {
  const benchmarks = [
    'sdsr-stages-1-3-completed',
    'nuf-unified-command-and-redeployment',
    'ddr-progress',
    'arms-stockpile-management',
    'crsv-joint-action-plan-implemented',
  ];
  const met = (value: boolean) =>
    EvidenceSchema.parse({
      facts: benchmarks.map((b) => ({
        fact: `ssd.benchmark.${b}`,
        value,
        from: '2025-04-15',
        source: 'hypothetical assessment',
      })),
    });

  it('with no evidence, the review is unknown and the embargo stays in force, certain', () => {
    const at = parseDate('2026-06-01');
    expect(evaluatePlan(southSudanBenchmarks, southSudanEvidence, { at }).phases[0]?.status).toBe('unknown');
    const after = measuresInForce(southSudan2206, at, {
      relief: [{ plan: southSudanBenchmarks, evidence: southSudanEvidence }],
    });
    expect(after.uncertain).toEqual([]);
    expect(after.inForce.map((m) => m.measure.id)).toEqual(inForce('2026-06-01'));
  });

  it('with every benchmark met, the Council is ready to review: the phase is active, and nothing is lifted', () => {
    const at = parseDate('2025-06-01');
    const phase = evaluatePlan(southSudanBenchmarks, met(true), { at }).phases[0];
    expect(phase).toMatchObject({ status: 'active', since: '2025-04-15' });
    expect(phase?.actions.every((a) => a.type === 'review')).toBe(true);
    const after = measuresInForce(southSudan2206, at, {
      relief: [{ plan: southSudanBenchmarks, evidence: met(true) }],
    });
    expect(after.relieved).toEqual([]);
    expect(after.inForce.map((m) => m.measure.id)).toEqual(inForce('2025-06-01'));
    expect(evaluatePlan(southSudanBenchmarks, met(false), { at }).phases[0]?.status).toBe('pending');
  });
});

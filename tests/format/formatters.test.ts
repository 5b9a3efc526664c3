import { describe, expect, it } from 'vitest';
import {
  dprk1718,
  dprkEvidence,
  dprkPositions,
  iran2231,
  jcpoaEvidence,
  jcpoaPlan,
  refinedPetroleumLedger,
} from '../../src/data/index.js';
import {
  formatCapReport,
  formatExplanation,
  formatMeasures,
  formatPlanEvaluation,
  formatTimeline,
  formatTransfer,
} from '../../src/format/index.js';
import {
  assessTransfer,
  ConditionSchema,
  capReport,
  compareBases,
  evaluate,
  evaluatePlan,
  findMeasure,
  measuresInForce,
  parseDate,
  planTimeline,
  type QuantityCap,
  regimeChanges,
} from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { expectText } from './expected.js';

const day = parseDate('2018-09-27');
const refined = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap') as QuantityCap;
const bases = compareBases(refined, refinedPetroleumLedger, { asOf: day });
const lines = (text: string) => text.split('\n');
/** The text with its wrapped lines joined again (a line break and the indent that follows it are one space). */
const flat = (text: string) => text.replace(/\n */g, ' ');

describe('formatMeasures', () => {
  const text = () => formatMeasures(measuresInForce(dprk1718, day));

  it('prints the 72 measures of 27 September 2018 grouped by kind, each with its citation chain', () => {
    expectText('measures-dprk-2018-09-27.txt', text());
    const kinds = lines(text()).filter((l) => /^[a-z-]+ \(\d+\)$/.test(l));
    expect(kinds.map((k) => Number(/\((\d+)\)/.exec(k)?.[1])).reduce((a, b) => a + b, 0)).toBe(72);
    expect(flat(text())).toContain('quantity-cap (2)');
    expect(flat(text())).toContain('res. 2375 para 14 → res. 2397 para 5');
    expect(flat(text())).toContain('dprk.government-assets [unconfirmed]');
  });

  it('marks unconfirmed thresholds, and formats limits in the locale', () => {
    expect(flat(text())).toMatch(/75 % notify \[unconfirmed\]/);
    expect(flat(formatMeasures(measuresInForce(dprk1718, day), { locale: 'de-DE' }))).toContain(
      'limit 4.000.000 bbl or 525.000 t',
    );
  });

  it('lists relief: the effects on measures in force, the measures relieved and the uncertain ones', () => {
    const after = measuresInForce(iran2231, '2017-01-01', {
      relief: [{ plan: jcpoaPlan, evidence: jcpoaEvidence }],
    });
    const relieved = formatMeasures(after);
    expectText('measures-iran-2017-01-01-relief.txt', relieved);
    expect(flat(relieved)).toContain(`relieved (${after.relieved.length})`);
    expect(flat(relieved)).toMatch(/lift by plan jcpoa, phase implementation, since 2016-01-16/);
  });

  it('says when nothing is in force', () => {
    expect(formatMeasures([])).toBe('No measure in force.');
  });
});

describe('formatTransfer', () => {
  it('gives the verdict, the measures and the basis', () => {
    const text = formatTransfer(
      assessTransfer(dprk1718, { commodity: 'refined-petroleum', direction: 'to-target', on: day }),
    );
    expectText('transfer-refined-petroleum-2018-09-27.txt', text);
    expect(lines(text)[0]).toBe('Verdict: capped: allowed only within a quantity cap');
    expect(flat(text)).toContain('Basis: res. 2375 para 14; res. 2397 para 5');
  });

  it('says a transfer no measure covers is not covered, which is not a permission', () => {
    const text = formatTransfer(
      assessTransfer(dprk1718, { commodity: 'refined-petroleum', direction: 'to-target', on: '2000-01-01' }),
    );
    expect(text).toBe(
      'Verdict: not covered: the regime says nothing about it (which is not a\n  permission)\nNo measure in force covers this transfer.',
    );
  });

  it('names a ban that prohibits', () => {
    const text = formatTransfer(
      assessTransfer(dprk1718, { commodity: 'coal', direction: 'from-target', on: day }),
    );
    expect(lines(text)[0]).toBe('Verdict: prohibited: a ban applies');
    expect(flat(text)).toContain('dprk.coal.export');
  });
});

describe('formatCapReport', () => {
  it('says an unknown utilisation in words and prints the total only as a lower bound', () => {
    const text = formatCapReport(bases.reported);
    expectText('cap-report-reported-2018-09-27.txt', text);
    expect(flat(text)).toContain('utilisation unknown');
    expect(flat(text)).toContain('at least 0 bbl counted');
    expect(flat(text)).toContain('remaining unknown, at most 500,000 bbl');
    expect(flat(text)).toContain('reached: unknown');
    expect(flat(text)).not.toMatch(/utilisation \d/);
    expect(flat(text)).toContain("no factor into the limit's unit (no-conversion): official-2018-01");
  });

  it('prints the exact utilisation, the crossings with date and entry, and the totals by reporter and month', () => {
    const text = formatCapReport(bases.estimated);
    expectText('cap-report-estimated-2018-09-27.txt', text);
    expect(flat(text)).toContain('utilisation 151.9586 %');
    expect(flat(text)).toContain('exceeded by 259,793 bbl');
    for (const t of ['75 % (notify)', '90 % (notify)', '95 % (cease)', '100 % (limit)'])
      expect(flat(text)).toContain(`crossed ${t} on 2018-05-30 by usa-2018-01/05, cumulative 759,793 bbl`);
    expect(flat(text)).toContain('by reporter: USA 759,793 bbl (1 entry)');
  });

  it('prints every digit of a utilisation in the locale, never rounded', () => {
    const ledger = [
      {
        id: 'a',
        cap: refined.id,
        delivered: '2018-02-01',
        quantity: { amount: '1', unit: 'barrel' },
        reporter: 'CHN',
        basis: 'reported',
        source: { document: 'test' },
      },
    ] as const;
    const report = capReport(refined, ledger, { asOf: '2018-03-01' });
    expect(report.periods[0]?.utilisationPercent).toBe('0.0002');
    expect(flat(formatCapReport(report))).toContain('utilisation 0.0002 %');
    expect(flat(formatCapReport(report, { locale: 'de-DE' }))).toContain('utilisation 0,0002 %');
    const third = capReport(
      {
        ...refined,
        limits: [{ ...refined.limits[0], amount: refined.limits[0]?.amount.times(3) }],
      } as QuantityCap,
      [{ ...ledger[0], quantity: { amount: '500000', unit: 'barrel' } }],
      { asOf: '2018-03-01' },
    );
    const percent = third.periods[0]?.utilisationPercent as string;
    expect(percent.length).toBeGreaterThan(30);
    expect(formatCapReport(third, { width: 200 })).toContain(`utilisation ${percent} %`);
  });

  it('reports several periods, superseded entries and ledger issues', () => {
    const report = capReport(refined, refinedPetroleumLedger, {
      asOf: '2024-12-31',
      basis: ['reported', 'alleged'],
    });
    const text = formatCapReport(report);
    expectText('cap-report-reported-alleged-2024-12-31.txt', text);
    expect(lines(text).filter((l) => l.startsWith('Period ')).length).toBe(report.periods.length);
    expect(flat(text)).toContain('alleged and reported bases');
  });
});

describe('formatExplanation', () => {
  it('draws an indented tree with the evidence used and the evidence missing', () => {
    const evidence = {
      facts: [{ fact: 'iaea.access', value: true, from: '2016-01-16', source: 'IAEA GOV/INF/2016/1' }],
      events: [{ kind: 'nuclear-test', date: '2016-09-09', source: 'CTBTO' }],
      coverage: [{ kind: 'nuclear-test', start: '2006-01-01', end: '2016-12-31' }],
    };
    const condition = {
      op: 'all',
      of: [
        { op: 'fact', fact: 'iaea.access' },
        { op: 'compare', fact: 'stockpile', cmp: 'le', value: { amount: '0.3', unit: 'tonne' } },
        { op: 'not', of: { op: 'occurred', event: 'nuclear-test', within: { last: 'P12M' } } },
        { op: 'noneOccurred', event: 'icbm-launch', within: { start: '2016-01-01', end: '2016-06-01' } },
        { op: 'onOrAfter', date: '2016-01-16' },
        { op: 'atLeast', count: 1, of: [{ op: 'compare', fact: 'n', cmp: 'ge', value: 1.5 }] },
        { op: 'any', of: [{ op: 'compare', fact: 's', cmp: 'eq', value: 'yes' }] },
      ],
    } as const;
    const text = formatExplanation(
      evaluate(ConditionSchema.parse(condition), evidence, { at: '2016-10-01' }),
    );
    expectText('explanation-mixed.txt', text);
    expect(lines(text)[0]).toBe('all of 7: unmet');
    expect(lines(text)[1]).toBe('  fact iaea.access: met');
    expect(flat(text)).toContain('used: nuclear-test on 2016-09-09 (CTBTO)');
    expect(flat(text)).toContain('stockpile ≤ 0.3 t: unknown');
    expect(flat(text)).toContain('missing: coverage of icbm-launch from 2016-01-01 to 2016-06-01');
  });

  it('lists what would settle an unknown answer, once, at the end', () => {
    const text = formatExplanation(evaluate({ op: 'fact', fact: 'x' }, {}, { at: '2020-01-01' }), {
      width: 40,
    });
    expect(lines(text)[0]).toBe('fact x: unknown');
    expect(flat(text)).not.toContain('Evidence that would settle it');
    expect(flat(text)).toContain('missing: x: No observation');
  });
});

describe('formatPlanEvaluation', () => {
  it('prints each phase of the JCPOA plan after snapback, its dates, actions and reasons, and the snapback', () => {
    const text = formatPlanEvaluation(evaluatePlan(jcpoaPlan, jcpoaEvidence, { at: '2025-10-01' }));
    expectText('plan-jcpoa-2025-10-01.txt', text);
    expect(lines(text)[0]).toBe('Plan jcpoa evaluated on 2025-10-01');
    expect(flat(text)).toContain('phase implementation: snapped-back since 2025-09-28');
    expect(flat(text)).toMatch(
      /snapback: in-effect since 2025-09-28 \(triggered on 2025-08-28; measures come back on\s+2025-09-28/,
    );
    expect(flat(text)).toContain('lift (13): iran.1737.nuclear-missile-items');
  });

  it('prints a pending position of 2018 with the fact that keeps it pending', () => {
    const plan = Object.values(dprkPositions)[0];
    if (plan === undefined) throw new Error('no position');
    const text = formatPlanEvaluation(evaluatePlan(plan, dprkEvidence, { at: day }));
    expectText('plan-dprk-position-0-2018-09-27.txt', text);
    expect(flat(text)).toMatch(/phase [a-z-]+: pending since/);
    expect(flat(text)).toContain(': unmet');
  });
});

describe('formatTimeline', () => {
  it('prints the JCPOA plan from 2015 to the 2025 snapback in columns', () => {
    const text = formatTimeline(
      planTimeline(jcpoaPlan, jcpoaEvidence, { from: '2015-07-01', to: '2025-12-31' }),
    );
    expectText('timeline-jcpoa.txt', text);
    expect(lines(text)[0]).toBe('2015-10-18  adoption        active        Adoption Day: 90 days after');
    expect(lines(text).at(-1)).toBe(
      '2025-09-28  snapback        in-effect     Measures restored by snapback',
    );
  });

  it('prints what resolutions did to the DPRK regime in 2017', () => {
    const text = formatTimeline(regimeChanges(dprk1718, { from: '2017-01-01', to: '2017-12-31' }));
    expectText('changes-dprk-2017.txt', text);
    expect(flat(text)).toContain(
      '2017-12-22  supersede  dprk.crude-oil.supply: res. 2397 para 4, adopted 2017-12-22;',
    );
  });

  it('says when nothing happens', () => {
    expect(formatTimeline([])).toBe('Nothing happens in this range.');
  });
});

describe('options and arguments', () => {
  const inForce = measuresInForce(dprk1718, day);
  it.each([
    ['a width below 20', { width: 19 }],
    ['a fractional width', { width: 40.5 }],
    ['an infinite width', { width: Number.POSITIVE_INFINITY }],
    ['a width as a string', { width: '80' }],
    ['an unknown locale', { locale: 'not a locale!' }],
    ['a locale that is not a string', { locale: 42 }],
    ['options that are not an object', 'wide'],
    ['options as null', null],
  ])('refuse %s with INVALID_INPUT', (_name, options) => {
    const error = errorOf(() => formatMeasures(inForce, options as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^formatMeasures\(options/);
  });

  it.each([
    ['formatMeasures', () => formatMeasures(null as never)],
    ['formatTransfer', () => formatTransfer(undefined as never)],
    ['formatCapReport', () => formatCapReport(42 as never)],
    ['formatExplanation', () => formatExplanation('x' as never)],
    [
      'formatExplanation',
      () => formatExplanation(evaluate({ op: 'fact', fact: 'x' }, {}, { at: '2020-01-01', explain: false })),
    ],
    ['formatPlanEvaluation', () => formatPlanEvaluation(null as never)],
    ['formatTimeline', () => formatTimeline({} as never)],
    ['formatCapReport', () => formatCapReport({ cap: 'x', periods: 'none' } as never)],
    ['formatTransfer', () => formatTransfer({ verdict: 'capped' } as never)],
    ['formatExplanation', () => formatExplanation({ op: 'all', truth: 'met' } as never)],
    ['formatPlanEvaluation', () => formatPlanEvaluation({ plan: 'x', phases: {} } as never)],
    ['formatMeasures', () => formatMeasures({ relieved: [] } as never)],
  ])('%s refuses what is not a result of the library with INVALID_INPUT', (name, call) => {
    const error = errorOf(call);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message.startsWith(`${name}(`)).toBe(true);
  });

  it('do not mutate their input', () => {
    const before = JSON.stringify(bases);
    formatCapReport(bases.reported);
    formatCapReport(bases.estimated, { locale: 'ar-EG', width: 30 });
    expect(JSON.stringify(bases)).toBe(before);
  });
});

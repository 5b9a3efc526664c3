// formatCapReport on a ledger built to hold every reason an entry is not counted, a correction, a retraction, an
// aggregate that supersedes entries, a ledger issue, an aggregate that spans two periods, and a dual cap whose
// tonne total is known only as a lower bound; and on a daily cap whose periods with no entry are summed up as runs.
import { describe, expect, it } from 'vitest';
import { formatCapReport } from '../../src/format/index.js';
import { capReport, type LedgerEntryInput, MeasureSchema, type QuantityCap } from '../../src/index.js';
import { cap, dualCap, entryOf } from '../caps/fixtures.js';
import { expectText } from './expected.js';

const entry = (id: string, delivered: string, amount: string, extra: Partial<LedgerEntryInput> = {}) =>
  entryOf(dualCap.id, id, delivered, amount, extra);

const ledger: LedgerEntryInput[] = [
  entry('m1', '2018-01-10', '10'),
  entry('m2', '2018-02-10', '12', { reporter: 'RUS' }),
  entry('t1', '2018-03-01', '1.5', { quantity: { amount: '1.5', unit: 'tonne' } }),
  entry('m2-fixed', '2018-02-10', '14', { reporter: 'RUS', corrects: 'm2' }),
  entry('m1-withdrawn', '2018-01-10', '0', { quantity: undefined, retracts: 'm1' } as never),
  entry('q1', '2018-04-01', '3'),
  entry('q2', '2018-05-01', '4'),
  entry('annual', '2018-04-01', '8', { deliveredThrough: '2018-05-31', supersedes: ['q1', 'q2'] }),
  entry('alleged', '2018-06-01', '99', { basis: 'alleged' }),
  entry('other', '2018-06-01', '5', { cap: cap.id }),
  entry('late', '2019-03-01', '5'),
  entry('told-late', '2018-06-02', '5', { reported: '2019-03-01' }),
  entry('before', '2017-06-01', '5'),
  entry('span', '2018-12-20', '6', { deliveredThrough: '2019-01-10' }),
  entry('self', '2018-07-01', '2', { corrects: 'self' }),
];

describe('formatCapReport, on every kind of entry', () => {
  it('prints a stable report', () => {
    const text = formatCapReport(capReport(dualCap, ledger, { asOf: '2019-02-01' }), { width: 100 });
    expectText('cap-report-every-entry.txt', text);
    for (const reason of [
      'for another cap (other-cap): other',
      'basis not selected (basis-not-selected): alleged',
      'delivered after the report day (delivered-after-as-of): late',
      'reported after the report day (reported-after-as-of): told-late',
      'outside every period of the cap (outside-periods): before',
      'spans more than one period (spans-periods): span',
    ])
      expect(text).toContain(reason);
    expect(text).toContain('Superseded (');
    expect(text).toContain('Ledger issues (1 issue):');
    expect(text).toMatch(
      /limit 5 t: total unknown, at least 1\.5 t counted; utilisation unknown: \d+ entries are/,
    );
  });

  it('sums up the periods with no entry of a daily cap as runs', () => {
    const daily = MeasureSchema.parse({
      ...cap,
      id: 'test.daily.cap',
      limits: [{ amount: '100', unit: 'barrel' }],
      thresholds: [{ fraction: '0.75', effect: 'notify' }],
      period: { kind: 'recurring', anchor: '2018-01-01', every: 'P1D' },
      citations: [{ resolution: 1, paragraph: '1' }],
    }) as QuantityCap;
    const report = capReport(
      daily,
      [
        { ...entry('d1', '2018-01-02', '80'), cap: daily.id },
        { ...entry('d2', '2020-06-01', '10'), cap: daily.id },
      ],
      { asOf: '2021-01-01' },
    );
    const text = formatCapReport(report, { width: 200 });
    expect(report.omittedPeriods.length).toBe(3);
    expect(text).toContain(
      'Periods with no entry, each a total of zero (3 runs): 2018-01-01 to 2018-01-01, 2018-01-03 to 2020-05-31, 2020-06-02 to 2020-12-31',
    );
    expect(text).toContain('crossed 75 % (notify) on 2018-01-02 by d1, cumulative 80 bbl');
  });

  it('names the binding limit of a dual cap, projects exhaustion at the run-rate, and says when a period is in progress', () => {
    const factor = { from: 'barrel', to: 'tonne', multiplier: '0.1', source: 'test factor' };
    const report = capReport(
      dualCap,
      [
        entry('a', '2018-01-20', '10', { conversion: factor }),
        entry('b', '2018-02-20', '10', { conversion: factor }),
      ],
      { asOf: '2018-03-31' },
    );
    const text = formatCapReport(report, { width: 200 });
    expect(text).toContain('Period 2018-01-01 to 2018-12-31 (in progress on 2018-03-31): 2 entries counted');
    expect(text).toContain('limit 40 bbl: 20 bbl counted; utilisation 50 %; remaining 20 bbl');
    expect(text).toContain('limit 5 t: 2 t counted; utilisation 40 %; remaining 3 t');
    expect(text).toContain('utilisation 50 % (binding: the barrel limit); reached: no; exceeded: no');
    expect(text).toMatch(/^ {2}projected exhaustion at the run-rate so far: 2018-0[5-7]-\d\d$/m);
    expect(text).toContain('by reporter: CHN 20 bbl / 2 t (2 entries)');
    const over = formatCapReport(
      capReport(dualCap, [entry('c', '2018-01-20', '50', { conversion: factor })], { asOf: '2018-12-31' }),
      { width: 200 },
    );
    expect(over).toContain(
      'limit 40 bbl: 50 bbl counted; utilisation 125 %; remaining 0 bbl; exceeded by 10 bbl',
    );
    expect(over).toContain('(binding: the barrel limit); reached: yes; exceeded: yes');
  });

  it('says when there is no period to report, and names a single basis', () => {
    const text = formatCapReport(capReport(cap, [], { asOf: '2017-06-01' }));
    expect(text).toBe(
      'Cap test.oil.cap, reported basis, as known on 2017-06-01: 0 ledger entries read\nNo period to report.',
    );
    const undated = formatCapReport(capReport(cap, [], { basis: ['reported', 'alleged'] }));
    expect(undated.split('\n')[0]).toBe(
      'Cap test.oil.cap, alleged and reported bases: 0 ledger entries read',
    );
  });
});

// The DPRK regime's history, read as dated assertions on the bundled data: what was in force, and why.
import { describe, expect, it } from 'vitest';
import { dprk1718 } from '../../src/data/index.js';
import {
  assessTransfer,
  type CommodityId,
  formatCitation,
  measuresInForce,
  parseDate,
  validateRegime,
} from '../../src/index.js';

const inForce = (on: string) => measuresInForce(dprk1718, parseDate(on));
const measure = (on: string, id: string) => inForce(on).find((m) => m.measure.id === id);
const basis = (on: string, id: string) => measure(on, id)?.citations.map(formatCitation);
const verdict = (on: string, commodity: CommodityId, direction: 'to-target' | 'from-target') =>
  assessTransfer(dprk1718, { commodity, direction, on: parseDate(on) }).verdict;
const capLimits = (on: string, id: string) => {
  const m = measure(on, id)?.measure;
  return m?.kind === 'quantity-cap' ? m.limits.map((l) => `${l.amount.toFixed()} ${l.unit}`) : undefined;
};

describe('the DPRK regime as bundled', () => {
  it('validates with no issues', () => {
    expect(validateRegime(dprk1718)).toEqual([]);
  });

  it('2006-10-13: nothing in force the day before resolution 1718', () => {
    expect(inForce('2006-10-13')).toEqual([]);
  });

  it('2006-10-14: 1718 imposes the arms embargo, WMD-items and technical-assistance bans, luxury-goods ban, asset freeze and travel ban (paras 8(a)-(e))', () => {
    expect(
      inForce('2006-10-14')
        .map((m) => m.measure.kind)
        .sort(),
    ).toEqual(
      [
        'arms-embargo',
        'arms-embargo',
        'asset-freeze',
        'luxury-goods-ban',
        'other',
        'trade-ban',
        'travel-ban',
      ].sort(),
    );
    expect(basis('2006-10-14', 'dprk.luxury-goods.supply')).toEqual(['res. 1718 para 8(a)(iii)']);
    expect(basis('2006-10-14', 'dprk.asset-freeze')).toEqual(['res. 1718 para 8(d)']);
  });

  it('2009-06-12: 1874 para 10 widens the arms supply ban, keeping a small-arms exception', () => {
    expect(measure('2009-06-11', 'dprk.arms.supply')).toBeDefined();
    expect(measure('2009-06-12', 'dprk.arms.supply')).toBeUndefined();
    expect(basis('2009-06-12', 'dprk.arms.supply.1874')).toEqual([
      'res. 1718 para 8(a)(i)',
      'res. 1874 para 10',
    ]);
  });

  it('2009-06-12: 1874 para 17 bans bunkering DPRK vessels suspected of carrying prohibited items', () => {
    expect(basis('2009-06-12', 'dprk.vessels.bunkering')).toEqual(['res. 1874 para 17']);
  });

  it('2013-03-07: 2094 para 17 denies port entry to vessels that refused inspection', () => {
    expect(basis('2013-03-07', 'dprk.vessels.port-entry')).toEqual(['res. 2094 para 17']);
  });

  it('2016-03-02: 2270 para 31 bans aviation fuel, with exceptions', () => {
    expect(verdict('2016-03-01', 'aviation-fuel', 'to-target')).toBe('not-covered');
    expect(verdict('2016-03-02', 'aviation-fuel', 'to-target')).toBe('prohibited');
    expect(measure('2016-03-02', 'dprk.aviation-fuel.supply')?.measure).toMatchObject({
      exceptions: [{}, {}],
    });
  });

  it('2016-06-01: coal exports are permitted only for livelihood purposes (2270)', () => {
    expect(verdict('2016-06-01', 'coal', 'from-target')).toBe('permitted-with-conditions');
    expect(basis('2016-06-01', 'dprk.coal.export.livelihood')).toEqual(['res. 2270 para 29']);
  });

  it('2017-01-01: coal moves to the 2321 para 26(b) cap, US$400,870,018 or 7,500,000 tonnes', () => {
    expect(verdict('2017-01-01', 'coal', 'from-target')).toBe('capped');
    expect(capLimits('2017-01-01', 'dprk.coal.cap.2017')).toEqual(['400870018 usd', '7500000 tonne']);
    expect(basis('2017-01-01', 'dprk.coal.cap.2017')).toEqual(['res. 2270 para 29', 'res. 2321 para 26(b)']);
  });

  it('2017-08-05: coal, iron, iron ore, lead, lead ore and seafood exports are banned outright (2371)', () => {
    for (const commodity of ['coal', 'iron', 'iron-ore', 'lead', 'lead-ore', 'seafood'] as const) {
      expect(verdict('2017-08-04', commodity, 'from-target')).not.toBe('prohibited');
      expect(verdict('2017-08-05', commodity, 'from-target')).toBe('prohibited');
    }
    expect(measure('2017-08-05', 'dprk.coal.cap.2017')).toBeUndefined();
    expect(basis('2017-08-05', 'dprk.coal.export')).toEqual([
      'res. 2270 para 29',
      'res. 2321 para 26(b)',
      'res. 2371 para 8',
    ]);
  });

  it('2017-08-05: work authorisations are frozen at their number (2371)', () => {
    expect(measure('2017-08-05', 'dprk.workers.authorisations-freeze')).toBeDefined();
  });

  it('2017-09-11: the freeze becomes a ban on new work authorisations (2375 para 17)', () => {
    expect(measure('2017-09-11', 'dprk.workers.authorisations-freeze')).toBeUndefined();
    expect(basis('2017-09-11', 'dprk.workers.authorisations-ban')).toEqual([
      'res. 2371 para 11',
      'res. 2375 para 17',
    ]);
  });

  it('2017-09-11: textiles and condensates are banned (2375)', () => {
    expect(verdict('2017-09-11', 'textiles', 'from-target')).toBe('prohibited');
    expect(verdict('2017-09-11', 'condensates-ngl', 'to-target')).toBe('prohibited');
  });

  it('2017-09-11: ship-to-ship transfers with DPRK-flagged vessels are banned (2375)', () => {
    expect(measure('2017-09-11', 'dprk.vessels.ship-to-ship')?.measure.kind).toBe('maritime');
  });

  it('2017-09-30: refined petroleum is not yet capped', () => {
    expect(verdict('2017-09-30', 'refined-petroleum', 'to-target')).toBe('not-covered');
  });

  it('2017-11-15: the refined-petroleum cap is 500,000 barrels for 1 October-31 December 2017 (2375)', () => {
    expect(capLimits('2017-11-15', 'dprk.refined-petroleum.cap.2017q4')).toEqual(['500000 barrel']);
    expect(measure('2017-11-15', 'dprk.refined-petroleum.cap.2017q4')?.measure).toMatchObject({
      period: { kind: 'window', start: '2017-10-01', end: '2017-12-31' },
    });
  });

  it("2017-11-15: crude oil may not exceed the previous 12 months' supply (2375)", () => {
    expect(verdict('2017-11-15', 'crude-oil', 'to-target')).toBe('permitted-with-conditions');
  });

  it('2017-12-22: 2397 para 4 caps crude at 4,000,000 barrels or 525,000 tons a year', () => {
    expect(capLimits('2017-12-22', 'dprk.crude-oil.cap')).toEqual(['4000000 barrel', '525000 tonne']);
    expect(verdict('2017-12-22', 'crude-oil', 'to-target')).toBe('capped');
  });

  it('2017-12-31: the 2375 quarterly cap still applies; 2397 para 5 has not started', () => {
    expect(measure('2017-12-31', 'dprk.refined-petroleum.cap.2017q4')).toBeDefined();
    expect(measure('2017-12-31', 'dprk.refined-petroleum.cap')).toBeUndefined();
  });

  it('2018-03-01: the refined cap is 500,000 barrels per 12 months from 1 January 2018 (2397 para 5), never 2,000,000', () => {
    expect(capLimits('2018-03-01', 'dprk.refined-petroleum.cap')).toEqual(['500000 barrel']);
    expect(measure('2018-03-01', 'dprk.refined-petroleum.cap.2375-annual')).toBeUndefined();
    expect(measure('2018-03-01', 'dprk.refined-petroleum.cap.2017q4')).toBeUndefined();
    expect(basis('2018-03-01', 'dprk.refined-petroleum.cap')).toEqual([
      'res. 2375 para 14',
      'res. 2397 para 5',
    ]);
  });

  it('no day ever has the 2,000,000-barrel cap in force', () => {
    for (const day of ['2017-12-31', '2018-01-01', '2018-06-30', '2019-01-01', '2024-12-04']) {
      expect(measure(day, 'dprk.refined-petroleum.cap.2375-annual')).toBeUndefined();
    }
  });

  it('2018-09-27: aviation fuel is both banned (2270 para 31) and a refined product under the cap; the ban wins', () => {
    const result = assessTransfer(dprk1718, {
      commodity: 'aviation-fuel',
      direction: 'to-target',
      on: parseDate('2018-09-27'),
    });
    expect(result.verdict).toBe('prohibited');
    expect(result.measures.map((m) => m.measure.id)).toEqual([
      'dprk.aviation-fuel.supply',
      'dprk.refined-petroleum.cap',
    ]);
  });

  it('2018-09-27: 2397 para 6 bans DPRK exports of food, machinery, electrical equipment, earth and stone, wood and vessels', () => {
    for (const commodity of [
      'food-agricultural',
      'machinery',
      'electrical-equipment',
      'earth-stone',
      'wood',
      'vessels',
    ] as const) {
      expect(verdict('2018-09-27', commodity, 'from-target')).toBe('prohibited');
    }
  });

  it('2018-09-27: 2397 bans supplying industrial machinery, vehicles and metals, and used as well as new vessels (para 14)', () => {
    expect(verdict('2018-09-27', 'industrial-machinery', 'to-target')).toBe('prohibited');
    expect(verdict('2018-09-27', 'iron-steel-metals', 'to-target')).toBe('prohibited');
    expect(basis('2018-09-27', 'dprk.vessels.supply.2397')).toEqual([
      'res. 2321 para 30',
      'res. 2397 para 14',
    ]);
  });

  it('2018-09-27: workers must be repatriated by 22 December 2019, with reports due in March 2019 and March 2020 (2397 para 8)', () => {
    const repatriation = measure('2018-09-27', 'dprk.workers.repatriation')?.measure;
    expect(repatriation).toMatchObject({
      deadline: '2019-12-22',
      reports: [{ due: '2019-03-22' }, { due: '2020-03-22' }],
    });
  });

  it('2018-09-27: the statues, copper, nickel, silver and zinc bans of 2321 still stand', () => {
    for (const commodity of ['statues', 'copper', 'nickel', 'silver', 'zinc'] as const) {
      expect(verdict('2018-09-27', commodity, 'from-target')).toBe('prohibited');
    }
  });

  it('2018-09-27: 72 measures are in force, every one citing at least one paragraph', () => {
    const all = inForce('2018-09-27');
    expect(all).toHaveLength(72);
    for (const m of all) expect(m.citations.length).toBeGreaterThan(0);
  });

  it('marks what the sources did not confirm, with a note, and never promotes it', () => {
    const refined = measure('2018-09-27', 'dprk.refined-petroleum.cap')?.measure;
    expect(refined?.confidence).toBe('confirmed');
    if (refined?.kind !== 'quantity-cap') throw new Error('expected a cap');
    expect(refined.thresholds.map((t) => [t.fraction.toFixed(), t.effect, t.confidence])).toEqual([
      ['0.75', 'notify', 'unconfirmed'],
      ['0.9', 'notify', 'unconfirmed'],
      ['0.95', 'cease', 'unconfirmed'],
    ]);
    for (const r of dprk1718.resolutions) {
      for (const m of r.measures) {
        if (m.confidence === 'unconfirmed') expect(m.note, m.id).toBeTruthy();
      }
    }
  });
});

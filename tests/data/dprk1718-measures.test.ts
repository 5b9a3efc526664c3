// The measures of issue 12 ("Missing measures"), read as the regime's history: each applies from its resolution's
// adoption, with its citation chain, and ends or changes when a later resolution says so.
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
const ids = (on: string) => inForce(on).map((m) => m.measure.id);
const assess = (on: string, commodity: CommodityId, direction: 'to-target' | 'from-target') =>
  assessTransfer(dprk1718, { commodity, direction, on: parseDate(on) });

/** Each new measure: the day before its resolution, its first day, and its basis then. */
const starts: readonly [id: string, day: string, basis: string[]][] = [
  ['dprk.wmd-items.supply', '2006-10-14', ['res. 1718 para 8(a)(ii)']],
  ['dprk.technical-assistance', '2006-10-14', ['res. 1718 para 8(c)']],
  ['dprk.financial-services.1874', '2009-06-12', ['res. 1874 para 18']],
  ['dprk.grants', '2009-06-12', ['res. 1874 para 19']],
  ['dprk.trade-finance.1874', '2009-06-12', ['res. 1874 para 20']],
  ['dprk.financial-services', '2013-03-07', ['res. 2094 para 11']],
  ['dprk.aircraft.2094', '2013-03-07', ['res. 2094 para 18']],
  ['dprk.catch-all', '2016-03-02', ['res. 2270 para 8']],
  ['dprk.specialised-teaching', '2016-03-02', ['res. 2270 para 17']],
  ['dprk.vessels.deregistration.2270', '2016-03-02', ['res. 2270 para 19']],
  ['dprk.vessels.dprk-flag', '2016-03-02', ['res. 2270 para 20']],
  ['dprk.government-assets', '2016-03-02', ['res. 2270 para 32']],
  ['dprk.banks.branches', '2016-03-02', ['res. 2270 para 33']],
  ['dprk.banks.offices-in-dprk', '2016-03-02', ['res. 2270 para 34']],
  ['dprk.scientific-cooperation', '2016-11-30', ['res. 2321 para 11']],
  ['dprk.diplomatic-bank-accounts', '2016-11-30', ['res. 2321 para 16']],
  ['dprk.crew-services.procurement', '2016-11-30', ['res. 2321 para 23']],
  ['dprk.vessels.port-entry.designated', '2017-08-05', ['res. 2371 para 6']],
  ['dprk.coal.export.rajin-transit', '2017-08-05', ['res. 2371 para 8']],
  ['dprk.vessels.redirect-to-port', '2017-09-11', ['res. 2375 para 8']],
  ['dprk.vessels.deregistration.2397', '2017-12-22', ['res. 2397 para 12']],
  ['dprk.workers.repatriation.exception', '2017-12-22', ['res. 2397 para 8']],
];

const dayBefore = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

describe('the measures added for issue 12', () => {
  it('keep the regime valid', () => {
    expect(validateRegime(dprk1718)).toEqual([]);
  });

  it.each(starts)('%s applies from %s, not the day before, resting on %j', (id, day, expected) => {
    expect(measure(dayBefore(day), id)).toBeUndefined();
    expect(basis(day, id)).toEqual(expected);
  });

  it('every new measure cites a source document, and says why when it is unconfirmed', () => {
    const all = dprk1718.resolutions.flatMap((r) => r.measures);
    for (const [id] of starts) {
      const m = all.find((x) => x.id === id);
      expect(m?.sources?.length, id).toBeGreaterThan(0);
      if (m?.confidence === 'unconfirmed') expect(m.note, id).toMatch(/not/);
    }
  });

  it('2006-10-14: 1718 bans WMD and missile items (8(a)(ii)) and related technical assistance (8(c)), the S/2006/814 and 815 lists unconfirmed', () => {
    expect(assess('2006-10-14', 'nuclear-missile-items', 'to-target').verdict).toBe('prohibited');
    expect(assess('2006-10-13', 'nuclear-missile-items', 'to-target').verdict).toBe('not-covered');
    const wmd = measure('2006-10-14', 'dprk.wmd-items.supply')?.measure;
    expect(wmd?.confidence).toBe('unconfirmed');
    expect(wmd?.note).toContain('S/2006/814');
    expect(measure('2006-10-14', 'dprk.technical-assistance')?.measure.confidence).toBe('confirmed');
  });

  it('2009-06-12: 1874 paras 18-20 add financial services, grants and trade finance, their numbers unconfirmed', () => {
    for (const id of ['dprk.financial-services.1874', 'dprk.grants', 'dprk.trade-finance.1874']) {
      expect(measure('2009-06-12', id)?.measure).toMatchObject({
        kind: 'financial',
        confidence: 'unconfirmed',
      });
    }
  });

  it('2013-03-07: 2094 names luxury goods (Annex IV); the 1718 ban gives way to the amended one', () => {
    expect(measure('2013-03-06', 'dprk.luxury-goods.supply')).toBeDefined();
    expect(measure('2013-03-07', 'dprk.luxury-goods.supply')).toBeUndefined();
    expect(basis('2013-03-07', 'dprk.luxury-goods.supply.2094')).toEqual([
      'res. 1718 para 8(a)(iii)',
      'res. 2094 para 23',
    ]);
    expect(measure('2013-03-07', 'dprk.luxury-goods.supply.2094')?.measure.summary).toMatch(/yachts/);
    expect(assess('2018-09-27', 'luxury-goods', 'to-target').verdict).toBe('prohibited');
  });

  it('2013-03-07: the aircraft measure is 2094 para 18 (the source), not para 20 (the issue)', () => {
    const aircraft = measure('2013-03-07', 'dprk.aircraft.2094')?.measure;
    expect(aircraft?.citations).toEqual([{ resolution: 2094, paragraph: '18' }]);
    expect(aircraft?.note).toContain('para 20');
  });

  it('2016-11-30: 2321 makes trade finance an outright ban: 1874 para 20, 2270 para 36, 2321 para 32', () => {
    expect(basis('2016-03-01', 'dprk.trade-finance.1874')).toEqual(['res. 1874 para 20']);
    expect(basis('2016-03-02', 'dprk.trade-finance.2270')).toEqual([
      'res. 1874 para 20',
      'res. 2270 para 36',
    ]);
    expect(measure('2016-11-30', 'dprk.trade-finance.2270')).toBeUndefined();
    expect(basis('2016-11-30', 'dprk.trade-finance')).toEqual([
      'res. 1874 para 20',
      'res. 2270 para 36',
      'res. 2321 para 32',
    ]);
  });

  it('2016-11-30: 2321 ends the livelihood exception for leasing and crew services, and bans procuring DPRK crews', () => {
    expect(measure('2016-11-29', 'dprk.vessels.leasing-chartering')).toBeDefined();
    expect(measure('2016-11-30', 'dprk.vessels.leasing-chartering')).toBeUndefined();
    expect(basis('2016-11-30', 'dprk.vessels.leasing-chartering.2321')).toEqual([
      'res. 2270 para 19',
      'res. 2321 para 8',
    ]);
    expect(basis('2016-11-30', 'dprk.crew-services.procurement')).toEqual(['res. 2321 para 23']);
  });

  it('2016-11-30: de-registering DPRK vessels turns from a call (2270) into a duty (2321 para 24)', () => {
    expect(measure('2016-11-30', 'dprk.vessels.deregistration.2270')).toBeUndefined();
    expect(basis('2016-11-30', 'dprk.vessels.deregistration')).toEqual([
      'res. 2270 para 19',
      'res. 2321 para 24',
    ]);
  });

  it('2016-11-30: 2321 widens the teaching ban (para 10) and closes offices and accounts in the DPRK', () => {
    expect(basis('2016-11-30', 'dprk.specialised-teaching.2321')).toEqual([
      'res. 2270 para 17',
      'res. 2321 para 10',
    ]);
    expect(measure('2016-11-30', 'dprk.specialised-teaching')).toBeUndefined();
    expect(basis('2016-11-30', 'dprk.banks.offices-in-dprk.2321')).toEqual([
      'res. 2270 para 34',
      'res. 2321 para 31',
    ]);
  });

  it('2017-08-05 to 2017-09-04: the 2371 bans leave a 30-day wind-down for prior contracts; the ban alone from 5 September', () => {
    for (const [commodity, paragraph] of [
      ['coal', '8'],
      ['iron', '8'],
      ['iron-ore', '8'],
      ['seafood', '9'],
      ['lead', '10'],
      ['lead-ore', '10'],
    ] as const) {
      const id = `dprk.${commodity}.export.wind-down`;
      expect(measure('2017-08-04', id)).toBeUndefined();
      expect(basis('2017-08-05', id)).toEqual([`res. 2371 para ${paragraph}`]);
      expect(measure('2017-09-04', id)).toBeDefined();
      expect(measure('2017-09-05', id)).toBeUndefined();
      const during = assess('2017-08-20', commodity, 'from-target');
      expect(during.verdict).toBe('prohibited');
      expect(during.measures.map((m) => m.measure.id)).toContain(id);
    }
  });

  it('from 2017-08-05: coal of foreign origin through Rajin is the one coal still procurable, and only as an exception', () => {
    const coal = assess('2018-09-27', 'coal', 'from-target');
    expect(coal.verdict).toBe('prohibited');
    expect(coal.measures.map((m) => m.measure.id)).toEqual([
      'dprk.coal.export',
      'dprk.coal.export.rajin-transit',
    ]);
    const rajin = measure('2018-09-27', 'dprk.coal.export.rajin-transit')?.measure;
    expect(rajin?.kind === 'trade-ban' && rajin.exceptions?.[0]?.summary).toMatch(/Rajin/);
  });

  it('2017-09-11 to 2017-12-10: textiles under contracts signed before 11 September may still be imported', () => {
    const id = 'dprk.textiles.export.prior-contracts';
    expect(measure('2017-09-10', id)).toBeUndefined();
    expect(basis('2017-09-11', id)).toEqual(['res. 2375 para 16']);
    expect(measure('2017-12-10', id)).toBeDefined();
    expect(measure('2017-12-11', id)).toBeUndefined();
    expect(assess('2017-12-10', 'textiles', 'from-target').measures.map((m) => m.measure.id)).toEqual([
      'dprk.textiles.export',
      id,
    ]);
  });

  it('2018-09-27: the maritime regime, from the 2094 port ban to the 2397 de-registration', () => {
    const maritime = inForce('2018-09-27')
      .filter((m) => m.measure.kind === 'maritime')
      .map((m) => m.measure.id);
    expect(maritime).toEqual(
      expect.arrayContaining([
        'dprk.vessels.port-entry',
        'dprk.vessels.dprk-flag',
        'dprk.vessels.deregistration',
        'dprk.vessels.leasing-chartering.2321',
        'dprk.crew-services.procurement',
        'dprk.vessels.port-entry.designated',
        'dprk.vessels.redirect-to-port',
        'dprk.vessels.impoundment',
        'dprk.vessels.deregistration.2397',
      ]),
    );
  });

  it('2018-09-27: workers are repatriated except the host State’s own nationals and those the law protects (2397 para 8)', () => {
    const exception = measure('2018-09-27', 'dprk.workers.repatriation.exception')?.measure;
    expect(exception?.kind === 'other' && exception.description).toMatch(/refugee law/);
    expect(ids('2018-09-27')).toContain('dprk.workers.repatriation');
  });

  it('2018-09-27: 72 measures in force, up from 50: 24 new ones, and 2 earlier ones amended away', () => {
    const before = ids('2013-03-06');
    expect(before).toContain('dprk.luxury-goods.supply');
    const now = ids('2018-09-27');
    expect(now).toHaveLength(72);
    expect(now).not.toContain('dprk.luxury-goods.supply');
    expect(now).not.toContain('dprk.vessels.leasing-chartering');
    const added = [
      'dprk.wmd-items.supply',
      'dprk.technical-assistance',
      'dprk.financial-services.1874',
      'dprk.grants',
      'dprk.financial-services',
      'dprk.aircraft.2094',
      'dprk.luxury-goods.supply.2094',
      'dprk.catch-all',
      'dprk.vessels.dprk-flag',
      'dprk.government-assets',
      'dprk.banks.branches',
      'dprk.scientific-cooperation',
      'dprk.diplomatic-bank-accounts',
      'dprk.vessels.leasing-chartering.2321',
      'dprk.crew-services.procurement',
      'dprk.vessels.deregistration',
      'dprk.banks.offices-in-dprk.2321',
      'dprk.trade-finance',
      'dprk.specialised-teaching.2321',
      'dprk.vessels.port-entry.designated',
      'dprk.coal.export.rajin-transit',
      'dprk.vessels.redirect-to-port',
      'dprk.vessels.deregistration.2397',
      'dprk.workers.repatriation.exception',
    ];
    expect(now.filter((id) => added.includes(id))).toEqual(added);
    expect(now.length - added.length + 2).toBe(50);
  });
});

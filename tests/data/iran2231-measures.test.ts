// Iran measures of issue 12 (1737 para 7, 1929 paras 7 and 18): in force from adoption, terminated with the other
// pre-2231 measures on Implementation Day, restored by snapback on 28 September 2025 (GMT).
import { describe, expect, it } from 'vitest';
import { iran2231, jcpoaEvidence, jcpoaPlan } from '../../src/data/index.js';
import { formatCitation, measuresInForce, parseDate, validatePlan, validateRegime } from '../../src/index.js';

const relief = [{ plan: jcpoaPlan, evidence: jcpoaEvidence }];
const withPlan = (on: string) => measuresInForce(iran2231, parseDate(on), { relief });
const NEW = ['iran.1737.exports', 'iran.1929.investment', 'iran.1929.bunkering'] as const;

describe('the Iran measures added for issue 12', () => {
  it('keep the regime and the JCPOA plan valid', () => {
    expect(validateRegime(iran2231)).toEqual([]);
    expect(validatePlan(jcpoaPlan, iran2231)).toEqual([]);
  });

  it('2006-12-23: 1737 para 7 bans exports of nuclear and missile items from Iran; the paragraph reading is unconfirmed', () => {
    const plain = (on: string) => measuresInForce(iran2231, parseDate(on));
    expect(plain('2006-12-22').some((m) => m.measure.id === 'iran.1737.exports')).toBe(false);
    const exports = plain('2006-12-23').find((m) => m.measure.id === 'iran.1737.exports');
    expect(exports?.citations.map(formatCitation)).toEqual(['res. 1737 para 7']);
    expect(exports?.measure).toMatchObject({
      kind: 'trade-ban',
      commodity: 'nuclear-missile-items',
      direction: 'from-target',
      confidence: 'unconfirmed',
    });
  });

  it('2010-06-09: 1929 adds the ban on Iranian nuclear investment abroad (para 7) and on bunkering (para 18)', () => {
    const on = measuresInForce(iran2231, parseDate('2010-06-09'));
    expect(on.find((m) => m.measure.id === 'iran.1929.investment')?.citations.map(formatCitation)).toEqual([
      'res. 1929 para 7',
    ]);
    expect(on.find((m) => m.measure.id === 'iran.1929.bunkering')?.measure).toMatchObject({
      kind: 'maritime',
      activity: 'bunkering',
      confidence: 'confirmed',
    });
    expect(
      measuresInForce(iran2231, parseDate('2010-06-08')).some((m) => m.measure.id === 'iran.1929.bunkering'),
    ).toBe(false);
  });

  it('2016-01-01: 13 measures in force, up from 10, the three new ones among them', () => {
    const before = withPlan('2016-01-01');
    expect(before.inForce).toHaveLength(13);
    expect(before.inForce.map((m) => m.measure.id)).toEqual(expect.arrayContaining([...NEW]));
  });

  it('2016-01-16: Implementation Day lifts them with the other pre-2231 measures (13 relieved)', () => {
    const after = withPlan('2016-01-16');
    expect(after.relieved).toHaveLength(13);
    for (const id of NEW) {
      expect(after.inForce.some((m) => m.measure.id === id)).toBe(false);
      expect(after.relieved.find((r) => r.measure.id === id)?.by).toMatchObject({
        plan: 'jcpoa',
        phase: 'implementation',
      });
    }
  });

  it('2025-09-28 (GMT): snapback restores them', () => {
    expect(withPlan('2025-09-27').inForce.some((m) => m.measure.id === 'iran.1929.bunkering')).toBe(false);
    const snapped = withPlan('2025-09-28');
    for (const id of NEW) {
      const entry = snapped.inForce.find((m) => m.measure.id === id);
      expect(entry?.relief).toEqual([
        { plan: 'jcpoa', phase: 'snapback', action: 'snapback', since: '2025-09-28' },
      ]);
    }
    expect(jcpoaPlan.snapback?.restores).toEqual(expect.arrayContaining([...NEW]));
  });
});

import { describe, expect, it } from 'vitest';
import { answerChanges, factChanges } from '../../scripts/dataDiff.js';
import * as data from '../../src/data/index.js';

type Measure = { id: string; effective: { start: string; end?: string }; summary: string };
type Regime = { resolutions: { number: number; measures: Measure[] }[] };

/** The bundled data with the DPRK regime edited by `edit`. */
function edited(edit: (regime: Regime) => void): Record<string, unknown> {
  const regime = structuredClone(data.dprk1718Input) as unknown as Regime;
  edit(regime);
  return { ...data, dprk1718Input: regime };
}
const measure = (regime: Regime, id: string): Measure => {
  const found = regime.resolutions.flatMap((r) => r.measures).find((m) => m.id === id);
  if (found === undefined) throw new Error(`no measure ${id}`);
  return found;
};

describe('factChanges (npm run data:diff)', () => {
  it('finds nothing between a version and itself', () => {
    expect(factChanges(data, data)).toEqual({ added: [], changed: [], removed: [] });
    expect(answerChanges(data, data)).toEqual([]);
  });

  it('names the measure whose summary changed, and not its resolution', () => {
    const after = edited((r) => {
      measure(r, 'dprk.textiles.export').summary = 'Corrected.';
    });
    expect(factChanges(data, after)).toEqual({ added: [], changed: ['dprk.textiles.export'], removed: [] });
    expect(answerChanges(data, after)).toEqual([]);
  });

  it('names a removed measure and an added one', () => {
    const after = edited((r) => {
      const res = r.resolutions.find((x) => x.number === 2397);
      if (res === undefined) throw new Error('no 2397');
      const cap = measure(r, 'dprk.refined-petroleum.cap');
      res.measures = res.measures.filter((m) => m.id !== 'dprk.refined-petroleum.cap');
      res.measures.push({ ...cap, id: 'dprk.refined-petroleum.cap.renamed' });
    });
    const { added, removed } = factChanges(data, after);
    expect(added).toEqual(['dprk.refined-petroleum.cap.renamed']);
    expect(removed).toEqual(['dprk.refined-petroleum.cap']);
  });
});

describe('answerChanges (npm run data:diff)', () => {
  it('gives the exact days on which a corrected start date changes measuresInForce', () => {
    // The 2017 Q4 cap moved to start a month later: the answers differ on 1-31 October 2017 only.
    const after = edited((r) => {
      measure(r, 'dprk.refined-petroleum.cap.2017q4').effective.start = '2017-11-01';
    });
    const changes = answerChanges(data, after).filter((c) =>
      c.changes.includes('-dprk.refined-petroleum.cap.2017q4'),
    );
    expect(changes).toEqual([
      {
        regime: 'dprk-1718',
        from: '2017-10-01',
        to: '2017-10-31',
        changes: ['-dprk.refined-petroleum.cap.2017q4'],
      },
    ]);
  });

  it('gives an open stretch for a measure that is new from a day on', () => {
    const after = edited((r) => {
      const res = r.resolutions.find((x) => x.number === 2397);
      res?.measures.push({
        ...measure(r, 'dprk.textiles.export'),
        id: 'dprk.new',
        effective: { start: '2030-01-01' },
      });
    });
    expect(answerChanges(data, after)).toEqual([
      { regime: 'dprk-1718', from: '2030-01-01', changes: ['+dprk.new'] },
    ]);
  });
});

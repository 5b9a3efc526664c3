// formatMeasures with relief applied and with relief uncertain, formatTransfer for each verdict, and formatTimeline
// on plan transitions and regime events together: the printed texts are committed and reviewed.
import { describe, expect, it } from 'vitest';
import { dprk1718 } from '../../src/data/index.js';
import { formatMeasures, formatTimeline, formatTransfer } from '../../src/format/index.js';
import {
  assessTransfer,
  EvidenceSchema,
  measuresInForce,
  planTimeline,
  regimeChanges,
} from '../../src/index.js';
import { baseEvidence, evidenceWith, plan, regime } from '../relief/fixtures.js';
import { expectText } from './expected.js';

describe('formatMeasures with relief', () => {
  it('lists the relief that shaped each measure and the measures relieved', () => {
    const text = formatMeasures(
      measuresInForce(regime, '2017-01-01', { relief: [{ plan, evidence: evidenceWith({}) }] }),
      { width: 100 },
    );
    expectText('measures-relief-applied.txt', text);
    expect(text).toContain('relieved (1)');
    expect(text).toContain('relief: set-cap-limits by plan x-plan, phase implementation, since 2016-01-16');
    expect(text).not.toContain('uncertain');
  });

  it('lists the measures a phase of unknown status would change, and whether they are in force without it', () => {
    const unknown = EvidenceSchema.parse({ events: baseEvidence.events, coverage: baseEvidence.coverage });
    const text = formatMeasures(
      measuresInForce(regime, '2017-01-01', { relief: [{ plan, evidence: unknown }] }),
      {
        width: 100,
      },
    );
    expectText('measures-relief-uncertain.txt', text);
    expect(text).toMatch(/^uncertain \(\d\): a phase of unknown status would change them$/m);
    expect(text).toContain('in force without relief: yes; would lift (plan x-plan, phase implementation)');
    expect(text).not.toContain('relieved (');
  });

  it('says when no measure is in force', () => {
    expect(formatMeasures(measuresInForce(regime, '2000-01-01'))).toBe('No measure in force.');
  });
});

describe('formatTransfer', () => {
  it.each([
    ['refined-petroleum', 'to-target', 'capped: allowed only within a quantity cap'],
    ['coal', 'from-target', 'prohibited: a ban applies'],
    [
      'food-agricultural',
      'to-target',
      'not covered: the regime says nothing about it (which is not a permission)',
    ],
  ] as const)('prints the verdict on %s %s with its basis', (commodity, direction, verdict) => {
    const text = formatTransfer(assessTransfer(dprk1718, { commodity, direction, on: '2018-09-27' }), {
      width: 120,
    });
    expect(text.split('\n')[0]).toBe(`Verdict: ${verdict}`);
    if (verdict.startsWith('not covered'))
      expect(text).toBe(`Verdict: ${verdict}\nNo measure in force covers this transfer.`);
    else {
      expect(text).toMatch(/^Measures that cover it: \d+$/m);
      expect(text).toMatch(/^Basis: res\. /m);
    }
  });
});

describe('formatTimeline', () => {
  it('prints plan transitions in aligned columns, then regime events', () => {
    const transitions = planTimeline(plan, evidenceWith({}), { from: '2015-01-01', to: '2025-12-31' });
    const events = regimeChanges(regime);
    const text = formatTimeline([...transitions, ...events] as never, { width: 100 });
    expectText('timeline-plan-and-regime.txt', text);
    const [first] = text.split('\n');
    expect(first).toMatch(/^2015-10-18 {2}adoption +active +/);
  });
});

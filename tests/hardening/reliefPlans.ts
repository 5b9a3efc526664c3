// Random relief lists over the small regime of tests/relief/fixtures.ts: plans whose phases start on a few shared
// days (so that plans often act on one measure on one day), lift, suspend, reimpose or set cap limits, some of
// unknown status, some snapping back. Issue 13: the answer of measuresInForce never depends on the list's order.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as api from '../../src/index.js';
import { baseEvidence, regime } from '../relief/fixtures.js';

const MEASURES = ['x.freeze', 'x.arms-export', 'x.oil.cap'] as const;
const DAYS = ['2016-01-01', '2017-01-01', '2018-01-01'] as const;

const action = fc.oneof(
  fc
    .tuple(fc.constantFrom('suspend', 'lift', 'reimpose'), fc.constantFrom(...MEASURES))
    .map(([type, measure]) => ({ type, measure })),
  fc.tuple(fc.constantFrom(...MEASURES), fc.constantFrom('500', '700')).map(([measure, amount]) => ({
    type: 'set-cap-limits',
    measure,
    limits: [{ amount, unit: 'barrel' }],
  })),
);

// Met from a day, or unknown (no observation of the fact), or met from 2016-01-16 (the fixture's "verified").
const requires = fc.oneof(
  fc.constantFrom(...DAYS).map((date) => ({ op: 'onOrAfter', date })),
  fc.constant({ op: 'fact', fact: 'nobody-knows' }),
  fc.constant({ op: 'fact', fact: 'verified' }),
);

const phase = fc.record({
  title: fc.constant('a phase'),
  requires,
  actions: fc.array(action, { minLength: 1, maxLength: 3 }),
});

const snapback = fc.record({
  trigger: fc.constant({ op: 'occurred', event: 'notification', within: { last: 'P10Y' } }),
  delay: fc.constantFrom('P0D', 'P30D'),
  restores: fc.constant('all'),
  terminates: fc.option(fc.array(fc.constantFrom(...MEASURES), { maxLength: 2 }), { nil: undefined }),
});

const plan = fc
  .record({
    id: fc.constantFrom('plan-a', 'plan-b', 'plan-c'),
    // The evidence's first day, a day between its events, and one after the 2017 notification.
    start: fc.constantFrom('2015-07-20', '2016-06-01', '2017-09-01'),
    phases: fc.array(phase, { minLength: 1, maxLength: 3 }),
    snapback: fc.option(snapback, { nil: undefined }),
  })
  .map(({ id, start, phases, snapback: s }) =>
    api.ReliefPlanSchema.parse({
      id,
      title: 'A plan',
      regime: 'x-regime',
      proposedBy: ['AAA'],
      sources: [{ document: 'test' }],
      confidence: 'confirmed',
      start,
      phases: phases.map((p, i) => ({ ...p, id: `phase-${i}` })),
      ...(s === undefined ? {} : { snapback: s }),
    }),
  );

const notified = api.EvidenceSchema.parse({
  ...baseEvidence,
  events: [...(baseEvidence.events ?? []), { kind: 'notification', date: '2017-06-01', source: 'letter' }],
});
const evidence = fc.constantFrom(api.EvidenceSchema.parse(baseEvidence), notified);

/** A relief list and a reordering of it, and the day asked about. */
export const arbReliefPermutation = fc
  .array(fc.record({ plan, evidence }), { minLength: 2, maxLength: 4 })
  .chain((relief) =>
    fc.tuple(
      fc.constant(relief),
      fc.shuffledSubarray(relief, { minLength: relief.length, maxLength: relief.length }),
      fc.constantFrom('2015-12-31', ...DAYS, '2017-07-15', '2019-01-01').map(api.parseDate),
    ),
  );

/** Throws unless both orders give deep-equal answers. */
export function checkOrderIndependence([relief, reordered, on]: [
  readonly api.ReliefInput[],
  readonly api.ReliefInput[],
  api.PlainDate,
]): void {
  const a = api.measuresInForce(regime, on, { relief });
  const b = api.measuresInForce(regime, on, { relief: reordered });
  if (!isDeepStrictEqual(a, b)) {
    const summary = (r: api.MeasuresAfterRelief) =>
      `in force ${r.inForce.map((m) => m.measure.id)}; relieved ${r.relieved.map((m) => m.measure.id)}; uncertain ${r.uncertain.map((m) => m.measure.id)}`;
    throw new Error(`Order changes the answer on ${on}:\n  ${summary(a)}\n  ${summary(b)}`);
  }
}

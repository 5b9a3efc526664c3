// Inputs the fuzzer found that let a TypeError (or a bare Error) escape, each now a SanctionsRegimeError.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { dprk1718, refinedPetroleumLedger } from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { baseEvidence, planInput, regime as reliefRegime } from '../relief/fixtures.js';
import { clonePlain } from './arbitraries.js';

const ON = api.parseDate('2018-09-27');

describe('a broken regime gives INVALID_REGIME, never a TypeError', () => {
  const broken: readonly (readonly [string, unknown])[] = [
    ['a null resolution', { resolutions: [null] }],
    ['a resolution without lists', { resolutions: [{ number: 1, adopted: '2006-10-14' }] }],
    [
      'a measure without dates',
      { resolutions: [{ number: 1, adopted: '2006-10-14', measures: [{ id: 'a' }], changes: [] }] },
    ],
    [
      'a change of an unknown type',
      {
        resolutions: [
          {
            number: 1,
            adopted: '2006-10-14',
            measures: [],
            changes: [{ target: 'a', paragraph: '1', type: 'repeal', effective: '2007-01-01' }],
          },
        ],
      },
    ],
  ];
  it.each(broken)('measuresInForce, assessTransfer, regimeChanges: %s', (_name, regime) => {
    const r = regime as api.Regime;
    expect(codeOf(() => api.measuresInForce(r, ON))).toBe('INVALID_REGIME');
    expect(codeOf(() => api.assessTransfer(r, { commodity: 'coal', direction: 'to-target', on: ON }))).toBe(
      'INVALID_REGIME',
    );
    expect(codeOf(() => api.regimeChanges(r))).toBe('INVALID_REGIME');
  });

  it.each([...broken, ['undefined', undefined], ['an empty object', {}], ['a string', 'dprk']] as const)(
    'validateRegime: %s',
    (_name, regime) => {
      expect(codeOf(() => api.validateRegime(regime as api.Regime))).toBe('INVALID_REGIME');
    },
  );

  it('regimeChanges refuses null options with INVALID_INPUT', () => {
    expect(codeOf(() => api.regimeChanges(dprk1718, null as unknown as api.RegimeChangesOptions))).toBe(
      'INVALID_INPUT',
    );
  });

  it('still accepts the bundled regime', () => {
    expect(api.validateRegime(dprk1718)).toEqual([]);
    expect(api.measuresInForce(dprk1718, ON).length).toBeGreaterThan(0);
  });
});

describe('a broken cap, options or accumulator gives INVALID_INPUT, never a TypeError', () => {
  const cap = dprk1718.resolutions
    .flatMap((r) => r.measures)
    .find((m) => m.id === 'dprk.refined-petroleum.cap') as api.QuantityCap;
  const broken: readonly (readonly [string, unknown])[] = [
    ['a null limit', { ...cap, limits: [null] }],
    ['a limit with a JSON-number amount', { ...cap, limits: [{ amount: 500000, unit: 'barrel' }] }],
    ['thresholds that are not a list', { ...cap, thresholds: '__proto__' }],
    [
      'a threshold without a Decimal fraction',
      { ...cap, thresholds: [{ fraction: '0.9', effect: 'notify' }] },
    ],
    ['no period', { ...cap, period: undefined }],
    ['no effective range', { ...cap, effective: null }],
  ];
  it.each(broken)('capReport: %s', (_name, capMeasure) => {
    expect(codeOf(() => api.capReport(capMeasure as api.QuantityCap, []))).toBe('INVALID_INPUT');
  });

  it.each([
    ['null', null],
    ['a string', 'asOf'],
  ] as const)('capReport refuses options that are %s', (_name, options) => {
    expect(codeOf(() => api.capReport(cap, [], options as unknown as api.CapReportOptions))).toBe(
      'INVALID_INPUT',
    );
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a plain object', { cap: cap.id, entries: 0 }],
  ] as const)(
    'accumulate, mergeAccumulators and finishCapReport refuse %s as an accumulator',
    (_name, acc) => {
      const a = acc as unknown as api.CapAccumulator;
      expect(codeOf(() => api.accumulate(a, []))).toBe('INVALID_INPUT');
      expect(codeOf(() => api.mergeAccumulators(api.createCapAccumulator(cap), a))).toBe('INVALID_INPUT');
      expect(codeOf(() => api.finishCapReport(a))).toBe('INVALID_INPUT');
    },
  );
});

describe('quantity arithmetic checks its arguments before touching them', () => {
  const barrels = api.quantity('1', 'barrel');
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 0],
    ['an object without a Decimal', { amount: '1', unit: 'barrel' }],
  ] as const)(
    'add and subtract refuse %s with INVALID_AMOUNT (no DecimalError, no TypeError)',
    (_name, value) => {
      const q = value as unknown as api.Quantity;
      expect(codeOf(() => api.add(q, barrels))).toBe('INVALID_AMOUNT');
      expect(codeOf(() => api.add(barrels, q))).toBe('INVALID_AMOUNT');
      expect(codeOf(() => api.subtract(q, barrels))).toBe('INVALID_AMOUNT');
    },
  );

  it('sum refuses a value that is not iterable', () => {
    expect(codeOf(() => api.sum(null as unknown as api.Quantity[]))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => api.sum({} as unknown as api.Quantity[]))).toBe('INVALID_AMOUNT');
  });

  it('convert refuses a missing factor', () => {
    expect(codeOf(() => api.convert(barrels, 'tonne', null as unknown as api.ConversionFactor))).toBe(
      'INVALID_AMOUNT',
    );
  });
});

describe('results are frozen all the way down', () => {
  it('compareBases freezes the basis list of each report', () => {
    const cap = dprk1718.resolutions
      .flatMap((r) => r.measures)
      .find((m) => m.id === 'dprk.refined-petroleum.cap') as api.QuantityCap;
    const bases = api.compareBases(cap, []);
    expect(Object.isFrozen(bases.reported.basis)).toBe(true);
    expect(Object.isFrozen(bases.alleged.basis)).toBe(true);
    expect(Object.isFrozen(bases.estimated.basis)).toBe(true);
  });

  it('regimeChanges freezes the citation of each change event', () => {
    const events = api.regimeChanges(dprk1718);
    // "created" and "expired" events cite the measure's own citation, which belongs to the (here unfrozen) regime.
    const changes = events.filter((e) => e.type !== 'created' && e.type !== 'expired');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((e) => Object.isFrozen(e.citation))).toBe(true);
  });
});

describe('explanations do not depend on the order of the evidence', () => {
  it('lists events of one kind on one day by source, whatever their order in the evidence', () => {
    const a = { kind: 'endorsement', date: api.parseDate('2014-01-01'), source: 'source-a' };
    const b = { kind: 'endorsement', date: api.parseDate('2014-01-01'), source: 'source-b' };
    const condition = api.occurred('endorsement', { last: api.parseDuration('P10Y') });
    const explain = (events: api.EventRecord[]) =>
      JSON.stringify(api.evaluate(condition, { events }, { at: ON }));
    expect(explain([b, a])).toBe(explain([a, b]));
    expect(explain([b, a])).toContain(
      '"source-a"},{"kind":"endorsement","date":"2014-01-01","source":"source-b"',
    );
  });
});

describe('zod length checks on non-strings', () => {
  // JSON.parse('{"length":{"toString":null}}') is plain JSON, yet z.string().min(1), .max(n) and z.array().min(1)
  // compare its `length` with a number after the type check failed, and the comparison throws a TypeError. Every
  // schema of the library with such a check (citations' "document", condition and evidence ids, plan titles, …) lets
  // it escape from safeParse. A `.refine` on the length does not run after a type error, so the library's schemas
  // use nonEmptyString / nonEmptyArray (src/internal/zod.ts) instead.
  const hostile = JSON.parse('{"length":{"toString":null}}') as unknown;
  it('DocumentCitationSchema.safeParse does not throw on a document whose "document" is such an object', () => {
    expect(() => api.DocumentCitationSchema.safeParse({ document: hostile })).not.toThrow();
  });
  it('EvidenceSchema.safeParse does not throw on such an observation source', () => {
    const facts = [{ fact: 'a', value: true, from: '2018-01-01', source: hostile }];
    expect(() => api.EvidenceSchema.safeParse({ facts })).not.toThrow();
  });
});

describe('a parsed plan broken after parsing gives INVALID_PLAN, never a TypeError', () => {
  const plan = api.ReliefPlanSchema.parse(planInput);
  const evidence = api.EvidenceSchema.parse(baseEvidence);
  const [first, ...rest] = plan.phases;
  // A title whose toString is not a function: the timeline's notes interpolated it and threw a TypeError.
  const hostile = { toString: {} };
  it.each([
    ['a phase title that is an object', { ...plan, phases: [{ ...first, title: hostile }, ...rest] }],
    ['a regime id that is an object', { ...plan, regime: hostile }],
    ['a snapback expiry without phase or date', { ...plan, snapback: { ...plan.snapback, expires: {} } }],
  ] as const)('planTimeline, evaluatePlan: %s', (_name, broken) => {
    const p = broken as unknown as api.ReliefPlan;
    const range = { from: api.parseDate('2015-01-01'), to: api.parseDate('2026-12-31') };
    expect(codeOf(() => api.planTimeline(p, evidence, range))).toBe('INVALID_PLAN');
    expect(codeOf(() => api.evaluatePlan(p, evidence, { at: ON }))).toBe('INVALID_PLAN');
  });
});

describe('validatePlan reads the refs of a broken condition without throwing', () => {
  const plan = api.ReliefPlanSchema.parse(planInput);
  const [first, ...rest] = plan.phases;
  const withRequires = (requires: unknown) =>
    ({ ...plan, phases: [{ ...first, requires }, ...rest] }) as unknown as api.ReliefPlan;
  const cyclic: Record<string, unknown> = { op: 'not' };
  cyclic.of = cyclic;
  it.each([
    ['an "all" whose "of" is a number', { op: 'all', of: 0 }],
    ['a null child', { op: 'any', of: [null, { op: 'ref', name: 'missing' }] }],
    ['a cycle through "not"', cyclic],
  ] as const)('%s', (_name, requires) => {
    const issues = api.validatePlan(withRequires(requires), reliefRegime);
    expect(Array.isArray(issues)).toBe(true);
  });
  it('still finds the ref with no definition next to a null child', () => {
    const issues = api.validatePlan(
      withRequires({ op: 'any', of: [null, { op: 'ref', name: 'missing' }] }),
      reliefRegime,
    );
    expect(issues.map((i) => i.code)).toContain('UNDEFINED_REFERENCE');
  });
});

describe('a snapback that restores something other than measure ids gives INVALID_PLAN', () => {
  const plan = api.ReliefPlanSchema.parse(planInput);
  it('validatePlan and evaluatePlan', () => {
    const broken = {
      ...plan,
      snapback: { ...plan.snapback, restores: [{ toString: 'x' }] },
    } as unknown as api.ReliefPlan;
    expect(codeOf(() => api.validatePlan(broken, reliefRegime))).toBe('INVALID_PLAN');
    expect(codeOf(() => api.evaluatePlan(broken, {}, { at: ON }))).toBe('INVALID_PLAN');
  });
});

describe('found by the long fuzz run (npm run fuzz)', () => {
  it('regimeChanges on a regime whose measure summary is not a string gives INVALID_REGIME', () => {
    const [first, ...rest] = dprk1718.resolutions;
    const [measure, ...others] = first?.measures ?? [];
    const broken = {
      ...dprk1718,
      resolutions: [
        { ...first, measures: [{ ...measure, summary: [{ toString: {} }] }, ...others] },
        ...rest,
      ],
    } as unknown as api.Regime;
    expect(codeOf(() => api.regimeChanges(broken))).toBe('INVALID_REGIME');
  });

  it('validatePlan on a regime with a null measure gives INVALID_REGIME', () => {
    const [first, ...rest] = dprk1718.resolutions;
    const broken = {
      ...dprk1718,
      resolutions: [{ ...first, measures: [null] }, ...rest],
    } as unknown as api.Regime;
    expect(codeOf(() => api.validatePlan(api.ReliefPlanSchema.parse(planInput), broken))).toBe(
      'INVALID_REGIME',
    );
  });
});

describe('found by the long fuzz run, second pass', () => {
  it('a regime whose id is not a string gives INVALID_REGIME in validatePlan and measuresInForce', () => {
    const broken = { ...dprk1718, id: { toString: {} } } as unknown as api.Regime;
    const plan = api.ReliefPlanSchema.parse(planInput);
    expect(codeOf(() => api.validatePlan(plan, broken))).toBe('INVALID_REGIME');
    expect(codeOf(() => api.measuresInForce(broken, ON))).toBe('INVALID_REGIME');
  });
});

describe('validatePlan on a set-cap-limits action that was never parsed', () => {
  it('names a unit that is not a string instead of throwing a TypeError', () => {
    const plan = structuredClone(planInput) as unknown as { phases: { actions: unknown[] }[] };
    (plan.phases[1] as { actions: unknown[] }).actions = [
      { type: 'set-cap-limits', measure: 'x.oil.cap', limits: [{ amount: '1', unit: { toString: 'x' } }] },
    ];
    expect(api.validatePlan(plan as unknown as api.ReliefPlan, reliefRegime).map((i) => i.message)).toEqual([
      "x.oil.cap has no limit in a value of type object (its limits are in barrel): a new limit replaces one of the cap's own.",
    ]);
  });
});

describe('the fuzz harness itself', () => {
  // npm run fuzz, seed 20261202: a mutation swapped in a cyclic value and clonePlain overflowed the stack (a
  // RangeError in the harness, not in the library).
  it('clones a cyclic value into a cyclic copy', () => {
    const cyclic: Record<string, unknown> = { a: [1, { b: 'x' }] };
    cyclic.self = cyclic;
    (cyclic.a as unknown[]).push(cyclic.a);
    const copy = clonePlain(cyclic);
    expect(copy).not.toBe(cyclic);
    expect(copy.self).toBe(copy);
    expect((copy.a as unknown[])[2]).toBe(copy.a);
    expect((copy.a as unknown[])[1]).toEqual({ b: 'x' });
    expect((copy.a as unknown[])[1]).not.toBe((cyclic.a as unknown[])[1]);
  });
});

describe('a ledger entry whose supersedes has a hostile length (fuzz, seed 20261202, run 13,025)', () => {
  // zod's `.min(1)` compared `supersedes.length` and threw "Cannot convert object to primitive value".
  const entries = refinedPetroleumLedger.map((entry, i) =>
    i === 12 ? { ...clonePlain(entry), supersedes: { length: { toString: 'x' } } } : entry,
  ) as unknown as api.LedgerEntryInput[];
  const cap = api.findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap') as api.QuantityCap;

  it('LedgerEntrySchema returns an issue at supersedes', () => {
    const result = api.LedgerEntrySchema.safeParse(entries[12]);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['supersedes']);
  });

  it('capReport refuses it with a ZodError at the entry, naming it', () => {
    let thrown: unknown;
    try {
      api.capReport(cap, entries, { asOf: ON });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(z.ZodError);
    const [issue] = (thrown as z.ZodError).issues;
    expect(issue?.path).toEqual([12, 'supersedes']);
    expect(issue?.message).toMatch(/^Ledger entry "official-2023-rus-bbl" \(index 12\): /);
  });
});

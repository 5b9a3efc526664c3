// Every exported function leaves its inputs alone (they are deep-frozen here, so a write throws in strict mode, and
// compared as JSON before and after), and what it returns is frozen: deeply, given deep-frozen inputs.
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import * as data from '../../src/data/index.js';
import { dprk1718, refinedPetroleumLedger } from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { isDecimal } from '../../src/quantity/decimal.js';
import { arbDatedCondition, arbEvidence } from '../conditions/arbitraries.js';
import { baseEvidence, planInput, regime as reliefRegime } from '../relief/fixtures.js';
import { clonePlain } from './arbitraries.js';
import { mutatingConditionCallers, mutatingPlanCallers, mutatingRegimeCallers } from './mutatingCallers.js';

/** Freezes plain objects and arrays deeply; Decimals (immutable by design) and builtins are left as they are. */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value) || isDecimal(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

/** Paths of the objects and arrays inside `value` that are not frozen (Decimals excepted). */
function unfrozenPaths(value: unknown, path = '$', seen = new Set<unknown>(), out: string[] = []): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value) || isDecimal(value)) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  if (value instanceof Map || value instanceof Set) return out;
  for (const key of Reflect.ownKeys(value)) {
    unfrozenPaths((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen, out);
  }
  return out;
}

const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (isDecimal(v) ? `Decimal(${v.toFixed()})` : v));

const d = api.parseDate;
const ON = d('2018-09-27');

// Deep-frozen copies of every input used below.
const regime = deepFreeze(clonePlain(dprk1718));
const smallRegime = deepFreeze(clonePlain(reliefRegime));
const cap = regime.resolutions
  .flatMap((r) => r.measures)
  .find((m) => m.id === 'dprk.refined-petroleum.cap') as api.QuantityCap;
const ledger = deepFreeze(clonePlain(refinedPetroleumLedger as api.LedgerEntryInput[]));
const parsedLedger = deepFreeze(ledger.map((e) => api.LedgerEntrySchema.parse(e)));
const plan = deepFreeze(api.ReliefPlanSchema.parse(planInput));
const evidence = deepFreeze(api.EvidenceSchema.parse(baseEvidence));
const rawEvidence = deepFreeze(clonePlain(baseEvidence));
const condition = deepFreeze(
  api.ConditionSchema.parse({
    op: 'all',
    of: [
      { op: 'occurred', event: 'endorsement', within: { last: 'P10Y' } },
      { op: 'compare', fact: 'verified', cmp: 'eq', value: true },
      { op: 'ref', name: 'ready' },
    ],
  }),
);
const definitions = deepFreeze({ ready: api.ConditionSchema.parse({ op: 'fact', fact: 'verified' }) });
const barrels = api.quantity('7.33', 'barrel');
const tonnes = api.quantity('1', 'tonne');
const factor = deepFreeze(
  api.ConversionFactorSchema.parse({ from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'x' }),
);
const quantities = deepFreeze([barrels, api.quantity('2', 'barrel')]);
const recurring = deepFreeze({
  kind: 'recurring' as const,
  anchor: d('2018-01-01'),
  every: api.parseDuration('P12M'),
});
const range = deepFreeze({ start: d('2018-01-01'), end: d('2019-06-30') });
const relief = deepFreeze([{ plan, evidence }]);
const capOptions = deepFreeze({ asOf: ON, basis: ['reported', 'alleged'] as const });
const unitDefinitions = deepFreeze([{ id: 'gallon', name: 'US gallon', symbol: 'gal', dimension: 'volume' }]);

/** Each exported function, called on deep-frozen inputs; `frozen` says whether its result must be deeply frozen. */
const calls: readonly (readonly [
  name: string,
  inputs: readonly unknown[],
  call: () => unknown,
  frozen: boolean,
])[] = [
  ['parseDate', [], () => api.parseDate('2018-09-27'), false],
  ['addDays', [], () => api.addDays(ON, 3), false],
  [
    'addDuration / subtractDuration',
    [],
    () => [api.addDuration(ON, api.parseDuration('P1M')), api.subtractDuration(ON, api.parseDuration('P1M'))],
    false,
  ],
  [
    'compareDates / daysBetween / isPlainDate',
    [],
    () => [api.compareDates(ON, ON), api.daysBetween(ON, ON), api.isPlainDate(ON)],
    false,
  ],
  ['durationParts', [], () => api.durationParts(api.parseDuration('P1Y2M')), false],
  ['dateRange', [], () => api.dateRange(range.start, range.end), true],
  [
    'rangeContains / rangesOverlap',
    [range],
    () => [api.rangeContains(range, ON), api.rangesOverlap(range, range)],
    false,
  ],
  ['periodContaining', [recurring], () => api.periodContaining(recurring, ON), true],
  ['periodsOverlapping', [recurring, range], () => api.periodsOverlapping(recurring, range), true],
  ['quantity', [], () => api.quantity('500000', 'barrel'), true],
  ['add / subtract', [quantities], () => api.add(barrels, barrels), true],
  ['subtract', [quantities], () => api.subtract(barrels, barrels), true],
  ['sum', [quantities], () => api.sum(quantities), true],
  [
    'compare / ratio / isZero / isQuantity',
    [quantities],
    () => [
      api.compare(barrels, barrels),
      api.ratio(barrels, barrels).toFixed(),
      api.isZero(barrels),
      api.isQuantity(barrels),
    ],
    false,
  ],
  ['convert', [factor], () => api.convert(tonnes, 'barrel', factor), true],
  ['formatQuantity', [], () => api.formatQuantity(barrels, { maximumFractionDigits: 1 }), false],
  ['extendUnits', [unitDefinitions], () => api.extendUnits(api.units, unitDefinitions), true],
  [
    'createQuantitySchema',
    [unitDefinitions],
    () =>
      api
        .createQuantitySchema(api.extendUnits(api.units, unitDefinitions))
        .parse({ amount: '1', unit: 'gallon' }),
    true,
  ],
  ['formatCitation', [], () => api.formatCitation(deepFreeze({ resolution: 2397, paragraph: '5' })), false],
  ['commodityLineage', [], () => api.commodityLineage('aviation-fuel'), false],
  ['measuresInForce', [regime], () => api.measuresInForce(regime, ON), true],
  [
    'measuresInForce with relief',
    [smallRegime, relief],
    () => api.measuresInForce(smallRegime, d('2017-01-01'), { relief }),
    true,
  ],
  [
    'assessTransfer',
    [regime],
    () => api.assessTransfer(regime, { commodity: 'refined-petroleum', direction: 'to-target', on: ON }),
    true,
  ],
  ['regimeChanges', [regime], () => api.regimeChanges(regime, { from: d('2016-01-01'), to: ON }), true],
  ['validateRegime', [regime], () => api.validateRegime(regime), true],
  ['capReport (raw ledger)', [cap, ledger, capOptions], () => api.capReport(cap, ledger, capOptions), true],
  ['capReport (parsed ledger)', [cap, parsedLedger], () => api.capReport(cap, parsedLedger), true],
  ['compareBases', [cap, ledger], () => api.compareBases(cap, ledger, { asOf: ON }), true],
  [
    'createCapAccumulator / accumulate / mergeAccumulators / finishCapReport',
    [cap, ledger],
    () => {
      const a = api.accumulate(api.createCapAccumulator(cap), ledger.slice(0, 3));
      const b = api.accumulate(api.createCapAccumulator(cap), ledger.slice(3));
      return api.finishCapReport(api.mergeAccumulators(a, b));
    },
    true,
  ],
  [
    'evaluate',
    [condition, evidence, definitions],
    () => api.evaluate(condition, evidence, { at: ON, definitions }),
    true,
  ],
  [
    'evaluate (raw evidence)',
    [condition, rawEvidence, definitions],
    () => api.evaluate(condition, rawEvidence as api.Evidence, { at: ON, definitions }),
    true,
  ],
  [
    'evaluateCompact, and its tree',
    [condition, rawEvidence, definitions],
    () => {
      const compact = api.evaluateCompact(condition, rawEvidence as api.Evidence, { at: ON, definitions });
      return { truth: compact.truth, explanation: compact.explanation() };
    },
    true,
  ],
  ['prepareEvidence', [rawEvidence], () => api.prepareEvidence(rawEvidence as api.Evidence), false],
  [
    'truthOver',
    [condition, evidence],
    () => api.truthOver(condition, evidence, { from: d('2015-01-01'), to: ON, definitions }),
    true,
  ],
  [
    'firstMet',
    [condition, evidence],
    () => api.firstMet(condition, evidence, { from: d('2015-01-01'), definitions }),
    false,
  ],
  [
    'builders',
    [],
    () =>
      api.all(
        api.fact('a'),
        api.not(api.compareFact('b', 'ge', 1)),
        api.occurred('e', { last: api.parseDuration('P1M') }),
      ),
    true,
  ],
  ['evaluatePlan', [plan, evidence], () => api.evaluatePlan(plan, evidence, { at: d('2017-01-01') }), true],
  [
    'planTimeline',
    [plan, evidence],
    () => api.planTimeline(plan, evidence, { from: d('2015-01-01'), to: d('2026-01-01') }),
    true,
  ],
  ['validatePlan', [plan, smallRegime], () => api.validatePlan(plan, smallRegime), true],
];

describe('immutability', () => {
  it.each(calls)('%s does not mutate its deep-frozen inputs', (_name, inputs, call) => {
    const before = inputs.map(json);
    expect(call).not.toThrow();
    expect(inputs.map(json)).toEqual(before);
  });

  // By design (src/conditions/run.ts), explanation nodes and their children lists are typed readonly but not frozen:
  // freezing them would cost about a third of an explained evaluation. Everything they point to is frozen. So is
  // evaluate's explained result, `{ truth, explanation }` (src/conditions/evaluate.ts): fresh, like its nodes; and
  // evaluateCompact's tree (src/conditions/compact.ts), here put in the same shape.
  const explanationNode = /\.explanation(\.children\.\d+)*(\.children)?$/;
  const explained = new Set(['evaluate', 'evaluate (raw evidence)', 'evaluateCompact, and its tree']);
  const freshRoot = (name: string, path: string) => explained.has(name) && path === '$';

  it.each(calls.filter(([, , , frozen]) => frozen))(
    '%s returns a deeply frozen result',
    (name, _inputs, call) => {
      expect(
        unfrozenPaths(call()).filter((path) => !explanationNode.test(path) && !freshRoot(name, path)),
      ).toEqual([]);
    },
  );

  it('capReport freezes its periods, dimensions, crossings and groups', () => {
    const report = api.capReport(cap, ledger, capOptions);
    expect(Object.isFrozen(report)).toBe(true);
    expect(report.periods.length).toBeGreaterThan(0);
    for (const period of report.periods) {
      expect(Object.isFrozen(period)).toBe(true);
      expect(period.dimensions.every(Object.isFrozen)).toBe(true);
      expect(period.crossings.every(Object.isFrozen)).toBe(true);
      expect(period.byMonth.every(Object.isFrozen)).toBe(true);
    }
  });

  it('results derived from unfrozen inputs are frozen at the top, and the inputs stay unfrozen', () => {
    const mutable = clonePlain(dprk1718);
    const inForce = api.measuresInForce(mutable, ON);
    expect(Object.isFrozen(inForce)).toBe(true);
    expect(inForce.every(Object.isFrozen)).toBe(true);
    expect(Object.isFrozen(mutable)).toBe(false);
    expect(Object.isFrozen(mutable.resolutions[0])).toBe(false);
  });

  it('evaluate and truthOver leave random conditions and evidence untouched (property)', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(arbDatedCondition, arbEvidence, (c, e) => {
        const before = json([c, e]);
        const frozenCondition = deepFreeze(clonePlain(c));
        const frozenEvidence = deepFreeze(clonePlain(e));
        api.evaluate(frozenCondition, frozenEvidence, { at: ON });
        api.truthOver(frozenCondition, frozenEvidence, { from: d('2017-01-01'), to: d('2021-12-31') });
        expect(json([frozenCondition, frozenEvidence])).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});

/** Paths of every object inside `value` that is not frozen, Decimals and their digit arrays included. */
function strictlyUnfrozen(
  value: unknown,
  path = '$',
  seen = new Set<unknown>(),
  out: string[] = [],
): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (!Object.isFrozen(value)) out.push(path);
  if (isDecimal(value)) {
    const digits = (value as unknown as { d: unknown }).d;
    if (typeof digits === 'object' && digits !== null && !Object.isFrozen(digits)) out.push(`${path}.d`);
    return out;
  }
  for (const key of Reflect.ownKeys(value)) {
    strictlyUnfrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen, out);
  }
  return out;
}

/** Paths of every object inside `value` that is frozen (a mutable input must come back from parse still mutable). */
function frozenPaths(value: unknown, path = '$', seen = new Set<unknown>(), out: string[] = []): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (Object.isFrozen(value)) out.push(path);
  for (const key of Reflect.ownKeys(value)) {
    frozenPaths((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen, out);
  }
  return out;
}

describe('bundled data (sanctions-regime/data)', () => {
  it.each(Object.entries(data))('%s is deeply frozen, Decimals included', (_name, value) => {
    expect(strictlyUnfrozen(value)).toEqual([]);
  });

  it('refuses a write anywhere, so no caller can change the data for the next', () => {
    const measure = data.dprk1718.resolutions
      .find((r) => r.number === 2397)
      ?.measures.find((m) => m.id === 'dprk.refined-petroleum.cap');
    const limit = measure?.kind === 'quantity-cap' ? measure.limits[0] : undefined;
    expect(limit?.amount.toFixed()).toBe('500000');
    expect(() => {
      (measure as { limits: unknown[] }).limits[0] = api.quantity('1', 'barrel');
    }).toThrow(TypeError);
    expect(() => {
      ((limit as api.Quantity).amount as unknown as { d: number[] }).d[0] = 1;
    }).toThrow(TypeError);
    expect(() => {
      (data.dprk1718Input.resolutions[0] as { number: number }).number = 1;
    }).toThrow(TypeError);
    expect(() => {
      (data.refinedPetroleumLedger[0]?.quantity as { amount: string }).amount = '1';
    }).toThrow(TypeError);
    expect(() => {
      (data.dprkPositions as Record<string, unknown>).usa = data.jcpoaPlan;
    }).toThrow(TypeError);
    expect(limit?.amount.toFixed()).toBe('500000');
  });
});

describe('schemas', () => {
  const input = clonePlain(data.dprk1718Input);
  const resolution = input.resolutions.find(
    (r) => r.changes.length > 0,
  ) as (typeof input.resolutions)[number];
  const measure = input.resolutions.flatMap((r) => r.measures).find((m) => m.kind === 'quantity-cap');
  const plan = clonePlain(data.jcpoaPlanInput);
  /** A mutable input for every exported schema whose output is an object. */
  const samples: Readonly<Record<string, () => readonly [z.ZodType, unknown]>> = {
    RegimeSchema: () => [api.RegimeSchema, clonePlain(input)],
    ResolutionSchema: () => [api.ResolutionSchema, clonePlain(resolution)],
    ChangeSchema: () => [api.ChangeSchema, clonePlain(resolution.changes[0])],
    MeasureSchema: () => [api.MeasureSchema, clonePlain(measure)],
    EffectiveRangeSchema: () => [api.EffectiveRangeSchema, { start: '2018-01-01', end: '2018-12-31' }],
    MandateSchema: () => [
      api.MandateSchema,
      {
        id: 'x.panel',
        kind: 'panel-of-experts',
        summary: 'A panel',
        citations: [{ resolution: 1874, paragraph: '26' }],
        effective: { start: '2009-06-12', end: '2010-06-12' },
        confidence: 'confirmed',
        sources: [{ document: 'S/RES/1874 (2009)' }],
      },
    ],
    DeadlineSchema: () => [
      api.DeadlineSchema,
      {
        id: 'x.report',
        kind: 'report',
        due: '2023-03-10',
        by: 'Panel of Experts',
        summary: 'Final report',
        citation: { resolution: 2627, paragraph: '2' },
        confidence: 'confirmed',
      },
    ],
    CitationSchema: () => [api.CitationSchema, { resolution: 2397, paragraph: '5' }],
    ResolutionCitationSchema: () => [api.ResolutionCitationSchema, { resolution: 2397, paragraph: '5' }],
    DocumentCitationSchema: () => [
      api.DocumentCitationSchema,
      { document: 'S/2018/171', date: '2018-03-05' },
    ],
    DateRangeSchema: () => [api.DateRangeSchema, { start: '2018-01-01', end: '2018-12-31' }],
    PeriodRuleSchema: () => [
      api.PeriodRuleSchema,
      { kind: 'recurring', anchor: '2018-01-01', every: 'P12M' },
    ],
    DecimalStringSchema: () => [api.DecimalStringSchema, '7.33'],
    QuantitySchema: () => [api.QuantitySchema, { amount: '500000', unit: 'barrel' }],
    ConversionFactorSchema: () => [
      api.ConversionFactorSchema,
      { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'x' },
    ],
    LedgerEntrySchema: () => [api.LedgerEntrySchema, clonePlain(data.refinedPetroleumLedger[0])],
    LedgerSchema: () => [api.LedgerSchema, clonePlain(data.refinedPetroleumLedger.slice(0, 3))],
    CapAccumulatorStateSchema: () => [
      api.CapAccumulatorStateSchema,
      clonePlain(
        api.serializeAccumulator(
          api.accumulate(
            api.createCapAccumulator(
              api.findMeasure(data.dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap') as api.QuantityCap,
            ),
            data.refinedPetroleumLedger,
          ),
        ),
      ),
    ],
    FactValueSchema: () => [api.FactValueSchema, { amount: '1', unit: 'tonne' }],
    ConditionSchema: () => [
      api.ConditionSchema,
      { op: 'all', of: [{ op: 'compare', fact: 'x', cmp: 'le', value: { amount: '1', unit: 'tonne' } }] },
    ],
    EvidenceSchema: () => [api.EvidenceSchema, clonePlain(data.jcpoaEvidenceInput)],
    ReliefPlanSchema: () => [api.ReliefPlanSchema, clonePlain(plan)],
    ReliefPhaseSchema: () => [api.ReliefPhaseSchema, clonePlain(plan.phases[1])],
    ReliefActionSchema: () => [api.ReliefActionSchema, { type: 'lift', measure: 'x.arms' }],
    SnapbackSchema: () => [api.SnapbackSchema, clonePlain(plan.snapback)],
  };
  /** Exported schemas whose output is a string (nothing to freeze). */
  const scalar = [
    'PlainDateSchema',
    'DurationSchema',
    'UnitIdSchema',
    'MeasureIdSchema',
    'ConfidenceSchema',
    'MandateKindSchema',
    'DeadlineKindSchema',
    'CommodityIdSchema',
    'LedgerBasisSchema',
  ];

  it('has a sample for every exported schema that returns an object', () => {
    const exported = Object.keys(api).filter((name) => name.endsWith('Schema') && !name.startsWith('create'));
    expect(exported.filter((name) => !(name in samples) && !scalar.includes(name))).toEqual([]);
  });

  it.each(Object.entries(samples))(
    '%s returns a deeply frozen value and leaves a mutable input mutable',
    (_name, sample) => {
      const [schema, value] = sample();
      const parsed = schema.parse(value);
      expect(strictlyUnfrozen(parsed)).toEqual([]);
      expect(frozenPaths(value)).toEqual([]);
    },
  );
});

describe('callers who mutate between calls', () => {
  const day = d('2018-09-27');
  const capId = 'dprk.refined-petroleum.cap';
  const findCap = (regime: api.Regime) =>
    regime.resolutions.flatMap((r) => r.measures).find((m) => m.id === capId) as { effective: object };

  it('measuresInForce: a write into a result throws, and the next caller gets the bundled cap', () => {
    const inForce = api.measuresInForce(data.dprk1718, day).find((m) => m.measure.id === capId);
    const limits = inForce?.measure.kind === 'quantity-cap' ? inForce.measure.limits : [];
    expect(() => {
      (limits as api.Quantity[])[0] = api.quantity('1', 'barrel');
    }).toThrow(TypeError);
    const again = api.measuresInForce(data.dprk1718, day).find((m) => m.measure.id === capId);
    expect(again?.measure.kind === 'quantity-cap' && again.measure.limits[0]?.amount.toFixed()).toBe(
      '500000',
    );
  });

  it.each([
    ['unfrozen', (r: api.Regime) => r],
    ['frozen at the top only', (r: api.Regime) => Object.freeze(r)],
  ])('measuresInForce, assessTransfer, regimeChanges see an edit to a caller regime %s', (_how, wrap) => {
    const mine = wrap(clonePlain(data.dprk1718));
    const capOn = (r: api.Regime) => api.measuresInForce(r, day).some((m) => m.measure.id === capId);
    const verdict = (r: api.Regime) =>
      api.assessTransfer(r, { commodity: 'refined-petroleum', direction: 'to-target', on: day }).verdict;
    const changes = (r: api.Regime) => api.regimeChanges(r, { from: d('2018-09-01'), to: d('2018-12-31') });
    expect(capOn(mine)).toBe(true);
    expect(verdict(mine)).toBe('capped');
    expect(changes(mine)).toEqual([]);
    Object.assign(findCap(mine), { effective: { start: d('2018-01-01'), end: d('2018-09-26') } });
    expect(capOn(mine)).toBe(false);
    expect(verdict(mine)).not.toBe('capped');
    expect(changes(mine)).not.toEqual([]);
  });

  it('a regime frozen deeply but with a getter is not trusted: the getter is read on every call', () => {
    let end: api.PlainDate | undefined;
    const mine = clonePlain(data.dprk1718);
    const cap = findCap(mine);
    Object.defineProperty(cap, 'effective', {
      get: () => ({ start: d('2018-01-01'), ...(end ? { end } : {}) }),
    });
    const frozen = deepFreeze(mine);
    const capOn = () => api.measuresInForce(frozen, day).some((m) => m.measure.id === capId);
    expect(capOn()).toBe(true);
    end = d('2018-09-26');
    expect(capOn()).toBe(false);
  });

  it('a frozen condition holding a look-alike Decimal gives no stale answer once its prototype is edited', () => {
    // The condition and the amount are frozen, so the condition may be cached; the amount's prototype is not the
    // library's and stays writable. After the edit the amount is no Decimal: the next call refuses it, as a first
    // call on a copy does, and never answers from the earlier compilation.
    const proto: Record<string, unknown> = {
      toStringTag: '[object Decimal]',
      comparedTo(this: { d: number[] }, other: { d: number[] }) {
        return Math.sign((this.d[0] as number) - (other.d[0] as number));
      },
      isZero: () => false,
      toFixed: () => '5',
    };
    const amount = Object.freeze(
      Object.assign(Object.create(proto) as object, { s: 1, e: 0, d: Object.freeze([5]) }),
    );
    const condition = Object.freeze({
      op: 'compare',
      fact: 'q',
      cmp: 'le',
      value: Object.freeze({ amount, unit: 'barrel' }),
    }) as unknown as api.Condition;
    const evidence = {
      facts: [{ fact: 'q', value: api.quantity('3', 'barrel'), from: d('2018-01-01'), source: 's' }],
    };
    expect(api.evaluate(condition, evidence, { at: day, explain: false }).truth).toBe('met');
    proto.toStringTag = 'edited';
    expect(() => api.evaluate(condition, evidence, { at: day, explain: false })).toThrow(
      api.SanctionsRegimeError,
    );
    expect(() => api.evaluate(condition, evidence, { at: day })).toThrow(api.SanctionsRegimeError);
    expect(() => api.evaluate({ ...condition }, evidence, { at: day })).toThrow(api.SanctionsRegimeError);
  });

  it('validateRegime sees an edit that breaks a regime it checked before', () => {
    const mine = clonePlain(data.dprk1718);
    expect(api.validateRegime(mine)).toEqual([]);
    api.measuresInForce(mine, day);
    (mine.resolutions[0] as { measures: unknown[] }).measures.push(mine.resolutions[0]?.measures[0]);
    expect(api.validateRegime(mine).map((i) => i.code)).toContain('DUPLICATE_MEASURE_ID');
    expect(() => api.measuresInForce(mine, day)).toThrow(/share the id/);
  });

  it('capReport and compareBases see an edit to the caller cap and ledger', () => {
    const mine = clonePlain(cap) as { limits: api.Quantity[] };
    const entries = clonePlain(ledger) as { quantity: { amount: string } }[];
    const used = () => api.capReport(mine as unknown as api.QuantityCap, entries as never, { asOf: day });
    const before = used().periods[0]?.dimensions[0];
    mine.limits = [api.quantity('1000000', 'barrel')];
    const after = used().periods[0]?.dimensions[0];
    expect(after?.limit.amount.toFixed()).toBe('1000000');
    expect(after?.remainingAtMost.amount.lt(before?.remainingAtMost.amount ?? 0)).toBe(false);
  });

  it('evaluate, truthOver and evaluatePlan see an edit to the caller condition and plan (properties)', () => {
    mutatingConditionCallers(100);
    mutatingPlanCallers(40);
  });

  it('every resolutions function sees random edits to a caller regime (property)', () => {
    mutatingRegimeCallers(60);
  });
});

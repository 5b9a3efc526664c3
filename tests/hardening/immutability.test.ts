// Every exported function leaves its inputs alone (they are deep-frozen here, so a write throws in strict mode, and
// compared as JSON before and after), and what it returns is frozen: deeply, given deep-frozen inputs.
import { describe, expect, it } from 'vitest';
import { dprk1718, refinedPetroleumLedger } from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { isDecimal } from '../../src/quantity/decimal.js';
import { arbDatedCondition, arbEvidence } from '../conditions/arbitraries.js';
import { baseEvidence, planInput, regime as reliefRegime } from '../relief/fixtures.js';
import { clonePlain } from './arbitraries.js';

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
  // freezing them would cost about a third of an explained evaluation. Everything they point to is frozen.
  const explanationNode = /\.explanation(\.children\.\d+)*(\.children)?$/;

  it.each(calls.filter(([, , , frozen]) => frozen))(
    '%s returns a deeply frozen result',
    (_name, _inputs, call) => {
      expect(unfrozenPaths(call()).filter((path) => !explanationNode.test(path))).toEqual([]);
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

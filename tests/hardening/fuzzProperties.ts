// The fuzz properties, shared by tests/hardening/fuzz.test.ts (bounded runs, part of `npm test`) and scripts/fuzz.ts
// (long runs, `npm run fuzz`). Every property: only ZodError and SanctionsRegimeError escape, and no builtin
// prototype gains or loses a key.
import fc from 'fast-check';
import type * as z from 'zod';
import {
  dprk1718,
  dprk1718Input,
  dprkEvidence,
  dprkPositions,
  iran2231,
  jcpoaEvidence,
  jcpoaEvidenceInput,
  jcpoaPlan,
  jcpoaPlanInput,
  refinedPetroleumLedger,
  southSudan2206,
  southSudan2206Input,
  southSudanBenchmarksInput,
} from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { arbDatedCondition, arbEvidence } from '../conditions/arbitraries.js';
import { baseEvidence, planInput, regime as reliefRegime } from '../relief/fixtures.js';
import {
  clonePlain,
  extremeGarbage,
  mutate,
  mutation,
  onlyDomainErrors,
  prototypeSnapshot,
} from './arbitraries.js';
import { arbConditionDocument, rawPath, schemaPath } from './conditionDocuments.js';
import { mutatingConditionCallers, mutatingPlanCallers, mutatingRegimeCallers } from './mutatingCallers.js';
import { arbReliefPermutation, checkOrderIndependence } from './reliefPlans.js';

export interface FuzzProperty {
  readonly name: string;
  /** Runs the property `numRuns` times (fc.assert: throws with a counterexample on failure). */
  readonly run: (numRuns: number, seed?: number) => void;
}

const ON = api.parseDate('2018-09-27');
const FROM = api.parseDate('2015-01-01');
const TO = api.parseDate('2026-12-31');

/** Every export of src/index.ts whose name ends in "Schema" (the schema factories, create…Schema, excluded). */
export const schemas: readonly (readonly [string, z.ZodType])[] = Object.entries(api)
  .filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object')
  .map(([name, schema]) => [name, schema as z.ZodType] as const);

const cap = dprk1718.resolutions
  .flatMap((r) => r.measures)
  .find((m) => m.id === 'dprk.refined-petroleum.cap') as api.QuantityCap;
const plan = api.ReliefPlanSchema.parse(planInput);

type Call = readonly [string, (value: unknown) => unknown];

/** Each evaluator with one argument (or the options) replaced by the given value. */
const calls: readonly Call[] = [
  ['measuresInForce(regime)', (g) => api.measuresInForce(g as api.Regime, ON)],
  ['measuresInForce(on)', (g) => api.measuresInForce(dprk1718, g as api.PlainDate)],
  [
    'assessTransfer(regime)',
    (g) =>
      api.assessTransfer(g as api.Regime, { commodity: 'refined-petroleum', direction: 'to-target', on: ON }),
  ],
  ['assessTransfer(query)', (g) => api.assessTransfer(dprk1718, g as api.TransferQuery)],
  ['regimeChanges(regime)', (g) => api.regimeChanges(g as api.Regime)],
  ['regimeChanges(options)', (g) => api.regimeChanges(dprk1718, g as api.RegimeChangesOptions)],
  ['validateRegime', (g) => api.validateRegime(g as api.Regime)],
  ['capReport(cap)', (g) => api.capReport(g as api.QuantityCap, refinedPetroleumLedger)],
  ['capReport(entries)', (g) => api.capReport(cap, g as [])],
  ['capReport(entry)', (g) => api.capReport(cap, [...refinedPetroleumLedger, g as api.LedgerEntryInput])],
  ['capReport(options)', (g) => api.capReport(cap, refinedPetroleumLedger, g as api.CapReportOptions)],
  ['compareBases(entries)', (g) => api.compareBases(cap, [g as api.LedgerEntryInput])],
  ['createCapAccumulator(cap)', (g) => api.createCapAccumulator(g as api.QuantityCap)],
  ['accumulate(acc)', (g) => api.accumulate(g as api.CapAccumulator, [])],
  ['accumulate(entries)', (g) => api.finishCapReport(api.accumulate(api.createCapAccumulator(cap), g as []))],
  ['mergeAccumulators', (g) => api.mergeAccumulators(api.createCapAccumulator(cap), g as api.CapAccumulator)],
  ['finishCapReport', (g) => api.finishCapReport(g as api.CapAccumulator)],
  ['evaluate(condition)', (g) => api.evaluate(g as api.Condition, {}, { at: ON })],
  ['evaluate(evidence)', (g) => api.evaluate({ op: 'fact', fact: 'a' }, g as api.Evidence, { at: ON })],
  ['evaluate(options)', (g) => api.evaluate({ op: 'fact', fact: 'a' }, {}, g as api.EvaluateOptions)],
  [
    'evaluate(definitions)',
    (g) => api.evaluate({ op: 'ref', name: 'a' }, {}, { at: ON, definitions: g as api.Definitions }),
  ],
  [
    'evaluateCompact(condition)',
    (g) => api.evaluateCompact(g as api.Condition, {}, { at: ON }).explanation(),
  ],
  [
    'evaluateCompact(evidence)',
    (g) => api.evaluateCompact({ op: 'fact', fact: 'a' }, g as api.Evidence, { at: ON }).explanation(),
  ],
  [
    'evaluateCompact(options)',
    (g) => api.evaluateCompact({ op: 'fact', fact: 'a' }, {}, g as api.EvaluateCompactOptions).explanation(),
  ],
  [
    'evaluateCompact(definitions)',
    (g) =>
      api
        .evaluateCompact({ op: 'ref', name: 'a' }, {}, { at: ON, definitions: g as api.Definitions })
        .explanation(),
  ],
  ['truthOver(condition)', (g) => api.truthOver(g as api.Condition, {}, { from: FROM, to: TO })],
  [
    'truthOver(evidence)',
    (g) => api.truthOver({ op: 'fact', fact: 'a' }, g as api.Evidence, { from: FROM, to: TO }),
  ],
  ['truthOver(options)', (g) => api.truthOver({ op: 'fact', fact: 'a' }, {}, g as api.TruthOverOptions)],
  ['firstMet(condition)', (g) => api.firstMet(g as api.Condition, {}, { from: FROM, to: TO })],
];

/** The relief layer's entry points, with one argument replaced by the given value. */
const reliefCalls: readonly Call[] = [
  ['measuresInForce(options)', (g) => api.measuresInForce(dprk1718, ON, g as api.MeasuresInForceOptions)],
  ['measuresInForce(relief)', (g) => api.measuresInForce(reliefRegime, ON, { relief: g as [] })],
  [
    'measuresInForce(relief plan)',
    (g) => api.measuresInForce(reliefRegime, ON, { relief: [{ plan: g as api.ReliefPlan, evidence: {} }] }),
  ],
  [
    'measuresInForce(relief evidence)',
    (g) => api.measuresInForce(reliefRegime, ON, { relief: [{ plan, evidence: g as api.Evidence }] }),
  ],
  ['evaluatePlan(plan)', (g) => api.evaluatePlan(g as api.ReliefPlan, {}, { at: ON })],
  ['evaluatePlan(evidence)', (g) => api.evaluatePlan(plan, g as api.Evidence, { at: ON })],
  ['evaluatePlan(options)', (g) => api.evaluatePlan(plan, {}, g as api.EvaluatePlanOptions)],
  ['planTimeline(plan)', (g) => api.planTimeline(g as api.ReliefPlan, {}, { from: FROM, to: TO })],
  ['planTimeline(options)', (g) => api.planTimeline(plan, {}, g as api.PlanTimelineOptions)],
  ['validatePlan(plan)', (g) => api.validatePlan(g as api.ReliefPlan, reliefRegime)],
  ['validatePlan(regime)', (g) => api.validatePlan(plan, g as api.Regime)],
];

/** The same evaluators over a regime, a ledger entry list, a plan and evidence, all of which may be broken. */
function regimeEvaluators(regime: unknown): void {
  const r = regime as api.Regime;
  onlyDomainErrors(() => api.validateRegime(r));
  onlyDomainErrors(() => api.measuresInForce(r, ON));
  onlyDomainErrors(() => api.regimeChanges(r, { from: FROM, to: TO }));
  onlyDomainErrors(() => api.assessTransfer(r, { commodity: 'coal', direction: 'from-target', on: ON }));
  onlyDomainErrors(() => api.mandatesInForce(r, ON));
  onlyDomainErrors(() => api.regimeCalendar(r, { from: FROM, to: TO }));
}

function ledgerEvaluators(capMeasure: unknown, entries: unknown): void {
  const c = capMeasure as api.QuantityCap;
  const e = entries as api.LedgerEntryInput[];
  onlyDomainErrors(() => api.capReport(c, e, { asOf: ON, basis: ['reported', 'alleged', 'estimated'] }));
  onlyDomainErrors(() => api.compareBases(c, e));
  onlyDomainErrors(() => {
    const half = Math.floor((Array.isArray(e) ? e.length : 0) / 2);
    const list = Array.isArray(e) ? e : [];
    const a = api.accumulate(api.createCapAccumulator(c), list.slice(0, half));
    const b = api.accumulate(api.createCapAccumulator(c), list.slice(half));
    return api.finishCapReport(api.mergeAccumulators(a, b));
  });
}

function planEvaluators(p: unknown, evidence: unknown, regime: unknown = reliefRegime): void {
  const pl = p as api.ReliefPlan;
  const ev = evidence as api.Evidence;
  onlyDomainErrors(() => api.evaluatePlan(pl, ev, { at: ON }));
  onlyDomainErrors(() => api.planTimeline(pl, ev, { from: FROM, to: TO }));
  onlyDomainErrors(() => api.validatePlan(pl, regime as api.Regime));
  onlyDomainErrors(() =>
    api.measuresInForce(regime as api.Regime, ON, { relief: [{ plan: pl, evidence: ev }] }),
  );
}

/** Wraps a property so that it also checks the builtin prototypes after every run. */
function guarded<T>(arb: fc.Arbitrary<T>, check: (value: T) => void) {
  const before = prototypeSnapshot();
  return fc.property(arb, (value) => {
    check(value);
    const after = prototypeSnapshot();
    if (after !== before) throw new Error(`A builtin prototype changed: ${after}`);
    if (({} as Record<string, unknown>).polluted !== undefined)
      throw new Error('Object.prototype.polluted is set');
  });
}

function property<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => void): FuzzProperty {
  return {
    name,
    run: (numRuns, seed) =>
      fc.assert(guarded(arb, check), { numRuns, ...(seed === undefined ? {} : { seed }) }),
  };
}

const regimeInputMutants = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((ms) => mutate(dprk1718Input, ms));
const ledgerMutants = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((ms) => mutate(refinedPetroleumLedger, ms));
const capMutants = fc.array(mutation, { minLength: 1, maxLength: 2 }).map((ms) => mutate(cap, ms));
const planMutants = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutate(planInput, ms));
const evidenceMutants = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((ms) => mutate(baseEvidence, ms));

export const fuzzProperties: readonly FuzzProperty[] = [
  property(
    'every exported schema: safeParse never throws, parse throws only ZodError',
    extremeGarbage,
    (value) => {
      for (const [name, schema] of schemas) {
        const result = schema.safeParse(value);
        if (typeof result !== 'object' || result === null)
          throw new Error(`${name}.safeParse returned nothing`);
        onlyDomainErrors(() => schema.parse(value));
      }
    },
  ),
  property(
    'every evaluator, one argument replaced by garbage',
    fc.tuple(fc.constantFrom(...calls), extremeGarbage),
    ([[, call], value]) => {
      onlyDomainErrors(() => call(value));
    },
  ),
  property('the DPRK regime, mutated, raw and parsed', regimeInputMutants, (mutant) => {
    regimeEvaluators(mutant);
    const parsed = api.RegimeSchema.safeParse(mutant);
    if (parsed.success) regimeEvaluators(parsed.data);
  }),
  property(
    'the South Sudan regime and its benchmark plan (review actions), mutated, raw and parsed',
    fc.tuple(fc.array(mutation, { maxLength: 3 }), fc.array(mutation, { maxLength: 3 })),
    ([regimeEdits, planEdits]) => {
      const rawRegime = mutate(southSudan2206Input, regimeEdits);
      regimeEvaluators(rawRegime);
      const parsedRegime = api.RegimeSchema.safeParse(rawRegime);
      if (parsedRegime.success) regimeEvaluators(parsedRegime.data);
      const rawPlan = mutate(southSudanBenchmarksInput, planEdits);
      planEvaluators(rawPlan, {}, southSudan2206);
      const parsedPlan = api.ReliefPlanSchema.safeParse(rawPlan);
      if (parsedPlan.success) planEvaluators(parsedPlan.data, {}, southSudan2206);
    },
  ),
  property(
    'the parsed DPRK regime, mutated after parsing',
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    (ms) => regimeEvaluators(mutate(dprk1718, ms)),
  ),
  property('the refined-petroleum ledger, mutated, raw and parsed', ledgerMutants, (mutant) => {
    ledgerEvaluators(cap, mutant);
    if (!Array.isArray(mutant)) return;
    const parsed = mutant.map((entry) => api.LedgerEntrySchema.safeParse(entry));
    if (parsed.every((p) => p.success))
      ledgerEvaluators(
        cap,
        parsed.map((p) => p.data),
      );
  }),
  property('the refined-petroleum cap, mutated after parsing', capMutants, (mutant) => {
    ledgerEvaluators(mutant, refinedPetroleumLedger);
  }),
  property(
    'relief on parsed input: a mutated plan and evidence that parse, on their regime and on the DPRK one',
    fc.tuple(planMutants, evidenceMutants, arbEvidence),
    ([p, ev, randomEvidence]) => {
      const parsedPlan = api.ReliefPlanSchema.safeParse(p);
      if (!parsedPlan.success) return;
      const parsedEvidence = api.EvidenceSchema.safeParse(ev);
      for (const evidence of [parsedEvidence.success ? parsedEvidence.data : {}, randomEvidence]) {
        planEvaluators(parsedPlan.data, evidence);
        planEvaluators(parsedPlan.data, evidence, dprk1718);
      }
    },
  ),
  property(
    'valid conditions and evidence: evaluate, truthOver and firstMet never fail',
    fc.tuple(arbDatedCondition, arbEvidence, fc.boolean()),
    ([condition, evidence, explain]) => {
      // Valid input: nothing at all may be thrown.
      api.evaluate(condition, evidence, { at: ON, explain });
      api.truthOver(condition, evidence, {
        from: api.parseDate('2017-01-01'),
        to: api.parseDate('2021-12-31'),
      });
      api.firstMet(condition, evidence, { from: api.parseDate('2017-01-01') });
    },
  ),
  property(
    'condition documents, valid and corrupted: the raw path refuses exactly what ConditionSchema refuses (issue 13)',
    arbConditionDocument,
    (document) => {
      const viaSchema = schemaPath(document);
      const raw = rawPath(document);
      if (viaSchema !== raw)
        throw new Error(`ConditionSchema then evaluate: ${viaSchema}; raw evaluate: ${raw}`);
    },
  ),
];

/**
 * The relief layer's properties: each run evaluates whole plans (the bundled JCPOA plan and DPRK positions among
 * them), so the gate runs them fewer times than the others; `npm run fuzz` runs them as often.
 */
export const reliefFuzzProperties: readonly FuzzProperty[] = [
  property(
    'every relief entry point, one argument replaced by garbage',
    fc.tuple(fc.constantFrom(...reliefCalls), extremeGarbage),
    ([[, call], value]) => {
      onlyDomainErrors(() => call(value));
    },
  ),
  property(
    'a relief plan and its evidence, mutated, raw and parsed',
    fc.tuple(planMutants, evidenceMutants),
    ([p, ev]) => {
      planEvaluators(p, ev);
      planEvaluators(p, baseEvidence);
      const parsedPlan = api.ReliefPlanSchema.safeParse(p);
      const parsedEvidence = api.EvidenceSchema.safeParse(ev);
      if (parsedPlan.success)
        planEvaluators(parsedPlan.data, parsedEvidence.success ? parsedEvidence.data : ev);
    },
  ),
  property(
    'a parsed relief plan, mutated after parsing, on the DPRK regime too',
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    (ms) => {
      const mutant = mutate(plan, ms);
      planEvaluators(mutant, baseEvidence);
      planEvaluators(mutant, baseEvidence, clonePlain(dprk1718));
    },
  ),
  property(
    'the bundled JCPOA plan and its evidence, mutated, raw and parsed, on resolution 2231',
    fc.tuple(fc.array(mutation, { maxLength: 3 }), fc.array(mutation, { maxLength: 3 })),
    ([planEdits, evidenceEdits]) => {
      const rawPlan = mutate(jcpoaPlanInput, planEdits);
      const rawEvidence = mutate(jcpoaEvidenceInput, evidenceEdits);
      const parsedPlan = api.ReliefPlanSchema.safeParse(rawPlan);
      const parsedEvidence = api.EvidenceSchema.safeParse(rawEvidence);
      planEvaluators(mutate(jcpoaPlan, planEdits), jcpoaEvidence, iran2231);
      if (parsedPlan.success)
        planEvaluators(
          parsedPlan.data,
          parsedEvidence.success ? parsedEvidence.data : jcpoaEvidence,
          iran2231,
        );
    },
  ),
  property(
    'the bundled DPRK relief positions, mutated after parsing, on the DPRK regime',
    fc.tuple(fc.constantFrom(...Object.values(dprkPositions)), fc.array(mutation, { maxLength: 3 })),
    ([position, edits]) => planEvaluators(mutate(position, edits), dprkEvidence, dprk1718),
  ),
  property(
    'relief plans in any order give deep-equal measures in force (issue 13)',
    arbReliefPermutation,
    checkOrderIndependence,
  ),
  property('validatePlan on the DPRK regime, mutated, raw and parsed', regimeInputMutants, (mutant) => {
    onlyDomainErrors(() => api.validatePlan(plan, mutant as api.Regime));
    const parsed = api.RegimeSchema.safeParse(mutant);
    if (parsed.success) onlyDomainErrors(() => api.validatePlan(plan, parsed.data));
  }),
  // Callers who edit their own regime, plan or condition between calls get the answer for the edited document,
  // never a cached one (issue 13); each run answers every resolutions question several times on a whole regime.
  { name: 'callers who mutate a regime between calls get fresh answers', run: mutatingRegimeCallers },
  { name: 'callers who mutate a plan between calls get fresh answers', run: mutatingPlanCallers },
  { name: 'callers who mutate a condition between calls get fresh answers', run: mutatingConditionCallers },
];

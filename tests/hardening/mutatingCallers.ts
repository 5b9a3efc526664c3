// Callers who mutate between calls: the property shared by tests/hardening/immutability.test.ts and the fuzz runs.
// A caller keeps its own (unfrozen) copy of a regime, a condition or a plan, asks a question, edits its copy, and
// asks again: the second answer must be the one a fresh copy of the edited document gives, never a cached one.
import fc from 'fast-check';
import { dprk1718 } from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { isDecimal } from '../../src/quantity/decimal.js';
import { planInput, regime as reliefRegime } from '../relief/fixtures.js';
import { clonePlain } from './arbitraries.js';

/** JSON with Decimals as strings, to compare answers. */
export const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (isDecimal(v) ? `Decimal(${v.toFixed()})` : v));

const day = fc
  .date({ min: new Date('2005-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => api.parseDate(d.toISOString().slice(0, 10)));

/** An edit a caller may make to its own regime: move a measure's start or end, or drop a resolution's changes. */
type RegimeEdit =
  | { readonly kind: 'end'; readonly measure: number; readonly date: api.PlainDate }
  | { readonly kind: 'start'; readonly measure: number; readonly date: api.PlainDate }
  | { readonly kind: 'drop-changes'; readonly resolution: number }
  | { readonly kind: 'drop-measure'; readonly measure: number };

const regimeEdit: fc.Arbitrary<RegimeEdit> = fc.oneof(
  fc.record({ kind: fc.constant('end' as const), measure: fc.nat(), date: day }),
  fc.record({ kind: fc.constant('start' as const), measure: fc.nat(), date: day }),
  fc.record({ kind: fc.constant('drop-changes' as const), resolution: fc.nat() }),
  fc.record({ kind: fc.constant('drop-measure' as const), measure: fc.nat() }),
);

function applyEdit(regime: api.Regime, edit: RegimeEdit): void {
  const measures = regime.resolutions.flatMap((r) => r.measures.map((m) => ({ r, m })));
  if (edit.kind === 'drop-changes') {
    const resolution = regime.resolutions[edit.resolution % regime.resolutions.length];
    if (resolution !== undefined) resolution.changes = [];
    return;
  }
  const picked = measures[edit.measure % measures.length];
  if (picked === undefined) return;
  if (edit.kind === 'drop-measure') {
    // Only a measure no change refers to: otherwise the edit makes the regime invalid, which is another test.
    const referred = regime.resolutions.some((r) =>
      r.changes.some((c) => c.target === picked.m.id || c.replacement === picked.m.id),
    );
    if (!referred) picked.r.measures = picked.r.measures.filter((m) => m !== picked.m);
    return;
  }
  const { start, end } = picked.m.effective;
  if (edit.kind === 'end' && edit.date >= start) picked.m.effective = { start, end: edit.date };
  if (edit.kind === 'start' && (end === undefined || edit.date <= end))
    picked.m.effective = end === undefined ? { start: edit.date } : { start: edit.date, end };
}

/** Every question about a regime, asked on one day (relief left out: it has its own property below). */
function regimeAnswers(regime: api.Regime, on: api.PlainDate): string {
  return json([
    api.measuresInForce(regime, on),
    api.assessTransfer(regime, { commodity: 'refined-petroleum', direction: 'to-target', on }),
    api.regimeChanges(regime, { from: api.parseDate('2006-01-01'), to: on }),
    api.validateRegime(regime),
  ]);
}

/** Runs `numRuns` cases of the regime property: ask, edit (several times), ask again; compare with a fresh copy. */
export function mutatingRegimeCallers(numRuns: number, seed?: number): void {
  fc.assert(
    fc.property(
      fc.constantFrom(dprk1718, reliefRegime),
      day,
      fc.array(fc.tuple(regimeEdit, day), { minLength: 1, maxLength: 4 }),
      (bundled, first, edits) => {
        const mine = clonePlain(bundled) as api.Regime;
        regimeAnswers(mine, first);
        for (const [edit, on] of edits) {
          applyEdit(mine, edit);
          expect(regimeAnswers(mine, on), regimeAnswers(clonePlain(mine), on));
        }
        // The bundled regime is untouched by all of it.
        expect(regimeAnswers(bundled, first), regimeAnswers(clonePlain(bundled), first));
      },
    ),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
}

/** Runs `numRuns` cases of the plan property: evaluate a plan, edit the caller's plan, evaluate again. */
export function mutatingPlanCallers(numRuns: number, seed?: number): void {
  const plan = api.ReliefPlanSchema.parse(planInput);
  const evidence: api.Evidence = { facts: [], events: [], coverage: [] };
  fc.assert(
    fc.property(day, day, fc.nat(), (first, on, phase) => {
      const mine = clonePlain(plan) as api.ReliefPlan;
      const ask = (p: api.ReliefPlan) =>
        json([
          api.evaluatePlan(p, evidence, { at: on }),
          api.measuresInForce(reliefRegime, on, { relief: [{ plan: p, evidence }] }),
        ]);
      api.evaluatePlan(mine, evidence, { at: first });
      const picked = mine.phases[phase % mine.phases.length];
      if (picked !== undefined) picked.requires = { op: 'all', of: [] };
      expect(ask(mine), ask(clonePlain(mine)));
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
}

/** Runs `numRuns` cases of the condition property: evaluate, edit the caller's condition, evaluate again. */
export function mutatingConditionCallers(numRuns: number, seed?: number): void {
  fc.assert(
    fc.property(day, fc.boolean(), fc.boolean(), (on, before, after) => {
      const condition = { op: 'compare', fact: 'ready', cmp: 'eq', value: before } as {
        op: 'compare';
        fact: string;
        cmp: 'eq';
        value: boolean;
      };
      const evidence = {
        facts: [{ fact: 'ready', value: true, from: api.parseDate('2000-01-01'), source: 's' }],
      };
      const ask = (c: api.Condition) => json(api.evaluate(c, evidence, { at: on }).truth);
      ask(condition);
      condition.value = after;
      evidence.facts[0] = { ...(evidence.facts[0] as (typeof evidence.facts)[number]), value: !after };
      expect(ask(condition), ask(clonePlain(condition)));
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
}

function expect(actual: string, expected: string): void {
  if (actual !== expected) throw new Error(`stale or altered answer:\n${actual}\n!==\n${expected}`);
}

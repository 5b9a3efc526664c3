// Definition names survive ReliefPlanSchema exactly, "__proto__" and names starting with U+0000 included: the
// survivors of the relief layer's mutation run (plan.ts, 63.64 % on 2026-12-02).
import { describe, expect, it } from 'vitest';
import { evaluatePlan, parseDate, ReliefPlanSchema } from '../../src/index.js';
import { evidenceWith, planInput } from './fixtures.js';

const verified = { op: 'fact', fact: 'verified' };

function planWithDefinitions(json: string) {
  return ReliefPlanSchema.safeParse({
    ...planInput,
    definitions: JSON.parse(json),
    phases: [planInput.phases[0], { ...planInput.phases[1], requires: { op: 'ref', name: '__proto__' } }],
  });
}

describe('definition names through ReliefPlanSchema', () => {
  it('keeps "__proto__", a name starting with U+0000 and an ordinary name, in order, as own enumerable keys', () => {
    const parsed = planWithDefinitions(
      `{"__proto__":${JSON.stringify(verified)},"\\u0000x":${JSON.stringify(verified)},"y":${JSON.stringify(verified)}}`,
    );
    expect(parsed.success).toBe(true);
    const definitions = parsed.data?.definitions ?? {};
    expect(Object.keys(definitions)).toEqual(['__proto__', '\u0000x', 'y']);
    expect(Object.getPrototypeOf(definitions)).toBe(Object.prototype);
    expect(Object.hasOwn(definitions, '__proto__')).toBe(true);
    const plan = parsed.data;
    if (plan === undefined) throw new Error('no plan');
    const result = evaluatePlan(plan, evidenceWith({}), { at: parseDate('2016-06-01') });
    expect(result.phases.map((p) => p.status)).toEqual(['active', 'active']);
  });

  // Regression: without a "__proto__" beside it, "\u0000x" was unescaped to "x".
  it('keeps a name starting with U+0000 when no "__proto__" is there', () => {
    const parsed = ReliefPlanSchema.safeParse({
      ...planInput,
      definitions: { '\u0000x': verified, y: verified },
    });
    expect(Object.keys(parsed.data?.definitions ?? {})).toEqual(['\u0000x', 'y']);
  });

  it('refuses definitions that are null, an array or a string with an issue, never a TypeError', () => {
    for (const definitions of [null, [verified], 'x']) {
      const parsed = ReliefPlanSchema.safeParse({ ...planInput, definitions });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['definitions']);
    }
  });
});

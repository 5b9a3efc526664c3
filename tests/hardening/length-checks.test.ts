// zod 4's length checks (`.min(n)`, `.max(n)`, `.length(n)` on strings and arrays) run even after the type check has
// failed, on anything with a `length`, and throw a TypeError when that `length` cannot be compared: `safeParse` of the
// JSON `{ "supersedes": { "length": { "toString": "x" } } }` threw instead of returning an issue (found by the fuzz run
// at 20,000 runs, seed 20261202). The library's schemas use refinements instead (src/internal/zod.ts), which run only
// on values of the right type. This walks every exported schema and lists any length check left.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as akn from '../../src/akn/index.js';
import * as api from '../../src/index.js';

const LENGTH_CHECKS = new Set(['min_length', 'max_length', 'length_equals']);

interface Internals {
  readonly _zod: { readonly def: Record<string, unknown> & { readonly checks?: readonly Internals[] } };
}
const isSchema = (value: unknown): value is Internals =>
  typeof value === 'object' && value !== null && '_zod' in value;

/** The paths, from an exported schema's name, of every length check inside it. */
function lengthChecks(name: string, root: Internals): string[] {
  const found: string[] = [];
  const seen = new Set<Internals>();
  const stack: [Internals, string][] = [[root, name]];
  while (stack.length > 0) {
    const [schema, path] = stack.pop() as [Internals, string];
    if (seen.has(schema)) continue;
    seen.add(schema);
    const def = schema._zod.def;
    for (const check of def.checks ?? []) {
      const kind = check._zod.def.check;
      if (typeof kind === 'string' && LENGTH_CHECKS.has(kind)) found.push(`${path}: ${kind}`);
    }
    if (def.type === 'lazy' && typeof def.getter === 'function') stack.push([def.getter(), path]);
    for (const [key, value] of Object.entries(def)) {
      if (key === 'checks') continue;
      if (isSchema(value)) stack.push([value, `${path}.${key}`]);
      else if (Array.isArray(value)) {
        value.forEach((v, i) => {
          if (isSchema(v)) stack.push([v, `${path}.${key}[${i}]`]);
        });
      } else if (key === 'shape' && typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value)) if (isSchema(v)) stack.push([v, `${path}.${k}`]);
      }
    }
  }
  return found;
}

const exported = ([...Object.entries(api), ...Object.entries(akn)] as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

describe('length checks that throw on hostile input', () => {
  it('the walk finds them, inside objects, arrays, unions, pipes and lazy schemas', () => {
    const lazy: z.ZodType = z.lazy(() => z.union([z.number(), z.array(lazy).max(3)]));
    const probe = z.object({
      a: z.array(z.string().min(1)).optional(),
      b: z.string().transform(Number).pipe(z.number()),
      c: lazy,
    });
    expect(lengthChecks('probe', probe as unknown as Internals).sort()).toEqual([
      'probe.a.innerType.element: min_length',
      'probe.c.options[1]: max_length',
    ]);
    expect(() => probe.safeParse({ a: [{ length: { toString: 'x' } }] })).toThrow(TypeError);
  });

  it('no exported schema has one', () => {
    expect(exported.length).toBeGreaterThan(30);
    expect(exported.flatMap(([name, schema]) => lengthChecks(name, schema as unknown as Internals))).toEqual(
      [],
    );
  });

  it.each([
    ['LedgerEntrySchema', 'supersedes'],
    ['ResolutionDocumentSchema', 'paragraphs'],
  ] as const)('%s refuses a %s whose length is hostile, with an issue at that key', (name, key) => {
    const schema = exported.find(([n]) => n === name)?.[1] as z.ZodType;
    const result = schema.safeParse({ [key]: { length: { toString: 'x', valueOf: 'y' } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path[0] === key)).toBe(true);
  });
});

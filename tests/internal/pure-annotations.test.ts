// The build step that marks schema-building top-level initializers pure (scripts/pureAnnotations.ts): what it wraps,
// what it leaves alone, and that a wrapped module still evaluates to the same values.
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { annotatePure } from '../../scripts/pureAnnotations.js';

const wrapped = (source: string) =>
  [...annotatePure(source, 'm.ts').matchAll(/const (\w+) = \/\* @__PURE__ \*\/ \(\(\) => \(/g)].map(
    (m) => m[1],
  );

describe('annotatePure', () => {
  it('wraps zod chains, schema methods and schema helpers, and objects built only from them', () => {
    const source = [
      "const A = z.object({ a: z.string() }).refine((x) => check(x), { message: 'm' });",
      'export const BSchema = ASchema.extend({ b: z.number() });',
      "const C = nonEmptyString('x');",
      'const shape = { id: z.string(), kind: z.literal(`k`) };',
    ].join('\n');
    expect(wrapped(source)).toEqual(['A', 'BSchema', 'C', 'shape']);
  });

  it('leaves alone what may act at load: other calls, constructors, assignments, and non-const bindings', () => {
    const source = [
      'const frozen = deepFreeze(table);',
      'const D = z.array(z.string()).overwrite(deepFreeze);',
      'const E = z.object({ a: register(z.string()) });',
      'const cache = new WeakMap();',
      'const F = z.enum(list.splice(0));',
      'let G = z.string();',
      "const literal = { a: 1, b: 'two' };",
      'const H = z.string((counter += 1) > 0 ? undefined : undefined);',
    ].join('\n');
    // D passes deepFreeze as a value: it is not called while the module loads.
    expect(wrapped(source)).toEqual(['D']);
  });

  it('keeps the values: a wrapped module evaluates as before', () => {
    const source = [
      'const calls: string[] = [];',
      "const z = { object: (o: object) => ({ ...o, built: calls.push('object') }) };",
      'const A = z.object({ a: 1 });',
      'const base = z.object({ b: 2 });',
      'export default { A, base, calls };',
    ].join('\n');
    const run = (ts: string) => {
      const js = transformSync(ts, { loader: 'ts', format: 'cjs' }).code;
      const module = { exports: {} as { default?: unknown } };
      new Function('module', 'exports', js)(module, module.exports);
      return module.exports.default;
    };
    expect(wrapped(source)).toEqual(['A', 'base']);
    expect(run(annotatePure(source, 'm.ts'))).toEqual(run(source));
    expect(run(annotatePure(source, 'm.ts'))).toEqual({
      A: { a: 1, built: 1 },
      base: { b: 2, built: 2 },
      calls: ['object', 'object'],
    });
  });
});

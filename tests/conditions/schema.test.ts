import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import {
  all,
  any,
  atLeast,
  type Condition,
  type ConditionInput,
  ConditionSchema,
  compareFact,
  createConditionSchema,
  EvidenceSchema,
  evaluate,
  fact,
  noneOccurred,
  not,
  occurred,
  onOrAfter,
  parseDuration,
  quantity,
  ref,
  SanctionsRegimeError,
} from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { AT, arbDatedCondition, d } from './arbitraries.js';

const nested = (depth: number): unknown => {
  let document: unknown = { op: 'fact', fact: 'e' };
  for (let i = 1; i < depth; i += 1) document = { op: 'not', of: document };
  return document;
};

describe('ConditionSchema', () => {
  it('accepts every operator in its wire format and returns frozen conditions', () => {
    const documents: ConditionInput[] = [
      { op: 'all', of: [{ op: 'fact', fact: 'a' }] },
      { op: 'any', of: [] },
      { op: 'not', of: { op: 'fact', fact: 'a' } },
      { op: 'atLeast', count: 2, of: [{ op: 'fact', fact: 'a' }] },
      { op: 'compare', fact: 'tests', cmp: 'eq', value: 0 },
      { op: 'compare', fact: 'status', cmp: 'ne', value: 'suspended' },
      { op: 'compare', fact: 'declared', cmp: 'le', value: { date: '2018-06-12' } },
      { op: 'compare', fact: 'imports', cmp: 'le', value: { amount: '500000', unit: 'barrel' } },
      { op: 'compare', fact: 'access', cmp: 'eq', value: true },
      { op: 'occurred', event: 'nuclear-test', within: { last: 'P12M' } },
      { op: 'noneOccurred', event: 'launch', within: { start: '2018-01-01', end: '2018-12-31' } },
      { op: 'onOrAfter', date: '2016-01-16' },
      { op: 'onOrAfter', anchor: '2015-10-18', plus: 'P8Y' },
      { op: 'ref', name: 'verified' },
    ];
    for (const document of documents) {
      const parsed = ConditionSchema.parse(document);
      expect(Object.isFrozen(parsed)).toBe(true);
      expect(JSON.parse(JSON.stringify(parsed))).toEqual(document);
    }
    expect(
      ConditionSchema.parse(documents[7]).op === 'compare' && ConditionSchema.parse(documents[7]),
    ).toMatchObject({
      value: quantity('500000', 'barrel'),
    });
  });

  it('round-trips what the builders make (property)', () => {
    fc.assert(
      fc.property(arbDatedCondition, (condition) => {
        const json = JSON.parse(JSON.stringify(condition));
        expect(ConditionSchema.parse(json)).toEqual(condition);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses bad documents with paths', () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ op: 'all', of: [{ op: 'fact' }] }, ['of', 0, 'fact']],
      [{ op: 'compare', fact: 'a', cmp: 'lt', value: 'x' }, ['cmp']],
      [{ op: 'compare', fact: 'a', cmp: 'lt', value: true }, ['cmp']],
      [{ op: 'compare', fact: 'a', cmp: 'eq', value: { amount: 1, unit: 'barrel' } }, ['value']],
      [{ op: 'compare', fact: 'a', cmp: 'eq', value: '2018-01-01', extra: 1 }, []],
      [{ op: 'occurred', event: 'e', within: { start: '2018-02-01', end: '2018-01-01' } }, ['within']],
      [{ op: 'occurred', event: 'e', within: { last: 'PT12H' } }, ['within']],
      [{ op: 'onOrAfter', date: '2018-01-01', anchor: '2018-01-01', plus: 'P1Y' }, []],
      [{ op: 'onOrAfter', anchor: '2018-01-01' }, []],
      [{ op: 'atLeast', count: -1, of: [] }, ['count']],
      [{ op: 'nope' }, ['op']],
      [{ op: 'fact', fact: 'a', __proto__: { polluted: true } }, []],
    ];
    for (const [document, path] of cases) {
      const result = ConditionSchema.safeParse(document);
      expect(result.success, JSON.stringify(document)).toBe(false);
      expect(result.error?.issues[0]?.path.slice(0, path.length)).toEqual(path);
    }
    expect(
      ConditionSchema.safeParse(JSON.parse('{"op":"fact","fact":"a","__proto__":{"polluted":true}}')).success,
    ).toBe(false);
  });

  it('refuses documents deeper than 256 before zod sees them, as a CONDITION_TOO_DEEP issue', () => {
    expect(ConditionSchema.safeParse(nested(256)).success).toBe(true);
    for (const depth of [257, 10_000, 1_000_000]) {
      const result = ConditionSchema.safeParse(nested(depth));
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ code: 'custom', path: [], params: { code: 'CONDITION_TOO_DEEP' } }),
      ]);
    }
    const wide = { op: 'all', of: [nested(3), { op: 'any', of: [nested(300)] }] };
    expect(ConditionSchema.safeParse(wide).error?.issues[0]?.message).toMatch(/more than 256/);
    expect(createConditionSchema({ maxDepth: 512 }).safeParse(nested(300)).success).toBe(true);
    expect(codeOf(() => createConditionSchema({ maxDepth: 0 }))).toBe('INVALID_INPUT');
  });

  it('refuses a depth-10,000 document quickly', () => {
    const deep = nested(10_000);
    const start = performance.now();
    expect(ConditionSchema.safeParse(deep).success).toBe(false);
    expect(codeOf(() => evaluate(deep as Condition, {}, { at: AT }))).toBe('CONDITION_TOO_DEEP');
    expect(performance.now() - start).toBeLessThan(250); // the bench measures it; this only guards against a regression
  });

  it('stops at a cyclic object instead of looping', () => {
    const cyclic: { op: string; of: unknown[] } = { op: 'all', of: [] };
    cyclic.of.push(cyclic);
    expect(ConditionSchema.safeParse(cyclic).error?.issues[0]).toMatchObject({
      params: { code: 'CONDITION_TOO_DEEP' },
    });
    expect(codeOf(() => evaluate(cyclic as never, {}, { at: AT }))).toBe('CONDITION_TOO_DEEP');
  });

  it('describes the wire format as JSON Schema', () => {
    const schema = z.toJSONSchema(ConditionSchema, { io: 'input' }) as {
      $defs: Record<string, { oneOf: unknown[] }>;
    };
    const root = Object.values(schema.$defs)[0];
    expect(root?.oneOf).toHaveLength(10);
    expect(JSON.stringify(schema)).toContain('"const":"noneOccurred"');
    expect(() => z.toJSONSchema(EvidenceSchema, { io: 'input' })).not.toThrow();
  });

  it('infers the types', () => {
    expectTypeOf<z.output<typeof ConditionSchema>>().toEqualTypeOf<Condition>();
    expectTypeOf(all(fact('a'))).toMatchTypeOf<Condition>();
  });
});

describe('builders', () => {
  it('return the JSON of the wire format, frozen', () => {
    const condition = all(
      any(fact('a'), not(fact('b'))),
      atLeast(1, compareFact('c', 'lt', 100)),
      occurred('k', { last: parseDuration('P12M') }),
      noneOccurred('k', { start: d('2018-01-01'), end: d('2018-12-31') }),
      onOrAfter(d('2018-01-01')),
      ref('x'),
    );
    expect(Object.isFrozen(condition)).toBe(true);
    expect(Object.isFrozen(condition.of)).toBe(true);
    expect(ConditionSchema.parse(JSON.parse(JSON.stringify(condition)))).toEqual(condition);
  });

  it('check their own arguments', () => {
    expect(codeOf(() => atLeast(-1))).toBe('INVALID_INPUT');
    expect(codeOf(() => fact(''))).toBe('INVALID_INPUT');
    expect(codeOf(() => ref(3 as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => compareFact('a', 'lt', 'b'))).toBe('TYPE_MISMATCH');
    expect(codeOf(() => compareFact('a', 'eq', Number.NaN))).toBe('INVALID_INPUT');
    expect(codeOf(() => occurred('k', { last: 'P1H' as never }))).toBe('INVALID_INPUT');
    expect(codeOf(() => onOrAfter('2018-13-01' as never))).toBe('INVALID_INPUT');
  });

  it('do not freeze what they are given', () => {
    const value = { date: d('2018-01-01') };
    const within = { last: parseDuration('P1M') };
    compareFact('a', 'eq', value);
    occurred('k', within);
    expect(Object.isFrozen(value) || Object.isFrozen(within)).toBe(false);
  });
});

describe('EvidenceSchema', () => {
  it('parses evidence and refuses bad entries with paths', () => {
    const evidence = EvidenceSchema.parse({
      facts: [{ fact: 'imports', value: { amount: '1.5', unit: 'barrel' }, from: '2018-01-01', source: 's' }],
      events: [{ kind: 'test', date: '2017-09-03', source: 'S/PV.8042' }],
      coverage: [{ kind: 'test', start: '2006-01-01', end: '2019-12-31' }],
    });
    expect(evaluate(compareFact('imports', 'lt', quantity('2', 'barrel')), evidence, { at: AT }).truth).toBe(
      'met',
    );
    const bad = EvidenceSchema.safeParse({
      facts: [{ fact: 'a', value: 1, from: '2018-01-02', until: '2018-01-01', source: 's' }],
    });
    expect(bad.error?.issues[0]?.path).toEqual(['facts', 0, 'until']);
    expect(
      EvidenceSchema.safeParse({ coverage: [{ kind: 'k', start: '2018-01-02', end: '2018-01-01' }] }).success,
    ).toBe(false);
  });
});

describe('ConditionSchema and evaluate: fuzz', () => {
  it('raise nothing but ZodError and SanctionsRegimeError on 10,000 random documents, and touch no prototype', () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const proto = fc.constantFrom(
      '{"op":"fact","fact":"__proto__"}',
      '{"__proto__":{"op":"fact"},"op":"all","of":[]}',
      '{"op":"ref","name":"constructor"}',
      '{"op":"compare","fact":"constructor","cmp":"eq","value":{"__proto__":{"polluted":1}}}',
      '{"op":"all","of":[{"op":"constructor"},{"op":"__proto__"}]}',
    );
    const document = fc.oneof(
      fc.jsonValue(),
      fc.anything(),
      proto.map((text) => JSON.parse(text) as unknown),
      fc.nat({ max: 2_000 }).map(nested),
      arbDatedCondition.map((c) => JSON.parse(JSON.stringify(c)) as unknown),
      fc
        .record({
          op: fc.constantFrom('all', 'any', 'not', 'atLeast', 'compare', 'occurred', 'ref'),
          of: fc.jsonValue(),
        })
        .map((r) => r as unknown),
    );
    const definitions = JSON.parse(
      '{"constructor":{"op":"fact","fact":"a"},"__proto__":{"op":"ref","name":"x"}}',
    );
    fc.assert(
      fc.property(document, (input) => {
        const parsed = ConditionSchema.safeParse(input);
        for (const condition of [input, parsed.success ? parsed.data : undefined]) {
          if (condition === undefined) continue;
          for (const explain of [true, false]) {
            try {
              evaluate(condition as Condition, {}, { at: AT, explain, definitions });
            } catch (error) {
              if (!(error instanceof SanctionsRegimeError || error instanceof z.ZodError)) throw error;
            }
          }
        }
      }),
      { numRuns: 10_000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 30_000); // 10,000 runs take about 4 s alone, longer on a loaded machine
});

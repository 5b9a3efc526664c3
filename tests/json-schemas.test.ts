// The shipped JSON Schemas (schemas/*.json) against the zod schemas they are made from, on one corpus: every valid
// document the bundled data holds (each sub-document under every schema that takes it), and corrupted copies (a key
// removed, a string given a trailing newline or a non-ASCII digit, a negative zero, a JSON number for a decimal
// string). Ajv and Python's jsonschema must agree on every document, the JSON Schemas must never refuse what the
// library accepts, and they must refuse what it refuses except for the rules listed in docs/json-schemas.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as akn from '../src/akn/index.js';
import { readResolution } from '../src/akn/index.js';
import {
  dprk1718,
  dprk1718Input,
  dprkEvidenceInput,
  dprkPositionsInput,
  iran2231Input,
  jcpoaEvidenceInput,
  jcpoaPlanInput,
  refinedPetroleumLedger,
} from '../src/data/index.js';
import * as lib from '../src/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const jsonSchemas: Record<string, object> = Object.fromEntries(
  names.map((n) => [n, JSON.parse(readFileSync(join(dir, `${n}.json`), 'utf8'))]),
);
const zodSchemas: Record<string, z.ZodType> = Object.fromEntries(
  names.map((n) => [
    n,
    ({ ...lib, ...akn } as unknown as Record<string, z.ZodType>)[`${n}Schema`] as z.ZodType,
  ]),
);

const ajv = new Ajv2020({ strict: false, allErrors: false });
const ajvValidators = Object.fromEntries(names.map((n) => [n, ajv.compile(jsonSchemas[n] as object)]));

/** Python's jsonschema, as Debian ships it (python3-jsonschema), when /usr/bin/python3 has it. */
const PYTHON = '/usr/bin/python3';
const python =
  spawnSync(PYTHON, ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0 ? PYTHON : undefined;

const PY_VALIDATE = `
import json, sys
from jsonschema import Draft202012Validator
data = json.load(open(sys.argv[1], encoding="utf-8"))
validators = {name: Draft202012Validator(schema) for name, schema in data["schemas"].items()}
print(json.dumps([validators[name].is_valid(doc) for name, doc in data["documents"]]))
`;

const work = mkdtempSync(join(tmpdir(), 'json-schemas-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Python's verdict on each [schema, document]. */
function pythonVerdicts(documents: readonly (readonly [string, unknown])[]): boolean[] {
  const file = join(work, 'corpus.json');
  writeFileSync(file, JSON.stringify({ schemas: jsonSchemas, documents }));
  const out = execFileSync(python as string, ['-c', PY_VALIDATE, file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as boolean[];
}

// ---- the corpus ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

const roots: Json[] = [
  json(dprk1718Input),
  json(iran2231Input),
  json(dprkPositionsInput),
  json(jcpoaPlanInput),
  json(dprkEvidenceInput),
  json(jcpoaEvidenceInput),
  json(refinedPetroleumLedger),
  // What readResolution returns, for sanctions-regime/akn's schemas (its fixture has subparagraphs, nested).
  json(
    readResolution(
      readFileSync(
        join(dirname(fileURLToPath(import.meta.url)), 'akn', 'fixtures', 'resolution.xml'),
        'utf8',
      ),
    ),
  ),
  // A cap accumulator's portable state: the bundled ledger on every basis.
  json(
    lib.serializeAccumulator(
      lib.accumulate(
        lib.createCapAccumulator(
          lib.findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap') as lib.QuantityCap,
          {
            basis: ['reported', 'alleged', 'estimated'],
          },
        ),
        refinedPetroleumLedger,
      ),
    ),
  ),
  // The bundled data converts nothing: one converted quantity, with its factor.
  {
    amount: '11600',
    unit: 'barrel',
    reported: { amount: '1000', unit: 'tonne' },
    factor: { from: 'tonne', to: 'barrel', multiplier: '11.6', source: '1718 Committee conversion chart' },
  },
];

/** Every distinct value inside the roots (the roots included). */
function subValues(): Json[] {
  const seen = new Map<string, Json>();
  const stack = [...roots];
  while (stack.length > 0) {
    const value = stack.pop() as Json;
    const key = JSON.stringify(value);
    if (seen.has(key)) continue;
    seen.set(key, value);
    if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object') stack.push(...Object.values(value));
  }
  return [...seen.values()];
}

const PER_SCHEMA = 40;
const values = subValues();
/** Valid documents per schema: the sub-values the zod schema accepts, the largest first, at most PER_SCHEMA. */
const valid: Record<string, Json[]> = Object.fromEntries(
  names.map((n) => [
    n,
    values
      .filter((v) => (zodSchemas[n] as z.ZodType).safeParse(v).success)
      .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)
      .slice(0, PER_SCHEMA),
  ]),
);

type Path = readonly (string | number)[];

function* leaves(value: Json, path: Path = []): Generator<readonly [Path, Json]> {
  yield [path, value];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* leaves(v, [...path, i]);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* leaves(v, [...path, k]);
}

function edit(
  doc: Json,
  path: Path,
  change: (parent: Record<string, Json> | Json[], key: string | number) => void,
) {
  const copy = structuredClone(doc);
  let parent = copy as Record<string, Json> | Json[];
  for (const step of path.slice(0, -1))
    parent = (parent as Record<string, Json>)[step] as Record<string, Json>;
  change(parent, path[path.length - 1] as string | number);
  return copy;
}

const general = (path: Path) => path.map((p) => (typeof p === 'number' ? '*' : p)).join('/');

interface Case {
  readonly schema: string;
  readonly kind: string;
  readonly where: string;
  readonly doc: Json;
}

/** Corrupted copies of the valid documents, one per schema, kind and general path. */
function corrupted(): Case[] {
  const cases = new Map<string, Case>();
  const add = (schema: string, kind: string, path: Path, doc: Json) => {
    const where = `${schema} ${kind} /${general(path)}`;
    if (!cases.has(where)) cases.set(where, { schema, kind, where, doc });
  };
  for (const schema of names) {
    for (const doc of valid[schema] as Json[]) {
      // A whole regime or plan is corrupted only near its root; its parts are corrupted under their own schemas.
      const depth = JSON.stringify(doc).length > 20_000 ? 2 : Number.POSITIVE_INFINITY;
      for (const [path, value] of leaves(doc)) {
        if (path.length > depth) continue;
        if (path.length > 0 && typeof path[path.length - 1] === 'string') {
          add(
            schema,
            'without the key',
            path,
            edit(doc, path, (p, k) => delete (p as Record<string, Json>)[k]),
          );
        }
        if (typeof value === 'string') {
          const set = (text: string) => edit(doc, path, (p, k) => ((p as Record<string, Json>)[k] = text));
          const root = (text: string) => (path.length === 0 ? text : set(text));
          add(schema, 'with a trailing newline', path, root(`${value}\n`));
          add(schema, 'with a trailing CR LF', path, root(`${value}\r\n`));
          if (/[0-9]/.test(value))
            add(schema, 'with an Arabic-Indic digit', path, root(value.replace(/[0-9]/, '٥')));
          if (/^-?[0-9]+(\.[0-9]+)?$/.test(value)) {
            add(schema, 'as negative zero', path, root('-0'));
            add(schema, 'as negative zero with decimals', path, root('-0.00'));
            add(
              schema,
              'as a JSON number',
              path,
              path.length === 0
                ? Number(value)
                : edit(doc, path, (p, k) => ((p as Record<string, Json>)[k] = Number(value))),
            );
            add(schema, 'with 21 integer digits', path, root(`1${'0'.repeat(20)}`));
            add(schema, 'with 21 decimals', path, root(`0.${'1'.repeat(21)}`));
          }
        }
      }
    }
  }
  return [...cases.values()];
}

const onOrAfter = { op: 'onOrAfter', date: '2018-01-01' };
/** The rules the schemas once left to code, each broken once. */
const rules: Case[] = (
  [
    ['PlainDate', 'a date with a trailing newline', '2018-01-01\n'],
    ['PlainDate', 'a date with an Arabic-Indic digit', '2018-01-0٥'],
    ['DecimalString', 'an amount with a trailing newline', '9\n'],
    ['DecimalString', 'an amount with an Arabic-Indic digit', '8٥'],
    ['Duration', 'a duration with nothing after P', 'P'],
    ['DecimalString', 'negative zero', '-0'],
    ['DecimalString', 'negative zero with decimals', '-0.000'],
    ['Condition', 'onOrAfter with a date and an anchor', { ...onOrAfter, anchor: '2018-01-01', plus: 'P1M' }],
    ['Condition', 'onOrAfter with an anchor and no plus', { op: 'onOrAfter', anchor: '2018-01-01' }],
    ['Condition', 'onOrAfter with nothing', { op: 'onOrAfter' }],
    [
      'Quantity',
      'reported without a factor',
      { amount: '1', unit: 'barrel', reported: { amount: '1', unit: 'tonne' } },
    ],
    ['Condition', 'an order comparison on a string', { op: 'compare', fact: 'f', cmp: 'lt', value: 'open' }],
    ['Condition', 'an order comparison on a boolean', { op: 'compare', fact: 'f', cmp: 'ge', value: true }],
  ] as const
).map(([schema, where, doc]) => ({ schema, kind: 'rule', where: `${schema}: ${where}`, doc: json(doc) }));

const documents: Case[] = [
  ...rules,
  ...names.flatMap((schema) =>
    (valid[schema] as Json[]).map((doc, i) => ({
      schema,
      kind: 'bundled',
      where: `${schema} bundled #${i}`,
      doc,
    })),
  ),
  ...corrupted(),
];

/** The library's verdict: zod's safeParse. */
const zodAccepts = (c: Case) => (zodSchemas[c.schema] as z.ZodType).safeParse(c.doc).success;
const ajvAccepts = (c: Case) => (ajvValidators[c.schema] as (d: unknown) => boolean)(c.doc);

describe('the shipped JSON Schemas', () => {
  it('have a zod schema each, and valid documents each (bundled, plus a converted quantity)', () => {
    expect(names.every((n) => zodSchemas[n] instanceof z.ZodType)).toBe(true);
    const withoutDocuments = names.filter((n) => (valid[n] as Json[]).length === 0);
    expect(withoutDocuments).toEqual([]);
    expect(documents.length).toBeGreaterThan(2_000);
  });

  it('refuse trailing newlines and non-ASCII digits, and the rules once left to code, as the library does', () => {
    expect(rules.map((c) => [c.where, zodAccepts(c), ajvAccepts(c)])).toEqual(
      rules.map((c) => [c.where, false, false]),
    );
  });

  it('accept every document the library accepts (Ajv)', () => {
    const refused = documents.filter((c) => zodAccepts(c) && !ajvAccepts(c)).map((c) => c.where);
    expect(refused).toEqual([]);
  });

  // The rules left to code (docs/json-schemas.md lists them) are not broken by this corpus.
  it('refuse every document of the corpus that the library refuses (Ajv)', () => {
    const accepted = documents.filter((c) => !zodAccepts(c) && ajvAccepts(c)).map((c) => c.where);
    expect(accepted).toEqual([]);
  });

  it('require a key exactly when the library refuses the document without it', () => {
    const removals = documents.filter((c) => c.kind === 'without the key');
    expect(removals.length).toBeGreaterThan(300);
    const disagree = removals.filter((c) => zodAccepts(c) !== ajvAccepts(c)).map((c) => c.where);
    expect(disagree).toEqual([]);
  });

  const pythonName = python
    ? 'agree with Python jsonschema on every document'
    : `agree with Python jsonschema on every document (skipped: ${PYTHON} has no jsonschema module; install Debian's python3-jsonschema, as .ci/run does)`;
  it.skipIf(python === undefined && process.env.CI === undefined)(
    pythonName,
    () => {
      expect(
        python,
        `${PYTHON} must have jsonschema in CI (.ci/run installs python3-jsonschema)`,
      ).toBeDefined();
      const verdicts = pythonVerdicts(documents.map((c) => [c.schema, c.doc] as const));
      const disagree = documents.filter((c, i) => verdicts[i] !== ajvAccepts(c)).map((c) => c.where);
      expect(disagree).toEqual([]);
    },
    300_000,
  );

  // docs/json-schemas.md: Python's default recursion limit (1,000) stops jsonschema short of the library's depth
  // limit (256); sys.setrecursionlimit(3000) is the remedy it gives.
  it.skipIf(python === undefined && process.env.CI === undefined)(
    `validate a condition 256 deep in Python with the documented recursion limit${python ? '' : ' (skipped: no jsonschema)'}`,
    () => {
      const script = `
import json, sys
from jsonschema import Draft202012Validator
validator = Draft202012Validator(json.load(open(sys.argv[1], encoding="utf-8")))
def nest(depth):
    node = {"op": "fact", "fact": "a"}
    for _ in range(depth - 1):
        node = {"op": "not", "of": node}
    return node
def verdict(depth):
    try:
        return validator.is_valid(nest(depth))
    except RecursionError:
        return "RecursionError"
default = verdict(256)
sys.setrecursionlimit(3000)
print(json.dumps([default, verdict(256)]))
`;
      const out = execFileSync(python as string, ['-c', script, join(dir, 'Condition.json')], {
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual(['RecursionError', true]);
    },
    60_000,
  );
});

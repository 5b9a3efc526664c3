import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { datasets, renderDataJson } from '../../scripts/dataJson.js';
import * as data from '../../src/data/index.js';
import { EvidenceSchema, LedgerEntrySchema, RegimeSchema, ReliefPlanSchema } from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'data', 'json');
interface Wrapped {
  dataVersion: string;
  name: string;
  schema?: string;
  shape: 'document' | 'array' | 'record';
  data: unknown;
}
const read = (file: string): Wrapped => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const shipped = (name: string) => JSON.parse(readFileSync(join(root, 'schemas', `${name}.json`), 'utf8'));
const documentsOf = (file: Wrapped): unknown[] =>
  file.shape === 'document'
    ? [file.data]
    : file.shape === 'array'
      ? (file.data as unknown[])
      : Object.values(file.data as object);

describe('data/json/', () => {
  it('holds exactly what npm run data:json renders from src/data (run it and commit when this fails)', () => {
    const rendered = renderDataJson();
    expect(readdirSync(dir).sort()).toEqual(Object.keys(rendered).sort());
    for (const [name, text] of Object.entries(rendered)) {
      expect(readFileSync(join(dir, name), 'utf8'), `data/json/${name} is stale`).toBe(text);
    }
  });

  it('has a file for every dataset exported by sanctions-regime/data (the JSON forms stand for the parsed ones)', () => {
    // `regimes` indexes the regimes by id: not a dataset of its own.
    const exported = Object.keys(data).filter(
      (name) => !name.endsWith('Input') && name !== 'dataVersion' && name !== 'regimes',
    );
    expect(
      datasets()
        .map((d) => d.name)
        .sort(),
    ).toEqual(exported.sort());
  });

  it('writes the data version into every file and the index, and the index lists every file', () => {
    const index = read('index.json') as unknown as {
      dataVersion: string;
      files: { file: string; path: string }[];
    };
    expect(index.dataVersion).toBe(data.dataVersion);
    expect(index.files.map((f) => f.file).sort()).toEqual(
      readdirSync(dir)
        .filter((f) => f !== 'index.json')
        .sort(),
    );
    for (const { file, path } of index.files) {
      expect(read(file).dataVersion, file).toBe(data.dataVersion);
      expect(path).toBe(`sanctions-regime/data/json/${file}`);
    }
  });

  it('each file with a schema is valid against the shipped JSON Schema it names', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const withSchema = readdirSync(dir)
      .map(read)
      .filter((f) => f.schema !== undefined);
    expect(withSchema.map((f) => f.name)).toEqual([
      'dprk1718',
      'dprkDraftResolution2019',
      'dprkEvidence',
      'dprkPositions',
      'iran2231',
      'jcpoaEvidence',
      'jcpoaPlan',
      'refinedPetroleumLedger',
      'southSudan2206',
      'southSudanBenchmarks',
      'southSudanEvidence',
    ]);
    for (const file of withSchema) {
      const name = /\/schemas\/(\w+)\.json$/.exec(file.schema ?? '')?.[1] ?? '';
      const schema = shipped(name);
      expect(file.schema).toBe(schema.$id);
      const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      for (const document of documentsOf(file)) {
        expect(validate(document), `${file.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(
          true,
        );
      }
    }
  });

  it('the schema check rejects a ledger entry whose amount is a JSON number', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(shipped('LedgerEntry'));
    const [entry] = read('refinedPetroleumLedger.json').data as { quantity: { amount: unknown } }[];
    if (entry === undefined) throw new Error('expected a ledger entry');
    expect(validate(entry)).toBe(true);
    expect(validate({ ...entry, quantity: { ...entry.quantity, amount: 570 } })).toBe(false);
  });

  it('parses back into exactly the bundled values', () => {
    expect(RegimeSchema.parse(read('dprk1718.json').data)).toEqual(data.dprk1718);
    expect(RegimeSchema.parse(read('iran2231.json').data)).toEqual(data.iran2231);
    expect(ReliefPlanSchema.parse(read('jcpoaPlan.json').data)).toEqual(data.jcpoaPlan);
    expect(ReliefPlanSchema.parse(read('dprkDraftResolution2019.json').data)).toEqual(
      data.dprkDraftResolution2019,
    );
    const positions = read('dprkPositions.json').data as Record<string, unknown>;
    expect(Object.keys(positions)).toEqual(Object.keys(data.dprkPositions));
    for (const [key, plan] of Object.entries(data.dprkPositions))
      expect(ReliefPlanSchema.parse(positions[key]), key).toEqual(plan);
    expect(EvidenceSchema.parse(read('dprkEvidence.json').data)).toEqual(data.dprkEvidence);
    expect(EvidenceSchema.parse(read('jcpoaEvidence.json').data)).toEqual(data.jcpoaEvidence);
    expect(RegimeSchema.parse(read('southSudan2206.json').data)).toEqual(data.southSudan2206);
    expect(ReliefPlanSchema.parse(read('southSudanBenchmarks.json').data)).toEqual(data.southSudanBenchmarks);
    expect(EvidenceSchema.parse(read('southSudanEvidence.json').data)).toEqual(data.southSudanEvidence);
    const ledger = read('refinedPetroleumLedger.json').data as unknown[];
    expect(ledger.map((e) => LedgerEntrySchema.parse(e))).toEqual(
      data.refinedPetroleumLedger.map((e) => LedgerEntrySchema.parse(e)),
    );
    expect(read('dprkCoverageSources.json').data).toEqual(data.dprkCoverageSources);
    expect(read('jcpoaCoverageSources.json').data).toEqual(data.jcpoaCoverageSources);
    expect(read('sourceManifest.json').data).toEqual(data.sourceManifest);
  });
});

describe('dataVersion', () => {
  it('is a calendar version YYYY.MM.N', () => {
    expect(data.dataVersion).toMatch(/^\d{4}\.(0[1-9]|1[0-2])\.(0|[1-9]\d*)$/);
  });

  it('is not older than any release in DATA-CHANGELOG.md, whose releases run newest first', () => {
    const text = readFileSync(join(root, 'DATA-CHANGELOG.md'), 'utf8');
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
    const releases = headings.filter((h) => h !== 'Versioning policy' && h !== 'How to write an entry');
    expect(releases[0]).toBe('Unreleased');
    const key = (v: string) =>
      v
        .split('.')
        .map((n) => n.padStart(6, '0'))
        .join('.');
    const versions = releases
      .slice(1)
      .map((h) => /^(\d{4}\.\d{2}\.\d+)\b/.exec(h)?.[1] ?? `not a version: ${h}`);
    for (const v of versions) expect(v).toMatch(/^\d{4}\.\d{2}\.\d+$/);
    expect([...versions].sort((a, b) => (key(a) < key(b) ? 1 : -1))).toEqual(versions);
    for (const v of versions) expect(key(v) <= key(data.dataVersion), v).toBe(true);
  });
});

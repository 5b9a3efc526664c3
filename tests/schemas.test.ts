import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../scripts/jsonSchemas.js';
import { dprk1718Input } from '../src/data/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const committed = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
const pkg = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
};

describe('schemas/', () => {
  it('holds exactly the JSON Schemas of the exported zod schemas (run npm run schemas when this fails)', () => {
    const rendered = renderJsonSchemas();
    expect(readdirSync(dir).sort()).toEqual(
      Object.keys(rendered)
        .map((n) => `${n}.json`)
        .sort(),
    );
    for (const [name, text] of Object.entries(rendered)) {
      expect(readFileSync(join(dir, `${name}.json`), 'utf8'), name).toBe(text);
    }
  });

  it("names each schema's $id with this version of the package, so it never points at a later release", () => {
    const names = readdirSync(dir).map((f) => f.replace(/\.json$/, ''));
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      expect(committed(name).$id, name).toBe(
        `https://unpkg.com/sanctions-regime@${pkg.version}/schemas/${name}.json`,
      );
    }
  });

  it('are regenerated, with the JSON data that names them, whenever changesets bumps the version', () => {
    const steps = pkg.scripts['version-packages']?.split('&&').map((step) => step.trim());
    expect(steps?.[0]).toBe('changeset version');
    expect(steps).toContain('npm run schemas');
    expect(steps).toContain('npm run data:json');
  });

  it('ships Resolution, Measure and Regime', () => {
    for (const name of ['Resolution', 'Measure', 'Regime', 'Quantity'])
      expect(committed(name).title).toBe(name);
  });

  it('accepts the bundled DPRK regime, and rejects it with a JSON number amount', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(committed('Regime'));
    expect(validate(dprk1718Input), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const broken = structuredClone(dprk1718Input) as {
      resolutions: { measures: { limits?: { amount: unknown }[] }[] }[];
    };
    const cap = broken.resolutions.flatMap((r) => r.measures).find((m) => m.limits !== undefined);
    if (cap?.limits?.[0] === undefined) throw new Error('expected a cap with a limit');
    cap.limits[0].amount = 500000;
    expect(validate(broken)).toBe(false);
  });
});

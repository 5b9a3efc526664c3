// Reading Akoma Ntoso is a layer above the domain (DESIGN.md): no other module imports src/akn/, and its XML parser
// (@xmldom/xmldom) reaches no other entry. Bundled from the sources with esbuild, as a consumer's bundler would.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles } from '../docs/examples.js';

/** A module's text without its comments (TSDoc examples and references may name the entry). */
const code = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** The source modules and packages that put code into a bundle of `entry`. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    external: ['zod'],
    platform: 'node',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path);
}

describe('the akn layer', () => {
  it.each(['src/index.ts', 'src/data/index.ts', 'src/format/index.ts'])(
    '%s bundles neither src/akn/ nor @xmldom/xmldom',
    async (entry) => {
      const inputs = await inputsOf(entry);
      expect(inputs.length).toBeGreaterThan(0);
      expect(inputs.filter((i) => i.includes('@xmldom') || i.includes('src/akn/'))).toEqual([]);
    },
  );

  it('the akn entry does bundle @xmldom/xmldom (so the checks above can see it)', async () => {
    const inputs = await inputsOf('src/akn/index.ts');
    expect(inputs.some((i) => i.includes('node_modules/@xmldom/xmldom/'))).toBe(true);
  });

  it('only src/akn/xml.ts imports the XML parser', () => {
    const importers = sourceFiles(join(root, 'src'))
      .filter((file) => /from\s*['"]@xmldom\/xmldom['"]/.test(code(file)))
      .map((file) => relative(root, file).replaceAll('\\', '/'));
    expect(importers).toEqual(['src/akn/xml.ts']);
  });

  it('is imported by no other layer', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .filter((file) => !relative(join(root, 'src'), file).startsWith('akn'))
      .filter((file) => /from\s*['"](\.\.?\/)+akn\/|sanctions-regime\/akn/.test(code(file)))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});

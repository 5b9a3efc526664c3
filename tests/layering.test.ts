// The layers above the domain (DESIGN.md): rendering (src/format/), the Akoma Ntoso reader (src/akn/) and the command
// line (src/cli/). No domain module imports them, they import each other only downwards (the CLI may use the other
// two), and each one's own dependency reaches no entry a library user imports that does not need it. The imports are
// read from the sources, so a new import fails here before a bundle or a size budget notices; the bundles are built
// with esbuild, as a consumer's bundler would build them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles } from './docs/examples.js';

const src = join(root, 'src');
const DOMAIN = ['time', 'quantity', 'resolutions', 'caps', 'conditions', 'relief', 'data', 'internal'];

/** Each upper layer: the layers allowed to import it, and the package only it may bring in. */
const UPPER = [
  { layer: 'format', importers: ['cli'], dependency: undefined, entry: 'src/format/index.ts' },
  { layer: 'akn', importers: [], dependency: '@xmldom/xmldom', entry: 'src/akn/index.ts' },
  { layer: 'cli', importers: [], dependency: 'csv-parse', entry: 'src/cli/main.ts' },
] as const;
/** Bundling five entries takes seconds on a loaded 2-core machine. */
const BUNDLING = 60_000;
const LIBRARY_ENTRIES = ['src/index.ts', 'src/data/index.ts', 'src/format/index.ts', 'src/akn/index.ts'];

/** Every module specifier a file imports or re-exports (static and dynamic), outside comments (TSDoc examples). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
  ].map((m) => m[1] as string);
}

/** The layer a specifier of `file` reaches: a folder of src/ (relatively or through the package name), or undefined. */
function layerReached(file: string, specifier: string): string | undefined {
  const subpath = /^sanctions-regime(?:\/([a-z]+))?/.exec(specifier);
  if (subpath) return subpath[1] ?? 'core';
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(src, resolve(dirname(file), specifier)).replaceAll('\\', '/');
  return target.includes('/') ? target.split('/')[0] : target.replace(/\.[jt]s$/, '');
}

/** The layer a source file belongs to: its folder under src/, or `core` for src/*.ts. */
const layerOf = (file: string): string => {
  const path = relative(src, file).replaceAll('\\', '/');
  return path.includes('/') ? (path.split('/')[0] as string) : 'core';
};

const allFiles = [
  ...readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => sourceFiles(join(src, d.name))),
  ...readdirSync(src)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(src, f)),
];

/** The source modules and packages that put code into a bundle of `entry`, each entry bundled once. */
const bundles = new Map<string, Promise<string[]>>();
const inputsOf = (entry: string): Promise<string[]> => {
  const known = bundles.get(entry);
  if (known !== undefined) return known;
  const inputs = bundle(entry);
  bundles.set(entry, inputs);
  return inputs;
};
async function bundle(entry: string): Promise<string[]> {
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

describe('the layers above the domain', () => {
  it('the check knows every layer and sees the imports it must', () => {
    const layers = new Set(allFiles.map(layerOf));
    expect([...layers].sort()).toEqual(
      [...DOMAIN, ...UPPER.map((u) => u.layer), 'core'].filter((l) => l !== 'data' || layers.has(l)).sort(),
    );
    const file = join(src, 'caps', 'report.ts');
    expect(layerReached(file, '../format/index.js')).toBe('format');
    expect(layerReached(file, '../akn/xml.js')).toBe('akn');
    expect(layerReached(file, './links.js')).toBe('caps');
    expect(layerReached(join(src, 'index.ts'), './cli/run.js')).toBe('cli');
    expect(layerReached(join(src, 'index.ts'), './errors.js')).toBe('errors');
    expect(layerReached(file, 'sanctions-regime/akn')).toBe('akn');
    expect(layerReached(file, 'sanctions-regime')).toBe('core');
    expect(layerReached(file, 'decimal.js')).toBeUndefined();
    expect(specifiers(join(src, 'cli', 'text.ts'))).toContain('../format/index.js');
  });

  it.each(UPPER)('$layer is imported only from within itself and by $importers', ({ layer, importers }) => {
    const offenders = allFiles
      .filter((file) => layerOf(file) !== layer && !(importers as readonly string[]).includes(layerOf(file)))
      .flatMap((file) =>
        specifiers(file)
          .filter((s) => layerReached(file, s) === layer)
          .map((s) => `${relative(root, file)} imports ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  const withDependency = UPPER.filter((u) => u.dependency !== undefined);
  it.each(withDependency)('only src/$layer/ imports $dependency', ({ layer, dependency }) => {
    const importers = allFiles
      .filter((file) => specifiers(file).some((s) => s === dependency || s.startsWith(`${dependency}/`)))
      .map(layerOf);
    expect(importers.length).toBeGreaterThan(0);
    expect(new Set(importers)).toEqual(new Set([layer]));
  });

  it.each(withDependency)(
    '$dependency reaches the $entry bundle and no library entry but its own',
    async ({ dependency, entry }) => {
      const own = await inputsOf(entry);
      expect(own.some((i) => i.includes(`node_modules/${dependency}/`))).toBe(true);
      for (const other of LIBRARY_ENTRIES.filter((e) => e !== entry)) {
        const inputs = await inputsOf(other);
        expect(inputs.length).toBeGreaterThan(0);
        expect(inputs.filter((i) => i.includes(`node_modules/${dependency}/`))).toEqual([]);
      }
    },
    BUNDLING,
  );

  it.each(LIBRARY_ENTRIES)(
    '%s bundles no module of the command line',
    async (entry) => {
      expect((await inputsOf(entry)).filter((i) => i.includes('src/cli/'))).toEqual([]);
    },
    BUNDLING,
  );
});

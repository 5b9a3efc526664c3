// Rendering is a layer on top (DESIGN.md): no domain module, and not the core entry, imports src/format/. Read from the
// sources, so a new import anywhere in the domain fails here before a bundle or a size budget notices.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles } from '../docs/examples.js';

const src = join(root, 'src');
const DOMAIN = ['time', 'quantity', 'resolutions', 'caps', 'conditions', 'relief', 'data', 'internal'];

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

/** Whether a specifier of `file` reaches src/format/ (relatively, or through the package name). */
function reachesFormat(file: string, specifier: string): boolean {
  if (specifier === 'sanctions-regime/format' || specifier.startsWith('sanctions-regime/format/'))
    return true;
  if (!specifier.startsWith('.')) return false;
  const target = relative(src, resolve(dirname(file), specifier));
  return target === 'format' || target.startsWith(`format/`) || target.startsWith('format\\');
}

const domainFiles = [
  ...DOMAIN.flatMap((layer) => sourceFiles(join(src, layer))),
  ...readdirSync(src)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(src, f)),
];

describe('the format layer', () => {
  it('is imported by no domain module nor by the core entry', () => {
    expect(domainFiles.length).toBeGreaterThan(40);
    expect(domainFiles).toContain(join(src, 'index.ts'));
    const offenders = domainFiles.flatMap((file) =>
      specifiers(file)
        .filter((s) => reachesFormat(file, s))
        .map((s) => `${relative(root, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('is caught by the check when a module does import it', () => {
    const file = join(src, 'caps', 'report.ts');
    expect(reachesFormat(file, '../format/index.js')).toBe(true);
    expect(reachesFormat(file, '../format/text.js')).toBe(true);
    expect(reachesFormat(join(src, 'index.ts'), './format/index.js')).toBe(true);
    expect(reachesFormat(file, 'sanctions-regime/format')).toBe(true);
    expect(reachesFormat(file, '../formatting.js')).toBe(false);
    expect(reachesFormat(file, '../quantity/formatQuantity.js')).toBe(false);
    expect(specifiers(join(src, 'format', 'formatCapReport.ts'))).toContain('../quantity/formatQuantity.js');
  });

  it('imports nothing above the domain (no CLI) and no package but the core’s own', () => {
    const outside = sourceFiles(join(src, 'format')).flatMap((file) =>
      specifiers(file)
        .filter((s) => !s.startsWith('.') || relative(src, resolve(dirname(file), s)).startsWith('cli'))
        .map((s) => `${relative(root, file)} imports ${s}`),
    );
    expect(outside).toEqual([]);
  });
});

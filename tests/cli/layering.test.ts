// The command line sits above everything (DESIGN.md): no other module imports src/cli/, and its dependency csv-parse
// reaches no entry a library user imports. Bundled from the sources with esbuild, as a consumer's bundler would.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from '../docs/examples.js';

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

describe('the cli layer', () => {
  it.each(['src/index.ts', 'src/data/index.ts', 'src/format/index.ts'])(
    '%s bundles neither src/cli/ nor csv-parse',
    async (entry) => {
      const inputs = await inputsOf(entry);
      expect(inputs.length).toBeGreaterThan(0);
      expect(inputs.filter((i) => i.includes('csv-parse') || i.includes('src/cli/'))).toEqual([]);
    },
  );

  it('the command itself does bundle csv-parse (so the checks above can see it)', async () => {
    const inputs = await inputsOf('src/cli/main.ts');
    expect(inputs.some((i) => i.includes('node_modules/csv-parse/'))).toBe(true);
  });
});

// Every @example in the TSDoc of src/ runs here: its imports are pointed at the source, and each line ending in
// `//=> value` becomes an assertion that the expression before it equals `value`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, outDir, toModule } from './examples.js';

describe('TSDoc @example blocks', () => {
  it('exist for the public API', () => {
    expect(examples.length).toBeGreaterThan(30);
  });

  it.each(examples.map((e) => [`${e.file} #${e.index + 1}`, e] as const))(
    '%s runs and its results hold',
    async (_name, example) => {
      mkdirSync(outDir, { recursive: true });
      const modulePath = join(outDir, `${example.file.replaceAll(/[/\\.]/g, '_')}_${example.index}.ts`);
      writeFileSync(modulePath, toModule(example, modulePath));
      const module = (await import(modulePath)) as {
        default: (check: (t: string, a: () => unknown, e: unknown) => void) => void;
      };
      let checks = 0;
      module.default((text, actual, expected) => {
        checks += 1;
        expect(actual(), text).toEqual(expected);
      });
      expect(checks, 'an example should show at least one result with //=>').toBeGreaterThan(0);
    },
  );
});

// Every @example in the TSDoc of src/ typechecks against the library's types, as a user's code would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, root, toModule } from './examples.js';

describe('TSDoc @example blocks', () => {
  it("typecheck under the project's strict settings", () => {
    const dir = join(root, 'reports', 'examples-typecheck');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = examples.map((example) => {
      const path = join(dir, `${example.file.replaceAll(/[/\\.]/g, '_')}_${example.index}.ts`);
      writeFileSync(path, toModule(example, path));
      return relative(dir, path);
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: relative(dir, join(root, 'tsconfig.json')),
        compilerOptions: { noEmit: true, noUnusedLocals: false },
        include: files,
      }),
    );
    let output = '';
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')],
        { encoding: 'utf8' },
      );
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
    expect(files.length).toBe(examples.length);
  }, 120_000);
});

// Every ```ts block of the guides in docs/ runs here, its `//=> value` lines checked like the TSDoc examples.
// A block that starts with `// excerpt` shows part of a document or program and is not run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Example, root, toModule } from './examples.js';

const docs = join(root, 'docs');
const blocks: Example[] = readdirSync(docs)
  .filter((f) => f.endsWith('.md'))
  .flatMap((file) => {
    const text = readFileSync(join(docs, file), 'utf8');
    return [...text.matchAll(/```ts\n([\s\S]*?)\n```/g)]
      .map((m) => m[1] ?? '')
      .filter((code) => !code.startsWith('// excerpt'))
      .map((code, index) => ({ file: `docs/${file}`, index, code }));
  });

describe('guides in docs/', () => {
  it('have runnable blocks', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks.map((b) => [`${b.file} #${b.index + 1}`, b] as const))(
    '%s runs and its results hold',
    async (_name, block) => {
      const dir = join(root, 'reports', 'guides');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${block.file.replaceAll(/[/\\.]/g, '_')}_${block.index}.ts`);
      writeFileSync(path, toModule(block, path));
      const module = (await import(path)) as {
        default: (check: (t: string, a: () => unknown, e: unknown) => void) => void;
      };
      module.default((text, actual, expected) => {
        expect(actual(), text).toEqual(expected);
      });
    },
  );
});

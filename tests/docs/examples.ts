// Shared by the example tests: every @example in the TSDoc of src/ is extracted: its imports are pointed at the source, and each line ending in
// `//=> value` becomes an assertion that the expression before it equals `value`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const outDir = join(root, 'reports', 'examples');

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

export interface Example {
  readonly file: string;
  readonly index: number;
  readonly code: string;
}

export function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  const pattern = /@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g;
  for (const match of text.matchAll(pattern)) {
    const code = (match[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    found.push({ file: relative(root, file), index: found.length, code });
  }
  return found;
}

export function toModule(example: Example, modulePath: string): string {
  const entry = relative(dirname(modulePath), join(root, 'src', 'index.js')).replaceAll('\\', '/');
  const dataEntry = relative(dirname(modulePath), join(root, 'src', 'data', 'index.js')).replaceAll(
    '\\',
    '/',
  );
  const formatEntry = relative(dirname(modulePath), join(root, 'src', 'format', 'index.js')).replaceAll(
    '\\',
    '/',
  );
  const aknEntry = relative(dirname(modulePath), join(root, 'src', 'akn', 'index.js')).replaceAll('\\', '/');
  const lines = example.code
    .replaceAll("from 'sanctions-regime/data'", `from '${dataEntry}'`)
    .replaceAll("from 'sanctions-regime/format'", `from '${formatEntry}'`)
    .replaceAll("from 'sanctions-regime/akn'", `from '${aknEntry}'`)
    .replaceAll("from 'sanctions-regime'", `from '${entry}'`)
    .split('\n')
    .map((line) => {
      const assertion = /^(\s*)(.+?);?\s*\/\/=>\s*(.+)$/.exec(line);
      if (assertion === null) return line;
      const [, indent, expression, expected] = assertion;
      return `${indent}__check(${JSON.stringify(expression)}, () => (${expression}), ${expected});`;
    });
  return `export default function run(__check: (text: string, actual: () => unknown, expected: unknown) => void) {\n${lines
    .filter((line) => !line.startsWith('import '))
    .join('\n')}\n}\n${lines.filter((line) => line.startsWith('import ')).join('\n')}\n`;
}

/** Every example of src/. */
export const examples = sourceFiles(join(root, 'src')).flatMap(examplesOf);

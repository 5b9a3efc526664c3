// Committed expected outputs of the formatters (tests/format/expected/*.txt), compared exactly. To regenerate them
// after a deliberate change: UPDATE_EXPECTED=1 npx vitest run tests/format/, then read the diff before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'expected');

/** Compares a formatter's output with tests/format/expected/<name> (the file ends with one newline). */
export function expectText(name: string, actual: string): void {
  const path = join(dir, name);
  if (process.env.UPDATE_EXPECTED === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, `${actual}\n`);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_EXPECTED=1 once and review it`).toBe(true);
  expect(`${actual}\n`).toBe(readFileSync(path, 'utf8'));
}

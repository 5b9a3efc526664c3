// docs/cli.md shows real runs: every `sanctions-regime …` command it shows with its output (a ```sh block followed by
// a ```text or ```json block, or a `$ sanctions-regime …` line of a transcript) is run here, and must print what
// the page says, in the 80 columns a pipe gets. The files the page names are the repository's: the sample ledger,
// the fixtures and the condition the page prints.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { root } from './bin.js';

const page = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');
// Inside the repository, named by a short relative path: the page runs the commands next to the files, and a long
// temporary path would make the headings that name a file wrap where the page's do not.
const dir = relative(process.cwd(), mkdtempSync(join(root, '.docs-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(
  join(root, 'examples', 'refined-petroleum-ledger.csv'),
  join(dir, 'refined-petroleum-ledger.csv'),
);
copyFileSync(join(root, 'tests', 'cli', 'fixtures', 'bad-rows.csv'), join(dir, 'bad-rows.csv'));
copyFileSync(join(root, 'tests', 'cli', 'fixtures', 'thousands.csv'), join(dir, 'deliveries.csv'));
const condition = /With `moratorium\.json`:\n\n```json\n([\s\S]*?)\n```/.exec(page)?.[1];
writeFileSync(join(dir, 'moratorium.json'), `${condition}\n`);

/** The arguments of a command line as the page writes it, bare file names pointed at the files above. */
const argsOf = (line: string) =>
  line
    .replace(/^sanctions-regime /, '')
    .split(/\s+/)
    .map((a) => (/^[\w-]+\.(csv|json)$/.test(a) ? join(dir, a) : a));

/** What a run prints (stdout then stderr, as a terminal shows them), with the file names as the page writes them. */
function printed(line: string): { text: string; exitCode: number } {
  const result = run(argsOf(line), { stderrIsTTY: false, writeProgress: () => undefined });
  const text = `${result.stdout}${result.stderr}`.replaceAll(`${dir}/`, '').replaceAll('\r\n', '\n');
  return { text: text.replace(/\n$/, ''), exitCode: result.exitCode };
}

const shown: [string, string][] = [
  ...page.matchAll(
    /```sh\n(sanctions-regime [^\n>]*)\n```\n\n(?:[^\n`]*\n\n)?```(?:text|json)\n([\s\S]*?)\n```/g,
  ),
].map((m) => [m[1] as string, m[2] as string]);
const transcripts: [string, string, number][] = [
  ...page.matchAll(/^\$ (sanctions-regime .*)\n((?:(?!\$ |```)[^\n]*\n)*?)\$ echo \$\?\n(\d)$/gm),
].map((m) => [m[1] as string, (m[2] as string).replace(/\n$/, ''), Number(m[3])]);
const unchecked = [...page.matchAll(/^\$ (sanctions-regime .*)\n((?:(?!\$ )[^\n]*\n)*?)(?=```)/gm)].map(
  (m) => [m[1] as string, (m[2] as string).replace(/\n$/, '')],
);

describe('docs/cli.md', () => {
  it('shows runs of every command', () => {
    const commands = new Set([...shown, ...transcripts].map(([line]) => line.split(' ')[1]));
    expect([...commands].sort()).toEqual([
      'assess',
      'calendar',
      'cap-report',
      'changes',
      'evaluate',
      'in-force',
      'plan',
      'validate',
    ]);
  });

  it.each(shown)('%s prints what the page shows', (line, output) => {
    const { text, exitCode } = printed(line);
    // A JSON block may stop at "…" (an excerpt): it must then be the start of the output.
    if (output.endsWith('\n    …')) expect(text.startsWith(output.slice(0, -'\n    …'.length))).toBe(true);
    else expect(text).toBe(output);
    expect(exitCode).toBe(0);
  });

  it.each(transcripts)('$ %s prints what the page shows, and its exit code', (line, output, code) => {
    expect(printed(line)).toEqual({ text: output, exitCode: code });
  });

  it.each(unchecked.filter(([line]) => !transcripts.some(([t]) => t === line)))(
    '$ %s (no exit code shown) prints what the page shows',
    (line, output) => {
      expect(printed(line)).toEqual({ text: output, exitCode: 0 });
    },
  );
});

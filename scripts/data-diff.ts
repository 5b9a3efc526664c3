// `npm run data:diff -- [ref]`: what changed in src/data/ since `ref` (default: main), as Markdown for the
// "Unreleased" section of DATA-CHANGELOG.md: fact ids added, changed and removed, and the stretches of days on which
// measuresInForce answers differ (+ in force only now, - only before, ~ in force in both on another basis).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as now from '../src/data/index.js';
import { answerChanges, type DataExports, factChanges } from './dataDiff.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ref = process.argv[2] ?? 'main';
const work = mkdtempSync(join(tmpdir(), 'data-diff-'));
try {
  const archive = execFileSync('git', ['archive', ref, 'src'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', work], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  const before = (await import(pathToFileURL(join(work, 'src', 'data', 'index.ts')).href)) as DataExports;
  const { added, changed, removed } = factChanges(before, now);
  const list = (ids: string[]) => (ids.length === 0 ? '(none)' : ids.map((id) => `- \`${id}\``).join('\n'));
  const changes = answerChanges(before, now);
  const regimes = [...new Set(changes.map((c) => c.regime))];
  const summary = regimes.map(
    (r) =>
      `- \`${r}\`: ${changes
        .filter((c) => c.regime === r)
        .map((c) => c.from)
        .join(', ')}`,
  );
  const answers = changes.map(
    (c) =>
      `- \`${c.regime}\`, ${c.from}${c.to === undefined ? ' on' : ` to ${c.to}`}: ${c.changes.join(', ')}`,
  );
  console.log(`Changes since ${ref}\n\n### Added\n\n${list(added)}\n\n### Changed\n\n${list(changed)}\n\n### Removed\n\n${list(removed)}\n
### \`measuresInForce\` answers change on\n\n${answers.length === 0 ? '(none)' : `${summary.join('\n')}\n\nIn detail:\n\n${answers.join('\n')}`}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

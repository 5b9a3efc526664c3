// The built command, as a user runs it: tsup builds src/ (ES modules, one file per module, as `npm run build` does)
// into reports/cli-build/dist, beside a copy of package.json, and the tests spawn `node dist/cli/main.js` there.
// Building apart from dist/ leaves the package build alone; node_modules is found from the repository, as from an
// installed package.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = join(root, 'tests', 'cli', 'fixtures');
const out = join(root, 'reports', 'cli-build');
export const bin = join(out, 'dist', 'cli', 'main.js');

/** Builds the bin once per test file (tsup, ES modules, not bundled: what `npm run build` writes to dist/). */
export async function buildBin(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(join(root, 'package.json'), join(out, 'package.json'));
  await build({
    config: false,
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    outDir: join(out, 'dist'),
    target: 'node20',
    platform: 'neutral',
    dts: false,
    sourcemap: false,
    silent: true,
  });
}

/** What a run of the bin wrote, and its exit code. */
export interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** Spawns the built bin with `args`, in `cwd` (the repository by default), stdout and stderr piped. */
export function cli(args: readonly string[], cwd = root): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

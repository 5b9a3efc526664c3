// Runs the benchmark suites (all, or those named on the command line) and writes bench/results.json. Each suite runs
// in a process of its own (its cases side by side in that process), so that no suite's heap, garbage or JIT state
// weighs on the next one's timings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import type { BenchRow, BenchSuite } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const childOutput = process.argv[2] === '--child' ? process.argv[4] : undefined;
const only = childOutput === undefined ? process.argv.slice(2) : [process.argv[3] as string];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

const resultsPath = join(here, 'results.json');
const previous: BenchRow[] = existsSync(resultsPath)
  ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchRow[])
  : [];
const rows: BenchRow[] = [];

if (childOutput === undefined) {
  // The parent: one child process per suite, then the merged results.
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  for (const file of files) {
    const out = join(work, `${file}.json`);
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--child', file, out],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) throw new Error(`${file} failed`);
    rows.push(...(JSON.parse(readFileSync(out, 'utf8')) as BenchRow[]));
  }
  rmSync(work, { recursive: true, force: true });
  const ranSuites = new Set(rows.map((r) => r.suite));
  const merged = [...previous.filter((r) => !ranSuites.has(r.suite)), ...rows];
  writeFileSync(resultsPath, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`\nwrote ${merged.length} rows to bench/results.json (node ${process.version})`);
  process.exit(0);
}

for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as {
    default: () => Promise<BenchSuite> | BenchSuite;
  };
  const suite = await module.default();
  suite.check?.();
  const bench = new Bench({
    iterations: suite.iterations ?? 10,
    time: 0,
    warmupIterations: 2,
    warmupTime: 0,
  });
  for (const c of suite.cases) bench.add(c.name, c.fn);
  await bench.run();
  const medians = new Map<string, number>();
  for (const task of bench.tasks) {
    const result = task.result;
    if (!('latency' in result)) throw new Error(`${suite.name} / ${task.name}: ${result.state}`);
    medians.set(task.name, result.latency.p50);
  }
  const base = medians.get(suite.baseline);
  if (base === undefined)
    throw new Error(`${suite.name}: baseline ${suite.baseline} is not one of its cases`);
  const suiteRows: BenchRow[] = suite.cases.map((c) => {
    const median = medians.get(c.name) ?? Number.NaN;
    return {
      suite: suite.name,
      case: c.name,
      unit: 'ms',
      median: round(median),
      baseline: suite.baseline,
      ratioToBaseline: round(median / base),
    };
  });
  rows.push(...suiteRows, ...((await suite.extra?.()) ?? []));
  console.log(`\n${suite.name} (baseline: ${suite.baseline}; ratio = case / baseline, lower is faster)`);
  console.table(
    rows
      .filter((r) => r.suite === suite.name)
      .map((r) => ({ case: r.case, median: `${r.median} ${r.unit}`, ratio: r.ratioToBaseline ?? '' })),
  );
}

writeFileSync(childOutput, JSON.stringify(rows));

function round(value: number): number {
  return Number(value.toPrecision(4));
}

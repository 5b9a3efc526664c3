// Runs the benchmark suites (all, or those named on the command line) and writes bench/results.json. Each suite runs
// in a process of its own (its cases side by side in that process), so that no suite's heap, garbage or JIT state
// weighs on the next one's timings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchRow, type BenchSuite, timeRounds } from './harness.js';

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
  // Interleaved rounds: each round times every case once, in an order that rotates from round to round, so that
  // drift in the machine's speed (another process, a thermal step) weighs on every case alike. A case that takes
  // under 50 ms is timed over a block of calls lasting about 50 ms (the block's size is set from the warm-up), so
  // that what switching cases costs (cold caches, the last case's garbage) is spread over the block, not charged to
  // one short call. A case's median is over its rounds; its ratio is the median over rounds of its time divided by
  // the baseline's in the same round.
  const warmup = 2;
  const iterations = suite.iterations ?? 10;
  const times = await timeRounds(suite.cases, warmup, iterations);
  const medians = new Map([...times].map(([name, list]) => [name, median(list)]));
  const base = medians.get(suite.baseline);
  if (base === undefined)
    throw new Error(`${suite.name}: baseline ${suite.baseline} is not one of its cases`);
  const baseTimes = times.get(suite.baseline) as number[];
  const suiteRows: BenchRow[] = suite.cases.map((c) => {
    const list = times.get(c.name) as number[];
    return {
      suite: suite.name,
      case: c.name,
      unit: 'ms',
      median: round(medians.get(c.name) as number),
      baseline: suite.baseline,
      ratioToBaseline: round(median(list.map((t, i) => t / (baseTimes[i] as number)))),
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}

// The benchmark harness: each bench/*.bench.ts default-exports a function returning a suite; the harness (run.ts)
// runs every case of a suite in one process, in interleaved rounds, takes each case's median time, and writes its
// ratio to the suite's named baseline (the median of the per-round ratios; lower is faster).

/** One benchmark case. */
export interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
}

/** One suite: cases compared side by side against `baseline`, the name of one of them. */
export interface BenchSuite {
  readonly name: string;
  readonly baseline: string;
  readonly cases: readonly BenchCase[];
  /** Measured iterations per case (after warm-up). */
  readonly iterations?: number;
  /** Checks that the cases agree before anything is timed; throws when they do not. */
  readonly check?: () => void;
  /** Extra measurements (memory, counts) reported beside the timings. */
  readonly extra?: () => Promise<readonly BenchRow[]> | readonly BenchRow[];
}

/** One row of bench/results.json. */
export interface BenchRow {
  readonly suite: string;
  readonly case: string;
  readonly unit: string;
  readonly median: number;
  readonly baseline: string | null;
  readonly ratioToBaseline: number | null;
}

/**
 * Times cases as the harness does: in interleaved rounds, the order rotating, a short case timed over blocks of about
 * 50 ms (sized in the warm-up rounds).
 * @param cases - the cases.
 * @param warmup - rounds run first and not kept.
 * @param iterations - rounds kept.
 * @param onRound - called as each round begins, with its number (the warm-up rounds come first).
 * @returns each case's time per call, one per kept round, by case name.
 */
export async function timeRounds(
  cases: readonly BenchCase[],
  warmup: number,
  iterations: number,
  onRound?: (round: number) => void,
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const blocks = new Map<string, number>(cases.map((c) => [c.name, 1]));
  for (let round = 0; round < warmup + iterations; round += 1) {
    onRound?.(round);
    for (let k = 0; k < cases.length; k += 1) {
      const c = cases[(round + k) % cases.length] as BenchCase;
      const block = blocks.get(c.name) as number;
      const start = performance.now();
      for (let b = 0; b < block; b += 1) await c.fn();
      const each = (performance.now() - start) / block;
      if (round >= warmup) times.get(c.name)?.push(each);
      else blocks.set(c.name, Math.max(1, Math.ceil(50 / Math.max(each, 0.001))));
    }
  }
  return times;
}

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same input. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A decimal string with up to `intDigits` integer digits and 0 to 6 decimals. */
export function randomAmount(random: () => number, intDigits = 6): string {
  const int = Math.floor(random() * 10 ** intDigits);
  const decimals = Math.floor(random() * 7);
  if (decimals === 0) return String(int);
  const frac = String(Math.floor(random() * 10 ** decimals)).padStart(decimals, '0');
  return `${int}.${frac}`;
}

/** Parses a decimal string into a bigint scaled by 10^6 (the bigint fixed-point peer). */
export function toMicros(amount: string): bigint {
  const dot = amount.indexOf('.');
  if (dot === -1) return BigInt(amount) * 1_000_000n;
  return BigInt(amount.slice(0, dot)) * 1_000_000n + BigInt(amount.slice(dot + 1).padEnd(6, '0'));
}

/** Formats a micros bigint as a plain decimal string without trailing zeros. */
export function fromMicros(micros: bigint): string {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const int = abs / 1_000_000n;
  const frac = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

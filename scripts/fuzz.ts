// The long fuzz run: the properties of tests/hardening/fuzzProperties.ts, many more times than `npm test` runs them.
// Usage: npx tsx scripts/fuzz.ts [runs per property, default 20000] [seed] [part of a property's name: run only those]
// Prints each property's run count and time; exits 1 when a property fails.
import { fuzzProperties, reliefFuzzProperties } from '../tests/hardening/fuzzProperties.js';

const runs = Number(process.argv[2] ?? 20_000);
const seed =
  process.argv[3] === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(process.argv[3]);
if (!Number.isSafeInteger(runs) || runs < 1)
  throw new Error(`runs must be a positive integer, got ${process.argv[2]}`);
const only = process.argv[4];

console.log(
  `fuzz: ${runs} runs per property, seed ${seed}, node ${process.version}${only === undefined ? '' : `, properties named *${only}*`}`,
);
let failures = 0;
const started = performance.now();
const groups = [
  { label: 'core', properties: fuzzProperties },
  { label: 'relief', properties: reliefFuzzProperties },
].map(({ label, properties }) => ({
  label,
  properties: properties.filter((p) => only === undefined || p.name.includes(only)),
}));
if (groups.every((g) => g.properties.length === 0)) throw new Error(`No property's name contains ${only}`);
for (const { label, properties } of groups) {
  console.log(`\n${label}`);
  for (const p of properties) {
    const t0 = performance.now();
    let outcome = 'ok';
    try {
      p.run(runs, seed);
    } catch (error) {
      outcome = 'FAILED';
      failures += 1;
      const text = error instanceof Error ? error.message : String(error);
      console.log(text.split('\n').slice(0, 3).join('\n').slice(0, 1_000));
      const cause = error instanceof Error ? error.cause : undefined;
      if (cause instanceof Error)
        console.log(
          `  caused by ${cause.name}: ${cause.message}\n${cause.stack?.split('\n').slice(1, 4).join('\n')}`,
        );
    }
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(
      `  ${outcome.padEnd(15)} ${String(runs).padStart(7)} runs ${seconds.padStart(7)} s  ${p.name}`,
    );
  }
}
console.log(
  `\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s; ${failures} unexpected failure(s)`,
);
process.exitCode = failures === 0 ? 0 : 1;

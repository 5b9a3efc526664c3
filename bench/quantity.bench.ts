// Summing 1,000,000 quantities given as decimal strings: this library vs a hand-written decimal.js loop (the
// baseline) vs a bigint fixed-point loop (scaled by 10^6) vs the decimal.js loop freezing a quantity per amount.
import { Decimal } from 'decimal.js';
import { quantity, sum } from '../src/index.js';
import { type BenchSuite, fromMicros, randomAmount, seededRandom, toMicros } from './harness.js';

const N = 1_000_000;

export default function suite(): BenchSuite {
  const random = seededRandom(20180927);
  const amounts = Array.from({ length: N }, () => randomAmount(random));
  // The same precision as the library, so the baseline's total is exact too.
  const Dec = Decimal.clone({
    precision: 100,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpPos: 9e15,
    toExpNeg: -9e15,
  });

  const library = () => {
    function* quantities() {
      for (const amount of amounts) yield quantity(amount, 'barrel');
    }
    return sum(quantities(), 'barrel').amount.toFixed();
  };
  const decimalLoop = () => {
    let total = new Dec(0);
    for (const amount of amounts) total = total.plus(amount);
    return total.toFixed();
  };
  // The decimal.js loop that also makes what quantity() returns for each amount: a frozen { amount, unit } with its
  // Decimal and digits frozen. What the library's contract (every quantity frozen) costs above the bare loop.
  const frozenLoop = () => {
    let total = new Dec(0);
    for (const amount of amounts) {
      const decimal = new Dec(amount);
      Object.freeze((decimal as unknown as { d: number[] }).d);
      const q = Object.freeze({ amount: Object.freeze(decimal), unit: 'barrel' });
      total = total.plus(q.amount);
    }
    return total.toFixed();
  };
  const bigintLoop = () => {
    let total = 0n;
    for (const amount of amounts) total += toMicros(amount);
    return fromMicros(total);
  };

  return {
    name: 'sum 1,000,000 decimal-string quantities',
    baseline: 'decimal.js hand-written loop',
    iterations: 7,
    check: () => {
      const expected = decimalLoop();
      if (library() !== expected || bigintLoop() !== expected || frozenLoop() !== expected)
        throw new Error('the four sums disagree');
    },
    cases: [
      { name: 'sanctions-regime quantity() + sum()', fn: library },
      { name: 'decimal.js hand-written loop', fn: decimalLoop },
      { name: 'bigint fixed-point loop (10^6)', fn: bigintLoop },
      { name: 'decimal.js loop, a frozen quantity made per amount', fn: frozenLoop },
    ],
  };
}

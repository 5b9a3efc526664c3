import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalFromString, ExactAccumulator } from '../../src/quantity/decimal.js';

const Reference = Decimal.clone({ precision: 200 });

const arbWide = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^(0|[1-9]\d{0,19})$/),
    fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
  )
  .map(([negative, int, frac]) => `${negative ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`)
  .filter((text) => decimalFromString(text) !== undefined);

describe('ExactAccumulator', () => {
  it('sums exactly across the whole input range, against a 200-digit reference (property)', () => {
    fc.assert(
      fc.property(fc.array(arbWide, { maxLength: 80 }), (amounts) => {
        const acc = new ExactAccumulator();
        let reference = new Reference(0);
        for (const amount of amounts) {
          acc.add(decimalFromString(amount) as Decimal);
          reference = reference.plus(amount);
        }
        expect(acc.value().eq(reference)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('crosses 2^53 without losing a unit', () => {
    const acc = new ExactAccumulator();
    for (let i = 0; i < 4; i += 1) acc.add(decimalFromString('9007199254740991') as Decimal);
    acc.add(decimalFromString('0.000001') as Decimal);
    expect(acc.value().toFixed()).toBe('36028797018963964.000001');
  });

  it('merges accumulators', () => {
    const a = new ExactAccumulator();
    const b = new ExactAccumulator();
    a.add(decimalFromString('0.1') as Decimal);
    b.add(decimalFromString('-0.3') as Decimal);
    a.addAccumulator(b);
    expect(a.value().toFixed()).toBe('-0.2');
  });

  it('gives zero for nothing', () => {
    expect(new ExactAccumulator().value().toFixed()).toBe('0');
  });
});

describe('ExactAccumulator.addString', () => {
  const arbNonNegative = fc
    .tuple(
      fc.stringMatching(/^(0|[1-9]\d{0,19})$/),
      fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
    )
    .map(([int, frac]) => `${int}${frac === undefined ? '' : `.${frac}`}`);

  it('adds and subtracts decimal strings exactly, like Decimal values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbNonNegative, fc.boolean()), { maxLength: 60 }), (items) => {
        const acc = new ExactAccumulator();
        let reference = new Reference(0);
        for (const [amount, negative] of items) {
          acc.addString(amount, negative ? -1 : 1);
          reference = negative ? reference.minus(amount) : reference.plus(amount);
        }
        expect(acc.value().eq(reference)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

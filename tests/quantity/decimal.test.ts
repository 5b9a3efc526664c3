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

// Runs of amounts of one sign with 13 to 15 significant digits and up to 2 decimals: they fit the number sum one by
// one, and their running total crosses 2^53, where the accumulator must hand over to its bigint (a float sum there
// would round odd totals).
const arbNearSafe = fc.tuple(fc.boolean(), fc.integer({ min: 8, max: 40 })).chain(([negative, length]) =>
  fc.array(
    fc
      .tuple(fc.bigInt({ min: 10n ** 12n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 2 }))
      .map(([mantissa, scale]) => {
        const digits = mantissa.toString();
        const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        return `${negative ? '-' : ''}${text}`;
      }),
    { minLength: length, maxLength: length },
  ),
);

describe('ExactAccumulator', () => {
  it('sums exactly around 2^53, where the number sum hands over to the bigint (property)', () => {
    fc.assert(
      fc.property(arbNearSafe, (amounts) => {
        const acc = new ExactAccumulator();
        const strings = new ExactAccumulator();
        let reference = new Reference(0);
        for (const amount of amounts) {
          acc.add(decimalFromString(amount) as Decimal);
          const negative = amount.startsWith('-');
          strings.addString(negative ? amount.slice(1) : amount, negative ? -1 : 1);
          reference = reference.plus(amount);
        }
        expect(acc.value().toFixed()).toBe(reference.toFixed());
        expect(strings.value().toFixed()).toBe(reference.toFixed());
      }),
      { numRuns: 200 },
    );
  });

  it('adds the largest exact number, 2^53 − 1, and its negation, on either side of the boundary', () => {
    const acc = new ExactAccumulator();
    acc.add(decimalFromString('9007199254740991') as Decimal);
    acc.add(decimalFromString('1') as Decimal);
    acc.add(decimalFromString('-9007199254740991') as Decimal);
    acc.add(decimalFromString('-9007199254740991') as Decimal);
    acc.addString('2', -1);
    expect(acc.value().toFixed()).toBe('-9007199254740992');
  });

  it.each([16, 17, 20])(
    'adds an integer to a sum kept at %i decimals (the number sum cannot take it)',
    (places) => {
      const tiny = `0.${'0'.repeat(places - 1)}1`;
      const acc = new ExactAccumulator();
      acc.addString(tiny); // the string path keeps exactly `places` decimals (a Decimal's limbs may keep more)
      acc.add(decimalFromString('3') as Decimal);
      acc.addString('2');
      expect(acc.value().toFixed()).toBe(`5.${'0'.repeat(places - 1)}1`);
    },
  );

  it('gives a positive zero, not -0, when the sum cancels out at a decimal scale', () => {
    const acc = new ExactAccumulator();
    acc.add(decimalFromString('0.125') as Decimal);
    acc.addString('0.125', -1);
    expect(acc.value().isZero()).toBe(true);
    expect(acc.value().isNegative()).toBe(false);
  });

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

// Issue 17: the exact fixed-point sums must agree with decimal.js digit for digit, on any Decimal a Quantity can
// hold: exponents large and small, negative zero, trailing zeros, and scale changes in the middle of a run.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sum } from '../../src/quantity/arithmetic.js';
import { decimalFromString, ExactAccumulator, isDecimalString } from '../../src/quantity/decimal.js';
import type { Quantity } from '../../src/quantity/quantity.js';

// decimal.js as the library configures it: an exact sum of amounts within 40 digits on either side of the point
// fits its 100 significant digits; beyond that, the accumulator must round exactly as this loop does.
const Reference = Decimal.clone({
  precision: 100,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** Any finite Decimal, as text decimal.js reads: plain or in exponent notation, ±0, trailing zeros kept. */
const arbText = fc.oneof(
  // plain, with trailing zeros and a sign (negative zero included)
  fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.stringMatching(/^\d{1,25}$/),
      fc.option(fc.stringMatching(/^\d{1,25}$/), { nil: undefined }),
    )
    .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`),
  // exponent notation, moderate and extreme exponents
  fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.stringMatching(/^[1-9]\d{0,39}$/),
      fc.oneof(fc.integer({ min: -60, max: 60 }), fc.integer({ min: -3000, max: 3000 })),
    )
    .map(([sign, digits, exponent]) => `${sign}${digits}e${exponent}`),
  fc.constantFrom('0', '-0', '0.000', '-0.000', '1e-20', '100000000000000000000000000000', '1.50'),
);

const q = (text: string): Quantity => ({ amount: new Decimal(text), unit: 'barrel' }) as Quantity;

describe('exact sums against decimal.js (differential)', () => {
  it('sum() agrees with a decimal.js loop digit for digit (property)', () => {
    fc.assert(
      fc.property(fc.array(arbText, { maxLength: 40 }), (texts) => {
        let reference = new Reference(0);
        for (const t of texts) reference = reference.plus(t);
        const total = sum(texts.map(q), 'barrel').amount;
        expect(total.toFixed()).toBe(reference.isZero() ? '0' : reference.toFixed());
        expect(total.isNegative() && total.isZero()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('ExactAccumulator agrees when strings and Decimals are mixed and the scale changes mid-stream (property)', () => {
    const arbPlain = fc
      .tuple(
        fc.stringMatching(/^(0|[1-9]\d{0,19})$/),
        fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
        fc.boolean(),
      )
      .map(([int, frac, negative]) => ({ text: `${int}${frac === undefined ? '' : `.${frac}`}`, negative }));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            arbText.map((text) => ({ decimal: text })),
            arbPlain,
          ),
          { maxLength: 40 },
        ),
        (items) => {
          const acc = new ExactAccumulator();
          let reference = new Reference(0);
          for (const item of items) {
            if ('decimal' in item) {
              acc.add(new Decimal(item.decimal));
              reference = reference.plus(item.decimal);
            } else {
              acc.addString(item.text, item.negative ? -1 : 1);
              reference = item.negative ? reference.minus(item.text) : reference.plus(item.text);
            }
          }
          expect(acc.value().toFixed()).toBe(reference.isZero() ? '0' : reference.toFixed());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('adds amounts whose exponent no fixed-point scale could hold, without building the digits', () => {
    const acc = new ExactAccumulator();
    acc.add(new Decimal('1e-9000000000000000'));
    acc.add(new Decimal('2e+9000000000000000'));
    acc.add(new Decimal('0.5'));
    const expected = new Reference(0).plus('1e-9000000000000000').plus('2e+9000000000000000').plus('0.5');
    expect(acc.value().eq(expected)).toBe(true);
  });

  it('adds what is not finite as decimal.js does', () => {
    const acc = new ExactAccumulator();
    acc.addString('1.5');
    acc.add(new Decimal(Number.POSITIVE_INFINITY));
    expect(acc.value().toString()).toBe('Infinity');
    acc.add(new Decimal(Number.NEGATIVE_INFINITY));
    expect(acc.value().isNaN()).toBe(true);
  });
});

describe('decimalFromString builds what decimal.js parses', () => {
  const Library = Decimal.clone({
    precision: 100,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpNeg: -9e15,
    toExpPos: 9e15,
  });
  const arbPlain = fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9]\d{0,19}$/), fc.stringMatching(/^[1-9]0{0,19}$/)),
      fc.option(fc.oneof(fc.stringMatching(/^\d{1,20}$/), fc.stringMatching(/^0{0,19}[1-9]?0{0,10}$/)), {
        nil: undefined,
      }),
    )
    .map(
      ([sign, int, frac]) =>
        `${sign}${int}${frac === undefined || frac === '' ? '' : `.${frac.slice(0, 20)}`}`,
    )
    .filter((text) => decimalFromString(text) !== undefined);

  it('gives the same sign, exponent and limbs as decimal.js, and the same value (property)', () => {
    fc.assert(
      fc.property(arbPlain, (text) => {
        const fast = decimalFromString(text) as Decimal;
        const reference = new Library(text);
        expect({ s: fast.s, e: fast.e, d: fast.d }).toEqual({
          s: reference.s,
          e: reference.e,
          d: reference.d,
        });
        expect(fast.toFixed()).toBe(reference.toFixed());
        expect(fast.plus(1).toFixed()).toBe(reference.plus(1).toFixed());
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    '0',
    '0.0',
    '0.000',
    '1',
    '10',
    '1000000',
    '10000000',
    '0.1',
    '0.0000001',
    '0.00000001',
    '1234567.1234567',
    '100.001',
    '99999999999999999999.99999999999999999999',
  ])('%s', (text) => {
    const fast = decimalFromString(text) as Decimal;
    const reference = new Library(text);
    expect({ s: fast.s, e: fast.e, d: fast.d }).toEqual({ s: reference.s, e: reference.e, d: reference.d });
    expect(Object.keys(fast)).toEqual(Object.keys(reference));
  });
});

describe('isDecimalString', () => {
  // The definition, as a regular expression and the digit limits.
  const PATTERN = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
  const reference = (text: string) => {
    if (!PATTERN.test(text)) return false;
    const unsigned = text.replace(/^-/, '');
    const [int = '', frac = ''] = unsigned.split('.');
    if (int.length > 20 || frac.length > 20) return false;
    return !text.startsWith('-') || /[1-9]/.test(text);
  };
  const arbText = fc.oneof(
    fc.stringMatching(/^-?[0-9]{0,22}(\.[0-9]{0,22})?$/),
    fc.string({ maxLength: 8 }),
    fc.stringMatching(/^[-+.0-9e ]{0,6}$/),
  );

  it('accepts exactly what the pattern and the limits accept (property)', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        expect(isDecimalString(text)).toBe(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('decimalFromString accepts the same strings, and gives what decimal.js parses (property)', () => {
    const Library = Decimal.clone({ precision: 100, toExpNeg: -9e15, toExpPos: 9e15 });
    fc.assert(
      fc.property(arbText, (text) => {
        const parsed = decimalFromString(text);
        expect(parsed !== undefined).toBe(reference(text));
        if (parsed === undefined) return;
        const expected = new Library(text);
        expect({ s: parsed.s, e: parsed.e, d: parsed.d }).toEqual({
          s: expected.s,
          e: expected.e,
          d: expected.d,
        });
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    '',
    '-',
    '.',
    '0.',
    '.5',
    '-0',
    '-0.00',
    '00',
    '01',
    '1.',
    '1..2',
    '1.5.0',
    '1.0.',
    '0.0.1',
    '10.00x',
    '0.00-',
    '1e5',
    ' 1',
    '1 ',
    '+1',
    '１',
  ])('refuses %j', (text) => {
    expect(decimalFromString(text)).toBeUndefined();
    expect(isDecimalString(text)).toBe(false);
    expect(reference(text)).toBe(false);
  });

  it.each(['0', '0.0', '-0.01', '10', '99999999999999999999.99999999999999999999'])('accepts %j', (text) => {
    expect(isDecimalString(text)).toBe(true);
  });
});

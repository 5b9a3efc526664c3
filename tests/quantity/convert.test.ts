import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ConversionFactorSchema,
  convert,
  DecimalStringSchema,
  formatQuantity,
  QuantitySchema,
  quantity,
} from '../../src/index.js';
import { codeOf } from '../helpers.js';

const chart = '1718 Committee, refined petroleum conversion chart, liquefied petroleum gas row';
const tonnesToBarrels = ConversionFactorSchema.parse({
  from: 'tonne',
  to: 'barrel',
  multiplier: '11.6',
  source: chart,
});
const barrelsToTonnes = ConversionFactorSchema.parse({
  from: 'barrel',
  to: 'tonne',
  multiplier: '0.086',
  source: chart,
});

describe('convert', () => {
  it('converts both directions exactly, though the published factors do not round-trip', () => {
    const barrels = convert(quantity('1000', 'tonne'), 'barrel', tonnesToBarrels);
    expect(barrels.amount.toFixed()).toBe('11600');
    const tonnes = convert(quantity('11600', 'barrel'), 'tonne', barrelsToTonnes);
    expect(tonnes.amount.toFixed()).toBe('997.6');
  });

  it('never forgets what was reported, nor the factor', () => {
    const reported = quantity('4470', 'tonne');
    const barrels = convert(reported, 'barrel', tonnesToBarrels);
    expect(barrels.reported).toBe(reported);
    expect(barrels.factor?.source).toBe(chart);
    expect(Object.isFrozen(barrels)).toBe(true);
  });

  it('refuses to convert a conversion: convert the reported quantity instead', () => {
    const barrels = convert(quantity('1000', 'tonne'), 'barrel', tonnesToBarrels);
    expect(codeOf(() => convert(barrels, 'tonne', barrelsToTonnes))).toBe('ALREADY_CONVERTED');
  });

  it('refuses a factor for other units', () => {
    expect(codeOf(() => convert(quantity('1', 'barrel'), 'barrel', tonnesToBarrels))).toBe('UNIT_MISMATCH');
    expect(codeOf(() => convert(quantity('1', 'tonne'), 'kilolitre', tonnesToBarrels))).toBe('UNIT_MISMATCH');
  });

  it('refuses a factor without a positive Decimal multiplier', () => {
    const bad = { ...tonnesToBarrels, multiplier: '11.6' } as never;
    expect(codeOf(() => convert(quantity('1', 'tonne'), 'barrel', bad))).toBe('INVALID_AMOUNT');
  });
});

describe('ConversionFactorSchema', () => {
  it('requires a positive multiplier and a source', () => {
    expect(
      ConversionFactorSchema.safeParse({ from: 'tonne', to: 'barrel', multiplier: '0', source: 's' }).success,
    ).toBe(false);
    expect(
      ConversionFactorSchema.safeParse({ from: 'tonne', to: 'barrel', multiplier: '-1', source: 's' })
        .success,
    ).toBe(false);
    expect(
      ConversionFactorSchema.safeParse({ from: 'tonne', to: 'barrel', multiplier: 11.6, source: 's' })
        .success,
    ).toBe(false);
    expect(
      ConversionFactorSchema.safeParse({ from: 'tonne', to: 'barrel', multiplier: '11.6', source: '' })
        .success,
    ).toBe(false);
  });

  it('encodes back to JSON', () => {
    expect(ConversionFactorSchema.encode(tonnesToBarrels)).toEqual({
      from: 'tonne',
      to: 'barrel',
      multiplier: '11.6',
      source: chart,
    });
  });
});

describe('QuantitySchema', () => {
  it('decodes decimal strings and encodes them back unchanged', () => {
    const q = QuantitySchema.parse({ amount: '106094.17', unit: 'barrel' });
    expect(q.amount.toFixed()).toBe('106094.17');
    expect(QuantitySchema.encode(q)).toEqual({ amount: '106094.17', unit: 'barrel' });
  });

  it('round-trips a converted quantity with its reported original and factor', () => {
    const converted = convert(quantity('1000', 'tonne'), 'barrel', tonnesToBarrels);
    const json = QuantitySchema.encode(converted);
    expect(json).toEqual({
      amount: '11600',
      unit: 'barrel',
      reported: { amount: '1000', unit: 'tonne' },
      factor: { from: 'tonne', to: 'barrel', multiplier: '11.6', source: chart },
    });
    expect(QuantitySchema.encode(QuantitySchema.parse(json))).toEqual(json);
  });

  it('rejects JSON numbers, exponents and unknown units with paths and codes', () => {
    const number = QuantitySchema.safeParse({ amount: 500000, unit: 'barrel' });
    expect(number.error?.issues[0]?.path).toEqual(['amount']);
    const exponent = QuantitySchema.safeParse({ amount: '5e5', unit: 'barrel' });
    expect(exponent.error?.issues[0]).toMatchObject({ path: ['amount'], params: { code: 'INVALID_AMOUNT' } });
    const unit = QuantitySchema.safeParse({ amount: '1', unit: 'barrels' });
    expect(unit.error?.issues[0]).toMatchObject({ path: ['unit'], params: { code: 'UNKNOWN_UNIT' } });
    expect(QuantitySchema.safeParse({ amount: '1', unit: '__proto__' }).success).toBe(false);
  });

  it('requires reported and factor together', () => {
    const half = QuantitySchema.safeParse({
      amount: '1',
      unit: 'barrel',
      reported: { amount: '1', unit: 'tonne' },
    });
    expect(half.success).toBe(false);
  });

  it('never writes exponent notation', () => {
    expect(DecimalStringSchema.encode(DecimalStringSchema.parse('0.00000001'))).toBe('0.00000001');
    expect(DecimalStringSchema.encode(DecimalStringSchema.parse('10000000000000000000'))).toBe(
      '10000000000000000000',
    );
  });
});

describe('formatQuantity', () => {
  it('groups digits and prints the unit symbol, rounding only when asked (half-even)', () => {
    expect(formatQuantity(quantity('106094.17', 'barrel'))).toBe('106,094.17 bbl');
    expect(formatQuantity(quantity('106094.5', 'barrel'), { maximumFractionDigits: 0 })).toBe('106,094 bbl');
    expect(formatQuantity(quantity('106095.5', 'barrel'), { maximumFractionDigits: 0 })).toBe('106,096 bbl');
    expect(formatQuantity(quantity('0.123456789012345678', 'tonne'))).toBe('0.123456789012345678 t');
    expect(formatQuantity(quantity('48430', 'tonne'), { locale: 'de-DE' })).toBe('48.430 t');
  });
});

describe('formatQuantity prints every digit', () => {
  const Exact = Decimal.clone({ precision: 100, toExpNeg: -9e15, toExpPos: 9e15 });
  const digits = (min: number, max: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
  /** A plain decimal string within the input limits: up to 20 digits either side of the point. */
  const amount = fc
    .tuple(fc.boolean(), fc.integer({ min: 1, max: 9 }), digits(0, 19), digits(0, 20), fc.boolean())
    .map(([negative, lead, integer, fraction, small]) => {
      const whole = small ? '0' : `${lead}${integer}`;
      const text = fraction === '' ? whole : `${whole}.${fraction}`;
      return negative && /[1-9]/.test(text) ? `-${text}` : text;
    });
  const multiplier = fc
    .tuple(fc.integer({ min: 1, max: 9 }), digits(0, 5), digits(0, 20))
    .map(([lead, integer, fraction]) =>
      fraction === '' ? `${lead}${integer}` : `${lead}${integer}.${fraction}`,
    );

  it('agrees with decimal.js toFixed on products of up to 40 decimals (en-US, grouping removed)', () => {
    fc.assert(
      fc.property(amount, multiplier, (a, m) => {
        const factor = ConversionFactorSchema.parse({
          from: 'tonne',
          to: 'barrel',
          multiplier: m,
          source: 'x',
        });
        const text = formatQuantity(convert(quantity(a, 'tonne'), 'barrel', factor));
        const expected = new Exact(a).times(m);
        const [integer = '', fraction] = (expected.isZero() ? '0' : expected.toFixed()).split('.');
        const grouped = new Intl.NumberFormat('en-US').format(BigInt(integer === '-0' ? '0' : integer));
        const sign = integer.startsWith('-') && grouped[0] !== '-' ? '-' : '';
        expect(text).toBe(`${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`} bbl`);
        expect(text.replace(/,/g, '').replace(' bbl', '')).toBe(expected.isZero() ? '0' : expected.toFixed());
      }),
      { numRuns: 300 },
    );
  });

  it('prints what Intl.NumberFormat printed, in every locale, for up to 20 decimals', () => {
    const locales = ['en-US', 'de-DE', 'fr-FR', 'ar-EG', 'hi-IN', 'en-IN', 'fa-IR', 'ja-JP', 'de-CH'];
    fc.assert(
      fc.property(amount, fc.constantFrom(...locales), (a, locale) => {
        const fraction = a.split('.')[1]?.length ?? 0;
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: fraction }).format(
          a as unknown as number,
        );
        expect(formatQuantity(quantity(a, 'tonne'), { locale })).toBe(`${intl} t`);
      }),
      { numRuns: 500 },
    );
  });

  it('rounds half-even to any number of decimals asked, past 20 too', () => {
    const factor = ConversionFactorSchema.parse({
      from: 'tonne',
      to: 'barrel',
      multiplier: '0.3',
      source: 'x',
    });
    const q = convert(quantity('0.00000000000000000005', 'tonne'), 'barrel', factor);
    expect(formatQuantity(q)).toBe('0.000000000000000000015 bbl');
    expect(formatQuantity(q, { maximumFractionDigits: 21 })).toBe('0.000000000000000000015 bbl');
    expect(formatQuantity(q, { maximumFractionDigits: 20 })).toBe('0.00000000000000000002 bbl');
    expect(formatQuantity(q, { maximumFractionDigits: 0 })).toBe('0 bbl');
    expect(formatQuantity(quantity('-0.4', 'tonne'), { maximumFractionDigits: 0 })).toBe('0 t');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, isZero, type Quantity, quantity, ratio, subtract, sum } from '../../src/index.js';
import { arbAmount, codeOf } from '../helpers.js';

const bbl = (amount: string): Quantity => quantity(amount, 'barrel');
const arbBarrels = arbAmount().map(bbl);

/** Exact reference: scale decimal strings to bigint millionths. */
function toMicros(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [int = '0', frac = ''] = amount.replace('-', '').split('.');
  const micros = BigInt(int) * 1_000_000n + BigInt(frac.padEnd(6, '0'));
  return negative ? -micros : micros;
}

describe('add', () => {
  it('is exact where floats are not', () => {
    expect(add(bbl('0.1'), bbl('0.2')).amount.toFixed()).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('refuses to add barrels to tonnes', () => {
    expect(codeOf(() => add(bbl('1'), quantity('1', 'tonne')))).toBe('UNIT_MISMATCH');
    expect(() => add(bbl('1'), quantity('1', 'tonne'))).toThrow(/convert/);
  });

  it('is commutative and associative, with zero as identity (property)', () => {
    fc.assert(
      fc.property(arbBarrels, arbBarrels, arbBarrels, (a, b, c) => {
        expect(add(a, b).amount.eq(add(b, a).amount)).toBe(true);
        expect(add(add(a, b), c).amount.eq(add(a, add(b, c)).amount)).toBe(true);
        expect(add(a, bbl('0')).amount.eq(a.amount)).toBe(true);
      }),
    );
  });

  it('is undone by subtract (property)', () => {
    fc.assert(
      fc.property(arbBarrels, arbBarrels, (a, b) => {
        expect(subtract(add(a, b), b).amount.eq(a.amount)).toBe(true);
        expect(add(subtract(a, b), b).amount.eq(a.amount)).toBe(true);
      }),
    );
  });

  it('does not mutate its inputs', () => {
    const a = bbl('1.5');
    const before = a.amount.toFixed();
    add(a, bbl('2'));
    expect(a.amount.toFixed()).toBe(before);
  });
});

describe('subtract', () => {
  it('may go negative, exactly', () => {
    expect(subtract(bbl('500000'), bbl('759793')).amount.toFixed()).toBe('-259793');
    expect(codeOf(() => subtract(bbl('1'), quantity('1', 'usd')))).toBe('UNIT_MISMATCH');
  });
});

describe('sum', () => {
  it('adds 0.1 ten times to exactly 1', () => {
    expect(sum(Array.from({ length: 10 }, () => bbl('0.1'))).amount.toFixed()).toBe('1');
  });

  it('takes any iterable without materialising it', () => {
    function* deliveries() {
      yield bbl('570');
      yield bbl('3275');
      yield bbl('4337');
      yield bbl('438');
    }
    expect(sum(deliveries()).amount.toFixed()).toBe('8620');
  });

  it('needs a unit for an empty sum and checks it otherwise', () => {
    expect(codeOf(() => sum([]))).toBe('EMPTY_SUM');
    expect(sum([], 'tonne')).toMatchObject({ unit: 'tonne' });
    expect(codeOf(() => sum([bbl('1')], 'tonne'))).toBe('UNIT_MISMATCH');
    expect(codeOf(() => sum([bbl('1'), quantity('1', 'tonne')]))).toBe('UNIT_MISMATCH');
  });

  it('equals the exact bigint reference in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(arbAmount(), { maxLength: 60 }), fc.nat(), (amounts, seed) => {
        const expected = amounts.reduce((acc, a) => acc + toMicros(a), 0n);
        const shuffled = [...amounts].sort(
          (x, y) => ((x.length * 31 + seed) % 7) - ((y.length * 31 + seed) % 7),
        );
        const total = sum(amounts.map(bbl), 'barrel');
        expect(toMicros(total.amount.toFixed())).toBe(expected);
        expect(sum(shuffled.map(bbl), 'barrel').amount.eq(total.amount)).toBe(true);
      }),
    );
  });

  it('refuses non-quantities in the iterable', () => {
    expect(codeOf(() => sum([{ amount: '1', unit: 'barrel' } as never]))).toBe('INVALID_AMOUNT');
  });
});

describe('compare', () => {
  it('orders quantities and treats trailing zeros as equal', () => {
    expect(compare(bbl('759793'), bbl('500000'))).toBe(1);
    expect(compare(bbl('1.0'), bbl('1'))).toBe(0);
    expect(compare(bbl('-1'), bbl('0'))).toBe(-1);
    expect(codeOf(() => compare(bbl('1'), quantity('1', 'tonne')))).toBe('UNIT_MISMATCH');
  });

  it('is a total order: antisymmetric and transitive (property)', () => {
    fc.assert(
      fc.property(arbBarrels, arbBarrels, arbBarrels, (a, b, c) => {
        expect(compare(a, b) + compare(b, a)).toBe(0);
        if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).toBeLessThanOrEqual(0);
        expect(compare(a, a)).toBe(0);
      }),
    );
  });
});

describe('ratio', () => {
  it('is exact when the quotient terminates', () => {
    expect(ratio(bbl('759793'), bbl('500000')).toFixed()).toBe('1.519586');
    expect(ratio(bbl('375000'), bbl('500000')).toFixed()).toBe('0.75');
  });

  it('rounds to 34 significant digits otherwise', () => {
    expect(ratio(bbl('1'), bbl('3')).toFixed()).toBe(`0.${'3'.repeat(34)}`);
  });

  it('refuses zero denominators and mixed units', () => {
    expect(codeOf(() => ratio(bbl('1'), bbl('0')))).toBe('DIVISION_BY_ZERO');
    expect(codeOf(() => ratio(bbl('1'), quantity('1', 'tonne')))).toBe('UNIT_MISMATCH');
  });
});

describe('isZero', () => {
  it('recognises any zero', () => {
    expect(isZero(bbl('0.000'))).toBe(true);
    expect(isZero(bbl('0.001'))).toBe(false);
  });
});

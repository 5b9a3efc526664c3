// The column store: an amount kept as an integer mantissa and a scale must be the amount exactly, and segments
// joined must hold what one segment of all the entries holds.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCache, recordOf } from '../../src/caps/entryRecord.js';
import { compactAmount, joinSegments, SegmentBuilder } from '../../src/caps/store.js';
import type { LedgerEntryInput, UnitId } from '../../src/index.js';
import { arbLedger } from './arbitraries.js';
import { cap, entryOf } from './fixtures.js';

const exact = (mantissa: number, scale: number) => new Decimal(mantissa).times(new Decimal(10).pow(-scale));

describe('compactAmount', () => {
  it('reads a plain string as mantissa × 10^-scale exactly, or not at all past 15 digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(0|[1-9]\d{0,19})(\.\d{1,20})?$/), (text) => {
        const compact = compactAmount(text);
        const digits = text.replace('.', '').replace(/^0+(?=\d)/, '').length;
        if (compact === undefined) {
          expect(text.replace('.', '').length).toBeGreaterThan(15);
          return;
        }
        expect(digits).toBeLessThanOrEqual(16);
        expect(Number.isInteger(compact[0])).toBe(true);
        expect(exact(compact[0], compact[1]).eq(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a Decimal (exponents, trailing zeros) exactly, or not at all (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{0,17}$/),
        fc.integer({ min: -45, max: 25 }),
        (digits, exponent) => {
          const value = new Decimal(`${digits}e${exponent}`);
          const compact = compactAmount(value);
          if (compact === undefined) return;
          expect(compact[0]).toBeLessThanOrEqual(999_999_999_999_999);
          expect(compact[1]).toBeGreaterThanOrEqual(0);
          expect(compact[1]).toBeLessThanOrEqual(40);
          expect(exact(compact[0], compact[1]).eq(value)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['1e20', [100_000_000_000_000_000, 0], false],
    ['1e14', [100_000_000_000_000, 0], true],
    ['123.4500', [1_234_500_000, 7], true],
    ['0', [0, 0], true],
    ['-1', undefined, true],
    ['1e-41', undefined, true],
    ['1e-40', [1, 40], true],
  ] as const)('%s', (text, expected, fits) => {
    const compact = compactAmount(new Decimal(text));
    if (!fits || expected === undefined) expect(compact).toBeUndefined();
    else expect(compact).toEqual(expected);
  });
});

describe('joinSegments', () => {
  const build = (entries: readonly LedgerEntryInput[]) => {
    const builder = new SegmentBuilder(cap.id, 1, 1);
    const cache = newCache();
    for (const e of entries) builder.push(recordOf(e, ['barrel' as UnitId], cache));
    return builder.build();
  };
  const plain = (s: ReturnType<typeof build>) => ({
    ...s,
    delivered: [...s.delivered],
    through: [...s.through],
    known: [...s.known],
    reporter: [...s.reporter].map((r) => s.reporters[r]),
    reporters: undefined,
    basis: [...s.basis],
    flags: [...s.flags],
    mantissa: [...s.mantissa],
    scale: [...s.scale],
    aside: [...s.aside],
  });

  it('makes no column for the last days or the days known while they repeat the delivery days', () => {
    const entry = (id: string, extra: Partial<LedgerEntryInput> = {}) =>
      entryOf(cap.id, id, '2018-03-01', '1', extra);
    const shares = (column: Int32Array, s: ReturnType<typeof build>) => column.buffer === s.delivered.buffer;
    const same = build([entry('a'), entry('b')]);
    expect(shares(same.through, same) && shares(same.known, same)).toBe(true);
    // An entry that differs, after others that did not, makes the column with the earlier entries' days in it.
    const spans = build([entry('a'), entry('b', { deliveredThrough: '2018-03-05', reported: '2018-04-02' })]);
    expect(shares(spans.through, spans) || shares(spans.known, spans)).toBe(false);
    expect([...spans.through]).toEqual([
      ...spans.delivered.subarray(0, 1),
      (spans.delivered[1] as number) + 4,
    ]);
    expect([...spans.known]).toEqual([
      ...spans.delivered.subarray(0, 1),
      (spans.delivered[1] as number) + 32,
    ]);
    const joined = joinSegments([same, build([entry('c')])], cap.id, 1);
    expect(shares(joined.through, joined) && shares(joined.known, joined)).toBe(true);
    const mixed = joinSegments([same, spans], cap.id, 1);
    expect(shares(mixed.through, mixed) || shares(mixed.known, mixed)).toBe(false);
    expect([...mixed.through]).toEqual([...same.delivered, ...spans.through]);
  });

  it('keeps an amount per limit as it grows and joins, for a cap of two limits', () => {
    const dims = ['barrel', 'tonne'] as UnitId[];
    const entry = (k: number) =>
      entryOf(cap.id, `d${k}`, '2018-03-01', `${k + 1}.5`, {
        conversion: { from: 'barrel', to: 'tonne', multiplier: '0.25', source: 'test' },
      });
    const twoLimits = (from: number, count: number) => {
      const builder = new SegmentBuilder(cap.id, 2, 1);
      const cache = newCache();
      for (let k = from; k < from + count; k += 1) builder.push(recordOf(entry(k), dims, cache));
      return builder.build();
    };
    const amounts = (s: ReturnType<typeof build>) =>
      [...s.mantissa].map((m, k) => exact(m, s.scale[k] as number).toString());
    // Amount k in barrels, then a quarter of it in tonnes; the builder grew from room for one entry.
    const expected = [0, 1, 2, 3, 4].flatMap((k) => [`${k + 1.5}`, `${(k + 1.5) / 4}`]);
    expect(amounts(twoLimits(0, 5))).toEqual(expected);
    expect(amounts(joinSegments([twoLimits(0, 2), twoLimits(2, 3)], cap.id, 2))).toEqual(expected);
  });

  it('joins segments into what one segment of every entry holds (property)', () => {
    fc.assert(
      fc.property(arbLedger, fc.array(fc.nat(3), { minLength: 40, maxLength: 40 }), (ledger, parts) => {
        const ordered = [0, 1, 2, 3].flatMap((g) => ledger.filter((_, i) => parts[i] === g));
        const joined = joinSegments(
          [0, 1, 2, 3].map((g) => build(ledger.filter((_, i) => parts[i] === g))),
          cap.id,
          1,
        );
        expect(plain(joined)).toEqual(plain(build(ordered)));
      }),
      { numRuns: 200 },
    );
  });
});

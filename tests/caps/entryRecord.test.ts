// The fast path that reads JSON ledger entries without zod must agree with LedgerEntrySchema: it may refuse more
// (the schema then decides), never accept what the schema refuses, and its records must hold the right amounts.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type EntryRecord, newCache, recordOf } from '../../src/caps/entryRecord.js';
import { type LedgerEntry, LedgerEntrySchema, SanctionsRegimeError, type UnitId } from '../../src/index.js';

const DIMENSIONS: readonly UnitId[] = ['barrel', 'tonne'];

/** A valid JSON entry that uses every optional field. */
const full = {
  id: 'e-1',
  cap: 'dprk.refined-petroleum.cap',
  delivered: '2018-03-01',
  deliveredThrough: '2018-03-31',
  reported: '2018-04-15',
  quantity: { amount: '1000.5', unit: 'kilolitre' },
  conversion: [
    { from: 'kilolitre', to: 'tonne', multiplier: '0.85', source: 'density' },
    { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'chart' },
    { from: 'kilolitre', to: 'barrel', multiplier: '6.29', source: 'volume' },
  ],
  reporter: 'CHN+RUS',
  basis: 'alleged',
  source: { document: 'S/2019/171', url: 'https://example.org', date: '2019-03-05', quote: 'q', note: 'n' },
  corrects: 'e-0',
  note: 'a note',
};

/** One field of the entry set to one bad value, by path: every check the schema makes, one at a time. */
const corruptions: readonly (readonly [string, readonly (string | number)[], unknown])[] = [
  ['an id with a space at the end', ['id'], 'e-1 '],
  ['a numeric id', ['id'], 1],
  ['a cap id in capitals', ['cap'], 'DPRK.cap'],
  ['no cap', ['cap'], undefined],
  ['an impossible delivery date', ['delivered'], '2018-02-30'],
  ['a delivery date as a number', ['delivered'], 20180301],
  ['an aggregate ending before it starts', ['deliveredThrough'], '2018-02-28'],
  ['an impossible end date', ['deliveredThrough'], '2018-13-01'],
  ['an impossible report date', ['reported'], '2018-04-31'],
  ['two reporters in lower case', ['reporter'], 'chn+rus'],
  ['a reporter that is a number', ['reporter'], 156],
  ['an unknown basis', ['basis'], 'rumoured'],
  ['a basis that is not a string', ['basis'], ['reported']],
  ['a source that is a string', ['source'], 'S/2019/171'],
  ['a null source', ['source'], null],
  ['a source without a document', ['source', 'document'], ''],
  ['a source document that is not a string', ['source', 'document'], 1],
  ['a source url that is not a string', ['source', 'url'], 1],
  ['a source quote that is not a string', ['source', 'quote'], false],
  ['a source note that is not a string', ['source', 'note'], {}],
  ['an impossible source date', ['source', 'date'], '2019-02-29'],
  ['a note that is not a string', ['note'], 5],
  ['a correction of an id with a tab', ['corrects'], 'e-\t0'],
  ['a correction that is not a string', ['corrects'], 0],
  ['a retraction next to a correction', ['retracts'], 'e-0'],
  ['a quantity that is a string', ['quantity'], '1000 kg'],
  ['a quantity with a reported quantity', ['quantity', 'reported'], { amount: '1', unit: 'tonne' }],
  [
    'a quantity with a factor',
    ['quantity', 'factor'],
    { from: 'tonne', to: 'barrel', multiplier: '7', source: 's' },
  ],
  ['an unknown unit', ['quantity', 'unit'], 'kilo'],
  ['a negative amount', ['quantity', 'amount'], '-1'],
  ['an amount in exponent notation', ['quantity', 'amount'], '1e3'],
  ['an amount as a JSON number', ['quantity', 'amount'], 1000],
  ['a factor that is a string', ['conversion', 0], 'kg to t'],
  ['a null factor', ['conversion', 0], null],
  ['a factor from a unit in capitals', ['conversion', 0, 'from'], 'KG'],
  ['a factor to a number', ['conversion', 1, 'to'], 1],
  ['a factor without a source', ['conversion', 1, 'source'], ''],
  ['a factor whose source is not a string', ['conversion', 1, 'source'], { document: 'x' }],
  ['a zero multiplier', ['conversion', 2, 'multiplier'], '0'],
  ['a negative multiplier', ['conversion', 2, 'multiplier'], '-0.5'],
  ['a multiplier as a number', ['conversion', 2, 'multiplier'], 0.5],
  ['a multiplier in exponent notation', ['conversion', 2, 'multiplier'], '5e-3'],
];

function withValue(entry: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(entry) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** What recordOf does: the record, or the kind of error. */
function read(input: unknown, cache = newCache()): EntryRecord | 'ZodError' | 'INVALID_INPUT' {
  try {
    return recordOf(input as LedgerEntry, DIMENSIONS, cache);
  } catch (error) {
    if (error instanceof z.ZodError) return 'ZodError';
    if (error instanceof SanctionsRegimeError && error.code === 'INVALID_INPUT') return 'INVALID_INPUT';
    throw error;
  }
}

/** The amounts an entry should have per dimension, computed from the parsed entry without the library's code. */
function expectedAmounts(entry: LedgerEntry): (string | null)[] {
  if (entry.quantity === undefined) return [];
  const { amount, unit } = entry.quantity;
  const factors = entry.conversion === undefined ? [] : [entry.conversion].flat();
  return DIMENSIONS.map((dimension) => {
    if (dimension === unit) return amount.toFixed();
    const factor = factors.find((f) => f.from === unit && f.to === dimension);
    return factor === undefined ? null : amount.times(factor.multiplier).toFixed();
  });
}

const shown = (amounts: readonly unknown[]) =>
  amounts.map((a) =>
    a === null ? null : a instanceof Decimal ? a.toFixed() : new Decimal(a as string).toFixed(),
  );

describe('the fast path for JSON ledger entries agrees with LedgerEntrySchema', () => {
  it('reads a valid entry with every field, with the converted amounts', () => {
    const record = read(full) as EntryRecord;
    expect(record).toMatchObject({
      id: 'e-1',
      cap: 'dprk.refined-petroleum.cap',
      basis: 'alleged',
      reporter: 'CHN+RUS',
      delivered: '2018-03-01',
      through: '2018-03-31',
      corrects: 'e-0',
      retracts: undefined,
      unit: 'kilolitre',
    });
    expect(record.throughDay - record.deliveredDay).toBe(30);
    expect(record.knownDay - record.throughDay).toBe(15);
    expect(shown(record.amounts)).toEqual(['6293.145', '850.425']);
  });

  it('reads a delivery of one day, known when delivered, with one factor given alone', () => {
    const entry = {
      id: 'e-2',
      cap: 'c',
      delivered: '2018-03-01',
      quantity: { amount: '3', unit: 'tonne' },
      conversion: { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'chart' },
      reporter: 'UN-PoE',
      basis: 'reported',
      source: { document: 'x' },
    };
    const record = read(entry) as EntryRecord;
    expect(record.through).toBe('2018-03-01');
    expect(record.knownDay).toBe(record.deliveredDay);
    expect(shown(record.amounts)).toEqual(['21.99', '3']);
  });

  it('reads an aggregate that ends the day it starts as a delivery of that day', () => {
    const oneDay = withValue(full, ['deliveredThrough'], '2018-03-01');
    expect(LedgerEntrySchema.safeParse(oneDay).success).toBe(true);
    const record = read(oneDay) as EntryRecord;
    expect(record.throughDay).toBe(record.deliveredDay);
  });

  it('reads a retraction with no quantity and no amounts', () => {
    const retraction = { ...(withValue(full, ['corrects'], undefined) as object), retracts: 'e-0' } as Record<
      string,
      unknown
    >;
    delete retraction.quantity;
    delete retraction.conversion;
    const record = read(retraction) as EntryRecord;
    expect(record.retracts).toBe('e-0');
    expect(record.unit).toBeUndefined();
    expect(record.amounts).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a string', 'e-1'],
    ['a list', [full]],
  ])('refuses an entry that is %s', (_name, input) => {
    expect(read(input)).toBe('ZodError');
  });

  it('does not take a cap id seen valid for a reporter (the memos are apart)', () => {
    const cache = newCache();
    expect(typeof read({ ...full, cap: 'x.y' }, cache)).toBe('object');
    expect(read({ ...full, reporter: 'x.y' }, cache)).toBe('ZodError');
  });

  it.each([
    ['a retraction of an id with a tab', { retracts: 'e-\t0' }],
    ['a retraction that is not a string', { retracts: 1 }],
    ['a retraction that also corrects', { retracts: 'e-0', corrects: 'e-0' }],
  ])('refuses %s', (_name, fields) => {
    const retraction = { ...(withValue(full, ['corrects'], undefined) as object), ...fields } as Record<
      string,
      unknown
    >;
    delete retraction.quantity;
    delete retraction.conversion;
    expect(LedgerEntrySchema.safeParse(retraction).success).toBe(false);
    expect(read(retraction)).toBe('ZodError');
  });

  it.each([
    ['an empty supersedes list', { supersedes: [] }],
    ['a supersedes list that repeats an id', { supersedes: ['m-1', 'm-2', 'm-1'] }],
    ['a supersedes list with an id with a tab', { supersedes: ['m-\t1'] }],
    ['a supersedes list with a number', { supersedes: ['m-1', 2] }],
    ['a supersedes that is a string', { supersedes: 'm-1' }],
    ['an aggregate that supersedes and corrects', { supersedes: ['m-1'], corrects: 'e-0' }],
  ])('refuses %s', (_name, fields) => {
    const aggregate = { ...(withValue(full, ['corrects'], undefined) as object), ...fields };
    expect(LedgerEntrySchema.safeParse(aggregate).success).toBe(false);
    expect(read(aggregate)).toBe('ZodError');
  });

  it('reads the ids an aggregate supersedes, as a frozen copy', () => {
    const ids = ['m-2', 'm-1'];
    const aggregate = { ...(withValue(full, ['corrects'], undefined) as object), supersedes: ids };
    const record = read(aggregate) as EntryRecord;
    ids.push('m-3');
    expect(record.supersedes).toEqual(['m-2', 'm-1']);
    expect(Object.isFrozen(record.supersedes)).toBe(true);
    expect(read(LedgerEntrySchema.parse(aggregate))).toMatchObject({ supersedes: ['m-2', 'm-1', 'm-3'] });
  });

  it('refuses a retraction that has a quantity, and a delivery that has none', () => {
    expect(read({ ...(full as object), corrects: undefined, retracts: 'e-0' })).toBe('ZodError');
    expect(read(withValue(full, ['quantity'], undefined))).toBe('ZodError');
  });

  it.each(corruptions)('refuses %s, as the schema does', (_name, path, value) => {
    const bad = withValue(full, path, value);
    expect(LedgerEntrySchema.safeParse(bad).success).toBe(false);
    expect(read(bad)).toBe('ZodError');
  });

  it.each(corruptions)(
    'refuses %s with a warm cache too (valid ids and dates seen before)',
    (_name, path, value) => {
      const cache = newCache();
      expect(typeof read(full, cache)).toBe('object');
      expect(read(withValue(full, path, value), cache)).toBe('ZodError');
    },
  );

  it('refuses a parsed entry (Decimal amounts) broken after parsing with INVALID_INPUT', () => {
    const parsed = LedgerEntrySchema.parse(full);
    expect(typeof read(parsed)).toBe('object');
    expect(read({ ...parsed, basis: 'rumoured' })).toBe('INVALID_INPUT');
    expect(read({ ...parsed, quantity: { ...parsed.quantity, amount: new Decimal(-1) } })).toBe(
      'INVALID_INPUT',
    );
    const badFactor = { from: 'kilolitre', to: 'tonne', multiplier: '0.85', source: 'density' };
    expect(read({ ...parsed, conversion: [badFactor] })).toBe('INVALID_INPUT');
  });

  it('names the entry in the INVALID_INPUT message, or says it has no id', () => {
    const parsed = LedgerEntrySchema.parse(full);
    const message = (input: unknown) => {
      try {
        recordOf(input as LedgerEntry, DIMENSIONS, newCache());
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(message({ ...parsed, basis: 'x' })).toMatch(
      /^Ledger entry "e-1" is not a valid LedgerEntry: parse it/,
    );
    expect(message({ ...parsed, id: 7 })).toMatch(/^Ledger entry \(no id\) is not a valid LedgerEntry/);
  });

  it('gives the same record for a JSON entry and for the entry the schema parsed from it (property)', () => {
    const arbEntry = fc
      .record({
        amount: fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String),
        unit: fc.constantFrom('barrel', 'tonne', 'kilolitre'),
        corruption: fc.option(fc.constantFrom(...corruptions), { nil: undefined }),
        through: fc.boolean(),
        single: fc.boolean(),
      })
      .map(({ amount, unit, corruption, through, single }) => {
        let entry = withValue(
          withValue(full, ['quantity'], { amount, unit }),
          ['deliveredThrough'],
          through ? '2018-03-31' : undefined,
        );
        if (single && corruption?.[1][0] !== 'conversion')
          entry = withValue(entry, ['conversion'], full.conversion[1]);
        return corruption === undefined ? entry : withValue(entry, corruption[1], corruption[2]);
      });
    fc.assert(
      fc.property(fc.array(arbEntry, { minLength: 1, maxLength: 8 }), (entries) => {
        const cache = newCache();
        for (const entry of entries) {
          const parsed = LedgerEntrySchema.safeParse(entry);
          const fromJson = read(entry, cache);
          if (!parsed.success) {
            expect(fromJson).toBe('ZodError');
            continue;
          }
          const fromParsed = read(parsed.data, cache) as EntryRecord;
          expect(typeof fromJson).toBe('object');
          const record = fromJson as EntryRecord;
          expect({ ...record, amounts: shown(record.amounts) }).toEqual({
            ...fromParsed,
            amounts: shown(fromParsed.amounts),
          });
          expect(shown(record.amounts)).toEqual(expectedAmounts(parsed.data));
        }
      }),
      { numRuns: 200 },
    );
  });
});

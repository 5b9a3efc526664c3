import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { hash } from '../../src/caps/report.js';
import { capReport, LedgerEntrySchema, parseDate } from '../../src/index.js';
import { codeOf } from '../helpers.js';
import { cap, delivery, dualCap } from './fixtures.js';

const d = parseDate;
const total = (r: ReturnType<typeof capReport>, p = 0, dim = 0) =>
  r.periods[p]?.dimensions[dim]?.total.amount.toFixed();

describe('capReport periods', () => {
  it('assigns entries to periods by delivery date, both period ends inclusive', () => {
    const report = capReport(cap, [
      delivery('10', '2018-01-01'),
      delivery('20', '2018-12-31'),
      delivery('5', '2019-01-01'),
    ]);
    expect(report.periods.map((p) => p.period)).toEqual([
      { start: '2018-01-01', end: '2018-12-31' },
      { start: '2019-01-01', end: '2019-12-31' },
    ]);
    expect(total(report, 0)).toBe('30');
    expect(total(report, 1)).toBe('5');
  });

  it('lists entries before the cap starts as outside every period', () => {
    const report = capReport(cap, [delivery('10', '2017-12-31', { id: 'early' })]);
    expect(report.notCounted).toEqual([
      expect.objectContaining({ entryId: 'early', reason: 'outside-periods' }),
    ]);
  });

  it('refuses to split an aggregate across periods, and says so', () => {
    const report = capReport(
      cap,
      [delivery('10', '2018-12-01', { id: 'across', deliveredThrough: '2019-01-31' })],
      { asOf: d('2019-06-01') },
    );
    expect(report.notCounted).toEqual([
      expect.objectContaining({ entryId: 'across', reason: 'spans-periods' }),
    ]);
  });

  it('runs to asOf: later periods are left out, and entries delivered or reported after it are not counted', () => {
    const report = capReport(
      cap,
      [
        delivery('10', '2018-03-01', { id: 'known' }),
        delivery('10', '2018-03-01', { id: 'late-news', reported: '2018-07-01' }),
        delivery('10', '2018-08-01', { id: 'later' }),
      ],
      { asOf: d('2018-06-30') },
    );
    expect(report.periods).toHaveLength(1);
    expect(report.periods[0]?.complete).toBe(false);
    expect(total(report)).toBe('10');
    expect(report.notCounted.map((n) => [n.entryId, n.reason])).toEqual([
      ['late-news', 'reported-after-as-of'],
      ['later', 'delivered-after-as-of'],
    ]);
  });

  it('lists entries for another cap as not counted', () => {
    const report = capReport(cap, [delivery('10', '2018-03-01', { id: 'x', cap: 'other.cap' })]);
    expect(report.notCounted).toEqual([expect.objectContaining({ entryId: 'x', reason: 'other-cap' })]);
    expect(report.periods).toEqual([]);
  });
});

describe('capReport totals and thresholds', () => {
  it('records a crossing exactly at 75 %, with the entry and the cumulative total', () => {
    const report = capReport(cap, [
      delivery('50', '2018-02-01', { id: 'a' }),
      delivery('25', '2018-03-01', { id: 'b' }),
      delivery('1', '2018-04-01', { id: 'c' }),
    ]);
    const period = report.periods[0];
    expect(
      period?.crossings.map((c) => [
        c.threshold.fraction.toFixed(),
        c.threshold.effect,
        c.date,
        c.entryId,
        c.cumulative.amount.toFixed(),
      ]),
    ).toEqual([['0.75', 'notify', '2018-03-01', 'b', '75']]);
    expect(period?.dimensions[0]?.utilisation).toEqual(expect.objectContaining({}));
    expect(String(period?.utilisation)).toBe('0.76');
    expect(period?.reached).toBe(false);
    expect(period?.exceeded).toBe(false);
  });

  it('does not record a crossing just below a threshold', () => {
    const report = capReport(cap, [delivery('74.999999', '2018-02-01')]);
    expect(report.periods[0]?.crossings).toEqual([]);
  });

  it('orders same-day entries by id to find the entry that crossed', () => {
    const report = capReport(cap, [
      delivery('70', '2018-02-01', { id: 'z' }),
      delivery('10', '2018-02-01', { id: 'a' }),
    ]);
    expect(report.periods[0]?.crossings[0]).toMatchObject({ entryId: 'z', date: '2018-02-01' });
  });

  it('reports the limit reached and exceeded, the excess, and every threshold passed by one entry', () => {
    const report = capReport(cap, [
      delivery('60', '2018-02-01'),
      delivery('60.5', '2018-05-01', { id: 'big' }),
    ]);
    const period = report.periods[0];
    expect(period?.crossings.map((c) => c.threshold.effect)).toEqual(['notify', 'cease', 'limit']);
    expect(period?.crossings.every((c) => c.entryId === 'big')).toBe(true);
    expect(period?.exceeded).toBe(true);
    expect(period?.dimensions[0]?.excess.amount.toFixed()).toBe('20.5');
    expect(period?.dimensions[0]?.remainingAtMost.amount.toFixed()).toBe('0');
    expect(period?.projectedExhaustion).toBeUndefined();
  });

  it("dates an aggregate's crossing on the last day it covers", () => {
    const report = capReport(cap, [delivery('80', '2018-01-01', { deliveredThrough: '2018-03-31' })]);
    expect(report.periods[0]?.crossings[0]?.date).toBe('2018-03-31');
    expect(report.periods[0]?.byMonth.map((m) => m.key)).toEqual(['2018-01/2018-03']);
  });

  it('totals by reporter and by month', () => {
    const report = capReport(cap, [
      delivery('1.5', '2018-01-10', { reporter: 'CHN' }),
      delivery('2', '2018-01-20', { reporter: 'RUS' }),
      delivery('3', '2018-02-01', { reporter: 'CHN' }),
    ]);
    const period = report.periods[0];
    expect(period?.byReporter.map((g) => [g.key, g.entries, g.totals[0]?.amount.toFixed()])).toEqual([
      ['CHN', 2, '4.5'],
      ['RUS', 1, '2'],
    ]);
    expect(period?.byMonth.map((g) => [g.key, g.totals[0]?.amount.toFixed()])).toEqual([
      ['2018-01', '3.5'],
      ['2018-02', '3'],
    ]);
  });

  it('projects exhaustion at the run-rate so far, and not without use', () => {
    const report = capReport(cap, [delivery('50', '2018-01-10')], { asOf: d('2018-01-31') });
    // 50 barrels in 31 days: the 100th barrel at day 62 (2018-03-03).
    expect(report.periods[0]?.projectedExhaustion).toBe('2018-03-03');
    const idle = capReport(cap, [], { asOf: d('2018-01-31') });
    expect(idle.periods[0]?.projectedExhaustion).toBeUndefined();
    const slow = capReport(cap, [delivery('1', '2018-01-10')], { asOf: d('2018-06-30') });
    expect(slow.periods[0]?.projectedExhaustion).toBeUndefined();
  });
});

describe('capReport corrections and retractions', () => {
  it('counts a correction instead of the entry it replaces', () => {
    const report = capReport(cap, [
      delivery('10', '2018-02-01', { id: 'first' }),
      delivery('12', '2018-02-01', { id: 'fixed', corrects: 'first' }),
    ]);
    expect(total(report)).toBe('12');
    expect(report.superseded).toEqual([{ entryId: 'first', by: 'fixed', kind: 'corrected' }]);
  });

  it('tells apart two ids with the same hash, as entries and as the targets of links', () => {
    // FNV-1a gives both the same 32 bits: the id index must compare the ids themselves.
    const [a, b] = ['e522789', 'e739192'];
    expect(hash(a)).toBe(hash(b));
    const report = capReport(cap, [
      delivery('10', '2018-02-01', { id: a }),
      delivery('20', '2018-02-01', { id: b }),
      delivery('12', '2018-02-02', { id: 'fix', corrects: b }),
    ]);
    expect(total(report)).toBe('22');
    expect(report.superseded).toEqual([{ entryId: b, by: 'fix', kind: 'corrected' }]);
    expect(
      codeOf(() =>
        capReport(cap, [delivery('1', '2018-02-01', { id: b }), delivery('2', '2018-02-01', { id: b })]),
      ),
    ).toBe('DUPLICATE_ENTRY');
  });

  it('withdraws a retracted entry and lists the retraction as not counted', () => {
    const retraction = { ...delivery('1', '2018-03-01', { id: 'oops', retracts: 'first' }) };
    delete (retraction as { quantity?: unknown }).quantity;
    const report = capReport(cap, [delivery('10', '2018-02-01', { id: 'first' }), retraction]);
    expect(total(report)).toBe('0');
    expect(report.superseded).toEqual([{ entryId: 'first', by: 'oops', kind: 'retracted' }]);
    expect(report.notCounted).toEqual([expect.objectContaining({ entryId: 'oops', reason: 'retraction' })]);
  });

  it('reports a correction of an unknown entry as an issue, not a crash, and counts it', () => {
    const report = capReport(cap, [delivery('10', '2018-02-01', { id: 'fix', corrects: 'ghost' })]);
    expect(total(report)).toBe('10');
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_CORRECTION_TARGET', entryId: 'fix' }),
    ]);
  });

  it('keeps the last-known of two corrections of one entry', () => {
    const report = capReport(cap, [
      delivery('10', '2018-02-01', { id: 'a' }),
      delivery('11', '2018-02-01', { id: 'b', corrects: 'a', reported: '2018-03-01' }),
      delivery('12', '2018-02-01', { id: 'c', corrects: 'a', reported: '2018-04-01' }),
    ]);
    expect(total(report)).toBe('12');
    expect(report.superseded.map((s) => [s.entryId, s.by])).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(report.issues.map((i) => i.code)).toEqual(['MULTIPLE_CORRECTIONS']);
  });

  it('does not let an allegation replace an official notification', () => {
    const report = capReport(
      cap,
      [
        delivery('10', '2018-02-01', { id: 'official' }),
        delivery('50', '2018-02-01', { id: 'claim', basis: 'alleged', corrects: 'official' }),
      ],
      { basis: ['reported', 'alleged'] },
    );
    expect(total(report)).toBe('60');
    expect(report.issues.map((i) => i.code)).toEqual(['BASIS_MISMATCH']);
  });

  it('ignores a correction reported after asOf', () => {
    const report = capReport(
      cap,
      [
        delivery('10', '2018-02-01', { id: 'first' }),
        delivery('12', '2018-02-01', { id: 'fixed', corrects: 'first', reported: '2018-08-01' }),
      ],
      { asOf: d('2018-06-30') },
    );
    expect(total(report)).toBe('10');
    expect(report.superseded).toEqual([]);
  });
});

describe('capReport units and bases', () => {
  it('makes utilisation unknown, with the reason, for entries in a unit with no conversion', () => {
    const report = capReport(cap, [
      delivery('10', '2018-02-01'),
      delivery('3', '2018-02-02', { id: 'tonnes', quantity: { amount: '3', unit: 'tonne' } }),
    ]);
    const period = report.periods[0];
    expect(period?.utilisation).toBe('unknown');
    expect(period?.dimensions[0]?.unknownBecause).toEqual(['tonnes']);
    expect(period?.exceeded).toBe('unknown');
    expect(period?.notCounted).toEqual([
      expect.objectContaining({ entryId: 'tonnes', reason: 'no-conversion' }),
    ]);
  });

  it('converts with a cited factor and counts the result exactly', () => {
    const factor = { from: 'tonne', to: 'barrel', multiplier: '11.6', source: '1718 Committee chart, LPG' };
    const report = capReport(cap, [
      delivery('5', '2018-02-01', { quantity: { amount: '5', unit: 'tonne' }, conversion: factor }),
    ]);
    expect(total(report)).toBe('58');
    expect(String(report.periods[0]?.utilisation)).toBe('0.58');
  });

  it('tracks dual limits per dimension and names the binding one', () => {
    const report = capReport(dualCap, [
      delivery('20', '2018-02-01', {
        cap: dualCap.id,
        conversion: { from: 'barrel', to: 'tonne', multiplier: '0.1', source: 'test factor' },
      }),
      delivery('3', '2018-03-01', {
        cap: dualCap.id,
        quantity: { amount: '3', unit: 'tonne' },
        conversion: { from: 'tonne', to: 'barrel', multiplier: '7', source: 'test factor' },
      }),
    ]);
    const period = report.periods[0];
    expect(
      period?.dimensions.map((dim) => [dim.limit.unit, dim.total.amount.toFixed(), String(dim.utilisation)]),
    ).toEqual([
      ['barrel', '41', '1.025'],
      ['tonne', '5', '1'],
    ]);
    expect(period?.binding).toBe('barrel');
    expect(period?.exceeded).toBe(true);
    expect(period?.crossings.map((c) => [c.dimension, c.entryId])).toEqual([
      ['barrel', expect.any(String)],
      ['tonne', expect.any(String)],
    ]);
  });

  it('makes only the dimension without a factor unknown', () => {
    const report = capReport(dualCap, [delivery('20', '2018-02-01', { id: 'bbl-only', cap: dualCap.id })]);
    const period = report.periods[0];
    expect(period?.dimensions.map((dim) => String(dim.utilisation))).toEqual(['0.5', 'unknown']);
    expect(period?.dimensions[1]?.unknownBecause).toEqual(['bbl-only']);
    expect(period?.utilisation).toBe('unknown');
    expect(period?.binding).toBe('barrel');
    expect(period?.counted).toBe(1);
  });

  it('counts only the selected bases', () => {
    const ledger = [delivery('10', '2018-02-01'), delivery('70', '2018-02-01', { basis: 'alleged' })];
    expect(total(capReport(cap, ledger))).toBe('10');
    expect(total(capReport(cap, ledger, { basis: ['alleged'] }))).toBe('70');
    expect(total(capReport(cap, ledger, { basis: ['reported', 'alleged'] }))).toBe('80');
  });
});

describe('capReport input checks', () => {
  it('refuses duplicate ids with DUPLICATE_ENTRY', () => {
    expect(
      codeOf(() =>
        capReport(cap, [
          delivery('1', '2018-01-02', { id: 'same' }),
          delivery('2', '2018-01-03', { id: 'same' }),
        ]),
      ),
    ).toBe('DUPLICATE_ENTRY');
    try {
      capReport(cap, [
        delivery('1', '2018-01-02', { id: 'twice' }),
        delivery('2', '2018-01-03', { id: 'twice' }),
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('"twice"');
      expect((error as { details?: unknown }).details).toEqual({ id: 'twice' });
    }
  });

  it('sends a conversion factor whose units are not strings to the schema, which refuses it', () => {
    const factor = { to: 'barrel', multiplier: '7', source: 's' };
    for (const conversion of [
      { ...factor, from: ['tonne'] },
      { from: 'tonne', ...factor, to: ['barrel'] },
    ]) {
      expect(() =>
        capReport(cap, [
          // A JavaScript caller's malformed factor, which the types refuse.
          delivery('3', '2018-02-02', {
            quantity: { amount: '3', unit: 'tonne' },
            conversion: conversion as never,
          }),
        ]),
      ).toThrow(ZodError);
    }
  });

  it("rejects bad JSON entries with the schema's paths, after the entry's index", () => {
    try {
      capReport(cap, [delivery('1', '2018-02-30')]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]?.path).toEqual([0, 'delivered']);
    }
    expect(() => capReport(cap, [delivery('1e3', '2018-02-01')])).toThrow(ZodError);
    expect(() => capReport(cap, [delivery('-1', '2018-02-01')])).toThrow(ZodError);
  });

  it('accepts parsed entries as well as JSON, with the same result', () => {
    const json = [
      delivery('10.25', '2018-02-01'),
      delivery('3', '2018-02-02', {
        quantity: { amount: '3', unit: 'tonne' },
        conversion: [{ from: 'tonne', to: 'barrel', multiplier: '7.5', source: 's' }],
      }),
    ];
    const parsed = json.map((e) => LedgerEntrySchema.parse(e));
    expect(JSON.stringify(capReport(cap, parsed))).toBe(JSON.stringify(capReport(cap, json)));
  });

  it('refuses malformed parsed entries with INVALID_INPUT', () => {
    const parsed = LedgerEntrySchema.parse(delivery('1', '2018-02-01'));
    expect(codeOf(() => capReport(cap, [{ ...parsed, delivered: '2018-13-01' as never }]))).toBe(
      'INVALID_INPUT',
    );
  });

  it('refuses bad options', () => {
    expect(codeOf(() => capReport(cap, [], { basis: [] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => capReport(cap, [], { basis: ['rumoured' as never] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => capReport(cap, [], { asOf: '2018-02-30' as never }))).toBe('INVALID_DATE');
    expect(codeOf(() => capReport({ ...cap, limits: [] }, []))).toBe('INVALID_INPUT');
  });

  it('does not mutate the ledger', () => {
    const ledger = [delivery('10', '2018-02-01'), delivery('12', '2018-02-01', { corrects: 'e0001' })];
    const before = JSON.stringify(ledger);
    capReport(cap, ledger);
    expect(JSON.stringify(ledger)).toBe(before);
  });
});

describe('capReport at scale (regressions)', () => {
  // Found by review: the report appended the link issues with push(...issues), which overflows the stack past
  // about 130,000 arguments.
  it('reports 200,000 link issues without overflowing the stack', () => {
    const aggregate = delivery('1', '2018-01-05', {
      supersedes: Array.from({ length: 200_000 }, (_, i) => `u${i}`),
    });
    const report = capReport(cap, [aggregate]);
    expect(report.issues).toHaveLength(200_000);
    expect(report.issues[199_999]).toMatchObject({ code: 'UNKNOWN_SUPERSEDED_TARGET' });
  });
});

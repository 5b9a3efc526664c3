// CSV ledgers: what spreadsheets export is read, what is ambiguous is refused by row and column, and the sample of
// examples/ is the bundled ledger.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  delimiterOf,
  describeCsvProblem,
  LEDGER_COLUMNS,
  parseCsvLedger,
} from '../../src/cli/csvLedger.js';
import { refinedPetroleumLedger } from '../../src/data/index.js';
import { LedgerSchema } from '../../src/index.js';
import { root } from '../docs/examples.js';

const HEADER = 'id,cap,delivered,amount,unit,reporter,basis,source';
const row = (id: string, amount = '100', extra = '') =>
  `${id},dprk.refined-petroleum.cap,2018-03-01,${amount},barrel,CHN,reported,notification${extra}`;
const json = (value: unknown) => JSON.stringify(value);

describe('parseCsvLedger', () => {
  it('reads the sample of examples/ as the bundled ledger, entry for entry', () => {
    const ledger = parseCsvLedger(
      readFileSync(join(root, 'examples', 'refined-petroleum-ledger.csv'), 'utf8'),
    );
    expect(ledger.problems).toEqual([]);
    expect(ledger.inputs).toEqual(refinedPetroleumLedger);
    expect(json(ledger.entries)).toBe(json(LedgerSchema.parse(refinedPetroleumLedger)));
  });

  it('accepts a BOM, CRLF, quoted fields with commas, quotes and line breaks, and spaces around cells', () => {
    const text = `\ufeff${HEADER},note\r\n${row('a')}," a ""quoted"", two-line\r\nnote "\r\n  b , dprk.refined-petroleum.cap , 2018-03-02 , 5 , barrel , CHN , reported , x ,\r\n`;
    const ledger = parseCsvLedger(text);
    expect(ledger.problems).toEqual([]);
    expect(ledger.inputs.map((e) => [e.id, e.delivered, e.quantity?.amount, e.note])).toEqual([
      // Spaces inside quotes are the cell's own.
      ['a', '2018-03-01', '100', ' a "quoted", two-line\r\nnote '],
      ['b', '2018-03-02', '5', undefined],
    ]);
  });

  it('matches column names without regard to case, spaces, underscores or hyphens, and knows a few aliases', () => {
    const text = `ID,Cap,Delivered,Delivered through,Quantity,Unit,Reporter,Basis,Source document,source_url\n${row('a', '1', ',2018-03-31,,').replace(',2018-03-01,1,', ',2018-03-01,2018-03-31,1,').replace(',2018-03-31,,', ',https://example.org')}\n`;
    const ledger = parseCsvLedger(text);
    expect(ledger.problems).toEqual([]);
    expect(ledger.inputs[0]).toMatchObject({
      deliveredThrough: '2018-03-31',
      source: { document: 'notification', url: 'https://example.org' },
    });
  });

  it('reads the semicolons and tabs some spreadsheets write between cells, and still refuses a decimal comma', () => {
    const semicolons = `${HEADER.replaceAll(',', ';')}\n${row('a').replaceAll(',', ';')}\n${row('b', '2,5').replaceAll(',', ';').replace(';2;5;', ';2,5;')}\n`;
    const ledger = parseCsvLedger(semicolons);
    expect(ledger.inputs.map((e) => e.id)).toEqual(['a']);
    expect(ledger.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, 'amount', '"2,5" has a comma: amounts use a point for decimals (2.5) and no thousands separator.'],
    ]);
    const tabs = parseCsvLedger(`${HEADER.replaceAll(',', '\t')}\n${row('a').replaceAll(',', '\t')}\n`);
    expect(tabs.problems).toEqual([]);
    expect(delimiterOf('"a,b";c;d\n')).toBe(';');
    expect(delimiterOf('a;b,c\n')).toBe(',');
  });

  it('accepts empty trailing columns, but not a value under no header', () => {
    expect(parseCsvLedger(`${HEADER},,\n${row('a')},,\n${row('b')}\n`).problems).toEqual([]);
    expect(parseCsvLedger(`${HEADER},,\n${row('a')},,oops\n`).problems).toEqual([
      {
        row: 2,
        letter: 'J',
        message: 'column J has a value ("oops") but no header: name the column, or remove the value.',
      },
    ]);
  });

  it('reads conversion factors, supersessions and retractions', () => {
    const text = [
      `${HEADER},conversionFrom,conversionTo,conversionMultiplier,conversionSource,supersedes,retracts`,
      `${row('t', '10').replace('barrel', 'tonne')},tonne,barrel,7.33,BP statistical review,,`,
      `${row('all', '200')},,,,,a; b ;,`,
      `${row('r', '')},,,,,,t`,
    ].join('\n');
    const ledger = parseCsvLedger(text);
    expect(ledger.problems).toEqual([]);
    expect(ledger.inputs.map((e) => [e.conversion, e.supersedes, e.retracts, e.quantity])).toEqual([
      [
        { from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'BP statistical review' },
        undefined,
        undefined,
        { amount: '10', unit: 'tonne' },
      ],
      [undefined, ['a', 'b'], undefined, { amount: '200', unit: 'barrel' }],
      [undefined, undefined, 't', undefined],
    ]);
  });

  it('refuses a thousands separator with a hint, and removes it only when told which one', () => {
    const text = `${HEADER}\n${row('a', '"120,000"')}\n${row('b', '1 234 567.5')}\n${row('c', '"12,34"')}\n`;
    expect(parseCsvLedger(text).problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [
        2,
        'amount',
        '"120,000" has a thousands separator (","), which is never guessed: write 120000, or pass --thousands-separator "," to remove it from every amount.',
      ],
      [
        3,
        'amount',
        '"1 234 567.5" has a thousands separator (" "), which is never guessed: write 1234567.5, or pass --thousands-separator " " to remove it from every amount.',
      ],
      [
        4,
        'amount',
        '"12,34" has a comma: amounts use a point for decimals (12.34) and no thousands separator.',
      ],
    ]);
    const accepted = parseCsvLedger(`${HEADER}\n${row('a', '"120,000"')}\n${row('b', '"1,234,567.25"')}\n`, {
      thousandsSeparator: ',',
    });
    expect(accepted.inputs.map((e) => e.quantity?.amount)).toEqual(['120000', '1234567.25']);
    // A separator other than the one accepted, or groups that are not of three digits, are still refused.
    const mixed = parseCsvLedger(`${HEADER}\n${row('a', '1 000')}\n${row('b', '"1,00"')}\n`, {
      thousandsSeparator: ',',
    });
    expect(mixed.problems.map((p) => p.row)).toEqual([2, 3]);
  });

  it('reports every problem of a row: a bad amount does not hide a bad unit', () => {
    const text = `${HEADER}\n${row('a', '"1200,5"').replace(',barrel,', ',barrels,')}\n`;
    expect(parseCsvLedger(text).problems.map((p) => `${p.column}: ${p.message}`)).toEqual([
      'amount: "1200,5" has a comma: amounts use a point for decimals (1200.5) and no thousands separator.',
      'unit: "barrels": Unknown unit: expected one of barrel, tonne, kilolitre, usd, item',
    ]);
  });

  it('names the problems of a header: unknown, missing and repeated columns', () => {
    const problems = parseCsvLedger('id,id,date,amount\nx,y,z,1\n').problems;
    expect(problems.map((p) => p.message)).toEqual([
      'column id appears twice (A and B).',
      `unknown column "date" (C): the columns are ${LEDGER_COLUMNS.map((c) => c.name).join(', ')} (see docs/cli.md).`,
      'missing columns cap, delivered, unit, reporter, basis, source: a ledger needs id, cap, delivered, amount, unit, reporter, basis, source.',
    ]);
  });

  it('refuses an empty file, a header without rows, and text that is not CSV', () => {
    expect(parseCsvLedger('').problems[0]?.message).toMatch(/^the file is empty: expected a header row/);
    expect(parseCsvLedger('\n\n').problems[0]?.message).toMatch(/^the file is empty/);
    expect(parseCsvLedger(`${HEADER}\n`).problems).toEqual([
      { row: 1, message: 'the file has a header row and no entries.' },
    ]);
    const broken = parseCsvLedger(`${HEADER}\n"unclosed,1\n`);
    expect(broken.problems[0]?.message).toMatch(/^not readable as CSV: /);
  });

  it('reports each schema problem at its column, with the value', () => {
    const text = `${HEADER},sourceDate,conversionMultiplier,conversionFrom,conversionTo,conversionSource\n${row('a', '1', ',2018-13-01,-2,tonne,barrel,x')}\n`;
    const problems = parseCsvLedger(text).problems.map((p) => `${p.column} ${p.letter}: ${p.message}`);
    expect(problems).toEqual([
      'conversionMultiplier J: "-2": A conversion multiplier must be greater than zero',
      'sourceDate I: "2018-13-01": This calendar date does not exist (years 0001 to 9999)',
    ]);
  });

  it('reports progress every 10,000 rows when asked', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(`e${i}`));
    const calls: [number, number][] = [];
    const ledger = parseCsvLedger([HEADER, ...rows].join('\n'), { onProgress: (d, t) => calls.push([d, t]) });
    expect(ledger.entries).toHaveLength(20_000);
    expect(calls).toEqual([
      [10_000, 20_000],
      [20_000, 20_000],
    ]);
  });
});

describe('columnLetter and describeCsvProblem', () => {
  it('name columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(describeCsvProblem('l.csv', { row: 3, column: 'amount', letter: 'D', message: 'm' })).toBe(
      'l.csv, row 3, column amount (D): m',
    );
    expect(describeCsvProblem('l.csv', { row: 3, letter: 'D', message: 'm' })).toBe(
      'l.csv, row 3, column D: m',
    );
    expect(describeCsvProblem('l.csv', { row: 1, message: 'm' })).toBe('l.csv, row 1: m');
  });
});

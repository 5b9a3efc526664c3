// The cases the end-to-end tests (cli.test.ts, the built bin) and the in-process tests (run.test.ts) share: the
// text outputs compared with tests/cli/expected, and the bad-input table with each exit code and message.
import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './bin.js';

const CAP = 'dprk.refined-petroleum.cap';
const SAMPLE = join(root, 'examples', 'refined-petroleum-ledger.csv');

/** The committed expected output of a text case. */
export const expectedFile = (name: string) => join(root, 'tests', 'cli', 'expected', `${name}.txt`);

/** Text outputs: a name (its expected file) and the arguments (run with --width 100). */
export const textCases: [string, string[]][] = [
  ['in-force-dprk-2018-09-27', ['in-force', 'dprk-1718', '2018-09-27']],
  ['in-force-iran-2017-relief', ['in-force', 'iran-2231', '2017-01-01', '--relief', 'jcpoa']],
  [
    'assess-refined-petroleum',
    [
      'assess',
      'dprk-1718',
      '--commodity',
      'refined-petroleum',
      '--direction',
      'to-target',
      '--on',
      '2018-09-27',
    ],
  ],
  ['changes-dprk-2017', ['changes', 'dprk-1718', '--from', '2017-01-01', '--to', '2017-12-31']],
  ['calendar-dprk-2023', ['calendar', 'dprk-1718', '--from', '2023-01-01', '--to', '2024-12-31']],
  ['cap-report-2018', ['cap-report', 'dprk-1718', CAP, '--as-of', '2018-09-27']],
  [
    'evaluate-moratorium',
    [
      'evaluate',
      join('tests', 'cli', 'fixtures', 'condition.json'),
      '--evidence',
      'dprk',
      '--on',
      '2018-09-27',
    ],
  ],
  ['plan-kor-2018-09-27', ['plan', 'dprk-2018-kor', '--on', '2018-09-27']],
  ['plan-jcpoa-timeline', ['plan', 'jcpoa', '--from', '2015-07-01', '--to', '2025-12-31']],
  ['validate-sample', ['validate', join('examples', 'refined-petroleum-ledger.csv')]],
  // The help is the command line's manual: each page is a reviewed output too.
  ['help', ['--help']],
  ...['in-force', 'assess', 'changes', 'calendar', 'cap-report', 'evaluate', 'plan', 'validate'].map(
    (command): [string, string[]] => [`help-${command}`, [command, '--help']],
  ),
];

/** A bad input: its name, the arguments, the exit code and what stderr says. */
export type BadInputCase = [name: string, args: string[], code: number, message: RegExp];

/**
 * Writes the files of the bad-input table into `work`. The table holds a missing file, a directory, binary garbage, text that is not
 * UTF-8, an empty CSV, a header-only CSV, wrong columns, a 200 MB file (sparse: refused by its size before a byte is
 * read), JSON with a syntax error, an unknown regime, an unknown cap, a bad date, an unknown --format, and usage
 * errors. The caller removes big.csv when done.
 */
export function writeBadInputs(work: string): void {
  const fd = openSync(join(work, 'big.csv'), 'w');
  ftruncateSync(fd, 200_000_000);
  closeSync(fd);
  writeFileSync(
    join(work, 'garbage.bin'),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x13]),
  );
  writeFileSync(
    join(work, 'latin1.csv'),
    Buffer.from('id,cap,delivered\nd\xe9j\xe0,x,2018-01-01\n', 'latin1'),
  );
  writeFileSync(join(work, 'empty.csv'), '');
  writeFileSync(join(work, 'header-only.csv'), `${readFileSync(SAMPLE, 'utf8').split('\n')[0]}\n`);
  writeFileSync(
    join(work, 'wrong-columns.csv'),
    'id,cap,date,qty,unit,reporter,basis,source\na,b,2018-01-01,1,barrel,CHN,reported,x\n',
  );
  writeFileSync(join(work, 'bad.json'), '[\n  { "id": "a",\n  }\n]\n');
}

/** The bad-input table for the files {@link writeBadInputs} writes into `work`. */
export function badInputCases(work: string): BadInputCase[] {
  const big = join(work, 'big.csv');
  const garbage = join(work, 'garbage.bin');
  const latin1 = join(work, 'latin1.csv');
  const empty = join(work, 'empty.csv');
  const headerOnly = join(work, 'header-only.csv');
  const wrongColumns = join(work, 'wrong-columns.csv');
  const badJson = join(work, 'bad.json');
  const capReport = (ledger: string) => ['cap-report', 'dprk-1718', CAP, '--ledger', ledger];
  const table: [string, () => string[], number, RegExp][] = [
    ['a missing file', () => capReport(join(work, 'nope.csv')), 1, /No such file: .*nope\.csv$/m],
    ['a directory', () => capReport(work), 1, /is a directory: give the path of a file\./],
    ['binary garbage', () => capReport(garbage), 1, /garbage\.bin is not a text file \(it holds NUL bytes\)/],
    ['text that is not UTF-8', () => capReport(latin1), 1, /latin1\.csv is not UTF-8 text: save it as UTF-8/],
    [
      'an empty CSV',
      () => capReport(empty),
      1,
      /empty\.csv, row 1: the file is empty: expected a header row/,
    ],
    [
      'a header-only CSV',
      () => capReport(headerOnly),
      1,
      /header-only\.csv, row 1: the file has a header row and no entries\./,
    ],
    [
      'wrong columns',
      () => capReport(wrongColumns),
      1,
      /wrong-columns\.csv, row 1: unknown columns "date" \(C\), "qty" \(D\): the columns are id, cap, delivered,/,
    ],
    [
      'a 200 MB file',
      () => capReport(big),
      1,
      /big\.csv is 200\.0 MB, over the limit of 100\.0 MB: it was not read\./,
    ],
    [
      'JSON with a syntax error',
      () => capReport(badJson),
      1,
      /bad\.json is not valid JSON at line 3, column 3: /,
    ],
    [
      'an unknown regime',
      () => ['in-force', 'dprk-1719', '2018-09-27'],
      1,
      /Unknown regime "dprk-1719": give a bundled regime \(dprk-1718, iran-2231, ssd-2206\)/,
    ],
    [
      'a regime file that is missing',
      () => ['in-force', './dprk.json', '2018-09-27'],
      1,
      /No such file: \.\/dprk\.json/,
    ],
    [
      'an unknown cap',
      () => ['cap-report', 'dprk-1718', 'dprk.petrol.cap'],
      1,
      /Unknown cap "dprk\.petrol\.cap" in regime dprk-1718: its caps are /,
    ],
    [
      'a measure that is not a cap',
      () => ['cap-report', 'dprk-1718', 'dprk.asset-freeze'],
      1,
      /dprk\.asset-freeze is not a quantity cap but a measure of kind asset-freeze: the caps of dprk-1718 are /,
    ],
    [
      'a bad date',
      () => ['in-force', 'dprk-1718', '2018-02-30'],
      2,
      /: The date "2018-02-30" is not a calendar date: write it as YYYY-MM-DD/,
    ],
    [
      'a bad --as-of',
      () => ['cap-report', 'dprk-1718', CAP, '--as-of', '27/09/2018'],
      2,
      /--as-of "27\/09\/2018" is not a calendar date/,
    ],
    [
      'an unknown --format',
      () => ['in-force', 'dprk-1718', '2018-09-27', '--format', 'xml'],
      2,
      /--format "xml": in-force writes text, json, csv\./,
    ],
    [
      'svg where it makes no sense',
      () => ['in-force', 'dprk-1718', '2018-09-27', '--format', 'svg'],
      2,
      /in-force writes text, json, csv/,
    ],
    [
      'an unknown command',
      () => ['in-forse'],
      2,
      /Unknown command "in-forse": the commands are in-force, assess,/,
    ],
    [
      'an unknown option',
      () => ['in-force', 'dprk-1718', '2018-09-27', '--relif', 'jcpoa'],
      2,
      /Unknown option '--relif'/,
    ],
    [
      'a missing argument',
      () => ['in-force', 'dprk-1718'],
      2,
      /in-force needs <date>: sanctions-regime in-force <regime> <date>/,
    ],
    [
      'an extra argument',
      () => ['changes', 'dprk-1718', '2018'],
      2,
      /changes takes <regime>; unexpected "2018"/,
    ],
    [
      'calendar without --to',
      () => ['calendar', 'dprk-1718', '--from', '2023-01-01'],
      2,
      /calendar needs --to\./,
    ],
    [
      'calendar backwards',
      () => ['calendar', 'dprk-1718', '--from', '2024-01-01', '--to', '2023-01-01'],
      2,
      /--to 2023-01-01 is before --from 2024-01-01\./,
    ],
    [
      'an unknown basis',
      () => ['cap-report', 'dprk-1718', CAP, '--basis', 'official'],
      2,
      /--basis "official" is not a basis: use reported, alleged or estimated/,
    ],
    [
      'a bad direction',
      () => ['assess', 'dprk-1718', '--commodity', 'coal', '--direction', 'in', '--on', '2018-01-01'],
      2,
      /--direction is to-target .* or from-target .*, not "in"/,
    ],
    [
      'an unknown commodity',
      () => [
        'assess',
        'dprk-1718',
        '--commodity',
        'petrol',
        '--direction',
        'to-target',
        '--on',
        '2018-01-01',
      ],
      2,
      /--commodity "petrol" is not in the commodity vocabulary/,
    ],
    [
      'plan without a day',
      () => ['plan', 'jcpoa'],
      2,
      /plan needs --on <date> to evaluate the plan that day, or --from <date> --to <date>/,
    ],
    [
      'an unknown plan',
      () => ['plan', 'jcpoa2', '--on', '2018-01-01'],
      1,
      /Unknown plan "jcpoa2": give a bundled plan \(jcpoa, /,
    ],
  ];

  return table.map(([name, args, code, message]) => [name, args(), code, message]);
}

/** The names of the bad-input cases. */
export const badInputNames: string[] = badInputCases('').map(([name]) => name);

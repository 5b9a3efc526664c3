// The command line's answers, word for word: every format of every command, the ledger files an analyst's
// spreadsheet exports (delimiters, header spellings, conversions, retractions, blank and extra columns), and the
// refusals of each option and file, each compared in full (exit code, stdout, stderr) with a reviewed file in
// tests/cli/expected/golden/. After a deliberate change: UPDATE_EXPECTED=1 npx vitest run tests/cli/golden.test.ts,
// then read the diff before committing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunContext, run } from '../../src/cli/run.js';
import {
  dprk1718Input,
  dprkEvidenceInput,
  jcpoaPlanInput,
  southSudan2206Input as ssd2206Input,
} from '../../src/data/index.js';

const work = mkdtempSync(join(tmpdir(), 'sanctions-regime-golden-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const piped: RunContext = { stderrIsTTY: false, writeProgress: () => undefined };
const CAP = 'dprk.refined-petroleum.cap';
const HEADER = 'id,cap,delivered,amount,unit,reporter,basis,source';
const row = (id: string, delivered: string, amount: string, extra = '') =>
  `${id},${CAP},${delivered},${amount},barrel,CHN,reported,notification ${id}${extra}`;
const entry = (id: string, delivered: string, amount: string, more: Record<string, unknown> = {}) => ({
  id,
  cap: CAP,
  delivered,
  quantity: { amount, unit: 'barrel' },
  reporter: 'CHN',
  basis: 'reported',
  source: { document: `notification ${id}` },
  ...more,
});

const files = {
  ssd: file('ssd.json', JSON.stringify(ssd2206Input)),
  dprk: file('dprk.json', JSON.stringify(dprk1718Input)),
  plan: file('plan.json', JSON.stringify(jcpoaPlanInput)),
  plans: file('plans.json', JSON.stringify({ jcpoa: jcpoaPlanInput })),
  evidence: file('evidence.json', JSON.stringify(dprkEvidenceInput)),
  condition: file('condition.json', JSON.stringify({ op: 'all', of: [] })),
  badCondition: file('bad-condition.json', JSON.stringify({ op: 'al', of: [] })),
  badRegime: file('bad-regime.json', JSON.stringify({ ...ssd2206Input, resolutions: 'none' })),
  badPlan: file('bad-plan.json', JSON.stringify({ ...jcpoaPlanInput, phases: [{ id: 1 }] })),
  unknown: file('unknown.json', JSON.stringify({ hello: 'world' })),
  bom: file('bom.json', `\ufeff${JSON.stringify([entry('a', '2018-01-15', '100')])}`),
  ledger: file(
    'ledger.json',
    JSON.stringify([
      entry('a', '2018-01-15', '100000'),
      entry('b', '2018-03-15', '350000'),
      entry('c', '2018-06-15', '100000', { basis: 'estimated' }),
      { ...entry('d', '2018-07-15', '1'), quantity: undefined, retracts: 'a' },
    ]),
  ),
  emptyLedger: file('empty-ledger.json', '[]'),
  notLedger: file('not-ledger.json', '{"entries": []}'),
  badLedger: file(
    'bad-ledger.json',
    JSON.stringify([entry('a', '2018-01-15', '100'), entry('a', '2018-02-15', '1,000'), { id: 7 }, 'x']),
  ),
  badPlans: file(
    'bad-plans.json',
    JSON.stringify({ jcpoa: jcpoaPlanInput, broken: { ...jcpoaPlanInput, id: '', phases: 'none' } }),
  ),
  notPlans: file('not-plans.json', JSON.stringify({ jcpoa: jcpoaPlanInput, other: { id: 'x' } })),
  nullPlans: file('null-plans.json', JSON.stringify({ jcpoa: jcpoaPlanInput, other: null })),
  emptyObject: file('empty-object.json', '{}'),
  manyBad: file(
    'many-bad.json',
    JSON.stringify(Array.from({ length: 25 }, (_, i) => entry(`e${i}`, '2018-01-15', `${i},5`))),
  ),
  position: file('position.json', '[1,\n 2'),
  syntax: file('syntax.json', '{\n  "id": "x",\n  "title": \n}\n'),
  emptyJson: file('empty.json', ''),
  csv: file(
    'ledger.csv',
    [
      HEADER,
      row('a', '2018-01-15', '100000'),
      row('b', '2018-03-15', '"350,000"'),
      row('c', '2018-06-15', '1 000'),
    ].join('\n'),
  ),
  clean: file(
    'clean.csv',
    [
      HEADER,
      row('a', '2018-01-15', '"100,000"'),
      row('b', '2018-03-15', '"350,000"'),
      row('c', '2018-06-15', '"100,000"'),
    ].join('\n'),
  ),
  semicolon: file(
    'semicolon.csv',
    [HEADER.replaceAll(',', ';'), `a;${CAP};2018-01-15;100000,5;barrel;CHN;reported;notification a`].join(
      '\n',
    ),
  ),
  tab: file(
    'tab.csv',
    [
      HEADER.replaceAll(',', '\t'),
      `a\t${CAP}\t2018-01-15\t100000\tbarrel\tCHN\treported\tnotification a`,
    ].join('\n'),
  ),
  aliases: file(
    'aliases.csv',
    [
      '\ufeffID,Cap,Delivered,Quantity Amount,Quantity_Unit,Reporter,Basis,Source Document,Source URL,Source-Date,Source Quote,Source Note,Conversion From,Conversion To,Conversion Multiplier,Conversion Source,,',
      `a,${CAP},2018-01-15,1000,tonne,CHN,reported,notice a,https://example.org/a,2018-02-01,"""1,000 t""",as notified,tonne,barrel,7.33,UN practice,,`,
      `b,${CAP},2018-02-15,10,tonne,CHN,reported,notice b,,,,,tonne,,7.33,,,stray`,
    ].join('\n'),
  ),
  problems: file(
    'problems.csv',
    [
      `${HEADER},retracts,corrects`,
      row('a', '2018-01-15', '100', ','),
      row('a', '2018-01-16', '100', ','),
      row('b', '', '100', ','),
      row('c', '2018-01-17', '', ','),
      row('d', '2018-01-18', '5', ',a,'),
      row('e', '2018-01-19', '', ',a,'),
      row('f', '2018-01-20', '12,5', ','),
      row('g', '2018-01-21', 'lots', ','),
      `h,${CAP},2018-01-22,1,barrel,CHN,reported,,,`,
    ].join('\n'),
  ),
  fields: file(
    'fields.csv',
    [
      `${HEADER},sourceUrl,sourceDate,sourceQuote,sourceNote,conversionFrom,conversionTo,conversionMultiplier,conversionSource,supersedes`,
      `a,${CAP},2018-01-15,10,tonne,CHN,reported,,,2018-13-01,,,tonne,barrel,seven,UN practice,`,
      `b,${CAP},2018-01-16,10,tonne,CHN,reported,notice b,,,,,Tonne,barrel,7.33,UN practice,`,
      `c,${CAP},2018-01-17,10,barrel,CHN,reported,notice c,,,,,,,,,a; b;`,
      `d,${CAP},2018-01-18,10,barrel,CHN,reported,notice d,,,,,,,,,a;d`,
    ].join('\n'),
  ),
  missingOne: file('missing-one.csv', `${HEADER.replace(',source', '')}\n${row('a', '2018-01-15', '1')}`),
  missingTwo: file(
    'missing-two.csv',
    `${HEADER.replace(',source', '').replace(',basis', '')}\n${row('a', '2018-01-15', '1')}`,
  ),
  unreadable: file('unreadable.csv', `${HEADER}\n"a,${CAP}`),
  thousands: join('tests', 'cli', 'fixtures', 'thousands.csv'),
};
mkdirSync(join(work, 'dir.json'));

/** Each case: a name (its file in tests/cli/expected/golden/) and the arguments. */
const cases: [string, string[]][] = [
  // in-force
  ['in-force-ssd-json', ['in-force', 'ssd-2206', '2019-01-01', '-f', 'json']],
  ['in-force-ssd-csv', ['in-force', files.ssd, '2019-01-01', '-f', 'csv']],
  ['in-force-iran-relief-csv', ['in-force', 'iran-2231', '2017-01-01', '--relief', 'jcpoa', '-f', 'csv']],
  [
    'in-force-two-plans',
    [
      'in-force',
      'dprk-1718',
      '2018-09-27',
      '--relief',
      'dprk-2018-kor',
      '--relief',
      'dprk-2018-usa',
      '-f',
      'csv',
    ],
  ],
  [
    'in-force-plans-evidence-mismatch',
    [
      'in-force',
      'dprk-1718',
      '2018-09-27',
      '--relief',
      'jcpoa',
      '--relief',
      'dprk-2018-usa',
      '--evidence',
      'dprk',
      '--evidence',
      'jcpoa',
      '--evidence',
      'ssd',
    ],
  ],
  [
    'in-force-plan-file',
    ['in-force', 'iran-2231', '2016-06-01', '--relief', files.plan, '--evidence', 'jcpoa'],
  ],
  // assess
  [
    'assess-json',
    [
      'assess',
      'dprk-1718',
      '--commodity',
      'coal',
      '--direction',
      'from-target',
      '--on',
      '2018-01-01',
      '-f',
      'json',
    ],
  ],
  [
    'assess-csv',
    [
      'assess',
      'dprk-1718',
      '--commodity',
      'coal',
      '--direction',
      'from-target',
      '--on',
      '2016-01-01',
      '-f',
      'csv',
    ],
  ],
  [
    'assess-text-from',
    ['assess', 'dprk-1718', '--commodity', 'coal', '--direction', 'from-target', '--on', '2018-01-01'],
  ],
  ['assess-missing-direction', ['assess', 'dprk-1718', '--commodity', 'coal', '--on', '2018-01-01']],
  ['assess-missing-on', ['assess', 'dprk-1718', '--commodity', 'coal', '--direction', 'to-target']],
  // changes
  ['changes-ssd', ['changes', 'ssd-2206']],
  ['changes-ssd-from', ['changes', 'ssd-2206', '--from', '2023-01-01']],
  ['changes-ssd-to', ['changes', 'ssd-2206', '--to', '2016-01-01']],
  ['changes-ssd-json', ['changes', 'ssd-2206', '--from', '2019-01-01', '--to', '2021-12-31', '-f', 'json']],
  ['changes-ssd-json-open', ['changes', 'ssd-2206', '--from', '2025-01-01', '-f', 'json']],
  ['changes-ssd-csv', ['changes', 'ssd-2206', '--from', '2019-01-01', '--to', '2021-12-31', '-f', 'csv']],
  ['changes-ssd-svg', ['changes', 'ssd-2206', '-f', 'svg']],
  ['changes-ssd-svg-from', ['changes', 'ssd-2206', '--from', '2020-01-01', '-f', 'svg']],
  ['changes-reversed', ['changes', 'ssd-2206', '--from', '2020-01-01', '--to', '2019-01-01']],
  // calendar
  ['calendar-json', ['calendar', 'dprk-1718', '--from', '2023-01-01', '--to', '2024-12-31', '-f', 'json']],
  ['calendar-csv', ['calendar', 'ssd-2206', '--from', '2015-01-01', '--to', '2017-12-31', '-f', 'csv']],
  ['calendar-ssd-text', ['calendar', 'ssd-2206', '--from', '2015-01-01', '--to', '2017-12-31']],
  ['calendar-empty', ['calendar', 'dprk-1718', '--from', '1990-01-01', '--to', '1990-12-31']],
  ['calendar-missing-from', ['calendar', 'dprk-1718', '--to', '1990-12-31']],
  // cap-report
  [
    'cap-report-json',
    ['cap-report', 'dprk-1718', CAP, '--ledger', files.ledger, '--as-of', '2018-12-31', '-f', 'json'],
  ],
  [
    'cap-report-csv',
    [
      'cap-report',
      'dprk-1718',
      CAP,
      '--ledger',
      files.ledger,
      '--basis',
      'reported, estimated,reported',
      '-f',
      'csv',
    ],
  ],
  [
    'cap-report-text-bases',
    ['cap-report', 'dprk-1718', CAP, '--ledger', files.ledger, '--basis', 'reported,estimated'],
  ],
  [
    'cap-report-svg-as-of',
    [
      'cap-report',
      'dprk-1718',
      CAP,
      '--ledger',
      files.clean,
      '--as-of',
      '2018-05-01',
      '--thousands-separator',
      ',',
      '-f',
      'svg',
    ],
  ],
  ['cap-report-svg', ['cap-report', 'dprk-1718', CAP, '--ledger', files.bom, '-f', 'svg']],
  ['cap-report-csv-ledger', ['cap-report', 'dprk-1718', CAP, '--ledger', files.csv]],
  [
    'cap-report-thousands',
    ['cap-report', 'dprk-1718', CAP, '--ledger', files.thousands, '--thousands-separator', ','],
  ],
  [
    'cap-report-separator-digit',
    ['cap-report', 'dprk-1718', CAP, '--ledger', files.clean, '--thousands-separator', '1'],
  ],
  [
    'cap-report-separator-point',
    ['cap-report', 'dprk-1718', CAP, '--ledger', files.clean, '--thousands-separator', '.'],
  ],
  [
    'cap-report-separator-long',
    ['cap-report', 'dprk-1718', CAP, '--ledger', files.clean, '--thousands-separator', ',,'],
  ],
  ['cap-report-empty-ledger', ['cap-report', 'dprk-1718', CAP, '--ledger', files.emptyLedger]],
  ['cap-report-not-ledger', ['cap-report', 'dprk-1718', CAP, '--ledger', files.notLedger]],
  ['cap-report-bad-ledger', ['cap-report', 'dprk-1718', CAP, '--ledger', files.badLedger]],
  ['cap-report-semicolon', ['cap-report', 'dprk-1718', CAP, '--ledger', files.semicolon]],
  ['cap-report-tab', ['cap-report', 'dprk-1718', CAP, '--ledger', files.tab, '-f', 'csv']],
  ['cap-report-aliases', ['cap-report', 'dprk-1718', CAP, '--ledger', files.aliases]],
  ['cap-report-unknown-cap', ['cap-report', 'iran-2231', CAP]],
  ['cap-report-not-a-cap', ['cap-report', 'ssd-2206', 'ssd.arms-embargo']],
  [
    'cap-report-separator-json',
    ['cap-report', 'dprk-1718', CAP, '--ledger', files.ledger, '--thousands-separator', ','],
  ],
  // evaluate
  ['evaluate-json', ['evaluate', files.condition, '--evidence', 'dprk', '--on', '2018-09-27', '-f', 'json']],
  ['evaluate-missing-evidence', ['evaluate', files.condition, '--on', '2018-09-27']],
  ['evaluate-missing-on', ['evaluate', files.condition, '--evidence', files.evidence]],
  // plan
  ['plan-json-on', ['plan', 'dprk-2018-usa', '--on', '2018-09-27', '-f', 'json']],
  ['plan-json-timeline', ['plan', 'jcpoa', '--from', '2015-07-01', '--to', '2016-12-31', '-f', 'json']],
  [
    'plan-csv-timeline',
    ['plan', files.plan, '--evidence', 'jcpoa', '--from', '2015-07-01', '--to', '2016-12-31', '-f', 'csv'],
  ],
  ['plan-no-dates', ['plan', 'jcpoa', '--from', '2015-07-01']],
  ['plan-on-and-range', ['plan', 'jcpoa', '--on', '2016-01-01', '--to', '2016-12-31']],
  ['plan-reversed', ['plan', 'jcpoa', '--from', '2016-01-01', '--to', '2015-12-31']],
  // validate
  ['validate-regime', ['validate', files.ssd]],
  ['validate-regime-json', ['validate', files.dprk, '-f', 'json']],
  ['validate-bad-regime', ['validate', files.badRegime]],
  ['validate-plan', ['validate', files.plan]],
  ['validate-plan-regime', ['validate', files.plan, '--regime', 'dprk-1718']],
  ['validate-plans', ['validate', files.plans]],
  ['validate-bad-plan', ['validate', files.badPlan]],
  ['validate-evidence', ['validate', files.evidence]],
  ['validate-condition', ['validate', files.condition]],
  ['validate-bad-condition', ['validate', files.badCondition, '--as', 'condition']],
  ['validate-unknown', ['validate', files.unknown]],
  ['validate-as-unknown', ['validate', files.unknown, '--as', 'treaty']],
  ['validate-ledger-json', ['validate', files.ledger]],
  ['validate-ledger-empty', ['validate', files.emptyLedger, '--as', 'ledger']],
  ['validate-ledger-bad', ['validate', files.badLedger, '-f', 'json']],
  ['validate-csv', ['validate', files.csv, '--thousands-separator', ',']],
  ['validate-csv-problems', ['validate', files.problems]],
  ['validate-csv-problems-json', ['validate', files.problems, '-f', 'json']],
  ['validate-csv-missing-one', ['validate', files.missingOne]],
  ['validate-csv-missing-two', ['validate', files.missingTwo]],
  ['validate-csv-unreadable', ['validate', files.unreadable]],
  ['validate-csv-aliases', ['validate', files.aliases]],
  ['validate-csv-fields', ['validate', files.fields]],
  ['validate-syntax', ['validate', files.syntax]],
  ['validate-position', ['validate', files.position]],
  ['validate-bad-plans', ['validate', files.badPlans]],
  ['validate-not-plans', ['validate', files.notPlans]],
  ['validate-null-plans', ['validate', files.nullPlans]],
  ['validate-empty-object', ['validate', files.emptyObject]],
  ['validate-many-bad', ['validate', files.manyBad]],
  ['cap-report-many-bad', ['cap-report', 'dprk-1718', CAP, '--ledger', files.manyBad]],
  [
    'in-force-evidence-without-plan',
    ['in-force', 'dprk-1718', '2018-09-27', '--evidence', 'dprk', '--evidence', 'jcpoa'],
  ],
  [
    'in-force-two-plans-one-evidence',
    [
      'in-force',
      'dprk-1718',
      '2018-09-27',
      '--relief',
      'dprk-2018-kor',
      '--relief',
      'dprk-2018-usa',
      '--evidence',
      'dprk',
      '-f',
      'csv',
    ],
  ],
  ['validate-empty', ['validate', files.emptyJson]],
  ['validate-dir', ['validate', join(work, 'dir.json')]],
  ['validate-device', ['validate', '/dev/null']],
  ['validate-too-big', ['validate', files.dprk, '--max-size', '0.001']],
  // the command line itself
  ['unknown-option', ['changes', 'ssd-2206', '--form', '2019-01-01']],
  ['too-many-arguments', ['in-force', 'dprk-1718', '2018-09-27', 'now', 'please']],
  ['missing-arguments', ['in-force']],
  ['help-unknown-topic', ['help', 'sanctions']],
  ['bad-width', ['changes', 'ssd-2206', '--width', 'wide']],
  ['small-width', ['changes', 'ssd-2206', '--width', '10']],
  ['bad-max-size', ['changes', 'ssd-2206', '--max-size', '0']],
  ['narrow-text', ['in-force', 'ssd-2206', '2019-01-01', '--width', '40']],
];

const expected = (name: string) => join(import.meta.dirname, 'expected', 'golden', `${name}.txt`);

describe('the command line, word for word', () => {
  it.each(cases)('%s', (name, args) => {
    const result = run(args, piped);
    const out =
      `exit ${result.exitCode}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`.replaceAll(
        work,
        '<work>',
      );
    if (process.env.UPDATE_EXPECTED === '1') {
      mkdirSync(join(import.meta.dirname, 'expected', 'golden'), { recursive: true });
      writeFileSync(expected(name), out);
    }
    expect(out).toBe(readFileSync(expected(name), 'utf8'));
  });

  it('wraps text to the terminal when it is 20 columns or more, else to 80', () => {
    const args = ['in-force', 'ssd-2206', '2019-01-01'];
    const widest = (columns?: number) =>
      Math.max(
        ...run(args, { ...piped, ...(columns === undefined ? {} : { columns }) })
          .stdout.split('\n')
          .map((l) => l.length),
      );
    expect(widest()).toBeLessThanOrEqual(80);
    expect(widest()).toBeGreaterThan(60);
    expect(widest(19)).toBe(widest());
    expect(widest(40)).toBeLessThanOrEqual(40);
    expect(widest(40)).toBeGreaterThan(30);
    expect(widest(20)).toBeLessThanOrEqual(20);
  });
});

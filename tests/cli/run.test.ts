// The command line in-process (run(), which the bin wraps): the paths that the end-to-end tests of cli.test.ts do
// not reach cheaply, each with the exact message and exit code; and progress, shown on a terminal only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS } from '../../src/cli/csvLedger.js';
import { type RunContext, run } from '../../src/cli/run.js';
import { dprk1718Input, dprkEvidenceInput, jcpoaPlanInput } from '../../src/data/index.js';
import { root } from '../docs/examples.js';
import { badInputCases, expectedFile, textCases, writeBadInputs } from './cases.js';

const work = mkdtempSync(join(tmpdir(), 'sanctions-regime-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const piped: RunContext = { stderrIsTTY: false, writeProgress: () => undefined };
const CAP = 'dprk.refined-petroleum.cap';

describe('run', () => {
  it.each(textCases)('%s: the same text as the built bin (tests/cli/expected)', (name, args) => {
    expect(run([...args, '--width', '100'], piped)).toEqual({
      stdout: readFileSync(expectedFile(name), 'utf8'),
      stderr: '',
      exitCode: 0,
    });
  });

  describe('the bad-input table', () => {
    const bad = mkdtempSync(join(tmpdir(), 'sanctions-regime-bad-'));
    writeBadInputs(bad);
    afterAll(() => rmSync(bad, { recursive: true, force: true }));
    it.each(badInputCases(bad))('%s', (_name, args, code, message) => {
      const result = run(args, piped);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.exitCode).toBe(code);
    });
  });

  it('prints the help, globally and per command, and the version', () => {
    const help = run(['--help'], piped).stdout;
    expect(run([], piped).stdout).toBe(help);
    expect(run(['help'], piped).stdout).toBe(help);
    expect(run(['-h'], piped).stdout).toBe(help);
    expect(run(['help', 'plan'], piped).stdout).toBe(run(['plan', '-h'], piped).stdout);
    expect(run(['validate', '--help'], piped).stdout).toMatch(/^sanctions-regime validate: /);
    expect(run(['-v'], piped).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads regimes, plans and evidence from files, bare or as data/json wraps them', () => {
    const regime = file('regime.json', JSON.stringify(dprk1718Input));
    const wrapped = file(
      'wrapped.json',
      JSON.stringify({ dataVersion: 'x', shape: 'document', data: dprk1718Input }),
    );
    const plan = file('plan.json', JSON.stringify(jcpoaPlanInput));
    const evidence = file('evidence.json', JSON.stringify(dprkEvidenceInput));
    const count = (args: string[]) =>
      (JSON.parse(run([...args, '-f', 'json'], piped).stdout) as { inForce: unknown[] }).inForce.length;
    expect(count(['in-force', regime, '2018-09-27'])).toBe(72);
    expect(count(['in-force', wrapped, '2018-09-27'])).toBe(72);
    const timeline = run(
      ['plan', plan, '--evidence', 'jcpoa', '--from', '2015-07-01', '--to', '2016-12-31', '-f', 'csv'],
      piped,
    );
    expect(timeline.stdout.split('\r\n').slice(0, 2)).toEqual([
      'date,phase,status,note',
      '2015-10-18,adoption,active,Adoption Day: 90 days after endorsement by the Council starts',
    ]);
    const evaluated = run(
      [
        'evaluate',
        file('c.json', '{"op":"fact","fact":"dprk.test-moratorium-declared"}'),
        '--evidence',
        evidence,
        '--on',
        '2018-09-27',
        '-f',
        'json',
      ],
      piped,
    );
    expect(JSON.parse(evaluated.stdout)).toMatchObject({ at: '2018-09-27', truth: 'met' });
  });

  it('writes SVG for cap-report and changes, with or without dates', () => {
    const svg = (args: string[]) => run([...args, '-f', 'svg'], piped);
    for (const args of [
      ['cap-report', 'dprk-1718', CAP],
      ['cap-report', 'dprk-1718', CAP, '--as-of', '2018-09-27', '--basis', 'estimated'],
      ['changes', 'dprk-1718'],
      ['changes', 'dprk-1718', '--from', '2017-01-01'],
      ['changes', 'dprk-1718', '--to', '2017-01-01'],
    ]) {
      const result = svg(args);
      expect(result.exitCode, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).toMatch(/^<svg [\s\S]*<\/svg>\n$/);
    }
  });

  it('writes CSV for in-force (relief included), assess and changes', () => {
    const inForce = run(
      ['in-force', 'iran-2231', '2017-01-01', '--relief', 'jcpoa', '--evidence', 'jcpoa', '-f', 'csv'],
      piped,
    ).stdout.split('\r\n');
    expect(inForce[0]).toBe('status,id,kind,since,until,confidence,citations,relief');
    expect(inForce.filter((l) => l.startsWith('relieved,'))).toHaveLength(13);
    const assess = run(
      [
        'assess',
        'dprk-1718',
        '--commodity',
        'coal',
        '--direction',
        'from-target',
        '--on',
        '2018-09-27',
        '-f',
        'csv',
      ],
      piped,
    );
    expect(assess.stdout.split('\r\n')[1]).toMatch(/^prohibited,dprk\.coal/);
    const none = run(
      [
        'assess',
        'iran-2231',
        '--commodity',
        'coal',
        '--direction',
        'from-target',
        '--on',
        '2018-09-27',
        '-f',
        'csv',
      ],
      piped,
    );
    expect(none.stdout).toBe('verdict,id,kind,since,until,citations\r\nnot-covered,,,,,\r\n');
    const changes = run(
      ['changes', 'dprk-1718', '--from', '2018-01-01', '--to', '2018-01-01', '-f', 'csv'],
      piped,
    );
    expect(changes.stdout.split('\r\n')[0]).toBe(
      'date,type,measure,resolution,adopted,replacement,citation,summary',
    );
  });

  it('calendar: CSV and JSON of the dated events, each citing the paragraph that set its date', () => {
    const args = ['calendar', 'dprk-1718', '--from', '2023-03-23', '--to', '2024-04-30'];
    const csv = run([...args, '-f', 'csv'], piped).stdout.split('\r\n');
    expect(csv[0]).toBe('date,kind,id,resolution,citation,previous_end,new_end,by,confidence,summary');
    expect(csv[1]).toBe(
      "2023-03-23,mandate-renewed,dprk.panel-of-experts,2680,res. 2680 para 1,2023-04-30,2024-04-30,,confirmed,The Panel of Experts' mandate is extended until 30 April 2024.",
    );
    const json = JSON.parse(run([...args, '-f', 'json'], piped).stdout) as {
      regime: string;
      from: string;
      to: string;
      events: { date: string; kind: string; citation: unknown; unlessRenewed?: boolean }[];
    };
    expect([json.regime, json.from, json.to, json.events.length]).toEqual([
      'dprk-1718',
      '2023-03-23',
      '2024-04-30',
      8,
    ]);
    expect(json.events.at(-1)).toMatchObject({
      date: '2024-04-30',
      kind: 'mandate-lapses-unless-renewed',
      citation: { resolution: 2680, paragraph: '1' },
      unlessRenewed: true,
    });
    expect(run([...args, '-f', 'svg'], piped)).toMatchObject({ exitCode: 2 });
  });

  // Found by review: the problems were appended with push(...problems), which overflows the stack past about
  // 130,000 arguments; a large ledger with one systematic mistake crashed validate instead of listing its rows.
  it('validate lists 200,000 problems of a JSON ledger without overflowing the stack', () => {
    const n = 200_000;
    const entry = (id: string) => ({
      id,
      cap: CAP,
      delivered: '2018-01-05',
      quantity: { amount: '1', unit: 'barrel' },
      reporter: 'CHN',
      basis: 'reported',
      source: { document: 'x' },
    });
    // Each entry lacks its source: one problem per entry.
    const unsourced = Array.from({ length: n }, (_, i) => ({ ...entry(`e${i}`), source: undefined }));
    const result = run(['validate', file('big-bad.json', JSON.stringify(unsourced)), '-f', 'json'], piped);
    expect(result).toMatchObject({ stderr: '', exitCode: 1 });
    const problems = (JSON.parse(result.stdout) as { problems: { where: string }[] }).problems;
    expect(problems).toHaveLength(n);
    expect(problems.at(-1)?.where).toBe('entry 199999, source');
    // 150,000 ids each given to two entries: 150,000 problems.
    const twice = Array.from({ length: 300_000 }, (_, i) => entry(`e${i >> 1}`));
    const duplicated = run(['validate', file('big-twice.json', JSON.stringify(twice)), '-f', 'json'], piped);
    expect(duplicated).toMatchObject({ stderr: '', exitCode: 1 });
    expect((JSON.parse(duplicated.stdout) as { problems: unknown[] }).problems).toHaveLength(150_000);
  }, 120_000);

  it('validate: tells each kind of document, checks a plan against its regime, and exits 1 on problems', () => {
    const json = (args: string[]) =>
      JSON.parse(run([...args, '-f', 'json'], piped).stdout) as {
        kind: string;
        valid: boolean;
        problems: { where: string; message: string }[];
        summary: string;
      };
    expect(json(['validate', file('cond.json', '{"op":"fact","fact":"x"}')])).toMatchObject({
      kind: 'condition',
      valid: true,
    });
    const plan = {
      ...jcpoaPlanInput,
      phases: [{ ...jcpoaPlanInput.phases[0], actions: [{ type: 'suspend', measure: 'iran.nope' }] }],
    };
    const badPlan = json(['validate', file('bad-plan.json', JSON.stringify(plan))]);
    expect(badPlan).toMatchObject({ kind: 'plan', valid: false });
    expect(badPlan.problems[0]?.message).toMatch(/iran\.nope/);
    const positions = json(['validate', join(root, 'data', 'json', 'dprkPositions.json')]);
    expect(positions).toMatchObject({ kind: 'plan', valid: true });
    expect(positions.summary).toMatch(
      /^dprk-2018-usa: 1 phase, checked against dprk-1718; dprk-2018-chn-rus: /,
    );
    const record = { usa: jcpoaPlanInput, bad: { ...jcpoaPlanInput, phases: 3 } };
    expect(json(['validate', file('record.json', JSON.stringify(record))]).problems).toEqual([
      { where: 'bad.phases', message: 'Invalid input: expected array, received number' },
    ]);
    const foreign = json([
      'validate',
      file('plan2.json', JSON.stringify({ ...jcpoaPlanInput, regime: 'elsewhere' })),
    ]);
    expect(foreign.summary).toMatch(/regime elsewhere not checked \(pass --regime <file>\)/);
    const regime = json([
      'validate',
      file('r.json', JSON.stringify({ ...dprk1718Input, resolutions: 'none' })),
    ]);
    expect(regime).toMatchObject({ kind: 'regime', valid: false });
    expect(regime.problems[0]?.where).toBe('resolutions');
    const ledger = json(['validate', file('l.json', '[{"id":"a"},{"id":"a","cap":"x"}]')]);
    expect(ledger.problems[0]?.where).toMatch(/^entry 0, /);
    const evidence = json(['validate', file('e.json', '{"facts":[{"fact":"x"}]}')]);
    expect(evidence).toMatchObject({ kind: 'evidence', valid: false });
    expect(json(['validate', file('e2.json', '{"events":[]}')])).toMatchObject({
      kind: 'evidence',
      valid: true,
      summary: '0 facts, 0 events, 0 coverage records',
    });
    const text = run(['validate', file('empty-ledger.json', '[]')], piped);
    expect(text).toEqual({
      stdout: `${join(work, 'empty-ledger.json')}: a ledger with 1 problem:\n  (the document): the ledger has no entries.\n`,
      stderr: '',
      exitCode: 1,
    });
    const unknown = run(['validate', file('what.json', '{"x":1}')], piped);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(
      /cannot tell what this document is .*: pass --as regime\|plan\|ledger\|evidence\|condition/,
    );
    expect(run(['validate', file('what2.json', '{"x":1}'), '--as', 'poem'], piped).stderr).toMatch(
      /--as "poem" is not a kind of document/,
    );
  });

  it('refuses option values of the wrong form, with exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [
        ['in-force', 'dprk-1718', '2018-09-27', '--width', '10'],
        /--width "10": expected a whole number, 20 or more\./,
      ],
      [
        ['in-force', 'dprk-1718', '2018-09-27', '--max-size', 'lots'],
        /--max-size "lots": expected a number above 0\./,
      ],
      [['in-force', 'dprk-1718', '2018-09-27', '--evidence', 'dprk'], /--evidence goes with --relief <plan>/],
      [
        [
          'in-force',
          'dprk-1718',
          '2018-09-27',
          '--relief',
          'jcpoa',
          '--relief',
          'dprk-2018-usa',
          '--evidence',
          'a',
          '--evidence',
          'b',
          '--evidence',
          'c',
        ],
        /Give one --evidence for all plans, or one per --relief/,
      ],
      [
        [
          'in-force',
          'dprk-1718',
          '2018-09-27',
          '--relief',
          file('own-plan.json', JSON.stringify(jcpoaPlanInput)),
        ],
        /needs --evidence <file>/,
      ],
      [
        ['changes', 'dprk-1718', '--from', '2018-02-01', '--to', '2018-01-01'],
        /--to 2018-01-01 is before --from 2018-02-01\./,
      ],
      [
        ['plan', 'jcpoa', '--on', '2018-01-01', '--from', '2017-01-01'],
        /Give either --on <date> or --from and --to, not both\./,
      ],
      [
        ['plan', 'jcpoa', '--from', '2018-01-01', '--to', '2017-01-01'],
        /--to 2017-01-01 is before --from 2018-01-01\./,
      ],
      [['plan', 'jcpoa', '--on', '2018-01-01', '-f', 'csv'], /plan --on writes text or json/],
      [
        ['plan', file('own-plan.json', JSON.stringify(jcpoaPlanInput)), '--on', '2018-01-01'],
        /plan needs --evidence <file>/,
      ],
      [['assess', 'dprk-1718', '--direction', 'to-target', '--on', '2018-01-01'], /assess needs --commodity/],
      [['cap-report', 'dprk-1718', CAP, '--basis', ','], /--basis is empty/],
      [
        ['cap-report', 'dprk-1718', CAP, '--thousands-separator', ','],
        /--thousands-separator applies to a CSV --ledger\./,
      ],
      [
        ['cap-report', 'dprk-1718', CAP, '--ledger', 'x.csv', '--thousands-separator', '.'],
        /--thousands-separator is one character that is neither a digit nor the decimal point/,
      ],
      [['--format', 'json'], /Unknown command "--format": a command comes first\./],
    ];
    for (const [args, message] of cases) {
      const result = run(args, piped);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
    }
  });

  it('refuses inputs that are not what they should be, with exit code 1', () => {
    const cases: [string[], RegExp][] = [
      [
        ['cap-report', 'iran-2231', 'iran.nope'],
        /Unknown cap "iran\.nope" in regime iran-2231: it has no quantity cap\./,
      ],
      [
        ['cap-report', 'dprk-1718', 'dprk.coal.cap.2017'],
        /No ledger is bundled for dprk\.coal\.cap\.2017: pass --ledger/,
      ],
      [
        ['in-force', file('not-a-regime.json', '{"id":3}'), '2018-01-01'],
        /not-a-regime\.json is not a valid regime:\n {2}at id: /,
      ],
      [
        ['cap-report', 'dprk-1718', CAP, '--ledger', file('l.json', '[]')],
        /l\.json holds an empty ledger: no entries\./,
      ],
      [
        ['cap-report', 'dprk-1718', CAP, '--ledger', file('l2.json', '[{"id":"a"}]')],
        /l2\.json is not a valid ledger:\n {2}entry 0 \("a"\), at cap: Invalid input: expected string, received undefined\n/,
      ],
      [
        [
          'cap-report',
          'dprk-1718',
          CAP,
          '--ledger',
          file('ledger.txt', `${LEDGER_COLUMNS.map((c) => c.name).join(',')}\n`),
        ],
        /ledger\.txt, row 1: the file has a header row and no entries\./,
      ],
      [
        ['evaluate', file('empty.json', ' \n'), '--evidence', 'dprk', '--on', '2018-01-01'],
        /empty\.json is empty: expected a JSON document\./,
      ],
      [
        [
          'evaluate',
          file('own-cond.json', '{"op":"fact","fact":"x"}'),
          '--evidence',
          'nope',
          '--on',
          '2018-01-01',
        ],
        /Unknown evidence "nope": give bundled evidence \(dprk, jcpoa, ssd\)/,
      ],
      [
        [
          'in-force',
          'dprk-1718',
          '2018-01-01',
          '--relief',
          'dprk-2018-usa',
          '--evidence',
          join(work, 'missing.json'),
        ],
        /No such file: /,
      ],
      [
        [
          'plan',
          'dprk-2018-usa',
          '--evidence',
          file('bad-evidence.json', '{"facts":3}'),
          '--on',
          '2018-01-01',
        ],
        /bad-evidence\.json is not a valid evidence document:\n {2}at facts: /,
      ],
    ];
    for (const [args, message] of cases) {
      const result = run(args, piped);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.exitCode, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
    }
  });

  it('reports an error of the library with its code, and the file behind it', () => {
    // A phase after a phase that does not exist: the schema accepts it, evaluatePlan refuses it (INVALID_PLAN).
    const phases = [{ ...jcpoaPlanInput.phases[1], after: ['nowhere'] }];
    const plan = file('orphan-plan.json', JSON.stringify({ ...jcpoaPlanInput, phases }));
    const result = run(['plan', plan, '--evidence', 'jcpoa', '--on', '2018-01-01'], piped);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^sanctions-regime plan: .*nowhere.*\(INVALID_PLAN\)\n$/s);
  });

  describe('progress on stderr', () => {
    const rows = 100_001;
    const header = 'id,cap,delivered,amount,unit,reporter,basis,source';
    const ledger = file(
      'large.csv',
      [
        header,
        ...Array.from({ length: rows }, (_, i) => `e${i},${CAP},2018-03-01,1,barrel,CHN,reported,n`),
      ].join('\n'),
    );
    const args = ['cap-report', 'dprk-1718', CAP, '--ledger', ledger, '--basis', 'reported', '-f', 'csv'];

    it('shows on a terminal for a ledger over 100,000 rows, and is cleared before the answer', () => {
      const written: string[] = [];
      const result = run(args, { stderrIsTTY: true, writeProgress: (t) => written.push(t) });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/,100001,0,/);
      expect(written[0]).toBe('\r10,000 of 100,001 entries read\x1b[K');
      expect(written).toContain('\r100,001 of 100,001 entries counted (reported)\x1b[K');
      expect(written.at(-1)).toBe('\r\x1b[K');
    }, 120_000);

    it('shows for a JSON ledger too', () => {
      const entries = Array.from({ length: rows }, (_, i) => ({
        id: `e${i}`,
        cap: CAP,
        delivered: '2018-03-01',
        quantity: { amount: '1', unit: 'barrel' },
        reporter: 'CHN',
        basis: 'reported',
        source: { document: 'n' },
      }));
      const json = file('large.json', JSON.stringify(entries));
      const written: string[] = [];
      const result = run(
        ['cap-report', 'dprk-1718', CAP, '--ledger', json, '--basis', 'reported', '-f', 'csv'],
        {
          stderrIsTTY: true,
          writeProgress: (t) => written.push(t),
        },
      );
      expect(result.stdout).toBe(run(args, piped).stdout);
      expect(written[0]).toBe('\r10,000 of 100,001 entries read\x1b[K');
    }, 120_000);

    it('is never written when stderr is piped', () => {
      const written: string[] = [];
      const result = run(args, { stderrIsTTY: false, writeProgress: (t) => written.push(t) });
      expect(result).toMatchObject({ exitCode: 0, stderr: '' });
      expect(written).toEqual([]);
    }, 120_000);
  });
});

describe('the plans the help names', () => {
  // The help once named `dprk-draft-2019`, an id no bundled plan has (it is dprk-2019-draft-chn-rus).
  it('are each a bundled plan the plan command evaluates', () => {
    const help = run(['in-force', '--help'], piped).stdout.replace(/\s+/g, ' ');
    const listed = /a bundled plan \(([^)]*)\)/.exec(help)?.[1]?.split(', ') ?? [];
    expect(listed.length).toBeGreaterThanOrEqual(7);
    for (const id of listed) {
      const result = run(['plan', id, '--on', '2018-09-27', '--format', 'json'], piped);
      expect({ id, exitCode: result.exitCode, stderr: result.stderr }).toEqual({
        id,
        exitCode: 0,
        stderr: '',
      });
    }
  });
});

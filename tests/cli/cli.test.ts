// The `sanctions-regime` command end to end: the built bin spawned as a user runs it, on the bundled data and on the
// fixtures of tests/cli/fixtures. Text outputs are compared with the files of tests/cli/expected (UPDATE_EXPECTED=1
// rewrites them); JSON outputs are checked with the shipped JSON Schemas (schemas/*.json) wherever one describes a
// part of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { elements, parseXml, textOf } from '../format/xml.js';
import { bin, buildBin, cli, fixtures, root } from './bin.js';
import { badInputCases, expectedFile, textCases, writeBadInputs } from './cases.js';

// Each run starts a Node process (about half a second of CPU): generous timeouts on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const work = mkdtempSync(join(tmpdir(), 'sanctions-regime-cli-'));
beforeAll(buildBin, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CAP = 'dprk.refined-petroleum.cap';
const SAMPLE = join(root, 'examples', 'refined-petroleum-ledger.csv');
const BUNDLED_JSON = join(root, 'data', 'json', 'refinedPetroleumLedger.json');

const ajv = new Ajv2020({ strict: false, allErrors: true });
const schema = (name: string) => {
  const validate = ajv.compile(
    JSON.parse(readFileSync(join(root, 'schemas', `${name}.json`), 'utf8')) as object,
  );
  return (value: unknown) => {
    const ok = validate(value);
    if (!ok)
      throw new Error(
        `${name}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(value).slice(0, 300)}`,
      );
    return ok;
  };
};
const isMeasure = schema('Measure');
const isCitation = schema('Citation');
const isQuantity = schema('Quantity');
const isCondition = schema('Condition');
const isReliefAction = schema('ReliefAction');
const isDate = schema('PlainDate');

/** Runs the bin and expects success with nothing on stderr. */
function ok(args: readonly string[]): string {
  const run = cli(args);
  expect(run.stderr, args.join(' ')).toBe('');
  expect(run.code, args.join(' ')).toBe(0);
  return run.stdout;
}
const json = (args: readonly string[]): unknown => JSON.parse(ok([...args, '--format', 'json']));

describe('text output', () => {
  it.each(textCases)('%s matches its expected file', (name, args) => {
    const out = ok([...args, '--width', '100']);
    const file = expectedFile(name);
    if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, out);
    expect(out).toBe(readFileSync(file, 'utf8'));
  });
});

describe('JSON output', () => {
  it('in-force: every measure and citation is valid against the shipped schemas', () => {
    const out = json(['in-force', 'dprk-1718', '2018-09-27']) as {
      regime: string;
      on: string;
      inForce: { measure: unknown; citations: unknown[]; since: string }[];
    };
    expect(out.regime).toBe('dprk-1718');
    expect(out.inForce).toHaveLength(72);
    for (const e of out.inForce) {
      expect(isMeasure(e.measure)).toBe(true);
      for (const c of e.citations) expect(isCitation(c)).toBe(true);
      expect(isDate(e.since)).toBe(true);
    }
  });

  it('in-force with relief: measures in force, relieved and uncertain', () => {
    const out = json(['in-force', 'iran-2231', '2017-01-01', '--relief', 'jcpoa', '--evidence', 'jcpoa']) as {
      inForce: { measure: unknown }[];
      relieved: { measure: unknown; citations: unknown[] }[];
      uncertain: unknown[];
    };
    expect([out.inForce.length, out.relieved.length, out.uncertain.length]).toEqual([7, 13, 0]);
    for (const r of out.relieved) expect(isMeasure(r.measure)).toBe(true);
  });

  it('assess: the verdict and the measures behind it', () => {
    const out = json([
      'assess',
      'dprk-1718',
      '--commodity',
      'refined-petroleum',
      '--direction',
      'to-target',
      '--on',
      '2018-09-27',
    ]) as { verdict: string; measures: { measure: unknown }[]; citations: unknown[] };
    expect(out.verdict).toBe('capped');
    for (const m of out.measures) expect(isMeasure(m.measure)).toBe(true);
    for (const c of out.citations) expect(isCitation(c)).toBe(true);
  });

  it('changes: dated events with their citations', () => {
    const out = json(['changes', 'dprk-1718', '--from', '2018-01-01', '--to', '2018-01-01']) as {
      events: { date: string; type: string; measureId: string; citation: unknown }[];
    };
    expect(out.events.map((e) => `${e.type} ${e.measureId}`)).toContain(`created ${CAP}`);
    for (const e of out.events) expect(isCitation(e.citation) && isDate(e.date)).toBe(true);
  });

  it('cap-report: one report per basis, every quantity valid against Quantity.json', () => {
    const reports = json(['cap-report', 'dprk-1718', CAP, '--as-of', '2018-09-27']) as {
      basis: string[];
      periods: {
        dimensions: { limit: unknown; total: unknown; excess: unknown; remainingAtMost: unknown }[];
        crossings: { date: string; cumulative: unknown }[];
        utilisationPercent: string;
      }[];
    }[];
    expect(reports.map((r) => r.basis.join())).toEqual(['reported', 'alleged', 'estimated']);
    const estimated = reports[2]?.periods[0];
    expect(estimated?.utilisationPercent).toBe('151.9586');
    for (const r of reports)
      for (const p of r.periods) {
        for (const d of p.dimensions)
          for (const q of [d.limit, d.total, d.excess, d.remainingAtMost]) expect(isQuantity(q)).toBe(true);
        for (const c of p.crossings) expect(isQuantity(c.cumulative) && isDate(c.date)).toBe(true);
      }
  });

  it('evaluate: the truth and an explanation whose condition is valid against Condition.json', () => {
    const out = json([
      'evaluate',
      join(fixtures, 'condition.json'),
      '--evidence',
      'dprk',
      '--on',
      '2018-09-27',
    ]) as {
      truth: string;
      explanation: { condition: unknown };
    };
    expect(out.truth).toBe('met');
    expect(isCondition(out.explanation.condition)).toBe(true);
  });

  it('plan: phases with actions valid against ReliefAction.json', () => {
    const out = json(['plan', 'jcpoa', '--on', '2016-06-01']) as {
      plan: string;
      phases: { id: string; status: string; actions: unknown[] }[];
    };
    expect(out.phases.slice(0, 2).map((p) => `${p.id} ${p.status}`)).toEqual([
      'adoption active',
      'implementation active',
    ]);
    for (const p of out.phases) for (const a of p.actions) expect(isReliefAction(a)).toBe(true);
  });

  it('validate: the kind, and no problems for the bundled JSON files', () => {
    for (const file of [
      'dprk1718.json',
      'jcpoaPlan.json',
      'dprkEvidence.json',
      'refinedPetroleumLedger.json',
    ]) {
      const out = json(['validate', join(root, 'data', 'json', file)]) as {
        valid: boolean;
        problems: unknown[];
      };
      expect(out, file).toMatchObject({ valid: true, problems: [] });
    }
  });
});

describe('SVG output', () => {
  it('cap-report draws the bases on one chart: well-formed XML with a title and a description', () => {
    const svg = parseXml(ok(['cap-report', 'dprk-1718', CAP, '--as-of', '2018-09-27', '--format', 'svg']));
    expect(svg.name).toBe('svg');
    const title = elements(svg).find((e) => e.name === 'title');
    expect(title && textOf(title)).toBe(`Cap ${CAP}, 2018-01-01 to 2018-12-31`);
    const desc = elements(svg).find((e) => e.name === 'desc');
    expect(desc && textOf(desc)).toMatch(/as known on 2018-09-27/);
  });

  it('changes draws the regime as a timeline, from --from to --to or over the events', () => {
    const ranged = parseXml(
      ok(['changes', 'iran-2231', '--from', '2015-01-01', '--to', '2025-12-31', '--format', 'svg']),
    );
    const title = elements(ranged).find((e) => e.name === 'title');
    expect(title && textOf(title)).toBe('Regime iran-2231: measures from 2015-01-01 to 2025-12-31');
    expect(parseXml(ok(['changes', 'dprk-1718', '--format', 'svg'])).name).toBe('svg');
  });
});

describe('CSV ledgers', () => {
  it.each(['text', 'json', 'csv'])(
    'the sample CSV, the bundled JSON file and the bundled ledger give byte-identical reports (%s)',
    (format) => {
      const args = ['cap-report', 'dprk-1718', CAP, '--format', format];
      const bundled = ok(args);
      expect(ok([...args, '--ledger', SAMPLE])).toBe(bundled);
      expect(ok([...args, '--ledger', BUNDLED_JSON])).toBe(bundled);
      for (const asOf of ['2018-09-27', '2020-12-31'])
        expect(ok([...args, '--as-of', asOf, '--ledger', SAMPLE])).toBe(ok([...args, '--as-of', asOf]));
    },
  );

  it('accepts a spreadsheet export: BOM, CRLF, quoted fields, spaces, other column names, empty trailing columns', () => {
    const sample = readFileSync(SAMPLE, 'utf8').split('\n');
    const header = (sample[0] as string)
      .replace('deliveredThrough', 'Delivered through')
      .replace('sourceUrl', 'source_url');
    const file = join(work, 'export.csv');
    writeFileSync(
      file,
      `\ufeff${[
        `${header},,`,
        ...sample
          .slice(1)
          .filter((l) => l !== '')
          .map((l) => `${l},,`),
      ].join('\r\n')}\r\n`,
    );
    expect(ok(['cap-report', 'dprk-1718', CAP, '--ledger', file])).toBe(ok(['cap-report', 'dprk-1718', CAP]));
  });

  it('refuses an amount with a thousands separator, with the row and a hint; --thousands-separator accepts it', () => {
    const file = join(fixtures, 'thousands.csv');
    const run = cli(['cap-report', 'dprk-1718', CAP, '--ledger', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `${file}, row 3, column amount (D): "120,000" has a thousands separator (","), which is never guessed: write 120000, or pass --thousands-separator "," to remove it from every amount.`,
    );
    const accepted = json([
      'cap-report',
      'dprk-1718',
      CAP,
      '--ledger',
      file,
      '--thousands-separator',
      ',',
      '--basis',
      'reported',
    ]) as {
      periods: { dimensions: { total: { amount: string } }[] }[];
    }[];
    expect(accepted[0]?.periods[0]?.dimensions[0]?.total.amount).toBe('170000');
  });

  it('validate lists every bad row by row and column, and exits 1', () => {
    const run = cli(['validate', join('tests', 'cli', 'fixtures', 'bad-rows.csv')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchSnapshot();
  });
});

describe('bad input', () => {
  const table = badInputCases(work);
  beforeAll(() => writeBadInputs(work));
  afterAll(() => rmSync(join(work, 'big.csv'), { force: true }));
  it.each(table)('%s: exit code and message', (_name, args, code, message) => {
    const run = cli(args);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(code);
  });

  it('a usage error points to the help', () => {
    expect(cli(['in-force', 'dprk-1718']).stderr).toMatch(/Run sanctions-regime in-force --help\.\n$/);
  });
});

describe('pipes', () => {
  it('a reader that stops early (| head) is not an error: nothing on stderr', () => {
    const line = `"${process.execPath}" "${bin}" in-force dprk-1718 2018-09-27 --format json | head -c 1`;
    const result = spawnSync('sh', ['-c', line], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toBe('{');
    expect(result.stderr).toBe('');
  });
});

describe('help', () => {
  it('global help lists every command; each command has its own', () => {
    const help = ok(['--help']);
    for (const command of [
      'in-force',
      'assess',
      'changes',
      'calendar',
      'cap-report',
      'evaluate',
      'plan',
      'validate',
    ]) {
      expect(help).toContain(`  ${command} `);
      expect(ok([command, '--help'])).toMatch(
        new RegExp(`^sanctions-regime ${command}: .*\n\nUsage: sanctions-regime ${command} `),
      );
    }
    expect(ok(['help', 'cap-report'])).toBe(ok(['cap-report', '--help']));
    expect(ok([])).toBe(help);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(ok(['--version'])).toBe(`${version}\n`);
  });
});

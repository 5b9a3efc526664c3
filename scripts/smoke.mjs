// Packs the package, installs the tarball into a fresh temporary project and uses it both ways:
// `import` (ESM) and `require` (CommonJS), then runs every command of the `sanctions-regime` bin from it. Fails loudly
// on any difference from the expected results.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'sanctions-regime-smoke-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const zodVersion = JSON.parse(readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8')).version;
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'smoke', private: true, version: '0.0.0' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `zod@${zodVersion}`], work);

  const expected = '0.3 bbl | 2018-01-01..2018-12-31 | 72 measures';
  const body = (lib, data) => `
const { add, quantity, formatQuantity, parseDate, periodContaining, PeriodRuleSchema, measuresInForce } = ${lib};
const { dprk1718 } = ${data};
const total = add(quantity('0.1', 'barrel'), quantity('0.2', 'barrel'));
const rule = PeriodRuleSchema.parse({ kind: 'recurring', anchor: '2018-01-01', every: 'P12M' });
const period = periodContaining(rule, parseDate('2018-09-27'));
const count = measuresInForce(dprk1718, parseDate('2018-09-27')).length;
console.log(formatQuantity(total) + ' | ' + period.start + '..' + period.end + ' | ' + count + ' measures');`;
  writeFileSync(
    join(work, 'esm.mjs'),
    `import * as lib from 'sanctions-regime';\nimport * as data from 'sanctions-regime/data';\n${body('lib', 'data')}`,
  );
  writeFileSync(
    join(work, 'cjs.cjs'),
    body("require('sanctions-regime')", "require('sanctions-regime/data')"),
  );
  // The JSON data through its export path, both ways: the same regime, the same answer, the same data version.
  const json = (load) => `
const { measuresInForce, parseDate, RegimeSchema } = LIB;
const { dataVersion } = DATA;
const file = ${load};
const count = measuresInForce(RegimeSchema.parse(file.data), parseDate('2018-09-27')).length;
console.log(file.name + ' ' + (file.dataVersion === dataVersion ? 'at dataVersion' : 'at ' + file.dataVersion) + ' | ' + count + ' measures');`;
  writeFileSync(
    join(work, 'json-esm.mjs'),
    `import * as LIB from 'sanctions-regime';\nimport * as DATA from 'sanctions-regime/data';\nimport regime from 'sanctions-regime/data/json/dprk1718.json' with { type: 'json' };\n${json('regime')}`,
  );
  writeFileSync(
    join(work, 'json-cjs.cjs'),
    `const LIB = require('sanctions-regime');\nconst DATA = require('sanctions-regime/data');\n${json("require('sanctions-regime/data/json/dprk1718.json')")}`,
  );
  const count = expected.split(' | ')[2];
  for (const file of ['json-esm.mjs', 'json-cjs.cjs']) {
    const out = run('node', [file], work).trim();
    if (out !== `dprk1718 at dataVersion | ${count}`)
      throw new Error(`${file} printed ${JSON.stringify(out)}, expected the JSON regime to give ${count}`);
    console.log(`smoke ${file}: ${out}`);
  }
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    const out = run('node', [file], work).trim();
    if (out !== expected)
      throw new Error(`${file} printed ${JSON.stringify(out)}, expected ${JSON.stringify(expected)}`);
    console.log(`smoke ${file}: ${out}`);
  }
  // The formatters' entry, both ways: text and a chart from the bundled data.
  const formatted = (lib, data, format) => `
const { assessTransfer, compareBases, findMeasure } = ${lib};
const { dprk1718, refinedPetroleumLedger } = ${data};
const { formatTransfer, capReportSvg } = ${format};
const on = '2018-09-27';
const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap');
const { estimated } = compareBases(cap, refinedPetroleumLedger, { asOf: on });
const verdict = formatTransfer(assessTransfer(dprk1718, { commodity: 'refined-petroleum', direction: 'to-target', on })).split('\\n')[0];
console.log(verdict + ' | ' + (capReportSvg(estimated, { cap }).startsWith('<svg') ? 'svg' : 'no svg'));`;
  writeFileSync(
    join(work, 'format-esm.mjs'),
    `import * as lib from 'sanctions-regime';\nimport * as data from 'sanctions-regime/data';\nimport * as format from 'sanctions-regime/format';\n${formatted('lib', 'data', 'format')}`,
  );
  writeFileSync(
    join(work, 'format-cjs.cjs'),
    formatted(
      "require('sanctions-regime')",
      "require('sanctions-regime/data')",
      "require('sanctions-regime/format')",
    ),
  );
  const akn = (mod) => `
const { readResolution } = ${mod};
const xml = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta><identification><FRBRWork><FRBRdate date="2022-05-26" name="adoption"/></FRBRWork></identification><analysis><parliamentary><voting><count value="010" refersTo="inFavour"/><count value="005" refersTo="abstaining"/></voting></parliamentary></analysis></meta><coverPage><p><docNumber refersTo="#symbol">S/RES/2633 (2022)</docNumber></p></coverPage><mainBody><paragraph><num>1.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph></mainBody></statement></akomaNtoso>';
const r = readResolution(xml);
console.log(r.symbol + ' ' + r.vote.inFavour + '-' + r.vote.against + '-' + r.vote.abstaining + ' para ' + r.paragraphs[0].number);`;
  writeFileSync(join(work, 'akn-esm.mjs'), `import * as akn from 'sanctions-regime/akn';\n${akn('akn')}`);
  writeFileSync(join(work, 'akn-cjs.cjs'), akn("require('sanctions-regime/akn')"));
  for (const file of ['akn-esm.mjs', 'akn-cjs.cjs']) {
    const out = run('node', [file], work).trim();
    const want = 'S/RES/2633 (2022) 10-0-5 para 1';
    if (out !== want)
      throw new Error(`${file} printed ${JSON.stringify(out)}, expected ${JSON.stringify(want)}`);
    console.log(`smoke ${file}: ${out}`);
  }
  for (const file of ['format-esm.mjs', 'format-cjs.cjs']) {
    const out = run('node', [file], work).trim();
    const want = 'Verdict: capped: allowed only within a quantity cap | svg';
    if (out !== want)
      throw new Error(`${file} printed ${JSON.stringify(out)}, expected ${JSON.stringify(want)}`);
    console.log(`smoke ${file}: ${out}`);
  }

  // Both builds in one process, as a dual-package consumer gets them: errors, prepared evidence and frozen data
  // from one build must work with the other.
  writeFileSync(
    join(work, 'cross.mjs'),
    `import { createRequire } from 'node:module';
import * as esm from 'sanctions-regime';
import * as esmData from 'sanctions-regime/data';
const require = createRequire(import.meta.url);
const cjs = require('sanctions-regime');
const cjsData = require('sanctions-regime/data');
const caught = (fn) => { try { fn(); } catch (e) { return e; } throw new Error('did not throw'); };
const fromCjs = caught(() => cjs.parseDate('2018-02-30'));
const fromEsm = caught(() => esm.parseDate('2018-02-30'));
const at = esm.parseDate('2018-09-27');
const condition = { op: 'occurred', event: 'nuclear-test', within: { last: 'P12M' } };
const truth = (lib, evidence) => lib.evaluate(condition, evidence, { at }).truth;
const count = (lib, regime) => lib.measuresInForce(regime, at).length;
console.log([
  esm.SanctionsRegimeError !== cjs.SanctionsRegimeError,
  esm.isSanctionsRegimeError(fromCjs) && cjs.isSanctionsRegimeError(fromEsm),
  fromCjs instanceof esm.SanctionsRegimeError && fromEsm instanceof cjs.SanctionsRegimeError,
  !esm.isSanctionsRegimeError(new Error('x')) && !(new Error('x') instanceof cjs.SanctionsRegimeError),
  truth(esm, cjs.prepareEvidence(cjsData.dprkEvidence)) === truth(esm, esmData.dprkEvidence),
  truth(cjs, esm.prepareEvidence(esmData.dprkEvidence)) === truth(cjs, cjsData.dprkEvidence),
  count(esm, cjsData.dprk1718) === count(cjs, esmData.dprk1718),
  Object.isFrozen(cjsData.dprk1718.resolutions[0]) && Object.isFrozen(esmData.dprk1718.resolutions[0]),
].join(' '));`,
  );
  const cross = run('node', ['cross.mjs'], work).trim();
  const allTrue = Array(8).fill('true').join(' ');
  if (cross !== allTrue) throw new Error(`cross.mjs printed ${JSON.stringify(cross)}, expected ${allTrue}`);
  console.log('smoke cross.mjs: errors, prepared evidence and data work across the ESM and CommonJS builds');

  // The command, as an analyst runs it from the installed package: every command, its exit code and a line of its
  // answer; a CSV ledger and the bundled one give the same report; a usage error exits 2 with nothing on stdout.
  const bin = join(work, 'node_modules', '.bin', 'sanctions-regime');
  const installed = join(work, 'node_modules', 'sanctions-regime');
  writeFileSync(
    join(work, 'condition.json'),
    JSON.stringify({ op: 'fact', fact: 'dprk.test-moratorium-declared' }),
  );
  const command = (args) => {
    const result = spawnSync(bin, args, { cwd: work, encoding: 'utf8' });
    return { stdout: result.stdout, stderr: result.stderr, code: result.status };
  };
  const CAP = 'dprk.refined-petroleum.cap';
  const commands = [
    [['--help'], 'Commands:'],
    [['in-force', 'dprk-1718', '2018-09-27'], 'dprk-1718 on 2018-09-27: 72 measures in force'],
    [['in-force', 'iran-2231', '2017-01-01', '--relief', 'jcpoa', '--format', 'csv'], 'relieved,iran.1737'],
    [
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
      'Verdict: capped',
    ],
    [
      ['changes', 'dprk-1718', '--from', '2018-01-01', '--to', '2018-01-01', '--format', 'json'],
      '"type": "created"',
    ],
    [['cap-report', 'dprk-1718', CAP, '--as-of', '2018-09-27'], 'utilisation 151.9586 %'],
    [
      [
        'cap-report',
        'dprk-1718',
        CAP,
        '--ledger',
        join(installed, 'examples', 'refined-petroleum-ledger.csv'),
      ],
      'Cap dprk.refined-petroleum.cap, reported basis',
    ],
    [['evaluate', 'condition.json', '--evidence', 'dprk', '--on', '2018-09-27'], ': met'],
    [
      ['plan', 'jcpoa', '--from', '2015-07-01', '--to', '2025-12-31', '--format', 'csv'],
      '2025-08-28,snapback,triggered',
    ],
    [['plan', 'dprk-2018-kor', '--on', '2018-09-27'], 'phase declared-steps: active since 2018-09-27'],
    [['validate', join(installed, 'data', 'json', 'dprk1718.json')], 'a valid regime'],
    [
      ['validate', join(installed, 'examples', 'refined-petroleum-ledger.csv')],
      'a valid ledger (22 entries)',
    ],
  ];
  for (const [args, expected] of commands) {
    const { stdout, stderr, code } = command(args);
    if (code !== 0 || stderr !== '' || !stdout.includes(expected))
      throw new Error(
        `sanctions-regime ${args.join(' ')} exited ${code}, expected 0 and ${JSON.stringify(expected)}:\n${stdout}${stderr}`,
      );
  }
  const fromCsv = command([
    'cap-report',
    'dprk-1718',
    CAP,
    '--ledger',
    join(installed, 'examples', 'refined-petroleum-ledger.csv'),
  ]);
  if (fromCsv.stdout !== command(['cap-report', 'dprk-1718', CAP]).stdout)
    throw new Error('the sample CSV ledger and the bundled ledger give different reports');
  const misuse = command(['in-force', 'dprk-1718', '2018-02-30']);
  if (misuse.code !== 2 || misuse.stdout !== '' || !misuse.stderr.includes('is not a calendar date'))
    throw new Error(`a bad date: exit ${misuse.code}, ${JSON.stringify(misuse.stderr)}`);
  console.log(
    `smoke bin: ${commands.length} runs of the sanctions-regime command from the installed tarball`,
  );

  const files = packed[0].files.map((f) => f.path);
  const stray = files.filter(
    (f) =>
      !/^(dist\/|schemas\/|data\/json\/|docs\/[^/]+\.md$|examples\/[^/]+\.csv$|(README|CHANGELOG|DATA-CHANGELOG|CONTRIBUTING)\.md$|LICENSE$|package\.json$)/.test(
        f,
      ),
  );
  if (stray.length > 0) throw new Error(`unexpected files in the tarball: ${stray.join(', ')}`);
  console.log(`smoke: tarball holds ${files.length} files, ${packed[0].size} bytes packed`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

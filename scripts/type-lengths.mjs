// Type-length budget: prints the types of a few public functions as an editor shows them to a user of the built
// package, and fails when one is 300 characters or more. Runs the TypeScript compiler API on a small consumer file
// that imports `sanctions-regime` (the built dist/*.d.ts, through the package's own exports), with
// NoTruncation so that the editor's "..." cannot hide a long type. Also prints, for the record, the error a user
// gets when passing a number where a Regime is expected, and fails when it is over its own budget.
//
// Needs `npm run build` first (the `test` script runs it after the build).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const TYPE_BUDGET = 300;
const ERROR_BUDGET = 300;
const functions = ['measuresInForce', 'capReport', 'evaluatePlan'];

if (!existsSync(resolve(root, 'dist/index.d.ts'))) {
  console.error('type-lengths: dist/index.d.ts is missing: run `npm run build` first.');
  process.exit(1);
}

// The consumer file: one const per function (its type is what hovering the name shows), and one type mistake.
const consumer = resolve(root, '__type_lengths_consumer__.ts');
const source = [
  `import { ${functions.join(', ')}, parseDate } from 'sanctions-regime';`,
  ...functions.map((name) => `export const ${name}Hover = ${name};`),
  `export const mistake = measuresInForce(42, parseDate('2019-06-01'));`,
  '',
].join('\n');

const options = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};
const host = ts.createCompilerHost(options);
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, ...rest) =>
  resolve(fileName) === consumer
    ? ts.createSourceFile(fileName, source, languageVersion, true)
    : getSourceFile(fileName, languageVersion, ...rest);
const fileExists = host.fileExists.bind(host);
host.fileExists = (fileName) => resolve(fileName) === consumer || fileExists(fileName);
const readFile = host.readFile.bind(host);
host.readFile = (fileName) => (resolve(fileName) === consumer ? source : readFile(fileName));

const program = ts.createProgram([consumer], options, host);
const checker = program.getTypeChecker();
const file = program.getSourceFile(consumer);
const flags = ts.TypeFormatFlags.NoTruncation;

let failed = false;
const printed = new Map();
ts.forEachChild(file, (node) => {
  if (!ts.isVariableStatement(node)) return;
  for (const decl of node.declarationList.declarations) {
    const name = decl.name.getText(file);
    if (!name.endsWith('Hover')) continue;
    const type = checker.getTypeAtLocation(decl.name);
    printed.set(name.slice(0, -'Hover'.length), checker.typeToString(type, undefined, flags));
  }
});

for (const name of functions) {
  const text = printed.get(name);
  if (text === undefined || text === 'any') {
    console.error(`FAIL ${name}: not resolved from the built package (${text ?? 'missing'})`);
    failed = true;
    continue;
  }
  const ok = text.length < TYPE_BUDGET;
  if (!ok) failed = true;
  const shown = text.length > 600 ? `${text.slice(0, 600)}… (${text.length - 600} more)` : text;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${text.length} chars (budget < ${TYPE_BUDGET})\n     ${shown}`,
  );
}

// The type mistake must give exactly one error in the consumer file, and a short one.
const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file === file);
const messages = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
if (messages.length !== 1) {
  console.error(`FAIL expected exactly one error in the consumer file, got ${messages.length}:`);
  for (const m of messages) console.error(`     ${m.slice(0, 600)}`);
  failed = true;
} else {
  const m = messages[0];
  const ok = m.length < ERROR_BUDGET;
  if (!ok) failed = true;
  const shown = m.length > 600 ? `${m.slice(0, 600)}… (${m.length - 600} more)` : m;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} error for measuresInForce(42, …): ${m.length} chars (budget < ${ERROR_BUDGET})\n     ${shown}`,
  );
}

if (failed) process.exit(1);

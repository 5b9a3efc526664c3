// The command line, as a function: arguments in, { stdout, stderr, exitCode } out. The bin (main.ts) only writes
// what this returns, so an answer is written whole or not at all.
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isSanctionsRegimeError } from '../index.js';
import {
  assessCommand,
  type CommandInput,
  calendarCommand,
  capReportCommand,
  changesCommand,
  evaluateCommand,
  type Format,
  inForceCommand,
  planCommand,
} from './commands.js';
import { CliFailure, usage } from './failure.js';
import { DEFAULT_MAX_MEGABYTES } from './files.js';
import { validateCommand } from './validate.js';

/** What a run produced. @internal */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

/** Where a run is: what the process knows about its terminal. @internal */
export interface RunContext {
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly stderrIsTTY: boolean;
  /** The terminal's width, when stdout is one. */
  readonly columns?: number;
  /** Writes progress to stderr at once (not buffered). */
  readonly writeProgress: (text: string) => void;
}

type Options = NonNullable<ParseArgsConfig['options']>;

interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly positionals: readonly string[];
  readonly options: Options;
  readonly formats: readonly Format[];
  readonly help: string;
  readonly run: (input: CommandInput) => string | { stdout: string; exitCode: 0 | 1 };
}

const REGIME_ARG =
  '<regime>            a bundled regime (dprk-1718, iran-2231, ssd-2206) or the path of a regime JSON file';
const COMMON = `Common options:
  --format, -f <f>    the output format (text by default)
  --width <n>         the width text output wraps to (the terminal's, else 80)
  --max-size <MB>     the largest input file read, in megabytes (${DEFAULT_MAX_MEGABYTES} by default)
  --help, -h          this help`;

const commands: readonly Command[] = [
  {
    name: 'in-force',
    summary: 'the measures in force on a day, each with the paragraphs behind it',
    usage: 'in-force <regime> <date> [--relief <plan> --evidence <evidence>]',
    positionals: ['regime', 'date'],
    options: { relief: { type: 'string', multiple: true }, evidence: { type: 'string', multiple: true } },
    formats: ['text', 'json', 'csv'],
    help: `Arguments:
  ${REGIME_ARG}
  <date>              the day, as YYYY-MM-DD
Options:
  --relief <plan>     apply a relief plan: a bundled plan (jcpoa, dprk-2018-usa, dprk-2018-chn-rus, dprk-2018-jpn,
                      dprk-2018-kor, dprk-2019-draft-chn-rus, ssd-arms-benchmarks) or a plan JSON file; may be repeated
  --evidence <file>   the evidence the plan is evaluated against: a bundled one (dprk, jcpoa, ssd) or an evidence JSON
                      file; a bundled plan uses its regime's bundled evidence by default
Examples:
  sanctions-regime in-force dprk-1718 2018-09-27
  sanctions-regime in-force iran-2231 2017-01-01 --relief jcpoa`,
    run: inForceCommand,
  },
  {
    name: 'assess',
    summary: 'whether a transfer of a commodity was prohibited, capped or not covered on a day',
    usage: 'assess <regime> --commodity <id> --direction to-target|from-target --on <date>',
    positionals: ['regime'],
    options: { commodity: { type: 'string' }, direction: { type: 'string' }, on: { type: 'string' } },
    formats: ['text', 'json', 'csv'],
    help: `Arguments:
  ${REGIME_ARG}
Options:
  --commodity <id>    a commodity of the vocabulary (refined-petroleum, crude-oil, coal, …)
  --direction <d>     to-target (supply to the target State) or from-target (procurement from it)
  --on <date>         the day of the transfer
Example:
  sanctions-regime assess dprk-1718 --commodity refined-petroleum --direction to-target --on 2018-09-27`,
    run: assessCommand,
  },
  {
    name: 'changes',
    summary: 'what each resolution created, changed or ended, in date order',
    usage: 'changes <regime> [--from <date>] [--to <date>]',
    positionals: ['regime'],
    options: { from: { type: 'string' }, to: { type: 'string' } },
    formats: ['text', 'json', 'csv', 'svg'],
    help: `Arguments:
  ${REGIME_ARG}
Options:
  --from <date>       the first day of interest (inclusive)
  --to <date>         the last day of interest (inclusive)
Example:
  sanctions-regime changes dprk-1718 --from 2017-01-01 --to 2017-12-31`,
    run: changesCommand,
  },
  {
    name: 'calendar',
    summary: 'the dated events in a range: renewals, ends, what lapses unless renewed, mandates, deadlines',
    usage: 'calendar <regime> --from <date> --to <date>',
    positionals: ['regime'],
    options: { from: { type: 'string' }, to: { type: 'string' } },
    formats: ['text', 'json', 'csv'],
    help: `Arguments:
  ${REGIME_ARG}
Options:
  --from <date>       the first day (inclusive)
  --to <date>         the last day (inclusive)
Each event cites the resolution and paragraph that set its date. "LAPSES UNLESS RENEWED" is the current end of a
measure or mandate as the regime's data stand: it happens only if the Council does not renew it first.
Example:
  sanctions-regime calendar dprk-1718 --from 2023-01-01 --to 2024-12-31`,
    run: calendarCommand,
  },
  {
    name: 'cap-report',
    summary: "a quantity cap's use per period, from a ledger of deliveries",
    usage:
      'cap-report <regime> <cap-id> [--ledger <file.csv|file.json>] [--as-of <date>] [--basis reported,alleged]',
    positionals: ['regime', 'cap-id'],
    options: {
      ledger: { type: 'string' },
      'as-of': { type: 'string' },
      basis: { type: 'string' },
      'thousands-separator': { type: 'string' },
    },
    formats: ['text', 'json', 'csv', 'svg'],
    help: `Arguments:
  ${REGIME_ARG}
  <cap-id>            the id of a quantity-cap measure (dprk.refined-petroleum.cap)
Options:
  --ledger <file>     a ledger as CSV, one delivery per row (columns id, cap, delivered, amount, unit, reporter,
                      basis, source, and the optional ones of docs/cli.md), or as JSON (an array of ledger
                      entries); by default the ledger bundled for the cap
  --as-of <date>      the day of the report: what was delivered and known by then
  --basis <list>      which entries count, one report per basis: reported, alleged, estimated, separated by
                      commas (all three by default; the bases are never added together)
  --thousands-separator <c>
                      accept amounts written with this thousands separator ("120,000" with ","); without it
                      such an amount is refused, never guessed
Examples:
  sanctions-regime cap-report dprk-1718 dprk.refined-petroleum.cap --as-of 2018-09-27
  sanctions-regime cap-report dprk-1718 dprk.refined-petroleum.cap --ledger deliveries.csv --basis reported`,
    run: capReportCommand,
  },
  {
    name: 'evaluate',
    summary: 'a condition against dated evidence: met, unmet or unknown, and why',
    usage: 'evaluate <condition.json> --evidence <evidence> --on <date>',
    positionals: ['condition.json'],
    options: { evidence: { type: 'string' }, on: { type: 'string' } },
    formats: ['text', 'json'],
    help: `Arguments:
  <condition.json>    a condition (the JSON condition language of docs/conditions.md)
Options:
  --evidence <file>   an evidence JSON file, or bundled evidence (dprk, jcpoa, ssd)
  --on <date>         the day of the evaluation
Example:
  sanctions-regime evaluate moratorium.json --evidence dprk --on 2018-09-27`,
    run: evaluateCommand,
  },
  {
    name: 'plan',
    summary: "a relief plan's phases on a day, or its timeline between two days",
    usage: 'plan <plan> [--evidence <evidence>] (--on <date> | --from <date> --to <date>)',
    positionals: ['plan'],
    options: {
      evidence: { type: 'string' },
      on: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
    formats: ['text', 'json', 'csv'],
    help: `Arguments:
  <plan>              a bundled plan (jcpoa, dprk-2018-usa, …, ssd-arms-benchmarks) or the path of a plan JSON file
Options:
  --evidence <file>   an evidence JSON file, or bundled evidence (dprk, jcpoa, ssd); a bundled plan uses its regime's
                      bundled evidence by default
  --on <date>         evaluate the plan on this day
  --from, --to <date> list the plan's transitions between these days (csv writes them as a table)
Examples:
  sanctions-regime plan jcpoa --from 2015-07-01 --to 2025-12-31
  sanctions-regime plan dprk-2018-kor --on 2018-09-27`,
    run: planCommand,
  },
  {
    name: 'validate',
    summary: 'checks a regime, plan, ledger (JSON or CSV), evidence or condition file',
    usage: 'validate <file.json|file.csv> [--as <kind>] [--regime <regime>]',
    positionals: ['file'],
    options: {
      as: { type: 'string' },
      regime: { type: 'string' },
      'thousands-separator': { type: 'string' },
    },
    formats: ['text', 'json'],
    help: `Arguments:
  <file>              the file; what it is is told from its content (a CSV file is a ledger)
Options:
  --as <kind>         regime, plan, ledger, evidence or condition, when the content does not tell
  --regime <regime>   the regime a plan is checked against (by default its bundled regime, if any)
  --thousands-separator <c>
                      as for cap-report
Prints every problem with its path (JSON) or row and column (CSV); exits 1 when there is any.
Example:
  sanctions-regime validate deliveries.csv`,
    run: validateCommand,
  },
];

const COMMON_OPTIONS: Options = {
  format: { type: 'string', short: 'f' },
  width: { type: 'string' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The global help. @internal */
export function globalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `sanctions-regime: UN sanctions regimes from the command line

Usage: sanctions-regime <command> [arguments] [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run sanctions-regime <command> --help for a command's arguments and options.
Exit codes: 0 success; 1 bad input (a file or id that is missing or invalid); 2 usage (the command line is wrong).
Docs: https://sanctions-regime.github.io/sanctions-regime/ (docs/cli.md)
`;
}

function commandHelp(c: Command): string {
  return `sanctions-regime ${c.name}: ${c.summary}

Usage: sanctions-regime ${c.usage} [--format ${c.formats.join('|')}]

${c.help}
${COMMON}
`;
}

const ok = (stdout: string): RunResult => ({ stdout, stderr: '', exitCode: 0 });

/**
 * Runs the command line on `argv` (without `node` and the script) and returns what to write and the exit code.
 * Nothing is written by the run itself, except progress on a terminal.
 *
 * @internal
 */
export function run(argv: readonly string[], context: RunContext): RunResult {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    return ok(topic === undefined ? globalHelp() : commandHelp(topic));
  }
  if (name === '--version' || name === '-v') return ok(`${version()}\n`);
  const command = commands.find((c) => c.name === name);
  try {
    if (command === undefined) {
      const hint = name.startsWith('-')
        ? 'a command comes first'
        : `the commands are ${commands.map((c) => c.name).join(', ')}`;
      throw usage(`Unknown command ${JSON.stringify(name)}: ${hint}. Run sanctions-regime --help.`);
    }
    return runCommand(command, rest, context);
  } catch (error) {
    return failure(error, command);
  }
}

function runCommand(command: Command, args: readonly string[], context: RunContext): RunResult {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usage(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}`);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return ok(commandHelp(command));
  const format = (values.format ?? 'text') as string;
  if (!command.formats.includes(format as Format))
    throw usage(`--format ${JSON.stringify(format)}: ${command.name} writes ${command.formats.join(', ')}.`);
  if (positionals.length < command.positionals.length) {
    const missing = command.positionals.slice(positionals.length).map((p) => `<${p}>`);
    throw usage(`${command.name} needs ${missing.join(' and ')}: sanctions-regime ${command.usage}`);
  }
  if (positionals.length > command.positionals.length)
    throw usage(
      `${command.name} takes ${command.positionals.map((p) => `<${p}>`).join(' ')}; unexpected ${positionals
        .slice(command.positionals.length)
        .map((p) => JSON.stringify(p))
        .join(', ')}.`,
    );
  const maxSize = numberOption(values['max-size'], '--max-size', 0);
  const width = numberOption(values.width, '--width', 20);
  let progressShown = false;
  const input: CommandInput = {
    positionals,
    values: values as CommandInput['values'],
    format: format as Format,
    read: { maxBytes: (maxSize ?? DEFAULT_MAX_MEGABYTES) * 1_000_000 },
    width: width ?? (context.columns !== undefined && context.columns >= 20 ? context.columns : 80),
    progress: (done, total, what) => {
      if (!context.stderrIsTTY || total <= 100_000) return;
      progressShown = true;
      context.writeProgress(
        `\r${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what}\x1b[K`,
      );
    },
  };
  try {
    const out = command.run(input);
    const result = typeof out === 'string' ? { stdout: out, exitCode: 0 as const } : out;
    return { stdout: result.stdout, stderr: '', exitCode: result.exitCode };
  } finally {
    if (progressShown) context.writeProgress('\r\x1b[K');
  }
}

function numberOption(value: unknown, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const whole = min > 0;
  if (
    typeof value !== 'string' ||
    !(whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(value) ||
    !(whole ? n >= min : n > 0)
  )
    throw usage(
      `${option} ${JSON.stringify(value)}: expected ${whole ? `a whole number, ${min} or more` : 'a number above 0'}.`,
    );
  return n;
}

function failure(error: unknown, command: Command | undefined): RunResult {
  const prefix = `sanctions-regime${command === undefined ? '' : ` ${command.name}`}: `;
  if (error instanceof CliFailure) {
    const hint =
      error.exitCode === 2 && command !== undefined ? `\nRun sanctions-regime ${command.name} --help.` : '';
    return { stdout: '', stderr: `${prefix}${error.message}${hint}\n`, exitCode: error.exitCode };
  }
  if (isSanctionsRegimeError(error))
    return { stdout: '', stderr: `${prefix}${error.message} (${error.code})\n`, exitCode: 1 };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    stdout: '',
    stderr: `${prefix}an unexpected error, which is a bug: please report it with the command line.\n${message}\n`,
    exitCode: 1,
  };
}

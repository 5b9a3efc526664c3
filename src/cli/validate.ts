// `validate <file>`: tells what a file is (a regime, a relief plan, a ledger, evidence or a condition), checks it
// with the library's schemas and checks, and lists every problem with its path, or row and column, in words.

import { regimes } from '../data/index.js';
import {
  ConditionSchema,
  EvidenceSchema,
  LedgerSchema,
  type Regime,
  RegimeSchema,
  type ReliefPlan,
  ReliefPlanSchema,
  validatePlan,
  validateRegime,
} from '../index.js';
import type { CommandInput } from './commands.js';
import { describeCsvProblem, parseCsvLedger } from './csvLedger.js';
import { usage } from './failure.js';
import { readJsonFile, readTextFile } from './files.js';
import { isCsv, loadRegime, pathText, unwrap } from './inputs.js';
import { toJson } from './output.js';

/** What `validate` recognises. @internal */
export type DocumentKind = 'regime' | 'plan' | 'ledger' | 'evidence' | 'condition';
const KINDS: readonly DocumentKind[] = ['regime', 'plan', 'ledger', 'evidence', 'condition'];

/** The outcome of `validate`. @internal */
export interface ValidationReport {
  readonly file: string;
  readonly kind: DocumentKind;
  readonly valid: boolean;
  /** A count of what the document holds (entries, resolutions, phases). */
  readonly summary: string;
  readonly problems: readonly { readonly where: string; readonly message: string }[];
}

function detect(value: unknown): DocumentKind | undefined {
  if (Array.isArray(value)) return 'ledger';
  if (typeof value !== 'object' || value === null) return undefined;
  if ('resolutions' in value) return 'regime';
  if ('phases' in value) return 'plan';
  if ('op' in value) return 'condition';
  if ('facts' in value || 'events' in value || 'coverage' in value) return 'evidence';
  if (isPlanRecord(value)) return 'plan';
  return undefined;
}

/** A record of plans by name, as data/json/dprkPositions.json holds them. */
function isPlanRecord(value: object): value is Record<string, unknown> {
  const values = Object.values(value);
  return values.length > 0 && values.every((v) => typeof v === 'object' && v !== null && 'phases' in v);
}

/** Duplicate ids in a ledger: each after the first, with where it is. */
/**
 * Appends every item, one push each: `push(...items)` passes each item as an argument, which overflows the stack past
 * about 130,000 (a large ledger with one systematic mistake has that many problems).
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function duplicates(ids: readonly (string | undefined)[], where: (i: number) => string) {
  const seen = new Map<string, number>();
  const found: { where: string; message: string }[] = [];
  ids.forEach((id, i) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      found.push({
        where: where(i),
        message: `${JSON.stringify(id)} is already the id of ${where(first).replace(/, column id$/, '')}: ledgers are append-only, so give a correction its own id and set corrects.`,
      });
  });
  return found;
}

/** Runs `validate`; exit code 1 when there are problems. @internal */
export function validateCommand(input: CommandInput): { stdout: string; exitCode: 0 | 1 } {
  const [file] = input.positionals as [string];
  const asArg = input.values.as;
  const as = typeof asArg === 'string' ? asArg : undefined;
  if (as !== undefined && !KINDS.includes(as as DocumentKind))
    throw usage(`--as ${JSON.stringify(as)} is not a kind of document: use ${KINDS.join(', ')}.`);
  const separator = input.values['thousands-separator'];
  const text = readTextFile(file, input.read);
  let report: ValidationReport;
  if ((as === undefined || as === 'ledger') && isCsv(file, text)) {
    const ledger = parseCsvLedger(
      text,
      typeof separator === 'string' ? { thousandsSeparator: separator } : {},
    );
    const problems = ledger.problems.map((p) => {
      const [where, ...rest] = describeCsvProblem(file, p)
        .slice(file.length + 2)
        .split(': ');
      return { where: where as string, message: rest.join(': ') };
    });
    append(
      problems,
      duplicates(
        ledger.inputs.map((e) => e.id),
        (i) => `row ${ledger.entryRows?.[i]}, column id`,
      ),
    );
    report = {
      file,
      kind: 'ledger',
      valid: problems.length === 0,
      summary: `${ledger.rows} entr${ledger.rows === 1 ? 'y' : 'ies'}`,
      problems,
    };
  } else {
    const value = unwrap(readJsonFile(file, input.read));
    const kind = (as as DocumentKind | undefined) ?? detect(value);
    if (kind === undefined)
      throw usage(
        `${file}: cannot tell what this document is (a regime has "resolutions", a plan "phases", a ledger is an array, evidence has "facts", "events" or "coverage", a condition has "op"): pass --as ${KINDS.join('|')}.`,
      );
    report = validateJson(file, kind, value, input);
  }
  if (input.format === 'json') return { stdout: toJson(report), exitCode: report.valid ? 0 : 1 };
  const head = report.valid
    ? `${file}: a valid ${report.kind} (${report.summary}).`
    : `${file}: a ${report.kind} with ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}:`;
  const lines = report.problems.map((p) => `  ${p.where}: ${p.message}`);
  return { stdout: `${[head, ...lines].join('\n')}\n`, exitCode: report.valid ? 0 : 1 };
}

function validateJson(
  file: string,
  kind: DocumentKind,
  value: unknown,
  input: CommandInput,
): ValidationReport {
  const problems: { where: string; message: string }[] = [];
  const schemaProblems = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
    issues.map((i) => ({ where: pathText(i.path), message: i.message }));
  let summary = '';
  switch (kind) {
    case 'regime': {
      const parsed = RegimeSchema.safeParse(value);
      if (!parsed.success) append(problems, schemaProblems(parsed.error.issues));
      else {
        const regime = parsed.data as Regime;
        append(problems, schemaProblems(validateRegime(regime)));
        const measures = regime.resolutions.reduce((n, r) => n + r.measures.length, 0);
        summary = `${regime.id}: ${regime.resolutions.length} resolutions, ${measures} measures`;
      }
      break;
    }
    case 'plan': {
      // One plan, or a record of plans by name (each checked, its problems under its name).
      const record =
        typeof value === 'object' && value !== null && !('phases' in value) && isPlanRecord(value);
      const plans = record ? Object.entries(value) : [[undefined, value] as const];
      const summaries: string[] = [];
      for (const [name, one] of plans) {
        const under = (p: { where: string; message: string }) =>
          name === undefined
            ? p
            : { where: p.where === '(the document)' ? name : `${name}.${p.where}`, message: p.message };
        const parsed = ReliefPlanSchema.safeParse(one);
        if (!parsed.success) {
          append(problems, schemaProblems(parsed.error.issues).map(under));
          continue;
        }
        const plan = parsed.data as ReliefPlan;
        const regimeArg = typeof input.values.regime === 'string' ? input.values.regime : undefined;
        const regime =
          regimeArg !== undefined
            ? loadRegime(regimeArg, input.read)
            : Object.hasOwn(regimes, plan.regime)
              ? regimes[plan.regime as keyof typeof regimes]
              : undefined;
        if (regime !== undefined) append(problems, schemaProblems(validatePlan(plan, regime)).map(under));
        summaries.push(
          `${plan.id}: ${plan.phases.length} phase${plan.phases.length === 1 ? '' : 's'}${regime === undefined ? `; regime ${plan.regime} not checked (pass --regime <file>)` : `, checked against ${regime.id}`}`,
        );
      }
      summary = summaries.join('; ');
      break;
    }
    case 'ledger': {
      const parsed = LedgerSchema.safeParse(value);
      if (!parsed.success)
        append(
          problems,
          parsed.error.issues.map((i) => ({
            where: `entry ${String(i.path[0])}${i.path.length > 1 ? `, ${pathText(i.path.slice(1))}` : ''}`,
            message: i.message.replace(/^Ledger entry [^:]*: /, ''),
          })),
        );
      else {
        append(
          problems,
          duplicates(
            parsed.data.map((e) => e.id),
            (i) => `entry ${i}`,
          ),
        );
        if (parsed.data.length === 0)
          problems.push({ where: '(the document)', message: 'the ledger has no entries.' });
        summary = `${parsed.data.length} entries`;
      }
      break;
    }
    case 'evidence': {
      const parsed = EvidenceSchema.safeParse(value);
      if (!parsed.success) append(problems, schemaProblems(parsed.error.issues));
      else {
        const e = parsed.data;
        summary = `${e.facts?.length ?? 0} facts, ${e.events?.length ?? 0} events, ${e.coverage?.length ?? 0} coverage records`;
      }
      break;
    }
    case 'condition': {
      const parsed = ConditionSchema.safeParse(value);
      if (!parsed.success) append(problems, schemaProblems(parsed.error.issues));
      else summary = `op ${parsed.data.op}`;
      break;
    }
  }
  return { file, kind, valid: problems.length === 0, summary, problems };
}

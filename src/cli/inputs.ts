// What the command line names, loaded: a bundled id or a file, parsed with the library's schemas, every problem
// named by file and path (JSON) or row and column (CSV).
import type * as z from 'zod';
import {
  dprkDraftResolution2019,
  dprkEvidence,
  dprkPositions,
  jcpoaEvidence,
  jcpoaPlan,
  refinedPetroleumLedger,
  regimes,
  southSudanBenchmarks,
  southSudanEvidence,
} from '../data/index.js';
import {
  type Condition,
  ConditionSchema,
  type Evidence,
  EvidenceSchema,
  type LedgerEntry,
  LedgerEntrySchema,
  LedgerSchema,
  type PlainDate,
  parseDate,
  type Regime,
  RegimeSchema,
  type ReliefPlan,
  ReliefPlanSchema,
} from '../index.js';
import { describeCsvProblem, parseCsvLedger } from './csvLedger.js';
import { badInput, usage } from './failure.js';
import { type ReadOptions, readJsonFile, readTextFile } from './files.js';

/** How many problems an error message lists before it says how many more there are. */
const SHOWN = 20;

/** The problems of a file, one per line, the list cut at {@link SHOWN}. @internal */
export function listProblems(head: string, lines: readonly string[]): string {
  const shown = lines.slice(0, SHOWN).map((l) => `  ${l}`);
  const more = lines.length > SHOWN ? [`  … and ${lines.length - SHOWN} more`] : [];
  return [head, ...shown, ...more].join('\n');
}

/** A zod path in words: `resolutions[3].measures[0].id`. @internal */
export function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the document)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Every issue of a zod error as `path: message`. @internal */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `at ${pathText(issue.path)}: ${issue.message}`);
}

/**
 * A document from a file of `sanctions-regime/data/json/`, which wraps it in `{ dataVersion, name, data, … }`: the
 * document itself. Anything else is returned as it is.
 *
 * @internal
 */
export function unwrap(value: unknown): unknown {
  if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'dataVersion' in value &&
    'shape' in value &&
    'data' in value
  )
    return (value as { data: unknown }).data;
  return value;
}

/** Whether a command-line argument names a file rather than a bundled id. */
const looksLikePath = (arg: string) => /[/\\]|\.(json|csv)$/i.test(arg);

function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badInput(listProblems(`${file} is not a valid ${what}:`, issueLines(result.error)));
}

/**
 * A regime: a bundled id (`dprk-1718`, `iran-2231`, `ssd-2206`) or the path of a regime JSON file.
 *
 * @internal
 */
export function loadRegime(arg: string, read: ReadOptions): Regime {
  if (Object.hasOwn(regimes, arg)) return regimes[arg as keyof typeof regimes];
  if (!looksLikePath(arg)) {
    try {
      readTextFile(arg, read);
    } catch {
      throw badInput(
        `Unknown regime ${JSON.stringify(arg)}: give a bundled regime (${Object.keys(regimes).join(', ')}) or the path of a regime JSON file.`,
      );
    }
  }
  return parseWith(RegimeSchema, unwrap(readJsonFile(arg, read)), arg, 'regime') as Regime;
}

/** The bundled plans by id. */
function bundledPlans(): Map<string, ReliefPlan> {
  return new Map(
    [jcpoaPlan, dprkDraftResolution2019, ...Object.values(dprkPositions), southSudanBenchmarks].map(
      (p) => [p.id, p] as const,
    ),
  );
}

/** The bundled evidence by name, and by the id of the regime it belongs to. */
const BUNDLED_EVIDENCE: Readonly<Record<string, Evidence>> = {
  dprk: dprkEvidence,
  'dprk-1718': dprkEvidence,
  jcpoa: jcpoaEvidence,
  'iran-2231': jcpoaEvidence,
  ssd: southSudanEvidence,
  'ssd-2206': southSudanEvidence,
};

/**
 * A relief plan: a bundled plan id (`jcpoa`, `dprk-2018-usa`, …) or the path of a plan JSON file.
 *
 * @internal
 */
export function loadPlan(arg: string, read: ReadOptions): ReliefPlan {
  const bundled = bundledPlans().get(arg);
  if (bundled !== undefined) return bundled;
  if (!looksLikePath(arg)) {
    try {
      readTextFile(arg, read);
    } catch {
      throw badInput(
        `Unknown plan ${JSON.stringify(arg)}: give a bundled plan (${[...bundledPlans().keys()].join(', ')}) or the path of a plan JSON file.`,
      );
    }
  }
  return parseWith(ReliefPlanSchema, unwrap(readJsonFile(arg, read)), arg, 'relief plan') as ReliefPlan;
}

/**
 * Evidence: a bundled name (`dprk`, `jcpoa`, `ssd`, or the id of their regime) or the path of an evidence JSON file.
 *
 * @internal
 */
export function loadEvidence(arg: string, read: ReadOptions): Evidence {
  if (Object.hasOwn(BUNDLED_EVIDENCE, arg)) return BUNDLED_EVIDENCE[arg] as Evidence;
  if (!looksLikePath(arg)) {
    try {
      readTextFile(arg, read);
    } catch {
      throw badInput(
        `Unknown evidence ${JSON.stringify(arg)}: give bundled evidence (dprk, jcpoa, ssd) or the path of an evidence JSON file.`,
      );
    }
  }
  return parseWith(EvidenceSchema, unwrap(readJsonFile(arg, read)), arg, 'evidence document') as Evidence;
}

/** The bundled evidence of a bundled plan's regime, if any. @internal */
export function bundledEvidenceFor(plan: ReliefPlan): Evidence | undefined {
  return bundledPlans().get(plan.id) === plan ? BUNDLED_EVIDENCE[plan.regime] : undefined;
}

/**
 * A condition from a JSON file.
 *
 * @internal
 */
export function loadCondition(arg: string, read: ReadOptions): Condition {
  return parseWith(ConditionSchema, unwrap(readJsonFile(arg, read)), arg, 'condition') as Condition;
}

/** Options for reading a ledger. @internal */
export interface LedgerReadOptions extends ReadOptions {
  /** A thousands separator accepted in CSV amounts. */
  readonly thousandsSeparator?: string;
  /** Progress, for large ledgers. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * A ledger from a CSV or JSON file (by its extension; other files are tried as JSON, then as CSV), parsed with the
 * library's schemas. Any problem stops it, each one named by row and column (CSV) or entry and field (JSON).
 *
 * @internal
 */
export function loadLedger(file: string, read: LedgerReadOptions): readonly LedgerEntry[] {
  const text = readTextFile(file, read);
  if (isCsv(file, text)) {
    const ledger = parseCsvLedger(text, {
      ...(read.thousandsSeparator === undefined ? {} : { thousandsSeparator: read.thousandsSeparator }),
      ...(read.onProgress === undefined ? {} : { onProgress: read.onProgress }),
    });
    if (ledger.problems.length > 0)
      throw badInput(
        listProblems(
          `${file} is not a valid ledger (${ledger.problems.length} problem${ledger.problems.length > 1 ? 's' : ''}):`,
          ledger.problems.map((p) => describeCsvProblem(file, p)),
        ),
      );
    return ledger.entries;
  }
  if (read.thousandsSeparator !== undefined)
    throw usage(
      `--thousands-separator applies to a CSV --ledger; ${file} is JSON, whose amounts are strings without one.`,
    );
  const value = unwrap(readJsonFile(file, read));
  if (!Array.isArray(value))
    throw badInput(
      `${file} is not a ledger: expected an array of ledger entries, as schemas/Ledger.json describes.`,
    );
  if (value.length === 0) throw badInput(`${file} holds an empty ledger: no entries.`);
  // Entry by entry (as LedgerSchema would), so that a large ledger can show progress.
  const entries: LedgerEntry[] = [];
  const problems: string[] = [];
  value.forEach((entry: unknown, i) => {
    if (read.onProgress !== undefined && (i + 1) % 10_000 === 0) read.onProgress(i + 1, value.length);
    const parsed = LedgerEntrySchema.safeParse(entry);
    if (parsed.success) entries.push(parsed.data as LedgerEntry);
    else {
      const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
      const name = `entry ${i}${typeof id === 'string' ? ` (${JSON.stringify(id)})` : ''}`;
      for (const issue of parsed.error.issues)
        problems.push(
          `${name}${issue.path.length > 0 ? `, at ${pathText(issue.path)}` : ''}: ${issue.message}`,
        );
    }
  });
  // The last step, as the CSV reader gives it: progress ends on the whole count.
  if (read.onProgress !== undefined && value.length % 10_000 !== 0)
    read.onProgress(value.length, value.length);
  if (problems.length > 0) throw badInput(listProblems(`${file} is not a valid ledger:`, problems));
  return entries;
}

/** Whether a file is read as CSV: a .csv name, or text that does not start like JSON. @internal */
export function isCsv(file: string, text: string): boolean {
  if (/\.csv$/i.test(file)) return true;
  if (/\.json$/i.test(file)) return false;
  return !/^\s*[[{]/.test(text);
}

/** The bundled ledger of a cap, if there is one. @internal */
export function bundledLedger(capId: string): readonly LedgerEntry[] | undefined {
  if (capId !== 'dprk.refined-petroleum.cap') return undefined;
  return LedgerSchema.parse(refinedPetroleumLedger) as readonly LedgerEntry[];
}

/**
 * A date given on the command line; a malformed one is a usage error naming the option.
 *
 * @internal
 */
export function dateOption(value: string | undefined, option: string): PlainDate | undefined {
  if (value === undefined) return undefined;
  try {
    return parseDate(value);
  } catch {
    throw usage(
      `${option} ${JSON.stringify(value)} is not a calendar date: write it as YYYY-MM-DD (2018-09-27).`,
    );
  }
}

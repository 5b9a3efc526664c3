// The commands: each takes its parsed arguments, computes with the library, and returns its whole output as a
// string (nothing is written before the answer is complete).

import { wrap } from '../format/text.js';
import {
  accumulate,
  assessTransfer,
  type CapReport,
  type Citation,
  CommodityIdSchema,
  capReport,
  createCapAccumulator,
  evaluate,
  evaluatePlan,
  findMeasure,
  finishCapReport,
  formatCitation,
  type InForce,
  type LedgerBasis,
  LedgerBasisSchema,
  type LedgerEntry,
  measuresInForce,
  mergeAccumulators,
  type PlainDate,
  planTimeline,
  type QuantityCap,
  type Regime,
  type ReliefInput,
  type RelievedMeasure,
  regimeCalendar,
  regimeChanges,
  type UncertainMeasure,
} from '../index.js';
import { badInput, usage } from './failure.js';
import type { ReadOptions } from './files.js';
import {
  bundledEvidenceFor,
  bundledLedger,
  dateOption,
  loadCondition,
  loadEvidence,
  loadLedger,
  loadPlan,
  loadRegime,
} from './inputs.js';
import { toCsv, toJson } from './output.js';
import * as text from './text.js';

/** An output format. @internal */
export type Format = 'text' | 'json' | 'csv' | 'svg';

/** What a command gets: its positionals, its options, and the context. @internal */
export interface CommandInput {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly format: Format;
  readonly read: ReadOptions;
  /** The width of text output. */
  readonly width: number;
  /** Reports progress on stderr (only on a terminal, only for large ledgers). */
  readonly progress: (done: number, total: number, what: string) => void;
}

const str = (input: CommandInput, name: string): string | undefined => {
  const v = input.values[name];
  return typeof v === 'string' ? v : undefined;
};
const list = (input: CommandInput, name: string): string[] => {
  const v = input.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
};
const required = (input: CommandInput, name: string, command: string): string => {
  const v = str(input, name);
  if (v === undefined) throw usage(`${command} needs --${name}.`);
  return v;
};
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** A range in words for a heading: ` from 2017-01-01 to 2017-12-31`, ` from 2017-01-01 on`, ` up to …`, or nothing. */
const rangeText = (from: string | undefined, to: string | undefined) =>
  from === undefined
    ? to === undefined
      ? ''
      : ` up to ${to}`
    : to === undefined
      ? ` from ${from} on`
      : ` from ${from} to ${to}`;
/** Text output under a heading that says what was asked (the formatters render only the result). */
/** A heading wrapped to the width, as the body is, then the body. */
const titled = (title: string, body: string, width: number) =>
  `${wrap(title, width, 0).join('\n')}\n\n${body}`;
const citations = (cs: readonly Citation[]) => cs.map(formatCitation).join(' → ');

/** A date option the command needs, checked as a calendar date (a usage error otherwise). */
function requiredDate(input: CommandInput, name: string, command: string): PlainDate {
  return dateOption(required(input, name, command), `--${name}`) as PlainDate;
}

// ---- in-force ----

/** `in-force <regime> <date> [--relief <plan> --evidence <evidence>]`. @internal */
export function inForceCommand(input: CommandInput): string {
  const [regimeArg, dateArg] = input.positionals as [string, string];
  const on = dateOption(dateArg, 'The date') as PlainDate;
  const regime = loadRegime(regimeArg, input.read);
  const plans = list(input, 'relief');
  const evidences = list(input, 'evidence');
  if (plans.length === 0 && evidences.length > 0)
    throw usage('--evidence goes with --relief <plan>: in-force applies a plan only with its evidence.');
  if (plans.length > 0 && evidences.length > 1 && evidences.length !== plans.length)
    throw usage(
      `Give one --evidence for all plans, or one per --relief (got ${plans.length} plans, ${evidences.length} evidence files).`,
    );
  if (plans.length === 0) {
    const result = measuresInForce(regime, on);
    switch (input.format) {
      case 'json':
        return toJson({ regime: regime.id, on, inForce: result });
      case 'csv':
        return measuresCsv(result);
      default:
        return titled(
          `${regime.id} on ${on}: ${count(result.length, 'measure')} in force`,
          text.measures(result, input.width),
          input.width,
        );
    }
  }
  const relief: ReliefInput[] = plans.map((p, i) => {
    const plan = loadPlan(p, input.read);
    const evidenceArg = evidences[evidences.length === 1 ? 0 : i];
    const evidence =
      evidenceArg === undefined ? bundledEvidenceFor(plan) : loadEvidence(evidenceArg, input.read);
    if (evidence === undefined)
      throw usage(`--relief ${p} needs --evidence <file>: a plan is evaluated against evidence.`);
    return { plan, evidence };
  });
  const result = measuresInForce(regime, on, { relief });
  switch (input.format) {
    case 'json':
      return toJson({ regime: regime.id, ...result });
    case 'csv':
      return measuresCsv(result.inForce, result.relieved, result.uncertain);
    default:
      return titled(
        `${regime.id} on ${on} with ${relief.map((r) => r.plan.id).join(', ')}: ${count(result.inForce.length, 'measure')} in force, ${result.relieved.length} relieved, ${result.uncertain.length} uncertain`,
        text.measures(result, input.width),
        input.width,
      );
  }
}

function measuresCsv(
  inForce: readonly InForce[],
  relieved: readonly RelievedMeasure[] = [],
  uncertain: readonly UncertainMeasure[] = [],
): string {
  return toCsv(
    ['status', 'id', 'kind', 'since', 'until', 'confidence', 'citations', 'relief'],
    [
      ...inForce.map((e) => [
        'in-force',
        e.measure.id,
        e.measure.kind,
        e.since,
        e.until,
        e.measure.confidence,
        citations(e.citations),
        undefined,
      ]),
      ...relieved.map((r) => [
        'relieved',
        r.measure.id,
        r.measure.kind,
        r.by.since,
        undefined,
        r.measure.confidence,
        citations(r.citations),
        `${r.by.action} by ${r.by.plan} phase ${r.by.phase}`,
      ]),
      ...uncertain.map((u) => [
        'uncertain',
        u.measure.id,
        u.measure.kind,
        undefined,
        undefined,
        u.measure.confidence,
        citations(u.citations),
        undefined,
      ]),
    ],
  );
}

// ---- assess ----

/** `assess <regime> --commodity <id> --direction to-target|from-target --on <date>`. @internal */
export function assessCommand(input: CommandInput): string {
  const [regimeArg] = input.positionals as [string];
  const commodityArg = required(input, 'commodity', 'assess');
  const commodity = CommodityIdSchema.safeParse(commodityArg);
  if (!commodity.success)
    throw usage(
      `--commodity ${JSON.stringify(commodityArg)} is not in the commodity vocabulary: see docs/resolutions.md for the ids (refined-petroleum, coal, …).`,
    );
  const direction = required(input, 'direction', 'assess');
  if (direction !== 'to-target' && direction !== 'from-target')
    throw usage(
      `--direction is to-target (supply to the target State) or from-target (procurement from it), not ${JSON.stringify(direction)}.`,
    );
  const on = requiredDate(input, 'on', 'assess');
  const regime = loadRegime(regimeArg, input.read);
  const result = assessTransfer(regime, { commodity: commodity.data, direction, on });
  switch (input.format) {
    case 'json':
      return toJson({ regime: regime.id, commodity: commodity.data, direction, on, ...result });
    case 'csv':
      return toCsv(
        ['verdict', 'id', 'kind', 'since', 'until', 'citations'],
        result.measures.length === 0
          ? [[result.verdict, undefined, undefined, undefined, undefined, undefined]]
          : result.measures.map((e) => [
              result.verdict,
              e.measure.id,
              e.measure.kind,
              e.since,
              e.until,
              citations(e.citations),
            ]),
      );
    default:
      return titled(
        `${commodity.data} ${direction === 'to-target' ? 'to' : 'from'} the target of ${regime.id} on ${on}`,
        text.transfer(result, input.width),
        input.width,
      );
  }
}

// ---- changes ----

/** `changes <regime> [--from <date>] [--to <date>]`. @internal */
export function changesCommand(input: CommandInput): string {
  const [regimeArg] = input.positionals as [string];
  const from = dateOption(str(input, 'from'), '--from');
  const to = dateOption(str(input, 'to'), '--to');
  if (from !== undefined && to !== undefined && to < from)
    throw usage(`--to ${to} is before --from ${from}.`);
  const regime = loadRegime(regimeArg, input.read);
  const events = regimeChanges(regime, {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
  switch (input.format) {
    case 'json':
      return toJson({
        regime: regime.id,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        events,
      });
    case 'csv':
      return toCsv(
        ['date', 'type', 'measure', 'resolution', 'adopted', 'replacement', 'citation', 'summary'],
        events.map((e) => [
          e.date,
          e.type,
          e.measureId,
          e.resolution,
          e.adopted,
          e.replacement,
          formatCitation(e.citation),
          e.summary,
        ]),
      );
    case 'svg':
      return text.regimeSvg(regime, events, from, to);
    default:
      return titled(
        `${regime.id}${rangeText(from, to)}: ${count(events.length, 'change')}`,
        text.timeline(events, input.width),
        input.width,
      );
  }
}

// ---- calendar ----

/** `calendar <regime> --from <date> --to <date>`. @internal */
export function calendarCommand(input: CommandInput): string {
  const [regimeArg] = input.positionals as [string];
  const from = requiredDate(input, 'from', 'calendar');
  const to = requiredDate(input, 'to', 'calendar');
  if (to < from) throw usage(`--to ${to} is before --from ${from}.`);
  const regime = loadRegime(regimeArg, input.read);
  const events = regimeCalendar(regime, { from, to });
  switch (input.format) {
    case 'json':
      return toJson({ regime: regime.id, from, to, events });
    case 'csv':
      return toCsv(
        [
          'date',
          'kind',
          'id',
          'resolution',
          'citation',
          'previous_end',
          'new_end',
          'by',
          'confidence',
          'summary',
        ],
        events.map((e) => [
          e.date,
          e.kind,
          e.id,
          e.resolution,
          formatCitation(e.citation),
          e.previousEnd,
          e.newEnd,
          e.by,
          e.confidence,
          e.summary,
        ]),
      );
    default:
      return titled(
        `${regime.id}${rangeText(from, to)}: ${count(events.length, 'dated event')}`,
        text.calendar(events, input.width),
        input.width,
      );
  }
}

// ---- cap-report ----

const ALL_BASES: readonly LedgerBasis[] = ['reported', 'alleged', 'estimated'];
const CHUNK = 10_000;

/** `cap-report <regime> <cap-id> [--ledger <file>] [--as-of <date>] [--basis reported,alleged]`. @internal */
export function capReportCommand(input: CommandInput): string {
  const [regimeArg, capId] = input.positionals as [string, string];
  const asOf = dateOption(str(input, 'as-of'), '--as-of');
  const bases = basesOf(str(input, 'basis'));
  const regime = loadRegime(regimeArg, input.read);
  const cap = capOf(regime, capId);
  const ledgerFile = str(input, 'ledger');
  const separator = str(input, 'thousands-separator');
  let entries: readonly LedgerEntry[];
  if (ledgerFile === undefined) {
    if (separator !== undefined) throw usage('--thousands-separator applies to a CSV --ledger.');
    const bundled = bundledLedger(cap.id);
    if (bundled === undefined)
      throw badInput(`No ledger is bundled for ${cap.id}: pass --ledger <file.csv|file.json>.`);
    entries = bundled;
  } else {
    if (separator !== undefined && (separator.length !== 1 || /[0-9.]/.test(separator)))
      throw usage(
        `--thousands-separator is one character that is neither a digit nor the decimal point (",", " ", "'"), not ${JSON.stringify(separator)}.`,
      );
    entries = loadLedger(ledgerFile, {
      ...input.read,
      ...(separator === undefined ? {} : { thousandsSeparator: separator }),
      onProgress: (done, total) => input.progress(done, total, 'entries read'),
    });
  }
  // One report per basis, each over the entries of its basis: the bases are never added together, and a report
  // does not list the other bases' entries as not counted.
  const reports = bases.map((basis) =>
    reportOf(
      cap,
      entries.filter((e) => e.basis === basis),
      asOf,
      basis,
      input,
    ),
  );
  switch (input.format) {
    case 'json':
      return toJson(reports);
    case 'csv':
      return capReportCsv(reports);
    case 'svg':
      return text.capSvg(reports, cap, asOf);
    default:
      return text.capReports(reports, input.width);
  }
}

/** The report, through the streaming accumulator in chunks, so that a large ledger can show progress. */
function reportOf(
  cap: QuantityCap,
  entries: readonly LedgerEntry[],
  asOf: PlainDate | undefined,
  basis: LedgerBasis,
  input: CommandInput,
): CapReport {
  const options = { ...(asOf === undefined ? {} : { asOf }), basis: [basis] };
  if (entries.length <= CHUNK) return capReport(cap, entries, options);
  let acc = createCapAccumulator(cap, options);
  for (let i = 0; i < entries.length; i += CHUNK) {
    acc = mergeAccumulators(acc, accumulate(createCapAccumulator(cap, options), entries.slice(i, i + CHUNK)));
    input.progress(Math.min(i + CHUNK, entries.length), entries.length, `entries counted (${basis})`);
  }
  return finishCapReport(acc);
}

function basesOf(arg: string | undefined): readonly LedgerBasis[] {
  if (arg === undefined) return ALL_BASES;
  const names = arg
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const bases: LedgerBasis[] = [];
  for (const name of names) {
    const parsed = LedgerBasisSchema.safeParse(name);
    if (!parsed.success)
      throw usage(
        `--basis ${JSON.stringify(name)} is not a basis: use reported, alleged or estimated, separated by commas.`,
      );
    if (!bases.includes(parsed.data)) bases.push(parsed.data);
  }
  if (bases.length === 0)
    throw usage('--basis is empty: use reported, alleged or estimated, separated by commas.');
  return bases;
}

function capOf(regime: Regime, capId: string): QuantityCap {
  const measure = findMeasure(regime, capId);
  if (measure?.kind === 'quantity-cap') return measure;
  const caps = regime.resolutions
    .flatMap((r) => r.measures)
    .filter((m) => m.kind === 'quantity-cap')
    .map((c) => c.id)
    .join(', ');
  throw badInput(
    measure === undefined
      ? `Unknown cap ${JSON.stringify(capId)} in regime ${regime.id}: ${caps === '' ? 'it has no quantity cap' : `its caps are ${caps}`}.`
      : `${capId} is not a quantity cap but a measure of kind ${measure.kind}: ${caps === '' ? `${regime.id} has no quantity cap` : `the caps of ${regime.id} are ${caps}`}.`,
  );
}

function capReportCsv(reports: readonly CapReport[]): string {
  const rows: (string | number | boolean | undefined)[][] = [];
  for (const report of reports)
    for (const period of report.periods)
      for (const d of period.dimensions)
        rows.push([
          report.basis.join('+'),
          period.period.start,
          period.period.end,
          period.complete,
          d.limit.unit,
          d.limit.amount.toFixed(),
          d.total.amount.toFixed(),
          d.utilisationPercent,
          d.unknownBecause.join('; '),
          d.remaining === 'unknown' ? 'unknown' : d.remaining.amount.toFixed(),
          d.excess.amount.toFixed(),
          period.exceeded,
          period.counted,
          period.notCounted.length,
          period.crossings
            .filter((c) => c.dimension === d.limit.unit)
            .map(
              (c) =>
                `${c.threshold.fraction.times(100).toFixed()}% ${c.threshold.effect} ${c.date} ${c.entryId}`,
            )
            .join('; '),
        ]);
  return toCsv(
    [
      'basis',
      'periodStart',
      'periodEnd',
      'complete',
      'unit',
      'limit',
      'total',
      'utilisationPercent',
      'unknownBecause',
      'remaining',
      'excess',
      'exceeded',
      'counted',
      'notCounted',
      'crossings',
    ],
    rows,
  );
}

// ---- evaluate ----

/** `evaluate <condition.json> --evidence <file> --on <date>`. @internal */
export function evaluateCommand(input: CommandInput): string {
  const [conditionFile] = input.positionals as [string];
  const evidenceArg = required(input, 'evidence', 'evaluate');
  const at = requiredDate(input, 'on', 'evaluate');
  const condition = loadCondition(conditionFile, input.read);
  const evidence = loadEvidence(evidenceArg, input.read);
  const result = evaluate(condition, evidence, { at });
  switch (input.format) {
    case 'json':
      return toJson({ at, ...result });
    default:
      return titled(
        `${conditionFile} on ${at}, against the evidence ${evidenceArg}`,
        text.evaluation(result, input.width),
        input.width,
      );
  }
}

// ---- plan ----

/** `plan <plan> --evidence <evidence> (--on <date> | --from <date> --to <date>)`. @internal */
export function planCommand(input: CommandInput): string {
  const [planArg] = input.positionals as [string];
  const on = dateOption(str(input, 'on'), '--on');
  const from = dateOption(str(input, 'from'), '--from');
  const to = dateOption(str(input, 'to'), '--to');
  if (on === undefined && (from === undefined || to === undefined))
    throw usage(
      'plan needs --on <date> to evaluate the plan that day, or --from <date> --to <date> for its timeline.',
    );
  if (on !== undefined && (from !== undefined || to !== undefined))
    throw usage('Give either --on <date> or --from and --to, not both.');
  if (from !== undefined && to !== undefined && to < from)
    throw usage(`--to ${to} is before --from ${from}.`);
  const plan = loadPlan(planArg, input.read);
  const evidenceArg = str(input, 'evidence');
  const evidence =
    evidenceArg === undefined ? bundledEvidenceFor(plan) : loadEvidence(evidenceArg, input.read);
  if (evidence === undefined)
    throw usage('plan needs --evidence <file>: a plan is evaluated against evidence.');
  if (on !== undefined) {
    if (input.format === 'csv') throw usage('plan --on writes text or json; --from/--to writes csv too.');
    const result = evaluatePlan(plan, evidence, { at: on });
    return input.format === 'json' ? toJson(result) : text.planEvaluation(result, input.width);
  }
  const timeline = planTimeline(plan, evidence, { from: from as PlainDate, to: to as PlainDate });
  switch (input.format) {
    case 'json':
      return toJson({ plan: plan.id, from, to, timeline });
    case 'csv':
      return toCsv(
        ['date', 'phase', 'status', 'note'],
        timeline.map((t) => [t.date, t.phase, t.status, t.note]),
      );
    default:
      return titled(
        `Plan ${plan.id} from ${from} to ${to}`,
        text.timeline(timeline, input.width),
        input.width,
      );
  }
}

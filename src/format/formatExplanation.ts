import type { Comparator, Condition, FactValue } from '../conditions/ConditionSchema.js';
import type { EvaluateResult } from '../conditions/evaluate.js';
import type { Explanation, MissingEvidence } from '../conditions/explanation.js';
import { SanctionsRegimeError } from '../errors.js';
import { decimalFromNumber, decimalFromString } from '../quantity/decimal.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { fromDecimal, isQuantity } from '../quantity/quantity.js';
import type { UnitId } from '../quantity/units.js';
import { checkObject, checkOptions, type FormatOptions } from './options.js';
import { formatDecimal, Lines } from './text.js';

const COMPARATORS: Record<Comparator, string> = { eq: '=', ne: '≠', lt: '<', le: '≤', gt: '>', ge: '≥' };

/** A fact value for people: a quantity with its unit, a date, a number in the locale, a quoted string. */
export function valueText(value: FactValue, locale: string): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return formatDecimal(String(value), locale);
  if (typeof value === 'string') return JSON.stringify(value);
  if ('date' in value) return value.date;
  if (isQuantity(value)) return formatQuantity(value, { locale });
  // Evaluated from raw JSON, the explanation keeps the document's quantity, its amount still a string: read it as
  // the schema would, or print it as written when it cannot be read.
  const raw = value as { readonly amount: string | number; readonly unit: string };
  const amount =
    typeof raw.amount === 'number' ? decimalFromNumber(raw.amount) : decimalFromString(String(raw.amount));
  return amount === undefined
    ? `${raw.amount} ${raw.unit}`
    : formatQuantity(fromDecimal(amount, raw.unit as UnitId), { locale });
}

function windowText(e: Explanation, c: Extract<Condition, { op: 'occurred' | 'noneOccurred' }>): string {
  if (e.window !== undefined) return `from ${e.window.start} to ${e.window.end}`;
  return 'last' in c.within
    ? `in the last ${c.within.last} (not begun yet)`
    : `from ${c.within.start} to ${c.within.end} (not begun yet)`;
}

/** What a node of a condition says, in words. */
function nodeText(e: Explanation, locale: string): string {
  const c = e.condition;
  switch (c.op) {
    case 'all':
      return `all of ${c.of.length}`;
    case 'any':
      return `any of ${c.of.length}`;
    case 'atLeast':
      return `at least ${c.count} of ${c.of.length}`;
    case 'not':
      return 'not';
    case 'fact':
      return `fact ${c.fact}`;
    case 'compare':
      return `${c.fact} ${COMPARATORS[c.cmp] ?? c.cmp} ${valueText(c.value, locale)}`;
    case 'occurred':
      return `${c.event} occurred ${windowText(e, c)}`;
    case 'noneOccurred':
      return `no ${c.event} ${windowText(e, c)}`;
    case 'onOrAfter':
      return `on or after ${e.date ?? ('date' in c ? c.date : `${c.anchor} + ${c.plus}`)}`;
    case 'ref':
      return `${c.name}${e.children.length === 0 ? ' (explained above)' : ''}`;
    default:
      return (c as { op: string }).op;
  }
}

/** One piece of missing evidence, in words. */
export function missingText(m: MissingEvidence): string {
  return m.evidence === 'fact'
    ? `${m.fact}: ${m.message}`
    : `coverage of ${m.kind} from ${m.start} to ${m.end}`;
}

/** Adds the tree of an explanation, its root `indent` spaces in. */
export function explanationTree(out: Lines, e: Explanation, indent: number, locale: string): void {
  out.add(indent, `${nodeText(e, locale)}: ${e.truth}`, indent + 4);
  for (const f of e.used.facts)
    out.add(
      indent + 2,
      `used: ${f.fact} = ${valueText(f.value, locale)} from ${f.from}${f.until === undefined ? '' : ` until ${f.until}`} (${f.source})`,
      indent + 6,
    );
  for (const v of e.used.events)
    out.add(indent + 2, `used: ${v.kind} on ${v.date} (${v.source})`, indent + 6);
  for (const v of e.used.coverage)
    out.add(indent + 2, `used: coverage of ${v.kind} from ${v.start} to ${v.end}`, indent + 6);
  if (e.children.length === 0)
    for (const m of e.missing) out.add(indent + 2, `missing: ${missingText(m)}`, indent + 6);
  for (const child of e.children) explanationTree(out, child, indent + 2, locale);
}

/** Adds, when the answer is unknown, the evidence that would settle it. */
export function settleList(out: Lines, e: Explanation, indent: number): void {
  if (e.truth === 'unknown' && e.children.length > 0 && e.missing.length > 0) {
    out.add(indent, 'Evidence that would settle it:', indent + 2);
    for (const m of e.missing) out.add(indent + 2, missingText(m), indent + 4);
  }
}

/**
 * Formats the explanation of an evaluated condition as an indented tree: each node's condition in words and its
 * truth (`met`, `unmet` or `unknown`), under each leaf the evidence it used (with its source) and the evidence
 * missing to settle it; when the answer is unknown, a last list gathers every piece of evidence that would settle it.
 *
 * @param explanation - the result of `evaluate` (with its explanation), or an explanation: a phase's or the
 * snapback's from `evaluatePlan`.
 * @param options - `locale` and `width`; see {@link FormatOptions}.
 * @returns plain text, lines wrapped to the width, without a final newline.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_INPUT` for bad options, when `explanation` is not an explanation, or
 * for the result of `evaluate` with `explain: false`, which has none.
 * @example
 * ```ts
 * import { evaluate } from 'sanctions-regime';
 * import { formatExplanation } from 'sanctions-regime/format';
 * const evidence = { facts: [{ fact: 'iaea.access', value: true, from: '2016-01-16', source: 'IAEA GOV/INF/2016/1' }] };
 * const condition = { op: 'all', of: [{ op: 'fact', fact: 'iaea.access' }, { op: 'fact', fact: 'iaea.broader-conclusion' }] } as const;
 * const text = formatExplanation(evaluate(condition, evidence, { at: '2016-06-01' }));
 * text.split('\n').slice(0, 3); //=> ['all of 2: unknown', '  fact iaea.access: met', '    used: iaea.access = true from 2016-01-16 (IAEA GOV/INF/2016/1)']
 * text.split('\n')[3]; //=> '  fact iaea.broader-conclusion: unknown'
 * text.includes('Evidence that would settle it:'); //=> true
 * ```
 * @category Format
 */
export function formatExplanation(
  explanation: Explanation | EvaluateResult,
  options?: FormatOptions,
): string {
  const fn = 'formatExplanation';
  const checked = checkOptions(fn, options);
  checkObject(fn, 'explanation', explanation, 'an explanation or the result of evaluate');
  if (!('op' in explanation)) {
    if (explanation.explanation === undefined)
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `${fn}(explanation): the result of evaluate has no explanation (it was evaluated with explain: false); evaluate without it.`,
        { argument: `${fn}(explanation)` },
      );
    return formatExplanation(explanation.explanation, options);
  }
  checkObject(fn, 'explanation', explanation, 'an explanation or the result of evaluate', [
    'children',
    'missing',
  ]);
  const out = new Lines(checked);
  explanationTree(out, explanation, 0, checked.locale);
  settleList(out, explanation, 0);
  return out.toString();
}

import type { CapReport, Crossing, DimensionReport, NotCounted, PeriodReport } from '../caps/report.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { checkObject, checkOptions, type FormatOptions } from './options.js';
import { formatDecimal, Lines, plural } from './text.js';

const REASONS: Record<NotCounted['reason'], string> = {
  'other-cap': 'for another cap',
  'basis-not-selected': 'basis not selected',
  'delivered-after-as-of': 'delivered after the report day',
  'reported-after-as-of': 'reported after the report day',
  'outside-periods': 'outside every period of the cap',
  'spans-periods': 'spans more than one period',
  'no-conversion': "no factor into the limit's unit",
  retraction: 'a retraction',
};

function yesNo(value: boolean | 'unknown', what: string): string {
  if (value === 'unknown') return `${what}: unknown (a total is only a lower bound)`;
  return `${what}: ${value ? 'yes' : 'no'}`;
}

/** A threshold as a percentage of the limit, with its effect: `75 % (notify)`, `100 % (limit)`. */
export function crossingLabel(c: Crossing, locale: string): string {
  return `${formatDecimal(c.threshold.fraction.times(100).toFixed(), locale)} % (${c.threshold.effect})`;
}

function dimensionLine(d: DimensionReport, locale: string): string {
  const q = (x: DimensionReport['total']) => formatQuantity(x, { locale });
  const limit = `limit ${q(d.limit)}`;
  if (d.utilisationPercent === 'unknown') {
    const n = d.unknownBecause.length;
    return `${limit}: total unknown, at least ${q(d.total)} counted; utilisation unknown: ${plural(n, 'entry is', 'entries are', locale)} in a unit with no factor into ${d.limit.unit} (${d.unknownBecause.join(', ')}); remaining unknown, at most ${q(d.remainingAtMost)}`;
  }
  const excess = d.excess.amount.isZero() ? '' : `; exceeded by ${q(d.excess)}`;
  const remaining = d.remaining === 'unknown' ? 'unknown' : q(d.remaining);
  return `${limit}: ${q(d.total)} counted; utilisation ${formatDecimal(d.utilisationPercent, locale)} %; remaining ${remaining}${excess}`;
}

/** Not-counted entries grouped by reason and detail, ids listed, in the order first met. */
function notCounted(
  out: Lines,
  list: readonly NotCounted[],
  indent: number,
  heading: string,
  locale: string,
): void {
  if (list.length === 0) return;
  out.add(indent, `${heading} (${plural(list.length, 'entry', 'entries', locale)}):`);
  const groups = new Map<string, { reason: NotCounted['reason']; detail: string; ids: string[] }>();
  for (const n of list) {
    const key = `${n.reason}\u0000${n.detail}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { reason: n.reason, detail: n.detail, ids: [n.entryId] });
    else group.ids.push(n.entryId);
  }
  for (const { reason, detail, ids } of groups.values()) {
    out.add(indent + 2, `${REASONS[reason] ?? reason} (${reason}): ${ids.join(', ')}`, indent + 6);
    out.add(indent + 4, detail, indent + 6);
  }
}

function period(out: Lines, p: PeriodReport, asOf: string | undefined, locale: string): void {
  const state = p.complete ? 'complete' : `in progress${asOf === undefined ? '' : ` on ${asOf}`}`;
  out.add(
    0,
    `Period ${p.period.start} to ${p.period.end} (${state}): ${plural(p.counted, 'entry', 'entries', locale)} counted`,
  );
  for (const d of p.dimensions) out.add(2, dimensionLine(d, locale), 4);
  const utilisation =
    p.utilisationPercent === 'unknown'
      ? 'utilisation unknown'
      : `utilisation ${formatDecimal(p.utilisationPercent, locale)} %${p.dimensions.length > 1 && p.binding !== undefined ? ` (binding: the ${p.binding} limit)` : ''}`;
  out.add(2, `${utilisation}; ${yesNo(p.reached, 'reached')}; ${yesNo(p.exceeded, 'exceeded')}`, 4);
  if (p.projectedExhaustion !== undefined)
    out.add(2, `projected exhaustion at the run-rate so far: ${p.projectedExhaustion}`, 4);
  if (p.crossings.length === 0) out.add(2, 'crossings: none', 4);
  for (const c of p.crossings)
    out.add(
      2,
      `crossed ${crossingLabel(c, locale)} on ${c.date} by ${c.entryId}, cumulative ${formatQuantity(c.cumulative, { locale })}`,
      6,
    );
  const groups = (name: string, list: PeriodReport['byReporter']) => {
    if (list.length === 0) return;
    out.add(
      2,
      `${name}: ${list
        .map(
          (g) =>
            `${g.key} ${g.totals.map((t) => formatQuantity(t, { locale })).join(' / ')} (${plural(g.entries, 'entry', 'entries', locale)})`,
        )
        .join('; ')}`,
      6,
    );
  };
  groups('by reporter', p.byReporter);
  groups('by month of delivery', p.byMonth);
  notCounted(out, p.notCounted, 2, 'not counted in this period', locale);
}

/**
 * Formats a cap report for people: per period, each limit's total, utilisation as a percentage (every digit of the
 * exact figure), what remains, the threshold and limit crossings with their date and entry, the totals by reporter
 * and by month, and the entries not counted with their reasons. What is not known is said in words: when some entry
 * could not be converted into a limit's unit, the total is printed as a lower bound ("at least"), and utilisation and
 * what remains as unknown, never as a definite number.
 *
 * @param report - the result of `capReport` (or one report of `compareBases`).
 * @param options - `locale` and `width`; see {@link FormatOptions}.
 * @returns plain text, lines wrapped to the width, without a final newline.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_INPUT` for bad options or when `report` is not a cap report.
 * @example
 * ```ts
 * import { compareBases, findMeasure } from 'sanctions-regime';
 * import { dprk1718, refinedPetroleumLedger } from 'sanctions-regime/data';
 * import { formatCapReport } from 'sanctions-regime/format';
 * const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap');
 * const bases = compareBases(cap!, refinedPetroleumLedger, { asOf: '2018-09-27' });
 * const text = formatCapReport(bases.estimated);
 * text.includes('utilisation 151.9586 %'); //=> true
 * text.includes('crossed 100 % (limit) on 2018-05-30 by usa-2018-01/05'); //=> true
 * formatCapReport(bases.reported).includes('utilisation unknown'); //=> true
 * ```
 * @category Format
 */
export function formatCapReport(report: CapReport, options?: FormatOptions): string {
  const fn = 'formatCapReport';
  const checked = checkOptions(fn, options);
  checkObject(fn, 'report', report, 'the result of capReport', [
    'basis',
    'periods',
    'notCounted',
    'omittedPeriods',
    'superseded',
    'issues',
  ]);
  const { locale } = checked;
  const out = new Lines(checked);
  out.add(
    0,
    `Cap ${report.cap}, ${report.basis.join(' and ')} ${report.basis.length === 1 ? 'basis' : 'bases'}${report.asOf === undefined ? '' : `, as known on ${report.asOf}`}: ${plural(report.entries, 'ledger entry', 'ledger entries', locale)} read`,
    2,
  );
  if (report.periods.length === 0) out.add(0, 'No period to report.', 2);
  for (const p of report.periods) period(out, p, report.asOf, locale);
  if (report.omittedPeriods.length > 0)
    out.add(
      0,
      `Periods with no entry, each a total of zero (${plural(report.omittedPeriods.length, 'run', 'runs', locale)}): ${report.omittedPeriods.map((r) => `${r.start} to ${r.end}`).join(', ')}`,
      2,
    );
  notCounted(out, report.notCounted, 0, 'Not counted in any period', locale);
  if (report.superseded.length > 0) {
    out.add(0, `Superseded (${plural(report.superseded.length, 'entry', 'entries', locale)}):`, 2);
    for (const s of report.superseded) out.add(2, `${s.entryId} ${s.kind} by ${s.by}`, 4);
  }
  if (report.issues.length > 0) {
    out.add(0, `Ledger issues (${plural(report.issues.length, 'issue', 'issues', locale)}):`, 2);
    for (const i of report.issues) out.add(2, `${i.code} (${i.entryId}): ${i.message}`, 4);
  }
  return out.toString();
}

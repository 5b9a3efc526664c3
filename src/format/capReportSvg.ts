import type { CapReport, Crossing, PeriodReport } from '../caps/report.js';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { Decimal } from '../quantity/decimal.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { fromDecimal, type Quantity } from '../quantity/quantity.js';
import type { UnitId } from '../quantity/units.js';
import type { QuantityCap } from '../resolutions/measure.js';
import {
  addDaysUnchecked as addDays,
  type DateArg,
  type PlainDate,
  PlainDateSchema,
} from '../time/plainDate.js';
import { crossingLabel } from './formatCapReport.js';
import { mark } from './formatMeasures.js';
import { checkLocale } from './options.js';
import { dateScale, esc, linearScale, px, spread, text } from './svg.js';
import { formatDecimal } from './text.js';

/**
 * Options for {@link capReportSvg}.
 *
 * @category Format
 */
export interface CapReportSvgOptions {
  /** A BCP 47 locale for the numbers; defaults to `"en-US"`. Dates stay ISO 8601. */
  readonly locale?: string;
  /** The chart's width in pixels (a whole number from 480 to 4000); defaults to 800. */
  readonly width?: number;
  /** The chart's height in pixels (a whole number from 320 to 4000); defaults to 460. */
  readonly height?: number;
  /** A day of the period to chart; defaults to the last period of the first report. */
  readonly period?: DateArg;
  /** The unit of the limit to chart, for a cap with several limits; defaults to the first limit's. */
  readonly unit?: UnitId;
  /**
   * The cap measure the reports are of: with it, every threshold is drawn, crossed or not (with its confidence);
   * without it, only the thresholds some report crossed.
   */
  readonly cap?: QuantityCap;
}

/** Dash patterns by series, so that the lines differ without colour. */
const DASHES = ['', '9 5', '2 4', '12 4 2 4', '6 3 2 3 2 3'];
const COLOURS = ['#1b4f9c', '#b3261e', '#2e7d32', '#6a1b9a', '#8d6e00'];

function invalid(option: string, value: unknown, expected: string): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_INPUT',
    `capReportSvg(${option}): expected ${expected}, got ${describeValue(value)}.`,
    { argument: `capReportSvg(${option})`, value: describeValue(value) },
  );
}

function size(value: unknown, fallback: number, min: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= 4000))
    throw invalid(`options.${name}`, value, `a whole number of pixels from ${min} to 4000`);
  return value as number;
}

/** The last day of the month or range of months a `byMonth` key names (`"2018-03"`, `"2018-01/2018-05"`). */
function monthEnd(key: string): PlainDate | undefined {
  const match = /(\d{4})-(\d{2})$/.exec(key);
  if (match === null) return undefined;
  const [year, month] = [Number(match[1]), Number(match[2])];
  const next =
    month === 12
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${match[1]}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next as PlainDate, -1);
}

interface Series {
  readonly name: string;
  readonly report: CapReport;
  readonly period: PeriodReport;
  readonly dimension: number;
  /** Cumulative totals after each step, in date order. */
  readonly points: readonly { readonly date: PlainDate; readonly total: Decimal }[];
  readonly end: PlainDate;
  readonly crossings: readonly Crossing[];
}

function seriesOf(report: CapReport, period: PeriodReport, dimension: number): Series {
  const steps = new Map<PlainDate, Decimal>();
  let running: Decimal | undefined;
  const months = period.byMonth
    .map((g) => ({ date: monthEnd(g.key), total: g.totals[dimension] }))
    .filter((g): g is { date: PlainDate; total: Quantity } => g.date !== undefined && g.total !== undefined)
    // biome-ignore lint/complexity/useMathMinMax: dates as ISO strings, compared as strings, not numbers
    .map((g) => ({ date: g.date < period.period.end ? g.date : period.period.end, total: g.total.amount }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const m of months) {
    running = running === undefined ? m.total : running.plus(m.total);
    steps.set(m.date, running);
  }
  const unit = period.dimensions[dimension]?.limit.unit;
  const crossings = period.crossings.filter((c) => c.dimension === unit);
  for (const c of crossings) if (!steps.has(c.date)) steps.set(c.date, c.cumulative.amount);
  // In date order, without the steps that do not change the total (a crossing on an aggregate's last day, say).
  const points = [...steps]
    .map(([date, total]) => ({ date, total }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .filter((p, i, all) => i === 0 || !p.total.eq((all[i - 1] as { total: Decimal }).total));
  // The line runs to the report's day (or the period's end, when the period is complete or there is no such day).
  const asOf = report.asOf;
  const end =
    period.complete || asOf === undefined
      ? period.period.end
      : // biome-ignore lint/complexity/useMathMinMax: dates as ISO strings, compared as strings, not numbers
        asOf < period.period.end
        ? asOf
        : period.period.end;
  return { name: report.basis.join(' + '), report, period, dimension, points, end, crossings };
}

/**
 * Draws cap reports as an SVG chart: for one period, the cumulative total through the period as a step line per
 * report (one report per basis: reported, alleged, estimated, as `compareBases` gives them), the limit and each
 * threshold as labelled horizontal lines, and each crossing marked with its date and the entry that crossed. The
 * lines differ by dash pattern as well as colour, every line is labelled in words, and the chart has a `<title>` and
 * a `<desc>` that says what it shows, numbers included, for screen readers. A total that is only a lower bound (some
 * entry could not be converted into the limit's unit) is labelled "at least", never as the total.
 *
 * The steps fall at the end of each month of delivery (or of an aggregate's last month) and at each crossing; the
 * numbers printed are the report's exact decimals, while positions on the page are approximate by nature.
 *
 * @param reports - one report or several of one cap (`capReport`, or the reports of `compareBases`).
 * @param options - `locale`, `width`, `height`, `period`, `unit`, `cap`; see {@link CapReportSvgOptions}.
 * @returns an SVG document, as a string.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_INPUT` for bad options, no
 * report, reports of different caps, or no period to draw; `INVALID_DATE` for a bad `period`.
 * @example
 * ```ts
 * import { compareBases, findMeasure } from 'sanctions-regime';
 * import { dprk1718, refinedPetroleumLedger } from 'sanctions-regime/data';
 * import { capReportSvg } from 'sanctions-regime/format';
 * const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap')!;
 * const { reported, estimated } = compareBases(cap, refinedPetroleumLedger, { asOf: '2018-09-27' });
 * const svg = capReportSvg([reported, estimated], { cap });
 * svg.startsWith('<svg'); //=> true
 * svg.includes('<title id="cap-chart-title">Cap dprk.refined-petroleum.cap, 2018-01-01 to 2018-12-31</title>'); //=> true
 * svg.includes('limit 500,000 bbl'); //=> true
 * ```
 * @category Format
 */
export function capReportSvg(
  reports: CapReport | readonly CapReport[],
  options: CapReportSvgOptions = {},
): string {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw invalid('options', options, 'an options object');
  const list: readonly CapReport[] = Array.isArray(reports) ? reports : [reports as CapReport];
  if (
    list.length === 0 ||
    !list.every((r) => typeof r === 'object' && r !== null && Array.isArray(r.periods))
  )
    throw invalid('reports', reports, 'a cap report or a non-empty list of reports');
  const first = list[0] as CapReport;
  if (!list.every((r) => r.cap === first.cap))
    throw invalid('reports', reports, `reports of one cap (${list.map((r) => r.cap).join(', ')})`);
  if (
    options.cap !== undefined &&
    (typeof options.cap !== 'object' ||
      options.cap === null ||
      options.cap.kind !== 'quantity-cap' ||
      options.cap.id !== first.cap ||
      !Array.isArray(options.cap.thresholds))
  )
    throw invalid('options.cap', options.cap, `the quantity-cap measure ${first.cap} the reports are of`);
  const locale = checkLocale('capReportSvg', options.locale ?? 'en-US');
  const width = size(options.width, 800, 480, 'width');
  const height = size(options.height, 460, 320, 'height');
  let day: PlainDate | undefined;
  if (options.period !== undefined) {
    const parsed = PlainDateSchema.safeParse(options.period);
    if (!parsed.success)
      throw new SanctionsRegimeError(
        'INVALID_DATE',
        'capReportSvg(options.period) must be a calendar date as YYYY-MM-DD.',
        {
          period: describeValue(options.period),
        },
      );
    day = parsed.data;
  }
  const chosen =
    day === undefined
      ? first.periods.at(-1)
      : list
          .flatMap((r) => r.periods)
          .find((p) => p.period.start <= (day as string) && (day as string) <= p.period.end);
  if (chosen === undefined)
    throw invalid(
      'reports',
      reports,
      `a report with a period ${day === undefined ? 'to draw' : `that holds ${day}`}`,
    );
  const unit = options.unit ?? chosen.dimensions[0]?.limit.unit;
  const dimension = chosen.dimensions.findIndex((d) => d.limit.unit === unit);
  if (dimension === -1)
    throw invalid(
      'options.unit',
      options.unit,
      `the unit of one of the cap's limits (${chosen.dimensions.map((d) => d.limit.unit).join(', ')})`,
    );
  const limit = (chosen.dimensions[dimension] as PeriodReport['dimensions'][number]).limit;
  const q = (x: Quantity) => formatQuantity(x, { locale });
  const series = list.flatMap((r) => {
    const p = r.periods.find((x) => x.period.start === chosen.period.start);
    return p === undefined ? [] : [seriesOf(r, p, dimension)];
  });

  // Thresholds: the cap's own, else those crossed.
  const thresholds = new Map<
    string,
    { fraction: Decimal; effect: string; confidence?: string | undefined }
  >();
  if (options.cap !== undefined)
    for (const t of options.cap.thresholds)
      thresholds.set(t.fraction.toFixed(), {
        fraction: t.fraction,
        effect: t.effect,
        confidence: t.confidence,
      });
  else
    for (const s of series)
      for (const c of s.crossings)
        if (c.threshold.effect !== 'limit')
          thresholds.set(c.threshold.fraction.toFixed(), {
            fraction: c.threshold.fraction,
            effect: c.threshold.effect,
          });

  // Layout.
  const margin = { top: 64, right: 250, bottom: 70 + 18 * series.length, left: 84 };
  const plotBottom = height - margin.bottom;
  const plotRight = width - margin.right;
  const maxTotal = Math.max(
    limit.amount.toNumber(),
    ...series.flatMap((s) => s.points.map((p) => p.total.toNumber())),
  );
  const y = linearScale(0, maxTotal * 1.05, plotBottom, margin.top, 6);
  const x = dateScale(
    chosen.period.start,
    chosen.period.end,
    margin.left,
    plotRight,
    Math.floor((plotRight - margin.left) / 64),
  );
  const { start, end } = chosen.period;
  const asOf = list.every((r) => r.asOf === first.asOf) ? first.asOf : undefined;
  const title = `Cap ${first.cap}, ${start} to ${end}`;
  const subtitle = `cumulative total in ${limit.unit} by basis${asOf === undefined ? '' : `, as known on ${asOf}`}`;

  // The description, in words: what a sighted reader gets from the lines.
  const describeSeries = (s: Series) => {
    const d = s.period.dimensions[s.dimension] as PeriodReport['dimensions'][number];
    const total =
      d.utilisationPercent === 'unknown'
        ? `at least ${q(d.total)} (a lower bound: ${d.unknownBecause.length} ${d.unknownBecause.length === 1 ? 'entry' : 'entries'} in a unit with no factor into ${d.limit.unit}); utilisation unknown`
        : `${q(d.total)}, utilisation ${formatDecimal(d.utilisationPercent, locale)} %`;
    const crossed = s.crossings.map(
      (c) => `crossed ${crossingLabel(c, locale)} on ${c.date} by ${c.entryId}`,
    );
    return `${s.name}: ${total}${crossed.length === 0 ? '; no crossing' : `; ${crossed.join('; ')}`}`;
  };
  const thresholdText = [...thresholds.values()].map(
    (t) => `${formatDecimal(t.fraction.times(100).toFixed(), locale)} % ${t.effect}${mark(t.confidence)}`,
  );
  const desc = `Step chart of the cumulative total of cap ${first.cap} from ${start} to ${end}${asOf === undefined ? '' : ` as known on ${asOf}`}, one line per basis, rising at the end of each month of delivery and at each crossing. Limit ${q(limit)}${thresholdText.length === 0 ? '' : `; thresholds ${thresholdText.join(', ')}`}. ${series.map(describeSeries).join('. ')}.`;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="cap-chart-title cap-chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title id="cap-chart-title">${esc(title)}</title>`,
    `<desc id="cap-chart-desc">${esc(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(margin.left, 26, title, 'font-size="16" font-weight="bold" fill="#111"'),
    text(margin.left, 46, subtitle, 'fill="#333"'),
  );
  // Axes: gridlines and tick labels.
  out.push('<g class="axis y-axis" fill="#333" stroke="none">');
  for (const t of y.ticks) {
    out.push(
      `<line x1="${px(margin.left)}" x2="${px(plotRight)}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="#e0e0e0"/>`,
    );
    out.push(text(margin.left - 8, y(t) + 4, formatDecimal(String(t), locale), 'text-anchor="end"'));
  }
  out.push(text(18, margin.top - 10, limit.unit, 'fill="#333"'), '</g>');
  out.push('<g class="axis x-axis" fill="#333">');
  out.push(
    `<line x1="${px(margin.left)}" x2="${px(plotRight)}" y1="${px(plotBottom)}" y2="${px(plotBottom)}" stroke="#333"/>`,
  );
  out.push(
    `<line x1="${px(margin.left)}" x2="${px(margin.left)}" y1="${px(margin.top)}" y2="${px(plotBottom)}" stroke="#333"/>`,
  );
  for (const t of x.ticks) {
    out.push(
      `<line x1="${px(x(t.date))}" x2="${px(x(t.date))}" y1="${px(plotBottom)}" y2="${px(plotBottom + 5)}" stroke="#333"/>`,
    );
    out.push(text(x(t.date), plotBottom + 18, t.label, 'text-anchor="middle"'));
  }
  out.push('</g>');

  // Limit and thresholds: horizontal lines across the plot, labelled in the right margin (spread apart).
  const lines = [
    ...[...thresholds.values()].map((t) => ({
      value: limit.amount.times(t.fraction),
      label: `${formatDecimal(t.fraction.times(100).toFixed(), locale)} % ${t.effect}: ${q(fromDecimal(limit.amount.times(t.fraction), limit.unit))}${t.confidence === 'unconfirmed' ? ', unconfirmed' : ''}`,
      cls: 'threshold',
      style: 'stroke="#555" stroke-width="1" stroke-dasharray="4 3"',
    })),
    {
      value: limit.amount,
      label: `limit ${q(limit)}`,
      cls: 'limit',
      style: 'stroke="#111" stroke-width="2.5"',
    },
  ];
  const labelY = spread(
    lines.map((l) => y(l.value.toNumber()) + 4),
    14,
    margin.top + 4,
    plotBottom,
  );
  lines.forEach((l, i) => {
    const ly = y(l.value.toNumber());
    out.push(
      `<g class="${l.cls}"><line x1="${px(margin.left)}" x2="${px(plotRight)}" y1="${px(ly)}" y2="${px(ly)}" ${l.style}/>`,
      `<line x1="${px(plotRight)}" x2="${px(plotRight + 8)}" y1="${px(ly)}" y2="${px((labelY[i] as number) - 4)}" stroke="#999"/>`,
      `${text(plotRight + 10, labelY[i] as number, l.label, `fill="#111"${l.cls === 'limit' ? ' font-weight="bold"' : ''}`)}</g>`,
    );
  });

  // The day of the report.
  if (asOf !== undefined && start <= asOf && asOf <= end) {
    const ax = x.end(asOf);
    out.push(
      `<g class="as-of"><line x1="${px(ax)}" x2="${px(ax)}" y1="${px(margin.top)}" y2="${px(plotBottom)}" stroke="#777" stroke-dasharray="1 3"/>`,
      `${text(ax - 4, plotBottom - 6, `as of ${asOf}`, `transform="rotate(-90 ${px(ax - 4)} ${px(plotBottom - 6)})" fill="#333" font-size="11"`)}</g>`,
    );
  }

  // One step line per basis, then the crossings on it.
  const markers: { x: number; y: number; label: string; basis: string }[] = [];
  series.forEach((s, i) => {
    const dash = DASHES[i % DASHES.length] as string;
    const colour = COLOURS[i % COLOURS.length] as string;
    const d = s.period.dimensions[s.dimension] as PeriodReport['dimensions'][number];
    const lowerBound = d.utilisationPercent === 'unknown';
    let path = `M${px(x(start))},${px(y(0))}`;
    let last = 0;
    for (const p of s.points) {
      const at = x.end(p.date);
      last = y(p.total.toNumber());
      path += ` H${px(at)} V${px(last)}`;
    }
    path += ` H${px(x.end(s.end))}`;
    out.push(
      `<path class="step" data-basis="${esc(s.name)}" d="${path}" fill="none" stroke="${colour}" stroke-width="2"${dash === '' ? '' : ` stroke-dasharray="${dash}"`}/>`,
    );
    // A total that is only a lower bound: upward arrows along its line, every 48 pixels ("at least this").
    if (lowerBound) {
      const arrows: string[] = [];
      const from = x(start);
      const to = x.end(s.end);
      for (let ax = from + 12; ax < to; ax += 48) {
        let level = y(0);
        for (const p of s.points) if (x.end(p.date) <= ax) level = y(p.total.toNumber());
        arrows.push(
          `M${px(ax)},${px(level - 2)} V${px(level - 16)} M${px(ax - 4)},${px(level - 11)} L${px(ax)},${px(level - 16)} L${px(ax + 4)},${px(level - 11)}`,
        );
      }
      out.push(
        `<path class="lower-bound" data-basis="${esc(s.name)}" d="${arrows.join(' ')}" fill="none" stroke="${colour}" stroke-width="1.5"/>`,
      );
    }
    // Crossings of one entry on one day share a marker.
    const groups = new Map<string, Crossing[]>();
    for (const c of s.crossings) {
      const key = `${c.date} ${c.entryId}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    for (const group of groups.values()) {
      const c = group[group.length - 1] as Crossing;
      const cx = x.end(c.date);
      const cy = y(c.cumulative.amount.toNumber());
      const levels = group
        .map((g) => formatDecimal(g.threshold.fraction.times(100).toFixed(), locale))
        .join(', ');
      markers.push({ x: cx, y: cy, label: `${levels} % on ${c.date} by ${c.entryId}`, basis: s.name });
    }
    // The legend, below the axis: a sample of the line, and the series in words.
    const ly = plotBottom + 46 + i * 18;
    const total = lowerBound
      ? `at least ${q(d.total)} (${d.unknownBecause.length} ${d.unknownBecause.length === 1 ? 'entry' : 'entries'} not convertible into ${d.limit.unit}); utilisation unknown`
      : `${q(d.total)}, ${formatDecimal(d.utilisationPercent, locale)} % of the limit`;
    out.push(
      `<g class="legend" data-basis="${esc(s.name)}"><line x1="${px(margin.left)}" x2="${px(margin.left + 36)}" y1="${px(ly - 4)}" y2="${px(ly - 4)}" stroke="${colour}" stroke-width="2"${dash === '' ? '' : ` stroke-dasharray="${dash}"`}/>`,
      lowerBound
        ? `<path d="M${px(margin.left + 18)},${px(ly - 5)} V${px(ly - 14)} M${px(margin.left + 14)},${px(ly - 10)} L${px(margin.left + 18)},${px(ly - 14)} L${px(margin.left + 22)},${px(ly - 10)}" fill="none" stroke="${colour}" stroke-width="1.5"/>`
        : '',
      `${text(margin.left + 44, ly, `${s.name}: ${total}`, 'fill="#111"')}</g>`,
    );
  });
  const markerY = spread(
    markers.map((m) => m.y - 10),
    14,
    margin.top + 12,
    plotBottom - 4,
  );
  markers.forEach((m, i) => {
    const left = m.x > (margin.left + plotRight) / 2;
    out.push(
      `<g class="crossing" data-basis="${esc(m.basis)}"><path d="M${px(m.x)},${px(m.y - 6)} L${px(m.x + 6)},${px(m.y)} L${px(m.x)},${px(m.y + 6)} L${px(m.x - 6)},${px(m.y)} Z" fill="#fff" stroke="#111" stroke-width="1.5"/>`,
      `${text(left ? m.x - 10 : m.x + 10, markerY[i] as number, m.label, `${left ? 'text-anchor="end" ' : ''}fill="#111"`)}</g>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

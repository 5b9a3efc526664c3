import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { Measure } from '../resolutions/measure.js';
import { measuresInForce } from '../resolutions/measuresInForce.js';
import type { Regime } from '../resolutions/regime.js';
import { type RegimeEvent, regimeChanges } from '../resolutions/regimeChanges.js';
import { dateRange } from '../time/dateRange.js';
import { addDaysUnchecked as addDays, type DateArg, type PlainDate } from '../time/plainDate.js';
import { dateScale, esc, px, text } from './svg.js';

/**
 * Options for {@link regimeTimelineSvg}.
 *
 * @category Format
 */
export interface RegimeTimelineSvgOptions {
  /** The first day shown. */
  readonly from: DateArg;
  /** The last day shown (inclusive). */
  readonly to: DateArg;
  /** The chart's width in pixels (a whole number from 640 to 4000); defaults to 960. The height follows the rows. */
  readonly width?: number;
}

interface Run {
  start: PlainDate;
  end: PlainDate;
}

interface Row {
  readonly measure: Measure;
  readonly runs: Run[];
}

const ENDS: Partial<Record<RegimeEvent['type'], string>> = {
  supersede: 'superseded',
  amend: 'amended',
  terminate: 'terminated',
  suspend: 'suspended',
  expired: 'expired',
};

/**
 * Draws a regime's measures between two days as an SVG timeline: one bar per measure in force at some point in the
 * range, grouped by kind, from the day it took effect to the day it stopped (or on past the range, with an open end).
 * Each bar is labelled with the resolution that imposed it, and where it ends within the range, with the resolution
 * that changed or ended it and how (superseded, amended, terminated, suspended, expired); extensions are marked on
 * the bar. Unconfirmed measures have a dashed outline. Readable without colour, with a `<title>` and a `<desc>` that
 * lists the same facts in words.
 *
 * @param regime - the regime.
 * @param options - `from`, `to` (inclusive) and `width`; see {@link RegimeTimelineSvgOptions}.
 * @returns an SVG document, as a string.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_DATE` for bad dates;
 * `INVALID_RANGE` when `to` is before `from`; `INVALID_INPUT` for a bad width; `INVALID_REGIME` for a broken regime.
 * @example
 * ```ts
 * import { iran2231 } from 'sanctions-regime/data';
 * import { regimeTimelineSvg } from 'sanctions-regime/format';
 * const svg = regimeTimelineSvg(iran2231, { from: '2015-01-01', to: '2025-12-31' });
 * svg.includes('<title id="timeline-title">Regime iran-2231: measures from 2015-01-01 to 2025-12-31</title>'); //=> true
 * svg.includes('data-measure="iran.1737.asset-freeze"'); //=> true
 * ```
 * @category Format
 */
export function regimeTimelineSvg(regime: Regime, options: RegimeTimelineSvgOptions): string {
  if (typeof options !== 'object' || options === null)
    throw new SanctionsRegimeError('INVALID_INPUT', 'regimeTimelineSvg(options): expected { from, to }.', {
      argument: 'regimeTimelineSvg(options)',
      value: describeValue(options),
    });
  const { start: from, end: to } = dateRange(options.from, options.to);
  const width = options.width ?? 960;
  if (!(Number.isSafeInteger(width) && width >= 640 && width <= 4000))
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `regimeTimelineSvg(options.width): expected a whole number of pixels from 640 to 4000, got ${describeValue(width)}.`,
      { argument: 'regimeTimelineSvg(options.width)', value: describeValue(width) },
    );
  const events = regimeChanges(regime);
  // The resolution that holds each measure: it imposed the measure, whatever paragraph of an earlier one it cites.
  const holder = new Map<string, number>();
  for (const r of regime.resolutions) for (const m of r.measures) holder.set(m.id, r.number);

  // The days on which what is in force may change: the range's first day, each event, and the day after each
  // stretch in force ends (a suspension may end without an event of its own).
  const points = new Set<PlainDate>([from]);
  for (const e of events) if (from < e.date && e.date <= to) points.add(e.date);
  // The day after a suspension's (or an extension's) last day, which has no event of its own.
  for (const r of regime.resolutions)
    for (const c of r.changes)
      if (c.until !== undefined && c.until < to && from <= c.until) points.add(addDays(c.until, 1));
  const samples = new Map<PlainDate, Map<string, Measure>>();
  const pending = [...points].sort();
  while (pending.length > 0) {
    const day = pending.shift() as PlainDate;
    if (samples.has(day)) continue;
    const inForce = measuresInForce(regime, day);
    samples.set(day, new Map(inForce.map((m) => [m.measure.id, m.measure])));
    for (const m of inForce) {
      if (m.until !== undefined && m.until < to) {
        const next = addDays(m.until, 1);
        if (!samples.has(next) && !pending.includes(next)) {
          pending.push(next);
          pending.sort();
        }
      }
    }
  }
  const days = [...samples.keys()].sort();
  const rows = new Map<string, Row>();
  days.forEach((day, i) => {
    const last = i + 1 < days.length ? addDays(days[i + 1] as PlainDate, -1) : to;
    for (const [id, measure] of samples.get(day) as Map<string, Measure>) {
      const row = rows.get(id) ?? { measure, runs: [] };
      rows.set(id, row);
      const run = row.runs.at(-1);
      if (run !== undefined && addDays(run.end, 1) === day) run.end = last;
      else row.runs.push({ start: day, end: last });
    }
  });
  const byKind = new Map<string, Row[]>();
  for (const row of rows.values())
    byKind.set(row.measure.kind, [...(byKind.get(row.measure.kind) ?? []), row]);
  for (const list of byKind.values())
    list.sort((a, b) =>
      (a.runs[0] as Run).start < (b.runs[0] as Run).start
        ? -1
        : (a.runs[0] as Run).start > (b.runs[0] as Run).start
          ? 1
          : 0,
    );

  // Layout.
  const rowHeight = 20;
  const groupGap = 26;
  // The measures' names on the left (about 6.5 pixels a character at 12 px), 300 pixels or more.
  const longest = Math.max(
    0,
    ...[...rows.values()].map((r) => r.measure.id.length + (r.measure.confidence === 'unconfirmed' ? 14 : 0)),
  );
  const margin = { top: 96, right: 190, bottom: 40, left: Math.max(300, Math.ceil(34 + longest * 6.5)) };
  const height = margin.top + rows.size * rowHeight + byKind.size * groupGap + margin.bottom;
  const right = width - margin.right;
  // About one tick per 60 pixels, so that month labels ("2015-07") never run into each other.
  const x = dateScale(from, to, margin.left, right, Math.floor((right - margin.left) / 60));
  const title = `Regime ${regime.id}: measures from ${from} to ${to}`;
  const eventAt = (id: string, day: PlainDate) => events.find((e) => e.measureId === id && e.date === day);

  const sentences: string[] = [];
  const body: string[] = [];
  let yTop = margin.top;
  for (const [kind, list] of byKind) {
    body.push(
      `<g class="kind" data-kind="${esc(kind)}">`,
      text(12, yTop + 16, `${kind} (${list.length})`, 'font-weight="bold" font-size="13" fill="#111"'),
    );
    yTop += groupGap;
    for (const { measure, runs } of list) {
      const y = yTop + 4;
      const unconfirmed = measure.confidence === 'unconfirmed';
      body.push(
        `<g class="measure" data-measure="${esc(measure.id)}">`,
        text(24, y + 10, `${measure.id}${unconfirmed ? ' (unconfirmed)' : ''}`, 'fill="#111"'),
      );
      const spans: string[] = [];
      // Where the row is free from: labels never run into the bar or label before them.
      let rowFree = margin.left;
      runs.forEach((run, k) => {
        const x0 = x(run.start);
        const x1 = x.end(run.end);
        const open = run.end === to;
        const created = eventAt(measure.id, run.start);
        const imposedBy =
          created === undefined || created.type === 'expired'
            ? `res. ${holder.get(measure.id)}`
            : `res. ${created.resolution}`;
        const ended = open ? undefined : eventAt(measure.id, addDays(run.end, 1));
        const endLabel = open
          ? ''
          : ended === undefined
            ? 'ends'
            : ended.type === 'expired'
              ? `expired (end set by res. ${ended.resolution})`
              : `${ENDS[ended.type] ?? ended.type} by res. ${ended.resolution}`;
        // The imposing resolution inside the bar when it fits (about 5.5 pixels a character at 10 px), else before it
        // when there is room there, else after it with what ended it.
        const labelWidth = imposedBy.length * 5.5 + 6;
        const inside = x1 - x0 >= labelWidth;
        const before = !inside && x0 - rowFree >= labelWidth;
        const bar = body.length;
        body.push(
          '', // the bar, once its sentence is known
          inside
            ? text(x0 + 3, y + 10, imposedBy, 'font-size="10" fill="#0b1f3a"')
            : before
              ? text(x0 - 3, y + 10, imposedBy, 'font-size="10" fill="#0b1f3a" text-anchor="end"')
              : '',
        );
        const after = inside || before ? endLabel : `${imposedBy}${endLabel === '' ? '' : `; ${endLabel}`}`;
        if (open)
          body.push(
            `<path d="M${px(x1)},${px(y - 1)} L${px(x1 + 7)},${px(y + 6)} L${px(x1)},${px(y + 13)} Z" fill="#1b3a6b"/>`,
          );
        // What ended the bar, after it, unless it would run into the next bar of the row (the description has it).
        const afterX = x1 + (open ? 10 : 4);
        const next = runs[k + 1];
        rowFree = x1;
        if (after !== '' && (next === undefined || afterX + after.length * 5.5 <= x(next.start) - 3)) {
          body.push(text(afterX, y + 10, after, 'font-size="10" fill="#333"'));
          rowFree = afterX + after.length * 5.5;
        }
        // Each extension is a mark on the bar; its label only where it does not run into the previous one (about 5
        // pixels a character at 9 px). The description names every extension.
        const extended: string[] = [];
        let free = Number.NEGATIVE_INFINITY;
        for (const e of events)
          if (e.measureId === measure.id && e.type === 'extend' && run.start < e.date && e.date <= run.end) {
            const ex = x(e.date);
            const label = `extended by res. ${e.resolution}`;
            extended.push(`, extended by res. ${e.resolution} on ${e.date}`);
            body.push(
              `<line class="extension" x1="${px(ex)}" x2="${px(ex)}" y1="${px(y - 3)}" y2="${px(y + 15)}" stroke="#111" stroke-width="2"/>`,
            );
            if (ex >= free) {
              body.push(text(ex + 3, y - 2, label, 'font-size="9" fill="#333"'));
              free = ex + 3 + label.length * 5 + 6;
            }
          }
        const span = `from ${run.start} (${imposedBy})${extended.join('')} ${open ? `past ${to}` : `to ${run.end}, ${endLabel}`}`;
        spans.push(span);
        // The bar's own <title>, a tooltip with the same words, since a label may not fit.
        body[bar] =
          `<rect class="bar" x="${px(x0)}" y="${px(y)}" width="${px(Math.max(2, x1 - x0))}" height="12" fill="#c9d6ea" stroke="#1b3a6b" stroke-width="1"${unconfirmed ? ' stroke-dasharray="3 2"' : ''}><title>${esc(`${measure.id}: ${span}`)}</title></rect>`;
      });
      sentences.push(`${measure.id}${unconfirmed ? ' (unconfirmed)' : ''}: ${spans.join('; ')}`);
      body.push('</g>');
      yTop += rowHeight;
    }
    body.push('</g>');
  }
  const desc = `Timeline of regime ${regime.id} from ${from} to ${to}: ${rows.size} measures in ${byKind.size} kinds, one bar each, labelled with the resolution that imposed it and the one that changed or ended it. ${sentences.join('. ')}${sentences.length === 0 ? 'No measure is in force in this range' : ''}.`;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title timeline-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title id="timeline-title">${esc(title)}</title>`,
    `<desc id="timeline-desc">${esc(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(12, 26, title, 'font-size="16" font-weight="bold" fill="#111"'),
    text(
      12,
      46,
      'Each bar: a measure in force, labelled with the resolution that imposed it; after the bar, what ended it.',
      'fill="#333" font-size="11"',
    ),
    text(
      12,
      62,
      'A triangle: still in force at the end of the range. A dashed outline: unconfirmed.',
      'fill="#333" font-size="11"',
    ),
    '<g class="axis x-axis" fill="#333">',
  ];
  for (const t of x.ticks) {
    out.push(
      `<line x1="${px(x(t.date))}" x2="${px(x(t.date))}" y1="${px(margin.top - 14)}" y2="${px(height - margin.bottom)}" stroke="#e4e4e4"/>`,
      text(x(t.date), margin.top - 18, t.label, 'text-anchor="middle"'),
    );
  }
  out.push('</g>', ...body);
  if (rows.size === 0)
    out.push(text(margin.left, margin.top + 20, 'No measure is in force in this range.', 'fill="#111"'));
  out.push('</svg>');
  return out.join('\n');
}

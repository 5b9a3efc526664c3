// SVG building blocks of the format layer: escaping, and the scales and ticks of the charts. Written here rather than
// taken from d3-scale: a linear scale with nice ticks and a calendar-date scale are about sixty lines, and a
// dependency would add weight to `sanctions-regime/format` for no gain. Internal to the format layer.
import { dayNumber, type PlainDate } from '../time/plainDate.js';

/**
 * Escapes text for XML content and attribute values. Characters XML 1.0 does not allow (most control characters,
 * lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so that any label, however odd, leaves the document well formed.
 */
export function esc(text: string): string {
  return text
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids are what this replaces
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number for an SVG attribute: at most two decimals, no exponent, no `-0`. */
export function px(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A text element. */
export function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attributes === '' ? '' : ` ${attributes}`}>${esc(content)}</text>`;
}

/** A linear scale from a domain to a range, with nice ticks. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/** A "nice" step for about `count` intervals over `span`: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  return power * (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1);
}

/**
 * A linear scale whose domain starts at `min` and is extended up to a nice tick at or above `max`, mapped onto
 * `[from, to]` (pixels; `to` may be below `from`, as a y axis is).
 */
export function linearScale(min: number, max: number, from: number, to: number, count = 5): LinearScale {
  const span = max > min ? max - min : Math.abs(min) || 1;
  const step = niceStep(span, count);
  const low = Math.floor(min / step) * step;
  const high = Math.max(Math.ceil(max / step) * step, low + step);
  const ticks: number[] = [];
  const n = Math.round((high - low) / step);
  // Multiples of the step, computed from integers so that 0.1 + 0.2 never shows as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0; i <= n; i += 1) ticks.push(Number((low + i * step).toFixed(digits)));
  const scale = (value: number) => from + ((value - low) / (high - low)) * (to - from);
  return Object.assign(scale, { domain: [low, high] as const, ticks });
}

/** A scale of calendar dates (inclusive days) onto pixels, with ticks on the first day of months or years. */
export interface DateScale {
  (date: PlainDate): number;
  /** The position of the end of a day (its last instant): where a bar that ends that day stops. */
  readonly end: (date: PlainDate) => number;
  readonly ticks: readonly { readonly date: PlainDate; readonly label: string }[];
}

const STEPS_IN_MONTHS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600];

/** A date scale over `[first, last]` (both inclusive) onto `[from, to]`, with at most about `count` ticks. */
export function dateScale(first: PlainDate, last: PlainDate, from: number, to: number, count = 8): DateScale {
  const start = dayNumber(first);
  const days = dayNumber(last) + 1 - start;
  const at = (n: number) => from + ((n - start) / days) * (to - from);
  const [y0, m0] = first.split('-').map(Number) as [number, number];
  const [y1, m1] = last.split('-').map(Number) as [number, number];
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  const step = STEPS_IN_MONTHS.find((s) => months / s <= count) ?? 1200;
  const ticks: { date: PlainDate; label: string }[] = [];
  // Month indexes from year 0; ticks fall on multiples of the step (January for steps of a year or more).
  for (let m = Math.ceil((y0 * 12 + m0 - 1) / step) * step; m <= y1 * 12 + m1 - 1; m += step) {
    const date =
      `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01` as PlainDate;
    if (date < first) continue;
    ticks.push({ date, label: step >= 12 ? date.slice(0, 4) : date.slice(0, 7) });
  }
  const scale = (date: PlainDate) => at(dayNumber(date));
  return Object.assign(scale, { end: (date: PlainDate) => at(dayNumber(date) + 1), ticks });
}

/**
 * Spreads labels apart vertically: given the wanted y of each (any order), returns y positions at least `gap`
 * apart, each as near its wanted position as the others allow, kept within `[top, bottom]` where there is room.
 */
export function spread(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(Math.max(o.y, top), bottom));
  for (let k = 1; k < placed.length; k += 1)
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) {
    placed[placed.length - 1] = bottom;
    for (let k = placed.length - 2; k >= 0; k -= 1)
      placed[k] = Math.min(placed[k] as number, (placed[k + 1] as number) - gap);
  }
  const result: number[] = new Array(wanted.length);
  order.forEach((o, k) => {
    result[o.i] = placed[k] as number;
  });
  return result;
}

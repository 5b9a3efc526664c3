// Plain-text building blocks of the format layer: lines wrapped to a width, numbers in a locale, exactly.
// Internal to the format layer.
import { type Citation, formatCitation } from '../resolutions/citation.js';
import type { Checked } from './options.js';

/** The length of a text in code points (what a terminal shows as characters, for the scripts we print). */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/**
 * Wraps one logical line: the first physical line starts `indent` spaces in, the next ones `hang` spaces in. Breaks
 * only at spaces; a word longer than a line is kept whole on a line of its own. Indents are capped at two thirds of the
 * width, so that deep trees still leave room for words.
 */
export function wrap(text: string, width: number, indent: number, hang = indent + 2): string[] {
  const cap = Math.floor((width * 2) / 3);
  const first = ' '.repeat(Math.min(indent, cap));
  const rest = ' '.repeat(Math.min(hang, cap));
  const lines: string[] = [];
  let line = first;
  let length = textLength(first);
  let empty = true;
  // Runs of spaces between words are kept (they align columns); a line break drops the run it replaces.
  let gap = '';
  for (const token of text.match(/[^ \t\r\n]+|[ \t\r\n]+/g) ?? []) {
    if (/^[ \t\r\n]/.test(token)) {
      gap = /[\t\r\n]/.test(token) ? ' ' : token;
      continue;
    }
    const size = textLength(token);
    if (!empty && length + gap.length + size > width) {
      lines.push(line);
      line = rest;
      length = textLength(rest);
      empty = true;
    }
    const sep = empty ? '' : gap;
    line += sep + token;
    length += sep.length + size;
    empty = false;
    gap = '';
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Collects wrapped lines. */
export class Lines {
  readonly #lines: string[] = [];
  constructor(readonly options: Checked) {}
  /** Adds a logical line, wrapped. */
  add(indent: number, text: string, hang?: number): this {
    // One push per line: a spread passes each line as an argument, which overflows the stack past about 130,000.
    for (const line of wrap(text, this.options.width, indent, hang)) this.#lines.push(line);
    return this;
  }
  /** Adds an empty line. */
  blank(): this {
    this.#lines.push('');
    return this;
  }
  toString(): string {
    return this.#lines.join('\n');
  }
}

interface LocaleNumbers {
  readonly integer: Intl.NumberFormat;
  readonly digits: readonly string[];
  readonly point: string;
}

const locales = new Map<string, LocaleNumbers>();

function localeNumbers(locale: string): LocaleNumbers {
  let found = locales.get(locale);
  if (found === undefined) {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const { locale: resolved, numberingSystem } = integer.resolvedOptions();
    // The locale's ten digits, read from the locale itself (as formatQuantity does).
    const ten = Array.from(
      new Intl.NumberFormat(resolved, { numberingSystem, useGrouping: false }).format(1234567890),
    );
    const parts = new Intl.NumberFormat(resolved, {
      numberingSystem,
      minimumFractionDigits: 1,
    }).formatToParts(1);
    found = {
      integer,
      digits: [ten[9] as string, ...ten.slice(0, 9)],
      point: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    locales.set(locale, found);
  }
  return found;
}

/**
 * Formats a plain decimal string (`"151.9586"`, `"-0.5"`) in a locale, every digit kept: the integer part is grouped
 * by `Intl.NumberFormat`, which formats a decimal string exactly, and the decimals follow in the locale's digits, so
 * no float is involved and nothing is rounded. Anything but a plain decimal string is returned as it is.
 */
export function formatDecimal(plain: string, locale: string): string {
  if (!/^-?[0-9]+(\.[0-9]+)?$/.test(plain)) return plain;
  const numbers = localeNumbers(locale);
  const point = plain.indexOf('.');
  const integer = point === -1 ? plain : plain.slice(0, point);
  const parts = numbers.integer.formatToParts(integer as unknown as number);
  const text = parts.map((p) => p.value);
  if (point !== -1) {
    let fraction = numbers.point;
    for (let i = point + 1; i < plain.length; i += 1) fraction += numbers.digits[plain.charCodeAt(i) - 48];
    text.splice(parts.map((p) => p.type).lastIndexOf('integer') + 1, 0, fraction);
  }
  return text.join('');
}

/** Formats a count (a whole number) in a locale. */
export function formatCount(n: number, locale: string): string {
  return localeNumbers(locale).integer.format(n);
}

/** `1 entry`, `2 entries`. */
export function plural(n: number, one: string, many: string, locale: string): string {
  return `${formatCount(n, locale)} ${n === 1 ? one : many}`;
}

/** A chain of citations, oldest first: `res. 2375 para 14 → res. 2397 para 5`. */
export function citationChain(citations: readonly Citation[]): string {
  return citations.map(formatCitation).join(' → ');
}

/** Citations as a list: `res. 2375 para 14; res. 2397 para 5`. */
export function citationList(citations: readonly Citation[]): string {
  return citations.map(formatCitation).join('; ');
}

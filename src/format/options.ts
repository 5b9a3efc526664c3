// The options every text formatter takes, checked once per call. Internal to the format layer.
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';

/**
 * Options of the text formatters (`formatMeasures`, `formatCapReport`, …).
 *
 * @category Format
 */
export interface FormatOptions {
  /** A BCP 47 locale for digit grouping, the decimal separator and the digits; defaults to `"en-US"`. Dates stay ISO 8601. */
  readonly locale?: string;
  /** The width to wrap lines to, in characters (a whole number, 20 or more); defaults to 80. A word longer than a line is never cut. */
  readonly width?: number;
}

/** The smallest width a formatter wraps to. */
export const MIN_WIDTH = 20;

/** Checked options, with their defaults. */
export interface Checked {
  readonly locale: string;
  readonly width: number;
}

function invalid(fn: string, option: string, value: unknown, expected: string): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_INPUT',
    `${fn}(options.${option}): expected ${expected}, got ${describeValue(value)}.`,
    { argument: `${fn}(options.${option})`, value: describeValue(value) },
  );
}

/** Checks a locale: a string Intl accepts. */
export function checkLocale(fn: string, locale: unknown): string {
  if (typeof locale !== 'string') throw invalid(fn, 'locale', locale, 'a BCP 47 locale such as "en-US"');
  try {
    new Intl.NumberFormat(locale);
  } catch {
    throw invalid(fn, 'locale', locale, 'a BCP 47 locale such as "en-US"');
  }
  return locale;
}

/** Checks the options of a text formatter and fills in the defaults. */
export function checkOptions(fn: string, options: unknown): Checked {
  if (options === undefined) return { locale: 'en-US', width: 80 };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `${fn}(options): expected an options object such as { locale: "en-US", width: 80 }, got ${describeValue(options)}.`,
      { argument: `${fn}(options)` },
    );
  }
  const { locale = 'en-US', width = 80 } = options as FormatOptions;
  if (!(Number.isSafeInteger(width) && width >= MIN_WIDTH)) {
    throw invalid(fn, 'width', width, `a whole number of characters, ${MIN_WIDTH} or more`);
  }
  return { locale: checkLocale(fn, locale), width };
}

/**
 * Checks that a required argument is an object whose named fields are lists, as the domain functions' results are:
 * the formatters read results, and anything else is refused here rather than failing half-way with a TypeError.
 */
export function checkObject(
  fn: string,
  argument: string,
  value: unknown,
  expected: string,
  lists: readonly string[] = [],
): void {
  const ok =
    typeof value === 'object' &&
    value !== null &&
    lists.every((key) => Array.isArray((value as Record<string, unknown>)[key]));
  if (!ok) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `${fn}(${argument}): expected ${expected}, got ${describeValue(value)}${typeof value === 'object' && value !== null ? ` without ${lists.join(', ')} as lists` : ''}.`,
      { argument: `${fn}(${argument})`, value: describeValue(value) },
    );
  }
}

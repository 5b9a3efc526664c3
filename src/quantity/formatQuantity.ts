import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { roundTo, toPlainString } from './decimal.js';
import { assertQuantity, type Quantity } from './quantity.js';
import { units as builtInUnits, hasUnit, type UnitRegistry } from './units.js';

/**
 * Options for {@link formatQuantity}.
 *
 * @category Quantity
 */
export interface FormatQuantityOptions {
  /** Round half-even to at most this many decimals (a whole number, 0 or more); by default every digit is printed. */
  readonly maximumFractionDigits?: number;
  /** A BCP 47 locale for digit grouping, the decimal separator and the digits; defaults to `"en-US"`. */
  readonly locale?: string;
  /** The registry that gives unit symbols; defaults to the built-in {@link units}. */
  readonly units?: UnitRegistry;
}

function invalidOption(option: string, value: unknown, expected: string): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_INPUT',
    `formatQuantity(options.${option}): expected ${expected}, got ${describeValue(value)}.`,
    { argument: `formatQuantity(options.${option})`, value: describeValue(value) },
  );
}

function numberFormat(locale: unknown): Intl.NumberFormat {
  if (typeof locale !== 'string') throw invalidOption('locale', locale, 'a BCP 47 locale such as "en-US"');
  try {
    // Stryker disable next-line ObjectLiteral: it only ever formats whole numbers, so the option is documentation
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  } catch {
    throw invalidOption('locale', locale, 'a BCP 47 locale such as "en-US"');
  }
}

/**
 * The locale's ten digits, 0 to 9, read from the locale itself (`"٠١٢٣٤٥٦٧٨٩"` for `ar-EG`).
 */
function localeDigits(format: Intl.NumberFormat): string[] {
  const { locale, numberingSystem } = format.resolvedOptions();
  const text = new Intl.NumberFormat(locale, { numberingSystem, useGrouping: false }).format(
    '1234567890' as unknown as number,
  );
  const digits = Array.from(text); // code points: some numbering systems have digits outside the BMP
  // Stryker disable next-line MethodExpression: only the first ten are read, and they are the same without slice
  return [digits[9] as string, ...digits.slice(0, 9)];
}

function decimalSeparator(format: Intl.NumberFormat): string {
  const { locale, numberingSystem } = format.resolvedOptions();
  const parts = new Intl.NumberFormat(locale, { numberingSystem, minimumFractionDigits: 1 }).formatToParts(1);
  // Stryker disable next-line OptionalChaining,StringLiteral: every locale's format of 1.0 has a decimal part
  return parts.find((p) => p.type === 'decimal')?.value ?? '.';
}

/**
 * Formats a quantity for people: digit grouping and the unit's symbol. Every digit of the amount is printed, however
 * many (a conversion can give 40 decimals): the integer part is grouped by `Intl.NumberFormat`, which formats a
 * decimal string exactly, and the decimals follow in the locale's digits, so no float is involved and no digit is
 * lost. This is the only place the library rounds, and only when asked.
 *
 * @param q - the quantity.
 * @param options - `maximumFractionDigits`, `locale`, `units`.
 * @returns text such as `"500,000 bbl"`.
 * @throws {@link SanctionsRegimeError} `INVALID_AMOUNT` when `q` is not a quantity; `INVALID_INPUT` for an invalid
 * locale or a `maximumFractionDigits` that is not a whole number, 0 or more.
 * @example
 * ```ts
 * import { formatQuantity, quantity } from 'sanctions-regime';
 * formatQuantity(quantity('106094.17', 'barrel')); //=> '106,094.17 bbl'
 * formatQuantity(quantity('106094.17', 'barrel'), { maximumFractionDigits: 0 }); //=> '106,094 bbl'
 * formatQuantity(quantity('48430.5', 'tonne'), { locale: 'de-DE' }); //=> '48.430,5 t'
 * ```
 * @category Quantity
 */
export function formatQuantity(q: Quantity, options: FormatQuantityOptions = {}): string {
  assertQuantity(q);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `formatQuantity(options): expected an options object, got ${describeValue(options)}.`,
      { argument: 'formatQuantity(options)' },
    );
  }
  const digits = options.maximumFractionDigits;
  if (digits !== undefined && !(Number.isSafeInteger(digits) && digits >= 0)) {
    throw invalidOption('maximumFractionDigits', digits, 'a whole number, 0 or more');
  }
  const format = numberFormat(options.locale ?? 'en-US');
  const registry = options.units ?? builtInUnits;
  // Stryker disable next-line ConditionalExpression: rounding to undefined places leaves the amount as it is
  const amount = digits === undefined ? q.amount : roundTo(q.amount, digits);
  const plain = toPlainString(amount);
  const point = plain.indexOf('.');
  const integer = point === -1 ? plain : plain.slice(0, point);
  // Intl formats a decimal string exactly (Intl.NumberFormat v3): the integer part, however long, keeps its digits.
  const parts = format.formatToParts(integer as unknown as number);
  const text = parts.map((p) => p.value);
  if (point !== -1) {
    const map = localeDigits(format);
    let fraction = decimalSeparator(format);
    for (let i = point + 1; i < plain.length; i += 1) fraction += map[plain.charCodeAt(i) - 48];
    const last = parts.map((p) => p.type).lastIndexOf('integer');
    text.splice(last + 1, 0, fraction);
  }
  // Stryker disable next-line OptionalChaining: hasUnit has just checked the key
  const symbol = hasUnit(registry, q.unit) ? registry[q.unit]?.symbol : q.unit;
  return `${text.join('')} ${symbol ?? q.unit}`;
}

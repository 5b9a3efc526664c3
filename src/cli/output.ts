// Writing answers: JSON (decimals as strings, as the schemas write them) and CSV (RFC 4180: fields quoted when they
// hold a comma, a quote or a line break; CRLF line ends, as spreadsheets expect).

/**
 * A value as JSON, two-space indented, with a final line end. Decimals serialise as plain decimal strings (the
 * library's Decimal writes itself that way), dates as `YYYY-MM-DD`.
 *
 * @internal
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/**
 * Rows as CSV: a header, then one line per row; `undefined` is an empty cell.
 *
 * @internal
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
  const line = (cells: readonly (string | number | boolean | undefined)[]) =>
    cells.map((c) => quote(c === undefined ? '' : String(c))).join(',');
  return `${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

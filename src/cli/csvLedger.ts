// Ledgers from the CSV a spreadsheet exports: one row per ledger entry, the columns named after the fields of
// LedgerEntrySchema (docs/cli.md lists them). Parsed with csv-parse, never by hand; every row is checked with the
// library's own schema, and a problem is reported by row and column, as a spreadsheet shows them.
import { parse } from 'csv-parse/sync';
import {
  ConversionFactorSchema,
  type LedgerEntry,
  type LedgerEntryInput,
  LedgerEntrySchema,
} from '../index.js';

/** One CSV column: its name in the header, and where its value goes in a ledger entry. @internal */
export interface LedgerColumn {
  /** The name, as written in the header of the sample (`deliveredThrough`). */
  readonly name: string;
  /** Whether every file must have it. */
  readonly required: boolean;
  /** What it holds, for the help and the docs. */
  readonly description: string;
}

/**
 * The columns of a CSV ledger, in the order the sample file writes them. Header names are matched without regard
 * to case, spaces, underscores or hyphens (`Delivered through`, `delivered_through` and `deliveredThrough` are one
 * column).
 *
 * @internal
 */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { name: 'id', required: true, description: 'the entry id, unique in the ledger' },
  { name: 'cap', required: true, description: 'the id of the cap measure (dprk.refined-petroleum.cap)' },
  { name: 'delivered', required: true, description: 'the day of delivery, or the first day of an aggregate' },
  { name: 'deliveredThrough', required: false, description: 'the last day of an aggregate' },
  { name: 'reported', required: false, description: 'the day the committee was notified' },
  {
    name: 'amount',
    required: true,
    description: 'the quantity as reported: 120000 or 106094.17, no separators',
  },
  { name: 'unit', required: true, description: 'barrel, tonne, kilolitre, usd or item' },
  { name: 'reporter', required: true, description: 'CHN, CHN+RUS, or a body such as UN-PoE' },
  { name: 'basis', required: true, description: 'reported, alleged or estimated' },
  { name: 'source', required: true, description: 'the document the figure comes from' },
  { name: 'sourceUrl', required: false, description: "the source's address" },
  { name: 'sourceDate', required: false, description: "the source's date" },
  { name: 'sourceQuote', required: false, description: 'a short quote that shows the figure' },
  { name: 'sourceNote', required: false, description: 'what a reader should know about the source' },
  { name: 'corrects', required: false, description: 'the id of the entry this one replaces' },
  { name: 'retracts', required: false, description: 'the id of the entry this one withdraws (no amount)' },
  { name: 'supersedes', required: false, description: 'ids this aggregate replaces, separated by ";"' },
  { name: 'conversionFrom', required: false, description: 'a conversion factor: the unit it converts from' },
  { name: 'conversionTo', required: false, description: 'the unit it converts into' },
  { name: 'conversionMultiplier', required: false, description: 'the multiplier (7.33)' },
  { name: 'conversionSource', required: false, description: 'where the factor is published' },
  { name: 'note', required: false, description: 'anything else' },
];

const normalise = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
const BY_KEY = new Map(LEDGER_COLUMNS.map((c) => [normalise(c.name), c.name]));
// Names a spreadsheet may use for the same thing.
for (const [alias, name] of [
  ['quantity', 'amount'],
  ['quantityamount', 'amount'],
  ['quantityunit', 'unit'],
  ['sourcedocument', 'source'],
  ['document', 'source'],
] as const)
  BY_KEY.set(alias, name);

/** One problem in a CSV ledger, where a spreadsheet would show it. @internal */
export interface CsvProblem {
  /** The row, counting the header as row 1. */
  readonly row: number;
  /** The column's header name, when the problem is in one cell. */
  readonly column?: string;
  /** The column's letter (A, B, …, AA), when known. */
  readonly letter?: string;
  /** What is wrong, and what to do. */
  readonly message: string;
}

/** Options of {@link parseCsvLedger}. @internal */
export interface CsvLedgerOptions {
  /** A thousands separator to remove from amounts (`,`); without it an amount that has one is refused. */
  readonly thousandsSeparator?: string;
  /** Called every 10,000 rows with the rows done and the rows in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The entries of a CSV ledger (parsed), or its problems. @internal */
export interface CsvLedger {
  /** The entries, parsed with LedgerEntrySchema, in file order (only the rows without problems). */
  readonly entries: readonly LedgerEntry[];
  /** The same entries in their JSON form. */
  readonly inputs: readonly LedgerEntryInput[];
  /** The row of each entry. */
  readonly entryRows?: readonly number[];
  /** Every problem, by row. */
  readonly problems: readonly CsvProblem[];
  /** How many data rows the file has. */
  readonly rows: number;
}

/** The spreadsheet letter of a 0-based column index. @internal */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

// Digits grouped by threes with a separator: "120,000", "1 234 567.5".
const GROUPED = /^(\d{1,3})((?:[,  '’_]\d{3})+)(\.\d+)?$/;

/** The amount cell, with an accepted thousands separator removed; or a problem in words. */
function amountOf(cell: string, separator: string | undefined): { value: string } | { problem: string } {
  const grouped = GROUPED.exec(cell);
  if (grouped !== null) {
    const used = (grouped[2] as string)[0] as string;
    const consistent = (grouped[2] as string).split(/\d{3}/).every((s) => s === '' || s === used);
    if (separator !== undefined && used === separator && consistent)
      return { value: cell.split(separator).join('') };
    const plain = cell.replace(/[,  '’_]/g, '');
    return {
      problem: `${JSON.stringify(cell)} has a thousands separator (${JSON.stringify(used)}), which is never guessed: write ${plain}, or pass --thousands-separator ${JSON.stringify(used)} to remove it from every amount.`,
    };
  }
  if (/^-?\d+,\d+$/.test(cell))
    return {
      problem: `${JSON.stringify(cell)} has a comma: amounts use a point for decimals (${cell.replace(',', '.')}) and no thousands separator.`,
    };
  return { value: cell };
}

/**
 * The delimiter of a CSV file, from its header row: a comma, or the semicolon that spreadsheets write where the
 * decimal separator is a comma, or a tab, whichever the header has most of outside quotes (a comma on a tie).
 *
 * @internal
 */
export function delimiterOf(text: string): ',' | ';' | '\t' {
  const header = (text.replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  const [comma, semicolon, tab] = [count(','), count(';'), count('\t')];
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

/** The cell's value, or undefined when empty. */
const cellOf = (record: readonly string[], index: number | undefined): string | undefined => {
  if (index === undefined) return undefined;
  const value = record[index];
  return value === undefined || value === '' ? undefined : value;
};

/** Where an issue of LedgerEntrySchema points, as a column name. */
function columnOfPath(path: readonly PropertyKey[]): string | undefined {
  const [first, second] = path;
  if (first === 'quantity') return second === 'unit' ? 'unit' : 'amount';
  if (first === 'source') {
    if (second === 'url') return 'sourceUrl';
    if (second === 'date') return 'sourceDate';
    if (second === 'quote') return 'sourceQuote';
    if (second === 'note') return 'sourceNote';
    return 'source';
  }
  if (first === 'conversion') {
    const field = typeof second === 'number' ? path[2] : second;
    if (field === 'from') return 'conversionFrom';
    if (field === 'to') return 'conversionTo';
    if (field === 'multiplier') return 'conversionMultiplier';
    return 'conversionSource';
  }
  return typeof first === 'string' ? first : undefined;
}

/**
 * Parses a CSV ledger: a header row naming the columns (see {@link LEDGER_COLUMNS}), then one entry per row. Accepts
 * what spreadsheets export: a byte-order mark, CRLF line ends, commas, semicolons or tabs between cells (told from
 * the header), quoted fields (with commas, quotes and line breaks
 * inside), spaces around cells, and empty trailing columns. An empty cell is an absent field. Every row is checked
 * with LedgerEntrySchema; the problems come back by row and column, never thrown, so that `validate` can list them
 * all.
 *
 * @internal
 */
export function parseCsvLedger(text: string, options: CsvLedgerOptions = {}): CsvLedger {
  const problems: CsvProblem[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const e = error as { message: string; lines?: number };
    return {
      entries: [],
      inputs: [],
      rows: 0,
      problems: [
        {
          row: e.lines ?? 1,
          message: `not readable as CSV: ${e.message.replace(/^Invalid Record Length: |^Invalid Opening Quote: |^Invalid Closing Quote: /, '')}`,
        },
      ],
    };
  }
  const header = records[0];
  if (header === undefined)
    return {
      entries: [],
      inputs: [],
      rows: 0,
      problems: [
        {
          row: 1,
          message: `the file is empty: expected a header row (${requiredNames()}) and one row per entry.`,
        },
      ],
    };

  // The header: known columns, each once; empty trailing headers are allowed (their cells must be empty too).
  const index = new Map<string, number>();
  const unknown: string[] = [];
  const blank: number[] = [];
  header.forEach((raw, i) => {
    if (raw === '') {
      blank.push(i);
      return;
    }
    const name = BY_KEY.get(normalise(raw));
    if (name === undefined) unknown.push(`${JSON.stringify(raw)} (${columnLetter(i)})`);
    else if (index.has(name))
      problems.push({
        row: 1,
        letter: columnLetter(i),
        column: raw,
        message: `column ${name} appears twice (${columnLetter(index.get(name) as number)} and ${columnLetter(i)}).`,
      });
    else index.set(name, i);
  });
  if (unknown.length > 0)
    problems.push({
      row: 1,
      message: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: the columns are ${LEDGER_COLUMNS.map((c) => c.name).join(', ')} (see docs/cli.md).`,
    });
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !index.has(c.name)).map((c) => c.name);
  if (missing.length > 0)
    problems.push({
      row: 1,
      message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: a ledger needs ${requiredNames()}.`,
    });
  if (problems.length > 0) return { entries: [], inputs: [], rows: records.length - 1, problems };
  if (records.length === 1)
    return {
      entries: [],
      inputs: [],
      rows: 0,
      problems: [{ row: 1, message: 'the file has a header row and no entries.' }],
    };

  const at = (name: string) => index.get(name);
  const entries: LedgerEntry[] = [];
  const inputs: LedgerEntryInput[] = [];
  const entryRows: number[] = [];
  const total = records.length - 1;
  for (let r = 1; r < records.length; r += 1) {
    if (options.onProgress !== undefined && r % 10_000 === 0) options.onProgress(r, total);
    const record = records[r] as string[];
    const row = r + 1;
    const rowProblems: CsvProblem[] = [];
    const cell = (name: string) => cellOf(record, at(name));
    const where = (name: string) => {
      const i = at(name);
      return i === undefined ? { column: name } : { column: name, letter: columnLetter(i) };
    };
    // Cells beyond the header, or under an empty header, must be empty.
    for (let i = 0; i < record.length; i += 1) {
      if ((i >= header.length || blank.includes(i)) && record[i] !== '')
        rowProblems.push({
          row,
          letter: columnLetter(i),
          message: `column ${columnLetter(i)} has a value (${JSON.stringify(record[i])}) but no header: name the column, or remove the value.`,
        });
    }
    const entry: Record<string, unknown> = {};
    const put = (field: string, value: unknown) => {
      if (value !== undefined) entry[field] = value;
    };
    put('id', cell('id'));
    put('cap', cell('cap'));
    put('delivered', cell('delivered'));
    put('deliveredThrough', cell('deliveredThrough'));
    put('reported', cell('reported'));
    const amountCell = cell('amount');
    const unit = cell('unit');
    // A row without an amount has no quantity (a retraction), whatever its unit cell says.
    if (amountCell !== undefined) {
      const checked = amountOf(amountCell, options.thousandsSeparator);
      if ('problem' in checked) {
        rowProblems.push({ row, ...where('amount'), message: checked.problem });
        // A stand-in amount, so that the unit is still checked (the amount's own problem is reported above).
        put('quantity', { amount: '0', unit });
      } else put('quantity', { amount: checked.value, unit });
    }
    const conversion = {
      from: cell('conversionFrom'),
      to: cell('conversionTo'),
      multiplier: cell('conversionMultiplier'),
      source: cell('conversionSource'),
    };
    if (Object.values(conversion).some((v) => v !== undefined)) {
      // Checked on its own: within the entry, a bad factor is one opaque issue of a union (one factor or several).
      const factor = ConversionFactorSchema.safeParse(conversion);
      if (factor.success) put('conversion', conversion);
      else
        for (const issue of factor.error.issues) {
          const column = columnOfPath(['conversion', ...issue.path]) as string;
          const value = cell(column);
          rowProblems.push({
            row,
            ...where(column),
            message:
              value === undefined
                ? `the cell is empty, and ${describeColumn(column)} is required with a conversion factor.`
                : `${JSON.stringify(value)}: ${issue.message}`,
          });
        }
    }
    put('reporter', cell('reporter'));
    put('basis', cell('basis'));
    const source: Record<string, string> = {};
    for (const [field, column] of [
      ['document', 'source'],
      ['url', 'sourceUrl'],
      ['date', 'sourceDate'],
      ['quote', 'sourceQuote'],
      ['note', 'sourceNote'],
    ] as const) {
      const value = cell(column);
      if (value !== undefined) source[field] = value;
    }
    if (Object.keys(source).length > 0) put('source', source);
    put('corrects', cell('corrects'));
    put('retracts', cell('retracts'));
    const supersedes = cell('supersedes');
    if (supersedes !== undefined)
      put(
        'supersedes',
        supersedes
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      );
    put('note', cell('note'));

    // The schema checks the rest; a column already reported above (an amount with a separator, a bad factor) is
    // not reported twice.
    const reported = new Set(rowProblems.map((p) => p.column));
    const parsed = LedgerEntrySchema.safeParse(entry);
    if (parsed.success && rowProblems.length === 0) {
      entries.push(parsed.data as LedgerEntry);
      inputs.push(entry as unknown as LedgerEntryInput);
      entryRows.push(row);
      continue;
    }
    for (const issue of parsed.error?.issues ?? []) {
      const column = columnOfPath(issue.path);
      if (column !== undefined && reported.has(column)) continue;
      const value = column === undefined ? undefined : cell(column);
      const absent = column !== undefined && value === undefined && issue.code === 'invalid_type';
      rowProblems.push({
        row,
        ...(column === undefined ? {} : where(column)),
        message: absent
          ? `the cell is empty, and ${describeColumn(column)} is required.`
          : issue.path.length === 1 &&
              issue.path[0] === 'quantity' &&
              (value === undefined || cell('retracts') !== undefined)
            ? // The rule that a delivery has a quantity and a retraction none, in the words of the columns.
              value === undefined
              ? 'the cell is empty: a delivery needs an amount (only a row that retracts an entry has none).'
              : `${JSON.stringify(value)}: a row that retracts an entry has no amount (to change a figure, add a row that corrects it).`
            : value === undefined
              ? issue.message
              : `${JSON.stringify(value)}: ${issue.message}`,
      });
    }
    problems.push(...rowProblems);
  }
  if (options.onProgress !== undefined && total % 10_000 !== 0) options.onProgress(total, total);
  return { entries, inputs, entryRows, problems, rows: total };
}

function describeColumn(name: string): string {
  const column = LEDGER_COLUMNS.find((c) => c.name === name);
  return column === undefined ? name : `${name} (${column.description})`;
}

function requiredNames(): string {
  return LEDGER_COLUMNS.filter((c) => c.required)
    .map((c) => c.name)
    .join(', ');
}

/**
 * A problem in words: `ledger.csv, row 4, column amount (F): …`.
 *
 * @internal
 */
export function describeCsvProblem(file: string, problem: CsvProblem): string {
  const column =
    problem.column === undefined
      ? problem.letter === undefined
        ? ''
        : `, column ${problem.letter}`
      : `, column ${problem.column}${problem.letter === undefined ? '' : ` (${problem.letter})`}`;
  return `${file}, row ${problem.row}${column}: ${problem.message}`;
}

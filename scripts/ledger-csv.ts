// Writes examples/refined-petroleum-ledger.csv: the bundled refined-petroleum ledger (sanctions-regime/data's
// refinedPetroleumLedger) as the CSV a spreadsheet would hold, one entry per row, in the columns of docs/cli.md.
// tests/cli/csvLedger.test.ts checks that it is fresh: read back, it is the bundled ledger.
// Run: npx tsx scripts/ledger-csv.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEDGER_COLUMNS } from '../src/cli/csvLedger.js';
import { toCsv } from '../src/cli/output.js';
import { refinedPetroleumLedger } from '../src/data/index.js';

const cells = (e: (typeof refinedPetroleumLedger)[number]): Record<string, string | undefined> => {
  const factors =
    e.conversion === undefined ? [] : Array.isArray(e.conversion) ? e.conversion : [e.conversion];
  if (factors.length > 1) throw new Error(`${e.id}: a CSV row holds one conversion factor`);
  const factor = factors[0];
  return {
    id: e.id,
    cap: e.cap,
    delivered: e.delivered,
    deliveredThrough: e.deliveredThrough,
    reported: e.reported,
    amount: e.quantity?.amount,
    unit: e.quantity?.unit,
    reporter: e.reporter,
    basis: e.basis,
    source: e.source.document,
    sourceUrl: e.source.url,
    sourceDate: e.source.date,
    sourceQuote: e.source.quote,
    sourceNote: e.source.note,
    corrects: e.corrects,
    retracts: e.retracts,
    supersedes: e.supersedes?.join(';'),
    conversionFrom: factor?.from,
    conversionTo: factor?.to,
    conversionMultiplier: factor?.multiplier,
    conversionSource: factor?.source,
    note: e.note,
  };
};

const names = LEDGER_COLUMNS.map((c) => c.name);
const rows = refinedPetroleumLedger.map((e) => {
  const row = cells(e);
  return names.map((n) => row[n]);
});
const out = join(import.meta.dirname, '..', 'examples', 'refined-petroleum-ledger.csv');
writeFileSync(out, toCsv(names, rows).replaceAll('\r\n', '\n'));
console.log(`wrote ${out}: ${rows.length} entries`);

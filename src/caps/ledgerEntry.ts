import * as z from 'zod';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyArray } from '../internal/zod.js';
import { ConversionFactorSchema, QuantitySchema } from '../quantity/QuantitySchema.js';
import { type DocumentCitation, DocumentCitationSchema } from '../resolutions/citation.js';
import { MeasureIdSchema } from '../resolutions/measure.js';
import { PlainDateSchema } from '../time/plainDate.js';

/**
 * Entry ids: 1 to 200 printable characters.
 *
 * @category Caps
 */
export const ENTRY_ID_PATTERN = /^[\x21-\x7e](?:[\x20-\x7e]{0,198}[\x21-\x7e])?$/;
/**
 * A reporter: ISO 3166 alpha-3 (`"CHN"`), several joined by `+` for a combined figure (`"CHN+RUS"`), or a body (`"UN-PoE"`).
 *
 * @category Caps
 */
export const REPORTER_PATTERN = /^(?:[A-Z]{3}(?:\+[A-Z]{3})*|[A-Za-z][A-Za-z0-9-]{1,31})$/;

/**
 * Who stands behind a ledger entry: `reported` (an official notification to the committee), `alleged` (a member
 * State's or panel's claim) or `estimated` (a computation, such as tanker capacity times port calls).
 * @category Caps
 */
export const LedgerBasisSchema = z.enum(['reported', 'alleged', 'estimated']);

/**
 * The basis of a ledger entry.
 *
 * @category Caps
 */
export type LedgerBasis = z.infer<typeof LedgerBasisSchema>;

/**
 * Zod schema for one ledger entry: one delivery as reported (or alleged, or estimated), with its source. Ledgers are
 * append-only: a correction is a new entry that `corrects` the id it replaces; a retraction `retracts` an id and
 * carries no quantity. An entry may cover a range of days (`delivered` to `deliveredThrough`) when only an
 * aggregate was published; an aggregate that replaces entries already in the ledger lists them in `supersedes`
 * (it has a quantity, and neither corrects nor retracts).
 *
 * @example
 * ```ts
 * import { LedgerEntrySchema } from 'sanctions-regime';
 * const entry = LedgerEntrySchema.parse({
 *   id: 'usa-2018-01-01/05-30', cap: 'dprk.refined-petroleum.cap', delivered: '2018-01-01',
 *   deliveredThrough: '2018-05-30', quantity: { amount: '759793', unit: 'barrel' }, reporter: 'USA',
 *   basis: 'alleged', source: { document: 'AP, 2018-07-12' },
 * });
 * entry.quantity?.amount.toFixed(); //=> '759793'
 * ```
 * @category Caps
 */
export const LedgerEntrySchema = z
  .object({
    /** Unique within a ledger. */
    id: z.string().regex(ENTRY_ID_PATTERN, { message: 'An entry id is 1 to 200 printable characters' }),
    /** The id of the cap measure the entry counts against. */
    cap: MeasureIdSchema,
    /** The day of the delivery, or the first day of an aggregate. */
    delivered: PlainDateSchema,
    /** The last day of an aggregate covering several days. */
    deliveredThrough: PlainDateSchema.optional(),
    /** The day the committee was notified, when known. */
    reported: PlainDateSchema.optional(),
    /** The quantity as reported, in any unit; absent only for a retraction. */
    quantity: QuantitySchema.refine((q) => !q.amount.isNegative(), {
      message: 'A delivered quantity cannot be negative',
    })
      .refine((q) => q.reported === undefined, {
        message: 'Give the quantity as reported; put a factor in "conversion"',
      })
      .optional(),
    /** Factors, each with its source, from the reported unit into the cap's units. */
    conversion: z.union([ConversionFactorSchema, z.array(ConversionFactorSchema)]).optional(),
    reporter: z.string().regex(REPORTER_PATTERN, {
      message:
        'A reporter is ISO 3166 alpha-3 ("CHN"), several joined by "+" ("CHN+RUS"), or a body ("UN-PoE")',
    }),
    basis: LedgerBasisSchema,
    /** Where the figure was published. */
    source: DocumentCitationSchema,
    /** The id of an earlier entry this one replaces. */
    corrects: z.string().regex(ENTRY_ID_PATTERN).optional(),
    /** The id of an earlier entry this one withdraws. */
    retracts: z.string().regex(ENTRY_ID_PATTERN).optional(),
    /**
     * The ids of the entries this aggregate replaces (a published annual total that replaces monthly entries):
     * they are not counted, and the report lists them as superseded. Non-empty, without repeats.
     */
    supersedes: nonEmptyArray(
      z.string().regex(ENTRY_ID_PATTERN),
      'An aggregate supersedes at least one entry',
    )
      .refine((ids) => new Set(ids).size === ids.length, {
        message: 'An aggregate names each entry it supersedes once',
      })
      .optional(),
    note: z.string().optional(),
  })
  .refine((e) => e.deliveredThrough === undefined || e.delivered <= e.deliveredThrough, {
    message: 'deliveredThrough cannot be before delivered',
    path: ['deliveredThrough'],
  })
  .refine((e) => e.corrects === undefined || e.retracts === undefined, {
    message: 'An entry either corrects or retracts, not both',
    path: ['retracts'],
  })
  .refine((e) => e.supersedes === undefined || (e.corrects === undefined && e.retracts === undefined), {
    message:
      'An aggregate that supersedes entries neither corrects nor retracts; correct it with a new entry',
    path: ['supersedes'],
  })
  .refine((e) => (e.retracts === undefined) === (e.quantity !== undefined), {
    message: 'A delivery has a quantity; a retraction has none',
    path: ['quantity'],
  })
  // The two rules above, in the JSON Schema.
  .meta({
    anyOf: [
      { required: ['retracts'], properties: { quantity: false, corrects: false } },
      { required: ['quantity'], properties: { retracts: false } },
    ],
  })
  .overwrite(deepFreeze);

/**
 * One ledger entry, parsed: quantities are exact decimals.
 *
 * @category Caps
 */
export interface LedgerEntry extends Omit<z.infer<typeof LedgerEntrySchema>, 'source'> {
  /** Where the figure was published. */
  source: DocumentCitation;
}

/**
 * One ledger entry in its JSON form (amounts as decimal strings).
 *
 * @category Caps
 */
export interface LedgerEntryInput extends z.input<typeof LedgerEntrySchema> {}

/**
 * How an error names a ledger entry: its id and index, or its index alone.
 *
 * @internal
 */
export function entryLabel(entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string'
    ? `Ledger entry ${JSON.stringify(id)} (index ${index})`
    : `Ledger entry at index ${index} (no id)`;
}

const unwrap = (m: unknown): string | undefined =>
  typeof m === 'string'
    ? m
    : typeof m === 'object' && m !== null
      ? (m as { message?: string }).message
      : undefined;

/** The message zod would give a raw issue (the issue's own, its check's or schema's map, else the locale's). */
function messageOf(issue: z.core.$ZodRawIssue): string {
  const own = (issue.inst as { _zod?: { def?: { error?: (i: unknown) => unknown } } } | undefined)?._zod?.def
    ?.error;
  return issue.message ?? unwrap(own?.(issue)) ?? unwrap(z.config().localeError?.(issue)) ?? 'Invalid input';
}

/**
 * Zod schema for a whole ledger: an array of {@link LedgerEntrySchema} entries. A bad entry fails with a path that
 * starts with its index, and a message that names it by id (`Ledger entry "chn-2018-04" (index 3): …`).
 *
 * @example
 * ```ts
 * import { LedgerSchema } from 'sanctions-regime';
 * const entry = {
 *   id: 'a', cap: 'dprk.refined-petroleum.cap', delivered: '2018-03-01', quantity: { amount: '120,000', unit: 'barrel' },
 *   reporter: 'CHN', basis: 'reported', source: { document: 'export.csv' },
 * };
 * const result = LedgerSchema.safeParse([entry]);
 * result.error?.issues[0]?.path; //=> [0, 'quantity', 'amount']
 * result.error?.issues[0]?.message.startsWith('Ledger entry "a" (index 0): '); //=> true
 * ```
 * @category Caps
 */
export const LedgerSchema = /* @__PURE__ */ labelEntries(z.array(LedgerEntrySchema).overwrite(deepFreeze));

/**
 * Makes an array schema name the entry in each issue: the path already starts with the index; the message gains the
 * entry's id. A check (`superRefine`) cannot do it, as zod skips checks after an aborting issue (a bad amount), so
 * the schema's run is wrapped instead; the schema itself, and so its JSON Schema, is unchanged.
 */
function labelEntries<T extends z.ZodArray<typeof LedgerEntrySchema>>(schema: T): T {
  const run = schema._zod.run;
  schema._zod.run = (payload, ctx) => {
    const input = payload.value;
    const result = run(payload, ctx);
    const label = (done: z.core.ParsePayload) => {
      for (const issue of done.issues) {
        const index = issue.path?.[0];
        if (typeof index !== 'number' || !Array.isArray(input)) continue;
        (issue as { message?: string }).message = `${entryLabel(input[index], index)}: ${messageOf(issue)}`;
      }
      return done;
    };
    return result instanceof Promise ? result.then(label) : label(result);
  };
  return schema;
}

/**
 * A ledger, parsed.
 *
 * @category Caps
 */
export type Ledger = LedgerEntry[];

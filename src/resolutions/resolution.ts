import * as z from 'zod';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyString } from '../internal/zod.js';
import { PlainDateSchema } from '../time/plainDate.js';
import { type DocumentCitation, DocumentCitationSchema } from './citation.js';
import { type Deadline, DeadlineSchema, type Mandate, MandateSchema } from './mandate.js';
import { ConfidenceSchema, type Measure, MeasureIdSchema, MeasureSchema } from './measure.js';

/**
 * Zod schema for a change a resolution makes to an earlier measure or mandate, after Akoma Ntoso's modification model: the
 * source paragraph, the target measure, the type, the date it takes effect and, for `supersede` and `amend`, the
 * replacement measure (created by the same resolution).
 *
 * - `supersede` / `amend`: the target stops the day before `effective`; the replacement carries on its lineage.
 * - `terminate`: the target stops the day before `effective`.
 * - `suspend`: the target is not in force from `effective` through `until` (indefinitely without `until`).
 * - `extend`: the target's end moves to `until` (no end without `until`).
 *
 * @example
 * ```ts
 * import { ChangeSchema } from 'sanctions-regime';
 * const change = ChangeSchema.parse({
 *   paragraph: '5', target: 'dprk.refined-petroleum.cap.2375-annual', type: 'supersede',
 *   effective: '2018-01-01', replacement: 'dprk.refined-petroleum.cap', summary: 'Annual cap cut to 500,000 barrels',
 *   confidence: 'confirmed',
 * });
 * change.type; //=> 'supersede'
 * ```
 * @category Resolutions
 */
export const ChangeSchema = z
  .object({
    /** The paragraph of this resolution that makes the change. */
    paragraph: z.string().regex(/^[0-9]+(\([a-z0-9]+\))*$/),
    /** The id of the measure or mandate changed. */
    target: MeasureIdSchema,
    type: z.enum(['supersede', 'amend', 'suspend', 'terminate', 'extend']),
    /** The first day the change applies. */
    effective: PlainDateSchema,
    /** For `suspend` and `extend`: the last day of the suspension, or the new end. */
    until: PlainDateSchema.optional(),
    /** For `supersede` and `amend`: the id of the measure that replaces the target. */
    replacement: MeasureIdSchema.optional(),
    /** One sentence on the change. */
    summary: nonEmptyString(),
    /**
     * Words of the paragraph that show the change (the new end of a renewal), copied from the official text;
     * `checkCitations` (`sanctions-regime/akn`) finds them in the paragraph.
     */
    quote: z.string().optional(),
    confidence: ConfidenceSchema,
    note: z.string().optional(),
  })
  .refine((c) => (c.type === 'supersede' || c.type === 'amend') === (c.replacement !== undefined), {
    message: 'supersede and amend name a replacement; other changes do not',
    path: ['replacement'],
  })
  .refine((c) => c.until === undefined || c.type === 'suspend' || c.type === 'extend', {
    message: 'Only suspend and extend take "until"',
    path: ['until'],
  })
  // The two rules above, in the JSON Schema.
  .meta({
    allOf: [
      {
        anyOf: [
          { required: ['replacement'], properties: { type: { enum: ['supersede', 'amend'] } } },
          { properties: { type: { not: { enum: ['supersede', 'amend'] } }, replacement: false } },
        ],
      },
      {
        anyOf: [{ properties: { type: { enum: ['suspend', 'extend'] } } }, { properties: { until: false } }],
      },
    ],
  })
  .overwrite(deepFreeze);

/**
 * A change a resolution makes to an earlier measure.
 *
 * @category Resolutions
 */
export interface Change extends z.infer<typeof ChangeSchema> {}

/**
 * Zod schema for a {@link Resolution}.
 *
 * @example
 * ```ts
 * import { ResolutionSchema } from 'sanctions-regime';
 * const r = ResolutionSchema.parse({
 *   symbol: 'S/RES/2356 (2017)', number: 2356, adopted: '2017-06-02',
 *   vote: { inFavour: 15, against: 0, abstaining: 0 }, summary: 'Designations only.',
 *   paragraphs: [], measures: [], changes: [], confidence: 'confirmed',
 * });
 * r.number; //=> 2356
 * ```
 * @category Resolutions
 */
export const ResolutionSchema = z
  .object({
    /** The document symbol, `"S/RES/2397 (2017)"`. */
    symbol: z
      .string()
      .regex(/^S\/RES\/[0-9]+ \([0-9]{4}\)$/, { message: 'Write the symbol as "S/RES/2397 (2017)"' }),
    number: z.number().int().positive(),
    adopted: PlainDateSchema,
    /** The vote; `unanimous` when only that is known. */
    vote: z.union([
      z.object({
        inFavour: z.number().int().min(0).max(15),
        against: z.number().int().min(0).max(15),
        abstaining: z.number().int().min(0).max(15),
      }),
      z.literal('unanimous'),
    ]),
    summary: nonEmptyString(),
    /** Operative paragraphs with a short summary each. */
    paragraphs: z.array(
      z.object({
        number: z.string().regex(/^[0-9]+(\([a-z0-9]+\))*$/),
        summary: nonEmptyString(),
        /** Words of the paragraph, copied from the official text; `checkCitations` finds them in it. */
        quote: z.string().optional(),
        confidence: ConfidenceSchema.optional(),
        note: z.string().optional(),
      }),
    ),
    /** Measures it creates. */
    measures: z.array(MeasureSchema),
    /** Changes it makes to earlier measures and mandates (a mandate's renewal is an `extend`). */
    changes: z.array(ChangeSchema),
    /** Bodies it creates for a term (a Panel of Experts). */
    mandates: z.array(MandateSchema).optional(),
    /** Dated obligations its paragraphs set (reports, reviews). */
    deadlines: z.array(DeadlineSchema).optional(),
    confidence: ConfidenceSchema,
    note: z.string().optional(),
    sources: z.array(DocumentCitationSchema).optional(),
  })
  .refine((r) => r.symbol.startsWith(`S/RES/${r.number} (`), {
    message: 'The symbol must carry the resolution number',
    path: ['symbol'],
  })
  .overwrite(deepFreeze);

/**
 * A Security Council resolution: its adoption, vote, paragraphs, the measures it creates and the changes it makes.
 *
 * @category Resolutions
 */
export interface Resolution
  extends Omit<
    z.infer<typeof ResolutionSchema>,
    'measures' | 'changes' | 'mandates' | 'deadlines' | 'sources'
  > {
  /** The measures it imposes. */
  measures: Measure[];
  /** The changes it makes to earlier measures and mandates. */
  changes: Change[];
  /** The bodies it creates for a term (a Panel of Experts). */
  mandates?: Mandate[] | undefined;
  /** The dated obligations its paragraphs set. */
  deadlines?: Deadline[] | undefined;
  /** Documents where its facts were read. */
  sources?: DocumentCitation[] | undefined;
}

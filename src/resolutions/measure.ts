import * as z from 'zod';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyArray, nonEmptyString } from '../internal/zod.js';
import { DecimalStringSchema, QuantitySchema } from '../quantity/QuantitySchema.js';
import type { Duration } from '../time/duration.js';
import { DurationSchema } from '../time/duration.js';
import type { PeriodRule } from '../time/periodRule.js';
import { PeriodRuleSchema } from '../time/periodRule.js';
import type { PlainDate } from '../time/plainDate.js';
import { PlainDateSchema } from '../time/plainDate.js';
import { type Citation, CitationSchema, type DocumentCitation, DocumentCitationSchema } from './citation.js';
import { type CommodityId, CommodityIdSchema } from './commodities.js';

/**
 * A cap limit: a quantity greater than zero (a limit of zero or below would make utilisation infinite or negative).
 * Internal: used by the quantity-cap measure and by a relief plan's `set-cap-limits`.
 */
export const CapLimitSchema = /* @__PURE__ */ QuantitySchema.refine(
  (q) => q.amount.isPositive() && !q.amount.isZero(),
  { message: 'A cap limit must be greater than zero', params: { code: 'NON_POSITIVE_LIMIT' } },
);

const MEASURE_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * Zod schema for a measure id: lower-case, kebab-case segments joined by dots (`"dprk.refined-petroleum.cap"`).
 *
 * @example
 * ```ts
 * import { MeasureIdSchema } from 'sanctions-regime';
 * MeasureIdSchema.parse('dprk.refined-petroleum.cap'); //=> 'dprk.refined-petroleum.cap'
 * ```
 * @category Resolutions
 */
export const MeasureIdSchema = z
  .string()
  .regex(MEASURE_ID, { message: 'A measure id is lower-case kebab-case segments joined by dots' });

/**
 * How sure the data is: `unconfirmed` facts say why in `note`.
 *
 * @category Resolutions
 */
export const ConfidenceSchema = z.enum(['confirmed', 'unconfirmed']);

/**
 * How sure the data is: `"confirmed"`, or `"unconfirmed"` with a `note` saying why.
 *
 * @category Resolutions
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * Zod schema for the period in which a measure applies by its own terms: from `start`, to `end` inclusive when it
 * has one.
 *
 * @example
 * ```ts
 * import { EffectiveRangeSchema } from 'sanctions-regime';
 * EffectiveRangeSchema.parse({ start: '2018-01-01' }); //=> { start: '2018-01-01' }
 * ```
 * @category Resolutions
 */
export const EffectiveRangeSchema = z
  .object({ start: PlainDateSchema, end: PlainDateSchema.optional() })
  .refine((r) => r.end === undefined || r.start <= r.end, {
    message: 'A measure cannot end before it starts',
    path: ['end'],
    params: { code: 'INVALID_RANGE' },
  })
  .overwrite(deepFreeze);

/**
 * The period in which a measure applies by its own terms: from `start`, to `end` inclusive when it has one.
 *
 * @category Resolutions
 */
export interface EffectiveRange {
  /** The first day it applies. */
  start: PlainDate;
  /** The last day it applies, inclusive; none while it has no end. */
  end?: PlainDate | undefined;
}

const DirectionSchema = z.enum(['to-target', 'from-target']);

const ExceptionSchema = z.object({
  /** What the exception allows. */
  summary: nonEmptyString(),
  /** The paragraphs that create it. */
  citations: z.array(CitationSchema).optional(),
});

const ThresholdSchema = z.object({
  /** The fraction of a limit at which the threshold is crossed, as a decimal string (`"0.75"`). */
  fraction: DecimalStringSchema.refine((f) => f.gt(0) && f.lte(1), {
    message: 'A threshold is a fraction in (0, 1]',
  }),
  /** `notify`: the committee informs States; `cease`: States must stop supplying for the rest of the period. */
  effect: z.enum(['notify', 'cease']),
  confidence: ConfidenceSchema.optional(),
  note: z.string().optional(),
});

const base = {
  /** Stable id, kebab-case segments joined by dots. */
  id: MeasureIdSchema,
  /** One sentence on what the measure does. */
  summary: nonEmptyString(),
  /** The operative paragraphs that create it. */
  citations: nonEmptyArray(CitationSchema, 'Every measure cites at least one paragraph'),
  /** When it applies by its own terms (changes by later resolutions are separate). */
  effective: EffectiveRangeSchema,
  /** `unconfirmed` when any part could not be checked against a source; `note` says which. */
  confidence: ConfidenceSchema,
  /** What is unconfirmed, or anything a reader must know. */
  note: z.string().optional(),
  /** Documents where the measure's facts were read. */
  sources: z.array(DocumentCitationSchema).optional(),
};

/**
 * Zod schema for a {@link Measure}, discriminated on `kind`. Parsing decodes quantities and fractions to exact
 * decimals; `MeasureSchema.encode` writes the JSON form back.
 *
 * @example
 * ```ts
 * import { MeasureSchema } from 'sanctions-regime';
 * const m = MeasureSchema.parse({
 *   kind: 'trade-ban', id: 'dprk.seafood.export-ban', summary: 'DPRK seafood exports banned',
 *   citations: [{ resolution: 2371, paragraph: '9' }], effective: { start: '2017-08-05' },
 *   confidence: 'unconfirmed', note: 'paragraph number not confirmed',
 *   commodity: 'seafood', direction: 'from-target',
 * });
 * m.kind; //=> 'trade-ban'
 * ```
 * @category Resolutions
 */
export const MeasureSchema = z
  .discriminatedUnion('kind', [
    z.object({
      ...base,
      kind: z.literal('arms-embargo'),
      direction: z.enum(['to-target', 'from-target', 'both']),
      exceptions: z.array(ExceptionSchema).optional(),
    }),
    z.object({ ...base, kind: z.literal('asset-freeze') }),
    z.object({ ...base, kind: z.literal('travel-ban') }),
    z.object({ ...base, kind: z.literal('luxury-goods-ban') }),
    z.object({
      ...base,
      kind: z.literal('trade-ban'),
      commodity: CommodityIdSchema,
      direction: DirectionSchema,
      /** HS codes the paragraph names, when it does. */
      hsCodes: z.array(z.string().regex(/^[0-9]{2,10}$/)).optional(),
      /** Exceptions to the ban (livelihood purposes, spare parts for civilian aircraft). */
      exceptions: z.array(ExceptionSchema).optional(),
      /**
       * `prohibited` (default): the trade is banned, exceptions being narrow carve-outs. `conditional`: the trade is
       * permitted when its conditions hold (the 2270 coal "livelihood purposes" regime).
       */
      mode: z.enum(['prohibited', 'conditional']).optional(),
    }),
    z.object({
      ...base,
      kind: z.literal('quantity-cap'),
      commodity: CommodityIdSchema,
      direction: DirectionSchema,
      /** The cap is reached when any limit is reached ("4,000,000 barrels or 525,000 tons"). */
      limits: nonEmptyArray(CapLimitSchema, 'A cap needs at least one limit'),
      /** The accounting periods. */
      period: PeriodRuleSchema,
      /** Notification thresholds, as fractions of each limit. */
      thresholds: z.array(ThresholdSchema),
      /** How often supplying States report (`"P30D"`, `"P90D"`). */
      reportingEvery: DurationSchema.optional(),
    }),
    z.object({
      ...base,
      kind: z.literal('maritime'),
      activity: z.enum([
        'ship-to-ship-transfers',
        'inspection',
        'impoundment',
        'bunkering',
        'de-flagging',
        'port-entry',
        'insurance',
        'leasing-chartering',
      ]),
    }),
    z.object({
      ...base,
      kind: z.literal('labour'),
      activity: z.enum(['work-authorisations-freeze', 'work-authorisations-ban', 'repatriation']),
      /** The date by which the obligation must be met. */
      deadline: PlainDateSchema.optional(),
      /** Reports due, with their dates. */
      reports: z.array(z.object({ name: nonEmptyString(), due: PlainDateSchema })).optional(),
      exceptions: z.array(ExceptionSchema).optional(),
    }),
    z.object({ ...base, kind: z.literal('financial'), activity: nonEmptyString() }),
    z.object({ ...base, kind: z.literal('other'), description: nonEmptyString() }),
  ])
  .overwrite(deepFreeze);

// The public measure types. Each is an interface over the schema's inferred (output) type, so the compiler, the
// editor and the API docs show its name instead of the expanded structure; fields holding another public data type
// are restated with that type's name. tests/schema-types.test-d.ts checks that each equals the schema's inferred type.

/**
 * Fields every {@link Measure} has, whatever its kind.
 *
 * @category Resolutions
 */
export interface MeasureCommon
  extends Omit<
    Extract<z.infer<typeof MeasureSchema>, { kind: 'other' }>,
    'kind' | 'description' | 'citations' | 'sources' | 'effective' | 'confidence'
  > {
  /** The operative paragraphs that create it (at least one). */
  citations: Citation[];
  /** When it applies by its own terms (changes by later resolutions are separate). */
  effective: EffectiveRange;
  /** `unconfirmed` when any part could not be checked against a source; `note` says which. */
  confidence: Confidence;
  /** Documents where the measure's facts were read. */
  sources?: DocumentCitation[] | undefined;
}

/**
 * An exception to an embargo or a ban (livelihood purposes, spare parts for civilian aircraft).
 *
 * @category Resolutions
 */
export interface MeasureException {
  /** What the exception allows. */
  summary: string;
  /** The paragraphs that create it. */
  citations?: Citation[] | undefined;
}

/**
 * An arms embargo, one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface ArmsEmbargo
  extends MeasureCommon,
    Omit<
      Extract<z.infer<typeof MeasureSchema>, { kind: 'arms-embargo' }>,
      keyof MeasureCommon | 'exceptions'
    > {
  /** Exceptions to the embargo. */
  exceptions?: MeasureException[] | undefined;
}

/**
 * An asset freeze, one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface AssetFreeze
  extends MeasureCommon,
    Omit<Extract<z.infer<typeof MeasureSchema>, { kind: 'asset-freeze' }>, keyof MeasureCommon> {}

/**
 * A travel ban, one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface TravelBan
  extends MeasureCommon,
    Omit<Extract<z.infer<typeof MeasureSchema>, { kind: 'travel-ban' }>, keyof MeasureCommon> {}

/**
 * A ban on luxury goods, one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface LuxuryGoodsBan
  extends MeasureCommon,
    Omit<Extract<z.infer<typeof MeasureSchema>, { kind: 'luxury-goods-ban' }>, keyof MeasureCommon> {}

/**
 * A ban on trade in a commodity, one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface TradeBan
  extends MeasureCommon,
    Omit<
      Extract<z.infer<typeof MeasureSchema>, { kind: 'trade-ban' }>,
      keyof MeasureCommon | 'commodity' | 'exceptions'
    > {
  /** The commodity traded. */
  commodity: CommodityId;
  /** Exceptions to the ban (livelihood purposes, spare parts for civilian aircraft). */
  exceptions?: MeasureException[] | undefined;
}

/**
 * A cap's notification threshold.
 *
 * @category Resolutions
 */
export interface Threshold
  extends Omit<
    Extract<z.infer<typeof MeasureSchema>, { kind: 'quantity-cap' }>['thresholds'][number],
    'confidence'
  > {
  /** `unconfirmed` when the threshold could not be checked against a source; `note` says why. */
  confidence?: Confidence | undefined;
}

/**
 * A quantity cap, one kind of {@link Measure}: at most `limits` of a commodity in each accounting period.
 *
 * @category Resolutions
 */
export interface QuantityCap
  extends MeasureCommon,
    Omit<
      Extract<z.infer<typeof MeasureSchema>, { kind: 'quantity-cap' }>,
      keyof MeasureCommon | 'commodity' | 'period' | 'thresholds' | 'reportingEvery'
    > {
  /** The commodity capped. */
  commodity: CommodityId;
  /** The accounting periods. */
  period: PeriodRule;
  /** Notification thresholds, as fractions of each limit. */
  thresholds: Threshold[];
  /** How often supplying States report (`"P30D"`, `"P90D"`). */
  reportingEvery?: Duration | undefined;
}

/**
 * A maritime measure (ship-to-ship transfers, inspection, …), one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface MaritimeMeasure
  extends MeasureCommon,
    Omit<Extract<z.infer<typeof MeasureSchema>, { kind: 'maritime' }>, keyof MeasureCommon> {}

/**
 * A report a measure requires, and the day it is due.
 *
 * @category Resolutions
 */
export interface ReportDue {
  /** What the report is. */
  name: string;
  /** The day it is due. */
  due: PlainDate;
}

/**
 * A labour measure (work authorisations, repatriation), one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface LabourMeasure
  extends MeasureCommon,
    Omit<
      Extract<z.infer<typeof MeasureSchema>, { kind: 'labour' }>,
      keyof MeasureCommon | 'deadline' | 'exceptions' | 'reports'
    > {
  /** Reports due, with their dates. */
  reports?: ReportDue[] | undefined;
  /** Exceptions to the obligation. */
  exceptions?: MeasureException[] | undefined;
  /** The date by which the obligation must be met. */
  deadline?: PlainDate | undefined;
}

/**
 * A financial measure, one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface FinancialMeasure
  extends MeasureCommon,
    Omit<Extract<z.infer<typeof MeasureSchema>, { kind: 'financial' }>, keyof MeasureCommon> {}

/**
 * Any other measure, described in words, one kind of {@link Measure}.
 *
 * @category Resolutions
 */
export interface OtherMeasure
  extends MeasureCommon,
    Omit<Extract<z.infer<typeof MeasureSchema>, { kind: 'other' }>, keyof MeasureCommon> {}

/**
 * A measure imposed by a resolution: an embargo, a ban, a cap, a maritime or labour obligation, …
 *
 * @category Resolutions
 */
export type Measure =
  | ArmsEmbargo
  | AssetFreeze
  | TravelBan
  | LuxuryGoodsBan
  | TradeBan
  | QuantityCap
  | MaritimeMeasure
  | LabourMeasure
  | FinancialMeasure
  | OtherMeasure;

/**
 * A measure's kind: `"trade-ban"`, `"quantity-cap"`, …
 *
 * @category Resolutions
 */
export type MeasureKind = Measure['kind'];

import * as z from 'zod';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyArray, nonEmptyString } from '../internal/zod.js';
import type { PlainDate } from '../time/plainDate.js';
import { PlainDateSchema } from '../time/plainDate.js';
import {
  type Citation,
  CitationSchema,
  type DocumentCitation,
  DocumentCitationSchema,
  type ResolutionCitation,
  ResolutionCitationSchema,
} from './citation.js';
import {
  type Confidence,
  ConfidenceSchema,
  type EffectiveRange,
  EffectiveRangeSchema,
  MeasureIdSchema,
} from './measure.js';

/**
 * What kind of body a {@link Mandate} creates: a `panel-of-experts` (a panel or group of experts that assists a
 * sanctions committee and reports to the Council: the 1718 Panel, the 2206 Panel on South Sudan), `monitoring` (a
 * monitoring team or mechanism that is not a panel: the 1267 Analytical Support and Sanctions Monitoring Team), or
 * `other` (an ombudsperson, a focal point: the summary says what). The list is short on purpose: the calendar only
 * needs to tell a renewable body from a measure, and the summary carries the rest.
 *
 * @category Resolutions
 */
export const MandateKindSchema = z.enum(['panel-of-experts', 'monitoring', 'other']);

/**
 * What kind of body a {@link Mandate} creates: `"panel-of-experts"`, `"monitoring"` or `"other"`.
 *
 * @category Resolutions
 */
export type MandateKind = z.infer<typeof MandateKindSchema>;

/**
 * Zod schema for a {@link Mandate}: a body a resolution creates for a term (a Panel of Experts), renewed by `extend`
 * changes on its id in later resolutions. Its id shares the namespace of measure ids, so that a change names one
 * thing; mandates are never listed among the measures in force.
 *
 * @example
 * ```ts
 * import { MandateSchema } from 'sanctions-regime';
 * const panel = MandateSchema.parse({
 *   id: 'dprk.panel-of-experts', kind: 'panel-of-experts', summary: 'Panel of Experts assisting the 1718 Committee',
 *   citations: [{ resolution: 1874, paragraph: '26' }], effective: { start: '2009-06-12', end: '2010-06-12' },
 *   confidence: 'confirmed',
 * });
 * panel.effective.end; //=> '2010-06-12'
 * Object.isFrozen(panel); //=> true
 * ```
 * @category Resolutions
 */
export const MandateSchema = z
  .object({
    /** Stable id, in the format of measure ids (`"dprk.panel-of-experts"`), unique among measures and mandates. */
    id: MeasureIdSchema,
    kind: MandateKindSchema,
    /** One sentence on the body and what it does. */
    summary: nonEmptyString(),
    /** The operative paragraphs that create it. */
    citations: nonEmptyArray(CitationSchema, 'Every mandate cites at least one paragraph'),
    /** Its first term, as the creating resolution sets it (renewals are `extend` changes in later resolutions). */
    effective: EffectiveRangeSchema,
    /** `unconfirmed` when any part could not be checked against a source; `note` says which. */
    confidence: ConfidenceSchema,
    /** What is unconfirmed, or anything a reader must know. */
    note: z.string().optional(),
    /** Documents where its facts were read. */
    sources: z.array(DocumentCitationSchema).optional(),
  })
  .overwrite(deepFreeze);

/**
 * A body a resolution creates for a term, such as a Panel of Experts; later resolutions renew it with `extend`
 * changes on its id.
 *
 * @category Resolutions
 */
export interface Mandate
  extends Omit<z.infer<typeof MandateSchema>, 'kind' | 'citations' | 'effective' | 'confidence' | 'sources'> {
  /** What kind of body it is. */
  kind: MandateKind;
  /** The operative paragraphs that create it (at least one). */
  citations: Citation[];
  /** Its first term, as the creating resolution sets it. */
  effective: EffectiveRange;
  /** `unconfirmed` when any part could not be checked against a source; `note` says which. */
  confidence: Confidence;
  /** Documents where its facts were read. */
  sources?: DocumentCitation[] | undefined;
}

/**
 * What a {@link Deadline} asks for: a `report` (to the Council or a committee), a `review` (the Council reviews
 * measures or a mandate), an `assessment` (a benchmark or progress assessment), or `other` (the summary says what).
 *
 * @category Resolutions
 */
export const DeadlineKindSchema = z.enum(['report', 'review', 'assessment', 'other']);

/**
 * What a {@link Deadline} asks for: `"report"`, `"review"`, `"assessment"` or `"other"`.
 *
 * @category Resolutions
 */
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

/**
 * Zod schema for a {@link Deadline}: a dated obligation a paragraph sets (a report due from the Panel of Experts,
 * a review by the Council).
 *
 * @example
 * ```ts
 * import { DeadlineSchema } from 'sanctions-regime';
 * const d = DeadlineSchema.parse({
 *   id: 'dprk.panel-of-experts.final-report.2023', kind: 'report', due: '2023-03-10', by: 'Panel of Experts',
 *   summary: 'Final report to the Council', citation: { resolution: 2627, paragraph: '2' },
 *   confidence: 'unconfirmed', note: 'Example only.',
 * });
 * d.due; //=> '2023-03-10'
 * ```
 * @category Resolutions
 */
export const DeadlineSchema = z
  .object({
    /** Stable id, in the format of measure ids; unique among the regime's deadlines. */
    id: MeasureIdSchema,
    kind: DeadlineKindSchema,
    /** The day it is due ("no later than …", "by …"). */
    due: PlainDateSchema,
    /** Who must act, in a few words: `"Secretary-General"`, `"Panel of Experts"`, `"Committee"`. */
    by: nonEmptyString(),
    /** One sentence on what is due. */
    summary: nonEmptyString(),
    /** The paragraph that sets the date. */
    citation: ResolutionCitationSchema,
    /** `unconfirmed` when any part could not be checked against a source; `note` says which. */
    confidence: ConfidenceSchema,
    /** What is unconfirmed, or anything a reader must know. */
    note: z.string().optional(),
    /** Documents where its facts were read. */
    sources: z.array(DocumentCitationSchema).optional(),
  })
  .overwrite(deepFreeze);

/**
 * A dated obligation a resolution's paragraph sets: who must act, what is due and by when.
 *
 * @category Resolutions
 */
export interface Deadline
  extends Omit<z.infer<typeof DeadlineSchema>, 'kind' | 'due' | 'citation' | 'confidence' | 'sources'> {
  /** What it asks for. */
  kind: DeadlineKind;
  /** The day it is due. */
  due: PlainDate;
  /** The paragraph that sets the date. */
  citation: ResolutionCitation;
  /** `unconfirmed` when any part could not be checked against a source; `note` says which. */
  confidence: Confidence;
  /** Documents where its facts were read. */
  sources?: DocumentCitation[] | undefined;
}

import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyString } from '../internal/zod.js';
import { PlainDateSchema } from '../time/plainDate.js';

/**
 * Zod schema for a citation of a resolution's operative paragraph: `{ resolution: 2397, paragraph: "5" }`, the
 * paragraph as printed (`"26(b)"`, `"8(a)(iii)"`).
 *
 * @example
 * ```ts
 * import { ResolutionCitationSchema } from 'sanctions-regime';
 * ResolutionCitationSchema.parse({ resolution: 2397, paragraph: '5' }); //=> { resolution: 2397, paragraph: '5' }
 * ```
 * @category Resolutions
 */
export const ResolutionCitationSchema = z
  .object({
    /** The resolution's number (2397 for S/RES/2397 (2017)). */
    resolution: z.number().int().positive(),
    /** The annex the paragraph belongs to, when it is an annex's (`"B"` for Annex B of 2231). */
    annex: z
      .string()
      .regex(/^[A-Z]$/, { message: 'An annex is one capital letter, as printed: "B"' })
      .optional(),
    /** The operative paragraph as printed. */
    paragraph: z
      .string()
      .regex(/^[0-9]+(\([a-z0-9]+\))*$/, { message: 'Write the paragraph as printed: "5", "26(b)"' }),
    /**
     * Words of the paragraph that show the fact, copied from the official text; `checkCitations`
     * (`sanctions-regime/akn`) finds them in the paragraph after white space normalisation.
     */
    quote: z.string().optional(),
    /** What in the paragraph is meant, when it says more than the measure. */
    note: z.string().optional(),
  })
  .overwrite(deepFreeze);

/**
 * A citation of a resolution's operative paragraph.
 *
 * @category Resolutions
 */
export interface ResolutionCitation extends z.infer<typeof ResolutionCitationSchema> {}

/**
 * Zod schema for a citation of any other document: a UN document symbol, a committee page, a government fact sheet
 * or a press report, with its URL and, where useful, the date and a short quote.
 *
 * @example
 * ```ts
 * import { DocumentCitationSchema } from 'sanctions-regime';
 * DocumentCitationSchema.parse({ document: 'S/2019/171' }).document; //=> 'S/2019/171'
 * ```
 * @category Resolutions
 */
export const DocumentCitationSchema = z
  .object({
    /** A document symbol (`"S/2019/171"`) or a title. */
    document: nonEmptyString(),
    /** Where to read it. */
    url: z.string().optional(),
    /** The document's date. */
    date: PlainDateSchema.optional(),
    /** A short quote that shows the fact. */
    quote: z.string().optional(),
    /** What the reader should know about this source. */
    note: z.string().optional(),
  })
  .overwrite(deepFreeze);

/**
 * A citation of a document other than a resolution's paragraph.
 *
 * @category Resolutions
 */
export interface DocumentCitation extends z.infer<typeof DocumentCitationSchema> {}

/**
 * Zod schema for a {@link Citation}: a resolution paragraph or another document.
 *
 * @example
 * ```ts
 * import { CitationSchema } from 'sanctions-regime';
 * CitationSchema.parse({ resolution: 2321, paragraph: '26(b)' }); //=> { resolution: 2321, paragraph: '26(b)' }
 * ```
 * @category Resolutions
 */
export const CitationSchema = z
  .union([ResolutionCitationSchema, DocumentCitationSchema])
  .overwrite(deepFreeze);

/**
 * Where a fact comes from: a resolution paragraph (`{ resolution, paragraph }`) or a document (`{ document }`).
 *
 * @category Resolutions
 */
export type Citation = ResolutionCitation | DocumentCitation;

/**
 * Formats a citation for people.
 *
 * @param citation - the citation.
 * @returns `"res. 2397 para 5"` (with the annex when there is one) for resolutions; the document symbol or title
 * for other documents.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when `citation` is not a citation ({@link CitationSchema}).
 * @example
 * ```ts
 * import { formatCitation } from 'sanctions-regime';
 * formatCitation({ resolution: 2397, paragraph: '5' }); //=> 'res. 2397 para 5'
 * formatCitation({ resolution: 2231, annex: 'B', paragraph: '6(e)' }); //=> 'res. 2231 annex B para 6(e)'
 * formatCitation({ document: 'S/2019/171' }); //=> 'S/2019/171'
 * ```
 * @category Resolutions
 */
export function formatCitation(citation: Citation): string {
  const parsed = CitationSchema.safeParse(citation);
  if (!parsed.success) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `formatCitation(citation): expected a citation, { resolution, paragraph } or { document }, got ${describeValue(citation)} (${parsed.error.issues[0]?.message ?? 'invalid'}).`,
      { argument: 'formatCitation(citation)', value: describeValue(citation) },
    );
  }
  if (!('resolution' in citation)) return citation.document;
  const annex = citation.annex === undefined ? '' : ` annex ${citation.annex}`;
  return `res. ${citation.resolution}${annex} para ${citation.paragraph}`;
}

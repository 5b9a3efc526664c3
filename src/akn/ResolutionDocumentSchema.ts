import * as z from 'zod';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyArray, nonEmptyString } from '../internal/zod.js';
import { PlainDateSchema } from '../time/plainDate.js';

/**
 * One operative paragraph of a resolution as the official text prints it, or one of its subparagraphs.
 *
 * @category Akn
 */
export interface ResolutionParagraph {
  /** The number as printed in `<num>`, without its full stop: `"5"`, `"15 (a)"`, `"8 (a) (i)"`. */
  readonly number: string;
  /** The whole text, subparagraphs included (each after its number), white space normalised. */
  readonly text: string;
  /** The subparagraphs, in order; empty when there are none. */
  readonly subparagraphs: readonly ResolutionParagraph[];
}

// Recursive, so the named interface comes first and the schema is typed by it (as ConditionSchema is): an interface
// cannot extend the inferred type of a schema that refers to itself.
const ParagraphSchema: z.ZodType<ResolutionParagraph, ResolutionParagraph> = z.lazy(() =>
  z.object({
    number: z.string().regex(/^[0-9]+( \([a-z0-9]+\))*$/, {
      message: 'Write the number as printed, without the full stop: "5", "15 (a)"',
    }),
    text: nonEmptyString(),
    subparagraphs: z.array(ParagraphSchema).readonly(),
  }),
);

/**
 * Zod schema for a {@link ResolutionParagraph}: an operative paragraph with its subparagraphs.
 *
 * @example
 * ```ts
 * import { ResolutionParagraphSchema } from 'sanctions-regime/akn';
 * const paragraph = ResolutionParagraphSchema.parse({ number: '1', text: 'Decides to remain seized.', subparagraphs: [] });
 * paragraph.number; //=> '1'
 * ```
 * @category Akn
 */
export const ResolutionParagraphSchema: z.ZodType<ResolutionParagraph, ResolutionParagraph> = ParagraphSchema;

const side = () => z.array(nonEmptyString()).readonly();

/**
 * Zod schema for a {@link ResolutionVote}: the counts and, where the document lists them, the members on each side.
 *
 * @example
 * ```ts
 * import { ResolutionVoteSchema } from 'sanctions-regime/akn';
 * const vote = ResolutionVoteSchema.parse({
 *   inFavour: 15, against: 0, abstaining: 0, voters: { inFavour: [], against: [], abstaining: [] },
 * });
 * vote.inFavour; //=> 15
 * ```
 * @category Akn
 */
export const ResolutionVoteSchema = z
  .object({
    inFavour: z.number().int().min(0).max(15),
    against: z.number().int().min(0).max(15),
    abstaining: z.number().int().min(0).max(15),
    /**
     * The members as the document names them (`"UNITED STATES"`), per side; empty when it does not list them. The
     * lists are as printed and may disagree with the counts (S/RES/2812 (2026) lists all fifteen in favour).
     */
    voters: z.object({ inFavour: side(), against: side(), abstaining: side() }),
  })
  .refine((v) => v.inFavour + v.against + v.abstaining <= 15, {
    message: 'The Council has 15 members: the counts add up to at most 15',
  });

/**
 * How the Council voted on a resolution.
 *
 * @category Akn
 */
export interface ResolutionVote extends z.infer<typeof ResolutionVoteSchema> {}

/**
 * Zod schema for a {@link ResolutionDocument}, what {@link readResolution} returns. Its output is deep-frozen.
 *
 * @example
 * ```ts
 * import { ResolutionDocumentSchema } from 'sanctions-regime/akn';
 * const resolution = ResolutionDocumentSchema.parse({
 *   symbol: 'S/RES/2633 (2022)', number: 2633, adopted: '2022-05-26',
 *   vote: { inFavour: 10, against: 0, abstaining: 5, voters: { inFavour: [], against: [], abstaining: [] } },
 *   chapterVII: true, title: 'Resolution 2633 (2022)',
 *   paragraphs: [{ number: '1', text: 'Decides to remain seized of the matter.', subparagraphs: [] }],
 * });
 * resolution.adopted; //=> '2022-05-26'
 * ```
 * @category Akn
 */
export const ResolutionDocumentSchema = z
  .object({
    /** The document symbol, `"S/RES/2633 (2022)"`. */
    symbol: z
      .string()
      .regex(/^S\/RES\/[0-9]+ \([0-9]{4}\)$/, { message: 'Write the symbol as "S/RES/2633 (2022)"' }),
    /** The resolution's number, `2633`. */
    number: z.number().int().positive(),
    /** The day the Council adopted it. */
    adopted: PlainDateSchema,
    vote: ResolutionVoteSchema,
    /** Whether the Council adopted it acting under Chapter VII of the Charter. */
    chapterVII: z.boolean(),
    /** The title as printed on the cover, `"Resolution 2633 (2022)"`. */
    title: nonEmptyString(),
    /** The operative paragraphs, in order (never the preamble). */
    paragraphs: nonEmptyArray(
      ResolutionParagraphSchema,
      'A resolution has at least one operative paragraph',
    ).readonly(),
  })
  .refine((r) => r.symbol.startsWith(`S/RES/${r.number} (`), {
    message: 'The symbol must carry the resolution number',
    path: ['symbol'],
  })
  .overwrite(deepFreeze);

/**
 * A Security Council resolution as its official Akoma Ntoso text gives it: symbol, adoption, vote, Chapter VII, and
 * the operative paragraphs numbered as printed.
 *
 * @category Akn
 */
export interface ResolutionDocument extends z.infer<typeof ResolutionDocumentSchema> {}

/**
 * What {@link ResolutionDocumentSchema} accepts: a {@link ResolutionDocument}, or the same as plain JSON (the
 * adoption date as a string).
 *
 * @category Akn
 */
export interface ResolutionDocumentInput extends z.input<typeof ResolutionDocumentSchema> {}

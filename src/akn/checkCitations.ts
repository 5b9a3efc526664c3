import type * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { Regime } from '../resolutions/regime.js';
import { assertRegime } from '../resolutions/timeline.js';
import {
  type ResolutionDocument,
  type ResolutionDocumentInput,
  ResolutionDocumentSchema,
  type ResolutionParagraph,
} from './ResolutionDocumentSchema.js';

/**
 * One disagreement between a regime and the official text, found by {@link checkCitations}.
 *
 * @category Akn
 */
export interface CitationIssue {
  /** A stable code for the kind of disagreement. */
  readonly code: 'PARAGRAPH_NOT_FOUND' | 'QUOTE_NOT_FOUND' | 'ADOPTION_DATE_MISMATCH' | 'VOTE_MISMATCH';
  /** Where in the regime, as a path of keys and indexes (as {@link sanctions-regime!validateRegime | validateRegime} gives them). */
  readonly path: readonly (string | number)[];
  /** What disagrees, with both readings, and what to do. */
  readonly message: string;
}

/** Quotes compared as the official text prints them, apart from white space and the shape of quotation marks. */
function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `"26(b)"` and `"26 (b)"` alike. */
const key = (number: string): string => number.replace(/\s/g, '');

function index(paragraphs: readonly ResolutionParagraph[], into: Map<string, string>): Map<string, string> {
  for (const p of paragraphs) {
    if (!into.has(key(p.number))) into.set(key(p.number), normalize(p.text));
    index(p.subparagraphs, into);
  }
  return into;
}

interface Found {
  readonly citation: { readonly resolution: number; readonly paragraph: string; readonly quote?: unknown };
  readonly path: readonly (string | number)[];
}

/** Every resolution citation anywhere in the regime (measures, thresholds, changes' sources…), with its path. */
function citationsIn(regime: Regime): Found[] {
  const found: Found[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: regime, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value !== 'object' || value === null) continue;
    const record = value as Record<string, unknown>;
    // A resolution citation ({ resolution, paragraph }), not of an annex.
    if (typeof record.resolution === 'number' && record.annex === undefined) {
      found.push({ citation: record as unknown as Found['citation'], path });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(record);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [k, v] = entries[i] as [string | number, unknown];
      stack.push({ value: v, path: [...path, k] });
    }
  }
  return found;
}

interface Official {
  readonly document: ResolutionDocument;
  /** The text of each paragraph and subparagraph, by its number without spaces. */
  readonly paragraphs: ReadonlyMap<string, string>;
}

function documentsByNumber(documents: readonly ResolutionDocumentInput[]): Map<number, Official> {
  if (!Array.isArray(documents)) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `checkCitations(regime, documents): expected an array of resolutions read by readResolution, got ${describeValue(documents)}.`,
      { argument: 'checkCitations(documents)', value: describeValue(documents) },
    );
  }
  const byNumber = new Map<number, Official>();
  documents.forEach((document, i) => {
    const parsed = ResolutionDocumentSchema.safeParse(document);
    if (!parsed.success) {
      const [issue] = parsed.error.issues as [z.core.$ZodIssue];
      throw new SanctionsRegimeError(
        'INVALID_INPUT',
        `checkCitations(regime, documents): documents[${i}] is not a resolution read by readResolution (${issue.path.length === 0 ? '' : `${issue.path.join('.')}: `}${issue.message}).`,
        { argument: `checkCitations(documents[${i}])` },
      );
    }
    if (byNumber.has(parsed.data.number)) {
      throw new SanctionsRegimeError(
        'DUPLICATE_ENTRY',
        `checkCitations(regime, documents): resolution ${parsed.data.number} is given twice; give each document once.`,
        { number: parsed.data.number },
      );
    }
    byNumber.set(parsed.data.number, {
      document: parsed.data,
      paragraphs: index(parsed.data.paragraphs, new Map()),
    });
  });
  return byNumber;
}

function quoteNotFound(
  quote: string,
  paragraph: string,
  resolution: number,
  path: readonly (string | number)[],
): CitationIssue {
  return {
    code: 'QUOTE_NOT_FOUND',
    path: [...path, 'quote'],
    message: `The quote ${JSON.stringify(quote)} is not in paragraph ${paragraph} of resolution ${resolution}: copy it from the official text.`,
  };
}

/**
 * Checks a regime against the official text of its resolutions. For every resolution of the regime that has a
 * document, the adoption date and the vote must match (a vote recorded as `"unanimous"` matches any vote with none
 * against and none abstaining), and each paragraph it lists, or one of its changes cites, must exist and contain its `quote`, if any. For every citation of a paragraph of such a
 * resolution, anywhere in the regime, the paragraph must exist (`"26(b)"` is `"26 (b)"`), and its `quote`, if any,
 * must be in the paragraph's text (subparagraphs included), white space and the shape of quotation marks aside.
 * Citations of resolutions without a document, and of annexes, are not checked.
 *
 * @param regime - the regime (parsed with `RegimeSchema`).
 * @param documents - resolutions read by {@link readResolution} (or the same as JSON), each once.
 * @returns the disagreements, with paths into the regime; empty when the regime agrees with every document.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_REGIME` when `regime` is not a regime; `INVALID_INPUT` when a document
 * is not a resolution read by readResolution; `DUPLICATE_ENTRY` when a resolution is given twice.
 * @example
 * ```ts
 * import { RegimeSchema } from 'sanctions-regime';
 * import { checkCitations } from 'sanctions-regime/akn';
 * const regime = RegimeSchema.parse({
 *   id: 'south-sudan-2206', title: 'South Sudan', target: 'SSD', foundingResolution: 2206,
 *   committee: 'Security Council Committee established pursuant to resolution 2206 (2015)',
 *   resolutions: [{
 *     symbol: 'S/RES/2633 (2022)', number: 2633, adopted: '2022-05-26',
 *     vote: { inFavour: 10, against: 0, abstaining: 5 }, summary: 'Arms embargo renewed.',
 *     paragraphs: [{ number: '1', summary: 'Renews the arms embargo.' }],
 *     measures: [], changes: [], confidence: 'confirmed',
 *   }],
 * });
 * const official = {
 *   symbol: 'S/RES/2633 (2022)', number: 2633, adopted: '2022-05-26',
 *   vote: { inFavour: 10, against: 0, abstaining: 5, voters: { inFavour: [], against: [], abstaining: [] } },
 *   chapterVII: true, title: 'Resolution 2633 (2022)',
 *   paragraphs: [{ number: '1', text: 'Decides to renew until 31 May 2023 the measures on arms;', subparagraphs: [] }],
 * };
 * checkCitations(regime, [official]); //=> []
 * checkCitations(regime, [{ ...official, adopted: '2022-05-27' }])[0]?.code; //=> 'ADOPTION_DATE_MISMATCH'
 * ```
 * @category Akn
 */
export function checkCitations(
  regime: Regime,
  documents: readonly ResolutionDocumentInput[],
): readonly CitationIssue[] {
  assertRegime(regime);
  const byNumber = documentsByNumber(documents);
  const issues: CitationIssue[] = [];
  regime.resolutions.forEach((resolution, r) => {
    const official = byNumber.get(resolution.number);
    if (official === undefined) return;
    const { document, paragraphs } = official;
    if (resolution.adopted !== document.adopted) {
      issues.push({
        code: 'ADOPTION_DATE_MISMATCH',
        path: ['resolutions', r, 'adopted'],
        message: `Resolution ${resolution.number} is recorded as adopted on ${resolution.adopted}; ${document.symbol} says ${document.adopted}.`,
      });
    }
    const vote = document.vote;
    const agrees =
      resolution.vote === 'unanimous'
        ? vote.against === 0 && vote.abstaining === 0
        : resolution.vote.inFavour === vote.inFavour &&
          resolution.vote.against === vote.against &&
          resolution.vote.abstaining === vote.abstaining;
    if (!agrees) {
      const recorded =
        resolution.vote === 'unanimous'
          ? 'unanimous'
          : `${resolution.vote.inFavour}-${resolution.vote.against}-${resolution.vote.abstaining}`;
      issues.push({
        code: 'VOTE_MISMATCH',
        path: ['resolutions', r, 'vote'],
        message: `Resolution ${resolution.number} is recorded as adopted ${recorded}; ${document.symbol} says ${vote.inFavour}-${vote.against}-${vote.abstaining}.`,
      });
    }
    resolution.paragraphs.forEach((p, i) => {
      const text = paragraphs.get(key(p.number));
      if (text === undefined) {
        issues.push({
          code: 'PARAGRAPH_NOT_FOUND',
          path: ['resolutions', r, 'paragraphs', i, 'number'],
          message: `Resolution ${resolution.number} has no paragraph ${p.number} in ${document.symbol}: correct the number.`,
        });
      } else if (typeof p.quote === 'string' && !text.includes(normalize(p.quote))) {
        issues.push(quoteNotFound(p.quote, p.number, resolution.number, ['resolutions', r, 'paragraphs', i]));
      }
    });
    resolution.changes.forEach((c, i) => {
      const text = paragraphs.get(key(c.paragraph));
      if (text === undefined) {
        issues.push({
          code: 'PARAGRAPH_NOT_FOUND',
          path: ['resolutions', r, 'changes', i, 'paragraph'],
          message: `The change of ${c.target} cites paragraph ${c.paragraph} of resolution ${resolution.number}, which ${document.symbol} does not have.`,
        });
      } else if (typeof c.quote === 'string' && !text.includes(normalize(c.quote))) {
        issues.push(quoteNotFound(c.quote, c.paragraph, resolution.number, ['resolutions', r, 'changes', i]));
      }
    });
  });
  for (const { citation, path } of citationsIn(regime)) {
    const official = byNumber.get(citation.resolution);
    if (official === undefined) continue;
    const text = official.paragraphs.get(key(citation.paragraph));
    if (text === undefined) {
      issues.push({
        code: 'PARAGRAPH_NOT_FOUND',
        path: [...path, 'paragraph'],
        message: `Resolution ${citation.resolution} has no paragraph ${citation.paragraph} in its official text: correct the citation.`,
      });
      continue;
    }
    if (typeof citation.quote === 'string' && !text.includes(normalize(citation.quote))) {
      issues.push(quoteNotFound(citation.quote, citation.paragraph, citation.resolution, path));
    }
  }
  return Object.freeze(issues.map((i) => Object.freeze(i)));
}

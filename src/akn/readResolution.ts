import type * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { type ResolutionDocument, ResolutionDocumentSchema } from './ResolutionDocumentSchema.js';
import { child, children, descendants, parseXml, refuse, textOf, type XmlElement } from './xml.js';

const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const SIDES = ['inFavour', 'against', 'abstaining'] as const;
const SUBPARAGRAPHS = new Set(['point', 'subparagraph', 'item']);

/** `"5."` → `"5"`, `"(a)"` and `"a."` → `"(a)"`; undefined when it is not a number. */
function paragraphNumber(raw: string): string | undefined {
  const text = raw.replace(/\s/g, '').replace(/\.$/, '');
  return /^[0-9]+$/.test(text) ? text : undefined;
}

function subparagraphNumber(raw: string): string | undefined {
  const text = raw.replace(/\s/g, '').toLowerCase();
  const match = /^\(?([a-z]{1,4}|[0-9]{1,3})[).]?$/.exec(text);
  return match === null ? undefined : `(${match[1]})`;
}

/** S/RES/2730 (2024) prints paragraph 11's number in its text ("11 Condemns …"), not in a <num>: read when it is the next one. */
function numberInText(text: string, last: Draft | undefined): string | undefined {
  const printed = /^([0-9]+)\.?\s/.exec(text)?.[1];
  return printed !== undefined && last !== undefined && Number(printed) === Number(last.number) + 1
    ? printed
    : undefined;
}

interface Draft {
  number: string;
  text: string;
  subparagraphs: Draft[];
}

/**
 * The subparagraphs directly under an element (through `<list>`, `<blockList>`), in order. A `<sublist>` that
 * follows a point belongs to it: S/RES/1718 (2006) marks up 8 (a) (i) to (iii) as a sublist beside point (a).
 */
function subparagraphsOf(element: XmlElement, parent: string): Draft[] {
  const out: Draft[] = [];
  for (const c of children(element)) {
    const num = SUBPARAGRAPHS.has(c.localName) ? child(c, 'num') : undefined;
    const number = num === undefined ? undefined : subparagraphNumber(textOf(num));
    if (number !== undefined) {
      const full = `${parent} ${number}`;
      out.push({ number: full, text: textOf(c), subparagraphs: subparagraphsOf(c, full) });
      continue;
    }
    const last = out[out.length - 1];
    if (c.localName === 'sublist' && last !== undefined) {
      const nested = subparagraphsOf(c, last.number);
      for (const draft of nested) last.subparagraphs.push(draft);
      last.text = `${last.text} ${textOf(c)}`.trim();
      continue;
    }
    // One push each: a spread of a wide element's drafts would overflow the stack (see xml.ts, descendants).
    for (const draft of subparagraphsOf(c, parent)) out.push(draft);
  }
  return out;
}

/**
 * The operative paragraphs: the `<paragraph>`s of `<mainBody>` whose `<num>` is a number (headings have none). A
 * `<paragraph>` after a numbered one, with no number or with a subparagraph's number, continues it: S/RES/2321
 * (2016) paragraph 26 quotes a new paragraph, whose subparagraphs (a) and (b) are marked up as paragraphs of their
 * own. Numbering that starts again at 1 (an annex printed in the body) ends the operative paragraphs. A resolution of
 * one operative paragraph prints it without a number (S/RES/2623 (2022), elections to the
 * Court): it reads as paragraph "1".
 */
function operativeParagraphs(body: XmlElement): Draft[] {
  const all = descendants(body, 'paragraph');
  const out: Draft[] = [];
  for (const p of all) {
    const num = child(p, 'num');
    const raw = num === undefined ? undefined : textOf(num);
    const text = textOf(p);
    const last = out[out.length - 1];
    const number = raw === undefined ? numberInText(text, last) : paragraphNumber(raw);
    // Numbering that starts again at 1 is an annex printed in the body (S/RES/2803 (2025), S/RES/1617 (2005)): its
    // paragraphs are not the resolution's.
    if (number === '1' && last !== undefined) break;
    if (number !== undefined) {
      out.push({
        number,
        // Stryker disable next-line Regex: the text of a numbered paragraph starts with its number
        text: text.replace(/^[0-9]+\s*\.?\s*/, ''),
        subparagraphs: subparagraphsOf(p, number),
      });
      continue;
    }
    if (last === undefined || child(p, 'subheading') !== undefined || text === '') continue;
    const sub = raw === undefined ? undefined : subparagraphNumber(raw);
    if (sub !== undefined) {
      const full = `${last.number} ${sub}`;
      last.subparagraphs.push({ number: full, text, subparagraphs: subparagraphsOf(p, full) });
    }
    last.text = `${last.text} ${text}`;
  }
  if (out.length > 0) return out;
  const unnumbered = all.filter(
    (p) => child(p, 'num') === undefined && child(p, 'subheading') === undefined && textOf(p) !== '',
  );
  if (unnumbered.length !== 1) return [];
  const [only] = unnumbered as [XmlElement];
  return [{ number: '1', text: textOf(only), subparagraphs: subparagraphsOf(only, '1') }];
}

function findByRefersTo(root: XmlElement, localName: string, refersTo: string): XmlElement | undefined {
  return descendants(root, localName).find((e) => e.getAttribute('refersTo') === refersTo);
}

/** The most common of the values present; on a tie, the first of them. */
function majority(values: readonly (number | undefined)[]): number {
  const present = values.filter((v): v is number => v !== undefined);
  let best = present[0] ?? 0;
  let bestCount = 0;
  for (const v of present) {
    const count = present.filter((w) => w === v).length;
    if (count > bestCount) {
      best = v;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The vote. The official files state it three times, and each has been found wrong in one file: the `<count>`'s
 * value (S/RES/2521 (2020): `value="015"` in favour, adopted 12-0-3), the members listed (S/RES/2812 (2026): all 15
 * listed in favour, adopted 13-0-2), and the workflow's "Adopted 13-0-2" (S/RES/2756 (2024): 12 in favour, as
 * counted and listed, one member not taking part). Each count is the one most of them give; on a tie, the list.
 */
interface Side {
  readonly tally: number;
  readonly members: string[];
}

function vote(meta: XmlElement | undefined): ResolutionDocument['vote'] {
  const counts = meta === undefined ? [] : descendants(meta, 'count');
  const step =
    meta === undefined
      ? undefined
      : descendants(meta, 'step').find((s) => s.getAttribute('outcome') === 'adopted');
  const printed = /Adopted ([0-9]+)-([0-9]+)-([0-9]+)/.exec(String(step?.getAttribute('by')));
  const [inFavour, against, abstaining] = SIDES.map((side, i) => {
    const count = counts.find((c) => c.getAttribute('refersTo') === side);
    const members = count === undefined ? [] : descendants(count, 'organization').map(textOf);
    const value = Number.parseInt(String(count?.getAttribute('value')), 10);
    const tally = majority([
      members.length > 0 ? members.length : undefined,
      Number.isNaN(value) ? undefined : value,
      printed === null ? undefined : Number(printed[i + 1]),
    ]);
    return { tally, members };
  }) as [Side, Side, Side];
  return {
    inFavour: inFavour.tally,
    against: against.tally,
    abstaining: abstaining.tally,
    voters: { inFavour: inFavour.members, against: against.members, abstaining: abstaining.members },
  };
}

/**
 * Reads the official Akoma Ntoso XML of a Security Council resolution (the files of `UNxml/SCresolutions`): its
 * symbol, adoption date, vote, whether it was adopted under Chapter VII, its title, and its operative paragraphs
 * numbered as printed in `<num>` (`"5"`, `"15 (a)"`), never by `eId` (which counts the preamble too).
 *
 * The document is refused, unread, when it declares a DOCTYPE or an ENTITY (no entity is ever expanded, no external
 * file ever fetched), and when it is larger than a resolution can be. The files state the vote three times (the
 * counts, the members listed, the words "Adopted 10-0-5"), which do not always agree: each count is the one most of
 * them give, and the members are returned as listed.
 *
 * @param xml - the XML text of one resolution, in any of the six languages (only the English files have been
 * checked).
 * @returns the resolution, deep-frozen and valid against {@link ResolutionDocumentSchema}.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_INPUT` when `xml` is not a string; `INVALID_DOCUMENT` when it is not
 * a resolution in Akoma Ntoso: `details.reason` says why (`too-large`, `doctype`, `not-xml`, `not-akoma-ntoso`,
 * `not-a-resolution`, `missing-metadata`, `no-operative-paragraphs`).
 * @example
 * ```ts
 * import { readResolution } from 'sanctions-regime/akn';
 * const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
 *   <statement name="resolution">
 *     <meta>
 *       <identification><FRBRWork><FRBRdate date="2022-05-26" name="adoption"/></FRBRWork></identification>
 *       <workflow><step outcome="adopted" refersTo="Chapter VII"/></workflow>
 *       <analysis><parliamentary><voting>
 *         <count value="010" refersTo="inFavour"/><count value="005" refersTo="abstaining"/>
 *       </voting></parliamentary></analysis>
 *     </meta>
 *     <coverPage>
 *       <p><docNumber refersTo="#symbol">S/RES/2633 (2022)</docNumber></p>
 *       <p><docTitle refersTo="#resolutionNumber">Resolution 2633 (2022)</docTitle></p>
 *     </coverPage>
 *     <mainBody>
 *       <paragraph eId="para_24"><num>1.</num><content><p>Decides to renew until 31 May 2023 the measures on arms;</p></content></paragraph>
 *     </mainBody>
 *   </statement>
 * </akomaNtoso>`;
 * const resolution = readResolution(xml);
 * resolution.number; //=> 2633
 * resolution.vote.abstaining; //=> 5
 * resolution.paragraphs[0]?.number; //=> '1'
 * ```
 * @category Akn
 */
export function readResolution(xml: string): ResolutionDocument {
  if (typeof xml !== 'string') {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `readResolution(xml): expected the XML text as a string, got ${describeValue(xml)}.`,
      { argument: 'readResolution(xml)', value: describeValue(xml) },
    );
  }
  const root = parseXml(xml);
  if (root.localName !== 'akomaNtoso' || root.namespaceURI !== AKN_NAMESPACE) {
    throw refuse(
      'not-akoma-ntoso',
      `the root element is <${root.localName}> ${root.namespaceURI === null ? 'in no namespace' : `in the namespace ${root.namespaceURI}`}, not <akomaNtoso> in the Akoma Ntoso 3.0 namespace.`,
      { root: root.localName, namespace: root.namespaceURI },
    );
  }
  const statement = children(root)[0];
  if (statement === undefined) {
    throw refuse('not-a-resolution', '<akomaNtoso> holds no document, not a <statement name="resolution">.', {
      document: null,
    });
  }
  const name = statement.getAttribute('name');
  if (statement.localName !== 'statement' || name !== 'resolution') {
    // The element as written: <statement name="resolutionDraft">, <act name="x">, <statement>.
    const written = `<${statement.localName}${name === null ? '' : ` name=${JSON.stringify(name)}`}>`;
    throw refuse(
      'not-a-resolution',
      `the document is ${/^[aeiou]/i.test(statement.localName) ? 'an' : 'a'} ${written}, not a <statement name="resolution">.`,
      { document: written },
    );
  }
  const meta = child(statement, 'meta');
  const symbolElement = findByRefersTo(statement, 'docNumber', '#symbol');
  // "S/RES/1310(2000)" as "S/RES/1310 (2000)".
  const symbol = symbolElement === undefined ? '' : textOf(symbolElement).replace(/\s*\(/, ' (');
  const symbolMatch = /^S\/RES\/([0-9]+) \([0-9]{4}\)$/.exec(symbol);
  const adoption =
    meta === undefined
      ? undefined
      : descendants(meta, 'FRBRdate').find((d) => d.getAttribute('name') === 'adoption');
  const adopted =
    adoption?.getAttribute('date') ??
    findByRefersTo(statement, 'docDate', '#adoptionDate')?.getAttribute('date');
  if (symbolMatch === null && /^S\/(?!RES\/)[A-Z]/.test(symbol)) {
    // S/PRST/2020/11, a statement by the President, is marked up as <statement name="resolution">. A malformed
    // resolution symbol ("S/RES/2633 (22)") is a resolution whose symbol is missing, below.
    throw refuse('not-a-resolution', `the document is ${symbol}, not a resolution (S/RES/…).`, { symbol });
  }
  if (symbolMatch === null || adopted === undefined || adopted === null) {
    throw refuse(
      'missing-metadata',
      `the document lacks ${symbolMatch === null ? `a resolution symbol (found ${JSON.stringify(symbol)})` : 'an adoption date'}.`,
      { symbol },
    );
  }
  const adoptedStep =
    meta === undefined
      ? undefined
      : descendants(meta, 'step').find((s) => s.getAttribute('outcome') === 'adopted');
  const preamble = child(statement, 'preamble');
  const chapterVII =
    String(adoptedStep?.getAttribute('refersTo')).includes('Chapter VII') ||
    (preamble !== undefined && /Acting under (Article [0-9]+ of )?Chapter VII/i.test(textOf(preamble)));
  const titleElement = findByRefersTo(statement, 'docTitle', '#resolutionNumber');
  const body = child(statement, 'mainBody');
  const paragraphs = body === undefined ? [] : operativeParagraphs(body);
  if (paragraphs.length === 0) {
    throw refuse('no-operative-paragraphs', `${symbol} has no numbered operative paragraph in <mainBody>.`, {
      symbol,
    });
  }
  const parsed = ResolutionDocumentSchema.safeParse({
    symbol,
    number: Number(symbolMatch[1]),
    adopted,
    vote: vote(meta),
    chapterVII,
    title: titleElement === undefined || textOf(titleElement) === '' ? symbol : textOf(titleElement),
    paragraphs,
  });
  if (!parsed.success) {
    const [issue] = parsed.error.issues as [z.core.$ZodIssue];
    throw refuse(
      'missing-metadata',
      `${symbol} does not read as a resolution: ${issue.path.join('.')}: ${issue.message}.`,
      { symbol, path: issue.path },
    );
  }
  return parsed.data;
}

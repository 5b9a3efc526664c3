import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import {
  type ResolutionDocument,
  ResolutionDocumentSchema,
  type ResolutionParagraph,
} from './ResolutionDocumentSchema.js';
import {
  child,
  children,
  descendants,
  parseXml,
  refuse,
  textOf,
  type XmlElement,
} from './xml.js';

const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const SIDES = ['inFavour', 'against', 'abstaining'] as const;
const SUBPARAGRAPHS = new Set(['point', 'subparagraph', 'item']);

/** `"5."` → `"5"`, `"(a)"` and `"a."` → `"(a)"`; undefined when it is not a number. */
function paragraphNumber(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, '').replace(/\.$/, '');
  return /^[0-9]+$/.test(text) ? text : undefined;
}

function subparagraphNumber(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, '').toLowerCase();
  const match = /^\(?([a-z]{1,4}|[0-9]{1,3})[).]?$/.exec(text);
  return match === null ? undefined : `(${match[1]})`;
}

/** The subparagraphs directly under an element (through `<list>`, `<blockList>`), in order. */
function subparagraphsOf(element: XmlElement, parent: string): ResolutionParagraph[] {
  const out: ResolutionParagraph[] = [];
  for (const c of children(element)) {
    if (c.localName === 'num' || c.localName === 'content' || c.localName === 'intro') continue;
    const num = SUBPARAGRAPHS.has(c.localName) ? child(c, 'num') : undefined;
    const number = num === undefined ? undefined : subparagraphNumber(textOf(num));
    if (number === undefined) {
      out.push(...subparagraphsOf(c, parent));
      continue;
    }
    const full = `${parent} ${number}`;
    out.push({ number: full, text: textOf(c), subparagraphs: subparagraphsOf(c, full) });
  }
  return out;
}

/** The operative paragraphs: the `<paragraph>`s of `<mainBody>` whose `<num>` is a number (headings have none). */
function operativeParagraphs(body: XmlElement): ResolutionParagraph[] {
  return descendants(body, 'paragraph').flatMap((p) => {
    const num = child(p, 'num');
    const number = num === undefined ? undefined : paragraphNumber(textOf(num));
    if (number === undefined) return [];
    return [{ number, text: textOf(p).replace(/^[0-9]+\.?\s*/, ''), subparagraphs: subparagraphsOf(p, number) }];
  });
}

function findByRefersTo(root: XmlElement, localName: string, refersTo: string): XmlElement | undefined {
  return descendants(root, localName).find((e) => e.getAttribute('refersTo') === refersTo);
}

function vote(meta: XmlElement | undefined): ResolutionDocument['vote'] {
  const counts = meta === undefined ? [] : descendants(meta, 'count');
  const voters = { inFavour: [] as string[], against: [] as string[], abstaining: [] as string[] };
  const tally = { inFavour: 0, against: 0, abstaining: 0 };
  for (const s of SIDES) {
    const count = counts.find((c) => c.getAttribute('refersTo') === s);
    if (count === undefined) continue;
    voters[s] = descendants(count, 'organization').map(textOf);
    // The listed members win over the count's value: S/RES/2521 (2020) lists 12 members in favour (adopted 12-0-3)
    // under `<count value="015">`.
    const value = Number.parseInt(count.getAttribute('value') ?? '', 10);
    tally[s] = voters[s].length > 0 ? voters[s].length : Number.isNaN(value) ? 0 : value;
  }
  return { ...tally, voters };
}

/**
 * Reads the official Akoma Ntoso XML of a Security Council resolution (the files of `UNxml/SCresolutions`): its
 * symbol, adoption date, vote, whether it was adopted under Chapter VII, its title, and its operative paragraphs
 * numbered as printed in `<num>` (`"5"`, `"15 (a)"`), never by `eId` (which counts the preamble too).
 *
 * The document is refused, unread, when it declares a DOCTYPE or an ENTITY (no entity is ever expanded, no external
 * file ever fetched), and when it is larger than a resolution can be. Where the document lists the members on each
 * side of the vote, the counts are the number of members listed.
 *
 * @param xml - the XML text of one resolution, in any of the six languages (only the English files have been
 * checked).
 * @returns the resolution, deep-frozen and valid against {@link ResolutionDocumentSchema}.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when `xml` is not a string; `INVALID_DOCUMENT` when it is not
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
      `the root element is <${root.localName}>, not <akomaNtoso> in the Akoma Ntoso 3.0 namespace.`,
      { root: root.localName, namespace: root.namespaceURI },
    );
  }
  const statement = children(root)[0];
  const kind = statement === undefined ? undefined : `${statement.localName} ${statement.getAttribute('name') ?? ''}`;
  if (statement === undefined || kind !== 'statement resolution') {
    throw refuse('not-a-resolution', `the document is a <${kind ?? 'nothing'}>, not a <statement name="resolution">.`, {
      document: kind,
    });
  }
  const meta = child(statement, 'meta');
  const symbolElement = findByRefersTo(statement, 'docNumber', '#symbol');
  const symbol = symbolElement === undefined ? '' : textOf(symbolElement);
  const symbolMatch = /^S\/RES\/([0-9]+) \([0-9]{4}\)$/.exec(symbol);
  const adoption =
    meta === undefined ? undefined : descendants(meta, 'FRBRdate').find((d) => d.getAttribute('name') === 'adoption');
  const adopted =
    adoption?.getAttribute('date') ?? findByRefersTo(statement, 'docDate', '#adoptionDate')?.getAttribute('date');
  if (symbolMatch === null || adopted === undefined || adopted === null) {
    throw refuse(
      'missing-metadata',
      `the document lacks ${symbolMatch === null ? `a resolution symbol (found ${JSON.stringify(symbol)})` : 'an adoption date'}.`,
      { symbol },
    );
  }
  const adoptedStep = meta === undefined ? undefined : descendants(meta, 'step').find((s) => s.getAttribute('outcome') === 'adopted');
  const preamble = child(statement, 'preamble');
  const chapterVII =
    (adoptedStep?.getAttribute('refersTo') ?? '').includes('Chapter VII') ||
    (preamble !== undefined && /Acting under Chapter VII/i.test(textOf(preamble)));
  const titleElement = findByRefersTo(statement, 'docTitle', '#resolutionNumber');
  const body = child(statement, 'mainBody');
  const paragraphs = body === undefined ? [] : operativeParagraphs(body);
  if (paragraphs.length === 0) {
    throw refuse('no-operative-paragraphs', `${symbol} has no numbered operative paragraph in <mainBody>.`, { symbol });
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
    const issue = parsed.error.issues[0];
    throw refuse(
      'missing-metadata',
      `${symbol} does not read as a resolution: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      { symbol, path: issue?.path },
    );
  }
  return parsed.data;
}

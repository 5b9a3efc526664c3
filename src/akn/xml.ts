// Private to the akn layer: the only module of the library that imports an XML parser (@xmldom/xmldom). It parses
// an untrusted string into a tree of elements and refuses, before parsing, anything that could make the parser
// expand or fetch entities.
import { DOMParser } from '@xmldom/xmldom';
import { SanctionsRegimeError } from '../errors.js';

/** What the reader needs of an element of the parsed tree. */
export interface XmlElement {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

interface XmlNode {
  readonly nodeType: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * The largest document the reader accepts, in characters. The official files are 20 to 300 kB; a document a hundred
 * times larger is not a resolution.
 */
export const MAX_DOCUMENT_LENGTH = 10_000_000;

/** Why a document was refused: `details.reason` of the `INVALID_DOCUMENT` error. */
export type RefusalReason =
  | 'too-large'
  | 'doctype'
  | 'not-xml'
  | 'not-akoma-ntoso'
  | 'not-a-resolution'
  | 'missing-metadata'
  | 'no-operative-paragraphs';

/** The `INVALID_DOCUMENT` error for one reason. */
export function refuse(
  reason: RefusalReason,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): SanctionsRegimeError {
  return new SanctionsRegimeError('INVALID_DOCUMENT', `readResolution(xml): ${message}`, {
    reason,
    ...details,
  });
}

// A document type declaration or an entity declaration anywhere (also inside a comment or a CDATA section, which is
// harmless but never in an official file): refused, never handed to the parser.
const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

/**
 * Parses XML into its root element, refusing DOCTYPE and ENTITY declarations before parsing and any well-formedness
 * error during it.
 */
export function parseXml(xml: string): XmlElement {
  if (xml.length > MAX_DOCUMENT_LENGTH) {
    throw refuse(
      'too-large',
      `the document has ${xml.length} characters, more than the ${MAX_DOCUMENT_LENGTH} a resolution can have.`,
      { length: xml.length },
    );
  }
  const declared = DECLARATION.exec(xml);
  if (declared !== null) {
    const declaration = (declared[1] as string).toUpperCase();
    throw refuse(
      'doctype',
      `the document declares ${declaration === 'ENTITY' ? 'an' : 'a'} ${declaration}: Akoma Ntoso files have none, and declarations can expand entities (billion laughs) or reach external files, so the document is refused unread.`,
      { declaration },
    );
  }
  // The parser's own words for the first error ("missing root element"); it wraps them when it rethrows.
  let reason: string | undefined;
  let root: XmlElement | null;
  try {
    const parser = new DOMParser({
      // Stryker disable next-line BooleanLiteral: positions are not in the messages the reader keeps
      locator: false,
      onError: (level: string, message: string) => {
        if (level === 'warning') return;
        reason = message;
        throw new Error(message);
      },
    });
    root = parser.parseFromString(xml, 'text/xml').documentElement as unknown as XmlElement | null;
  } catch (error) {
    // Stryker disable next-line LogicalOperator: the parser reports each error through onError before it throws
    throw refuse('not-xml', `the document is not well-formed XML (${reason ?? String(error)}).`);
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: the parser reports a document without a root element as a fatal error, refused above
  if (root === null) throw refuse('not-xml', 'the document has no root element.');
  return root;
}

/** The element children of an element, in document order. */
export function children(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < element.childNodes.length; i += 1) {
    const node = element.childNodes[i] as XmlNode;
    if (node.nodeType === ELEMENT_NODE) out.push(node as unknown as XmlElement);
  }
  return out;
}

/** The first child element with this local name. */
export function child(element: XmlElement, localName: string): XmlElement | undefined {
  return children(element).find((c) => c.localName === localName);
}

/** Every descendant element with this local name, in document order. */
export function descendants(element: XmlElement, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = children(element).reverse();
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement;
    if (node.localName === localName) out.push(node);
    // One push per child, last first: a spread passes each child as an argument, which overflows the stack past
    // about 130,000.
    const below = children(node);
    for (let i = below.length - 1; i >= 0; i -= 1) stack.push(below[i] as XmlElement);
  }
  return out;
}

/** Text with every run of white space (tabs, line breaks, no-break spaces) made one space, and trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Elements that sit inside a line of text; every other element (num, p, content, point…) is a block, and blocks are
// kept apart by a space even when the markup has none between them (`<num>(a)</num><content>`).
const INLINE = new Set([
  'span',
  'a',
  'i',
  'b',
  'u',
  'sup',
  'sub',
  'inline',
  'docDate',
  'ref',
  'term',
  'def',
  'abbr',
]);

/** The element's text, blocks apart, white space normalised. */
export function textOf(element: XmlElement): string {
  const parts: string[] = [];
  const stack: (XmlNode | string)[] = [element as unknown as XmlNode];
  while (stack.length > 0) {
    const node = stack.pop() as XmlNode | string;
    if (typeof node === 'string') {
      parts.push(node);
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      parts.push((node as unknown as { readonly data: string }).data);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as unknown as XmlElement;
      const block = !INLINE.has(el.localName);
      if (block) stack.push(' ');
      for (let i = el.childNodes.length - 1; i >= 0; i -= 1) stack.push(el.childNodes[i] as XmlNode);
      if (block) stack.push(' ');
    }
  }
  return normalizeSpace(parts.join(''));
}

// A small, strict XML 1.0 well-formedness checker and tree builder for the SVG tests (no XML parser is installed, and
// a dependency for this would not earn its place). It refuses what a browser's XML parser refuses for our documents:
// unbalanced or crossed tags, more than one root, a repeated attribute, an unquoted attribute, a raw `<` or a bare `&`
// in text or in an attribute, an unknown entity, and characters XML does not allow.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text, entities decoded (text that is only whitespace between elements is dropped). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_:][\w:.-]*/;
// Characters XML 1.0 does not allow: controls other than tab, newline and return; lone surrogates; U+FFFE, U+FFFF.
const BAD_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw "<" in ${where}`);
  return raw.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare "&" in ${where}`);
    if (/^#x[0-9a-fA-F]+$/.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (/^#[0-9]+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity &${name}; in ${where}`);
    return value;
  });
}

/** Parses a document; throws an Error naming the first fault. */
export function parseXml(source: string): XmlElement {
  if (BAD_CHAR.test(source)) throw new Error('a character XML does not allow');
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const rest = () => source.slice(i);
  if (rest().startsWith('<?xml')) i = source.indexOf('?>') + 2;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const chunk = source.slice(i, lt === -1 ? source.length : lt);
    const top = stack.at(-1);
    if (top === undefined) {
      if (chunk.trim() !== '')
        throw new Error(`text outside the root: ${JSON.stringify(chunk.slice(0, 40))}`);
    } else if (chunk.trim() !== '') top.text += decode(chunk, `the text of <${top.name}>`);
    if (lt === -1) break;
    i = lt;
    if (rest().startsWith('<!--')) {
      const end = source.indexOf('-->', i);
      if (end === -1) throw new Error('an unclosed comment');
      i = end + 3;
      continue;
    }
    if (rest().startsWith('</')) {
      const name = NAME.exec(source.slice(i + 2))?.[0];
      const close = source.indexOf('>', i);
      const open = stack.pop();
      if (
        name === undefined ||
        open === undefined ||
        open.name !== name ||
        source.slice(i + 2 + name.length, close).trim() !== ''
      )
        throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(source.slice(i + 1))?.[0];
    if (name === undefined) throw new Error(`a "<" that starts no tag at ${i}`);
    i += 1 + name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(rest())?.[0] ?? '';
      i += space.length;
      if (rest().startsWith('/>') || rest().startsWith('>')) break;
      if (space === '') throw new Error(`no space before an attribute of <${name}>`);
      const attribute = /^([A-Za-z_:][\w:.-]*)\s*=\s*(["'])/.exec(rest());
      if (attribute === null)
        throw new Error(`a malformed attribute in <${name}>: ${JSON.stringify(rest().slice(0, 30))}`);
      const [whole, key, quote] = attribute as unknown as [string, string, string];
      i += whole.length;
      const end = source.indexOf(quote, i);
      if (end === -1) throw new Error(`an unclosed attribute ${key} of <${name}>`);
      if (key in attributes) throw new Error(`attribute ${key} twice in <${name}>`);
      attributes[key] = decode(source.slice(i, end), `attribute ${key} of <${name}>`);
      i = end + 1;
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    const parent = stack.at(-1);
    if (parent !== undefined) parent.children.push(element);
    else if (root !== undefined) throw new Error('more than one root element');
    else root = element;
    if (rest().startsWith('/>')) i += 2;
    else {
      i += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** Every element of a tree, depth first. */
export function elements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(elements)];
}

/** The text of an element and its descendants, the texts of different elements joined by a space. */
export function textOf(element: XmlElement): string {
  return [element.text, ...element.children.map(textOf)].filter((t) => t !== '').join(' ');
}

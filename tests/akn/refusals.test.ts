// Each refusal of readResolution in exact words and details: a reader of the error must learn what was wrong without
// opening the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResolutionDocumentSchema, readResolution } from '../../src/akn/index.js';
import { MAX_DOCUMENT_LENGTH } from '../../src/akn/xml.js';
import { errorOf } from '../helpers.js';

const official = readFileSync(join(import.meta.dirname, 'fixtures', 'resolution.xml'), 'utf8');
const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const refusal = (xml: unknown) => {
  const error = errorOf(() => readResolution(xml as string));
  return { code: error.code, message: error.message, details: { ...error.details } };
};
const body = (paragraphs: string) =>
  official.replace(/<mainBody>[\s\S]*<\/mainBody>/, `<mainBody>${paragraphs}</mainBody>`);

describe('readResolution refusals, word for word', () => {
  it('a value that is not a string', () => {
    expect(refusal(42)).toEqual({
      code: 'INVALID_INPUT',
      message: 'readResolution(xml): expected the XML text as a string, got 42.',
      details: { argument: 'readResolution(xml)', value: '42' },
    });
  });

  it('a document larger than a resolution can be, by its length', () => {
    const long = ' '.repeat(MAX_DOCUMENT_LENGTH + 1);
    expect(refusal(long)).toEqual({
      code: 'INVALID_DOCUMENT',
      message: `readResolution(xml): the document has ${MAX_DOCUMENT_LENGTH + 1} characters, more than the ${MAX_DOCUMENT_LENGTH} a resolution can have.`,
      details: { reason: 'too-large', length: MAX_DOCUMENT_LENGTH + 1 },
    });
  });

  it('reads a document of exactly the largest length', () => {
    const padded = official + ' '.repeat(MAX_DOCUMENT_LENGTH - official.length);
    expect(padded).toHaveLength(MAX_DOCUMENT_LENGTH);
    expect(readResolution(padded).number).toBe(2633);
  });

  // Found by review: elements were appended with push(...children), which overflows the stack past about 130,000
  // arguments, so a 0.8 MB document (the limit is 10 MB) threw a RangeError.
  it('reads a document with 200,000 elements side by side, in the body and in a paragraph', () => {
    const many = '<p/>'.repeat(200_000);
    const wide = official
      .replace('<mainBody>', `<mainBody>${many}`)
      .replace('<content eId="para_24__content">', `<content eId="para_24__content">${many}`);
    const read = readResolution(wide);
    const plain = readResolution(official);
    expect(read.number).toBe(2633);
    expect(read.paragraphs).toEqual(plain.paragraphs);
    // 150,000 items of one list, each a subparagraph of paragraph 1: every one is read.
    const items = '<item><num>(a)</num><p>x</p></item>'.repeat(150_000);
    const listed = official.replace(
      '<content eId="para_24__content">',
      `<content eId="para_24__content"><blockList>${items}</blockList>`,
    );
    expect(readResolution(listed).paragraphs[0]?.subparagraphs).toHaveLength(150_000);
  }, 60_000);

  it('a DOCTYPE or an ENTITY, in any case and spacing, named with its article', () => {
    expect(refusal(`<!DOCTYPE akomaNtoso>\n${official}`)).toEqual({
      code: 'INVALID_DOCUMENT',
      message:
        'readResolution(xml): the document declares a DOCTYPE: Akoma Ntoso files have none, and declarations can expand entities (billion laughs) or reach external files, so the document is refused unread.',
      details: { reason: 'doctype', declaration: 'DOCTYPE' },
    });
    const entity = refusal(`<! entity x "y">${official}`);
    expect(entity.message).toBe(
      'readResolution(xml): the document declares an ENTITY: Akoma Ntoso files have none, and declarations can expand entities (billion laughs) or reach external files, so the document is refused unread.',
    );
    expect(entity.details).toEqual({ reason: 'doctype', declaration: 'ENTITY' });
    expect(refusal(`<!--<!Entity x "y">-->${official}`).details.declaration).toBe('ENTITY');
    expect(refusal(`<!\n\tDocType x>${official}`).details.declaration).toBe('DOCTYPE');
  });

  it('text that is not XML, with the parser’s reason once', () => {
    expect(refusal('resolution 2633')).toEqual({
      code: 'INVALID_DOCUMENT',
      message: 'readResolution(xml): the document is not well-formed XML (missing root element).',
      details: { reason: 'not-xml' },
    });
    expect(refusal('<akomaNtoso><statement></akomaNtoso>').message).toBe(
      'readResolution(xml): the document is not well-formed XML (Opening and ending tag mismatch: "statement" != "akomaNtoso").',
    );
  });

  it('errors the parser only reports, and not its warnings', () => {
    expect(refusal(official.replace('<mainBody>', '<mainBody>&nbsp;')).message).toBe(
      'readResolution(xml): the document is not well-formed XML (entity not found:&nbsp;).',
    );
    expect(refusal(`${official}junk`).message).toBe(
      'readResolution(xml): the document is not well-formed XML (Extra content at the end of the document).',
    );
    // An attribute without the space before it is a warning: the document is read.
    const warned = official.replace('<statement name="resolution">', '<statement name="resolution"x="1">');
    expect(readResolution(warned).number).toBe(2633);
  });

  it('XML in another vocabulary or outside the Akoma Ntoso namespace', () => {
    expect(refusal('<akomaNtoso><statement name="resolution"/></akomaNtoso>')).toEqual({
      code: 'INVALID_DOCUMENT',
      message:
        'readResolution(xml): the root element is <akomaNtoso> in no namespace, not <akomaNtoso> in the Akoma Ntoso 3.0 namespace.',
      details: { reason: 'not-akoma-ntoso', root: 'akomaNtoso', namespace: null },
    });
    expect(refusal('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toEqual({
      code: 'INVALID_DOCUMENT',
      message:
        'readResolution(xml): the root element is <html> in the namespace http://www.w3.org/1999/xhtml, not <akomaNtoso> in the Akoma Ntoso 3.0 namespace.',
      details: { reason: 'not-akoma-ntoso', root: 'html', namespace: 'http://www.w3.org/1999/xhtml' },
    });
  });

  it('an Akoma Ntoso document that is not a resolution, named as it is written', () => {
    expect(refusal(`<akomaNtoso xmlns="${AKN}"/>`)).toEqual({
      code: 'INVALID_DOCUMENT',
      message: 'readResolution(xml): <akomaNtoso> holds no document, not a <statement name="resolution">.',
      details: { reason: 'not-a-resolution', document: null },
    });
    expect(refusal(`<akomaNtoso xmlns="${AKN}"><act name="x"/></akomaNtoso>`)).toEqual({
      code: 'INVALID_DOCUMENT',
      message: 'readResolution(xml): the document is an <act name="x">, not a <statement name="resolution">.',
      details: { reason: 'not-a-resolution', document: '<act name="x">' },
    });
    expect(refusal(`<akomaNtoso xmlns="${AKN}"><statement/></akomaNtoso>`).message).toBe(
      'readResolution(xml): the document is a <statement>, not a <statement name="resolution">.',
    );
    expect(
      refusal(`<akomaNtoso xmlns="${AKN}"><statement name="resolutionDraft"/></akomaNtoso>`).details.document,
    ).toBe('<statement name="resolutionDraft">');
    expect(refusal(official.replace('S/RES/2633 (2022)</docNumber>', 'S/PRST/2020/11</docNumber>'))).toEqual({
      code: 'INVALID_DOCUMENT',
      message: 'readResolution(xml): the document is S/PRST/2020/11, not a resolution (S/RES/…).',
      details: { reason: 'not-a-resolution', symbol: 'S/PRST/2020/11' },
    });
  });

  it('an Akoma Ntoso root of another name, and another document named resolution', () => {
    expect(refusal(`<act xmlns="${AKN}"><statement name="resolution"/></act>`).details).toEqual({
      reason: 'not-akoma-ntoso',
      root: 'act',
      namespace: AKN,
    });
    expect(refusal(`<akomaNtoso xmlns="${AKN}"><act name="resolution"/></akomaNtoso>`).details).toEqual({
      reason: 'not-a-resolution',
      document: '<act name="resolution">',
    });
  });

  it('a symbol that is not a resolution’s, quoted as found', () => {
    const lacks = (symbol: string) =>
      refusal(official.replace('S/RES/2633 (2022)</docNumber>', `${symbol}</docNumber>`)).message;
    expect(lacks('x S/RES/2633 (2022)')).toBe(
      'readResolution(xml): the document lacks a resolution symbol (found "x S/RES/2633 (2022)").',
    );
    expect(lacks('S/RES/2633 (2022) Corr.1')).toBe(
      'readResolution(xml): the document lacks a resolution symbol (found "S/RES/2633 (2022) Corr.1").',
    );
    expect(lacks('See S/PRST/2020/11')).toBe(
      'readResolution(xml): the document lacks a resolution symbol (found "See S/PRST/2020/11").',
    );
    expect(refusal(official.replace(/<docNumber[^>]*>[^<]*<\/docNumber>/, '')).message).toBe(
      'readResolution(xml): the document lacks a resolution symbol (found "").',
    );
  });

  it('an adoption date marked up without its date', () => {
    const xml = official
      .replaceAll('name="adoption"', 'name="x"')
      .replace(/<docDate date="2022-05-26" refersTo="#adoptionDate">/, '<docDate refersTo="#adoptionDate">');
    expect(xml).toContain('<docDate refersTo="#adoptionDate">');
    expect(refusal(xml).message).toBe('readResolution(xml): the document lacks an adoption date.');
  });

  it('a resolution without its symbol or its adoption date', () => {
    expect(refusal(official.replace('S/RES/2633 (2022)</docNumber>', '</docNumber>'))).toEqual({
      code: 'INVALID_DOCUMENT',
      message: 'readResolution(xml): the document lacks a resolution symbol (found "").',
      details: { reason: 'missing-metadata', symbol: '' },
    });
    expect(
      refusal(official.replace('S/RES/2633 (2022)</docNumber>', 'Resolution 2633</docNumber>')).message,
    ).toBe('readResolution(xml): the document lacks a resolution symbol (found "Resolution 2633").');
    expect(
      refusal(official.replaceAll('name="adoption"', 'name="x"').replace('#adoptionDate', '#x')),
    ).toEqual({
      code: 'INVALID_DOCUMENT',
      message: 'readResolution(xml): the document lacks an adoption date.',
      details: { reason: 'missing-metadata', symbol: 'S/RES/2633 (2022)' },
    });
  });

  it('a resolution without operative paragraphs, or whose content breaks the schema', () => {
    expect(refusal(body(''))).toEqual({
      code: 'INVALID_DOCUMENT',
      message: 'readResolution(xml): S/RES/2633 (2022) has no numbered operative paragraph in <mainBody>.',
      details: { reason: 'no-operative-paragraphs', symbol: 'S/RES/2633 (2022)' },
    });
    expect(refusal(official.replace(/<mainBody>[\s\S]*<\/mainBody>/, ''))).toMatchObject({
      details: { reason: 'no-operative-paragraphs' },
    });
    expect(refusal(body('<paragraph><num>1.</num><content><p></p></content></paragraph>'))).toEqual({
      code: 'INVALID_DOCUMENT',
      message:
        'readResolution(xml): S/RES/2633 (2022) does not read as a resolution: paragraphs.0.text: Expected a non-empty string.',
      details: { reason: 'missing-metadata', symbol: 'S/RES/2633 (2022)', path: ['paragraphs', 0, 'text'] },
    });
  });
});

describe('ResolutionDocumentSchema refuses in words', () => {
  const resolution = readResolution(official);
  const issues = (value: unknown) => {
    const parsed = ResolutionDocumentSchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('a paragraph number written otherwise than as printed', () => {
    const paragraphs = [{ number: '1.', text: 'Decides;', subparagraphs: [] }];
    expect(issues({ ...resolution, paragraphs })).toEqual([
      ['paragraphs.0.number', 'Write the number as printed, without the full stop: "5", "15 (a)"'],
    ]);
  });

  it('a vote of more than fifteen members, whichever side has them', () => {
    const vote = (inFavour: number, against: number, abstaining: number) =>
      issues({ ...resolution, vote: { ...resolution.vote, inFavour, against, abstaining } });
    const tooMany = [['vote', 'The Council has 15 members: the counts add up to at most 15']];
    expect(vote(10, 0, 6)).toEqual(tooMany);
    expect(vote(10, 3, 3)).toEqual(tooMany);
    expect(vote(12, 3, 0)).toEqual([]);
  });

  it('a symbol that does not carry the number', () => {
    expect(issues({ ...resolution, number: 2634 })).toEqual([
      ['symbol', 'The symbol must carry the resolution number'],
    ]);
  });
});

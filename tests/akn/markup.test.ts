// How readResolution reads the markup, one rule at a time, on small documents built here: text and its spaces,
// paragraph and subparagraph numbers, the vote, Chapter VII, the adoption date and the title.
import { describe, expect, it } from 'vitest';
import { readResolution } from '../../src/akn/index.js';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

interface Parts {
  readonly meta?: string;
  readonly cover?: string;
  readonly preamble?: string;
  readonly body?: string;
}

const META =
  '<meta><identification><FRBRWork><FRBRdate date="2022-05-26" name="adoption"/></FRBRWork></identification></meta>';
const COVER =
  '<coverPage><p><docNumber refersTo="#symbol">S/RES/2633 (2022)</docNumber></p><p><docTitle refersTo="#resolutionNumber">Resolution 2633 (2022)</docTitle></p></coverPage>';
const ONE = '<paragraph><num>1.</num><content><p>Decides;</p></content></paragraph>';

function doc({ meta = META, cover = COVER, preamble = '', body = ONE }: Parts = {}): string {
  return `<akomaNtoso xmlns="${AKN}"><statement name="resolution">${meta}${cover}${preamble}<mainBody>${body}</mainBody></statement></akomaNtoso>`;
}
const paragraphs = (body: string) => readResolution(doc({ body })).paragraphs;
const para = (num: string, inner: string) => `<paragraph><num>${num}</num>${inner}</paragraph>`;
const content = (text: string) => `<content><p>${text}</p></content>`;

describe('readResolution: the text of a paragraph', () => {
  const INLINE = [
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
  ];

  it.each(INLINE)('runs <%s> into the words around it', (name) => {
    const [first] = paragraphs(para('1.', content(`re<${name}>new</${name}>ed`)));
    expect(first?.text).toBe('renewed');
  });

  it('keeps block elements apart by a space even when the markup has none', () => {
    const [first] = paragraphs(
      para('1.', `<content><p>Decides</p><p>that</p><block>States</block></content>`),
    );
    expect(first?.text).toBe('Decides that States');
  });

  it('reads CDATA sections as text and makes every run of white space one space', () => {
    const [first] = paragraphs(para('1.', content('<![CDATA[Decides  <to>]]>\u00a0\t renew\n;')));
    expect(first?.text).toBe('Decides <to> renew ;');
  });

  it('drops comments and processing instructions, even inside a word', () => {
    const [first] = paragraphs(para('1.', content('Decides<!-- a note --><?pi x?> to re<!-- x -->new;')));
    expect(first?.text).toBe('Decides to renew;');
  });

  it('puts a space on both sides of a block inside running text', () => {
    const [first] = paragraphs(para('1.', content('Decides<block>that</block>States')));
    expect(first?.text).toBe('Decides that States');
  });
});

describe('readResolution: paragraph numbers', () => {
  it('reads "5", "5." and " 5 ." as 5, and takes a number with letters for no number', () => {
    const read = paragraphs(
      para('5', content('Five;')) +
        para(' 6 .', content('Six;')) +
        para('7.', content('Seven;')) +
        para('7bis.', content('Inserted;')),
    );
    expect(read.map((p) => [p.number, p.text])).toEqual([
      ['5', 'Five;'],
      ['6', 'Six;'],
      ['7', 'Seven; 7bis. Inserted;'],
    ]);
  });

  it('takes "5.1", "A5" and "5a" for no number', () => {
    const read = paragraphs(
      para('5.', content('Five;')) +
        para('5.1', content('a;')) +
        para('A5.', content('b;')) +
        para('5a', content('c;')),
    );
    expect(read.map((p) => [p.number, p.text])).toEqual([['5', 'Five; 5.1 a; A5. b; 5a c;']]);
  });

  it('reads a number in the text only at its start', () => {
    const read = paragraphs(
      `${para('10.', content('Ten;'))}<paragraph>${content('Recalls its 11 resolutions;')}</paragraph>`,
    );
    expect(read.map((p) => [p.number, p.text])).toEqual([['10', 'Ten; Recalls its 11 resolutions;']]);
  });

  it('reads a number printed in the text only when it is the next one, with or without its point', () => {
    const read = paragraphs(
      para('1.', content('One;')) +
        `<paragraph>${content('2. Two;')}</paragraph>` +
        `<paragraph>${content('4 Four is not three;')}</paragraph>` +
        `<paragraph>${content('3 Three;')}</paragraph>`,
    );
    expect(read.map((p) => [p.number, p.text])).toEqual([
      ['1', 'One;'],
      ['2', 'Two; 4 Four is not three;'],
      ['3', 'Three;'],
    ]);
  });

  it('does not read a number in the text of the first paragraph, or a year', () => {
    expect(() => paragraphs(`<paragraph>${content('1 Decides;')}</paragraph>${ONE}`)).not.toThrow();
    const read = paragraphs(`${ONE}<paragraph>${content('2022 was a year;')}</paragraph>`);
    expect(read.map((p) => [p.number, p.text])).toEqual([['1', 'Decides; 2022 was a year;']]);
  });

  it('skips empty paragraphs and headings that come after a numbered paragraph', () => {
    const read = paragraphs(
      ONE +
        '<paragraph><content><p> </p></content></paragraph><paragraph><subheading>Coal</subheading></paragraph>',
    );
    expect(read.map((p) => [p.number, p.text])).toEqual([['1', 'Decides;']]);
  });

  it('reads no operative paragraph from a body of one paragraph with a number that is not one', () => {
    expect(() => paragraphs(para('A.', content('Decides;')))).toThrow(/no numbered operative paragraph/);
  });

  it('reads one unnumbered paragraph beside empty ones as "1"', () => {
    const read = paragraphs(
      `<paragraph><content><p> </p></content></paragraph><paragraph>${content('Decides;')}</paragraph>`,
    );
    expect(read.map((p) => [p.number, p.text])).toEqual([['1', 'Decides;']]);
  });

  it('reads one unnumbered operative paragraph as "1", with its subparagraphs, but not two', () => {
    const [only, ...rest] = paragraphs(
      `<paragraph><subheading>Heading</subheading></paragraph><paragraph><content><p>Decides that:</p></content><list><point><num>(a)</num>${content('one;')}</point></list></paragraph>`,
    );
    expect(rest).toEqual([]);
    expect(only).toEqual({
      number: '1',
      text: 'Decides that: (a) one;',
      subparagraphs: [{ number: '1 (a)', text: '(a) one;', subparagraphs: [] }],
    });
    expect(() =>
      paragraphs(`<paragraph>${content('Decides;')}</paragraph><paragraph>${content('Also;')}</paragraph>`),
    ).toThrow(/no numbered operative paragraph/);
  });
});

describe('readResolution: subparagraph numbers', () => {
  const list = (...points: string[]) =>
    para('3.', `<list><intro><p>Requests:</p></intro>${points.join('')}</list>`);
  const point = (num: string, text: string, tag = 'point') =>
    `<${tag}><num>${num}</num>${content(text)}</${tag}>`;

  it('reads "(a)", "b.", "c)", "(D)", "(iv)", "(12)" and " ( e ) " as (a) … (e)', () => {
    const [third] = paragraphs(
      list(
        point('(a)', 'a;'),
        point('b.', 'b;'),
        point('c)', 'c;'),
        point('(D)', 'd;'),
        point('(iv)', 'iv;'),
        point('(12)', 'twelve;'),
        point(' ( e ) ', 'e;'),
      ),
    );
    expect(third?.subparagraphs.map((s) => s.number)).toEqual([
      '3 (a)',
      '3 (b)',
      '3 (c)',
      '3 (d)',
      '3 (iv)',
      '3 (12)',
      '3 (e)',
    ]);
    expect(third?.text).toBe('Requests: (a) a; b. b; c) c; (D) d; (iv) iv; (12) twelve; ( e ) e;');
  });

  it('reads a letter printed without brackets or point, and opened but not closed', () => {
    const [third] = paragraphs(list(point('f', 'f;'), point('(g', 'g;')));
    expect(third?.subparagraphs.map((s) => s.number)).toEqual(['3 (f)', '3 (g)']);
  });

  it('adds nothing to a point for an empty <sublist> after it', () => {
    const [third] = paragraphs(list(point('(a)', 'a;'), '<sublist></sublist>'));
    expect(third?.subparagraphs).toEqual([{ number: '3 (a)', text: '(a) a;', subparagraphs: [] }]);
  });

  it('takes five letters, four digits or a dash for no subparagraph number', () => {
    const [third] = paragraphs(
      list(point('(abcde)', 'x;'), point('(1234)', 'y;'), point('–', 'z;'), point('(a)', 'a;')),
    );
    expect(third?.subparagraphs.map((s) => s.number)).toEqual(['3 (a)']);
  });

  it('reads <point>, <subparagraph> and <item>, not other elements with a <num>', () => {
    const [third] = paragraphs(
      list(
        point('(a)', 'a;'),
        point('(b)', 'b;', 'subparagraph'),
        point('(c)', 'c;', 'item'),
        point('(d)', 'd;', 'hcontainer'),
      ),
    );
    expect(third?.subparagraphs.map((s) => s.number)).toEqual(['3 (a)', '3 (b)', '3 (c)']);
  });

  it('reads points inside any container, and a <sublist> that follows no point as a container', () => {
    const [third] = paragraphs(
      para(
        '3.',
        `<blockList><sublist>${point('(a)', 'a;')}</sublist><listWrapup><p>and</p></listWrapup></blockList>`,
      ),
    );
    expect(third?.subparagraphs).toEqual([{ number: '3 (a)', text: '(a) a;', subparagraphs: [] }]);
  });

  it('nests points inside points', () => {
    const [third] = paragraphs(
      list(
        `<point><num>(a)</num><intro><p>States:</p></intro>${point('(i)', 'shall;')}${point('(ii)', 'may;')}</point>`,
      ),
    );
    expect(third?.subparagraphs).toEqual([
      {
        number: '3 (a)',
        text: '(a) States: (i) shall; (ii) may;',
        subparagraphs: [
          { number: '3 (a) (i)', text: '(i) shall;', subparagraphs: [] },
          { number: '3 (a) (ii)', text: '(ii) may;', subparagraphs: [] },
        ],
      },
    ]);
  });
});

describe('readResolution: the metadata', () => {
  const votes = (counts: string, by?: string) =>
    readResolution(
      doc({
        meta: `<meta><identification><FRBRWork><FRBRdate date="2022-05-26" name="adoption"/></FRBRWork></identification><workflow><step outcome="draftResolution" by="Adopted 1-1-1"/>${by === undefined ? '' : `<step outcome="adopted" by="${by}"/>`}</workflow><analysis><parliamentary><voting>${counts}</voting></parliamentary></analysis></meta>`,
      }),
    ).vote;
  const count = (side: string, value: string, members: string[] = []) =>
    `<count value="${value}" refersTo="${side}">${members.map((m) => `<organization>${m}</organization>`).join('')}</count>`;

  it('reads each side from its count, its members and the adopted step, never from another step', () => {
    expect(
      votes(
        count('inFavour', '013') + count('against', '001', ['X']) + count('abstaining', '1'),
        'Adopted 13-1-1',
      ),
    ).toEqual({
      inFavour: 13,
      against: 1,
      abstaining: 1,
      voters: { inFavour: [], against: ['X'], abstaining: [] },
    });
    expect(votes(count('inFavour', '')).inFavour).toBe(0);
    expect(votes('', 'Adopted 14-0-1, 9000th meeting')).toMatchObject({
      inFavour: 14,
      against: 0,
      abstaining: 1,
    });
    expect(votes('')).toMatchObject({ inFavour: 0, against: 0, abstaining: 0 });
  });

  it('reads the printed vote with two-digit sides', () => {
    expect(votes('', 'Adopted 1-12-2')).toMatchObject({ inFavour: 1, against: 12, abstaining: 2 });
    expect(votes('', 'Adopted 3-0-12')).toMatchObject({ inFavour: 3, against: 0, abstaining: 12 });
  });

  it('takes the count two of the three statements give', () => {
    const three = ['A', 'B', 'C'];
    expect(votes(count('inFavour', '003', three), 'Adopted 2-0-0').inFavour).toBe(3);
    expect(votes(count('inFavour', '002', three), 'Adopted 2-0-0').inFavour).toBe(2);
    expect(votes(count('inFavour', '002', three), 'Adopted 3-0-0').inFavour).toBe(3);
    expect(votes(count('inFavour', '004', three), 'Adopted 2-0-0').inFavour).toBe(3);
    expect(votes(count('inFavour', '004'), 'Adopted 2-0-0').inFavour).toBe(4);
  });

  it('reads Chapter VII from the adopted step or from "Acting under (Article 41 of) Chapter VII" in the preamble', () => {
    const chapter = (parts: Parts) => readResolution(doc(parts)).chapterVII;
    const step = (refersTo: string) =>
      `<meta><identification><FRBRWork><FRBRdate date="2022-05-26" name="adoption"/></FRBRWork></identification><workflow><step outcome="draftResolution" refersTo="Chapter VII"/><step outcome="adopted" refersTo="${refersTo}"/></workflow></meta>`;
    const preamble = (text: string) => `<preamble><p>${text}</p></preamble>`;
    expect(chapter({})).toBe(false);
    expect(chapter({ meta: step('Chapter VII') })).toBe(true);
    expect(chapter({ meta: step('Chapter VI') })).toBe(false);
    expect(chapter({ preamble: preamble('<i>Acting</i> under Chapter VII of the Charter,') })).toBe(true);
    expect(chapter({ preamble: preamble('acting under chapter vii of the Charter,') })).toBe(true);
    expect(chapter({ preamble: preamble('Acting under Article 41 of Chapter VII of the Charter,') })).toBe(
      true,
    );
    expect(chapter({ preamble: preamble('Acting under Chapter VI of the Charter,') })).toBe(false);
    expect(chapter({ preamble: preamble('Recalling Chapter VII of the Charter,') })).toBe(false);
    expect(chapter({ body: para('1.', content('Acting under Chapter VII, decides;')) })).toBe(false);
  });

  it('reads the adoption date from the adoption FRBRdate, else from the cover page’s adoption date', () => {
    const cover = `<coverPage><p><docNumber refersTo="#symbol">S/RES/2633 (2022)</docNumber></p><p><docDate refersTo="#issuance" date="2022-05-20">20 May</docDate><docDate refersTo="#adoptionDate" date="2022-05-27">27 May</docDate></p></coverPage>`;
    const both = `<meta><identification><FRBRWork><FRBRdate date="2022-05-28" name="publication"/><FRBRdate date="2022-05-26" name="adoption"/></FRBRWork></identification></meta>`;
    expect(readResolution(doc({ meta: both, cover })).adopted).toBe('2022-05-26');
    expect(readResolution(doc({ meta: '', cover })).adopted).toBe('2022-05-27');
    expect(readResolution(doc({ meta: '<meta/>', cover })).adopted).toBe('2022-05-27');
  });

  it('reads the symbol, spaced, the number, and the title, or the symbol when the title is missing or empty', () => {
    const cover = (symbol: string, title: string) =>
      `<coverPage><p><docNumber refersTo="#other">S/RES/1 (1946)</docNumber><docNumber refersTo="#symbol">${symbol}</docNumber></p>${title}</coverPage>`;
    const read = readResolution(
      doc({
        cover: cover(
          ' S/RES/1310(2000) ',
          '<docTitle refersTo="#resolutionNumber"> Resolution  1310 </docTitle>',
        ),
      }),
    );
    expect([read.symbol, read.number, read.title]).toEqual(['S/RES/1310 (2000)', 1310, 'Resolution 1310']);
    expect(
      readResolution(doc({ cover: cover('S/RES/1310 (2000)', '<docTitle refersTo="#x">Other</docTitle>') }))
        .title,
    ).toBe('S/RES/1310 (2000)');
    expect(
      readResolution(
        doc({ cover: cover('S/RES/1310 (2000)', '<docTitle refersTo="#resolutionNumber"> </docTitle>') }),
      ).title,
    ).toBe('S/RES/1310 (2000)');
  });

  it('refuses a symbol that is neither a resolution’s nor another Council document’s as missing', () => {
    const cover = (symbol: string) =>
      `<coverPage><docNumber refersTo="#symbol">${symbol}</docNumber></coverPage>`;
    const reason = (symbol: string) => {
      try {
        readResolution(doc({ cover: cover(symbol) }));
        return 'read';
      } catch (error) {
        return (error as { details: { reason: string } }).details.reason;
      }
    };
    expect(reason('S/RES/2633 (2022)')).toBe('read');
    expect(reason('S/RES/2633 (22)')).toBe('missing-metadata');
    expect(reason('S/RES/2633 (2022) Corr.1')).toBe('missing-metadata');
    expect(reason('x S/RES/2633 (2022)')).toBe('missing-metadata');
    expect(reason('S/2022/417')).toBe('missing-metadata');
    expect(reason('S/PRST/2020/11')).toBe('not-a-resolution');
    expect(reason('s/prst/2020/11')).toBe('missing-metadata');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResolutionDocumentSchema, readResolution } from '../../src/akn/index.js';
import { codeOf, errorOf } from '../helpers.js';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const official = fixture('resolution.xml');
const reasonOf = (xml: unknown): unknown => errorOf(() => readResolution(xml as string)).details.reason;

describe('readResolution', () => {
  const resolution = () => readResolution(official);

  it('reads the symbol, number, adoption date, Chapter VII and the title', () => {
    expect(resolution()).toMatchObject({
      symbol: 'S/RES/2633 (2022)',
      number: 2633,
      adopted: '2022-05-26',
      chapterVII: true,
      title: 'Resolution 2633 (2022)',
    });
  });

  it('reads the vote with the members on each side', () => {
    expect(resolution().vote).toMatchObject({ inFavour: 10, against: 0, abstaining: 5 });
    expect(resolution().vote.voters.abstaining).toEqual([
      'CHINA',
      'GABON',
      'INDIA',
      'KENYA',
      'RUSSIAN FEDERATION',
    ]);
    expect(resolution().vote.voters.inFavour).toHaveLength(10);
    expect(resolution().vote.voters.against).toEqual([]);
  });

  it('numbers paragraphs from <num>, never from eId, and skips headings and the preamble', () => {
    expect(resolution().paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(resolution().paragraphs[0]?.text).toBe(
      'Decides to renew until 31 May 2023 the measures on arms imposed by paragraph 4 of resolution 2428 (2018);',
    );
  });

  it('normalises white space in the text', () => {
    expect(resolution().paragraphs[1]?.text).toBe(
      'Decides that the measures renewed in paragraph 1 shall not apply to non-lethal equipment, as notified in advance to the Committee (“the Committee”);',
    );
  });

  it('reads subparagraphs, nested, numbered "3 (a)" whether printed "(a)" or "b."', () => {
    const third = resolution().paragraphs[2];
    expect(third?.subparagraphs.map((s) => s.number)).toEqual(['3 (a)', '3 (b)']);
    expect(third?.subparagraphs[1]?.subparagraphs).toEqual([
      { number: '3 (b) (i)', text: '(i) their storage;', subparagraphs: [] },
    ]);
    expect(third?.text).toContain('progress on: (a) the security arrangements; b. the management of weapons');
  });

  it('returns a deep-frozen value that its schema accepts', () => {
    expect(ResolutionDocumentSchema.parse(resolution())).toEqual(resolution());
    expect(Object.isFrozen(resolution())).toBe(true);
    expect(Object.isFrozen(resolution().vote.voters.inFavour)).toBe(true);
    expect(Object.isFrozen(resolution().paragraphs[2]?.subparagraphs[1])).toBe(true);
  });

  it('reads Chapter VII from the preamble when the workflow does not say it', () => {
    const xml = official.replace(' refersTo="Chapter VII"', '');
    expect(readResolution(xml).chapterVII).toBe(true);
    // S/RES/1737 (2006)
    const article41 = xml.replace('under Chapter VII', 'under Article 41 of Chapter VII');
    expect(readResolution(article41).chapterVII).toBe(true);
    expect(
      readResolution(xml.replace('<span class="italic">Acting</span> under Chapter VII', 'Noting'))
        .chapterVII,
    ).toBe(false);
  });

  it('takes each count most of the three statements of the vote give', () => {
    // S/RES/2521 (2020): value="015" in favour, 12 members listed, "Adopted 12-0-3".
    const countWrong = official.replace('<count value="010"', '<count value="015"');
    expect(readResolution(countWrong).vote.inFavour).toBe(10);
    // S/RES/2812 (2026): 13 counted and "Adopted 13-0-2", all 15 listed in favour, no abstaining count.
    const listWrong = official
      .replace('<count value="005" refersTo="abstaining">', '<count value="005" refersTo="ignored">')
      .replace(
        '<organization refersTo="memberState">ALBANIA</organization>',
        '<organization refersTo="memberState">ALBANIA</organization><organization refersTo="memberState">CHINA</organization>',
      );
    expect(readResolution(listWrong).vote).toMatchObject({ inFavour: 10, abstaining: 5 });
    expect(readResolution(listWrong).vote.voters.inFavour).toHaveLength(11);
  });

  it('reads a single unnumbered operative paragraph as paragraph "1"', () => {
    const single = readResolution(fixture('single-paragraph.xml'));
    expect(single.paragraphs).toEqual([
      {
        number: '1',
        text: 'Decides to call an emergency special session of the General Assembly.',
        subparagraphs: [],
      },
    ]);
    expect(single.vote).toEqual({
      inFavour: 11,
      against: 1,
      abstaining: 3,
      voters: { inFavour: [], against: [], abstaining: [] },
    });
    expect(single.chapterVII).toBe(false);
  });
});

describe('readResolution on the markup quirks of the official files', () => {
  const body = (paragraphs: string) =>
    official.replace(/<mainBody>[\s\S]*<\/mainBody>/, `<mainBody>${paragraphs}</mainBody>`);
  const point = (num: string, text: string) =>
    `<point><num>${num}</num><content><p>${text}</p></content></point>`;

  it('nests a <sublist> under the point it follows (S/RES/1718 (2006) 8 (a) (i))', () => {
    const read = readResolution(
      body(
        `<paragraph><num>8.</num><list><intro><p>Decides that:</p></intro>${point('(a)', 'States shall prevent the supply of')}<sublist>${point('(i)', 'battle tanks;')}${point('(ii)', 'items on lists;')}</sublist>${point('(b)', 'the DPRK shall cease;')}</list></paragraph>`,
      ),
    );
    const [a, b] = read.paragraphs[0]?.subparagraphs ?? [];
    expect([a?.number, b?.number]).toEqual(['8 (a)', '8 (b)']);
    expect(a?.subparagraphs.map((s) => [s.number, s.text])).toEqual([
      ['8 (a) (i)', '(i) battle tanks;'],
      ['8 (a) (ii)', '(ii) items on lists;'],
    ]);
    expect(a?.text).toBe('(a) States shall prevent the supply of (i) battle tanks; (ii) items on lists;');
  });

  it('continues a paragraph with the paragraphs after it that have no number or a subparagraph’s (S/RES/2321 (2016) 26)', () => {
    const read = readResolution(
      body(
        `<paragraph><num>26.</num><content><p>Decides that paragraph 29 of resolution 2270 (2016) shall be replaced by the following:</p></content></paragraph>
         <paragraph><content><p>“Decides that the DPRK shall not supply coal, except:</p></content></paragraph>
         <paragraph><num>(a)</num><content><p>coal for livelihood purposes;</p></content></paragraph>
         <paragraph><num>(b)</num><content><p>coal within the cap;”</p></content></paragraph>
         <paragraph><subheading>Financial measures</subheading></paragraph>
         <paragraph><num>27.</num><content><p>Decides that States shall close banks;</p></content></paragraph>`,
      ),
    );
    expect(read.paragraphs.map((p) => p.number)).toEqual(['26', '27']);
    expect(read.paragraphs[0]?.subparagraphs.map((s) => [s.number, s.text])).toEqual([
      ['26 (a)', '(a) coal for livelihood purposes;'],
      ['26 (b)', '(b) coal within the cap;”'],
    ]);
    expect(read.paragraphs[0]?.text).toBe(
      'Decides that paragraph 29 of resolution 2270 (2016) shall be replaced by the following: “Decides that the DPRK shall not supply coal, except: (a) coal for livelihood purposes; (b) coal within the cap;”',
    );
  });

  it('reads a number printed in the text when it is the next one (S/RES/2730 (2024) paragraph 11)', () => {
    const read = readResolution(
      body(
        `<paragraph><num>10.</num><content><p>Calls upon all States;</p></content></paragraph>
         <paragraph><content><p>\t11\t<span class="italic">Condemns</span> disinformation;</p></content></paragraph>
         <paragraph><content><p>\t2020 was a year of progress;</p></content></paragraph>`,
      ),
    );
    expect(read.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['10', 'Calls upon all States;'],
      ['11', 'Condemns disinformation; 2020 was a year of progress;'],
    ]);
  });

  it('stops at numbering that starts again at 1, an annex printed in the body (S/RES/2803 (2025))', () => {
    const read = readResolution(
      body(
        `<paragraph><num>1.</num><content><p>Endorses the plan annexed;</p></content></paragraph>
         <paragraph><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>
         <paragraph><subheading>Annex</subheading></paragraph>
         <paragraph><num>1.</num><content><p>The parties agree;</p></content></paragraph>`,
      ),
    );
    expect(read.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(read.paragraphs[1]?.text).toBe('Decides to remain seized of the matter.');
  });

  it('writes the symbol with a space before the year (S/RES/1310(2000))', () => {
    const read = readResolution(
      official.replace('S/RES/2633 (2022)</docNumber>', 'S/RES/2633(2022)</docNumber>'),
    );
    expect(read.symbol).toBe('S/RES/2633 (2022)');
  });

  it('takes the list when the count and the list disagree and nothing else says', () => {
    const xml = official
      .replace('by="Adopted 10-0-5, 9045th meeting"', 'by="Adopted, 9045th meeting"')
      .replace('<count value="010"', '<count value="015"');
    expect(readResolution(xml).vote.inFavour).toBe(10);
  });

  it('reads a vote the document does not give as 0-0-0, and a missing title as the symbol', () => {
    const xml = official
      .replace(/<analysis[\s\S]*<\/analysis>/, '')
      .replace('by="Adopted 10-0-5, 9045th meeting"', '')
      .replace(/<docTitle refersTo="#resolutionNumber">[^<]*<\/docTitle>/, '');
    const read = readResolution(xml);
    expect([read.vote.inFavour, read.vote.against, read.vote.abstaining]).toEqual([0, 0, 0]);
    expect(read.title).toBe('S/RES/2633 (2022)');
  });

  it('refuses a document whose content breaks the schema (a paragraph without words) as missing-metadata', () => {
    expect(reasonOf(body('<paragraph><num>1.</num><content><p></p></content></paragraph>'))).toBe(
      'missing-metadata',
    );
  });
});

describe('readResolution refuses what is not a resolution, with INVALID_DOCUMENT and a reason', () => {
  it('refuses a value that is not a string with INVALID_INPUT', () => {
    expect(codeOf(() => readResolution(42 as unknown as string))).toBe('INVALID_INPUT');
  });

  it('refuses text that is not XML', () => {
    expect(codeOf(() => readResolution('resolution 2633'))).toBe('INVALID_DOCUMENT');
    expect(reasonOf('resolution 2633')).toBe('not-xml');
    expect(reasonOf('<akomaNtoso><statement></akomaNtoso>')).toBe('not-xml');
    expect(reasonOf('')).toBe('not-xml');
  });

  it('refuses XML that is not Akoma Ntoso', () => {
    expect(reasonOf('<akomaNtoso><statement name="resolution"/></akomaNtoso>')).toBe('not-akoma-ntoso');
    expect(reasonOf('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toBe('not-akoma-ntoso');
  });

  it('refuses a draft resolution and a statement by the President', () => {
    expect(reasonOf(fixture('draft.xml'))).toBe('not-a-resolution');
    // S/PRST/2020/11 is marked up as <statement name="resolution">.
    expect(reasonOf(official.replace('S/RES/2633 (2022)</docNumber>', 'S/PRST/2020/11</docNumber>'))).toBe(
      'not-a-resolution',
    );
  });

  it('refuses a resolution with no operative paragraph', () => {
    const empty = official.replace(/<mainBody>[\s\S]*<\/mainBody>/, '<mainBody></mainBody>');
    expect(reasonOf(empty)).toBe('no-operative-paragraphs');
  });

  it('refuses a document without symbol or adoption date', () => {
    expect(reasonOf(official.replace('S/RES/2633 (2022)</docNumber>', '</docNumber>'))).toBe(
      'missing-metadata',
    );
    expect(reasonOf(official.replaceAll('name="adoption"', 'name="x"').replace('#adoptionDate', '#x'))).toBe(
      'missing-metadata',
    );
  });

  it('refuses entity expansion (billion laughs) unread, in no time', () => {
    const started = performance.now();
    expect(reasonOf(fixture('billion-laughs.xml'))).toBe('doctype');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses external entities without reading them', () => {
    const error = errorOf(() => readResolution(fixture('external-entity.xml')));
    expect(error.code).toBe('INVALID_DOCUMENT');
    expect(error.details.reason).toBe('doctype');
    expect(error.message).not.toContain('root:');
  });

  it('refuses any DOCTYPE, even one without entities', () => {
    expect(reasonOf(`<!DOCTYPE akomaNtoso>\n${official}`)).toBe('doctype');
    expect(reasonOf(`<!doctype akomaNtoso SYSTEM "http://example.org/x.dtd">${official}`)).toBe('doctype');
  });

  it('refuses a 50 MB document before parsing it', () => {
    const huge = official.replace('<mainBody>', `<mainBody><!--${'x'.repeat(50_000_000)}-->`);
    const started = performance.now();
    expect(reasonOf(huge)).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

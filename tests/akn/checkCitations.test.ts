import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCitations, readResolution } from '../../src/akn/index.js';
import { RegimeSchema } from '../../src/index.js';
import { codeOf, errorOf } from '../helpers.js';

const official = readResolution(
  readFileSync(join(import.meta.dirname, 'fixtures', 'resolution.xml'), 'utf8'),
);

type Overrides = {
  adopted?: string;
  vote?: unknown;
  paragraphs?: { number: string; summary: string; quote?: string }[];
  citations?: unknown[];
  changes?: unknown[];
};

/** A South Sudan regime of two resolutions: 2428 (no official document here) and 2633. */
function regime(o: Overrides = {}) {
  return RegimeSchema.parse({
    id: 'south-sudan-2206',
    title: 'South Sudan',
    target: 'SSD',
    committee: 'Security Council Committee established pursuant to resolution 2206 (2015)',
    foundingResolution: 2206,
    resolutions: [
      {
        symbol: 'S/RES/2428 (2018)',
        number: 2428,
        adopted: '2018-07-13',
        vote: { inFavour: 9, against: 0, abstaining: 6 },
        summary: 'Arms embargo.',
        paragraphs: [{ number: '99', summary: 'Not checked: no document.' }],
        measures: [
          {
            kind: 'arms-embargo',
            id: 'ssd.arms',
            summary: 'Arms embargo',
            direction: 'to-target',
            citations: [{ resolution: 2428, paragraph: '4' }],
            effective: { start: '2018-07-13' },
            confidence: 'confirmed',
          },
        ],
        changes: [],
        confidence: 'confirmed',
      },
      {
        symbol: 'S/RES/2633 (2022)',
        number: 2633,
        adopted: o.adopted ?? '2022-05-26',
        vote: o.vote ?? { inFavour: 10, against: 0, abstaining: 5 },
        summary: 'Renewal.',
        paragraphs: o.paragraphs ?? [{ number: '1', summary: 'Renews the arms embargo.' }],
        measures: [
          {
            kind: 'arms-embargo',
            id: 'ssd.arms.2633',
            summary: 'Arms embargo renewed',
            direction: 'to-target',
            citations: o.citations ?? [
              {
                resolution: 2633,
                paragraph: '1',
                quote: 'renew until 31 May 2023 the measures on arms',
              },
              { resolution: 2633, paragraph: '3(b)(i)', quote: 'their  storage' },
            ],
            effective: { start: '2022-05-26', end: '2023-05-31' },
            confidence: 'confirmed',
          },
        ],
        changes: o.changes ?? [],
        confidence: 'confirmed',
      },
    ],
  });
}

const said = (issues: ReturnType<typeof checkCitations>) => issues.map((i) => [i.code, i.path.join('.')]);

describe('checkCitations', () => {
  it('finds nothing wrong when the regime agrees with the official text', () => {
    expect(checkCitations(regime(), [official])).toEqual([]);
  });

  it('matches "3(b)(i)" with "3 (b) (i)", and quotes across white space and quotation marks', () => {
    const citations = [
      { resolution: 2633, paragraph: '3(b)(i)', quote: 'their storage' },
      {
        resolution: 2633,
        paragraph: '2',
        quote: 'non-lethal equipment, as notified in advance to the Committee ("the Committee")',
      },
    ];
    expect(checkCitations(regime({ citations }), [official])).toEqual([]);
  });

  it('reports a paragraph the document does not have, with its path', () => {
    const citations = [{ resolution: 2633, paragraph: '5' }];
    expect(said(checkCitations(regime({ citations }), [official]))).toEqual([
      ['PARAGRAPH_NOT_FOUND', 'resolutions.1.measures.0.citations.0.paragraph'],
    ]);
  });

  it('reports a quote that is not in the paragraph, even if it is in another', () => {
    const citations = [{ resolution: 2633, paragraph: '2', quote: 'renew until 31 May 2023' }];
    const issues = checkCitations(regime({ citations }), [official]);
    expect(said(issues)).toEqual([['QUOTE_NOT_FOUND', 'resolutions.1.measures.0.citations.0.quote']]);
    expect(issues[0]?.message).toContain('paragraph 2 of resolution 2633');
  });

  it('a quote of a subparagraph is found in its paragraph too', () => {
    const citations = [{ resolution: 2633, paragraph: '3', quote: '(a) the security arrangements;' }];
    expect(checkCitations(regime({ citations }), [official])).toEqual([]);
  });

  it('reports an adoption date or a vote that differs from the record', () => {
    const issues = checkCitations(
      regime({ adopted: '2022-05-27', vote: { inFavour: 15, against: 0, abstaining: 0 } }),
      [official],
    );
    expect(said(issues)).toEqual([
      ['ADOPTION_DATE_MISMATCH', 'resolutions.1.adopted'],
      ['VOTE_MISMATCH', 'resolutions.1.vote'],
    ]);
    expect(issues[1]?.message).toContain('15-0-0');
    expect(issues[1]?.message).toContain('10-0-5');
  });

  it('takes "unanimous" to mean none against and none abstaining', () => {
    expect(said(checkCitations(regime({ vote: 'unanimous' }), [official]))).toEqual([
      ['VOTE_MISMATCH', 'resolutions.1.vote'],
    ]);
    const unanimous = { ...official, vote: { ...official.vote, inFavour: 15, abstaining: 0 } };
    expect(checkCitations(regime({ vote: 'unanimous' }), [unanimous])).toEqual([]);
  });

  it('checks the paragraphs a resolution lists and the paragraphs its changes cite', () => {
    const issues = checkCitations(
      regime({
        paragraphs: [{ number: '25', summary: 'No such paragraph.' }],
        changes: [
          {
            paragraph: '30',
            target: 'ssd.arms',
            type: 'extend',
            effective: '2022-05-26',
            summary: 'Renewed',
            confidence: 'confirmed',
          },
        ],
      }),
      [official],
    );
    expect(said(issues)).toEqual([
      ['PARAGRAPH_NOT_FOUND', 'resolutions.1.paragraphs.0.number'],
      ['PARAGRAPH_NOT_FOUND', 'resolutions.1.changes.0.paragraph'],
    ]);
  });

  it('checks the quotes of the paragraphs a resolution lists and of its changes', () => {
    const change = (quote: string) => ({
      paragraph: '1',
      target: 'ssd.arms',
      type: 'extend',
      effective: '2022-05-26',
      until: '2023-05-31',
      summary: 'Renewed',
      confidence: 'confirmed',
      quote,
    });
    const agreeing = regime({
      paragraphs: [{ number: '1', summary: 'Renews the arms embargo.', quote: 'renew until 31 May 2023' }],
      changes: [change('renew until  31 May 2023')],
    });
    expect(checkCitations(agreeing, [official])).toEqual([]);
    const issues = checkCitations(
      regime({
        paragraphs: [{ number: '1', summary: 'Renews the arms embargo.', quote: 'renew until 31 May 2024' }],
        changes: [change('until 31 May 2022')],
      }),
      [official],
    );
    expect(said(issues)).toEqual([
      ['QUOTE_NOT_FOUND', 'resolutions.1.paragraphs.0.quote'],
      ['QUOTE_NOT_FOUND', 'resolutions.1.changes.0.quote'],
    ]);
    expect(issues[1]?.message).toContain('paragraph 1 of resolution 2633');
  });

  it('leaves resolutions without a document unchecked', () => {
    expect(checkCitations(regime(), [])).toEqual([]);
  });

  it('returns frozen issues and does not touch its arguments', () => {
    const r = regime({ citations: [{ resolution: 2633, paragraph: '5' }] });
    const before = JSON.stringify([r, official]);
    const issues = checkCitations(r, [official]);
    expect(Object.isFrozen(issues)).toBe(true);
    expect(Object.isFrozen(issues[0])).toBe(true);
    expect(JSON.stringify([r, official])).toBe(before);
  });

  it('refuses what is not a regime, not a document, or a document given twice', () => {
    expect(codeOf(() => checkCitations({} as never, [official]))).toBe('INVALID_REGIME');
    expect(codeOf(() => checkCitations(regime(), 'x' as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkCitations(regime(), [{ ...official, paragraphs: [] }]))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkCitations(regime(), [official, official]))).toBe('DUPLICATE_ENTRY');
  });
});

describe('checkCitations in exact words', () => {
  const issuesOf = (o: Overrides, documents: unknown[] = [official]) =>
    checkCitations(regime(o), documents as never).map((i) => ({ ...i, path: i.path.join('.') }));
  const change = (paragraph: string, quote?: string) => ({
    paragraph,
    target: 'ssd.arms',
    type: 'extend',
    effective: '2022-05-26',
    until: '2023-05-31',
    summary: 'Renewed',
    confidence: 'confirmed',
    ...(quote === undefined ? {} : { quote }),
  });

  it('says what the record and the document say, and what to do', () => {
    expect(
      issuesOf({
        adopted: '2022-05-27',
        vote: 'unanimous',
        paragraphs: [
          { number: '25', summary: 'No such paragraph.' },
          { number: '2', summary: 'Exemptions.', quote: 'lethal weapons' },
        ],
        changes: [change('30'), change('1', 'until 31 May 2022')],
        citations: [
          { resolution: 2633, paragraph: '5' },
          { resolution: 2633, paragraph: '1', quote: 'Decides to lift' },
        ],
      }),
    ).toEqual([
      {
        code: 'ADOPTION_DATE_MISMATCH',
        path: 'resolutions.1.adopted',
        message: 'Resolution 2633 is recorded as adopted on 2022-05-27; S/RES/2633 (2022) says 2022-05-26.',
      },
      {
        code: 'VOTE_MISMATCH',
        path: 'resolutions.1.vote',
        message: 'Resolution 2633 is recorded as adopted unanimous; S/RES/2633 (2022) says 10-0-5.',
      },
      {
        code: 'PARAGRAPH_NOT_FOUND',
        path: 'resolutions.1.paragraphs.0.number',
        message: 'Resolution 2633 has no paragraph 25 in S/RES/2633 (2022): correct the number.',
      },
      {
        code: 'QUOTE_NOT_FOUND',
        path: 'resolutions.1.paragraphs.1.quote',
        message:
          'The quote "lethal weapons" is not in paragraph 2 of resolution 2633: copy it from the official text.',
      },
      {
        code: 'PARAGRAPH_NOT_FOUND',
        path: 'resolutions.1.changes.0.paragraph',
        message:
          'The change of ssd.arms cites paragraph 30 of resolution 2633, which S/RES/2633 (2022) does not have.',
      },
      {
        code: 'QUOTE_NOT_FOUND',
        path: 'resolutions.1.changes.1.quote',
        message:
          'The quote "until 31 May 2022" is not in paragraph 1 of resolution 2633: copy it from the official text.',
      },
      {
        code: 'PARAGRAPH_NOT_FOUND',
        path: 'resolutions.1.measures.0.citations.0.paragraph',
        message: 'Resolution 2633 has no paragraph 5 in its official text: correct the citation.',
      },
      {
        code: 'QUOTE_NOT_FOUND',
        path: 'resolutions.1.measures.0.citations.1.quote',
        message:
          'The quote "Decides to lift" is not in paragraph 1 of resolution 2633: copy it from the official text.',
      },
    ]);
  });

  it('compares each side of the vote', () => {
    const vote = (inFavour: number, against: number, abstaining: number) =>
      issuesOf({ vote: { inFavour, against, abstaining } }).map((i) => i.message);
    expect(vote(10, 0, 5)).toEqual([]);
    expect(vote(11, 0, 5)).toEqual([
      'Resolution 2633 is recorded as adopted 11-0-5; S/RES/2633 (2022) says 10-0-5.',
    ]);
    expect(vote(10, 1, 5)).toEqual([
      'Resolution 2633 is recorded as adopted 10-1-5; S/RES/2633 (2022) says 10-0-5.',
    ]);
    expect(vote(10, 0, 4)).toEqual([
      'Resolution 2633 is recorded as adopted 10-0-4; S/RES/2633 (2022) says 10-0-5.',
    ]);
    const against = { ...official, vote: { ...official.vote, inFavour: 14, against: 1, abstaining: 0 } };
    expect(issuesOf({ vote: 'unanimous' }, [against]).map((i) => i.code)).toEqual(['VOTE_MISMATCH']);
  });

  it('reads every shape of quotation mark and apostrophe as the plain one', () => {
    const text =
      'Decides that the \u201Cpanel\u201D and the \u201Fgroup\u2033 keep the State\u2019s and the \u2018list\u2019 and \u201Bx\u2032;';
    const document = {
      ...official,
      paragraphs: [{ number: '1', text, subparagraphs: [] }, ...official.paragraphs.slice(1)],
    };
    const cite = (quote: string) =>
      issuesOf({ citations: [{ resolution: 2633, paragraph: '1', quote }] }, [document]);
    expect(cite(`the "panel" and the "group" keep the State's and the 'list' and 'x';`)).toEqual([]);
    expect(cite('the \u201Cpanel\u201D and the \u201Cgroup\u201D keep the State\u2018s')).toEqual([]);
    expect(cite('the panel')).toHaveLength(1);
  });

  it('reads the first of two paragraphs printed with one number, and checks quotes in subparagraphs by their own number', () => {
    const document = {
      ...official,
      paragraphs: [
        {
          number: '1',
          text: 'First text;',
          subparagraphs: [{ number: '1 (a)', text: '(a) sub text;', subparagraphs: [] }],
        },
        { number: '1', text: 'Second text;', subparagraphs: [] },
      ],
    };
    const cite = (paragraph: string, quote: string) =>
      issuesOf({ citations: [{ resolution: 2633, paragraph, quote }] }, [document]).map((i) => i.code);
    expect(cite('1', 'First text')).toEqual([]);
    expect(cite('1', 'Second text')).toEqual(['QUOTE_NOT_FOUND']);
    expect(cite('1(a)', 'sub text')).toEqual([]);
    expect(cite('1(a)', 'First text')).toEqual(['QUOTE_NOT_FOUND']);
  });

  it('compares quotes with runs of white space made one, ends trimmed, and words kept apart', () => {
    const cite = (quote: string) =>
      issuesOf({ citations: [{ resolution: 2633, paragraph: '1', quote }] }).map((i) => i.code);
    expect(cite('  Decides to\n renew ')).toEqual([]);
    expect(cite('Decides torenew')).toEqual(['QUOTE_NOT_FOUND']);
  });

  it('checks that paragraphs cited without a quote exist, and nothing more', () => {
    expect(
      issuesOf({
        citations: [{ resolution: 2633, paragraph: '2' }],
        changes: [change('1')],
      }),
    ).toEqual([]);
  });

  it('reads a regime built by hand with fields it does not know, null among them', () => {
    const parsed = regime({ citations: [{ resolution: 2633, paragraph: '5' }] });
    const byHand = {
      ...parsed,
      notes: null,
      resolutions: parsed.resolutions.map((r) => ({ ...r, extra: null })),
    };
    expect(checkCitations(byHand as never, [official]).map((i) => i.code)).toEqual(['PARAGRAPH_NOT_FOUND']);
  });

  it('leaves annex citations and citations of resolutions without a document unchecked', () => {
    expect(
      issuesOf({
        citations: [
          { resolution: 2633, paragraph: '99', annex: 'I' },
          { resolution: 1718, paragraph: '99', quote: 'anything' },
        ],
      }),
    ).toEqual([]);
  });

  it('refuses bad documents in words that name the document', () => {
    expect(errorOf(() => checkCitations(regime(), 'x' as never)).message).toBe(
      'checkCitations(regime, documents): expected an array of resolutions read by readResolution, got "x".',
    );
    expect(errorOf(() => checkCitations(regime(), 'x' as never)).details).toEqual({
      argument: 'checkCitations(documents)',
      value: '"x"',
    });
    const bad = errorOf(() => checkCitations(regime(), [official, { ...official, paragraphs: [] }]));
    expect(bad.message).toBe(
      'checkCitations(regime, documents): documents[1] is not a resolution read by readResolution (paragraphs: A resolution has at least one operative paragraph).',
    );
    expect(bad.details).toEqual({ argument: 'checkCitations(documents[1])' });
    expect(errorOf(() => checkCitations(regime(), [official, 'S/RES/2634 (2022)'] as never)).message).toBe(
      'checkCitations(regime, documents): documents[1] is not a resolution read by readResolution (Invalid input: expected object, received string).',
    );
    const twice = errorOf(() => checkCitations(regime(), [official, official]));
    expect([twice.message, twice.details]).toEqual([
      'checkCitations(regime, documents): resolution 2633 is given twice; give each document once.',
      { number: 2633 },
    ]);
  });
});

// The South Sudan sanctions regime: resolution 2206 (2015) (travel ban and asset freeze on designated persons, the
// Committee, the Panel of Experts), the arms embargo of resolution 2428 (2018), and every renewal through 2821
// (2026). Resolutions from 2020 on were read in their official Akoma Ntoso text (checkCitations finds every
// paragraph and quote); earlier ones in UN press releases and copies of their texts, paragraph numbers that no
// source gives being marked unconfirmed. The benchmarks of 2577 (2021) are a plan of `review` actions: the
// Council has said it is ready to review the embargo when they are met, not that it will lift it.
import type { z } from 'zod';
import { type EvidenceInput, EvidenceSchema } from '../conditions/EvidenceSchema.js';
import { deepFreeze } from '../internal/frozen.js';
import { type ReliefPlan, ReliefPlanSchema } from '../relief/plan.js';
import type { MeasureSchema } from '../resolutions/measure.js';
import { type Regime, RegimeSchema } from '../resolutions/regime.js';
import type { ResolutionSchema } from '../resolutions/resolution.js';
import { SSD } from './sources.js';

type MeasureInput = z.input<typeof MeasureSchema>;
type ResolutionInput = z.input<typeof ResolutionSchema>;
type ChangeInput = ResolutionInput['changes'][number];

const TRAVEL = 'ssd.travel-ban';
const ASSETS = 'ssd.asset-freeze';
const ARMS = 'ssd.arms-embargo';
const ARMS_2633 = 'ssd.arms-embargo.2633';
const ARMS_2683 = 'ssd.arms-embargo.2683';
const PANEL = 'ssd.panel-of-experts';

const PARA_UNCONFIRMED = (where: string) =>
  `The renewal, its date and its new end are confirmed (${where}); the paragraph number is not: no source at hand gives it.`;

/** A renewal: the measure's end moves to `until`. */
function renew(
  target: string,
  paragraph: string,
  effective: string,
  until: string,
  extra: Partial<Pick<ChangeInput, 'quote' | 'note'>> & { confirmed?: boolean } = {},
): ChangeInput {
  const { confirmed = true, ...rest } = extra;
  const what = target === ARMS || target.startsWith(`${ARMS}.`) ? 'arms embargo' : 'measure';
  return {
    paragraph,
    target,
    type: 'extend',
    effective,
    until,
    summary: `The ${what} ${target} is renewed until ${until}.`,
    confidence: confirmed ? 'confirmed' : 'unconfirmed',
    ...rest,
  };
}

/** The travel ban and the asset freeze, renewed together by one paragraph. */
const renewTargeted = (
  paragraph: string,
  effective: string,
  until: string,
  extra: Parameters<typeof renew>[4] = {},
): ChangeInput[] => [
  renew(TRAVEL, paragraph, effective, until, extra),
  renew(ASSETS, paragraph, effective, until, extra),
];

/** A renewal of the Panel of Experts' mandate. */
function renewPanel(
  paragraph: string,
  effective: string,
  until: string,
  extra: Partial<Pick<ChangeInput, 'quote' | 'note'>> & { confirmed?: boolean } = {},
): ChangeInput {
  const { confirmed = true, ...rest } = extra;
  return {
    paragraph,
    target: PANEL,
    type: 'extend',
    effective,
    until,
    summary: `The mandate of the Panel of Experts is extended until ${until}.`,
    confidence: confirmed ? 'confirmed' : 'unconfirmed',
    ...rest,
  };
}

type DeadlineInput = NonNullable<ResolutionInput['deadlines']>[number];

/** The Secretary-General's assessment of the benchmarks, and the South Sudan authorities' report, due each 15 April. */
function benchmarkDeadlines(
  resolution: number,
  year: number,
  assessment: string,
  report: string,
): DeadlineInput[] {
  const due = `${year}-04-15`;
  return [
    {
      id: `ssd.benchmarks.assessment.${year}`,
      kind: 'assessment',
      due,
      by: 'Secretary-General',
      summary: `The Secretary-General's assessment of progress on the key benchmarks of 2577 para 2, in close consultation with UNMISS and the Panel of Experts.`,
      citation: {
        resolution,
        paragraph: assessment,
        quote: `no later than 15 April ${year}, an assessment of progress achieved on the key benchmarks`,
      },
      confidence: 'confirmed',
    },
    {
      id: `ssd.benchmarks.report.${year}`,
      kind: 'report',
      due,
      by: 'South Sudan authorities',
      summary: 'The South Sudan authorities report to the Committee on progress on the key benchmarks.',
      citation: {
        resolution,
        paragraph: report,
        quote: `Requests the South Sudan authorities to report, no later than 15 April ${year}`,
      },
      confidence: 'confirmed',
    },
  ];
}

/** The Panel of Experts' interim report (1 December) and final report (1 May), set by its renewal paragraph. */
function panelDeadlines(resolution: number, year: number, paragraph: string): DeadlineInput[] {
  const cite = (quote: string) => ({ resolution, paragraph, quote });
  return [
    {
      id: `ssd.panel-of-experts.interim-report.${year}`,
      kind: 'report',
      due: `${year}-12-01`,
      by: 'Panel of Experts',
      summary: 'Interim report of the Panel of Experts to the Council, after discussion with the Committee.',
      citation: cite(`an interim report by 1 December ${year}`),
      confidence: 'confirmed',
    },
    {
      id: `ssd.panel-of-experts.final-report.${year + 1}`,
      kind: 'report',
      due: `${year + 1}-05-01`,
      by: 'Panel of Experts',
      summary: 'Final report of the Panel of Experts to the Council, after discussion with the Committee.',
      citation: cite(`a final report by 1 May ${year + 1}`),
      confidence: 'confirmed',
    },
  ];
}

const CRITERIA =
  'Designations are by the Committee: individuals (travel ban) and individuals and entities (asset freeze) responsible for or complicit in, or having engaged in, actions or policies that threaten the peace, security or stability of South Sudan, such as extending the conflict or obstructing peace talks, threatening transitional agreements, violations of human rights or humanitarian law, targeting civilians, sexual and gender-based violence, the use or recruitment of children, and obstructing peacekeeping or humanitarian missions (as reaffirmed by S/RES/2521 (2020) paras 14 and 15); from 2023 also impeding free and fair elections (S/RES/2683 (2023) para 16).';

const EXCEPTIONS_2428 = [
  {
    summary:
      'Non-lethal military equipment intended solely for humanitarian or protective use, and related technical assistance or training, as notified in advance to the Committee.',
    citations: [{ resolution: 2428, paragraph: '5(b)' }],
  },
  {
    summary:
      'Arms and related materiel temporarily exported to South Sudan by the forces of a State acting, in accordance with international law, solely and directly to protect or evacuate its nationals, as notified in advance.',
    citations: [{ resolution: 2428, paragraph: '5(d)' }],
  },
  {
    summary:
      'Arms and related materiel, and technical training and assistance, solely in support of the implementation of the terms of the peace agreement, as approved in advance by the Committee.',
    citations: [{ resolution: 2428, paragraph: '5(f)' }],
  },
  {
    summary:
      'Other sales or supply of arms and related materiel, or provision of assistance or personnel, as approved in advance by the Committee.',
    citations: [{ resolution: 2428, paragraph: '5(g)' }],
  },
];

const EXCEPTIONS_NOTE =
  'The exemptions of 2428 para 5 are listed as the 2206 Committee\'s page gives them (5(b), 5(d), 5(e) for its information, 5(f), 5(g) for its approval, and standing exemptions): 5(b), 5(d), 5(f) and 5(g) are summarised from that page; the content of 5(a), 5(c) and 5(e) was not seen and they are left out. That the arms measures are "imposed by paragraph 4 of resolution 2428 (2018)" and that "paragraph 5" holds the exemptions is read in the official text of S/RES/2521 (2020) para 3.';

function armsEmbargo(
  id: string,
  citations: MeasureInput['citations'],
  effective: { start: string; end: string },
  exceptions: { summary: string; citations: { resolution: number; paragraph: string; quote?: string }[] }[],
  sources: MeasureInput['sources'],
  note: string,
): MeasureInput {
  return {
    kind: 'arms-embargo',
    id,
    direction: 'to-target',
    summary:
      'States prevent the supply, sale or transfer to the territory of South Sudan of arms and related materiel of all types, and of technical assistance, training, financial or other assistance related to military activities, armed mercenary personnel included.',
    citations,
    effective,
    confidence: 'confirmed',
    note,
    sources,
    exceptions,
  };
}

const r2206: ResolutionInput = {
  symbol: 'S/RES/2206 (2015)',
  number: 2206,
  adopted: '2015-03-03',
  vote: 'unanimous',
  summary:
    'Creates the sanctions regime on South Sudan: a travel ban and an asset freeze on persons the Committee designates, for an initial year; the Committee and the Panel of Experts.',
  paragraphs: [
    {
      number: '9',
      summary: 'Travel ban on individuals designated by the Committee, for an initial year.',
      note: 'The number is read in the official text of S/RES/2521 (2020) paras 11 and 14.',
    },
    {
      number: '12',
      summary: 'Asset freeze on individuals and entities designated by the Committee, for an initial year.',
      note: 'The number is read in the official text of S/RES/2521 (2020) paras 11 and 14.',
    },
    {
      number: '16',
      summary: 'Establishes the Committee.',
      note: 'The number is read in the official text of S/RES/2521 (2020) para 14 ("the Committee established pursuant to paragraph 16 of resolution 2206 (2015)").',
    },
    {
      number: '18',
      summary: 'Establishes the Panel of Experts.',
      note: 'Read in the German text of S/RES/2280 (2016) para 2 ("das in Ziffer 18 der Resolution 2206 (2015) festgelegte Mandat der Sachverständigengruppe").',
    },
  ],
  measures: [
    {
      kind: 'travel-ban',
      id: TRAVEL,
      summary: `States prevent the entry into or transit through their territories of individuals designated by the Committee (their own nationals excepted). ${CRITERIA}`,
      citations: [{ resolution: 2206, paragraph: '9' }],
      effective: { start: '2015-03-03', end: '2016-03-02' },
      confidence: 'confirmed',
      note: 'Paragraph 9 is confirmed by the official text of S/RES/2521 (2020) paras 11 and 14; its content by the 2206 Committee\'s page and UNMISS. The last day is computed, not read: 2206 applies it "for an initial period of one year from the date of adoption" (as UNMISS quotes it), counted as 3 March 2015 to 2 March 2016 inclusive; resolution 2271 renewed it on 2 March 2016, so no answer depends on the count (3 March would give the same days in force). The exemptions of paragraphs 10 and 11 are not modelled (a travel ban has no exceptions field).',
      sources: [SSD.sc11805, SSD.unmiss2016, SSD.committee, SSD.r2521],
    },
    {
      kind: 'asset-freeze',
      id: ASSETS,
      summary: `States freeze the funds, other financial assets and economic resources of individuals and entities designated by the Committee, and of those acting for them or owned or controlled by them, and none are made available to them. ${CRITERIA}`,
      citations: [{ resolution: 2206, paragraph: '12' }],
      effective: { start: '2015-03-03', end: '2016-03-02' },
      confidence: 'confirmed',
      note: 'Paragraph 12 is confirmed by the official text of S/RES/2521 (2020) paras 11 and 14; its content by the 2206 Committee\'s page and UNMISS. The last day is computed as for the travel ban ("for an initial period of one year from the date of adoption", counted as 3 March 2015 to 2 March 2016); no answer depends on it. The exemptions of paragraphs 13 to 15 are not modelled.',
      sources: [SSD.sc11805, SSD.unmiss2016, SSD.committee, SSD.r2521],
    },
  ],
  mandates: [
    {
      id: PANEL,
      kind: 'panel-of-experts',
      summary:
        'The Panel of Experts on South Sudan: assists the Committee, gathers and analyses information on the implementation of the measures and on possible designations, and reports to the Council.',
      citations: [{ resolution: 2206, paragraph: '18' }],
      effective: { start: '2015-03-03', end: '2016-04-02' },
      confidence: 'confirmed',
      note: 'Paragraph 18 and the "initial period of 13 months" are read on the UN page of the Panel (and in the German text of 2280 para 2). The last day is computed, not read: 13 months from 3 March 2015, counted as ending 2 April 2016; 2271 renewed the mandate before then, so no answer depends on the count.',
      sources: [SSD.panel, SSD.de2280],
    },
  ],
  changes: [],
  confidence: 'confirmed',
  sources: [SSD.sc11805, SSD.unscr2206],
};

const pre = (
  number: number,
  adopted: string,
  extra: Pick<ResolutionInput, 'vote' | 'summary'> & Partial<ResolutionInput>,
): ResolutionInput => ({
  symbol: `S/RES/${number} (${adopted.slice(0, 4)})`,
  number,
  adopted,
  paragraphs: [],
  measures: [],
  changes: [],
  confidence: 'confirmed',
  ...extra,
});

const r2271 = pre(2271, '2016-03-02', {
  vote: 'unanimous',
  summary:
    'Renews the travel ban and asset freeze until 15 April 2016 and the Panel of Experts until 15 May 2016.',
  changes: [
    ...renewTargeted('1', '2016-03-02', '2016-04-15', {
      confirmed: false,
      note: PARA_UNCONFIRMED('UNMISS, 2 March 2016'),
    }),
    renewPanel('2', '2016-03-02', '2016-05-15', {
      confirmed: false,
      note: `${PARA_UNCONFIRMED('UNMISS, 2 March 2016; the UN page of the Panel')} "2" follows 2280, 2353 and 2418, whose paragraph 2 extends the Panel.`,
    }),
  ],
  note: 'The vote is from Radio Tamazuj ("passed unanimously"); the date and the new end from UNMISS.',
  sources: [SSD.unmiss2016, SSD.tamazuj2016],
});

const r2280 = pre(2280, '2016-04-07', {
  vote: 'unanimous',
  summary:
    'Renews the travel ban and asset freeze until 1 June 2016 and the Panel of Experts until 1 July 2016.',
  paragraphs: [
    { number: '1', summary: 'Renews the measures of 2206 paras 9 and 12 until 1 June 2016.' },
    { number: '2', summary: 'Extends the mandate of the Panel of Experts (2206 para 18) until 1 July 2016.' },
  ],
  changes: [
    ...renewTargeted('1', '2016-04-07', '2016-06-01', {
      note: 'Paragraph 1 read in the German text of the resolution; date, vote and content in SC/12318.',
    }),
    renewPanel('2', '2016-04-07', '2016-07-01', {
      note: 'Paragraph 2 read in the German text of the resolution ("bis zum 1. Juli 2016"); SC/12318.',
    }),
  ],
  sources: [SSD.sc12318, SSD.de2280],
});

const r2290 = pre(2290, '2016-05-31', {
  vote: 'unanimous',
  summary:
    'Renews the travel ban and asset freeze until 31 May 2017 and the Panel of Experts until 1 July 2017; asks the Panel for a report on arms transfers into South Sudan.',
  paragraphs: [
    {
      number: '12',
      summary: "Sets out the Panel of Experts' mandate.",
      note: 'Confirmed by S/RES/2353 (2017) para 2 and S/RES/2418 (2018) para 2 ("the mandate of the Panel of Experts as set out in … paragraph 12 of resolution 2290 (2016)").',
    },
  ],
  changes: [
    ...renewTargeted('1', '2016-05-31', '2017-05-31', {
      confirmed: false,
      note: PARA_UNCONFIRMED('SC/12382; the date by KUNA'),
    }),
    renewPanel('12', '2016-05-31', '2017-07-01', {
      confirmed: false,
      note: 'The extension until 1 July 2017 is confirmed (SC/12382, KUNA). That paragraph 12, which sets out the mandate (2353 para 2), is also the one that extends it is inferred, not read.',
    }),
  ],
  sources: [SSD.sc12382, SSD.kuna2290, SSD.sc12838],
});

const r2353 = pre(2353, '2017-05-24', {
  vote: 'unanimous',
  summary:
    'Renews the travel ban and asset freeze until 31 May 2018 and the Panel of Experts until 30 June 2018.',
  paragraphs: [
    { number: '1', summary: 'Renews the measures of 2206 paras 9 and 12 until 31 May 2018.' },
    { number: '2', summary: 'Extends the mandate of the Panel of Experts until 30 June 2018.' },
  ],
  changes: [
    ...renewTargeted('1', '2017-05-24', '2018-05-31', {
      note: 'Paragraph 1 as SC/12838 prints the text; the date from the press release of 11 August 2017.',
    }),
    renewPanel('2', '2017-05-24', '2018-06-30', { note: 'Paragraph 2 as SC/12838 prints the text.' }),
  ],
  sources: [SSD.sc12838, SSD.sc12951],
});

const r2418 = pre(2418, '2018-05-31', {
  vote: { inFavour: 9, against: 0, abstaining: 6 },
  summary:
    'Renews the travel ban and asset freeze for 45 days, until 15 July 2018, and the Panel of Experts until 14 August 2018; names six individuals the Council would consider for sanctions, and an arms embargo, if fighting went on.',
  paragraphs: [
    { number: '1', summary: 'Renews the measures of 2206 paras 9 and 12 until 15 July 2018.' },
    { number: '2', summary: 'Extends the mandate of the Panel of Experts until 14 August 2018.' },
  ],
  changes: [
    ...renewTargeted('1', '2018-05-31', '2018-07-15', {
      note: 'Paragraph 1 as the copy of the text prints it; date and vote from SC/13361 and Xinhua.',
    }),
    renewPanel('2', '2018-05-31', '2018-08-14', { note: 'Paragraph 2 as the copy of the text prints it.' }),
  ],
  sources: [SSD.sc13361, SSD.text2418, SSD.xinhua2418],
});

const r2428 = pre(2428, '2018-07-13', {
  vote: { inFavour: 9, against: 0, abstaining: 6 },
  summary:
    'Imposes an arms embargo on South Sudan until 31 May 2019, with exemptions; renews the travel ban and asset freeze until 31 May 2019; designates two individuals; renews the Panel of Experts.',
  paragraphs: [
    {
      number: '4',
      summary: 'Arms embargo on the territory of South Sudan until 31 May 2019.',
      note: 'The number is confirmed by the official text of S/RES/2521 (2020) para 3.',
    },
    {
      number: '5',
      summary: 'Exemptions from the arms embargo.',
      note: 'The number is confirmed by S/RES/2521 (2020) para 3 and the 2206 Committee page.',
    },
    {
      number: '19',
      summary: "Sets out the Panel of Experts' mandate.",
      note: 'Confirmed by S/RES/2521 (2020) para 18 ("as set out in paragraph 19 of resolution 2428 (2018)").',
    },
  ],
  measures: [
    armsEmbargo(
      ARMS,
      [{ resolution: 2428, paragraph: '4' }],
      { start: '2018-07-13', end: '2019-05-31' },
      EXCEPTIONS_2428,
      [SSD.sc13421, SSD.app2428, SSD.r2p2428, SSD.exemptions, SSD.r2521],
      EXCEPTIONS_NOTE,
    ),
  ],
  changes: [
    renewPanel('19', '2018-07-13', '2019-07-01', {
      confirmed: false,
      note: 'That 2428 extended the mandate is confirmed (the UN page of the Panel lists it), and paragraph 19 sets out the mandate (S/RES/2521 (2020) para 18). Unconfirmed: that paragraph 19 is the extension, and the new end: 1 July 2019 follows the later renewals (1 July each year), no source at hand gives it.',
    }),
    ...renewTargeted('12', '2018-07-13', '2019-05-31', {
      confirmed: false,
      note: 'The renewal until 31 May 2019 is confirmed (SC/13421). The paragraph number 12 is inferred, not read: paras 4 and 5 of 2428 are its arms measures and paras 13 to 16 its designation provisions (S/RES/2521 (2020) para 11 reaffirms "paragraphs 13, 14, 15 and 16 of resolution 2428 (2018)"); no source at hand prints the renewal paragraph.',
    }),
  ],
  sources: [SSD.sc13421, SSD.r2p2428],
});

const r2471 = pre(2471, '2019-05-30', {
  vote: { inFavour: 10, against: 0, abstaining: 5 },
  summary:
    'Renews the arms embargo and the travel ban and asset freeze until 31 May 2020, and the Panel of Experts until 30 June 2020.',
  changes: [
    renew(ARMS, '1', '2019-05-30', '2020-05-31', {
      confirmed: false,
      note: `${PARA_UNCONFIRMED('SC/13827, Xinhua')} "1" stands in for it.`,
    }),
    ...renewTargeted('1', '2019-05-30', '2020-05-31', {
      confirmed: false,
      note: `${PARA_UNCONFIRMED('SC/13827, Xinhua')} "1" stands in for it.`,
    }),
    renewPanel('1', '2019-05-30', '2020-06-30', {
      confirmed: false,
      note: `${PARA_UNCONFIRMED('SC/13827')} "1" stands in for it.`,
    }),
  ],
  deadlines: [
    {
      id: 'ssd.panel-of-experts.interim-report.2019',
      kind: 'report',
      due: '2019-12-01',
      by: 'Panel of Experts',
      summary: 'Interim report of the Panel of Experts.',
      citation: { resolution: 2471, paragraph: '1' },
      confidence: 'unconfirmed',
      note: 'The date is confirmed (SC/13827); the paragraph number is not.',
    },
    {
      id: 'ssd.panel-of-experts.final-report.2020',
      kind: 'report',
      due: '2020-05-01',
      by: 'Panel of Experts',
      summary: 'Final report of the Panel of Experts.',
      citation: { resolution: 2471, paragraph: '1' },
      confidence: 'unconfirmed',
      note: 'The date is confirmed (SC/13827); the paragraph number is not.',
    },
  ],
  sources: [SSD.sc13827, SSD.xinhua2471],
});

const r2521 = pre(2521, '2020-05-29', {
  vote: { inFavour: 12, against: 0, abstaining: 3 },
  summary:
    'Renews the arms embargo and the travel ban and asset freeze until 31 May 2021, with a midterm review by 15 December 2020; asks the Secretariat for options for benchmarks by 31 October 2020; Panel of Experts until 1 July 2021.',
  paragraphs: [
    {
      number: '3',
      summary: 'Renews the arms measures of 2428 para 4 until 31 May 2021; reaffirms 2428 para 5.',
      quote: 'the measures on arms imposed by paragraph 4 of resolution 2428 (2018)',
    },
    {
      number: '4',
      summary:
        'Will review the arms measures in light of progress on the Revitalised Agreement; midterm review by 15 December 2020; ready to modify, suspend, lift or strengthen them.',
      quote:
        'carry out a midterm review of the measures renewed in paragraph 3 no later than 15 December 2020',
    },
    {
      number: '5',
      summary:
        'Asks the Secretariat for a report by 31 October 2020 on the role of the arms embargo and options for benchmarks.',
      quote: 'articulating options for the elaboration of benchmarks',
    },
    {
      number: '11',
      summary: 'Renews the travel and financial measures of 2206 paras 9 and 12 until 31 May 2021.',
      quote: 'the travel and financial measures imposed by paragraphs 9 and 12 of resolution 2206 (2015)',
    },
    {
      number: '14',
      summary:
        'Reaffirms the designation criteria: 2206 para 9 applies to individuals, para 12 to individuals and entities, designated by the Committee of 2206 para 16.',
      quote: 'the provisions of paragraph 9 of resolution 2206 (2015) apply to individuals',
    },
    {
      number: '15',
      summary: 'Lists the actions and policies that may be a basis for designation, (a) to (g) and after.',
      quote: 'may include, but are not limited to',
    },
    {
      number: '18',
      summary: 'Extends the Panel of Experts until 1 July 2021.',
      quote: 'extend until 1 July 2021 the mandate of the Panel of Experts',
    },
  ],
  changes: [
    renew(ARMS, '3', '2020-05-29', '2021-05-31', { quote: 'renew until 31 May 2021 the measures on arms' }),
    ...renewTargeted('11', '2020-05-29', '2021-05-31', {
      quote: 'renew until 31 May 2021 the travel and financial measures',
    }),
    panelYear(2521, '2020-05-29', '18').change,
  ],
  deadlines: [
    {
      id: 'ssd.arms-embargo.options-report.2020',
      kind: 'report',
      due: '2020-10-31',
      by: 'Secretariat',
      summary:
        'A report on the role of the arms embargo in the implementation of the Revitalised Agreement, with options for benchmarks.',
      citation: {
        resolution: 2521,
        paragraph: '5',
        quote: 'by 31 October 2020, a report assessing the role of the arms embargo',
      },
      confidence: 'confirmed',
    },
    {
      id: 'ssd.arms-embargo.midterm-review.2020',
      kind: 'review',
      due: '2020-12-15',
      by: 'Security Council',
      summary: 'Midterm review of the arms embargo renewed by para 3.',
      citation: { resolution: 2521, paragraph: '4', quote: 'no later than 15 December 2020' },
      confidence: 'confirmed',
    },
    {
      id: 'ssd.targeted-measures.midterm-review.2020',
      kind: 'review',
      due: '2020-12-15',
      by: 'Security Council',
      summary: 'Midterm review of the travel and financial measures renewed by para 11.',
      citation: { resolution: 2521, paragraph: '12', quote: 'no later than 15 December 2020' },
      confidence: 'confirmed',
    },
    ...panelYear(2521, '2020-05-29', '18').deadlines,
  ],
  sources: [SSD.r2521],
});

const BENCHMARKS: [string, string, string][] = [
  [
    '2(a)',
    'Stages 1, 2 and 3 of the Strategic Defense and Security Review completed.',
    'Stages 1, 2, and 3 of the Strategic Defense and Security Review (SDSR)',
  ],
  [
    '2(b)',
    'A unified command structure for the Necessary Unified Forces; their training, graduation and redeployment, with resources.',
    'a unified command structure for the Necessary Unified Forces (NUF)',
  ],
  [
    '2(c)',
    'Progress on disarmament, demobilization and reintegration, with a plan for heavy weapons and for demilitarising civilian areas.',
    'disarmament, demobilization, and reintegration (DDR) process',
  ],
  [
    '2(d)',
    'Progress by the defense and security forces in managing their arms and ammunition stockpiles.',
    'properly managing their existing arms and ammunition stockpiles',
  ],
  [
    '2(e)',
    'Implementation of the Joint Action Plan for the Armed Forces on conflict-related sexual violence.',
    'the Joint Action Plan for the Armed Forces on addressing conflict-related sexual violence',
  ],
];

const r2577 = pre(2577, '2021-05-28', {
  vote: { inFavour: 13, against: 0, abstaining: 2 },
  summary:
    'Renews the arms embargo and the travel ban and asset freeze until 31 May 2022; sets five key benchmarks in the light of which the Council is ready to review the arms embargo; asks the Secretary-General to assess progress on them by 15 April 2022; Panel of Experts until 1 July 2022.',
  paragraphs: [
    {
      number: '1',
      summary: 'Renews the arms measures of 2428 para 4 until 31 May 2022.',
      quote: 'renew until 31 May 2022 the measures on arms',
    },
    {
      number: '2',
      summary:
        'Ready to review the arms embargo (modification, suspension or progressive lifting) in the light of progress on five key benchmarks.',
      quote:
        'Expresses its readiness to review arms embargo measures, through inter alia modification, suspension, or progressive lifting of these measures, in the light of progress achieved on the following key benchmarks',
    },
    ...BENCHMARKS.map(([number, summary, quote]) => ({ number, summary, quote })),
    {
      number: '4',
      summary: 'Asks the Secretary-General to assess progress on the benchmarks by 15 April 2022.',
      quote: 'no later than 15 April 2022, an assessment of progress achieved on the key benchmarks',
    },
    {
      number: '5',
      summary:
        'Asks the South Sudan authorities to report to the Committee on the benchmarks by 15 April 2022.',
      quote: 'Requests the South Sudan authorities to report, no later than 15 April 2022',
    },
    {
      number: '11',
      summary: 'Renews the travel and financial measures until 31 May 2022.',
      quote: 'renew until 31 May 2022 the travel and financial measures',
    },
    {
      number: '12',
      summary: 'Keeps the travel and financial measures under continuous review.',
      quote: 'under continuous review',
    },
    {
      number: '17',
      summary: 'Extends the Panel of Experts until 1 July 2022.',
      quote: 'extend until 1 July 2022 the mandate of the Panel of Experts',
    },
  ],
  changes: [
    renew(ARMS, '1', '2021-05-28', '2022-05-31', { quote: 'renew until 31 May 2022 the measures on arms' }),
    ...renewTargeted('11', '2021-05-28', '2022-05-31', {
      quote: 'renew until 31 May 2022 the travel and financial measures',
    }),
    panelYear(2577, '2021-05-28', '17').change,
  ],
  deadlines: [...benchmarkDeadlines(2577, 2022, '4', '5'), ...panelYear(2577, '2021-05-28', '17').deadlines],
  sources: [SSD.r2577, SSD.sc14536],
});

/** The Panel's yearly renewal by an official-text resolution: until 1 July next year, with its two reports. */
function panelYear(resolution: number, adopted: string, paragraph: string) {
  const year = Number(adopted.slice(0, 4));
  return {
    change: renewPanel(paragraph, adopted, `${year + 1}-07-01`, {
      quote: `extend until 1 July ${year + 1} the mandate of the Panel of Experts`,
    }),
    deadlines: panelDeadlines(resolution, year, paragraph),
  };
}

/** Paragraphs every renewal from 2022 on repeats: readiness to review, the assessment, the Panel. */
function yearly(
  year: number,
  paragraphs: { review: string; assessment: string; travel: string; panel: string },
): ResolutionInput['paragraphs'] {
  return [
    {
      number: paragraphs.review,
      summary:
        'Reiterates its readiness to review the arms embargo in the light of the benchmarks of 2577 para 2.',
      quote: 'readiness to review arms embargo measures',
    },
    {
      number: paragraphs.assessment,
      summary: `Asks the Secretary-General to assess progress on the benchmarks by 15 April ${year + 1}.`,
      quote: `no later than 15 April ${year + 1}, an assessment of progress achieved on the key benchmarks`,
    },
    {
      number: paragraphs.travel,
      summary: `Renews the travel and financial measures until 31 May ${year + 1}.`,
      quote: `renew until 31 May ${year + 1} the travel and financial measures`,
    },
    {
      number: paragraphs.panel,
      summary: `Extends the Panel of Experts until 1 July ${year + 1}.`,
      quote: `extend until 1 July ${year + 1} the mandate of the Panel of Experts`,
    },
  ];
}

const r2633 = pre(2633, '2022-05-26', {
  vote: { inFavour: 10, against: 0, abstaining: 5 },
  summary:
    'Renews the arms embargo and the travel ban and asset freeze until 31 May 2023; exempts non-lethal military equipment in support of the peace agreement, as notified in advance; reiterates the benchmarks review.',
  paragraphs: [
    {
      number: '1',
      summary: 'Renews the arms measures of 2428 para 4 until 31 May 2023.',
      quote: 'renew until 31 May 2023 the measures on arms',
    },
    {
      number: '2',
      summary:
        'The arms measures do not apply to non-lethal military equipment solely in support of the peace agreement, as notified in advance to the Committee.',
      quote: 'as notified in advance to the Committee',
    },
    ...yearly(2022, { review: '3', assessment: '5', travel: '12', panel: '18' }),
  ],
  measures: [
    armsEmbargo(
      ARMS_2633,
      [
        { resolution: 2633, paragraph: '1', quote: 'renew until 31 May 2023 the measures on arms' },
        {
          resolution: 2633,
          paragraph: '2',
          quote:
            'shall not apply to the supply, sale or transfer of non-lethal military equipment, solely in support of the implementation of the terms of the peace agreement, as notified in advance to the Committee',
        },
      ],
      { start: '2022-05-26', end: '2023-05-31' },
      [
        ...EXCEPTIONS_2428,
        {
          summary:
            'Non-lethal military equipment solely in support of the implementation of the terms of the peace agreement, as notified in advance to the Committee.',
          citations: [{ resolution: 2633, paragraph: '2', quote: 'non-lethal military equipment' }],
        },
      ],
      [SSD.r2633, SSD.exemptions],
      `The embargo of 2428 para 4 as renewed by 2633 para 1, with the exemption of 2633 para 2 added (an amendment, so a new measure in its lineage). ${EXCEPTIONS_NOTE}`,
    ),
  ],
  changes: [
    {
      paragraph: '2',
      target: ARMS,
      type: 'amend',
      effective: '2022-05-26',
      replacement: ARMS_2633,
      summary:
        'Adds an exemption: non-lethal military equipment in support of the peace agreement, as notified in advance.',
      quote: 'shall not apply to the supply, sale or transfer of non-lethal military equipment',
      confidence: 'confirmed',
    },
    ...renewTargeted('12', '2022-05-26', '2023-05-31', {
      quote: 'renew until 31 May 2023 the travel and financial measures',
    }),
    panelYear(2633, '2022-05-26', '18').change,
  ],
  deadlines: [...benchmarkDeadlines(2633, 2023, '5', '6'), ...panelYear(2633, '2022-05-26', '18').deadlines],
  sources: [SSD.r2633],
});

const r2683 = pre(2683, '2023-05-30', {
  vote: { inFavour: 10, against: 0, abstaining: 5 },
  summary:
    'Renews the arms embargo and the travel ban and asset freeze until 31 May 2024; drops the notification requirement for non-lethal military equipment in support of the peace agreement; adds impeding elections as a basis for designation.',
  paragraphs: [
    {
      number: '1',
      summary: 'Renews the arms measures of 2428 para 4 until 31 May 2024.',
      quote: 'renew until 31 May 2024 the measures on arms',
    },
    {
      number: '2',
      summary:
        'The notification requirement of 2633 para 2 no longer applies to non-lethal military equipment in support of the peace agreement, and related technical assistance or training.',
      quote:
        'the notification requirements set out in paragraph 2 of resolution 2633 (2022) shall no longer apply',
    },
    ...yearly(2023, { review: '3', assessment: '5', travel: '12', panel: '19' }),
    {
      number: '16',
      summary: 'Impeding free and fair elections is also a basis for designation.',
      quote: 'are also a basis for designation',
    },
  ],
  measures: [
    armsEmbargo(
      ARMS_2683,
      [
        { resolution: 2683, paragraph: '1', quote: 'renew until 31 May 2024 the measures on arms' },
        {
          resolution: 2683,
          paragraph: '2',
          quote:
            'the notification requirements set out in paragraph 2 of resolution 2633 (2022) shall no longer apply',
        },
      ],
      { start: '2023-05-30', end: '2024-05-31' },
      [
        ...EXCEPTIONS_2428,
        {
          summary:
            'Non-lethal military equipment solely in support of the implementation of the terms of the peace agreement, and related technical assistance or training, without notification.',
          citations: [
            { resolution: 2633, paragraph: '2' },
            { resolution: 2683, paragraph: '2', quote: 'shall no longer apply' },
          ],
        },
      ],
      [SSD.r2683, SSD.exemptions],
      `The embargo as renewed by 2683 para 1, the exemption of 2633 para 2 now without notification and extended to related technical assistance or training (2683 para 2). ${EXCEPTIONS_NOTE}`,
    ),
  ],
  changes: [
    {
      paragraph: '2',
      target: ARMS_2633,
      type: 'amend',
      effective: '2023-05-30',
      replacement: ARMS_2683,
      summary:
        'The exemption for non-lethal military equipment in support of the peace agreement no longer needs notification.',
      quote: 'shall no longer apply to the supply, sale or transfer of non',
      confidence: 'confirmed',
    },
    ...renewTargeted('12', '2023-05-30', '2024-05-31', {
      quote: 'renew until 31 May 2024 the travel and financial measures',
    }),
    panelYear(2683, '2023-05-30', '19').change,
  ],
  deadlines: [...benchmarkDeadlines(2683, 2024, '5', '6'), ...panelYear(2683, '2023-05-30', '19').deadlines],
  sources: [SSD.r2683],
});

/** A renewal of 2024 and after: the arms embargo (para 1) and the targeted measures (para 11). */
function later(
  number: number,
  adopted: string,
  vote: { inFavour: number; against: number; abstaining: number },
  panel: string,
  source: (typeof SSD)[keyof typeof SSD],
  extra: Partial<ResolutionInput> = {},
): ResolutionInput {
  const year = Number(adopted.slice(0, 4));
  const until = `${year + 1}-05-31`;
  return pre(number, adopted, {
    vote,
    summary: `Renews the arms embargo and the travel ban and asset freeze until 31 May ${year + 1}; reiterates the benchmarks review and asks for the assessment by 15 April ${year + 1}; Panel of Experts until 1 July ${year + 1}.`,
    paragraphs: [
      {
        number: '1',
        summary: `Renews the arms measures of 2428 para 4 until 31 May ${year + 1}; reaffirms 2428 para 5 and 2683 para 2.`,
        quote: `renew until 31 May ${year + 1} the measures on arms`,
      },
      ...yearly(year, { review: '2', assessment: '4', travel: '11', panel }),
    ],
    changes: [
      renew(ARMS_2683, '1', adopted, until, { quote: `renew until 31 May ${year + 1} the measures on arms` }),
      ...renewTargeted('11', adopted, until, {
        quote: `renew until 31 May ${year + 1} the travel and financial measures`,
      }),
      panelYear(number, adopted, panel).change,
    ],
    deadlines: [
      ...benchmarkDeadlines(number, year + 1, '4', '5'),
      ...panelYear(number, adopted, panel).deadlines,
    ],
    sources: [source],
    ...extra,
  });
}

const r2731 = later(2731, '2024-05-30', { inFavour: 9, against: 0, abstaining: 6 }, '18', SSD.r2731, {
  note: 'Its paragraph 12 keeps "the measures renewed in paragraph 12" under review, though they are renewed in paragraph 11: as printed.',
});
const r2781 = later(2781, '2025-05-30', { inFavour: 9, against: 0, abstaining: 6 }, '18', SSD.r2781);
const r2821 = later(2821, '2026-05-29', { inFavour: 9, against: 0, abstaining: 6 }, '18', SSD.r2821, {
  note: 'Its paragraph 4 also asks the Secretary-General for recommendations on updates to the benchmarks.',
});

/**
 * The input (JSON) form of {@link southSudan2206}.
 *
 * @category Data
 */
export const southSudan2206Input: z.input<typeof RegimeSchema> = /* @__PURE__ */ deepFreeze({
  id: 'ssd-2206',
  title:
    'South Sudan: resolution 2206 (2015) and its successors through 2821 (2026) (travel ban, asset freeze, arms embargo)',
  target: 'SSD',
  committee:
    'Security Council Committee established pursuant to resolution 2206 (2015) concerning South Sudan',
  foundingResolution: 2206,
  resolutions: [
    r2206,
    r2271,
    r2280,
    r2290,
    r2353,
    r2418,
    r2428,
    r2471,
    r2521,
    r2577,
    r2633,
    r2683,
    r2731,
    r2781,
    r2821,
  ],
  note: "Every measure is renewed for a year at a time, so each has an end and each renewal is an `extend` change: a measure not renewed lapses. The arms embargo changed twice while in force (2633 para 2 added an exemption, 2683 para 2 dropped its notification), each an `amend` with the new embargo as replacement. From 2021 the Council has said it is ready to review the embargo in the light of five benchmarks (2577 para 2): southSudanBenchmarks models that as a plan of review actions, which never change what is in force. The Panel of Experts is a mandate (2206 para 18), renewed each year; the deadlines are the Secretary-General's benchmark assessments and the South Sudan authorities' reports (each 15 April from 2022), the Panel's reports and the 2020 review dates. Designations are not modelled; openSanctionsProgram is left out (not checked).",
  sources: [SSD.committee, SSD.sc11805, SSD.sc13421],
} satisfies z.input<typeof RegimeSchema>);

/**
 * The South Sudan regime: resolution 2206 (2015) and its renewals, and the arms embargo of resolution 2428 (2018),
 * each renewal an `extend` change with its new end, each fact cited (official text from 2020 on).
 *
 * @example
 * ```ts
 * import { measuresInForce, parseDate } from 'sanctions-regime';
 * import { southSudan2206 } from 'sanctions-regime/data';
 * measuresInForce(southSudan2206, parseDate('2026-06-01')).map((m) => m.measure.id); //=> ['ssd.travel-ban', 'ssd.asset-freeze', 'ssd.arms-embargo.2683']
 * ```
 * @category Data
 */
export const southSudan2206: Regime = /* @__PURE__ */ RegimeSchema.parse(southSudan2206Input);

const benchmark = (id: string) => ({ op: 'fact', fact: `ssd.benchmark.${id}` }) as const;

/**
 * The input (JSON) form of {@link southSudanBenchmarks}.
 *
 * @category Data
 */
export const southSudanBenchmarksInput: z.input<typeof ReliefPlanSchema> = /* @__PURE__ */ deepFreeze({
  id: 'ssd-arms-benchmarks',
  title:
    'South Sudan: the arms embargo reviewed in the light of five key benchmarks (resolution 2577 (2021) para 2, reiterated each year since)',
  regime: 'ssd-2206',
  proposedBy: ['UNSC'],
  sources: [SSD.r2577, SSD.sc14536, SSD.r2633, SSD.r2821, SSD.sg2021321],
  confidence: 'confirmed',
  note: 'The Council "expresses its readiness to review" the embargo, "through inter alia modification, suspension, or progressive lifting", in the light of progress on the benchmarks: relief by review, not automatic relief. So the phase\'s actions are `review`, which never change the measures in force. Each benchmark is a fact (met or not); the resolutions speak of progress, a matter of degree the Secretary-General assesses each year by 15 April (2577 para 4, then 2633 para 5, 2683 para 5, 2731, 2781 and 2821 para 4). The review names the three measures of the embargo\'s lineage.',
  start: '2021-05-28',
  definitions: {
    sdsr: benchmark('sdsr-stages-1-3-completed'),
    nuf: benchmark('nuf-unified-command-and-redeployment'),
    ddr: benchmark('ddr-progress'),
    stockpiles: benchmark('arms-stockpile-management'),
    crsv: benchmark('crsv-joint-action-plan-implemented'),
  },
  phases: [
    {
      id: 'review',
      title:
        'Benchmarks met: the Council has said it is ready to review the arms embargo (modify, suspend or progressively lift it)',
      requires: {
        op: 'all',
        of: ['sdsr', 'nuf', 'ddr', 'stockpiles', 'crsv'].map((name) => ({ op: 'ref', name }) as const),
      },
      actions: [ARMS, ARMS_2633, ARMS_2683].map((measure) => ({ type: 'review', measure }) as const),
      sources: [SSD.r2577],
      note: 'Benchmarks: (a) SDSR stages 1-3; (b) a unified command, and the training, graduation and redeployment, of the Necessary Unified Forces; (c) DDR, with plans for heavy weapons and for demilitarising civilian areas; (d) arms and ammunition stockpile management; (e) the Joint Action Plan on conflict-related sexual violence (2577 para 2 (a)-(e)).',
    },
  ],
} satisfies z.input<typeof ReliefPlanSchema>);

/**
 * The benchmarks of resolution 2577 (2021) para 2 as a plan over {@link southSudan2206}: one phase, met when all
 * five benchmarks are, whose actions `review` the arms embargo: the Council has said it is ready to review it, not
 * to lift it, so the plan never changes what is in force.
 *
 * @example
 * ```ts
 * import { evaluatePlan } from 'sanctions-regime';
 * import { southSudanBenchmarks, southSudanEvidence } from 'sanctions-regime/data';
 * const phase = evaluatePlan(southSudanBenchmarks, southSudanEvidence, { at: '2026-06-01' }).phases[0];
 * phase?.status; //=> 'unknown'
 * phase?.actions.map((a) => a.type); //=> ['review', 'review', 'review']
 * ```
 * @category Data
 */
export const southSudanBenchmarks: ReliefPlan =
  /* @__PURE__ */ ReliefPlanSchema.parse(southSudanBenchmarksInput);

/**
 * The input (JSON) form of {@link southSudanEvidence}: empty. No stored source gives the Secretary-General's
 * benchmark assessments (due each 15 April from 2022), so no benchmark is recorded as met or unmet.
 *
 * @category Data
 */
export const southSudanEvidenceInput: EvidenceInput = /* @__PURE__ */ deepFreeze({
  facts: [],
  events: [],
  coverage: [],
} satisfies EvidenceInput);

/**
 * The evidence for {@link southSudanBenchmarks}: empty, so every benchmark is unknown. The Secretary-General's
 * assessments of April 2022 onwards were not found in the stored sources; add them as facts
 * (`ssd.benchmark.sdsr-stages-1-3-completed`, …) with their report symbols to evaluate the plan.
 *
 * @example
 * ```ts
 * import { southSudanEvidence } from 'sanctions-regime/data';
 * southSudanEvidence.facts?.length; //=> 0
 * ```
 * @category Data
 */
export const southSudanEvidence = /* @__PURE__ */ EvidenceSchema.parse(southSudanEvidenceInput);

// The DPRK sanctions regime (resolution 1718 and its successors through 2397), paragraph by paragraph, each fact
// with its source. Paragraph numbers or values that no source at hand confirmed are marked `unconfirmed`, with a
// note saying what is missing.
import type { z } from 'zod';
import { deepFreeze } from '../internal/frozen.js';
import type { MeasureSchema } from '../resolutions/measure.js';
import { type Regime, RegimeSchema } from '../resolutions/regime.js';
import type { ResolutionSchema } from '../resolutions/resolution.js';
import { S } from './sources.js';

type MeasureInput = z.input<typeof MeasureSchema>;
type ResolutionInput = z.input<typeof ResolutionSchema>;
type Direction = 'to-target' | 'from-target';
type Extra = Partial<Pick<MeasureInput, 'note' | 'sources'>> & {
  end?: string;
  exceptions?: { summary: string }[];
  hsCodes?: string[];
  mode?: 'prohibited' | 'conditional';
};

const PARA_UNCONFIRMED =
  'The content is confirmed; the paragraph number is not (no source at hand names it).';

const FIN_1874 =
  'That 1874 added financial measures is confirmed (US State cable 09STATE66250); the paragraph numbers 18-20 follow issue 12 and are not confirmed: no source at hand quotes these paragraphs.';

const P2270 =
  'Content confirmed by the sources cited; the paragraph number follows issue 12 (paras 8, 17, 19-20 and 32-36) and is not confirmed: no source at hand gives it.';

/** The id of the Panel of Experts (1874 para 26). */
const PANEL = 'dprk.panel-of-experts';

const PANEL_END =
  'The last renewal (2680, 2023) runs until 30 April 2024; the draft that would have extended it until 30 April 2025 (S/2024/255, United States) was not adopted on 28 March 2024: 13 in favour, the Russian Federation against (a veto), China abstaining (SC/15648; the vote from MENAFN). No resolution renews it after 2680, so the data has it end on 30 April 2024.';

type DeadlineInput = NonNullable<ResolutionInput['deadlines']>[number];

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
/** `"2024-04-30"` as the resolutions print it: `"30 April 2024"`. */
const longDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

/** An extension of the Panel's mandate, read in the official text: `paragraph` of the resolution adopted on `adopted`. */
function panelExtension(
  paragraph: number,
  adopted: string,
  until: string,
): ResolutionInput['changes'][number] {
  return {
    paragraph: String(paragraph),
    target: PANEL,
    type: 'extend',
    effective: adopted,
    until,
    summary: `The Panel of Experts' mandate is extended until ${longDate(until)}.`,
    confidence: 'confirmed',
  };
}

/**
 * A renewal of the Panel only (no measures): adopted unanimously (15-0-0, as the official XML records it), paragraph
 * 1 extends the mandate until `until`; `deadlines` are the dates of paragraphs 1 (review) and 2 (reports), when read.
 */
function panelRenewal(
  number: number,
  adopted: string,
  until: string,
  sources: ResolutionInput['sources'],
  deadlines?: DeadlineInput[],
): ResolutionInput {
  const change = panelExtension(1, adopted, until);
  return {
    symbol: `S/RES/${number} (${adopted.slice(0, 4)})`,
    number,
    adopted,
    vote: { inFavour: 15, against: 0, abstaining: 0 },
    summary: `Renews the Panel of Experts until ${change.until}.`,
    paragraphs: [
      { number: '1', summary: change.summary },
      ...(deadlines === undefined
        ? []
        : [
            {
              number: '2',
              summary: "Dates of the Panel's midterm and final reports, to the Committee and the Council.",
            },
          ]),
    ],
    measures: [],
    changes: [change],
    ...(deadlines === undefined ? {} : { deadlines }),
    confidence: 'confirmed',
    sources,
  };
}

/**
 * The five dates a renewal of 2020-2023 sets: the Council's review of the mandate (paragraph 1), and the Panel's
 * midterm and final reports to the Committee and, after a discussion with it, to the Council (paragraph 2).
 */
function panelDeadlines(
  number: number,
  year: number,
  dates: { review: string; midterm: string; midtermCouncil: string; final: string; finalCouncil: string },
): DeadlineInput[] {
  const id = (what: string) => `${PANEL}.${what}.${year}`;
  const quoted = (paragraph: string, date: string) => ({
    resolution: number,
    paragraph,
    quote: longDate(date),
  });
  const deadline = (
    what: string,
    kind: DeadlineInput['kind'],
    due: string,
    by: string,
    summary: string,
    paragraph = '2',
  ): DeadlineInput => ({
    id: id(what),
    kind,
    due,
    by,
    summary,
    citation: quoted(paragraph, due),
    confidence: 'confirmed',
  });
  return [
    deadline(
      'review',
      'review',
      dates.review,
      'Security Council',
      'The Council intends to review the mandate and act on a further extension by this date.',
      '1',
    ),
    deadline(
      'midterm-report',
      'report',
      dates.midterm,
      'Panel of Experts',
      'Midterm report to the Committee.',
    ),
    deadline(
      'midterm-report-council',
      'report',
      dates.midtermCouncil,
      'Panel of Experts',
      'Midterm report to the Council, after a discussion with the Committee.',
    ),
    deadline('final-report', 'report', dates.final, 'Panel of Experts', 'Final report to the Committee.'),
    deadline(
      'final-report-council',
      'report',
      dates.finalCouncil,
      'Panel of Experts',
      'Final report to the Council, after a discussion with the Committee.',
    ),
  ];
}

function ban(
  id: string,
  commodity: Extract<MeasureInput, { kind: 'trade-ban' }>['commodity'],
  direction: Direction,
  cite: [number, string],
  start: string,
  summary: string,
  confirmed: boolean,
  extra: Extra = {},
): MeasureInput {
  const { end, note, sources, exceptions, hsCodes, mode } = extra;
  return {
    kind: 'trade-ban',
    id,
    summary,
    citations: [{ resolution: cite[0], paragraph: cite[1] }],
    effective: end === undefined ? { start } : { start, end },
    confidence: confirmed ? 'confirmed' : 'unconfirmed',
    ...(note !== undefined || !confirmed ? { note: note ?? PARA_UNCONFIRMED } : {}),
    ...(sources === undefined ? {} : { sources }),
    commodity,
    direction,
    ...(exceptions === undefined ? {} : { exceptions }),
    ...(hsCodes === undefined ? {} : { hsCodes }),
    ...(mode === undefined ? {} : { mode }),
  };
}

const r1718: ResolutionInput = {
  symbol: 'S/RES/1718 (2006)',
  number: 1718,
  adopted: '2006-10-14',
  vote: { inFavour: 15, against: 0, abstaining: 0 },
  summary:
    'First sanctions on the DPRK after its claimed nuclear test of 9 October 2006 (Chapter VII, Article 41).',
  paragraphs: [
    {
      number: '8(a)(i)',
      summary: 'Supply to the DPRK of major conventional arms (UN Register categories) prohibited.',
      confidence: 'unconfirmed',
      note: 'The sub-paragraph "(i)" is inferred from 8(b), which refers to items in a)(i) and a)(ii).',
    },
    { number: '8(a)(iii)', summary: 'Supply of luxury goods to the DPRK prohibited.' },
    {
      number: '8(b)',
      summary:
        'The DPRK to cease exporting the items of 8(a)(i) and (ii); States to prohibit their procurement.',
    },
    { number: '8(d)', summary: 'Freeze of funds and assets of designated persons and entities.' },
    { number: '8(e)', summary: 'Entry and transit ban on designated persons.' },
    { number: '12', summary: 'Establishes the Committee (the 1718 Committee).' },
  ],
  measures: [
    {
      kind: 'arms-embargo',
      id: 'dprk.arms.supply',
      direction: 'to-target',
      summary:
        'States prevent the supply to the DPRK of battle tanks, armoured combat vehicles, large-calibre artillery, combat aircraft, attack helicopters, warships, missiles and missile systems.',
      citations: [{ resolution: 1718, paragraph: '8(a)(i)' }],
      effective: { start: '2006-10-14' },
      confidence: 'unconfirmed',
      note: 'Sub-paragraph "(i)" inferred from the wording of 8(b); no source quotes the list under "(i)".',
      sources: [S.sc8853, S.wiki1718],
    },
    {
      kind: 'arms-embargo',
      id: 'dprk.arms.procurement',
      direction: 'from-target',
      summary:
        'The DPRK ceases exporting the items of 8(a)(i) and (ii); States prohibit their procurement from it.',
      citations: [{ resolution: 1718, paragraph: '8(b)' }],
      effective: { start: '2006-10-14' },
      confidence: 'confirmed',
      sources: [S.sc8853],
    },
    {
      kind: 'luxury-goods-ban',
      id: 'dprk.luxury-goods.supply',
      summary: 'States prevent the supply of luxury goods to the DPRK.',
      citations: [{ resolution: 1718, paragraph: '8(a)(iii)' }],
      effective: { start: '2006-10-14' },
      confidence: 'confirmed',
      sources: [S.luxury],
    },
    {
      kind: 'asset-freeze',
      id: 'dprk.asset-freeze',
      summary:
        'Funds, other financial assets and economic resources of designated persons and entities are frozen.',
      citations: [{ resolution: 1718, paragraph: '8(d)' }],
      effective: { start: '2006-10-14' },
      confidence: 'confirmed',
      sources: [S.sc12853],
    },
    {
      kind: 'travel-ban',
      id: 'dprk.travel-ban',
      summary: 'Designated persons are refused entry into or transit through States.',
      citations: [{ resolution: 1718, paragraph: '8(e)' }],
      effective: { start: '2006-10-14' },
      confidence: 'confirmed',
      sources: [S.sc12853],
    },
    {
      kind: 'trade-ban',
      id: 'dprk.wmd-items.supply',
      commodity: 'nuclear-missile-items',
      direction: 'to-target',
      summary:
        'States prevent the supply to the DPRK of items, materials, equipment, goods and technology that could contribute to its nuclear-related, ballistic missile-related or other weapons of mass destruction-related programmes.',
      citations: [{ resolution: 1718, paragraph: '8(a)(ii)' }],
      effective: { start: '2006-10-14' },
      confidence: 'unconfirmed',
      note: 'Sub-paragraph 8(a)(ii) exists (8(c), as quoted by the UN Sanctions App, refers to "subparagraphs (a) (i) and (a) (ii)") and its content is confirmed (S/2010/571; SC/8853). That it names the lists of S/2006/814 and S/2006/815 is not: the sources at hand tie those two documents only to resolution 1737 (Iran).',
      sources: [S.appTraining, S.poe2010, S.state1874, S.sc8853],
    },
    {
      kind: 'other',
      id: 'dprk.technical-assistance',
      description:
        'No transfers to or from the DPRK of technical training, advice, services or assistance related to the provision, manufacture, maintenance or use of the items of 8(a)(i) and 8(a)(ii).',
      summary:
        'No technical training, advice, services or assistance to or from the DPRK related to the prohibited arms and WMD items.',
      citations: [{ resolution: 1718, paragraph: '8(c)' }],
      effective: { start: '2006-10-14' },
      confidence: 'confirmed',
      sources: [S.appTraining],
    },
  ],
  changes: [],
  confidence: 'confirmed',
  sources: [S.sc8853, S.wiki1718, S.eu329],
};

const r1874: ResolutionInput = {
  symbol: 'S/RES/1874 (2009)',
  number: 1874,
  adopted: '2009-06-12',
  vote: 'unanimous',
  summary:
    'Widens the arms embargo, provides for cargo inspection and bans bunkering services; creates the Panel of Experts.',
  paragraphs: [
    {
      number: '9',
      summary: 'Extends the 8(b) procurement ban to all arms and related materiel.',
      confidence: 'unconfirmed',
      note: 'Para 9 is cited by paras 12 and 17 as a prohibition; its wording was not seen.',
    },
    {
      number: '10',
      summary:
        'Extends 8(a) to all arms and related materiel except small arms and light weapons, whose supply is notified to the Committee at least five days ahead.',
    },
    { number: '12', summary: "States may inspect vessels on the high seas, with the flag State's consent." },
    {
      number: '13',
      summary: 'If the flag State does not consent, it directs the vessel to a port for inspection.',
    },
    {
      number: '17',
      summary:
        'Bunkering and other servicing of DPRK vessels suspected of carrying prohibited items is prohibited.',
    },
    {
      number: '26',
      summary:
        'Asks the Secretary-General to create, for an initial period of one year, a Panel of up to seven experts under the direction of the Committee.',
    },
  ],
  mandates: [
    {
      id: PANEL,
      kind: 'panel-of-experts',
      summary:
        'The Panel of Experts: up to seven experts, under the direction of the 1718 Committee, who gather and analyse information on the implementation of the measures and on non-compliance, and report to the Council.',
      citations: [{ resolution: 1874, paragraph: '26', quote: 'for an initial period of one year' }],
      effective: { start: '2009-06-12', end: '2010-06-12' },
      confidence: 'confirmed',
      note: `Read in the official text (paragraph 26). The paragraph gives a term ("an initial period of one year"), not a date: the end of the first term is taken as 12 June 2010, one year from adoption, as the first renewal (1928, adopted on 7 June 2010) extends it "until 12 June 2011". ${PANEL_END}`,
      sources: [S.akn1874, S.sc9946, S.sc9679],
    },
  ],
  measures: [
    {
      kind: 'arms-embargo',
      id: 'dprk.arms.supply.1874',
      direction: 'to-target',
      summary:
        'States prevent the supply to the DPRK of all arms and related materiel, except small arms and light weapons, notified to the Committee at least five days ahead.',
      citations: [
        { resolution: 1718, paragraph: '8(a)(i)' },
        { resolution: 1874, paragraph: '10' },
      ],
      effective: { start: '2009-06-12' },
      confidence: 'confirmed',
      exceptions: [
        {
          summary:
            'Small arms and light weapons, with notification to the Committee at least five days before supply.',
        },
      ],
      sources: [S.appArms, S.sc9679],
    },
    {
      kind: 'arms-embargo',
      id: 'dprk.arms.procurement.1874',
      direction: 'from-target',
      summary: 'States prohibit the procurement from the DPRK of all arms and related materiel.',
      citations: [
        { resolution: 1718, paragraph: '8(b)' },
        { resolution: 1874, paragraph: '9' },
      ],
      effective: { start: '2009-06-12' },
      confidence: 'unconfirmed',
      note: 'Para 9 is known to be a prohibition (cited by paras 12 and 17); its wording was not seen.',
      sources: [S.appBunkering, S.sc9679],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.high-seas-inspection',
      activity: 'inspection',
      summary:
        "States may inspect vessels on the high seas with the flag State's consent; without it, the flag State directs the vessel to a port.",
      citations: [
        { resolution: 1874, paragraph: '12' },
        { resolution: 1874, paragraph: '13' },
      ],
      effective: { start: '2009-06-12' },
      confidence: 'confirmed',
      sources: [S.appShipping],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.bunkering',
      activity: 'bunkering',
      summary:
        'Nationals and territories may not provide bunkering or other servicing to DPRK vessels with reasonable grounds to believe they carry prohibited items.',
      citations: [{ resolution: 1874, paragraph: '17' }],
      effective: { start: '2009-06-12' },
      confidence: 'confirmed',
      sources: [S.appBunkering],
    },
    {
      kind: 'financial',
      id: 'dprk.financial-services.1874',
      activity: 'financial-services',
      summary:
        "Prevention of financial services and transfers of financial or other assets that could contribute to the DPRK's nuclear, ballistic missile or other WMD programmes.",
      citations: [{ resolution: 1874, paragraph: '18' }],
      effective: { start: '2009-06-12' },
      confidence: 'unconfirmed',
      note: `${FIN_1874} Whether it decides or calls upon States is not confirmed either.`,
      sources: [S.cable1874],
    },
    {
      kind: 'financial',
      id: 'dprk.grants',
      activity: 'grants-and-concessional-loans',
      summary:
        'States are called upon not to provide grants, financial assistance or concessional loans to the DPRK where they could contribute to its proliferation activities (a call, not a decision).',
      citations: [{ resolution: 1874, paragraph: '19' }],
      effective: { start: '2009-06-12' },
      confidence: 'unconfirmed',
      note: `${FIN_1874} That it is a call is confirmed by the State Department's fact sheet; the EU's binding version (exceptions for humanitarian and developmental purposes and the promotion of denuclearisation) is in its implementing text.`,
      sources: [S.state1874, S.cable1874, S.euGrants],
    },
    {
      kind: 'financial',
      id: 'dprk.trade-finance.1874',
      activity: 'trade-finance',
      summary:
        'States are called upon not to provide public financial support for trade with the DPRK where it could contribute to its proliferation activities (a call, not a decision).',
      citations: [{ resolution: 1874, paragraph: '20' }],
      effective: { start: '2009-06-12' },
      confidence: 'unconfirmed',
      note: `${FIN_1874} That it is a call is confirmed by the State Department's fact sheet. Replaced by the unconditional prohibition of 2321 para 32 (confirmed).`,
      sources: [S.state1874, S.cable1874, S.appFinSupport],
    },
  ],
  changes: [
    {
      paragraph: '10',
      target: 'dprk.arms.supply',
      type: 'amend',
      effective: '2009-06-12',
      replacement: 'dprk.arms.supply.1874',
      summary: 'The supply ban widens to all arms except small arms and light weapons.',
      confidence: 'confirmed',
    },
    {
      paragraph: '9',
      target: 'dprk.arms.procurement',
      type: 'amend',
      effective: '2009-06-12',
      replacement: 'dprk.arms.procurement.1874',
      summary: 'The procurement ban widens to all arms and related materiel.',
      confidence: 'unconfirmed',
      note: 'Wording of para 9 not seen.',
    },
  ],
  confidence: 'confirmed',
  sources: [S.sc9679],
};

const r2087: ResolutionInput = {
  symbol: 'S/RES/2087 (2013)',
  number: 2087,
  adopted: '2013-01-22',
  vote: 'unanimous',
  summary:
    "Adopted after the December 2012 satellite launch: designations; the Council keeps the DPRK's actions under review.",
  paragraphs: [
    {
      number: '19',
      summary:
        "Keeps the DPRK's actions under continuous review; prepared to strengthen, modify, suspend or lift the measures.",
    },
  ],
  measures: [],
  changes: [],
  confidence: 'confirmed',
  sources: [S.sg2087, S.ctbto2087],
};

const r2094: ResolutionInput = {
  symbol: 'S/RES/2094 (2013)',
  number: 2094,
  adopted: '2013-03-07',
  vote: 'unanimous',
  summary: 'Adopted after the February 2013 nuclear test.',
  paragraphs: [
    {
      number: '17',
      summary: 'States deny port entry to a vessel that refused an inspection under 1874 para 12.',
    },
    {
      number: '29',
      summary:
        "Extends the Panel of Experts' mandate until 7 April 2014 and applies it to the measures of this resolution.",
    },
  ],
  measures: [
    {
      kind: 'maritime',
      id: 'dprk.vessels.port-entry',
      activity: 'port-entry',
      summary:
        'States deny entry to their ports to a vessel that refused to be inspected under 1874 para 12.',
      citations: [{ resolution: 2094, paragraph: '17' }],
      effective: { start: '2013-03-07' },
      confidence: 'confirmed',
      sources: [S.appShipping],
    },
    {
      kind: 'financial',
      id: 'dprk.financial-services',
      activity: 'financial-services-and-bulk-cash',
      summary:
        "States prevent financial services and transfers to, through or from their territory of any financial or other assets, including bulk cash, that could contribute to the DPRK's nuclear or ballistic missile programmes.",
      citations: [{ resolution: 2094, paragraph: '11' }],
      effective: { start: '2013-03-07' },
      confidence: 'unconfirmed',
      note: 'Para 11 as the financial-services provision is confirmed (the 1718 Committee describes 2371 as applying "paragraph 11 of resolution 2094 (2013)" to the clearing of funds); the bulk-cash wording comes from the EU implementing text (Decision 2016/849, Article 13), which does not cite the paragraph.',
      sources: [S.committeeOld, S.euArt13],
    },
    {
      kind: 'other',
      id: 'dprk.aircraft.2094',
      description:
        'States are called upon to deny permission to any aircraft to take off from, land in or overfly their territory if they have reasonable grounds to believe it carries prohibited items, except for an emergency landing.',
      summary:
        'Aircraft believed to carry prohibited items are denied take-off, landing and overflight (a call, not a decision).',
      citations: [{ resolution: 2094, paragraph: '18' }],
      effective: { start: '2013-03-07' },
      confidence: 'confirmed',
      note: 'Issue 12 lists the aircraft measure as para 20; the UN Sanctions App quotes it as para 18, which this data follows. The measure has no aviation kind: it is an "other".',
      sources: [S.appAviationBan],
    },
    {
      kind: 'luxury-goods-ban',
      id: 'dprk.luxury-goods.supply.2094',
      summary:
        'States prevent the supply of luxury goods to the DPRK, including the items of Annex IV of 2094: jewellery with pearls, gems and precious or semi-precious stones, jewellery of precious metal, yachts, luxury automobiles and motor vehicles, and racing cars.',
      citations: [
        { resolution: 1718, paragraph: '8(a)(iii)' },
        { resolution: 2094, paragraph: '23' },
      ],
      effective: { start: '2013-03-07' },
      confidence: 'unconfirmed',
      note: 'The Annex IV items are confirmed (NK humanitarian blog, Compliance and Capacity Skills International, Reuters); the number of the operative paragraph that applies the annex (23) is not.',
      sources: [S.luxury, S.comcapLuxury, S.reutersLuxury],
    },
  ],
  changes: [
    {
      paragraph: '23',
      target: 'dprk.luxury-goods.supply',
      type: 'amend',
      effective: '2013-03-07',
      replacement: 'dprk.luxury-goods.supply.2094',
      summary:
        'The luxury-goods ban names its first items (Annex IV): jewellery, yachts, luxury cars and racing cars.',
      confidence: 'unconfirmed',
      note: 'The paragraph number 23 is not confirmed; Annex IV is.',
    },
    panelExtension(29, '2013-03-07', '2014-04-07'),
  ],
  confidence: 'confirmed',
  sources: [S.uk2094, S.akn2094],
};

const ARMS_2270 =
  'Recalled, not confirmed from a source at hand: 2270 para 6 extends 1718 para 8(a) to all arms, small arms and light weapons included, ending the 1874 para 10 exception.';

const livelihood = {
  summary:
    'Transactions determined to be exclusively for livelihood purposes and unrelated to the nuclear or ballistic missile programmes.',
};

const r2270: ResolutionInput = {
  symbol: 'S/RES/2270 (2016)',
  number: 2270,
  adopted: '2016-03-02',
  vote: 'unanimous',
  summary:
    'Mandatory cargo inspection; coal, iron and iron ore exports limited to livelihood purposes; bans on gold, titanium, vanadium and rare earths and on aviation fuel.',
  paragraphs: [
    {
      number: '6',
      summary:
        'The 1718 para 8(a) measures apply to all arms and related materiel, small arms and light weapons included.',
      confidence: 'unconfirmed',
      note: ARMS_2270,
    },
    {
      number: '18',
      summary: 'States inspect cargo originating in or destined for the DPRK in their territory.',
    },
    {
      number: '19',
      summary: 'No leasing or chartering of vessels or aircraft, or crew services, to the DPRK.',
    },
    {
      number: '29',
      summary: 'The DPRK shall not supply coal, iron or iron ore, except for livelihood purposes.',
      confidence: 'unconfirmed',
      note: PARA_UNCONFIRMED,
    },
    {
      number: '30',
      summary: 'The DPRK shall not supply gold, titanium ore, vanadium ore or rare earth minerals.',
      confidence: 'unconfirmed',
      note: PARA_UNCONFIRMED,
    },
    {
      number: '31',
      summary:
        'Supply of aviation fuel to the DPRK prohibited, with humanitarian and civilian-passenger-flight exceptions.',
    },
  ],
  measures: [
    {
      kind: 'arms-embargo',
      id: 'dprk.arms.supply.2270',
      direction: 'to-target',
      summary:
        'States prevent the supply to the DPRK of all arms and related materiel, small arms and light weapons included.',
      citations: [
        { resolution: 1718, paragraph: '8(a)(i)' },
        { resolution: 2270, paragraph: '6' },
      ],
      effective: { start: '2016-03-02' },
      confidence: 'unconfirmed',
      note: ARMS_2270,
    },
    {
      kind: 'maritime',
      id: 'dprk.cargo.inspection',
      activity: 'inspection',
      summary:
        'States inspect cargo within or transiting their territory that originated in, or is destined for, the DPRK.',
      citations: [{ resolution: 2270, paragraph: '18' }],
      effective: { start: '2016-03-02' },
      confidence: 'confirmed',
      sources: [S.appShipping],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.leasing-chartering',
      activity: 'leasing-chartering',
      summary:
        'States prohibit leasing or chartering their flagged vessels or aircraft, or providing crew services, to the DPRK.',
      citations: [{ resolution: 2270, paragraph: '19' }],
      effective: { start: '2016-03-02' },
      confidence: 'confirmed',
      sources: [S.appLeasing],
    },
    ban(
      'dprk.coal.export.livelihood',
      'coal',
      'from-target',
      [2270, '29'],
      '2016-03-02',
      'DPRK coal exports allowed only for livelihood purposes, with no link to the nuclear or missile programmes.',
      false,
      { mode: 'conditional', exceptions: [livelihood], sources: [S.st2270, S.appEp4] },
    ),
    ban(
      'dprk.iron.export.livelihood',
      'iron',
      'from-target',
      [2270, '29'],
      '2016-03-02',
      'DPRK iron exports allowed only for livelihood purposes.',
      false,
      { mode: 'conditional', exceptions: [livelihood], sources: [S.st2270, S.appEp4] },
    ),
    ban(
      'dprk.iron-ore.export.livelihood',
      'iron-ore',
      'from-target',
      [2270, '29'],
      '2016-03-02',
      'DPRK iron ore exports allowed only for livelihood purposes.',
      false,
      { mode: 'conditional', exceptions: [livelihood], sources: [S.st2270, S.appEp4] },
    ),
    ban(
      'dprk.gold.export',
      'gold',
      'from-target',
      [2270, '30'],
      '2016-03-02',
      'The DPRK shall not supply gold.',
      false,
      { sources: [S.appEp4] },
    ),
    ban(
      'dprk.titanium-ore.export',
      'titanium-ore',
      'from-target',
      [2270, '30'],
      '2016-03-02',
      'The DPRK shall not supply titanium ore.',
      false,
      { sources: [S.appEp4] },
    ),
    ban(
      'dprk.vanadium-ore.export',
      'vanadium-ore',
      'from-target',
      [2270, '30'],
      '2016-03-02',
      'The DPRK shall not supply vanadium ore.',
      false,
      { sources: [S.appEp4] },
    ),
    ban(
      'dprk.rare-earth-minerals.export',
      'rare-earth-minerals',
      'from-target',
      [2270, '30'],
      '2016-03-02',
      'The DPRK shall not supply rare earth minerals.',
      false,
      { sources: [S.appEp4] },
    ),
    ban(
      'dprk.aviation-fuel.supply',
      'aviation-fuel',
      'to-target',
      [2270, '31'],
      '2016-03-02',
      'States prevent the supply to the DPRK of aviation gasoline, naphtha-type and kerosene-type jet fuel and kerosene-type rocket fuel.',
      true,
      {
        exceptions: [
          {
            summary:
              'Exclusively for verified essential humanitarian needs, approved by the Committee in advance, case by case.',
          },
          {
            summary:
              'Fuel for civilian passenger aircraft outside the DPRK, exclusively for consumption during its flight to the DPRK and its return flight.',
          },
        ],
        sources: [S.appAviation],
      },
    ),
    {
      kind: 'other',
      id: 'dprk.catch-all',
      description:
        'States prevent the supply to, and procurement from, the DPRK of any item, except food or medicine, that could directly contribute to the operational capabilities of its armed forces, or that they determine could contribute to its prohibited programmes.',
      summary:
        "Catch-all: any item (except food or medicine) that could contribute to the DPRK's armed forces or prohibited programmes.",
      citations: [{ resolution: 2270, paragraph: '8' }],
      effective: { start: '2016-03-02' },
      confidence: 'unconfirmed',
      note: P2270,
      sources: [S.un2270, S.steamship2270],
    },
    {
      kind: 'other',
      id: 'dprk.specialised-teaching',
      description:
        'States prevent specialized teaching or training of DPRK nationals, in their territories or by their nationals, in disciplines that could contribute to proliferation-sensitive nuclear activities or nuclear-weapon delivery systems: advanced physics, advanced computer simulation and related computer sciences, geospatial navigation, nuclear, aerospace and aeronautical engineering.',
      summary:
        'No specialized teaching or training of DPRK nationals in proliferation-sensitive disciplines.',
      citations: [{ resolution: 2270, paragraph: '17' }],
      effective: { start: '2016-03-02' },
      confidence: 'confirmed',
      sources: [S.appTeaching],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.deregistration.2270',
      activity: 'de-flagging',
      summary:
        'States are called upon to de-register vessels owned, controlled or operated by the DPRK, and not to register vessels de-registered by another State (a call, not a decision).',
      citations: [{ resolution: 2270, paragraph: '19' }],
      effective: { start: '2016-03-02' },
      confidence: 'unconfirmed',
      note: `${P2270} That 2270 only called upon States to de-register is confirmed by NK News, which contrasts it with the binding 2321 para 24.`,
      sources: [S.yna2270Flags, S.nknewsFlags],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.dprk-flag',
      activity: 'insurance',
      summary:
        'Nationals and entities may not register vessels in the DPRK, obtain authorization for a vessel to use the DPRK flag, or own, lease, operate, classify, certify or insure any vessel flagged by the DPRK.',
      citations: [{ resolution: 2270, paragraph: '20' }],
      effective: { start: '2016-03-02' },
      confidence: 'unconfirmed',
      note: `${P2270} The maritime activities of the model have no "registration" or "flag use": the measure is filed under insurance, the closest.`,
      sources: [S.steamship2270, S.un2270],
    },
    {
      kind: 'asset-freeze',
      id: 'dprk.government-assets',
      summary:
        "Funds and economic resources of entities of the Government of the DPRK or the Workers' Party of Korea associated with the prohibited programmes or activities are frozen.",
      citations: [{ resolution: 2270, paragraph: '32' }],
      effective: { start: '2016-03-02' },
      confidence: 'unconfirmed',
      note: P2270,
      sources: [S.un2270, S.euFinance2270],
    },
    {
      kind: 'financial',
      id: 'dprk.banks.branches',
      activity: 'banking',
      summary:
        'States prohibit the opening and operation of new branches, subsidiaries and representative offices of DPRK banks in their territories, and close existing ones.',
      citations: [{ resolution: 2270, paragraph: '33' }],
      effective: { start: '2016-03-02' },
      confidence: 'unconfirmed',
      note: P2270,
      sources: [S.un2270, S.kh2270Banks],
    },
    {
      kind: 'financial',
      id: 'dprk.banks.offices-in-dprk',
      activity: 'banking',
      summary:
        'Financial institutions may not open new representative offices, subsidiaries, branches or bank accounts in the DPRK; existing ones are closed within 90 days where they could contribute to the prohibited programmes or to sanctions violations.',
      citations: [{ resolution: 2270, paragraph: '34' }],
      effective: { start: '2016-03-02' },
      confidence: 'unconfirmed',
      note: P2270,
      sources: [S.un2270, S.kh2270Banks],
    },
    {
      kind: 'financial',
      id: 'dprk.trade-finance.2270',
      activity: 'trade-finance',
      summary:
        'States prohibit public and private financial support for trade with the DPRK where it could contribute to the prohibited programmes.',
      citations: [
        { resolution: 1874, paragraph: '20' },
        { resolution: 2270, paragraph: '36' },
      ],
      effective: { start: '2016-03-02' },
      confidence: 'unconfirmed',
      note: `${P2270} The EU transposition of 2270 lists the ban on private financing of trade; the UN summary does not mention it.`,
      sources: [S.euFinance2270],
    },
  ],
  changes: [
    {
      paragraph: '6',
      target: 'dprk.arms.supply.1874',
      type: 'amend',
      effective: '2016-03-02',
      replacement: 'dprk.arms.supply.2270',
      summary: 'The small-arms exception ends: the supply ban covers all arms.',
      confidence: 'unconfirmed',
      note: ARMS_2270,
    },
    {
      paragraph: '36',
      target: 'dprk.trade-finance.1874',
      type: 'amend',
      effective: '2016-03-02',
      replacement: 'dprk.trade-finance.2270',
      summary:
        'The call not to finance trade becomes a prohibition, and covers private as well as public support.',
      confidence: 'unconfirmed',
      note: P2270,
    },
  ],
  confidence: 'confirmed',
  note: 'Adoption date and unanimity from press and analysts; no UN press release was at hand.',
  sources: [S.acaf2270, S.st2270],
};

const thresholdNote =
  'Notice mechanics recalled (75 % and 90 % notices, a "cease for the remainder of the year" notice at 95 %) and not confirmed in any source at hand; only the existence of a "cease" notice is attested (the 2020 request of 43 States, Yonhap 2020-07-25).';

/** The threshold note of the 2375 quarter: the 2397 reading, applied to 2375 para 14. */
const threshold2375Note = `The 2397 reading, applied to the 2375 quarter: ${thresholdNote} The recalled 2375 wording is the least certain item of the reference notes.`;

const r2321: ResolutionInput = {
  symbol: 'S/RES/2321 (2016)',
  number: 2321,
  adopted: '2016-11-30',
  vote: 'unanimous',
  summary:
    'After the September 2016 nuclear test: a binding annual cap on DPRK coal exports; bans on statues, copper, nickel, silver and zinc, and on new helicopters and vessels.',
  paragraphs: [
    {
      number: '12',
      summary:
        'Vessels designated by the Committee are de-flagged, directed to a port, denied entry and frozen.',
    },
    {
      number: '26(b)',
      summary:
        'DPRK coal exports capped at US$400,870,018 or 7,500,000 metric tons, whichever is lower, in 2017.',
    },
    {
      number: '28',
      summary: 'The DPRK shall not supply copper, nickel, silver or zinc.',
      confidence: 'unconfirmed',
      note: PARA_UNCONFIRMED,
    },
    {
      number: '29',
      summary: 'The DPRK shall not supply statues.',
      confidence: 'unconfirmed',
      note: PARA_UNCONFIRMED,
    },
    { number: '30', summary: 'Supply of new helicopters and vessels to the DPRK prohibited.' },
  ],
  measures: [
    {
      kind: 'maritime',
      id: 'dprk.vessels.de-flagging',
      activity: 'de-flagging',
      summary:
        'The flag State of a vessel designated by the Committee de-flags it; it may be directed to a port and is denied port entry.',
      citations: [{ resolution: 2321, paragraph: '12' }],
      effective: { start: '2016-11-30' },
      confidence: 'confirmed',
      sources: [S.appDeflag],
    },
    {
      kind: 'quantity-cap',
      id: 'dprk.coal.cap.2017',
      summary:
        'Total DPRK coal exports to all States shall not exceed US$400,870,018 or 7,500,000 metric tons, whichever is lower, between 1 January and 31 December 2017.',
      citations: [{ resolution: 2321, paragraph: '26(b)' }],
      effective: { start: '2017-01-01', end: '2017-12-31' },
      confidence: 'unconfirmed',
      note: `The cap's wording and figures are confirmed (the 1718 Committee coal page as quoted by RedState). Monthly reporting is confirmed by the Korea Herald. ${thresholdNote.replace('for the remainder of the year', 'for the rest of the period')} For coal, UPI reports notices at 75, 90 and 95 %.`,
      sources: [S.coalPage, S.upiCoal, S.kh2017, S.usKr2321],
      commodity: 'coal',
      direction: 'from-target',
      limits: [
        { amount: '400870018', unit: 'usd' },
        { amount: '7500000', unit: 'tonne' },
      ],
      period: { kind: 'window', start: '2017-01-01', end: '2017-12-31' },
      thresholds: [
        { fraction: '0.75', effect: 'notify', confidence: 'unconfirmed', note: 'UPI 2017-01-04 only.' },
        { fraction: '0.9', effect: 'notify', confidence: 'unconfirmed', note: 'UPI 2017-01-04 only.' },
        { fraction: '0.95', effect: 'notify', confidence: 'unconfirmed', note: 'UPI 2017-01-04 only.' },
      ],
      reportingEvery: 'P1M',
    },
    ban(
      'dprk.copper.export',
      'copper',
      'from-target',
      [2321, '28'],
      '2016-11-30',
      'The DPRK shall not supply copper.',
      false,
      { sources: [S.lexology2321, S.usKr2321] },
    ),
    ban(
      'dprk.nickel.export',
      'nickel',
      'from-target',
      [2321, '28'],
      '2016-11-30',
      'The DPRK shall not supply nickel.',
      false,
      { sources: [S.lexology2321, S.usKr2321] },
    ),
    ban(
      'dprk.silver.export',
      'silver',
      'from-target',
      [2321, '28'],
      '2016-11-30',
      'The DPRK shall not supply silver.',
      false,
      { sources: [S.lexology2321, S.usKr2321] },
    ),
    ban(
      'dprk.zinc.export',
      'zinc',
      'from-target',
      [2321, '28'],
      '2016-11-30',
      'The DPRK shall not supply zinc.',
      false,
      { sources: [S.lexology2321, S.usKr2321] },
    ),
    ban(
      'dprk.statues.export',
      'statues',
      'from-target',
      [2321, '29'],
      '2016-11-30',
      'The DPRK shall not supply statues (monuments).',
      false,
      { sources: [S.lexology2321, S.usKr2321] },
    ),
    ban(
      'dprk.helicopters.supply',
      'helicopters',
      'to-target',
      [2321, '30'],
      '2016-11-30',
      'States prevent the supply of new helicopters to the DPRK.',
      true,
      { sources: [S.appVehicles] },
    ),
    ban(
      'dprk.vessels.supply',
      'vessels',
      'to-target',
      [2321, '30'],
      '2016-11-30',
      'States prevent the supply of new vessels to the DPRK.',
      true,
      { sources: [S.appVehicles] },
    ),
    {
      kind: 'other',
      id: 'dprk.scientific-cooperation',
      description:
        'States suspend scientific and technical cooperation involving persons or groups officially sponsored by or representing the DPRK, except medical exchanges; in nuclear science, aerospace and aeronautical engineering and advanced manufacturing only if the Committee decides case by case, in other fields if the State determines and notifies in advance that the activity will not contribute to the prohibited programmes.',
      summary:
        'Scientific and technical cooperation with DPRK-sponsored persons or groups suspended, except medical exchanges.',
      citations: [{ resolution: 2321, paragraph: '11' }],
      effective: { start: '2016-11-30' },
      confidence: 'confirmed',
      note: 'The model has no exceptions on an "other" measure: they are in the description.',
      sources: [S.kbs2321, S.onnScience],
    },
    {
      kind: 'financial',
      id: 'dprk.diplomatic-bank-accounts',
      activity: 'diplomatic-bank-accounts',
      summary:
        'States limit each DPRK diplomatic mission and consular post to one bank account, and each accredited DPRK diplomat or consular officer to one account.',
      citations: [{ resolution: 2321, paragraph: '16' }],
      effective: { start: '2016-11-30' },
      confidence: 'unconfirmed',
      note: 'Content confirmed through the EU transposition of 2321 (Council press release; Regulation 2017/1509, Article 29); the paragraph number 16 is not confirmed.',
      sources: [S.euPress2321, S.euAccounts],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.leasing-chartering.2321',
      activity: 'leasing-chartering',
      summary:
        'The 2270 para 19 ban on leasing or chartering vessels or aircraft, or providing crew services, to the DPRK applies without exception, unless the Committee approves case by case in advance.',
      citations: [
        { resolution: 2270, paragraph: '19' },
        { resolution: 2321, paragraph: '8' },
      ],
      effective: { start: '2016-11-30' },
      confidence: 'confirmed',
      sources: [S.appLeasing],
    },
    {
      kind: 'maritime',
      id: 'dprk.crew-services.procurement',
      activity: 'leasing-chartering',
      summary:
        'States prohibit their nationals from procuring vessel and aircraft crewing services from the DPRK.',
      citations: [{ resolution: 2321, paragraph: '23' }],
      effective: { start: '2016-11-30' },
      confidence: 'confirmed',
      sources: [S.appLeasing],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.deregistration',
      activity: 'de-flagging',
      summary:
        'States de-register any vessel owned, controlled or operated by the DPRK, and do not register a vessel de-registered by another State.',
      citations: [{ resolution: 2321, paragraph: '24' }],
      effective: { start: '2016-11-30' },
      confidence: 'confirmed',
      sources: [S.nknewsFlags],
    },
    {
      kind: 'financial',
      id: 'dprk.banks.offices-in-dprk.2321',
      activity: 'banking',
      summary:
        'States close existing representative offices, subsidiaries, branches and bank accounts in the DPRK, whatever their link to the prohibited programmes.',
      citations: [
        { resolution: 2270, paragraph: '34' },
        { resolution: 2321, paragraph: '31' },
      ],
      effective: { start: '2016-11-30' },
      confidence: 'unconfirmed',
      note: 'That 2321 instructs States to close existing offices in the DPRK is confirmed (FinCEN advisory, cut off in the copy at hand); the paragraph number 31, the period allowed and any exemptions are not.',
      sources: [S.fincen2321],
    },
    {
      kind: 'financial',
      id: 'dprk.trade-finance',
      activity: 'trade-finance',
      summary:
        'States prohibit public and private financial support for trade with the DPRK, including export credits, guarantees or insurance, unless the Committee approves case by case in advance.',
      citations: [
        { resolution: 1874, paragraph: '20' },
        { resolution: 2270, paragraph: '36' },
        { resolution: 2321, paragraph: '32' },
      ],
      effective: { start: '2016-11-30' },
      confidence: 'confirmed',
      sources: [S.appFinSupport],
    },
    {
      kind: 'other',
      id: 'dprk.specialised-teaching.2321',
      description:
        'The 2270 para 17 ban on specialized teaching or training of DPRK nationals also covers, without being limited to, advanced materials science, advanced chemical engineering, advanced mechanical engineering, advanced electrical engineering and advanced industrial engineering.',
      summary:
        'No specialized teaching or training of DPRK nationals in proliferation-sensitive disciplines, now including advanced materials science and engineering.',
      citations: [
        { resolution: 2270, paragraph: '17' },
        { resolution: 2321, paragraph: '10' },
      ],
      effective: { start: '2016-11-30' },
      confidence: 'confirmed',
      sources: [S.appTeaching],
    },
  ],
  changes: [
    {
      paragraph: '26(b)',
      target: 'dprk.coal.export.livelihood',
      type: 'supersede',
      effective: '2017-01-01',
      replacement: 'dprk.coal.cap.2017',
      summary: 'Coal exports move from the livelihood exception to a binding annual cap.',
      confidence: 'unconfirmed',
      note: "That 26(b) replaces the 2270 livelihood regime for coal from 1 January 2017 is this data's reading; 2321 also set terms for December 2016 that no source at hand gives.",
    },
    {
      paragraph: '8',
      target: 'dprk.vessels.leasing-chartering',
      type: 'amend',
      effective: '2016-11-30',
      replacement: 'dprk.vessels.leasing-chartering.2321',
      summary:
        'The livelihood exception to the leasing, chartering and crew-services ban ends: only the Committee may approve.',
      confidence: 'confirmed',
    },
    {
      paragraph: '10',
      target: 'dprk.specialised-teaching',
      type: 'amend',
      effective: '2016-11-30',
      replacement: 'dprk.specialised-teaching.2321',
      summary:
        'The banned disciplines include advanced materials science and advanced chemical, mechanical, electrical and industrial engineering.',
      confidence: 'confirmed',
    },
    {
      paragraph: '24',
      target: 'dprk.vessels.deregistration.2270',
      type: 'supersede',
      effective: '2016-11-30',
      replacement: 'dprk.vessels.deregistration',
      summary: 'De-registering DPRK-owned, -controlled or -operated vessels becomes binding.',
      confidence: 'confirmed',
    },
    {
      paragraph: '31',
      target: 'dprk.banks.offices-in-dprk',
      type: 'amend',
      effective: '2016-11-30',
      replacement: 'dprk.banks.offices-in-dprk.2321',
      summary:
        'Existing offices and accounts in the DPRK are closed whatever their link to the prohibited programmes.',
      confidence: 'unconfirmed',
      note: 'Paragraph number not confirmed.',
    },
    {
      paragraph: '32',
      target: 'dprk.trade-finance.2270',
      type: 'supersede',
      effective: '2016-11-30',
      replacement: 'dprk.trade-finance',
      summary:
        'Financial support for trade with the DPRK is prohibited whatever its purpose, unless the Committee approves.',
      confidence: 'confirmed',
    },
  ],
  confidence: 'confirmed',
  sources: [S.usKr2321],
};

const r2356: ResolutionInput = {
  symbol: 'S/RES/2356 (2017)',
  number: 2356,
  adopted: '2017-06-02',
  vote: 'unanimous',
  summary: 'Designates 14 individuals and 4 entities under 1718 paras 8(d) and 8(e); no new measures.',
  paragraphs: [],
  measures: [],
  changes: [],
  confidence: 'confirmed',
  sources: [S.loc2356, S.sc12853, S.committee],
};

const para2371 =
  'Content confirmed (UN Meetings Coverage, US fact sheet); no source at hand gives the paragraph numbers of 2371, and dprknow.jp numbers the coal clause "9" where the reference notes give "8".';

const r2371: ResolutionInput = {
  symbol: 'S/RES/2371 (2017)',
  number: 2371,
  adopted: '2017-08-05',
  vote: { inFavour: 15, against: 0, abstaining: 0 },
  summary:
    'After the July 2017 ICBM tests: full bans on DPRK exports of coal, iron, iron ore, lead, lead ore and seafood; a freeze on work authorisations; no new joint ventures.',
  paragraphs: [
    {
      number: '8',
      summary: 'Full ban on DPRK coal, iron and iron ore.',
      confidence: 'unconfirmed',
      note: para2371,
    },
    { number: '9', summary: 'Full ban on DPRK seafood.', confidence: 'unconfirmed', note: para2371 },
    {
      number: '10',
      summary: 'Full ban on DPRK lead and lead ore.',
      confidence: 'unconfirmed',
      note: para2371,
    },
    {
      number: '11',
      summary: 'No increase in work authorisations for DPRK nationals unless the Committee approves.',
      confidence: 'unconfirmed',
      note: para2371,
    },
    {
      number: '12',
      summary: 'No new joint ventures with DPRK entities or persons, nor expansion of existing ones.',
      confidence: 'unconfirmed',
      note: para2371,
    },
  ],
  measures: [
    ban(
      'dprk.coal.export',
      'coal',
      'from-target',
      [2371, '8'],
      '2017-08-05',
      'The DPRK shall not supply coal.',
      false,
      { note: para2371, sources: [S.usEg2371, S.meetings2371, S.dprknow2371] },
    ),
    ban(
      'dprk.iron.export',
      'iron',
      'from-target',
      [2371, '8'],
      '2017-08-05',
      'The DPRK shall not supply iron.',
      false,
      { note: para2371, sources: [S.usEg2371, S.meetings2371] },
    ),
    ban(
      'dprk.iron-ore.export',
      'iron-ore',
      'from-target',
      [2371, '8'],
      '2017-08-05',
      'The DPRK shall not supply iron ore.',
      false,
      { note: para2371, sources: [S.usEg2371, S.meetings2371] },
    ),
    ban(
      'dprk.seafood.export',
      'seafood',
      'from-target',
      [2371, '9'],
      '2017-08-05',
      'The DPRK shall not supply seafood (fish, crustaceans, molluscs and other aquatic invertebrates in all forms).',
      false,
      { note: para2371, sources: [S.committee, S.usEg2371] },
    ),
    ban(
      'dprk.lead.export',
      'lead',
      'from-target',
      [2371, '10'],
      '2017-08-05',
      'The DPRK shall not supply lead.',
      false,
      { note: para2371, sources: [S.committee, S.usEg2371] },
    ),
    ban(
      'dprk.lead-ore.export',
      'lead-ore',
      'from-target',
      [2371, '10'],
      '2017-08-05',
      'The DPRK shall not supply lead ore.',
      false,
      { note: para2371, sources: [S.committee, S.usEg2371] },
    ),
    {
      kind: 'labour',
      id: 'dprk.workers.authorisations-freeze',
      activity: 'work-authorisations-freeze',
      summary:
        'States shall not exceed the total number of work authorisations for DPRK nationals in their jurisdiction at adoption, unless the Committee approves.',
      citations: [{ resolution: 2371, paragraph: '11' }],
      effective: { start: '2017-08-05' },
      confidence: 'unconfirmed',
      note: para2371,
      sources: [S.meetings2371],
    },
    {
      kind: 'financial',
      id: 'dprk.joint-ventures.new',
      activity: 'joint-ventures',
      summary:
        'States prohibit the opening of new joint ventures or cooperative entities with DPRK entities or individuals, and the expansion of existing ones.',
      citations: [{ resolution: 2371, paragraph: '12' }],
      effective: { start: '2017-08-05' },
      confidence: 'unconfirmed',
      note: para2371,
      sources: [S.meetings2371],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.port-entry.designated',
      activity: 'port-entry',
      summary: 'States prohibit the entry into their ports of vessels designated by the Committee.',
      citations: [{ resolution: 2371, paragraph: '6' }],
      effective: { start: '2017-08-05' },
      confidence: 'unconfirmed',
      note: `${para2371} The 1718 Committee's description of 2371 confirms that it "prohibits port calls by designated vessels"; the first four vessels were designated on 3 October 2017.`,
      sources: [S.committeeOld, S.portBan2017],
    },
    ...(
      [
        ['coal', '8'],
        ['iron', '8'],
        ['iron-ore', '8'],
        ['seafood', '9'],
        ['lead', '10'],
        ['lead-ore', '10'],
      ] as const
    ).map(([commodity, paragraph]) =>
      ban(
        `dprk.${commodity}.export.wind-down`,
        commodity,
        'from-target',
        [2371, paragraph],
        '2017-08-05',
        `For 30 days from adoption, States may still import DPRK ${commodity.replace('-', ' ')} under written contracts finalised before adoption.`,
        false,
        {
          end: '2017-09-04',
          mode: 'conditional',
          exceptions: [
            { summary: 'Imports under written contracts finalised before 5 August 2017, for 30 days.' },
          ],
          note: `${para2371} The 30 days are confirmed only by China's implementing notice (no import formalities from 5 September 2017) and the press ("within a month"); the last day, 4 September 2017, is computed, and the terms (contracts concluded before adoption) are not confirmed. This exception is a measure of its own because the model's exceptions have no dates.`,
          sources: [S.mofcom2371],
        },
      ),
    ),
    ban(
      'dprk.coal.export.rajin-transit',
      'coal',
      'from-target',
      [2371, '8'],
      '2017-08-05',
      'Coal that originated outside the DPRK and transits it solely for export from the port of Rajin (Rason) may be procured, with advance notice to the Committee.',
      false,
      {
        mode: 'conditional',
        exceptions: [
          {
            summary:
              'Coal confirmed on credible information to originate outside the DPRK and transported through it solely for export from Rajin (Rason), notified to the Committee in advance and unrelated to revenue for the prohibited programmes.',
          },
        ],
        note: `${para2371} Content confirmed by China's implementing notice for 2371 and the EU implementing text; that text cites 2270 and 2321, so the exception predates 2371, whose coal ban keeps it. Modelled as a measure of its own because the ban it qualifies is not edited here.`,
        sources: [S.mofcom2371, S.euRajin],
      },
    ),
  ],
  changes: [
    {
      paragraph: '8',
      target: 'dprk.coal.cap.2017',
      type: 'supersede',
      effective: '2017-08-05',
      replacement: 'dprk.coal.export',
      summary: 'The 2017 coal cap gives way to a full ban.',
      confidence: 'unconfirmed',
      note: `${para2371} The ban's wind-down terms for earlier contracts are not modelled.`,
    },
    {
      paragraph: '8',
      target: 'dprk.iron.export.livelihood',
      type: 'supersede',
      effective: '2017-08-05',
      replacement: 'dprk.iron.export',
      summary: 'Iron: the livelihood exception gives way to a full ban.',
      confidence: 'unconfirmed',
      note: para2371,
    },
    {
      paragraph: '8',
      target: 'dprk.iron-ore.export.livelihood',
      type: 'supersede',
      effective: '2017-08-05',
      replacement: 'dprk.iron-ore.export',
      summary: 'Iron ore: the livelihood exception gives way to a full ban.',
      confidence: 'unconfirmed',
      note: para2371,
    },
  ],
  confidence: 'confirmed',
  sources: [S.meetings2371, S.usEg2371, S.mofa2371],
};

const para2375 =
  'Content confirmed (UN French summary, Thompson Hine, EU text); the paragraph number follows the reference notes and is not confirmed.';

const r2375: ResolutionInput = {
  symbol: 'S/RES/2375 (2017)',
  number: 2375,
  adopted: '2017-09-11',
  vote: 'unanimous',
  summary:
    'After the 3 September 2017 nuclear test: bans on condensates, natural gas liquids and textiles; caps on refined petroleum; crude held at its previous level; no new work authorisations; ship-to-ship transfers banned.',
  paragraphs: [
    {
      number: '7',
      summary:
        "States inspect vessels on the high seas with the flag State's consent where cargo is believed prohibited.",
    },
    {
      number: '11',
      summary: 'Ship-to-ship transfers to or from DPRK-flagged vessels prohibited.',
      confidence: 'unconfirmed',
      note: para2375,
    },
    {
      number: '13',
      summary: 'Supply of condensates and natural gas liquids to the DPRK prohibited.',
      confidence: 'unconfirmed',
      note: para2375,
    },
    {
      number: '14',
      summary:
        'Refined petroleum capped at 500,000 barrels for 1 October-31 December 2017 and 2,000,000 barrels a year from 1 January 2018.',
      confidence: 'unconfirmed',
      note: para2375,
    },
    {
      number: '15',
      summary: 'Crude oil held at the amount supplied in the 12 months before adoption.',
      confidence: 'unconfirmed',
      note: para2375,
    },
    { number: '16', summary: 'DPRK textile exports prohibited.', confidence: 'unconfirmed', note: para2375 },
    {
      number: '17',
      summary:
        'No new work authorisations for DPRK nationals, except under written contracts finalised before adoption.',
    },
    {
      number: '18',
      summary: 'Joint ventures with DPRK entities prohibited; existing ones closed within 120 days.',
      confidence: 'unconfirmed',
      note: para2375,
    },
  ],
  measures: [
    {
      kind: 'maritime',
      id: 'dprk.vessels.high-seas-inspection.2375',
      activity: 'inspection',
      summary:
        "States inspect vessels on the high seas, with the flag State's consent, where there are reasonable grounds to believe the cargo is prohibited.",
      citations: [{ resolution: 2375, paragraph: '7' }],
      effective: { start: '2017-09-11' },
      confidence: 'confirmed',
      sources: [S.appDeflag],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.ship-to-ship',
      activity: 'ship-to-ship-transfers',
      summary:
        'Nationals, persons and flag vessels shall not facilitate or engage in ship-to-ship transfers to or from DPRK-flagged vessels of goods supplied to or from the DPRK.',
      citations: [{ resolution: 2375, paragraph: '11' }],
      effective: { start: '2017-09-11' },
      confidence: 'unconfirmed',
      note: para2375,
      sources: [S.euSts],
    },
    ban(
      'dprk.condensates-ngl.supply',
      'condensates-ngl',
      'to-target',
      [2375, '13'],
      '2017-09-11',
      'States prevent the supply of condensates and natural gas liquids to the DPRK.',
      false,
      { note: para2375, sources: [S.fr2375, S.th2375] },
    ),
    {
      kind: 'quantity-cap',
      id: 'dprk.refined-petroleum.cap.2017q4',
      summary:
        'Refined petroleum to the DPRK not to exceed 500,000 barrels from 1 October to 31 December 2017.',
      citations: [{ resolution: 2375, paragraph: '14' }],
      effective: { start: '2017-10-01', end: '2017-12-31' },
      confidence: 'unconfirmed',
      note: `${para2375} Thresholds: the reference notes recall 75, 90 and 95 % notices for this period, the same reading as 2397 para 5; each stays unconfirmed. Reporting every 30 days is assumed from 2397 para 5.`,
      sources: [S.th2375, S.fr2375],
      commodity: 'refined-petroleum',
      direction: 'to-target',
      limits: [{ amount: '500000', unit: 'barrel' }],
      period: { kind: 'window', start: '2017-10-01', end: '2017-12-31' },
      thresholds: [
        { fraction: '0.75', effect: 'notify', confidence: 'unconfirmed', note: threshold2375Note },
        { fraction: '0.9', effect: 'notify', confidence: 'unconfirmed', note: threshold2375Note },
        { fraction: '0.95', effect: 'cease', confidence: 'unconfirmed', note: threshold2375Note },
      ],
      reportingEvery: 'P30D',
    },
    {
      kind: 'quantity-cap',
      id: 'dprk.refined-petroleum.cap.2375-annual',
      summary:
        'Refined petroleum to the DPRK not to exceed 2,000,000 barrels per year in 12-month periods from 1 January 2018 (superseded by 2397 before it applied).',
      citations: [{ resolution: 2375, paragraph: '14' }],
      effective: { start: '2018-01-01' },
      confidence: 'unconfirmed',
      note: `${para2375} Thresholds: the reference notes recall a 75 % notice and a "cease" notice at 90 % for this cap, which disagrees with the 2397 reading (cease at 95 %); no source at hand gives either, and the cap never applied (2397 para 5 superseded it before 1 January 2018), so no thresholds are modelled.`,
      sources: [S.th2375, S.fr2375],
      commodity: 'refined-petroleum',
      direction: 'to-target',
      limits: [{ amount: '2000000', unit: 'barrel' }],
      period: { kind: 'recurring', anchor: '2018-01-01', every: 'P12M' },
      thresholds: [],
      reportingEvery: 'P30D',
    },
    ban(
      'dprk.crude-oil.supply',
      'crude-oil',
      'to-target',
      [2375, '15'],
      '2017-09-11',
      'Crude oil to the DPRK may not exceed the amount supplied in the 12 months before 11 September 2017.',
      false,
      {
        mode: 'conditional',
        exceptions: [
          {
            summary:
              'Supply up to the quantity supplied in the 12 months before adoption (a figure never published, so not modelled as a quantity cap).',
          },
        ],
        note: para2375,
        sources: [S.fr2375],
      },
    ),
    ban(
      'dprk.textiles.export',
      'textiles',
      'from-target',
      [2375, '16'],
      '2017-09-11',
      'The DPRK shall not supply textiles, including fabrics and partially or fully completed apparel.',
      false,
      {
        note: `${para2375} Contracts concluded before adoption had a 90-day wind-down, not modelled.`,
        sources: [S.fr2375, S.str2375],
      },
    ),
    {
      kind: 'labour',
      id: 'dprk.workers.authorisations-ban',
      activity: 'work-authorisations-ban',
      summary:
        'States shall not provide work authorisations to DPRK nationals, except under written contracts finalised before 11 September 2017.',
      citations: [{ resolution: 2375, paragraph: '17' }],
      effective: { start: '2017-09-11' },
      confidence: 'confirmed',
      note: 'Para 17 is cited by 2397 para 8.',
      exceptions: [{ summary: 'Written contracts finalised before 11 September 2017.' }],
      sources: [S.fr2375],
    },
    {
      kind: 'financial',
      id: 'dprk.joint-ventures',
      activity: 'joint-ventures',
      summary:
        'States prohibit the opening, maintenance and operation of all joint ventures with DPRK entities or individuals; existing ones are closed within 120 days.',
      citations: [{ resolution: 2375, paragraph: '18' }],
      effective: { start: '2017-09-11' },
      confidence: 'unconfirmed',
      note: para2375,
      sources: [S.str2375],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.redirect-to-port',
      activity: 'inspection',
      summary:
        'If the flag State does not consent to a high-seas inspection, it directs the vessel to an appropriate and convenient port for inspection by the local authorities.',
      citations: [{ resolution: 2375, paragraph: '8' }],
      effective: { start: '2017-09-11' },
      confidence: 'confirmed',
      sources: [S.appDeflag],
    },
    ban(
      'dprk.textiles.export.prior-contracts',
      'textiles',
      'from-target',
      [2375, '16'],
      '2017-09-11',
      'Until 10 December 2017, States may authorise imports of DPRK textiles under written contracts finalised before 11 September 2017.',
      false,
      {
        end: '2017-12-10',
        mode: 'conditional',
        exceptions: [
          {
            summary:
              'Imports under written contracts finalised before 11 September 2017, up to 10 December 2017.',
          },
        ],
        note: `${para2375} The exception and its dates are reported by the reference notes from the EU implementing text (Open Nuclear Network database); no stored page at hand shows them. A measure of its own because the model's exceptions have no dates.`,
        sources: [S.fr2375],
      },
    ),
  ],
  changes: [
    {
      paragraph: '17',
      target: 'dprk.workers.authorisations-freeze',
      type: 'supersede',
      effective: '2017-09-11',
      replacement: 'dprk.workers.authorisations-ban',
      summary: 'The freeze on work authorisations becomes a ban on new ones.',
      confidence: 'confirmed',
    },
    {
      paragraph: '18',
      target: 'dprk.joint-ventures.new',
      type: 'supersede',
      effective: '2017-09-11',
      replacement: 'dprk.joint-ventures',
      summary: 'The ban on new joint ventures becomes a ban on all of them.',
      confidence: 'unconfirmed',
      note: para2375,
    },
  ],
  confidence: 'confirmed',
  sources: [S.th2375, S.fr2375],
};

const refinedNote = `The cap, its 12-month periods from 1 January 2018 and the 30-day notifications are confirmed: the 1718 Committee's French page (500,000 barrels per 12-month period from 1 January 2018), USUN's fact sheet, the Committee's figures as UPI and AFP reported them, and the EU's implementing text (notification every 30 days). The English Committee page named by the reference notes ("supply, sale or transfer of all refined petroleum") was not found in the stored material. Only the notice thresholds are unconfirmed, each with its own flag: ${thresholdNote}`;

const maritime2397 =
  'The maritime provisions are confirmed as a block (USUN: "OPs 9-15") and in content (UN Chinese summary); the number of each paragraph within the block is not.';

const r2397: ResolutionInput = {
  symbol: 'S/RES/2397 (2017)',
  number: 2397,
  adopted: '2017-12-22',
  vote: { inFavour: 15, against: 0, abstaining: 0 },
  summary:
    'After the 28 November 2017 ICBM launch: refined petroleum cut to 500,000 barrels a year, crude capped, new export and import bans, workers repatriated within 24 months, maritime enforcement.',
  paragraphs: [
    {
      number: '4',
      summary:
        'Crude oil capped at 4 million barrels or 525,000 tons per 12 months from 22 December 2017; reports every 90 days.',
    },
    {
      number: '5',
      summary:
        'All refined petroleum banned beyond 500,000 barrels per 12 months from 1 January 2018; notifications every 30 days with all parties.',
    },
    {
      number: '6',
      summary:
        'DPRK exports of food and agricultural products, machinery, electrical equipment, earth and stone, wood and vessels prohibited; no sale of fishing rights.',
    },
    {
      number: '7',
      summary:
        'Supply to the DPRK of industrial machinery, transportation vehicles, iron, steel and other metals prohibited, except spare parts for civilian passenger aircraft.',
      confidence: 'unconfirmed',
      note: 'Content confirmed (1718 Committee); the paragraph number is not.',
    },
    {
      number: '8',
      summary:
        'DPRK nationals earning income abroad repatriated within 24 months; midterm report at 15 months, final report at 27 months.',
    },
    {
      number: '9',
      summary:
        'Maritime enforcement (paras 9-15): seize, inspect and freeze vessels in port involved in prohibited activities.',
      confidence: 'unconfirmed',
      note: maritime2397,
    },
    { number: '14', summary: 'Supply of any new or used vessels to the DPRK prohibited.' },
    {
      number: '27',
      summary:
        'The Council will further restrict petroleum exports after another nuclear test or ICBM launch.',
    },
    {
      number: '28',
      summary:
        "Keeps the DPRK's actions under review; prepared to strengthen, modify, suspend or lift the measures in light of compliance.",
      confidence: 'unconfirmed',
      note: 'Recalled; the same wording is confirmed for 2087 para 19.',
    },
  ],
  measures: [
    {
      kind: 'quantity-cap',
      id: 'dprk.crude-oil.cap',
      summary:
        'Crude oil to the DPRK capped at 4 million barrels or 525,000 tons in the aggregate per 12-month period from 22 December 2017, reported every 90 days.',
      citations: [{ resolution: 2397, paragraph: '4' }],
      effective: { start: '2017-12-22' },
      confidence: 'confirmed',
      note: 'Whether "or" means whichever limit is reached first is not stated in any source at hand; the cap is modelled as reached when either is.',
      sources: [S.usun8238, S.committee],
      commodity: 'crude-oil',
      direction: 'to-target',
      limits: [
        { amount: '4000000', unit: 'barrel' },
        { amount: '525000', unit: 'tonne' },
      ],
      period: { kind: 'recurring', anchor: '2017-12-22', every: 'P12M' },
      thresholds: [],
      reportingEvery: 'P90D',
    },
    {
      kind: 'quantity-cap',
      id: 'dprk.refined-petroleum.cap',
      summary:
        'All refined petroleum products, including diesel and kerosene, banned to the DPRK beyond 500,000 barrels during 12-month periods beginning 1 January 2018.',
      citations: [{ resolution: 2397, paragraph: '5' }],
      effective: { start: '2018-01-01' },
      confidence: 'confirmed',
      note: refinedNote,
      sources: [S.refinedFr, S.usun8238, S.committee, S.upi2018Cap, S.afp2018Cap, S.euRefined30],
      commodity: 'refined-petroleum',
      direction: 'to-target',
      limits: [{ amount: '500000', unit: 'barrel' }],
      period: { kind: 'recurring', anchor: '2018-01-01', every: 'P12M' },
      thresholds: [
        { fraction: '0.75', effect: 'notify', confidence: 'unconfirmed', note: thresholdNote },
        { fraction: '0.9', effect: 'notify', confidence: 'unconfirmed', note: thresholdNote },
        { fraction: '0.95', effect: 'cease', confidence: 'unconfirmed', note: thresholdNote },
      ],
      reportingEvery: 'P30D',
    },
    ...(
      [
        ['food-agricultural', 'food and agricultural products', ['07', '08', '12']],
        ['machinery', 'machinery', ['84']],
        ['electrical-equipment', 'electrical equipment', ['85']],
        ['earth-stone', 'earth and stone, including magnesite and magnesia', ['25']],
        ['wood', 'wood', ['44']],
        ['vessels', 'vessels', ['89']],
      ] as const
    ).map(([commodity, name, hs]) =>
      ban(
        `dprk.${commodity}.export`,
        commodity,
        'from-target',
        [2397, '6'],
        '2017-12-22',
        `The DPRK shall not supply ${name}.`,
        commodity === 'vessels',
        {
          hsCodes: [...hs],
          ...(commodity === 'vessels'
            ? {}
            : {
                note: 'Para 6 and the item are confirmed (1718 Committee; unsanctionsapp quoting "vessels (HS code 89)"); the HS chapter comes from a secondary summary only.',
              }),
          sources: [S.committee, S.appVehicles, S.weblio2397],
        },
      ),
    ),
    {
      kind: 'other',
      id: 'dprk.fishing-rights',
      description: 'The DPRK shall not sell or transfer fishing rights.',
      summary: 'The DPRK shall not sell or transfer fishing rights.',
      citations: [{ resolution: 2397, paragraph: '6' }],
      effective: { start: '2017-12-22' },
      confidence: 'confirmed',
      sources: [S.committee],
    },
    ...(
      [
        ['industrial-machinery', 'industrial machinery'],
        ['transport-vehicles', 'transportation vehicles'],
        ['iron-steel-metals', 'iron, steel and other metals'],
      ] as const
    ).map(([commodity, name]) =>
      ban(
        `dprk.${commodity}.supply`,
        commodity,
        'to-target',
        [2397, '7'],
        '2017-12-22',
        `States prevent the supply to the DPRK of ${name}.`,
        false,
        {
          exceptions: [
            {
              summary:
                'Spare parts needed to maintain DPRK commercial civilian passenger aircraft currently in use.',
            },
          ],
          note: 'Content confirmed (1718 Committee resolutions page); the paragraph number 7 is not. The HS chapters (72 to 89 for the whole ban) come from a secondary summary.',
          sources: [S.committee, S.weblio2397],
        },
      ),
    ),
    {
      kind: 'labour',
      id: 'dprk.workers.repatriation',
      activity: 'repatriation',
      summary:
        'States repatriate all DPRK nationals earning income in their jurisdiction, and the safety-oversight attachés monitoring them, immediately and no later than 24 months from 22 December 2017.',
      citations: [{ resolution: 2397, paragraph: '8' }],
      effective: { start: '2017-12-22' },
      confidence: 'confirmed',
      note: 'Deadline and report dates are computed from 22 December 2017: 24, 15 and 27 months.',
      deadline: '2019-12-22',
      reports: [
        { name: 'midterm report on nationals repatriated in the first 12 months', due: '2019-03-22' },
        { name: 'final report on all nationals repatriated', due: '2020-03-22' },
      ],
      sources: [S.zh2397, S.usun8238],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.impoundment',
      activity: 'impoundment',
      summary:
        'States seize, inspect and freeze (impound) any vessel in their ports, and may do so in their territorial waters, that was involved in prohibited activities; the Committee may lift it case by case after six months.',
      citations: [{ resolution: 2397, paragraph: '9' }],
      effective: { start: '2017-12-22' },
      confidence: 'unconfirmed',
      note: maritime2397,
      sources: [S.usun8238, S.zh2397],
    },
    {
      kind: 'maritime',
      id: 'dprk.vessels.insurance',
      activity: 'insurance',
      summary:
        'No insurance or reinsurance for vessels involved in prohibited activities; such vessels are de-registered.',
      citations: [{ resolution: 2397, paragraph: '9' }],
      effective: { start: '2017-12-22' },
      confidence: 'unconfirmed',
      note: `${maritime2397} Cited to para 9 as the block's first paragraph.`,
      sources: [S.zh2397],
    },
    ban(
      'dprk.vessels.supply.2397',
      'vessels',
      'to-target',
      [2397, '14'],
      '2017-12-22',
      'States prevent the supply of any new or used vessels to the DPRK.',
      true,
      { sources: [S.appVehicles] },
    ),
    {
      kind: 'maritime',
      id: 'dprk.vessels.deregistration.2397',
      activity: 'de-flagging',
      summary:
        'Flag States de-register vessels involved in prohibited activities or the transport of prohibited items.',
      citations: [{ resolution: 2397, paragraph: '12' }],
      effective: { start: '2017-12-22' },
      confidence: 'unconfirmed',
      note: `${maritime2397} De-registration is also in the summary of dprk.vessels.insurance, cited to the block's first paragraph; this measure gives it its own entry.`,
      sources: [S.zh2397, S.usun8238],
    },
    {
      kind: 'other',
      id: 'dprk.workers.repatriation.exception',
      description:
        'The repatriation duty does not apply to a DPRK national whom the Member State determines to be its own national, or whose repatriation is prohibited under applicable national and international law, including international refugee law and international human rights law, the UN Headquarters Agreement and the Convention on the Privileges and Immunities of the United Nations.',
      summary:
        "Exception to repatriation: the host State's own nationals, refugees and others whose return the law prohibits.",
      citations: [{ resolution: 2397, paragraph: '8' }],
      effective: { start: '2017-12-22' },
      confidence: 'confirmed',
      note: 'Read in the text of para 8 as quoted in a public discussion (the quote also recalls "paragraph 17 of resolution 2375", as para 8 does). A measure of its own because dprk.workers.repatriation is not edited here.',
      sources: [S.repatriationText],
    },
  ],
  changes: [
    {
      paragraph: '4',
      target: 'dprk.crude-oil.supply',
      type: 'supersede',
      effective: '2017-12-22',
      replacement: 'dprk.crude-oil.cap',
      summary: 'Crude oil moves from "no more than the previous 12 months" to a fixed cap.',
      confidence: 'confirmed',
    },
    {
      paragraph: '5',
      target: 'dprk.refined-petroleum.cap.2375-annual',
      type: 'supersede',
      effective: '2018-01-01',
      replacement: 'dprk.refined-petroleum.cap',
      summary: 'The 2,000,000-barrel annual cap is cut by 75 % to 500,000 barrels before it applies.',
      confidence: 'confirmed',
    },
    {
      paragraph: '14',
      target: 'dprk.vessels.supply',
      type: 'amend',
      effective: '2017-12-22',
      replacement: 'dprk.vessels.supply.2397',
      summary: 'The ban on new vessels extends to used ones.',
      confidence: 'confirmed',
    },
  ],
  confidence: 'confirmed',
  sources: [S.av2397, S.usun8238, S.committee, S.mofa2397, S.sc13162],
};

// The Panel of Experts' renewals (paragraph 1 of each, except 2094 para 29 above), each read in the official text.
const r1928 = panelRenewal(1928, '2010-06-07', '2011-06-12', [S.akn1928, S.sc9946]);
const r1985 = panelRenewal(1985, '2011-06-10', '2012-06-12', [S.akn1985, S.sc10277]);
const r2050 = panelRenewal(2050, '2012-06-12', '2013-07-12', [S.akn2050]);
const r2141 = panelRenewal(2141, '2014-03-05', '2015-04-05', [S.akn2141]);
const r2207 = panelRenewal(2207, '2015-03-04', '2016-04-05', [S.akn2207, S.sc11806]);
const r2276 = panelRenewal(2276, '2016-03-24', '2017-04-24', [S.akn2276]);
const r2345 = panelRenewal(2345, '2017-03-23', '2018-04-24', [S.akn2345]);
const r2407 = panelRenewal(2407, '2018-03-21', '2019-04-24', [S.akn2407, S.sc13256]);
const r2464 = panelRenewal(2464, '2019-04-10', '2020-04-24', [S.akn2464]);
const r2515 = panelRenewal(
  2515,
  '2020-03-30',
  '2021-04-30',
  [S.akn2515],
  panelDeadlines(2515, 2020, {
    review: '2021-03-26',
    midterm: '2020-08-03',
    midtermCouncil: '2020-09-04',
    final: '2021-02-05',
    finalCouncil: '2021-03-05',
  }),
);
const r2569 = panelRenewal(
  2569,
  '2021-03-26',
  '2022-04-30',
  [S.akn2569],
  panelDeadlines(2569, 2021, {
    review: '2022-03-25',
    midterm: '2021-08-03',
    midtermCouncil: '2021-09-06',
    final: '2022-01-28',
    finalCouncil: '2022-02-25',
  }),
);
const r2627 = panelRenewal(
  2627,
  '2022-03-25',
  '2023-04-30',
  [S.akn2627],
  panelDeadlines(2627, 2022, {
    review: '2023-03-25',
    midterm: '2022-08-03',
    midtermCouncil: '2022-09-06',
    final: '2023-02-03',
    finalCouncil: '2023-03-03',
  }),
);
const r2680: ResolutionInput = {
  ...panelRenewal(
    2680,
    '2023-03-23',
    '2024-04-30',
    [S.akn2680, S.sc15648, S.menafn2024, S.akn2024draft],
    panelDeadlines(2680, 2023, {
      review: '2024-03-22',
      midterm: '2023-08-04',
      midtermCouncil: '2023-09-08',
      final: '2024-02-02',
      finalCouncil: '2024-03-08',
    }),
  ),
  note: `The last renewal. ${PANEL_END}`,
};

/**
 * The input (JSON) form of {@link dprk1718}.
 *
 * @category Data
 */
export const dprk1718Input: z.input<typeof RegimeSchema> = /* @__PURE__ */ deepFreeze({
  id: 'dprk-1718',
  title:
    "Democratic People's Republic of Korea: the sanctions regime of resolution 1718 (2006) and its successors",
  target: 'PRK',
  committee: 'Security Council Committee established pursuant to resolution 1718 (2006)',
  foundingResolution: 1718,
  openSanctionsProgram: 'UN-SC1718',
  resolutions: [
    r1718,
    r1874,
    r1928,
    r1985,
    r2050,
    r2087,
    r2094,
    r2141,
    r2207,
    r2270,
    r2276,
    r2321,
    r2345,
    r2356,
    r2371,
    r2375,
    r2397,
    r2407,
    r2464,
    r2515,
    r2569,
    r2627,
    r2680,
  ],
  note: 'The measures of resolutions 1718 to 2397 (2006-2017), and the Panel of Experts (1874 para 26) with every renewal through 2680 (2023); the Panel ended on 30 April 2024, when the draft renewal S/2024/255 had failed. Designation-only content (lists of persons and entities) is not modelled. Facts marked unconfirmed say what is missing.',
  sources: [S.committee, S.sc13162],
} satisfies z.input<typeof RegimeSchema>);

/**
 * The DPRK sanctions regime, resolutions 1718 (2006) to 2397 (2017), paragraph by paragraph, each measure cited,
 * and the Panel of Experts (1874 para 26) with its renewals through 2680 (2023).
 *
 * @example
 * ```ts
 * import { dprk1718 } from 'sanctions-regime/data';
 * dprk1718.resolutions.filter((r) => r.measures.length > 0).map((r) => r.number).join(' '); //=> '1718 1874 2094 2270 2321 2371 2375 2397'
 * dprk1718.resolutions.at(-1)?.number; //=> 2680
 * ```
 * @category Data
 */
export const dprk1718: Regime = /* @__PURE__ */ RegimeSchema.parse(dprk1718Input);

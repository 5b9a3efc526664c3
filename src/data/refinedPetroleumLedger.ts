// The refined-petroleum ledger of the DPRK cap (2397 para 5) that public sources allow: officially notified
// figures as the press reported them from the 1718 Committee's website, and the figures other States alleged or
// estimated. Quantities are kept in the unit published; no product factor was published for the tonnes, so they
// are not converted.
import type { LedgerEntryInput } from '../caps/ledgerEntry.js';
import { deepFreeze } from '../internal/frozen.js';

const CAP = 'dprk.refined-petroleum.cap';

const upi2018 = {
  document:
    'UPI, 2018-06-28: "Russia, China provided nearly 9,000 tons of fuel assistance to North Korea" (1718 Committee figures, January-April 2018)',
  url: 'https://www.upi.com/Top_News/World-News/2018/06/28/Russia-China-provided-nearly-9000-tons-of-fuel-assistance-to-North-Korea/3841530193301/',
  date: '2018-06-28',
  quote: 'China delivered 4,470 tons and Russia exported 4,148 tons',
  note: 'By month, China and Russia combined: 570 t, 3,275 t, 4,337 t, 438 t; by reporter for January-April, China 4,470 t and Russia 4,148 t ("8,618 tons"), 2 t less than the monthly figures add to. Both are kept as published.',
} as const;
const kh2020 = {
  document:
    'Korea Herald (Yonhap), 2020-02-21: "China, Russia supply combined 53,000 tons of refined oil to N. Korea last year"',
  url: 'http://www.koreaherald.com/view.php?ud=20200221000428',
  date: '2020-02-21',
} as const;
const yonhap2024 = {
  document:
    'Yonhap via Korea News Gazette, January 2024: "Russia Reports Supply of 100,000 Barrels of Refined Petroleum to North Korea in 2023" (1718 Committee data)',
  url: 'https://www.koreanewsgazette.com/russia-reports-supply-of-100000-barrels-of-refined-petroleum-to-north-korea-in-2023/',
  date: '2024-01-31',
  note: 'The stored copy is undated; NK News reported the same figures in January 2024 (nknews.org/2024/01/north-korea-imported-over-100000-barrels-of-petroleum-from-russia-last-year/), so 31 January 2024 is an upper bound.',
} as const;
const RUS_BBL_REPORTED = '2024-01-31';
const JAN_FEB = 'exports of 44,655 barrels and 10,666 barrels for these months';
const MAR_DEC = '50,523 barrels of refined petroleum to North Korea from March to December';
/** The note of an entry whose `reported` date is the press date of its source. */
const PRESS_DATE =
  'Reported: the press date of the source, an upper bound (the Committee may have published the figure earlier).';
const RUS_BBL_NOTE =
  "Reported: January 2024 at the latest (the source is undated), an upper bound; the Committee published Russia's figures earlier.";

const monthly2018 = [
  ['01', '2018-01-31', '570'],
  ['02', '2018-02-28', '3275'],
  ['03', '2018-03-31', '4337'],
  ['04', '2018-04-30', '438'],
] as const;

/**
 * The refined-petroleum ledger of the DPRK cap (`dprk.refined-petroleum.cap`), each entry cited: official
 * notifications for 2018 (in tonnes, by month for January to April, then the year's total, which supersedes them),
 * 2019 (tonnes, by reporter), 2020, 2021 and 2024 (barrels), Russia's 2018, 2019 and 2023 totals in barrels (the 2023
 * total superseding its published parts), each with the date it was published; the United States' capacity estimates for 2018 (759,793
 * barrels for 1 January to 30 May, then 3.78 million for the year, which replaces it), the 2020 complaint of 43
 * States and the 2024 allegation about Russia.
 *
 * @example
 * ```ts
 * import { refinedPetroleumLedger } from 'sanctions-regime/data';
 * refinedPetroleumLedger.filter((e) => e.basis === 'alleged').length; //=> 2
 * ```
 * @category Data
 */
export const refinedPetroleumLedger: readonly LedgerEntryInput[] = /* @__PURE__ */ deepFreeze([
  ...monthly2018.map(
    ([month, last, tonnes]): LedgerEntryInput => ({
      id: `official-2018-${month}`,
      cap: CAP,
      delivered: `2018-${month}-01`,
      deliveredThrough: last,
      reported: '2018-06-28',
      quantity: { amount: tonnes, unit: 'tonne' },
      reporter: 'CHN+RUS',
      basis: 'reported',
      source: upi2018,
      note: `China and Russia combined, as notified to the 1718 Committee; no product breakdown, so no conversion factor applies. ${PRESS_DATE}`,
    }),
  ),
  {
    id: 'official-2018',
    cap: CAP,
    delivered: '2018-01-01',
    deliveredThrough: '2018-12-31',
    reported: '2020-02-21',
    quantity: { amount: '48430', unit: 'tonne' },
    reporter: 'CHN+RUS',
    basis: 'reported',
    source: { ...kh2020, quote: 'a slight increase from 48,430 tons the two countries provided' },
    supersedes: ['official-2018-01', 'official-2018-02', 'official-2018-03', 'official-2018-04'],
    note: `China and Russia for 2018 as a whole: it replaces the January-April entries it includes. In tonnes, so never added to Russia's 2018 barrels (official-2018-rus-bbl), which it also includes. ${PRESS_DATE}`,
  },
  {
    id: 'official-2019-chn',
    cap: CAP,
    delivered: '2019-01-01',
    deliveredThrough: '2019-12-31',
    reported: '2020-02-21',
    quantity: { amount: '22730', unit: 'tonne' },
    reporter: 'CHN',
    basis: 'reported',
    source: {
      ...kh2020,
      quote: 'China and Russia shipped 22,730 tons and 30,180 tons of refined oil, respectively',
    },
    note: `The press put China and Russia together at "53,000 tons, or 418,000 barrels" (about 83 % of the cap); that barrel figure is rounded and its factor unpublished, so it is not used. ${PRESS_DATE}`,
  },
  {
    id: 'official-2019-rus',
    cap: CAP,
    delivered: '2019-01-01',
    deliveredThrough: '2019-12-31',
    reported: '2020-02-21',
    quantity: { amount: '30180', unit: 'tonne' },
    reporter: 'RUS',
    basis: 'reported',
    source: {
      ...kh2020,
      quote: 'China and Russia shipped 22,730 tons and 30,180 tons of refined oil, respectively',
    },
    note: PRESS_DATE,
  },
  {
    id: 'official-2018-rus-bbl',
    cap: CAP,
    delivered: '2018-01-01',
    deliveredThrough: '2018-12-31',
    reported: RUS_BBL_REPORTED,
    quantity: { amount: '241114', unit: 'barrel' },
    reporter: 'RUS',
    basis: 'reported',
    source: { ...yonhap2024, quote: 'Russia exported 241,114 barrels and 277,365 barrels' },
    note: `Russia's 2018 total in barrels; part of official-2018 (tonnes, not converted, so the two never add). ${RUS_BBL_NOTE}`,
  },
  {
    id: 'official-2019-rus-bbl',
    cap: CAP,
    delivered: '2019-01-01',
    deliveredThrough: '2019-12-31',
    reported: RUS_BBL_REPORTED,
    quantity: { amount: '277365', unit: 'barrel' },
    reporter: 'RUS',
    basis: 'reported',
    source: { ...yonhap2024, quote: 'Russia exported 241,114 barrels and 277,365 barrels' },
    supersedes: ['official-2019-rus'],
    note: `Russia's 2019 total in barrels: it replaces the same deliveries in tonnes (official-2019-rus). ${RUS_BBL_NOTE}`,
  },
  ...(
    [
      ['official-2023-01-rus', '2023-01-01', '2023-01-31', '44655', JAN_FEB],
      ['official-2023-02-rus', '2023-02-01', '2023-02-28', '10666', JAN_FEB],
      ['official-2023-03/12-rus', '2023-03-01', '2023-12-31', '50523', MAR_DEC],
    ] as const
  ).map(
    ([id, from, through, barrels, quote]): LedgerEntryInput => ({
      id,
      cap: CAP,
      delivered: from,
      deliveredThrough: through,
      reported: RUS_BBL_REPORTED,
      quantity: { amount: barrels, unit: 'barrel' },
      reporter: 'RUS',
      basis: 'reported',
      source: { ...yonhap2024, quote },
      note: `Russia, 2023, as published (January, February, March-December). ${RUS_BBL_NOTE}`,
    }),
  ),
  {
    id: 'official-2023-rus-bbl',
    cap: CAP,
    delivered: '2023-01-01',
    deliveredThrough: '2023-12-31',
    reported: RUS_BBL_REPORTED,
    quantity: { amount: '105845', unit: 'barrel' },
    reporter: 'RUS',
    basis: 'reported',
    source: { ...yonhap2024, quote: 'a total of 105,845 barrels of refined petroleum' },
    supersedes: ['official-2023-01-rus', 'official-2023-02-rus', 'official-2023-03/12-rus'],
    note: `Russia's 2023 total as published; its parts add to 105,844 barrels, and both are kept as published. ${RUS_BBL_NOTE}`,
  },
  {
    id: 'official-2020-01/05',
    cap: CAP,
    delivered: '2020-01-01',
    deliveredThrough: '2020-05-31',
    reported: '2020-07-25',
    quantity: { amount: '106094.17', unit: 'barrel' },
    reporter: 'CHN+RUS',
    basis: 'reported',
    source: {
      document: 'Yonhap, 2020-07-25: 43 countries accuse North Korea of exceeding the refined petroleum cap',
      url: 'https://en.yna.co.kr/view/AEN20200725000300325',
      date: '2020-07-25',
      quote: '106,094.17 barrels',
    },
    note: `China and Russia combined, January-May 2020, as quoted in the complaint of 43 States (21.22 % of the cap). ${PRESS_DATE}`,
  },
  {
    id: 'official-2020-01/08',
    cap: CAP,
    delivered: '2020-01-01',
    deliveredThrough: '2020-08-31',
    reported: '2020-10-01',
    quantity: { amount: '129706', unit: 'barrel' },
    reporter: 'CHN+RUS',
    basis: 'reported',
    source: {
      document: 'Korea Herald, 2020-10-01: North Korea refined oil imports, January-August 2020',
      url: 'http://www.koreaherald.com/view.php?ud=20201001000069',
      date: '2020-10-01',
    },
    corrects: 'official-2020-01/05',
    note: `The January-August total (17,294 t = 129,706 bbl, 25.94 %) replaces the January-May figure it includes. ${PRESS_DATE}`,
  },
  {
    id: 'official-2021-chn',
    cap: CAP,
    delivered: '2021-01-01',
    deliveredThrough: '2021-12-31',
    reported: '2022-03-23',
    quantity: { amount: '91909', unit: 'barrel' },
    reporter: 'CHN',
    basis: 'reported',
    source: {
      document:
        'Korea Herald, 2022-03-23: China supplied 91,909 barrels of refined petroleum to North Korea in 2021',
      url: 'http://www.koreaherald.com/view.php?ud=20220323000668',
      date: '2022-03-23',
      quote: 'approximately 18.4 percent',
    },
    note: PRESS_DATE,
  },
  {
    id: 'official-2021-rus',
    cap: CAP,
    delivered: '2021-01-01',
    deliveredThrough: '2021-12-31',
    reported: '2022-03-23',
    quantity: { amount: '0', unit: 'barrel' },
    reporter: 'RUS',
    basis: 'reported',
    source: {
      document: 'Korea Herald, 2022-03-23 (Russia reported no supply in 2021)',
      url: 'http://www.koreaherald.com/view.php?ud=20220323000668',
      date: '2022-03-23',
    },
    note: PRESS_DATE,
  },
  {
    id: 'official-2024-01/08',
    cap: CAP,
    delivered: '2024-01-01',
    deliveredThrough: '2024-08-31',
    reported: '2024-12-04',
    quantity: { amount: '168679', unit: 'barrel' },
    reporter: 'CHN+RUS',
    basis: 'reported',
    source: {
      document: 'Korea Herald (Yonhap), December 2024: refined petroleum notified as of 4 December 2024',
      url: 'https://www.koreaherald.com/article/10382149',
      date: '2024-12-04',
      quote: '168,679 barrels as of Dec. 4',
    },
    note: 'China January-August and Russia January only (Russia skipped reports from February 2024). Reported: the date the Committee\'s table is stated as of ("as of Dec. 4"); the article itself, which says the website "showed Friday", is of 6 December 2024 or later, so this date is stated on the source, not its press date.',
  },
  {
    id: 'usa-2018-01/05',
    cap: CAP,
    delivered: '2018-01-01',
    deliveredThrough: '2018-05-30',
    reported: '2018-07-12',
    quantity: { amount: '759793', unit: 'barrel' },
    reporter: 'USA',
    basis: 'estimated',
    source: {
      document:
        'AFP, 12 July 2018, as printed by The Sun (13 July 2018): "US asks UN to cut off oil products to North Korea" (the US report to the 1718 Committee)',
      url: 'http://sunnewsonline.com/us-asks-un-to-cut-off-oil-products-to-north-korea/',
      date: '2018-07-13',
      quote:
        'estimated that at least 759,793 barrels of oil products had been delivered to North Korea between January 1 and May 30',
    },
    note: 'A capacity estimate, not a measured delivery: the United States counted at least 89 port calls of DPRK tankers "likely to deliver" refined products obtained in ship-to-ship transfers (same AFP text) and asked the Committee to declare the cap breached. Basis "estimated": the figure is tanker capacity times port calls, which is what that basis means in this ledger; "alleged" would put it beside claims of fact. The same submission, as Reuters read it (The Straits Times, 14 July 2018, https://www.straitstimes.com/world/us-accuses-n-korea-of-breaching-un-sanctions), gives 1,367,628 barrels "if fully loaded at around 90 per cent laden"; 759,793 is consistent with tankers about half laden. That alternative is this note, not an entry, so no report can add it to this one. Reported: the submission is dated 12 July 2018 (Reuters via insurancemarinenews: "submitted on July 12th"; AFP\'s story is of 12 July, e.vnexpress.net). The reference notes also name oilprice.com (2018-07-13), not found in the stored material; AP\'s article of 12 July 2018, cited here before, does not give the figure.',
  },
  {
    id: 'usa-2018-estimate',
    cap: CAP,
    delivered: '2018-01-01',
    deliveredThrough: '2018-12-31',
    reported: '2019-03-21',
    quantity: { amount: '3780000', unit: 'barrel' },
    reporter: 'USA',
    basis: 'estimated',
    source: {
      document: 'Bloomberg via World Oil, 2019-03-21: US advisory on North Korea shipping',
      date: '2019-03-21',
      quote: 'as much as seven-and-a-half times the allowed amount',
    },
    corrects: 'usa-2018-01/05',
    note: "At least 263 tanker deliveries in 2018; 3.78 million barrels if every tanker was fully laden. The United States' estimate for the whole of 2018 replaces its January-May estimate of July 2018, which it includes, so the two are never added.",
  },
  {
    id: 'group-of-43-2020-01/05',
    cap: CAP,
    delivered: '2020-01-01',
    deliveredThrough: '2020-05-31',
    reported: '2020-07-25',
    quantity: { amount: '1600000', unit: 'barrel' },
    reporter: 'Group-of-43',
    basis: 'alleged',
    source: {
      document: 'Yonhap, 2020-07-25: 43 countries accuse North Korea of exceeding the refined petroleum cap',
      url: 'https://en.yna.co.kr/view/AEN20200725000300325',
      date: '2020-07-25',
      quote: 'more than 1.6 million barrels',
    },
    note: 'A lower bound ("more than"), from 56 illicit tanker deliveries; submitted by the United States with 42 other States.',
  },
  {
    id: 'usa-2024-03-rus',
    cap: CAP,
    delivered: '2024-03-01',
    deliveredThrough: '2024-03-31',
    reported: '2024-05-02',
    quantity: { amount: '165000', unit: 'barrel' },
    reporter: 'USA',
    basis: 'alleged',
    source: {
      document:
        'KBS World, 3 May 2024: "White House: Russia Shipping Oil to N. Korea above UN-Mandated Levels" (John Kirby, NSC)',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=185241',
      date: '2024-05-03',
      quote: 'Russia shipped more than 165-thousand barrels of refined oil to North Korea in March alone',
    },
    note: 'A lower bound: Russian deliveries in March 2024 alone; the US said the annual cap had already been surpassed. Reported: stated on 2 May 2024 (KBS: Kirby "said on Thursday", in a report of Friday 3 May; Kyiv Independent, citing Reuters: "said on May 2"). The Korea Herald of December 2024 (koreaherald.com/article/10382149), cited here before, only recalls it ("said in May").',
  },
]);

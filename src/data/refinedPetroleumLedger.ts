// The refined-petroleum ledger of the DPRK cap (2397 para 5) that public sources allow: officially notified
// figures as the press reported them from the 1718 Committee's website, and the figures other States alleged or
// estimated. Quantities are kept in the unit published; no product factor was published for the tonnes, so they
// are not converted.
import type { LedgerEntryInput } from '../caps/ledgerEntry.js';

const CAP = 'dprk.refined-petroleum.cap';

const upi2018 = {
  document:
    'UPI, 2018-06-28: China and Russia refined petroleum deliveries to North Korea, January-April 2018 (1718 Committee figures)',
  date: '2018-06-28',
  note: 'By month, China and Russia combined: 570 t, 3,275 t, 4,337 t, 438 t; by reporter for January-April, China 4,470 t and Russia 4,148 t ("8,618 tons"), 2 t less than the monthly figures add to.',
} as const;
const kh2020 = {
  document: 'Korea Herald (Yonhap), 2020-02-21: North Korea refined petroleum imports in 2018 and 2019',
  url: 'http://www.koreaherald.com/view.php?ud=20200221000428',
  date: '2020-02-21',
} as const;

const monthly2018 = [
  ['01', '2018-01-31', '570'],
  ['02', '2018-02-28', '3275'],
  ['03', '2018-03-31', '4337'],
  ['04', '2018-04-30', '438'],
] as const;

/**
 * The refined-petroleum ledger of the DPRK cap (`dprk.refined-petroleum.cap`), each entry cited: official
 * notifications for 2018 (in tonnes, by month for January to April), 2019 (tonnes, by reporter), 2020, 2021 and
 * 2024 (barrels); the United States' allegation of 759,793 barrels for 1 January to 30 May 2018, its 2019 estimate
 * for 2018 from tanker capacity, the 2020 complaint of 43 States and the 2024 allegation about Russia.
 *
 * @example
 * ```ts
 * import { refinedPetroleumLedger } from 'sanctions-regime/data';
 * refinedPetroleumLedger.filter((e) => e.basis === 'alleged').length; //=> 3
 * ```
 * @category Data
 */
export const refinedPetroleumLedger: readonly LedgerEntryInput[] = Object.freeze([
  ...monthly2018.map(
    ([month, last, tonnes]): LedgerEntryInput => ({
      id: `official-2018-${month}`,
      cap: CAP,
      delivered: `2018-${month}-01`,
      deliveredThrough: last,
      quantity: { amount: tonnes, unit: 'tonne' },
      reporter: 'CHN+RUS',
      basis: 'reported',
      source: upi2018,
      note: 'China and Russia combined, as notified to the 1718 Committee; no product breakdown, so no conversion factor applies.',
    }),
  ),
  {
    id: 'official-2018-05/12',
    cap: CAP,
    delivered: '2018-05-01',
    deliveredThrough: '2018-12-31',
    quantity: { amount: '39810', unit: 'tonne' },
    reporter: 'CHN+RUS',
    basis: 'reported',
    source: kh2020,
    note: 'Derived, not published as such: the 48,430 t notified for 2018 as a whole (Korea Herald/Yonhap 2020-02-21) less the 8,620 t of January-April (UPI). AFP reported "about 14,000 tons" notified by about July 2018.',
  },
  {
    id: 'official-2019-chn',
    cap: CAP,
    delivered: '2019-01-01',
    deliveredThrough: '2019-12-31',
    quantity: { amount: '22730', unit: 'tonne' },
    reporter: 'CHN',
    basis: 'reported',
    source: kh2020,
    note: 'The press put China and Russia together at "53,000 tons, or 418,000 barrels" (about 83 % of the cap); that barrel figure is rounded and its factor unpublished, so it is not used.',
  },
  {
    id: 'official-2019-rus',
    cap: CAP,
    delivered: '2019-01-01',
    deliveredThrough: '2019-12-31',
    quantity: { amount: '30180', unit: 'tonne' },
    reporter: 'RUS',
    basis: 'reported',
    source: kh2020,
  },
  {
    id: 'official-2020-01/05',
    cap: CAP,
    delivered: '2020-01-01',
    deliveredThrough: '2020-05-31',
    quantity: { amount: '106094.17', unit: 'barrel' },
    reporter: 'CHN+RUS',
    basis: 'reported',
    source: {
      document: 'Yonhap, 2020-07-25: 43 countries accuse North Korea of exceeding the refined petroleum cap',
      url: 'https://en.yna.co.kr/view/AEN20200725000300325',
      date: '2020-07-25',
      quote: '106,094.17 barrels',
    },
    note: 'China and Russia combined, January-May 2020, as quoted in the complaint of 43 States (21.22 % of the cap).',
  },
  {
    id: 'official-2020-01/08',
    cap: CAP,
    delivered: '2020-01-01',
    deliveredThrough: '2020-08-31',
    quantity: { amount: '129706', unit: 'barrel' },
    reporter: 'CHN+RUS',
    basis: 'reported',
    source: {
      document: 'Korea Herald, 2020-10-01: North Korea refined oil imports, January-August 2020',
      url: 'http://www.koreaherald.com/view.php?ud=20201001000069',
      date: '2020-10-01',
    },
    corrects: 'official-2020-01/05',
    note: 'The January-August total (17,294 t = 129,706 bbl, 25.94 %) replaces the January-May figure it includes.',
  },
  {
    id: 'official-2021-chn',
    cap: CAP,
    delivered: '2021-01-01',
    deliveredThrough: '2021-12-31',
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
  },
  {
    id: 'official-2021-rus',
    cap: CAP,
    delivered: '2021-01-01',
    deliveredThrough: '2021-12-31',
    quantity: { amount: '0', unit: 'barrel' },
    reporter: 'RUS',
    basis: 'reported',
    source: {
      document: 'Korea Herald, 2022-03-23 (Russia reported no supply in 2021)',
      url: 'http://www.koreaherald.com/view.php?ud=20220323000668',
      date: '2022-03-23',
    },
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
      document: 'Korea Herald, December 2024: refined petroleum notified as of 4 December 2024',
      url: 'https://www.koreaherald.com/article/10382149',
      date: '2024-12-04',
      quote: '33.7 percent',
    },
    note: 'China January-August and Russia January only (Russia skipped reports from February 2024).',
  },
  {
    id: 'usa-2018-01/05',
    cap: CAP,
    delivered: '2018-01-01',
    deliveredThrough: '2018-05-30',
    reported: '2018-07-12',
    quantity: { amount: '759793', unit: 'barrel' },
    reporter: 'USA',
    basis: 'alleged',
    source: {
      document:
        'AP, 2018-07-12: US says North Korea exceeded its refined petroleum cap (report to the 1718 Committee)',
      url: 'https://apnews.com/7605c112be4d4982b97a96a6dd0ea5c9',
      date: '2018-07-12',
      quote: 'at least 759,793 barrels',
    },
    note: 'At least 759,793 barrels through ship-to-ship transfers, from 89 port calls of DPRK tankers; the US asked the Committee to declare the cap breached.',
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
    note: 'At least 263 tanker deliveries in 2018; 3.78 million barrels if every tanker was fully laden.',
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
    quantity: { amount: '165000', unit: 'barrel' },
    reporter: 'USA',
    basis: 'alleged',
    source: {
      document: 'Korea Herald, December 2024 (US NSC spokesman on Russian deliveries in March 2024)',
      url: 'https://www.koreaherald.com/article/10382149',
      date: '2024-12-04',
      quote: 'more than 165,000 barrels',
    },
    note: 'A lower bound: Russian deliveries in March 2024 alone; the US said the cap "had already been surpassed".',
  },
]);

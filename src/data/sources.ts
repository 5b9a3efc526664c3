// Documents the bundled data cites. Each is where a fact was read; confidence marks live on the facts themselves.
import type { z } from 'zod';
import type { DocumentCitationSchema } from '../resolutions/citation.js';

type Source = z.input<typeof DocumentCitationSchema>;

const src = (document: string, url: string, extra: Omit<Source, 'document' | 'url'> = {}): Source => ({
  document,
  url,
  ...extra,
});

// The official text as the UN publishes it in Akoma Ntoso XML (github.com/UNxml/SCresolutions, pinned to the commit
// read), for facts checked with readResolution and checkCitations (sanctions-regime/akn).
const UNXML = 'https://github.com/UNxml/SCresolutions/blob/6c4072a866bfd189176ae91d119cc4c66e3ff331/';
const akn = (symbol: string, path: string, date: string): Source =>
  src(
    `${symbol}: official text in Akoma Ntoso XML (UNxml/SCresolutions, ${path})`,
    `${UNXML}${encodeURI(path)}`,
    {
      date,
    },
  );

export const S = {
  sc8853: src(
    'SC/8853: Security Council press release on the adoption of resolution 1718 (2006)',
    'https://www.un.org/press/en/2006/sc8853.doc.htm',
    { date: '2006-10-14' },
  ),
  sc12853: src(
    'SC/12853: press release on resolution 2356 (2017), applying paragraphs 8(d) and 8(e) of resolution 1718',
    'https://press.un.org/en/2017/sc12853.doc.htm',
    { date: '2017-06-02' },
  ),
  luxury: src(
    '"UN sanctions: definition of luxury goods" (NK humanitarian blog), on OP 8(a)(iii) of resolution 1718',
    'https://nkhumanitarian.wordpress.com/un-sanctions-definition-of-luxury-goods/',
  ),
  eu329: src(
    'EU Council Regulation (EC) No 329/2007, Article 1 (Committee "established pursuant to paragraph 12" of 1718)',
    'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A02007R0329-20170408',
  ),
  sc9679: src(
    'SC/9679: Security Council press release on the adoption of resolution 1874 (2009)',
    'https://press.un.org/en/2009/sc9679.doc.htm',
    { date: '2009-06-12' },
  ),
  appBunkering: src(
    'UN Sanctions App: bunkering ban (quotes resolution 1874 para 17)',
    'https://unsanctionsapp.com/types-of-sanctions/recommended-bunkering-ban',
  ),
  appArms: src(
    'UN Sanctions App: additional arms (quotes resolution 1874 para 10)',
    'https://unsanctionsapp.com/types-of-sanctions/additional-arms',
  ),
  appShipping: src(
    'UN Sanctions App: shipping enforcement checklist (1874 para 12, 2094 para 17, 2270 para 18)',
    'https://unsanctionsapp.com/checklist/implementation/enforcement-of-sanctions/shipping',
  ),
  appAviation: src(
    'UN Sanctions App: aviation fuel imports (quotes resolution 2270 para 31)',
    'https://unsanctionsapp.com/types-of-sanctions/aviation-fuel-imports',
  ),
  appLeasing: src(
    'UN Sanctions App: leasing, chartering, crew services (resolution 2270 para 19)',
    'https://unsanctionsapp.com/types-of-sanctions/leasing-chartering-crew-services',
  ),
  appVehicles: src(
    'UN Sanctions App: transportation vehicles (2321 para 30, 2397 paras 6 and 14)',
    'https://unsanctionsapp.com/types-of-sanctions/transportation-vehicles',
  ),
  appDeflag: src(
    'UN Sanctions App: vessel de-flagging, redirection and freeze (2321 para 12, 2375 paras 7-8)',
    'https://unsanctionsapp.com/types-of-sanctions/vessel-deflagging-redirection-freeze',
  ),
  appEp4: src(
    'UN Sanctions App: DPRK episode 4 (2270 bans on gold, titanium ore, vanadium ore, rare earths, coal, iron)',
    'https://unsanctionsapp.com/cases/democratic-people-s-republic-of-korea/episodes/dprk-ep-4',
  ),
  sg2087: src(
    'Statement attributable to the Spokesperson of the Secretary-General on resolution 2087 (2013)',
    'https://www.un.org/sg/en/content/sg/statement/2013-01-22/statement-attributable-spokesperson-secretary-general-resolution',
    { date: '2013-01-22' },
  ),
  ctbto2087: src(
    'CTBTO newsroom: "UN Security Council resolution sanctions North Korea" (quotes 2087 para 19)',
    'https://newsroom.ctbto.org/2013/01/24/un-security-council-resolution-sanctions-north-korea-warns-against-nuclear-test/',
    { date: '2013-01-24' },
  ),
  uk2094: src(
    'US Embassy London fact sheet on resolution 2094 (2013)',
    'https://uk.usembassy.gov/nkorea020/',
    { date: '2013-03-07' },
  ),
  acaf2270: src(
    'Arms Control Today on resolution 2270, adopted unanimously on 2 March 2016',
    'https://www.proquest.com/docview/1783982194',
  ),
  st2270: src(
    'Straits Times (AFP): "A look at sweeping new UN sanctions on North Korea"',
    'https://www.straitstimes.com/world/united-states/a-look-at-sweeping-new-un-sanctions-on-north-korea',
  ),
  usKr2321: src(
    'US Embassy Seoul: fact sheet on resolution 2321 (2016)',
    'https://kr.usembassy.gov/113016-fact-sheet-resolution-2321-2016-strengthening-sanctions-dprk/',
    { date: '2016-11-30' },
  ),
  coalPage: src(
    '1718 Committee coal page, as quoted by RedState (2017-06-09): paragraph 26(b) of 2321',
    'http://redstate.com/streiff/2017/06/09/north-korea-coal-april-n72969',
    { quote: '400,870,018 US dollars or 7,500,000 metric tons, whichever is lower' },
  ),
  upiCoal: src(
    'UPI 2017-01-04: "UN committee website to monitor North Korea coal exports"',
    'https://www.upi.com/Top_News/World-News/2017/01/04/UN-committee-website-to-monitor-North-Korea-coal-exports/8291483578173/',
    { date: '2017-01-04' },
  ),
  kh2017: src(
    'Korea Herald (Yonhap) 2017-01-04 on monthly reporting of DPRK coal imports',
    'http://www.koreaherald.com/view.php?ud=20170104000725',
    { date: '2017-01-04' },
  ),
  lexology2321: src(
    'Lexology on resolution 2321: copper, nickel, silver, zinc and statues',
    'https://www.lexology.com/library/detail.aspx?g=432ba8d1-ee8c-4c6b-85cc-ee533095424d',
  ),
  loc2356: src(
    'Library of Congress Global Legal Monitor: resolution 2356 adopted unanimously on 2 June 2017',
    'http://loc.gov/law/foreign-news/article/united-nationsnorth-korea-additional-sanctions-adopted/',
  ),
  committee: src(
    '1718 Committee: resolutions page',
    'https://main.un.org/securitycouncil/en/sanctions/1718/resolutions',
  ),
  meetings2371: src(
    'UN Meetings Coverage on resolution 2371 (2017), reproduced by tedmontgomery.com',
    'https://tedmontgomery.com/remarks/17.7-12/NKorea/Resolution2371.adopted.html',
    { date: '2017-08-05' },
  ),
  usEg2371: src(
    'US Embassy Cairo: fact sheet on resolution 2371 (2017)',
    'https://eg.usembassy.gov/fact-sheet-strengthening-sanctions-north-korea/',
  ),
  dprknow2371: src(
    'dprknow.jp blog entry 2424, text of 2371 from UN press material (numbers the coal clause "9")',
    'http://dprknow.jp/blog-entry-2424.html',
  ),
  th2375: src(
    'Thompson Hine SmarTrade, 2017-09-11: "United Nations adds sanctions on North Korea"',
    'https://www.thompsonhinesmartrade.com/2017/09/united-nations-adds-sanctions-north-korea/',
    { date: '2017-09-11' },
  ),
  fr2375: src(
    'UN Security Council, French summary of S/RES/2375 (2017)',
    'https://www.un.org/securitycouncil/fr/s/res/2375-(2017)',
  ),
  str2375: src(
    'Sandler, Travis & Rosenberg, 2017-09-14, on 2375 textiles and joint ventures',
    'https://www.strtrade.com/news-publications-North-Korea-textiles-oil-cargo-inspection-sanctions-091417.html',
  ),
  euSts: src(
    'EU implementing text on ship-to-ship transfers (wordscope.be extract, Article 9)',
    "http://wordscope.be/engels/nederlands/ship's+flag.html",
  ),
  av2397: src(
    'UN Audiovisual Library: resolution 2397 unanimously adopted at the 8151st meeting, 22 December 2017',
    'https://www.unmultimedia.org/avlibrary/asset/2066/2066842/',
    { date: '2017-12-22' },
  ),
  usun8238: src(
    'USUN: "FACT SHEET: UN Security Council Resolution 2397 on North Korea" (OP numbers)',
    'https://usun.state.gov/remarks/8238',
    { date: '2017-12-22' },
  ),
  refinedFr: src(
    '1718 Committee (French): refined petroleum products, paragraph 5 of 2397',
    'https://main.un.org/securitycouncil/fr/sanctions/1718/exemptions/arms-embargo/refined-petroleum-products',
    { quote: '500 000 barils par période de 12 mois, à compter du 1er janvier 2018' },
  ),
  afp2018Cap: src(
    'AFP, 13 July 2018 (The Sun): "US asks UN to cut off oil products to North Korea"',
    'http://sunnewsonline.com/us-asks-un-to-cut-off-oil-products-to-north-korea/',
    {
      date: '2018-07-13',
      quote: 'a ceiling of 500,000 barrels of refined oil products per year was set',
      note: 'AFP\'s story of 12 July 2018 (New York) as The Sun printed it the next day ("documents seen by AFP yesterday").',
    },
  ),
  upi2018Cap: src(
    'UPI, 28 June 2018: "Russia, China provided nearly 9,000 tons of fuel assistance to North Korea" (1718 Committee figures)',
    'https://www.upi.com/Top_News/World-News/2018/06/28/Russia-China-provided-nearly-9000-tons-of-fuel-assistance-to-North-Korea/3841530193301/',
    { date: '2018-06-28', quote: 'not exceed an annual limit of 500,000 barrels, under Resolution 2397' },
  ),
  euRefined30: src(
    'EU implementing text of the refined-petroleum cap (wordscope.be extract): notification every 30 days',
    'http://www.wordscope.be/anglais/francais/talking+about+30-day.html',
    {
      quote:
        'the Member State notifies the Sanctions Committee every 30 days of the amount of such supply, sale or transfer of refined petroleum products to the DPRK',
    },
  ),
  zh2397: src(
    'UN Security Council, Chinese summary of S/RES/2397 (2017) (repatriation, reports, maritime)',
    'https://www.un.org/securitycouncil/zh/s/res/2397-%282017%29',
  ),
  weblio2397: src(
    'ja.wikipedia text via weblio: "決議2397" (HS chapters of paras 6 and 7; secondary)',
    'https://www.weblio.jp/content/%E6%B1%BA%E8%AD%B02397',
  ),
  mofa2397: src(
    'ROK MOFA press release: resolution 2397 has 29 operative paragraphs and 2 annexes',
    'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=319615',
  ),
  mofa2371: src(
    'ROK MOFA press release: resolution 2371 has 30 operative paragraphs and 2 annexes',
    'http://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&page=48&seq=318862',
  ),
  wiki1718: src(
    'Wikipedia: "United Nations Security Council Resolution 1718" (infobox: 15 for, 0 against, 0 abstentions)',
    'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_1718',
  ),
  sc13162: src(
    'SC/13162: "Security Council stands united in 2017 against nuclear testing" (2017 round-up)',
    'https://press.un.org/en/2018/sc13162.doc.htm',
  ),
  appTraining: src(
    'UN Sanctions App: training, assistance and services (quotes 1718 para 8(c) and 1737 para 6)',
    'https://unsanctionsapp.com/types-of-sanctions/training-assistance-services',
    {
      quote:
        'technical training, advice, services or assistance related to the provision, manufacture, maintenance or use of the items in subparagraphs (a) (i) and (a) (ii)',
    },
  ),
  poe2010: src(
    'S/2010/571: report of the Panel of Experts (1874), summary of the measures of 1718 and 1874 (docslib copy)',
    'https://docslib.org/doc/2839278/report-to-the-security-council-from-the-panel-of-experts-pursuant-to',
    {
      date: '2010-11-05',
      quote:
        'a ban on the provision to and the procurement from DPRK of nuclear-related, other weapons of mass destruction-related and ballistic missile-related items',
    },
  ),
  cable1874: src(
    'US State Department cable 09STATE66250 on implementing the financial provisions of resolution 1874 (WikiLeaks)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/09STATE66250_a.html',
    { quote: 'new financial measures designed to limit the ability of the DPRK to fund WMD' },
  ),
  euGrants: src(
    'EU implementing text on grants, financial assistance and concessional loans to the DPRK (wordscope.be extract)',
    'http://wordscope.be/anglais/francais/Concessional+assistance.html',
    {
      quote:
        'shall not enter into new commitments for grants, financial assistance or concessional loans to the DPRK',
    },
  ),
  committeeOld: src(
    '1718 Committee: resolutions page, earlier address (un.org/sc/suborg), unofficial descriptions of 2371 and 2321',
    'https://www.un.org/sc/suborg/en/sanctions/1718/resolutions',
    {
      quote:
        'prohibits port calls by designated vessels … paragraph 11 of resolution 2094 (2013) also applies to clearing funds',
    },
  ),
  euArt13: src(
    'EU Council Decision (CFSP) 2016/849, Article 13 (financial services, bulk cash), legislation.gov.uk copy',
    'https://www.legislation.gov.uk/eudn/2016/849/article/13/data.html',
    { quote: 'any financial or other assets or resources, including bulk cash' },
  ),
  appAviationBan: src(
    'UN Sanctions App: aviation ban, recommended (quotes resolution 2094 para 18)',
    'https://unsanctionsapp.com/types-of-sanctions/recommended-aviation-ban',
    {
      quote:
        'Calls upon States to deny permission to any aircraft to take off from, land in or overfly their territory',
    },
  ),
  comcapLuxury: src(
    'Compliance and Capacity Skills International: the luxury-goods ban and the items annexed to resolution 2094',
    'http://comcapint.com/comcapint/luxury-sanctions/',
    { quote: 'some guidance was annexed to resolution 2094 (2013)' },
  ),
  reutersLuxury: src(
    'Reuters, 5 March 2013: "New U.N. steps to ban sale of yachts, racing cars to North Korea"',
    'https://www.reuters.com/article/us-korea-north-luxury/new-u-n-steps-to-ban-sale-of-yachts-racing-cars-to-north-korea-idUSBRE92415420130305',
    { date: '2013-03-05', quote: 'certain types of jewelry, yachts, luxury automobiles and racing cars' },
  ),
  un2270: src(
    'UN Security Council: summary of S/RES/2270 (2016)',
    'https://www.un.org/securitycouncil/s/res/2270-%282016%29',
    {
      quote:
        'catch-all provisions to ban any item if related to prohibited programmes … prohibits DPRK banks from opening new branches',
    },
  ),
  steamship2270: src(
    'Steamship Mutual: United Nations Security Council Resolution 2270 (2016), summary for shipowners',
    'https://www.steamshipmutual.com/liabilities-and-claims/sanctions/DPRK1/un-security-resolution030216.htm',
    { quote: 'registering vessels in DPRK; obtaining authorization for vessels to use the DPRK flag' },
  ),
  appTeaching: src(
    'UN Sanctions App: specialized teaching or training (quotes 2270 para 17 and 2321 para 10)',
    'https://unsanctionsapp.com/types-of-sanctions/specialized-teaching-or-training',
    { quote: 'prevent specialized teaching or training of DPRK nationals' },
  ),
  yna2270Flags: src(
    'Yonhap, 8 October 2016: "50 N.K. ships adopt Tanzanian flag after recent sanctions"',
    'https://en.yna.co.kr/view/AEN20161008002400315',
    {
      date: '2016-10-08',
      quote:
        'Resolution 2270 calls on U.N. member countries to revoke the local registration of ships owned by North Korea',
    },
  ),
  nknewsFlags: src(
    'NK News: "North Korean vessels finding it harder to use foreign flags" (quotes 2321 para 24)',
    'https://www.nknews.org/pro/north-korean-vessels-finding-it-harder-to-use-foreign-flags-poe/',
    {
      quote:
        'All Member States shall de-register any vessel that is owned, controlled, or operated by the DPRK',
    },
  ),
  euFinance2270: src(
    'Cinque Colonne: the EU transposes resolution 2270 (financial measures: asset freeze on government entities, DPRK bank branches, private financing for trade)',
    'https://cinquecolonne.it/l-u-e-sanziona-la-corea.html',
  ),
  kbs2321: src(
    'KBS World (German), January 2025: the 1718 Committee on a request concerning paragraph 11 of resolution 2321',
    'http://world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=102488',
    { quote: 'Absatz 11 der Resolution 2321' },
  ),
  onnScience: src(
    'Open Nuclear Network sanctions database: 2321 scientific and technical cooperation (with its exceptions)',
    'https://platform.opennuclear.org/sanctions/details?page=23',
    {
      quote:
        'suspend scientific and technical cooperation involving persons or groups officially sponsored by or representing the DPRK',
    },
  ),
  euAccounts: src(
    'EU Council Regulation 2017/1509, Article 29: one account per DPRK mission, post and member (betterregulation copy)',
    'https://service.betterregulation.com/document/297735',
    { quote: 'the opening of one account per mission, post and member' },
  ),
  euPress2321: src(
    'L24 (EU Council press release), the EU transposes resolution 2321: one bank account per DPRK mission and diplomat',
    'https://l24.lt/en/world/item/176389-eu-expands-sanctions-against-the-north-korea-in-line-with-un-security-council-resolution',
    {
      quote:
        'a prohibition for a DPRK diplomatic mission and for a DPRK diplomat to have more than one bank account',
    },
  ),
  appFinSupport: src(
    'UN Sanctions App: financial support for trade with target (quotes resolution 2321 para 32)',
    'https://unsanctionsapp.com/types-of-sanctions/financial-support-trade-with-target',
    { quote: 'prohibit public and private financial support' },
  ),
  fincen2321: src(
    'FinCEN advisory on the DPRK (BSA/AML examiner manual copy): 2321 closes representative offices, subsidiaries, branches and accounts in the DPRK',
    'https://user-9y4mjaj.cld.bz/Introductory-BSA-AML-Examiner-School-Manual-Aug-2019/401',
    { quote: 'UNSCR 2321 also instructs Member States to close existing representa[tive offices]' },
  ),
  mofcom2371: src(
    'MOFCOM and GACC Announcement No. 40 of 2017 implementing resolution 2371 (import formalities end 5 September; coal transiting Rason)',
    'http://english.mofcom.gov.cn/article/policyrelease/buwei/201708/20170802630147.shtml',
    {
      date: '2017-08-14',
      quote: "As from zero o'clock of September 5, no import formalities will be handled",
    },
  ),
  euRajin: src(
    'EU implementing text on coal transiting the DPRK for export from Rajin (wordscope.be extract)',
    'http://www.wordscope.be/francais/anglais/confirm%C3%A9s+depuis+lors.html',
    { quote: 'transported through the DPRK solely for export from the port of Rajin (Rason)' },
  ),
  portBan2017: src(
    'Reuters via nhub.news, October 2017: the 1718 Committee bans four ships from all ports',
    'http://nhub.news/fr/2017/10/un-bans-four-ships-over-north-korea-coal-us-delays-four-more',
    { quote: 'The 193 U. N. member states are now required to prohibit port entry' },
  ),
  repatriationText: src(
    'Text of 2397 para 8 as quoted in a public law discussion (r/internationallaw mirror)',
    'https://lr.eu.psf.lt/r/internationallaw/comments/1dhbhz1/did_the_unsc_effectively_ban_employment_of_north',
    {
      quote:
        'unless the Member State determines that a DPRK national is a national of that Member State or a DPRK national whose repatriation is prohibited',
    },
  ),
  kh2270Banks: src(
    'Korea Herald (Yonhap), 15 November 2016, on the 2270 banking measures (a Chinese bank branch in Rason)',
    'http://www01.koreaherald.com/view.php?ud=20161115000534',
    {
      date: '2016-11-15',
      quote:
        'shut down existing representative offices or banking accounts in the North within 90 days if they have credible information',
    },
  ),
  state1874: src(
    'US State Department fact sheet, 12 June 2009: "North Korea Sanctions: Resolution 1718 Versus Resolution 1874" (US Embassy Seoul, UNT web archive)',
    'https://webarchive.library.unt.edu/web/20130215152006/http://seoul.usembassy.gov/p_nk_061209a.html',
    {
      date: '2009-06-12',
      quote:
        'A call on states not to provide grants, assistance, loans or public financial support for trade if such assistance could contribute to North Korea’s proliferation efforts.',
    },
  ),
  // The Panel of Experts (1874 para 26) and its renewals, read with readResolution in the official XML.
  akn1874: akn('S/RES/1874 (2009)', 'Pre-2020/2009/S_RES_1874_N0936849.xml', '2009-06-12'),
  akn1928: akn('S/RES/1928 (2010)', 'Pre-2020/2010/S_RES_1928_N1039147.xml', '2010-06-07'),
  akn1985: akn('S/RES/1985 (2011)', 'Pre-2020/2011/S_RES_1985_N1137032.xml', '2011-06-10'),
  akn2050: akn('S/RES/2050 (2012)', 'Pre-2020/2012/S_RES_2050_N1237064.xml', '2012-06-12'),
  akn2094: akn('S/RES/2094 (2013)', 'Pre-2020/2013/S_RES_2094_1325306E.xml', '2013-03-07'),
  akn2141: akn('S/RES/2141 (2014)', 'Pre-2020/2014/S_RES_2141_1425363e.xml', '2014-03-05'),
  akn2207: akn('S/RES/2207 (2015)', 'Pre-2020/2015/S_RES_2207_1503332E.xml', '2015-03-04'),
  akn2276: akn('S/RES/2276 (2016)', 'Pre-2020/2016/S_RES_2276_1604956E.xml', '2016-03-24'),
  akn2345: akn('S/RES/2345 (2017)', 'Pre-2020/2017/S_RES_2345_1704730E.xml', '2017-03-23'),
  akn2407: akn('S/RES/2407 (2018)', 'Pre-2020/2018/S_RES_2407_1804423E.xml', '2018-03-21'),
  akn2464: akn('S/RES/2464 (2019)', 'Pre-2020/2019/S_RES_2464_1906112E.xml', '2019-04-10'),
  akn2515: akn('S/RES/2515 (2020)', '2020/English/S_RES_2515 (2020)-2004804E.xml', '2020-03-30'),
  akn2569: akn('S/RES/2569 (2021)', '2021/English/SC_2569_2021-E.xml', '2021-03-26'),
  akn2627: akn('S/RES/2627 (2022)', '2022/English/S_RES_2627 (2022)-2204504E.xml', '2022-03-25'),
  akn2680: akn('S/RES/2680 (2023)', '2023/English/S_RES_2680_E.xml', '2023-03-23'),
  akn2024draft: akn(
    'S/2024/255: draft resolution (United States), not adopted',
    'Not adopted/English/S_2024_255-2405905E.xml',
    '2024-03-28',
  ),
  sc9946: src(
    'SC/9946: press release on resolution 1928 (2010), the Panel of Experts extended until 12 June 2011',
    'http://www.un.org/News/Press/docs/2010/sc9946.doc.htm',
    {
      date: '2010-06-07',
      quote: 'Panel of Experts appointed by the Secretary-General pursuant to paragraph 26',
    },
  ),
  sc10277: src(
    'SC/10277: press release on resolution 1985 (2011), the Panel of Experts extended until 12 June 2012',
    'https://press.un.org/en/2011/sc10277.doc.htm',
    { date: '2011-06-10' },
  ),
  sc11806: src(
    'SC/11806: press release on resolution 2207 (2015), the Panel of Experts extended until 5 April 2016',
    'https://press.un.org/en/2015/sc11806.doc.htm',
    { date: '2015-03-04' },
  ),
  sc13256: src(
    'SC/13256: press release on resolution 2407 (2018), the Panel of Experts extended until 24 April 2019',
    'https://www.un.org/press/en/2018/sc13256.doc.htm',
    { date: '2018-03-21' },
  ),
  sc15648: src(
    'SC/15648: "Security Council Fails to Extend Mandate for Expert Panel Assisting Sanctions Committee on Democratic People’s Republic of Korea" (veto by the Russian Federation)',
    'https://press.un.org/en/2024/sc15648.doc.htm',
    {
      date: '2024-03-28',
      quote: 'would have extended until 30 April 2025 the mandate of the Panel of Experts',
    },
  ),
  menafn2024: src(
    'MENAFN, 31 March 2024: "Russia vetoes UN resolution extending DPRK sanctions committee mandate" (13 in favour, Russia against, China abstaining)',
    'https://menafn.com/1108040593/Russia-vetoes-UN-resolution-extending-DPRK-sanctions-committee-mandate',
    { date: '2024-03-31' },
  ),
} as const satisfies Record<string, Source>;

/** Documents the South Sudan regime (resolution 2206 and its successors) cites. */
export const SSD = {
  sc11805: src(
    'SC/11805: Security Council, adopting resolution 2206 (2015), lays groundwork for targeted sanctions in South Sudan (7396th meeting)',
    'https://press.un.org/en/2015/sc11805.doc.htm',
    {
      date: '2015-03-03',
      quote: 'for an initial one-year period, a travel ban on individuals, and an asset freeze',
    },
  ),
  unscr2206: src(
    'S/RES/2206 (2015), adopted at the 7396th meeting on 3 March 2015 (copy of the text, unscr.com)',
    'http://unscr.com/en/resolutions/2206',
    { date: '2015-03-03' },
  ),
  committee: src(
    'UN page of the Security Council Committee established pursuant to resolution 2206 (2015) concerning South Sudan: sanctions measures',
    'https://un.org/securitycouncil/sanctions/2206',
  ),
  panel: src(
    'UN page of the 2206 Committee: Panel of Experts, work and mandate (established by 2206 para 18 for an initial 13 months; extensions)',
    'https://www.un.org/securitycouncil/sanctions/2206/panel-of-experts/work-mandate',
    { quote: 'The Panel was established by paragraph 18 of resolution 2206 (2015)' },
  ),
  exemptions: src(
    'UN page of the 2206 Committee: arms embargo exemptions (paragraphs 5(b), 5(d), 5(e), 5(f), 5(g) of resolution 2428)',
    'http://www.un.org/securitycouncil/sanctions/2206/exemptions/arms_embargo',
  ),
  unmiss2016: src(
    'UNMISS, 2 March 2016: "Security Council renews sanctions on South Sudan" (until 15 April), quoting resolution 2206',
    'https://unmiss.unmissions.org/security-council-renews-sanctions-south-sudan',
    {
      date: '2016-03-02',
      quote: 'for an initial period of one year from the date of adoption of the resolution',
    },
  ),
  tamazuj2016: src(
    'Radio Tamazuj: "Mandate of UN Panel of Experts for S Sudan renewed only 6 weeks" (resolution passed unanimously)',
    'https://radiotamazuj.org/en/news/article/mandate-of-un-panel-of-experts-for-s-sudan-renewed-only-6-weeks',
    { quote: 'The resolution passed unanimously' },
  ),
  sc12318: src(
    'SC/12318: Security Council renews sanctions against those blocking peace in South Sudan (resolution 2280 (2016), with its text)',
    'https://press.un.org/en/2016/sc12318.doc.htm',
    { date: '2016-04-07' },
  ),
  de2280: src(
    'S/RES/2280 (2016), German text (Vereinte Nationen, Sicherheitsrat), paragraphs 1 and 2 (expydoc copy)',
    'https://expydoc.com/doc/8896075/s-res-2280',
    { date: '2016-04-07' },
  ),
  sc12382: src(
    'SC/12382: Security Council renews sanctions against South Sudan, unanimously adopting resolution 2290 (2016), 7702nd meeting',
    'https://press.un.org/en/2016/sc12382.doc.htm',
  ),
  kuna2290: src(
    'KUNA, 31 May 2016: "UNSC renews sanctions on South Sudan" (resolution 2290 adopted unanimously)',
    'http://www.kuna.net.kw/ArticleDetails.aspx?id=2505174&language=en',
    { date: '2016-05-31' },
  ),
  sc12838: src(
    'SC/12838: Unanimously adopting resolution 2353 (2017), Security Council renews sanctions against South Sudan (with its text)',
    'https://press.un.org/en/2017/sc12838.doc.htm',
    {
      quote:
        'Decides to renew until 31 May 2018 the measures imposed by paragraphs 9 and 12 of resolution 2206 (2015)',
    },
  ),
  sc12951: src(
    'Press release of 11 August 2017 on the 2206 Committee (resolution 2353 adopted on 24 May 2017)',
    'https://www.un.org/press/en/2017/sc12951.doc.htm',
    { date: '2017-08-11' },
  ),
  sc13361: src(
    'SC/13361: Security Council decides to renew sanctions against officials in South Sudan by a vote of 9 in favour, with 6 abstentions (resolution 2418 (2018))',
    'https://press.un.org/en/2018/sc13361.doc.htm',
    { date: '2018-05-31' },
  ),
  text2418: src(
    'S/RES/2418 (2018), text (lawglobalhub.com copy)',
    'https://lawglobalhub.com/united-nations-security-council-resolution-2418-reports-of-the-secretary-general-on-the-sudan-and-south-sudan',
    {
      quote:
        'Decides to renew until 15 July 2018 the measures imposed by paragraphs 9 and 12 of resolution 2206 (2015)',
    },
  ),
  xinhua2418: src(
    'Xinhua, 31 May 2018: "UN Security Council extends South Sudan sanctions" (resolution 2418)',
    'http://m.customkitchencountertop.com/english/2018-06/01/c_137221514.htm',
    { date: '2018-05-31' },
  ),
  sc13421: src(
    'SC/13421: Adopting resolution 2428 (2018), Security Council extends sanctions on South Sudan (OCHA/EIN copy)',
    'https://humanrightslaw.einnews.com/article_detail/455445615?lcode=dLB3LRWZbI4VNhcRiiBCZ5vl_lacTnUvG1pzBh5v9lo%3D',
    { quote: 'adopted by a vote of 9 in favour' },
  ),
  r2p2428: src(
    'Global Centre for R2P: resolution 2428 (Sudan and South Sudan), 13 July 2018',
    'http://www.globalr2p.org/resources/1312',
    { date: '2018-07-13' },
  ),
  app2428: src(
    'UN Sanctions App: arms embargo on all parties to the conflict (quotes the South Sudan arms embargo "until 31 May 2019")',
    'https://unsanctionsapp.com/types-of-sanctions/all-parties-to-the-conflict',
    {
      quote:
        'Decides that, until 31 May 2019, all Member States shall immediately take the necessary measures',
    },
  ),
  sc13827: src(
    'SC/13827: Security Council renews sanctions against South Sudan, adopting resolution 2471 (2019) by 10 votes in favour, with 5 abstentions (8536th meeting)',
    'https://static.un.org/press/en/2019/sc13827.doc.htm',
    { quote: 'renew until 31 May 2020 the arms embargo it imposed on South Sudan last year' },
  ),
  xinhua2471: src(
    'Xinhua, 30 May 2019: "UN extends sanctions against South Sudan for another year" (People\'s Daily)',
    'https://peoplesdaily.pdnews.cn/world/un-extends-sanctions-against-south-sudan-for-another-year-37947.html',
    { date: '2019-05-30' },
  ),
  sc14536: src(
    'SC/14536: Security Council extends arms embargo on South Sudan, adopting resolution 2577 (2021) by 13 votes in favour, 2 abstentions',
    'https://www.un.org/press/en/2021/sc14536.doc.htm',
    { date: '2021-05-28' },
  ),
  sg2021321: src(
    'S/2021/321: Benchmarks to assess the arms embargo on South Sudan, report of the Secretary-General (pachodo.org copy)',
    'https://pachodo.org/latest-news-articles/news-from-various-sources/28768-benchmarks-to-assess-the-arms-embargo-on-south-sudan-report-of-the-secretary-general-s-2021-321-en-ar',
    {
      note: 'Requested by the letter of the President of the Council of 16 December 2020; its date was not seen.',
    },
  ),
  r2521: akn('S/RES/2521 (2020)', '2020/English/S_RES_2521 (2020)-2007257E.xml', '2020-05-29'),
  r2577: akn('S/RES/2577 (2021)', '2021/English/SC_2577_2021-E.xml', '2021-05-28'),
  r2633: akn('S/RES/2633 (2022)', '2022/English/S_RES_2633 (2022)-2208026E.xml', '2022-05-26'),
  r2683: akn('S/RES/2683 (2023)', '2023/English/S_RES_2683_E.xml', '2023-05-30'),
  r2731: akn('S/RES/2731 (2024)', '2024/English/S_RES_2731-2409621E.xml', '2024-05-30'),
  r2781: akn('S/RES/2781 (2025)', '2025/English/S_RES-2781-2508481E.xml', '2025-05-30'),
  r2821: akn('S/RES/2821 (2026)', '2026/English/S_RES_2821-2607533E.xml', '2026-05-29'),
} as const satisfies Record<string, Source>;

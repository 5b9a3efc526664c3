// Resolution 2231 (2015) and the Iran resolutions it terminated, the JCPOA's phased relief as a plan, and the
// evidence 2015-2025 that drove it. The terminations 2231 made conditional on JCPOA milestones are actions of
// `jcpoaPlan`, not changes of the regime: evaluate the regime with the plan for what was actually in force.
import type { z } from 'zod';
import type { EvidenceInput } from '../conditions/EvidenceSchema.js';
import { EvidenceSchema } from '../conditions/EvidenceSchema.js';
import { deepFreeze } from '../internal/frozen.js';
import { type ReliefPlan, ReliefPlanSchema } from '../relief/plan.js';
import type { MeasureSchema } from '../resolutions/measure.js';
import { type Regime, RegimeSchema } from '../resolutions/regime.js';

type MeasureInput = z.input<typeof MeasureSchema>;

const src = (
  document: string,
  url: string,
  extra: { date?: string; quote?: string; note?: string } = {},
) => ({ document, url, ...extra });

const I = {
  res2231: src(
    'S/RES/2231 (2015), adopted at the 7488th meeting on 20 July 2015 (copy of the resolution)',
    'https://fdocuments.in/document/united-nations-s-security-council-distr-65bfcf9b-6d27-4e9c-8cd3-united.html',
    { date: '2015-07-20' },
  ),
  release2231: src(
    'UN media release on resolution 2231, 20 July 2015 (reproduced by travel-impact-newswire)',
    'https://travel-impact-newswire.com/?p=40357',
    {
      date: '2015-07-20',
      quote:
        'Unanimously adopting resolution 2231 (2015), the 15-nation body endorsed the Joint Comprehensive Plan of Action',
    },
  ),
  procurement: src(
    'UN 2231 page: Nuclear-related transfers and activities (procurement channel)',
    'https://main.un.org/securitycouncil/en/content/2231/nuclear-related-transfers-and-activities-procurement-channel',
  ),
  missiles: src(
    'UN 2231 page (French): Transferts et activités liés aux missiles balistiques (Annex B paras 3 and 4)',
    'https://www.un.org/securitycouncil/fr/content/2231/ballistic-missile-related-transfers-and-activities',
  ),
  arms: src(
    'UN 2231 page: Arms-related transfers (Annex B paras 5 and 6(b), five years after Adoption Day)',
    'http://www.un.org/en/sc/2231/restrictions-arms.shtml',
  ),
  assets: src(
    'UN 2231 page: Assets freeze (Annex B paras 6(c) and 6(d), eight years after Adoption Day)',
    'https://www.un.org/securitycouncil/content/2231/assets-freeze',
  ),
  travel: src(
    'UN 2231 page: Travel ban (Annex B para 6(e), five years after Adoption Day)',
    'https://www.un.org/securitycouncil/content/2231/travel-ban',
  ),
  op11: src(
    'Security Council Procedure blog, 4 August 2015, on operative paragraphs 11 and 12 of 2231',
    'https://www.scprocedure.org/chapter-6-section-1b',
    {
      note: 'Not found in the stored material; the wording of para 12 ("effective midnight Greenwich Mean Time after the thirtieth day after the notification" in the reference notes, "after the end of the thirtieth day" in issue 12) is unconfirmed. The instant is confirmed by the Secretary-General\'s note of 28 September 2025 (sgNote2025).',
    },
  ),
  sgNote2025: src(
    'Note to correspondents of the Spokesperson for the UN Secretary-General, 28 September 2025 (Xinhua via SunStar)',
    'https://www.sunstar.com.ph/network/iran-sanctions-reactivated',
    {
      date: '2025-09-28',
      quote:
        'Pursuant to the process set forth in paragraphs 11 and 12 of Security Council Resolution 2231 (2015), effective on Sept. 27 at 8 p.m. Eastern Daylight Time',
    },
  ),
  chosun2025: src(
    'Chosun Biz, 28 September 2025: UN sanctions on Iran restored (the instant in GMT)',
    'https://biz.chosun.com/en/en-international/2025/09/28/LJVEFTCJSBF5HIWSVTFU64XZNU/?outputType=amp',
    {
      date: '2025-09-28',
      quote: 'restored as of 12 a.m. on the 28th (Greenwich Mean Time',
    },
  ),
  jcpoa34: src(
    'JCPOA para 34(v), as reproduced by Reasoned Comments (July 2015): Termination Day',
    'http://www.reasonedcomments.org/2015/07/iran-p51-nuclear-deal-joint_38.html',
    {
      date: '2015-07-14',
      quote:
        'the UN Security Council resolution endorsing this JCPOA terminates according to its terms, which is to be 10 years from Adoption Day',
    },
  ),
  opensanctions: src(
    'OpenSanctions dataset configuration datasets/_global/un_sc_sanctions/un_sc_sanctions.yml (github.com/opensanctions/opensanctions, commit 0a41337)',
    'https://github.com/opensanctions/opensanctions/blob/0a41337634d0b8902e993c576d4740439058ec8b/datasets/_global/un_sc_sanctions/un_sc_sanctions.yml',
    {
      quote: 'value: UN-SC1737',
      note: 'The line under "match: Iran" in the lookup sanction.program.',
    },
  ),
  ipis: src(
    "IPIS (Iranian MFA institute): termination of Iran's arms-related transfers, and the resolutions 2231 para 7(a) terminated",
    "https://ipis.ir/en/subjectview/614319/TERMINATION-OF-IRAN'S-ARM-RELATED-TRANSFERS",
  ),
  sc8928: src(
    'SC/8928: Security Council unanimously adopts resolution 1737 (2006), 5612th meeting',
    'https://www.globalsecurity.org/wmd/library/news/iran/2006/iran-061223-unsc01.htm',
    { date: '2006-12-23' },
  ),
  text1737: src(
    'Text of resolution 1737 (2006), paras 3 and 12 (totalwonkerr.net)',
    'https://totalwonkerr.net/2006/12/24/resolution-1737-text',
  ),
  assistance: src(
    'UN Sanctions App: training, assistance and services (1737 para 6; 1929 para 9)',
    'https://unsanctionsapp.com/types-of-sanctions/training-assistance-services',
  ),
  sc8980: src(
    'SC/8980: arms embargo added with the unanimous adoption of resolution 1747 (2007), 5647th meeting',
    'https://web.archive.org/web/20160413052751/http://www.un.org/press/en/2007/sc8980.doc.htm',
    { date: '2007-03-24' },
  ),
  dti1747: src(
    'South Africa DTI: UN Security Council resolutions on Iran (1747 para 5)',
    'http://www.thedti.gov.za/nonproliferation/UNSecurityCouncil.htm',
  ),
  addArms: src(
    'UN Sanctions App: additional arms (1747 para 6; 1929 para 8)',
    'https://unsanctionsapp.com/types-of-sanctions/additional-arms',
  ),
  sc9268: src(
    'SC/9268: resolution 1803 (2008) adopted 14-0-1 (Indonesia abstaining)',
    'https://press.un.org/en/2008/sc9268.doc.htm',
    { date: '2008-03-03' },
  ),
  gpf1835: src(
    'UN summary of the 5984th meeting: resolution 1835 (2008) adopted unanimously (Global Policy Forum archive)',
    'https://archive.globalpolicy.org/security-council/index-of-countries-on-the-security-council-agenda/iran/49060-resolution-1835-september-27-2008.html',
    { date: '2008-09-27' },
  ),
  iw6335: src(
    'Iran Watch: UN summary of the 6335th meeting, resolution 1929 (2010) adopted 12-2-1',
    'https://www.iranwatch.org/library/international-organization/united-nations-un/un-security-council/summary-un-security-council-6335th-meeting-security-council-imposes',
    { date: '2010-06-09' },
  ),
  iw5500: src(
    'Iran Watch: UN summary of the 5500th meeting, resolution 1696 (2006) adopted 14-1 (Qatar against)',
    'https://www.iranwatch.org/library/international-organization/united-nations-un/un-security-council/summary-un-security-council-5500th-meeting-security-council-demands-iran',
    { date: '2006-07-31' },
  ),
  euInspect: src(
    'EU implementing text on cargo inspections under resolution 1929 (wordscope.be)',
    'http://wordscope.be/engels/nederlands/Seaport+authorities.html',
  ),
  fincen: src(
    'FinCEN advisory FIN-2010-A008 on resolution 1929 (new relationships with Iranian banks)',
    'https://fincen.gov/resources/advisories/fincen-advisory-fin-2010-a008',
  ),
  xinhua2224: src(
    'Xinhua, 10 June 2015: Council extends the mandate of the Iran sanctions Panel of Experts',
    'http://en.chinagate.cn/2015-06/10/content_35781323.htm',
    { date: '2015-06-10' },
  ),
  bunkering: src(
    'UN Sanctions App: bunkering ban (quotes resolution 1929 para 18, which refers to the prohibitions of 1737 paras 3, 4 and 7)',
    'https://unsanctionsapp.com/types-of-sanctions/recommended-bunkering-ban',
    {
      quote:
        'Iranian-owned or -contracted vessels, including chartered vessels, if they have information that provides reasonable grounds to believe they are carrying items',
    },
  ),
  jurist1929: src(
    'JURIST, 9 June 2010, quoting the UN summary of resolution 1929 (investment abroad)',
    'http://jurist.org/paperchase/2010/06/un-security-council-imposes-new-sanctions-on-iran.php',
    {
      date: '2010-06-09',
      quote:
        'Iran shall not acquire an interest in any commercial activity in another State involving uranium mining',
    },
  ),
  hsf1929: src(
    'Herbert Smith Freehills, June 2010: "UN steps up sanctions on Iran" (investment by Iran prohibited)',
    'https://prod.hsf-prod.magnolia-platform.com/notes/arbitration/2010-06/un-steps-up-sanctions-on-iran',
    { quote: 'all States must prohibit such investment by Iran, its nationals and entities' },
  ),
} as const;

const conditional = 'Confirmed content; the paragraph number is not (no source at hand names it).';

type WithoutConfidence<T> = T extends unknown
  ? Omit<T, 'confidence'> & { confidence?: 'confirmed' | 'unconfirmed' }
  : never;

function measure(m: WithoutConfidence<MeasureInput>): MeasureInput {
  return { confidence: 'confirmed', ...m } as MeasureInput;
}

type ResolutionInput = z.input<typeof RegimeSchema>['resolutions'][number];

const pre = (
  number: number,
  adopted: string,
  extra: Pick<ResolutionInput, 'vote' | 'summary' | 'measures'> & Partial<ResolutionInput>,
): ResolutionInput => ({
  symbol: `S/RES/${number} (${adopted.slice(0, 4)})`,
  number,
  adopted,
  paragraphs: [],
  changes: [],
  confidence: 'confirmed',
  ...extra,
});

const resolutions = [
  pre(1696, '2006-07-31', {
    vote: { inFavour: 14, against: 1, abstaining: 0 },
    summary: 'Demands that Iran suspend enrichment-related and reprocessing activities; no sanctions.',
    measures: [],
    sources: [I.iw5500],
  }),
  pre(1737, '2006-12-23', {
    vote: 'unanimous',
    summary:
      'First sanctions: nuclear and missile-relevant items, technical assistance, and an asset freeze; creates the Committee.',
    paragraphs: [
      {
        number: '3',
        summary:
          'No supply to Iran of items that could contribute to enrichment, reprocessing or heavy-water activities or to nuclear-weapon delivery systems.',
      },
      { number: '6', summary: 'No technical assistance or training related to the items of paras 3 and 4.' },
      { number: '12', summary: 'Asset freeze on designated persons and entities.' },
      { number: '18', summary: 'Establishes the Committee.' },
    ],
    measures: [
      measure({
        kind: 'trade-ban',
        id: 'iran.1737.nuclear-missile-items',
        summary:
          'States prevent the supply to Iran of items that could contribute to its enrichment, reprocessing or heavy-water activities or to nuclear-weapon delivery systems.',
        citations: [{ resolution: 1737, paragraph: '3' }],
        effective: { start: '2006-12-23' },
        commodity: 'nuclear-missile-items',
        direction: 'to-target',
        sources: [I.text1737, I.sc8928],
      }),
      measure({
        kind: 'other',
        id: 'iran.1737.technical-assistance',
        description:
          'No technical assistance, training, financial assistance or services related to the items of paras 3 and 4.',
        summary: 'No technical assistance or training related to the prohibited items.',
        citations: [{ resolution: 1737, paragraph: '6' }],
        effective: { start: '2006-12-23' },
        sources: [I.assistance],
      }),
      measure({
        kind: 'asset-freeze',
        id: 'iran.1737.asset-freeze',
        summary: 'Funds and economic resources of designated persons and entities are frozen.',
        citations: [{ resolution: 1737, paragraph: '12' }],
        effective: { start: '2006-12-23' },
        sources: [I.text1737],
      }),
      measure({
        kind: 'trade-ban',
        id: 'iran.1737.exports',
        summary:
          'Iran shall not export the nuclear and missile-relevant items of paras 3 and 4; States prohibit their procurement from Iran.',
        citations: [{ resolution: 1737, paragraph: '7' }],
        effective: { start: '2006-12-23' },
        commodity: 'nuclear-missile-items',
        direction: 'from-target',
        confidence: 'unconfirmed',
        note: 'Para 7 is a prohibition of supply, sale, transfer or export (1929 para 18, as quoted by the UN Sanctions App, refers to items "prohibited by paragraphs 3, 4 or 7 of resolution 1737"), and SC/8928 says 1737 blocks the export of sensitive nuclear materiel; no source at hand quotes para 7 itself.',
        sources: [I.bunkering, I.sc8928, I.text1737],
      }),
    ],
    sources: [I.sc8928],
  }),
  pre(1747, '2007-03-24', {
    vote: 'unanimous',
    summary: 'Adds a ban on arms exports from Iran and calls for restraint in supplying heavy arms to it.',
    paragraphs: [
      { number: '5', summary: 'Iran shall not supply arms or related materiel.' },
      {
        number: '6',
        summary: 'Calls upon States to exercise vigilance and restraint in supplying heavy arms to Iran.',
      },
    ],
    measures: [
      measure({
        kind: 'arms-embargo',
        id: 'iran.1747.arms-export',
        direction: 'from-target',
        summary:
          'Iran shall not supply, sell or transfer any arms or related materiel; States prohibit their procurement.',
        citations: [{ resolution: 1747, paragraph: '5' }],
        effective: { start: '2007-03-24' },
        sources: [I.dti1747, I.sc8980],
      }),
      measure({
        kind: 'other',
        id: 'iran.1747.heavy-arms-restraint',
        description:
          'A call (not a decision) for vigilance and restraint in supplying Iran with battle tanks, armoured vehicles, artillery, combat aircraft, attack helicopters, warships and missiles.',
        summary: 'Vigilance and restraint in supplying heavy arms to Iran (a call, not binding).',
        citations: [{ resolution: 1747, paragraph: '6' }],
        effective: { start: '2007-03-24' },
        sources: [I.addArms],
      }),
    ],
    sources: [I.sc8980],
  }),
  pre(1803, '2008-03-03', {
    vote: { inFavour: 14, against: 0, abstaining: 1 },
    summary: 'Widens the asset freeze and adds travel measures.',
    measures: [
      measure({
        kind: 'travel-ban',
        id: 'iran.1803.travel-ban',
        summary: 'States prevent the entry into or transit through their territories of designated persons.',
        citations: [{ resolution: 1803, paragraph: '5' }],
        effective: { start: '2008-03-03' },
        confidence: 'unconfirmed',
        note: 'The press release confirms travel measures; that the mandatory ban is paragraph 5 is believed, not confirmed.',
        sources: [I.sc9268],
      }),
    ],
    sources: [I.sc9268],
  }),
  pre(1835, '2008-09-27', {
    vote: 'unanimous',
    summary: 'Reaffirms the earlier resolutions; no new measures.',
    measures: [],
    sources: [I.gpf1835],
  }),
  pre(1929, '2010-06-09', {
    vote: { inFavour: 12, against: 2, abstaining: 1 },
    summary:
      'Arms supply ban, ballistic-missile ban, cargo inspections and financial measures; creates the Panel of Experts.',
    paragraphs: [
      {
        number: '8',
        summary:
          'No supply to Iran of battle tanks, armoured vehicles, artillery, combat aircraft, attack helicopters, warships, missiles or missile systems.',
      },
      {
        number: '9',
        summary:
          'Iran shall not undertake any activity related to ballistic missiles capable of delivering nuclear weapons.',
      },
    ],
    measures: [
      measure({
        kind: 'arms-embargo',
        id: 'iran.1929.arms-supply',
        direction: 'to-target',
        summary:
          'States prevent the supply to Iran of battle tanks, armoured combat vehicles, large-calibre artillery, combat aircraft, attack helicopters, warships, missiles or missile systems.',
        citations: [{ resolution: 1929, paragraph: '8' }],
        effective: { start: '2010-06-09' },
        sources: [I.addArms, I.iw6335],
      }),
      measure({
        kind: 'other',
        id: 'iran.1929.ballistic-missiles',
        description:
          'Iran shall not undertake any activity related to ballistic missiles capable of delivering nuclear weapons, including launches; States take measures to prevent technology or assistance.',
        summary: 'Iran may not undertake nuclear-capable ballistic-missile activity.',
        citations: [{ resolution: 1929, paragraph: '9' }],
        effective: { start: '2010-06-09' },
        sources: [I.assistance],
      }),
      measure({
        kind: 'maritime',
        id: 'iran.1929.cargo-inspection',
        activity: 'inspection',
        summary:
          "States inspect cargoes to and from Iran in their territory, and on the high seas with the flag State's consent, where they have grounds to believe they are prohibited.",
        citations: [
          { resolution: 1929, paragraph: '14' },
          { resolution: 1929, paragraph: '15' },
        ],
        effective: { start: '2010-06-09' },
        confidence: 'unconfirmed',
        note: conditional,
        sources: [I.euInspect],
      }),
      measure({
        kind: 'financial',
        id: 'iran.1929.banking',
        activity: 'banking',
        summary:
          'States prohibit new relationships with Iranian banks, including new branches, where linked to proliferation.',
        citations: [{ resolution: 1929, paragraph: '24' }],
        effective: { start: '2010-06-09' },
        confidence: 'unconfirmed',
        note: conditional,
        sources: [I.fincen],
      }),
      measure({
        kind: 'financial',
        id: 'iran.1929.investment',
        activity: 'investment',
        summary:
          'Iran shall not acquire an interest in any commercial activity in another State involving uranium mining, or the production or use of nuclear materials and technology; States prohibit such investment.',
        citations: [{ resolution: 1929, paragraph: '7' }],
        effective: { start: '2010-06-09' },
        confidence: 'unconfirmed',
        note: conditional,
        sources: [I.jurist1929, I.hsf1929],
      }),
      measure({
        kind: 'maritime',
        id: 'iran.1929.bunkering',
        activity: 'bunkering',
        summary:
          'No bunkering or other servicing of Iranian-owned or -contracted vessels, chartered ones included, with reasonable grounds to believe they carry items prohibited by 1737, 1747, 1803 or 1929.',
        citations: [{ resolution: 1929, paragraph: '18' }],
        effective: { start: '2010-06-09' },
        sources: [I.bunkering],
      }),
    ],
    sources: [I.iw6335],
  }),
  pre(2224, '2015-06-09', {
    vote: 'unanimous',
    summary: 'Extends the mandate of the Panel of Experts on Iran; no new measures.',
    confidence: 'unconfirmed',
    note: 'Date and content confirmed (Xinhua); the number 2224 is linked to them only through the IPIS list of resolutions 2231 terminated.',
    measures: [],
    sources: [I.xinhua2224, I.ipis],
  }),
];

const annexB =
  'Annex B of 2231 applies from Implementation Day (16 January 2016, the historical date of the IAEA report, S/2016/57); its end dates run from Adoption Day and are applied by jcpoaPlan, since a broader conclusion of the IAEA would have brought them forward.';

const r2231 = pre(2231, '2015-07-20', {
  vote: { inFavour: 15, against: 0, abstaining: 0 },
  summary:
    'Endorses the JCPOA; terminates the earlier resolutions on Implementation Day (para 7(a)), keeps the restrictions of Annex B with their own end dates, and provides for snapback (paras 11 and 12).',
  paragraphs: [
    {
      number: '7',
      summary:
        "(a) On receipt of the IAEA report verifying Iran's steps, the provisions of 1696, 1737, 1747, 1803, 1835, 1929 and 2224 terminate; (b) the provisions of Annex B apply.",
      confidence: 'unconfirmed',
      note: 'The list of resolutions is confirmed (IPIS); the wording of 7(a) was not seen.',
    },
    {
      number: '8',
      summary: 'Ten years after Adoption Day, all provisions of 2231 terminate.',
      confidence: 'unconfirmed',
      note: 'Confirmed as the ten-year clause by the Iran-Russia-China letter; its wording was not seen.',
    },
    {
      number: '11',
      summary:
        "On a JCPOA participant's notification of significant non-performance, the Council votes within 30 days on a draft to continue the terminations; the President submits one if no member has within 10 days.",
    },
    {
      number: '12',
      summary:
        'If it is not adopted, the provisions of 1696, 1737, 1747, 1803, 1835 and 1929 apply again from midnight GMT after the thirtieth day after the notification, and the measures of paragraphs 7, 8 and 16 to 20 of 2231 terminate.',
      confidence: 'unconfirmed',
      note: 'The reapplication and its instant are confirmed by the Secretary-General\'s note of 28 September 2025 ("effective on Sept. 27 at 8 p.m. Eastern Daylight Time", that is 00:00 GMT on 28 September). The wording of the paragraph, and its termination of paragraphs 7, 8 and 16 to 20, follow issue 12 and the reference notes: no source at hand quotes them.',
    },
  ],
  measures: [
    measure({
      kind: 'other',
      id: 'iran.2231.procurement-channel',
      description:
        "Nuclear-related transfers to Iran only through the procurement channel, with the Council's approval in advance, case by case.",
      summary: 'Nuclear-related transfers through the procurement channel only (Annex B para 2).',
      citations: [{ resolution: 2231, annex: 'B', paragraph: '2' }],
      effective: { start: '2016-01-16', end: '2025-10-17' },
      note: `${annexB} It applies until ten years after Adoption Day (18 October 2015), so its last day is 17 October 2025: the day before Termination Day, which the JCPOA (para 34(v)) puts 10 years from Adoption Day. Annex B para 2's own words ("until ten years after Adoption Day", per issue 12) were not found in the stored material. Snapback took effect earlier: para 12 terminated the channel with the measures of para 7 on 28 September 2025 (GMT), as jcpoaPlan's snapback models.`,
      sources: [I.procurement, I.jcpoa34],
    }),
    measure({
      kind: 'other',
      id: 'iran.2231.ballistic-missiles',
      description:
        'Iran is called upon not to undertake activity related to ballistic missiles designed to be capable of delivering nuclear weapons.',
      summary:
        'Iran called upon to refrain from nuclear-capable ballistic-missile activity (Annex B para 3).',
      citations: [{ resolution: 2231, annex: 'B', paragraph: '3' }],
      effective: { start: '2016-01-16', end: '2023-10-17' },
      note: `${annexB} "Called upon": the English text is not a decision (the French UN page renders it "est tenu de").`,
      sources: [I.missiles],
    }),
    measure({
      kind: 'trade-ban',
      id: 'iran.2231.missile-items',
      commodity: 'nuclear-missile-items',
      direction: 'to-target',
      mode: 'conditional',
      summary:
        "Ballistic-missile-related transfers to Iran only with the Council's approval in advance (Annex B para 4).",
      citations: [{ resolution: 2231, annex: 'B', paragraph: '4' }],
      effective: { start: '2016-01-16', end: '2023-10-17' },
      exceptions: [{ summary: 'Permitted when the Council decides in advance, case by case.' }],
      note: annexB,
      sources: [I.missiles],
    }),
    measure({
      kind: 'trade-ban',
      id: 'iran.2231.arms-supply',
      commodity: 'arms',
      direction: 'to-target',
      mode: 'conditional',
      summary: "Supply to Iran of heavy arms only with the Council's approval in advance (Annex B para 5).",
      citations: [{ resolution: 2231, annex: 'B', paragraph: '5' }],
      effective: { start: '2016-01-16', end: '2020-10-17' },
      exceptions: [{ summary: 'Permitted when the Council decides in advance, case by case.' }],
      note: annexB,
      sources: [I.arms],
    }),
    measure({
      kind: 'arms-embargo',
      id: 'iran.2231.arms-export',
      direction: 'from-target',
      summary:
        'States prevent the transfer of arms or related materiel from Iran unless the Council decides otherwise (Annex B para 6(b)).',
      citations: [{ resolution: 2231, annex: 'B', paragraph: '6(b)' }],
      effective: { start: '2016-01-16', end: '2020-10-17' },
      note: annexB,
      sources: [I.arms],
    }),
    measure({
      kind: 'asset-freeze',
      id: 'iran.2231.asset-freeze',
      summary:
        'Funds of the individuals and entities on the 2231 List are frozen, and none made available to them (Annex B paras 6(c) and 6(d)).',
      citations: [
        { resolution: 2231, annex: 'B', paragraph: '6(c)' },
        { resolution: 2231, annex: 'B', paragraph: '6(d)' },
      ],
      effective: { start: '2016-01-16', end: '2023-10-17' },
      note: annexB,
      sources: [I.assets],
    }),
    measure({
      kind: 'travel-ban',
      id: 'iran.2231.travel-ban',
      summary:
        'States prevent the entry into or transit through their territories of the individuals on the 2231 List (Annex B para 6(e)).',
      citations: [{ resolution: 2231, annex: 'B', paragraph: '6(e)' }],
      effective: { start: '2016-01-16', end: '2020-10-17' },
      note: annexB,
      sources: [I.travel],
    }),
  ],
  sources: [I.res2231, I.release2231, I.op11],
});

/**
 * The input (JSON) form of {@link iran2231}.
 *
 * @category Data
 */
export const iran2231Input: z.input<typeof RegimeSchema> = /* @__PURE__ */ deepFreeze({
  id: 'iran-2231',
  title:
    'Iran: resolution 2231 (2015) and the resolutions it terminated (1696, 1737, 1747, 1803, 1835, 1929, 2224)',
  target: 'IRN',
  committee:
    'The Security Council, in the "2231 format" with a Facilitator (the 1737 Committee was dissolved on Implementation Day)',
  foundingResolution: 1737,
  openSanctionsProgram: 'UN-SC1737',
  resolutions: [...resolutions, r2231],
  note: 'The measures of 1696 to 1929 are open-ended here: 2231 terminated them on Implementation Day and snapback reapplied them, both conditional on events, which jcpoaPlan models. Use measuresInForce(iran2231, on, { relief: [{ plan: jcpoaPlan, evidence: jcpoaEvidence }] }) for what was in force. openSanctionsProgram is UN-SC1737, the key OpenSanctions files the UN Iran list under (its un_sc_sanctions dataset configuration maps Iran to it); resolution 1737 founded the regime that 2231 replaced. Designations are not modelled.',
  sources: [I.res2231, I.ipis, I.opensanctions],
} satisfies z.input<typeof RegimeSchema>);

/**
 * The Iran regime: resolution 2231 (2015) with the restrictions of its Annex B, and the measures of the resolutions
 * it terminated, each cited. Evaluate it with {@link jcpoaPlan} for what was in force on a day.
 *
 * @example
 * ```ts
 * import { iran2231 } from 'sanctions-regime/data';
 * iran2231.resolutions.map((r) => r.number).join(' '); //=> '1696 1737 1747 1803 1835 1929 2224 2231'
 * ```
 * @category Data
 */
export const iran2231: Regime = /* @__PURE__ */ RegimeSchema.parse(iran2231Input);

const OLD = [
  'iran.1737.nuclear-missile-items',
  'iran.1737.technical-assistance',
  'iran.1737.asset-freeze',
  'iran.1747.arms-export',
  'iran.1747.heavy-arms-restraint',
  'iran.1803.travel-ban',
  'iran.1929.arms-supply',
  'iran.1929.ballistic-missiles',
  'iran.1929.cargo-inspection',
  'iran.1929.banking',
  'iran.1737.exports',
  'iran.1929.investment',
  'iran.1929.bunkering',
];
const lift = (...ids: string[]) => ids.map((measure) => ({ type: 'lift' as const, measure }));
const TEN_YEARS = { last: 'P10Y' } as const;
const broaderConclusion = {
  op: 'occurred',
  event: 'iaea-broader-conclusion-report',
  within: TEN_YEARS,
} as const;

/**
 * The input (JSON) form of {@link jcpoaPlan}.
 *
 * @category Data
 */
export const jcpoaPlanInput: z.input<typeof ReliefPlanSchema> = /* @__PURE__ */ deepFreeze({
  id: 'jcpoa',
  title:
    'The JCPOA as endorsed by resolution 2231 (2015): Adoption, Implementation, Transition and Termination Days, and snapback',
  regime: 'iran-2231',
  proposedBy: ['CHN', 'FRA', 'DEU', 'RUS', 'GBR', 'USA', 'IRN', 'EU'],
  sources: [I.res2231, I.release2231, I.op11],
  confidence: 'confirmed',
  // The day the Council endorsed the JCPOA (S/RES/2231, adopted 20 July 2015).
  start: '2015-07-20',
  note: "Milestones as 2231 and the JCPOA define them; each phase date is computed from jcpoaEvidence. The five-year and eight-year dates run from Adoption Day, or earlier on an IAEA broader conclusion, which never came. Dates are GMT calendar days: a measure is in force on a day when it applies from that day's 00:00 GMT (snapback, which took effect at midnight GMT, is in force from 28 September 2025; in New York it was the evening of the 27th).",
  phases: [
    {
      id: 'adoption',
      title: 'Adoption Day: 90 days after endorsement by the Council',
      requires: {
        op: 'occurred',
        event: 'unsc-endorsement-2231',
        within: TEN_YEARS,
      },
      startsAfter: 'P90D',
      actions: [],
      sources: [I.release2231],
    },
    {
      id: 'implementation',
      title:
        "Implementation Day: the IAEA verifies Iran's nuclear steps; the earlier resolutions terminate (para 7(a))",
      after: ['adoption'],
      requires: { op: 'occurred', event: 'iaea-implementation-verified', within: TEN_YEARS },
      actions: lift(...OLD),
      sources: [I.ipis],
    },
    {
      id: 'five-years',
      title:
        'Five years after Adoption Day (or a broader conclusion): arms transfers and travel ban end (Annex B paras 5, 6(b), 6(e))',
      after: ['implementation'],
      requires: broaderConclusion,
      latest: { phase: 'adoption', plus: 'P5Y' },
      actions: lift('iran.2231.arms-supply', 'iran.2231.arms-export', 'iran.2231.travel-ban'),
      sources: [I.arms, I.travel],
    },
    {
      id: 'transition',
      title:
        'Transition Day: eight years after Adoption Day or a broader conclusion, whichever is earlier (Annex B paras 3, 4, 6(c), 6(d))',
      after: ['implementation'],
      requires: broaderConclusion,
      latest: { phase: 'adoption', plus: 'P8Y' },
      actions: lift('iran.2231.ballistic-missiles', 'iran.2231.missile-items', 'iran.2231.asset-freeze'),
      sources: [I.assets, I.missiles],
    },
    {
      id: 'termination',
      title: 'Termination Day: ten years after Adoption Day, all provisions of 2231 terminate (para 8)',
      after: ['adoption'],
      requires: { op: 'any', of: [] },
      latest: { phase: 'adoption', plus: 'P10Y' },
      actions: lift('iran.2231.procurement-channel'),
      note: 'Nothing but the date starts it: its condition can never be met.',
    },
  ],
  snapback: {
    trigger: {
      op: 'occurred',
      event: 'snapback-notification',
      within: TEN_YEARS,
    },
    delay: 'P31D',
    blockedBy: { op: 'occurred', event: 'continuation-resolution-adopted', within: { last: 'P30D' } },
    restores: OLD,
    terminates: ['iran.2231.procurement-channel'],
    expires: { phase: 'termination' },
    note: 'Para 12: the measures apply again at midnight Greenwich Mean Time after the end of the thirtieth day after the notification. In GMT calendar days (the convention of this plan) the notification of 28 August 2025 is day 0, the thirtieth day is 27 September, and the first day in force is 28 September 2025: hence a delay of P31D. The Secretary-General\'s note gives the instant as 27 September, 8 p.m. EDT, which is 28 September 00:00 GMT (Chosun: "12 a.m. on the 28th (Greenwich Mean Time"); New York\'s calendar, and the UN briefing\'s "Sept. 27", would say the 27th. Para 12 also terminates the measures of 2231 paras 7, 8 and 16 to 20: of the Annex B measures only the procurement channel was still in force, so snapback takes it out (terminates) the day it takes effect, and Termination Day never comes. That termination clause is unconfirmed (no source at hand quotes it). The restored list is that of para 12 (not 2224). The 2020 US letter is a different event kind: 13 members held it was not a para 11 notification.',
    sources: [I.op11, I.sgNote2025, I.chosun2025],
  },
} satisfies z.input<typeof ReliefPlanSchema>);

/**
 * The JCPOA's phased relief under resolution 2231, over {@link iran2231}: Adoption Day (endorsement + 90 days),
 * Implementation Day (the IAEA report), the five-year and eight-year (Transition Day) steps, Termination Day, and
 * snapback (a participant's notification; reimposition after 30 days unless a continuation resolution is adopted).
 *
 * @example
 * ```ts
 * import { jcpoaPlan } from 'sanctions-regime/data';
 * jcpoaPlan.phases.map((p) => p.id).join(' '); //=> 'adoption implementation five-years transition termination'
 * ```
 * @category Data
 */
export const jcpoaPlan: ReliefPlan = /* @__PURE__ */ ReliefPlanSchema.parse(jcpoaPlanInput);

const E = {
  iaea2016:
    'IAEA GOV/2016/8 summary (Iran Watch): "On 16 January 2016, the Director General confirmed that the Agency had verified…"; transmitted to the Council as S/2016/57 — https://www.iranwatch.org/library/multilateral-organizations/international-atomic-energy-agency/iaea-report/verification-monitoring-islamic-republic-iran-light-united-nations-3',
  e3: 'E3 joint statement, 28 August 2025, quoted by Anadolu Agency: "in accordance with paragraph 11 … decided to notify" — https://www.aa.com.tr/en/europe/uk-france-germany-trigger-mechanism-for-reinstating-un-sanctions-in-dispute-over-irans-nuclear-program/3671866',
  us2020:
    'E3 foreign ministers\' statement, 22 August 2020: "On 20 August, the US sent a letter … to initiate the \'snapback\' mechanism" — https://www.parliamenttoday.com/members/viewnews.html?id=119749; 13 of 15 members opposed (Reuters via larouchepub.com), the President "not in a position to take further action" (TASS, 25 August 2020)',
  vote0919:
    'UN News (Russian, machine translation), 19 September 2025: continuation draft not adopted, 4-9-2 — https://translation1.mil-osi.com/?p=6533',
  vote0926:
    'APP, 26 September 2025: China-Russia six-month extension draft fails, 4 in favour, 9 against, 2 abstentions — https://www.app.com.pk/?p=1075942',
  withdrawal:
    'SG fifth report on 2231 (Iran Primer excerpt): "On 8 May 2018, the United States … announced its withdrawal" — https://iranprimer.usip.org/blog/2018/jun/14/un-report-security-council-resolution-2231',
  councilRecord:
    "Security Council documents and resolutions are published (un.org/securitycouncil); the SG's six-monthly reports on 2231 list every notification and decision under it. Coverage starts in 2005, before the JCPOA and 2231 existed: no notification under them, nor a continuation of their terminations, could precede them",
  iaeaRecord:
    'The IAEA\'s quarterly JCPOA verification reports (GOV/2016/8 onward) are published, and no report could verify JCPOA steps before the JCPOA was concluded on 14 July 2015 (coverage from 2005 only says that); none reports a broader conclusion for Iran. Indirect evidence: the Director General, 11 September 2017, on the evaluations regarding the absence of undeclared nuclear material and activities in Iran: they "remain ongoing" — https://www.iranwatch.org/library/multilateral-organizations/international-atomic-energy-agency/iaea-director-generals-introductory-statement-board-governors-excerpts',
};

/**
 * The input (JSON) form of {@link jcpoaEvidence}.
 *
 * @category Data
 */
export const jcpoaEvidenceInput: EvidenceInput = /* @__PURE__ */ deepFreeze({
  events: [
    {
      kind: 'unsc-endorsement-2231',
      date: '2015-07-20',
      source:
        'S/RES/2231 (2015), adopted unanimously at the 7488th meeting — UN media release, https://travel-impact-newswire.com/?p=40357',
    },
    { kind: 'iaea-implementation-verified', date: '2016-01-16', source: E.iaea2016 },
    { kind: 'us-withdrawal-from-jcpoa', date: '2018-05-08', source: E.withdrawal },
    { kind: 'snapback-notification-contested', date: '2020-08-20', source: E.us2020 },
    { kind: 'snapback-notification', date: '2025-08-28', source: E.e3 },
    { kind: 'continuation-draft-failed', date: '2025-09-19', source: E.vote0919 },
    { kind: 'continuation-draft-failed', date: '2025-09-26', source: E.vote0926 },
  ],
  coverage: [
    { kind: 'iaea-implementation-verified', start: '2005-01-01', end: '2025-10-18' },
    { kind: 'iaea-broader-conclusion-report', start: '2005-01-01', end: '2025-10-18' },
    { kind: 'snapback-notification', start: '2005-01-01', end: '2025-10-18' },
    { kind: 'continuation-resolution-adopted', start: '2005-01-01', end: '2025-12-31' },
  ],
} satisfies EvidenceInput);

/**
 * The evidence 2015-2025 behind {@link jcpoaPlan}, each item cited: the endorsement, the IAEA's verification, the
 * 2020 US letter (a contested notification, recorded as its own kind), the E3 notification of 28 August 2025, the
 * failed continuation drafts of 19 and 26 September 2025, and the coverage that makes absences known (no broader
 * conclusion, no continuation resolution adopted).
 *
 * @example
 * ```ts
 * import { jcpoaEvidence } from 'sanctions-regime/data';
 * jcpoaEvidence.events?.find((e) => e.kind === 'snapback-notification')?.date; //=> '2025-08-28'
 * ```
 * @category Data
 */
export const jcpoaEvidence = /* @__PURE__ */ EvidenceSchema.parse(jcpoaEvidenceInput);

/**
 * Where the coverage of {@link jcpoaEvidence} comes from, by event kind.
 *
 * @category Data
 */
export const jcpoaCoverageSources: Readonly<Record<string, string>> = Object.freeze({
  'iaea-implementation-verified': E.iaeaRecord,
  'iaea-broader-conclusion-report': E.iaeaRecord,
  'snapback-notification': E.councilRecord,
  'continuation-resolution-adopted': E.councilRecord,
});

// The four positions of the 27 September 2018 Security Council meeting on the DPRK, as relief plans over
// dprk1718, and the DPRK evidence 2017-2019 they are evaluated against. What was said is cited; how it is turned
// into conditions and lists of measures is a reading, marked unconfirmed where the statements do not give it.
import type { z } from 'zod';
import { type EvidenceInput, EvidenceSchema } from '../conditions/EvidenceSchema.js';
import { deepFreeze } from '../internal/frozen.js';
import { type ReliefPlan, ReliefPlanSchema } from '../relief/plan.js';
import { dprk1718Input } from './dprk1718.js';

type PlanInput = z.input<typeof ReliefPlanSchema>;

const AFP = {
  document: 'AFP, "China, Russia call at UN for easing of N.Korea sanctions", 27 September 2018',
  date: '2018-09-27',
} as const;
const SC13525 = {
  document: 'SC/13525: Security Council, 8363rd meeting, 27 September 2018',
  url: 'https://press.un.org/en/2018/sc13525.doc.htm',
  date: '2018-09-27',
} as const;

const lift = (...ids: string[]) => ids.map((measure) => ({ type: 'lift' as const, measure }));

/** Every measure of dprk1718 created by a resolution from 2270 on, but the arms embargo: the sectoral sanctions. */
const SECTORAL = /* @__PURE__ */ dprk1718Input.resolutions
  .filter((r) => r.number >= 2270)
  .flatMap((r) => r.measures.filter((m) => m.kind !== 'arms-embargo').map((m) => m.id));
/** Every measure of dprk1718. */
const ALL = /* @__PURE__ */ dprk1718Input.resolutions.flatMap((r) => r.measures.map((m) => m.id));
/**
 * A reading of the 2018 China-Russia statements: the bans of the 2017 resolutions (2371, 2375, 2397) on the DPRK's
 * exports, other than nuclear- or missile-related items, and their measures on DPRK workers abroad.
 */
const UNRELATED_2017 = /* @__PURE__ */ dprk1718Input.resolutions
  .filter((r) => r.number >= 2371)
  .flatMap((r) =>
    r.measures
      .filter((m) =>
        m.kind === 'trade-ban'
          ? m.direction === 'from-target' &&
            m.commodity !== 'nuclear-missile-items' &&
            m.mode !== 'conditional'
          : m.id.startsWith('dprk.workers.') && !m.id.endsWith('.exception'),
      )
      .map((m) => m.id),
  );
/** The lifts of the December 2019 China-Russia draft that map onto measures. */
const DRAFT_2019 = [
  'dprk.statues.export',
  'dprk.seafood.export',
  'dprk.textiles.export',
  'dprk.workers.authorisations-ban',
  'dprk.workers.repatriation',
];

const ffvd = { op: 'fact', fact: 'dprk.denuclearization.final-fully-verified' } as const;
/** The moratorium kept: declared, and no nuclear test or ICBM launch since it took effect (21 April 2018). */
const moratoriumKept = {
  op: 'all',
  of: [
    { op: 'fact', fact: 'dprk.test-moratorium-declared' },
    { op: 'noneOccurred', event: 'nuclear-test', within: { start: '2018-04-21', end: '9999-12-31' } },
    { op: 'noneOccurred', event: 'icbm-launch', within: { start: '2018-04-21', end: '9999-12-31' } },
  ],
} as const;

/**
 * The input (JSON) forms of {@link dprkPositions}.
 *
 * @category Data
 */
export const dprkPositionsInput: Readonly<
  Record<'usa' | 'chinaRussia' | 'japan' | 'southKorea', z.input<typeof ReliefPlanSchema>>
> = /* @__PURE__ */ deepFreeze({
  usa: {
    id: 'dprk-2018-usa',
    title: 'United States: enforcement until final, fully verified denuclearization',
    regime: 'dprk-1718',
    proposedBy: ['USA'],
    // The day of the earliest cited statement of the position (tests/data/relief-data.test.ts checks it).
    start: '2018-09-27',
    sources: [
      {
        ...AFP,
        quote:
          'Enforcement of UN Security Council sanctions must continue vigorously and without fail until we realize final, fully verified denuclearization',
      },
      {
        ...SC13525,
        quote: 'the enforcement of sanctions must continue until denuclearization is final and verified',
      },
    ],
    confidence: 'unconfirmed',
    note: 'The condition is stated; what would be eased afterwards is not. Modelled as the sectoral measures of 2270 to 2397; every arms embargo, and the asset freeze and travel ban of 1718, are kept. Reuters words the condition "the fully, final, verified denuclearisation".',
    phases: [
      {
        id: 'after-ffvd',
        title: 'After final, fully verified denuclearization',
        requires: ffvd,
        actions: lift(...SECTORAL),
      },
    ],
  },
  chinaRussia: {
    id: 'dprk-2018-chn-rus',
    title: "China and Russia: easing following the DPRK's steps toward disarmament",
    regime: 'dprk-1718',
    proposedBy: ['CHN', 'RUS'],
    // The day of the earliest cited statement of the position (tests/data/relief-data.test.ts checks it).
    start: '2018-09-27',
    sources: [
      {
        ...AFP,
        quote: 'Steps by the DPRK toward gradual disarmament should be followed by an easing of sanctions',
      },
      {
        document:
          'AP, 27 September 2018, as printed by Etemaad Daily: "US seeks to keep North Korea sanctions despite progress"',
        url: 'https://en.etemaaddaily.com/world/international/us-seeks-to-keep-north-korea-sanctions-despite-progress:49348',
        date: '2018-09-27',
        quote: 'Lavrov also said that certain sanctions, unrelated to the nuclear program, should be eased',
      },
      {
        document:
          'Reuters, 27 September 2018, as printed by New Nation: "At UN, US at odds with China, Russia over North Korea sanctions" (Wang Yi)',
        url: 'https://newnation.io/at-un-us-at-odds-with-china-russia-over-north-korea-sanctions',
        date: '2018-09-27',
        quote:
          'needs to consider invoking in due course this provision to encourage the DPRK and other relevant parties to move denuclearisation further ahead',
      },
      {
        document:
          'RFE/RL, 27 September 2018: "U.S. Clashes With China, Russia Over Easing UN Sanctions On North Korea"',
        url: 'https://rferl.org/amp/us-clashes-china-russia-un-security-council-easing-sanctions-north-korea-/29514162.html',
        date: '2018-09-27',
        note: 'Paraphrases Wang Yi: relief "from some of the strict sanctions passed by the council last year".',
      },
    ],
    confidence: 'unconfirmed',
    note: 'What was said on 27 September 2018: Lavrov wanted certain sanctions "unrelated to" the nuclear programme eased after the DPRK\'s steps (AP), and Wang Yi asked the Council to consider "invoking in due course" the resolutions\' provisions for modifying sanctions (Reuters). Neither named a measure, so the scope is unconfirmed: it is read here as the bans of the 2017 resolutions (2371, 2375, 2397; RFE/RL has Wang Yi speak of the sanctions "passed by the council last year") on the DPRK\'s exports, other than nuclear- or missile-related items, and their measures on DPRK workers abroad; supply caps, supply bans and maritime enforcement are kept. The DPRK\'s "steps" are read as the test moratorium declared on 21 April 2018 and kept since (no nuclear test, no ICBM launch). The list of statues, seafood, textiles and workers belongs to the China-Russia draft resolution of 16 December 2019, a later document modelled apart (dprkDraftResolution2019).',
    phases: [
      {
        id: 'steps',
        title: 'DPRK steps: the test moratorium declared on 21 April 2018, and kept',
        requires: moratoriumKept,
        actions: lift(...UNRELATED_2017),
        note: 'Scope unconfirmed: a reading of "unrelated to the nuclear program"; no measure was named.',
      },
    ],
  },
  japan: {
    id: 'dprk-2018-jpn',
    title: 'Japan: complete, verified disarmament before lifting any sanction',
    regime: 'dprk-1718',
    proposedBy: ['JPN'],
    // The day of the earliest cited statement of the position (tests/data/relief-data.test.ts checks it).
    start: '2018-09-17',
    sources: [
      {
        ...AFP,
        quote:
          'calling for the complete and verified disarming of North Korea as a condition for lifting any sanctions',
      },
      {
        document: "Japan's Permanent Representative at the Security Council, 17 September 2018",
        url: 'https://www.un.emb-japan.go.jp/itpr_en/bessho091718.html',
        date: '2018-09-17',
        quote: 'now is not a time to ease or lift any of the sanctions',
      },
    ],
    confidence: 'unconfirmed',
    note: "Japan's statement of 27 September 2018 was not found; the position is AFP's account, consistent with Japan's statement of 17 September 2018. \"Lifting any sanction\" is modelled as every measure, once disarmament is complete and verified.",
    phases: [
      {
        id: 'after-verified-disarmament',
        title: 'After complete, verified disarmament',
        requires: { op: 'fact', fact: 'dprk.disarmament.complete-verified' },
        actions: lift(...ALL),
      },
    ],
  },
  southKorea: {
    id: 'dprk-2018-kor',
    title: 'South Korea: step-by-step relief',
    regime: 'dprk-1718',
    proposedBy: ['KOR'],
    // The day of the earliest cited statement of the position (tests/data/relief-data.test.ts checks it).
    start: '2018-09-27',
    sources: [
      { ...AFP, quote: 'calls for step-by-step sanctions relief from ally South Korea' },
      {
        document:
          'ROK MOFA press release on the 27 September 2018 ministerial meeting (seq=320103 on mofa.go.kr; the full address is unverified)',
        date: '2018-09-27',
        note: 'Reports the progress shared and asks for support; says nothing about relief.',
      },
    ],
    confidence: 'unconfirmed',
    note: 'Only AFP reports "step-by-step" relief, as South Korea\'s general stance; the ROK readout of the meeting does not mention relief. The steps and what each eases are a reading: declared steps first (the civilian-livelihood list), verification next (workers and coal and iron exports), final verified denuclearization last (every sectoral measure).',
    phases: [
      {
        id: 'declared-steps',
        title: 'Declared steps: moratorium and test-site dismantlement',
        requires: {
          op: 'all',
          of: [
            { op: 'fact', fact: 'dprk.test-moratorium-declared' },
            { op: 'fact', fact: 'dprk.punggye-ri-dismantlement-claimed' },
          ],
        },
        actions: lift('dprk.statues.export', 'dprk.seafood.export', 'dprk.textiles.export'),
      },
      {
        id: 'verification',
        title: 'International verification access',
        after: ['declared-steps'],
        requires: { op: 'compare', fact: 'dprk.verification.iaea-access', cmp: 'eq', value: true },
        actions: lift(
          'dprk.workers.authorisations-ban',
          'dprk.workers.repatriation',
          'dprk.coal.export',
          'dprk.iron.export',
          'dprk.iron-ore.export',
        ),
      },
      {
        id: 'ffvd',
        title: 'Final, fully verified denuclearization',
        after: ['verification'],
        requires: ffvd,
        actions: lift(
          ...SECTORAL.filter(
            (id) =>
              ![
                'dprk.statues.export',
                'dprk.seafood.export',
                'dprk.textiles.export',
                'dprk.workers.authorisations-ban',
                'dprk.workers.repatriation',
                'dprk.coal.export',
                'dprk.iron.export',
                'dprk.iron-ore.export',
              ].includes(id),
          ),
        ),
      },
    ],
  },
} satisfies Record<string, PlanInput>);

/**
 * The input (JSON) form of {@link dprkDraftResolution2019}.
 *
 * @category Data
 */
export const dprkDraftResolution2019Input: z.input<typeof ReliefPlanSchema> = /* @__PURE__ */ deepFreeze({
  id: 'dprk-2019-draft-chn-rus',
  title:
    'China-Russia draft resolution of 16 December 2019: lift the bans on statues, seafood, textiles and workers',
  regime: 'dprk-1718',
  proposedBy: ['CHN', 'RUS'],
  start: '2019-12-16',
  sources: [
    {
      document:
        'Reuters, 16 December 2019: China, Russia propose lifting of some UN sanctions on North Korea',
      url: 'https://allsidesnow.com/blog/2019/12/16/china-russia-propose-lifting-of-some-u-n-sanctions-on-north-korea/',
      date: '2019-12-16',
      quote: 'lift a ban on North Korea exporting statues, seafood and textiles',
    },
    {
      document: 'Sputnik, 16 December 2019: text of the China-Russia draft',
      url: 'https://sputnikglobe.com/amp/20191216/russia-china-submit-un-resolution-to-lift-sanctions-on-north-korea-1077592915.html',
      date: '2019-12-16',
    },
  ],
  confidence: 'unconfirmed',
  note: 'A draft circulated on 16 December 2019 and never put to a vote; it cannot act before that day. Its lifts map onto five measures (statues, seafood, textiles, overseas workers and the repatriation deadline). Its exemption of inter-Korean rail and road projects, and of "measures directly related to civilian livelihood", map onto no single measure and are not modelled. The condition is the same reading of the DPRK\'s steps as the 2018 position (the test moratorium kept).',
  phases: [
    {
      id: 'draft',
      title: 'The draft adopted, the DPRK keeping its test moratorium',
      requires: moratoriumKept,
      actions: lift(...DRAFT_2019),
    },
  ],
} satisfies PlanInput);

/**
 * The China-Russia draft resolution of 16 December 2019 as a relief plan over `dprk1718`: the bans on statues,
 * seafood and textiles, on overseas workers and the repatriation deadline lifted. Dated and cited as a 2019
 * document: it cannot act before 16 December 2019, so it is not a position of the 2018 meeting.
 *
 * @example
 * ```ts
 * import { dprkDraftResolution2019 } from 'sanctions-regime/data';
 * dprkDraftResolution2019.start; //=> '2019-12-16'
 * ```
 * @category Data
 */
export const dprkDraftResolution2019: ReliefPlan = /* @__PURE__ */ ReliefPlanSchema.parse(
  dprkDraftResolution2019Input,
);

/**
 * The four positions of the 27 September 2018 Security Council meeting as relief plans over `dprk1718`: the
 * United States, China and Russia, Japan and South Korea, each cited to what was said, each reading marked
 * unconfirmed where the statements leave it open.
 *
 * @example
 * ```ts
 * import { dprkPositions } from 'sanctions-regime/data';
 * Object.values(dprkPositions).map((p) => p.proposedBy.join('+')).join(' '); //=> 'USA CHN+RUS JPN KOR'
 * ```
 * @category Data
 */
export const dprkPositions: Readonly<Record<keyof typeof dprkPositionsInput, ReliefPlan>> =
  /* @__PURE__ */ deepFreeze({
    usa: ReliefPlanSchema.parse(dprkPositionsInput.usa),
    chinaRussia: ReliefPlanSchema.parse(dprkPositionsInput.chinaRussia),
    japan: ReliefPlanSchema.parse(dprkPositionsInput.japan),
    southKorea: ReliefPlanSchema.parse(dprkPositionsInput.southKorea),
  });

const S = {
  test2006:
    'Rediff (25 May 2009), recalling the first test of 9 October 2006 — https://www.rediff.com/news/report/north-korea-conducts-second-nuclear-test/20090525.htm?print=true',
  test2009:
    'Reuters, 25 May 2009: North Korea conducts second nuclear test — http://web.archive.org/web/20090528130111/http:/www.reuters.com/article/worldNews/idUSTRE54O4FS20090525',
  test2013:
    'RFE/RL, 12 February 2013: North Korea nuclear test — https://www.rferl.org/a/north-korea-nuclear-test/24899506.html',
  test2016a:
    'RFE/RL, 6 January 2016: UN meets on North Korea nuclear test — https://www.rferl.org/a/north-korea-nuclear-test-un-meets/27472500.html',
  test2016b:
    'Kyodo, 9 September 2016: North Korea conducts fifth nuclear test — http://english.kyodonews.jp/news/2016/09/433145.html',
  stratfor:
    'Stratfor, July 2017: North Korea successfully tests its first ICBM (4 July 2017) — https://worldview.stratfor.com/article/north-korea-successfully-tests-its-first-icbm',
  sg2017:
    'UN Secretary-General spokesman, 3 September 2017: the Secretary-General condemns the underground nuclear test — https://www.un.org/sg/en/content/sg/statement/2017-09-03/statement-attributable-spokesman-secretary-general-nuclear-test',
  afpSix:
    'AFP, 27 September 2018: the DPRK refined its arsenal "through six nuclear tests since 2006" — the sixth being that of 3 September 2017, none followed by the day of the meeting',
  janes:
    "Jane's, 1 August 2017: Hwasong-14 launches of 4 and 28 July 2017 — https://www.janes.com/article/72745/north-korea-conducts-successful-missile-launch",
  hwasong15:
    'Reuters, 29 November 2017 (local date; 28 November in New York): Hwasong-15 launch — https://www.defence-industries.com/news/north-korea-says-successfully-launches-new-icbm',
  latimes:
    'Los Angeles Times, 4 May 2019: "North Korea last tested an intercontinental ballistic missile in November 2017" — https://www.latimes.com/world/asia/la-fg-north-korea-missile-20190503-story.html',
  moratorium:
    'Global Times (Xinhua, quoting KCNA), 21 April 2018: nuclear and ICBM tests suspended from 21 April 2018 — http://www.globaltimes.cn/content/1099013.shtml',
  punggye:
    'Reuters pictures, 25 May 2018: Punggye-ri tunnels destroyed on 24 May 2018; experts not allowed to witness it — https://www.reuters.com/news/picture/north-korea-destroys-tunnels-at-nuclear-idUSRTS1T4AK',
  iaea2018:
    'IAEA Director General, annual report on the DPRK of 20 August 2018 (Sputnik, 21 August 2018): "The Agency has not had access to the Yongbyon site" — https://www.pakistanpoint.com/en/story/415486/iaea-sees-no-signs-of-north-koreas-denuclearization-l.html',
  panmunjom:
    'Kyodo, 27 April 2018: Panmunjom Declaration — https://english.kyodonews.net/news/2018/04/af14d18783e8-update1-2-koreas-to-hold-historic-summit-focus-on-norths-nuke-issue.html',
  singapore:
    'Singapore joint statement, 12 June 2018 (full text) — https://www.theepochtimes.com/uplift/full-text-of-trump-and-kims-joint-statement_2558906.html',
  pyongyang:
    "Jane's, 19 September 2018: Pyongyang Joint Declaration (Sohae dismantlement under experts' observation; Yongbyon offer conditional) — https://www.janes.com/article/83191/north-korea-willing-to-permanently-dismantle-yongbyon-nuclear-site",
  hanoi:
    'AP, 28 February 2019: Hanoi summit ends without agreement — https://www.apnews.com/78d68909abf8c0b4c6442ad03b4d0fb4',
  srbm1:
    'DW, 4 May 2019: first documented missile launch since November 2017 (short-range) — https://www.dw.com/en/north-korea-test-fires-several-missiles/a-48599221',
  srbm2:
    'CSIS Missile Threat, 9 May 2019: two short-range ballistic missiles from Kusong — https://missilethreat.csis.org/north-korea-test-fires-two-short-range-ballistic-missiles/',
  dmz: 'Washington Post, 30 June 2019: Trump-Kim meeting at Panmunjom — https://www.washingtonpost.com/politics/trump-says-north-koreas-kim-wants-to-join-him-at-the-dmz/2019/06/29/ef99dc98-9a99-11e9-830a-21b9b36b64ad_story.html',
};

/**
 * The input (JSON) form of {@link dprkEvidence}.
 *
 * @category Data
 */
export const dprkEvidenceInput: EvidenceInput = /* @__PURE__ */ deepFreeze({
  facts: [
    { fact: 'dprk.test-moratorium-declared', value: true, from: '2018-04-21', source: S.moratorium },
    { fact: 'dprk.punggye-ri-dismantlement-claimed', value: true, from: '2018-05-24', source: S.punggye },
    { fact: 'dprk.verification.iaea-access', value: false, from: '2018-08-20', source: S.iaea2018 },
    {
      fact: 'dprk.denuclearization.final-fully-verified',
      value: false,
      from: '2017-09-03',
      source: `${S.sg2017} (a sixth nuclear test)`,
    },
    {
      fact: 'dprk.denuclearization.final-fully-verified',
      value: false,
      from: '2018-08-20',
      source: `${S.iaea2018} (no verification is possible without access)`,
    },
    {
      fact: 'dprk.disarmament.complete-verified',
      value: false,
      from: '2017-09-03',
      source: `${S.sg2017} (a sixth nuclear test)`,
    },
    {
      fact: 'dprk.disarmament.complete-verified',
      value: false,
      from: '2018-08-20',
      source: `${S.iaea2018} (no verification is possible without access)`,
    },
  ],
  events: [
    { kind: 'nuclear-test', date: '2006-10-09', source: S.test2006 },
    { kind: 'nuclear-test', date: '2009-05-25', source: S.test2009 },
    { kind: 'nuclear-test', date: '2013-02-12', source: S.test2013 },
    { kind: 'nuclear-test', date: '2016-01-06', source: S.test2016a },
    { kind: 'nuclear-test', date: '2016-09-09', source: S.test2016b },
    { kind: 'nuclear-test', date: '2017-09-03', source: S.sg2017 },
    { kind: 'icbm-launch', date: '2017-07-04', source: `${S.stratfor}; ${S.janes}` },
    { kind: 'icbm-launch', date: '2017-07-28', source: S.janes },
    { kind: 'icbm-launch', date: '2017-11-29', source: S.hwasong15 },
    { kind: 'summit', date: '2018-04-27', source: S.panmunjom },
    { kind: 'summit', date: '2018-06-12', source: S.singapore },
    { kind: 'summit', date: '2018-09-19', source: S.pyongyang },
    { kind: 'summit', date: '2019-02-28', source: S.hanoi },
    { kind: 'srbm-launch', date: '2019-05-04', source: S.srbm1 },
    { kind: 'srbm-launch', date: '2019-05-09', source: S.srbm2 },
    { kind: 'summit', date: '2019-06-30', source: S.dmz },
  ],
  coverage: [
    { kind: 'nuclear-test', start: '2006-10-09', end: '2018-09-27' },
    { kind: 'icbm-launch', start: '2017-07-04', end: '2019-05-04' },
  ],
} satisfies EvidenceInput);

/**
 * The DPRK evidence 2017-2019 the 2018 positions are evaluated against, each item cited: the last nuclear test and
 * the ICBM launches of 2017, the declared moratorium, the Punggye-ri demolition without inspectors, the IAEA's lack
 * of access, the summits; coverage only where a source says nothing else happened. Unknowns stay unknown.
 *
 * @example
 * ```ts
 * import { dprkEvidence } from 'sanctions-regime/data';
 * dprkEvidence.events?.filter((e) => e.kind === 'icbm-launch').length; //=> 3
 * ```
 * @category Data
 */
export const dprkEvidence = /* @__PURE__ */ EvidenceSchema.parse(dprkEvidenceInput);

/**
 * Where the coverage of {@link dprkEvidence} comes from, by event kind.
 *
 * @category Data
 */
export const dprkCoverageSources: Readonly<Record<string, string>> = Object.freeze({
  'nuclear-test': `${S.afpSix}; the six are listed as events, with their sources`,
  'icbm-launch': `${S.stratfor} (the first ICBM test); ${S.latimes}`,
});

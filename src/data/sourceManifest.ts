// The source manifest: every address the bundled data cites, what it supports and when it was first cited. Computed
// from the data itself (a walk over the JSON forms), so it can never list a fact that does not cite the address.
import { dprk1718Input } from './dprk1718.js';
import {
  dprkCoverageSources,
  dprkDraftResolution2019Input,
  dprkEvidenceInput,
  dprkPositionsInput,
} from './dprkRelief.js';
import { firstCited } from './firstCited.js';
import { iran2231Input, jcpoaCoverageSources, jcpoaEvidenceInput, jcpoaPlanInput } from './iran2231.js';
import { refinedPetroleumLedger } from './refinedPetroleumLedger.js';
import { southSudan2206Input, southSudanBenchmarksInput, southSudanEvidenceInput } from './southSudan2206.js';

/**
 * One address cited by the bundled data.
 *
 * @category Data
 */
export interface SourceManifestEntry {
  /** The address, as cited. */
  readonly url: string;
  /** The titles under which the data cites it (empty when it appears only inside the text of a source). */
  readonly documents: readonly string[];
  /** The ids of the facts that cite it, in the order of the data (see `docs/data.md` for the id scheme). */
  readonly supports: readonly string[];
  /**
   * The day the address was first cited in the data of this repository (the date of the first commit that added
   * it, from `git log`): the source was read on or before that day. Absent only in a working tree whose dates were
   * not regenerated (`npm run data:json`); the tests keep it present in every release.
   */
  readonly firstCited?: string;
}

const URLS = /https?:\/\/[^\s"'<>]+/g;

/** The addresses in a text, without the punctuation that ends a sentence or closes a parenthesis around them. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(URLS)].map(([found]) => {
    let url = found;
    for (;;) {
      const last = url.at(-1);
      const unbalanced = last === ')' && url.split('(').length < url.split(')').length;
      if (last === '.' || last === ',' || last === ';' || last === ':' || unbalanced) url = url.slice(0, -1);
      else return url;
    }
  });
}

type Visit = (url: string, document: string | undefined, fact: string) => void;
type Node = Record<string, unknown>;

const str = (node: Node, key: string): string => String(node[key]);

/**
 * The id of an item of the array `key` of a node whose id is `parent`; the parent's id for any other array. The one
 * fact-id scheme: scripts/dataDiff.ts uses it too. Internal: not re-exported from the data entry.
 */
export function childId(key: string, item: Node, parent: string): string {
  switch (key) {
    case 'resolutions':
      return `${parent}/${str(item, 'number')}`;
    case 'paragraphs':
      return `${parent}/${str(item, 'number')}`;
    case 'measures':
    case 'mandates':
    case 'deadlines':
      return str(item, 'id');
    case 'changes':
      return `${parent}/${str(item, 'paragraph')}/${str(item, 'type')}/${str(item, 'target')}`;
    case 'phases':
      return `${parent}/${str(item, 'id')}`;
    case 'facts':
      return `${parent}/facts/${str(item, 'fact')}/${str(item, 'from')}`;
    case 'events':
      return `${parent}/events/${str(item, 'kind')}/${str(item, 'date')}`;
    case 'coverage':
      return `${parent}/coverage/${str(item, 'kind')}`;
    default:
      return parent;
  }
}

function walk(value: unknown, fact: string, visit: Visit): void {
  if (typeof value === 'string') {
    for (const url of urlsIn(value)) visit(url, undefined, fact);
  } else if (Array.isArray(value)) {
    for (const item of value) walk(item, fact, visit);
  } else if (typeof value === 'object' && value !== null) {
    const node = value as Node;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'url' && typeof child === 'string') {
        visit(child, typeof node.document === 'string' ? node.document : undefined, fact);
      } else if (key === 'snapback') {
        walk(child, `${fact}/snapback`, visit);
      } else if (Array.isArray(child)) {
        for (const item of child) walk(item, childId(key, item as Node, fact), visit);
      } else {
        walk(child, fact, visit);
      }
    }
  }
}

/** Every bundled dataset, as the fact id its top carries and its JSON form. */
function roots(): [string, unknown][] {
  return [
    [dprk1718Input.id, dprk1718Input],
    [iran2231Input.id, iran2231Input],
    [southSudan2206Input.id, southSudan2206Input],
    ...refinedPetroleumLedger.map((entry): [string, unknown] => [
      `refinedPetroleumLedger/${entry.id}`,
      entry,
    ]),
    ...Object.values(dprkPositionsInput).map((plan): [string, unknown] => [plan.id, plan]),
    [dprkDraftResolution2019Input.id, dprkDraftResolution2019Input],
    [jcpoaPlanInput.id, jcpoaPlanInput],
    [southSudanBenchmarksInput.id, southSudanBenchmarksInput],
    ['dprkEvidence', dprkEvidenceInput],
    ['jcpoaEvidence', jcpoaEvidenceInput],
    ['southSudanEvidence', southSudanEvidenceInput],
    ...Object.entries(dprkCoverageSources).map(([kind, text]): [string, unknown] => [
      `dprkCoverageSources/${kind}`,
      text,
    ]),
    ...Object.entries(jcpoaCoverageSources).map(([kind, text]): [string, unknown] => [
      `jcpoaCoverageSources/${kind}`,
      text,
    ]),
  ];
}

/** Builds the manifest from the bundled data, in order of address. */
function buildManifest(): readonly SourceManifestEntry[] {
  const found = new Map<string, { documents: Set<string>; supports: Set<string> }>();
  const visit: Visit = (url, document, fact) => {
    let entry = found.get(url);
    if (entry === undefined) {
      entry = { documents: new Set(), supports: new Set() };
      found.set(url, entry);
    }
    if (document !== undefined) entry.documents.add(document);
    entry.supports.add(fact);
  };
  for (const [fact, value] of roots()) walk(value, fact, visit);
  return Object.freeze(
    [...found.keys()].sort().map((url) => {
      const { documents, supports } = found.get(url) as { documents: Set<string>; supports: Set<string> };
      const date = firstCited[url];
      return Object.freeze({
        url,
        documents: Object.freeze([...documents]),
        supports: Object.freeze([...supports]),
        ...(date === undefined ? {} : { firstCited: date }),
      });
    }),
  );
}

/**
 * The source manifest of the bundled data: every address it cites (in a citation's `url` or inside the text of an
 * evidence source), the titles it is cited under, the ids of the facts it supports, and the day it was first cited
 * in this repository. Sorted by address. Also shipped as `sanctions-regime/data/json/sourceManifest.json`.
 *
 * Fact ids: a measure's, mandate's or deadline's own id (`dprk.refined-petroleum.cap`, `dprk.panel-of-experts`); a
 * regime's id (`dprk-1718`), then `/<resolution>` and `/<paragraph>` for its resolutions and paragraphs, `/<resolution>/<paragraph>/<type>/<target>`
 * for a change; a plan's id, then `/<phase>` or `/snapback`; `refinedPetroleumLedger/<entry id>`;
 * `dprkEvidence/facts/<fact>/<from>` and `…/events/<kind>/<date>`; `dprkCoverageSources/<kind>`.
 *
 * @example
 * ```ts
 * import { sourceManifest } from 'sanctions-regime/data';
 * const page = sourceManifest.find((s) => s.url === 'https://press.un.org/en/2018/sc13162.doc.htm');
 * page?.supports.includes('dprk-1718'); //=> true
 * ```
 * @category Data
 */
export const sourceManifest: readonly SourceManifestEntry[] = /* @__PURE__ */ buildManifest();

// What changed in the bundled data between two versions, for DATA-CHANGELOG.md: the fact ids added, changed and
// removed, and the dates on which `measuresInForce` answers differ. Used by `npm run data:diff` (scripts/data-diff.ts),
// which loads the old version from git; tests/data/dataDiff.test.ts checks it on known changes.

import { childId } from '../src/data/sourceManifest.js';
import {
  type Citation,
  formatCitation,
  measuresInForce,
  parseDate,
  type Regime,
  RegimeSchema,
} from '../src/index.js';

/** The exports of a `src/data/index.ts`, by name. */
export type DataExports = Readonly<Record<string, unknown>>;

/** Arrays whose items are facts of their own: a fact's content leaves them out, they are compared item by item. */
const CHILDREN = [
  'resolutions',
  'paragraphs',
  'measures',
  'changes',
  'phases',
  'facts',
  'events',
  'coverage',
];
type Node = Record<string, unknown>;
const str = (node: Node, key: string) => String(node[key]);

function collect(value: unknown, id: string, into: Map<string, string>): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    into.set(id, JSON.stringify(value));
    return;
  }
  const node = value as Node;
  const own: Node = {};
  for (const [key, child] of Object.entries(node)) {
    if (CHILDREN.includes(key) && Array.isArray(child)) {
      for (const item of child) collect(item, childId(key, item as Node, id), into);
      // Two entries may share an id (events of one kind on one day): keep each, numbered.
    } else own[key] = child;
  }
  let key = id;
  for (let n = 2; into.has(key); n += 1) key = `${id}#${n}`;
  into.set(key, JSON.stringify(own));
}

/** Every fact of a version of the data, by id, as the JSON of its own fields. */
export function facts(exports: DataExports): Map<string, string> {
  const into = new Map<string, string>();
  for (const [name, value] of Object.entries(exports)) {
    // Not datasets: the version, the manifest of sources, and the index of the regimes by id.
    if (name === 'dataVersion' || name === 'sourceManifest' || name === 'regimes') continue;
    // The JSON form stands for the parsed one when both are exported.
    if (`${name}Input` in exports) continue;
    const base = name.replace(/Input$/, '');
    const root = value as Node;
    if (Array.isArray(value)) {
      for (const item of value) collect(item, `${base}/${str(item as Node, 'id')}`, into);
    } else if (typeof root.id === 'string') collect(root, root.id, into);
    else if (Object.values(root).every((v) => typeof v === 'object' && v !== null && 'id' in v)) {
      for (const item of Object.values(root)) collect(item, str(item as Node, 'id'), into);
    } else collect(root, base, into);
  }
  return into;
}

/** The regimes among the exports (anything with an id and resolutions), parsed, by id. */
function regimes(exports: DataExports): Map<string, Regime> {
  const found = new Map<string, Regime>();
  for (const [name, value] of Object.entries(exports)) {
    if (`${name}Input` in exports) continue;
    const node = value as Node;
    if (typeof node === 'object' && node !== null && Array.isArray(node.resolutions))
      found.set(str(node, 'id'), RegimeSchema.parse(node));
  }
  return found;
}

const DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

function shift(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
const nextDay = (date: string) => shift(date, 1);
const dayBefore = (date: string) => shift(date, -1);

/** The answer of measuresInForce on a day, measure by measure: its basis. */
function answer(regime: Regime | undefined, on: string): Map<string, string> {
  if (regime === undefined) return new Map();
  return new Map(
    measuresInForce(regime, parseDate(on)).map((f) => [
      f.measure.id,
      f.citations.map((c: Citation) => formatCitation(c)).join('; '),
    ]),
  );
}

/** How two answers differ: `+id` in force only in the new, `-id` only in the old, `~id` in both, on another basis. */
function difference(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [id, basis] of after) {
    if (!before.has(id)) out.push(`+${id}`);
    else if (before.get(id) !== basis) out.push(`~${id}`);
  }
  for (const id of before.keys()) if (!after.has(id)) out.push(`-${id}`);
  return out.sort();
}

/** One stretch of days on which the answers of the two versions differ the same way. */
export interface AnswerChange {
  readonly regime: string;
  readonly from: string;
  /** The last day of the stretch; absent when it runs on past every date of either version. */
  readonly to?: string;
  readonly changes: readonly string[];
}

/** The stretches of days on which `measuresInForce` answers differ between the two versions, regime by regime. */
export function answerChanges(before: DataExports, after: DataExports): AnswerChange[] {
  const old = regimes(before);
  const now = regimes(after);
  const out: AnswerChange[] = [];
  for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const text = JSON.stringify([old.get(id) ?? null, now.get(id) ?? null]);
    const dates = [...new Set([...text.matchAll(DATE)].flatMap(([d]) => [d, nextDay(d)]))]
      .filter((d) => /^\d{4}-/.test(d) && d < '9999-12-31' && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)))
      .sort();
    let open: { from: string; changes: string[] } | undefined;
    for (const date of dates) {
      const changes = difference(answer(old.get(id), date), answer(now.get(id), date));
      if (open !== undefined && open.changes.join() !== changes.join()) {
        out.push({ regime: id, from: open.from, to: dayBefore(date), changes: open.changes });
        open = undefined;
      }
      if (open === undefined && changes.length > 0) open = { from: date, changes };
    }
    if (open !== undefined) out.push({ regime: id, from: open.from, changes: open.changes });
  }
  return out;
}

/** The fact ids added, changed and removed between two versions of the data. */
export function factChanges(
  before: DataExports,
  after: DataExports,
): { added: string[]; changed: string[]; removed: string[] } {
  const old = facts(before);
  const now = facts(after);
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
  };
}

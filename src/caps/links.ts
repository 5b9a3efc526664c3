// Internal: how corrections, retractions and supersessions among ledger entries resolve, independently of entry
// order. The rules (docs/caps.md, "Corrections, retractions and aggregates"):
// - a link to an unknown entry, or across bases, is an issue and has no effect; a link to an entry that is not
//   counted anyway (another cap, after asOf, basis not selected) has no effect;
// - links that close a cycle (an entry that corrects itself, two that correct each other, …) are issues
//   (CORRECTION_CYCLE) and are ignored: the entries stand as if those links were absent;
// - several corrections of one entry: the last known wins (MULTIPLE_CORRECTIONS);
// - an entry, its corrections and retractions form one delivery in several versions; an aggregate that supersedes
//   any version supersedes them all, whenever they were published, as long as the aggregate (or its latest
//   correction) is not retracted; a correction of the aggregate replaces the aggregate, not its supersessions.
import type { EntryRecord } from './entryRecord.js';

/** What the links read of an entry. */
export type LinkRecord = Pick<
  EntryRecord,
  'id' | 'basis' | 'knownDay' | 'corrects' | 'retracts' | 'supersedes'
>;

import type { LedgerIssue, Superseded } from './report.js';

type LinkKind = 'corrects' | 'retracts' | 'supersedes';

interface Edge {
  readonly from: number;
  readonly to: number;
  readonly kind: LinkKind;
}

/** What the links decide. */
export interface Resolution {
  /** Entries replaced, withdrawn or superseded (indexes into the records), with the record to report. */
  readonly superseded: ReadonlyMap<number, Superseded>;
  /** Retractions that stand: not counted, with the reason `retraction`. */
  readonly retractions: readonly number[];
  readonly issues: readonly LedgerIssue[];
}

function targetsOf(r: LinkRecord): [LinkKind, string][] {
  if (r.corrects !== undefined) return [['corrects', r.corrects]];
  if (r.retracts !== undefined) return [['retracts', r.retracts]];
  return (r.supersedes ?? []).map((id) => ['supersedes', id]);
}

// Ids are unique in a ledger: the comparator never sees two equal ids.
// Stryker disable next-line EqualityOperator: ids are never equal, as said above
const later = (a: LinkRecord, b: LinkRecord) => a.knownDay - b.knownDay || (a.id < b.id ? -1 : 1);

/**
 * The strongly connected components of a graph (Tarjan's algorithm, iterative so deep chains cannot overflow the
 * stack): a component number per node.
 */
function components(
  nodes: readonly number[],
  next: ReadonlyMap<number, readonly number[]>,
): Map<number, number> {
  const order = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const component = new Map<number, number>();
  let counter = 0;
  const visit = (v: number) => {
    order.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
  };
  for (const root of nodes) {
    if (order.has(root)) continue;
    visit(root);
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, k] = frame;
      const out = next.get(v) ?? [];
      if (k < out.length) {
        frame[1] = k + 1;
        const w = out[k] as number;
        if (!order.has(w)) {
          visit(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v) as number, order.get(w) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined)
        low.set(parent[0], Math.min(low.get(parent[0]) as number, low.get(v) as number));
      if (low.get(v) === order.get(v)) {
        let w: number;
        do {
          w = stack.pop() as number;
          onStack.delete(w);
          component.set(w, v);
        } while (w !== v);
      }
    }
  }
  return component;
}

/** Union-find over entry indexes: the versions of one delivery. */
class Versions {
  private readonly parent = new Map<number, number>();
  root(i: number): number {
    let r = i;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    // Path compression.
    for (let j = i; j !== r; ) {
      const p = this.parent.get(j) as number;
      this.parent.set(j, r);
      j = p;
    }
    return r;
  }
  join(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/**
 * Resolves the links of the entries `candidates` (indexes of records counted so far that correct, retract or
 * supersede), given which entries are still counted after the first exclusions.
 */
export function resolveLinks(
  records: (i: number) => LinkRecord,
  index: { get(id: string): number | undefined },
  active: (i: number) => boolean,
  candidates: readonly number[],
): Resolution {
  const issues: LedgerIssue[] = [];
  const edges: Edge[] = [];
  for (const i of candidates) {
    const r = records(i);
    for (const [kind, target] of targetsOf(r)) {
      const t = index.get(target);
      const targetRecord = t === undefined ? undefined : records(t);
      if (t === undefined || targetRecord === undefined) {
        issues.push(unknownTarget(r, kind, target));
        continue;
      }
      if (targetRecord.basis !== r.basis) {
        issues.push({
          code: 'BASIS_MISMATCH',
          entryId: r.id,
          message:
            kind === 'supersedes'
              ? `${r.id} (${r.basis}) cannot supersede ${target} (${targetRecord.basis}); ${target} is counted as it stands.`
              : `${r.id} (${r.basis}) cannot replace ${target} (${targetRecord.basis}); it is counted on its own.`,
        });
        continue;
      }
      if (active(t)) edges.push({ from: i, to: t, kind });
    }
  }

  // Cycles: the links within a strongly connected component (a self-reference included) are ignored.
  const next = new Map<number, number[]>();
  for (const e of edges) {
    const out = next.get(e.from);
    if (out === undefined) next.set(e.from, [e.to]);
    else out.push(e.to);
  }
  const component = components([...next.keys()], next);
  const cyclic = (e: Edge) => component.get(e.from) === component.get(e.to);
  const members = new Map<number, Set<number>>();
  for (const e of edges) {
    if (!cyclic(e)) continue;
    const c = component.get(e.from) as number;
    const set = members.get(c) ?? new Set<number>();
    set.add(e.from);
    members.set(c, set);
  }
  for (const set of members.values()) {
    const ids = [...set].map((i) => records(i).id).sort();
    for (const id of ids) issues.push(cycleIssue(id, ids, records(index.get(id) as number)));
  }
  const acyclic = edges.filter((e) => !cyclic(e));

  // Corrections and retractions: several of one entry, the last known wins.
  const replacedBy = new Map<number, number>();
  const versions = new Versions();
  const corrections = acyclic
    .filter((e) => e.kind !== 'supersedes')
    .sort((a, b) => later(records(a.from), records(b.from)));
  for (const e of corrections) {
    versions.join(e.from, e.to);
    const previous = replacedBy.get(e.to);
    if (previous !== undefined) {
      const [target, p, r] = [e.to, previous, e.from].map((i) => records(i).id);
      issues.push({
        code: 'MULTIPLE_CORRECTIONS',
        entryId: r as string,
        message: `${target} is replaced by both ${p} and ${r}; the later one, ${r}, stands.`,
      });
      replacedBy.set(previous, e.from);
    }
    replacedBy.set(e.to, e.from);
  }

  // A delivery stands while one of its versions is counted and is not a retraction.
  const standing = new Set<number>();
  for (const i of candidates) {
    if (!replacedBy.has(i) && records(i).retracts === undefined) standing.add(versions.root(i));
  }
  for (const e of corrections) {
    for (const i of [e.from, e.to]) {
      if (!replacedBy.has(i) && records(i).retracts === undefined) standing.add(versions.root(i));
    }
  }

  // Supersessions: each delivery superseded by the last known standing aggregate that names one of its versions.
  const byAggregate = new Map<number, { aggregate: number; named: number }[]>();
  for (const e of acyclic) {
    if (e.kind !== 'supersedes' || !standing.has(versions.root(e.from))) continue;
    const delivery = versions.root(e.to);
    const list = byAggregate.get(delivery) ?? [];
    list.push({ aggregate: e.from, named: e.to });
    byAggregate.set(delivery, list);
  }
  const winner = new Map<number, number>();
  for (const [delivery, list] of byAggregate) {
    const aggregates = [...new Set(list.map((x) => x.aggregate))].sort((a, b) =>
      later(records(a), records(b)),
    );
    const last = aggregates[aggregates.length - 1] as number;
    winner.set(delivery, last);
    for (const loser of aggregates.slice(0, -1)) {
      const named = list
        .filter((x) => x.aggregate === loser)
        .map((x) => records(x.named).id)
        .sort()[0];
      const [l, w] = [loser, last].map((i) => records(i).id);
      issues.push({
        code: 'MULTIPLE_SUPERSESSIONS',
        entryId: l as string,
        message: `${l} and ${w} both supersede ${named}; ${w}, the later one, is named as superseding it, and both are counted: check that they do not overlap.`,
      });
    }
  }

  const superseded = new Map<number, Superseded>();
  const involved = new Set<number>([...candidates, ...edges.map((e) => e.to)]);
  for (const i of involved) {
    const aggregate = winner.get(versions.root(i));
    const by = replacedBy.get(i);
    const id = records(i).id;
    if (aggregate !== undefined) {
      superseded.set(i, { entryId: id, by: records(aggregate).id, kind: 'superseded' });
    } else if (by !== undefined) {
      const byRecord = records(by);
      superseded.set(i, {
        entryId: id,
        by: byRecord.id,
        kind: byRecord.retracts !== undefined ? 'retracted' : 'corrected',
      });
    }
  }
  const retractions = candidates.filter((i) => records(i).retracts !== undefined && !superseded.has(i));
  return { superseded, retractions, issues };
}

function unknownTarget(r: LinkRecord, kind: LinkKind, target: string): LedgerIssue {
  switch (kind) {
    case 'corrects':
      return {
        code: 'UNKNOWN_CORRECTION_TARGET',
        entryId: r.id,
        message: `${r.id} corrects ${target}, which is not in the ledger; it is counted as a delivery of its own.`,
      };
    case 'retracts':
      return {
        code: 'UNKNOWN_RETRACTION_TARGET',
        entryId: r.id,
        message: `${r.id} retracts ${target}, which is not in the ledger; it has no effect.`,
      };
    default:
      return {
        code: 'UNKNOWN_SUPERSEDED_TARGET',
        entryId: r.id,
        message: `${r.id} supersedes ${target}, which is not in the ledger; nothing else is superseded in its place.`,
      };
  }
}

function cycleIssue(id: string, ids: readonly string[], r: LinkRecord): LedgerIssue {
  const verb = r.corrects !== undefined ? 'corrects' : r.retracts !== undefined ? 'retracts' : 'supersedes';
  return {
    code: 'CORRECTION_CYCLE',
    entryId: id,
    message:
      ids.length === 1
        ? `${id} ${verb} itself; the link is ignored and the entry stands as it is.`
        : `${id} is in a cycle of corrections, retractions or supersessions with ${ids.filter((x) => x !== id).join(', ')}; the links within the cycle are ignored and each entry stands as it is.`,
  };
}

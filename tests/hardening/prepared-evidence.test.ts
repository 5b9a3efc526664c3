// Prepared evidence is reused by identity (evaluate, firstMet and truthOver trust it without checking it again), so no
// caller may change it after the library made it: its indexes are read-only views, not Maps, so neither their own
// methods nor Map.prototype's can add, replace or remove a record (issue 13 leftover: the Maps were not frozen).
import { describe, expect, it } from 'vitest';
import { evaluate, parseDate, prepareEvidence } from '../../src/index.js';

const evidence = () =>
  prepareEvidence({
    facts: [{ fact: 'tests', value: true, from: parseDate('2017-01-01'), source: 'S/2017/150' }],
    events: [{ kind: 'launch', date: parseDate('2017-07-04'), source: 'S/2017/742' }],
    coverage: [{ kind: 'launch', start: parseDate('2017-01-01'), end: parseDate('2017-12-31') }],
  });
const condition = { op: 'all', of: [{ op: 'fact', fact: 'tests' }] } as const;

describe('prepared evidence cannot be changed', () => {
  it.each(['facts', 'events', 'coverage'] as const)(
    'its %s index refuses every way of writing to it',
    (key) => {
      const prepared = evidence();
      const index = prepared[key] as unknown as Record<string, unknown>;
      expect(Object.isFrozen(index)).toBe(true);
      for (const method of ['set', 'delete', 'clear']) expect(index[method]).toBeUndefined();
      expect(() => Map.prototype.set.call(index, 'x', [])).toThrow(TypeError);
      expect(() => Map.prototype.delete.call(index, 'tests')).toThrow(TypeError);
      expect(() => Map.prototype.clear.call(index)).toThrow(TypeError);
      expect(() => {
        (index as { size: number }).size = 0;
      }).toThrow(TypeError);
    },
  );

  it('still reads as a map: get, has, size, iteration and forEach', () => {
    const { facts, events, coverage } = evidence();
    expect(facts.has('tests')).toBe(true);
    expect(facts.get('tests')?.map((o) => o.observation.from)).toEqual(['2017-01-01']);
    expect(facts.size).toBe(1);
    expect([...events.keys()]).toEqual(['launch']);
    expect([...coverage.values()].flat().map((c) => [c.start, c.end])).toEqual([
      ['2017-01-01', '2017-12-31'],
    ]);
    expect([...facts].map(([k]) => k)).toEqual(['tests']);
    expect([...facts.entries()].map(([k]) => k)).toEqual(['tests']);
    const seen: unknown[] = [];
    facts.forEach((value, k, map) => {
      seen.push([k, value.length, map === facts]);
    });
    expect(seen).toEqual([['tests', 1, true]]);
  });

  it('gives the same answer after a caller has tried to edit it', () => {
    const prepared = evidence();
    const before = evaluate(condition, prepared, { at: parseDate('2018-01-01') }).truth;
    try {
      Map.prototype.set.call(prepared.facts, 'tests', []);
    } catch {}
    expect(evaluate(condition, prepared, { at: parseDate('2018-01-01') }).truth).toBe(before);
    expect(before).toBe('met');
  });

  it('gives the same explanation after a caller has edited the one it was given', () => {
    // A leaf's `used` record is read from the index (the history of a one-observation fact holds it) and shared by every
    // explanation of that fact: it is frozen, and the nodes around it are fresh per call.
    const prepared = evidence();
    const at = parseDate('2018-01-01');
    const first = evaluate(condition, prepared, { at }).explanation;
    const before = JSON.stringify(first);
    const leaf = first?.children[0] as unknown as Record<string, unknown>;
    const used = leaf.used as { facts: unknown[] };
    expect(Object.isFrozen(used) && Object.isFrozen(used.facts) && Object.isFrozen(used.facts[0])).toBe(true);
    expect(() => used.facts.push({})).toThrow(TypeError);
    leaf.used = { facts: [], events: [], coverage: [] };
    leaf.truth = 'unmet';
    const again = evaluate(condition, prepared, { at }).explanation;
    expect(again).not.toBe(first);
    expect(JSON.stringify(again)).toBe(before);
    expect(again?.children[0]?.used).toBe(used);
  });
});

describe('prepared evidence keeps no object of the caller', () => {
  // Found by review: a { date } value, and a Quantity made by hand, were kept by reference and unfrozen, so a caller
  // who edited them afterwards changed what every later explanation reported as used (and, for a quantity, the answer).
  it('a date or quantity value edited after preparing changes no answer and no explanation', async () => {
    const { Decimal } = await import('decimal.js');
    const when = { date: '2018-05-01' };
    const amount = { amount: new Decimal(10), unit: 'barrel' };
    const prepared = prepareEvidence({
      facts: [
        { fact: 'when', value: when, from: parseDate('2018-01-01'), source: 'S' },
        { fact: 'amount', value: amount as never, from: parseDate('2018-01-01'), source: 'S' },
      ],
    });
    const both = {
      op: 'all',
      of: [
        { op: 'compare', fact: 'when', cmp: 'ge', value: { date: '2018-04-01' } },
        { op: 'compare', fact: 'amount', cmp: 'ge', value: { amount: '5', unit: 'barrel' } },
      ],
    } as const;
    const at = parseDate('2018-06-01');
    const before = JSON.stringify(evaluate(both as never, prepared, { at }));
    (when as { date: unknown }).date = '2000-01-01';
    amount.amount = new Decimal(1);
    amount.unit = 'tonne';
    expect(JSON.stringify(evaluate(both as never, prepared, { at }))).toBe(before);
    expect(JSON.parse(before)).toMatchObject({ truth: 'met' });
  });
});

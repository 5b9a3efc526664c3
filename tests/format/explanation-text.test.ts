// formatExplanation on one condition that holds every kind of node (each comparator, each kind of value, windows
// begun and not begun, both forms of onOrAfter, a definition used twice), so that each is printed as a person reads
// it; the printed tree is committed and reviewed.
import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../src/format/index.js';
import { type Condition, evaluate } from '../../src/index.js';
import { errorOf } from '../helpers.js';
import { expectText } from './expected.js';

const evidence = {
  facts: [
    { fact: 'open', value: true, from: '2016-01-01', until: '2016-12-31', source: 'S/2016/1' },
    { fact: 'tests', value: 1234.5, from: '2016-01-01', source: 'S/2016/2' },
    { fact: 'status', value: 'frozen', from: '2016-01-01', source: 'S/2016/3' },
    { fact: 'since', value: { date: '2015-07-14' }, from: '2016-01-01', source: 'S/2016/4' },
    { fact: 'stock', value: { amount: '0.25', unit: 'tonne' }, from: '2016-01-01', source: 'S/2016/5' },
  ],
  events: [{ kind: 'launch', date: '2016-02-07', source: 'S/PV.7638' }],
  coverage: [{ kind: 'launch', start: '2010-01-01', end: '2016-03-31' }],
};

const condition = {
  op: 'all',
  of: [
    { op: 'fact', fact: 'open' },
    { op: 'compare', fact: 'tests', cmp: 'ge', value: 1000 },
    { op: 'compare', fact: 'tests', cmp: 'lt', value: 1000 },
    { op: 'compare', fact: 'tests', cmp: 'le', value: 1234.5 },
    { op: 'compare', fact: 'tests', cmp: 'gt', value: 2000 },
    { op: 'compare', fact: 'status', cmp: 'ne', value: 'lifted' },
    { op: 'compare', fact: 'since', cmp: 'eq', value: { date: '2015-07-14' } },
    { op: 'compare', fact: 'stock', cmp: 'le', value: { amount: '0.3', unit: 'tonne' } },
    { op: 'occurred', event: 'launch', within: { last: 'P12M' } },
    { op: 'noneOccurred', event: 'launch', within: { start: '2016-03-01', end: '2016-06-30' } },
    { op: 'occurred', event: 'launch', within: { start: '2017-01-01', end: '2017-12-31' } },
    { op: 'onOrAfter', anchor: '2015-10-18', plus: 'P90D' },
    { op: 'not', of: { op: 'onOrAfter', date: '2017-01-01' } },
    {
      op: 'atLeast',
      count: 2,
      of: [
        { op: 'ref', name: 'quiet' },
        { op: 'ref', name: 'quiet' },
        { op: 'fact', fact: 'missing' },
      ],
    },
    { op: 'any', of: [{ op: 'fact', fact: 'missing' }] },
  ],
} as const;
const definitions = { quiet: { op: 'noneOccurred', event: 'launch', within: { last: 'P30D' } } } as const;

describe('formatExplanation, on every kind of node', () => {
  it('prints a stable, reviewed tree', () => {
    // A raw document, as JSON callers pass it: its date and quantity values are not parsed.
    const raw = condition as unknown as Condition;
    const text = formatExplanation(
      evaluate(raw, evidence, {
        at: '2016-06-01',
        definitions: definitions as unknown as Record<string, Condition>,
      }),
      {
        width: 100,
      },
    );
    expectText('explanation-every-node.txt', text);
    const lines = text.split('\n');
    for (const line of [
      '  fact open: met',
      '    used: open = true from 2016-01-01 until 2016-12-31 (S/2016/1)',
      '  tests ≥ 1,000: met',
      '  tests < 1,000: unmet',
      '  tests ≤ 1,234.5: met',
      '  tests > 2,000: unmet',
      '  status ≠ "lifted": met',
      '  since = 2015-07-14: met',
      '  stock ≤ 0.3 t: met',
      '  on or after 2016-01-16: met',
    ])
      expect(lines).toContain(line);
    expect(text).toContain('launch occurred from 2015-06-01 to 2016-06-01: met');
    expect(text).toContain('launch occurred from 2017-01-01 to 2017-12-31 (not begun yet): unmet');
    expect(text).toContain('quiet (explained above)');
  });

  it('clamps a relative window at the first day of the calendar, and prints numbers in the locale', () => {
    const early = formatExplanation(
      evaluate(
        { op: 'occurred', event: 'launch', within: { last: 'P12M' } } as unknown as Condition,
        evidence,
        {
          at: '0001-01-01',
        },
      ),
    );
    expect(early.split('\n')[0]).toBe('launch occurred from 0001-01-01 to 0001-01-01: unknown');
    expect(
      formatExplanation(
        evaluate({ op: 'compare', fact: 'tests', cmp: 'ge', value: 1000.5 }, evidence, { at: '2016-06-01' }),
        { locale: 'de-DE' },
      ).split('\n')[0],
    ).toBe('tests ≥ 1.000,5: met');
  });

  it('prints a quantity from a raw document, whose amount is still a string (regression)', () => {
    // evaluate takes raw JSON; its explanation keeps the raw nodes and facts, and formatExplanation threw
    // INVALID_AMOUNT ("Expected a Quantity") on them.
    const raw = JSON.parse(
      '{"facts":[{"fact":"stock","value":{"amount":"250","unit":"barrel"},"from":"2016-01-01","source":"x"}]}',
    );
    const text = formatExplanation(
      evaluate(
        {
          op: 'compare',
          fact: 'stock',
          cmp: 'le',
          value: { amount: '1000.5', unit: 'barrel' },
        } as unknown as Condition,
        raw,
        {
          at: '2016-06-01',
        },
      ),
      { locale: 'de-DE' },
    );
    expect(text).toBe('stock ≤ 1.000,5 bbl: met\n  used: stock = 250 bbl from 2016-01-01 (x)');
  });

  it('refuses the result of evaluate without an explanation, saying how to get one', () => {
    const error = errorOf(() =>
      formatExplanation(
        evaluate({ op: 'fact', fact: 'open' }, evidence, { at: '2016-06-01', explain: false }),
      ),
    );
    expect(error.message).toBe(
      'formatExplanation(explanation): the result of evaluate has no explanation (it was evaluated with explain: false); evaluate without it.',
    );
    expect(error.details).toEqual({ argument: 'formatExplanation(explanation)' });
  });

  it('gathers, when the answer is unknown, the evidence that would settle it', () => {
    const text = formatExplanation(
      evaluate(
        {
          op: 'all',
          of: [
            { op: 'fact', fact: 'open' },
            { op: 'fact', fact: 'gone' },
          ],
        },
        evidence,
        {
          at: '2016-06-01',
        },
      ),
    );
    expect(text.split('\n').slice(-3)).toEqual([
      'Evidence that would settle it:',
      '  gone: No observation of fact "gone" is valid on the evaluation date: add one',
      '    whose period covers it.',
    ]);
    // A leaf unknown on its own lists what it misses under it, with no list at the end.
    expect(
      formatExplanation(evaluate({ op: 'fact', fact: 'gone' }, evidence, { at: '2016-06-01' })),
    ).not.toContain('Evidence that would settle it');
    expect(
      formatExplanation(
        evaluate({ op: 'onOrAfter', anchor: '2016-01-01', plus: 'P1M' } as unknown as Condition, evidence, {
          at: '2016-06-01',
        }),
      ),
    ).toBe('on or after 2016-02-01: met');
  });
});

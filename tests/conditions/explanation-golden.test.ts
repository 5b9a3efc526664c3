// The whole explanation of a condition that meets every case of the explanation path, committed as JSON and compared
// exactly: each node's truth, window and date, the evidence used, the evidence missing with its code and message
// (a type mismatch, a unit mismatch, coverage with gaps before, between and after its ranges, a fact never
// observed), a window not begun, and the missing evidence gathered once at each composite. To regenerate after a
// deliberate change: UPDATE_EXPECTED=1 npx vitest run tests/conditions/explanation-golden.test.ts, then read the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Condition, evaluate, evaluatePlan } from '../../src/index.js';
import { evidenceWith, plan } from '../relief/fixtures.js';

function expectJson(name: string, actual: unknown): void {
  const path = join(dirname(fileURLToPath(import.meta.url)), 'expected', name);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(path, text);
  expect(existsSync(path), `${path} is missing: run with UPDATE_EXPECTED=1 once and review it`).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

const evidence = {
  facts: [
    { fact: 'open', value: 'yes', from: '2016-01-01', source: 'S/2016/1' },
    { fact: 'stock', value: { amount: '2', unit: 'tonne' }, from: '2016-01-01', source: 'S/2016/2' },
    { fact: 'count', value: 3, from: '2016-01-01', until: '2016-03-31', source: 'S/2016/3' },
    { fact: 'count', value: 7, from: '2016-04-01', source: 'S/2016/4' },
  ],
  events: [
    { kind: 'launch', date: '2016-02-07', source: 'S/PV.7638' },
    { kind: 'launch', date: '2016-04-20', source: 'S/PV.7700' },
  ],
  coverage: [
    { kind: 'test', start: '2016-02-01', end: '2016-02-29' },
    { kind: 'test', start: '2016-04-01', end: '2016-04-30' },
    { kind: 'launch', start: '2015-01-01', end: '2016-12-31' },
  ],
};

const condition = {
  op: 'any',
  of: [
    { op: 'fact', fact: 'open' },
    { op: 'compare', fact: 'stock', cmp: 'le', value: { amount: '5', unit: 'barrel' } },
    { op: 'compare', fact: 'count', cmp: 'gt', value: 5 },
    { op: 'compare', fact: 'count', cmp: 'eq', value: 'seven' },
    { op: 'noneOccurred', event: 'test', within: { start: '2016-01-15', end: '2016-05-31' } },
    { op: 'occurred', event: 'launch', within: { last: 'P3M' } },
    { op: 'noneOccurred', event: 'launch', within: { start: '2016-03-01', end: '2016-03-31' } },
    { op: 'occurred', event: 'launch', within: { start: '2017-01-01', end: '2017-12-31' } },
    {
      op: 'all',
      of: [
        { op: 'fact', fact: 'never' },
        { op: 'not', of: { op: 'fact', fact: 'never' } },
        {
          op: 'atLeast',
          count: 1,
          of: [
            { op: 'fact', fact: 'never' },
            { op: 'onOrAfter', date: '2016-05-01' },
          ],
        },
      ],
    },
  ],
} as unknown as Condition;

describe('the explanation of evaluate', () => {
  it('holds every case, exactly as committed', () => {
    const result = evaluate(condition, evidence, { at: '2016-06-01' });
    expect(result.truth).toBe('met');
    expectJson('explanation-every-case.json', result.explanation);
  });

  it('is the same truth without the explanation', () => {
    for (const at of ['2016-01-10', '2016-03-15', '2016-06-01', '2017-06-01'])
      expect(evaluate(condition, evidence, { at, explain: false }).truth, at).toBe(
        evaluate(condition, evidence, { at }).truth,
      );
  });
});

describe('the explanations of evaluatePlan', () => {
  it('hold each phase and the snapback, exactly as committed', () => {
    const evaluation = evaluatePlan(
      plan,
      evidenceWith({ events: [{ kind: 'notification', date: '2020-01-10', source: 'letter' }] }),
      { at: '2020-03-01' },
    );
    expectJson('plan-evaluation-x-plan-2020-03-01.json', evaluation);
  });
});

// The one-date memo of the evaluation date (evaluate.ts) must not accept a missing date as the date it remembers.
// Before anything was checked, its memo held `undefined`, so a first call without a date was evaluated on day 0.
// Each test loads the library afresh, so that the memo is empty, as in a new process.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Api = typeof import('../../src/index.js');
let api: Api;

beforeEach(async () => {
  vi.resetModules();
  api = await import('../../src/index.js');
});

// Not helpers.ts' codeOf: the library is loaded afresh here, so its errors are not that module's SanctionsRegimeError.
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'no error';
};

describe('the evaluation-date memo, in a fresh process', () => {
  it('refuses a missing date on the very first call of evaluate', () => {
    expect(
      codeOf(() => api.evaluate({ op: 'fact', fact: 'a' }, {}, { at: undefined as unknown as string })),
    ).toBe('INVALID_DATE');
  });

  it('refuses missing options on the very first call of truthOver and firstMet', () => {
    const fact = { op: 'fact', fact: 'a' } as const;
    expect(codeOf(() => api.truthOver(fact, {}, null as unknown as { from: string; to: string }))).toBe(
      'INVALID_DATE',
    );
    expect(codeOf(() => api.firstMet(fact, {}, {} as { from: string }))).toBe('INVALID_DATE');
  });

  it('still accepts a date after a missing one was refused', () => {
    expect(
      codeOf(() => api.evaluate({ op: 'fact', fact: 'a' }, {}, { at: undefined as unknown as string })),
    ).toBe('INVALID_DATE');
    expect(api.evaluate({ op: 'fact', fact: 'a' }, {}, { at: '2020-01-01' }).truth).toBe('unknown');
  });
});

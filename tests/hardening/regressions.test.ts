// Inputs the fuzzer found that let a TypeError (or a bare Error) escape, each now a SanctionsRegimeError.
import { describe, expect, it } from 'vitest';
import { dprk1718 } from '../../src/data/index.js';
import * as api from '../../src/index.js';
import { codeOf } from '../helpers.js';

const ON = api.parseDate('2018-09-27');

describe('a broken regime gives INVALID_REGIME, never a TypeError', () => {
  const broken: readonly (readonly [string, unknown])[] = [
    ['a null resolution', { resolutions: [null] }],
    ['a resolution without lists', { resolutions: [{ number: 1, adopted: '2006-10-14' }] }],
    [
      'a measure without dates',
      { resolutions: [{ number: 1, adopted: '2006-10-14', measures: [{ id: 'a' }], changes: [] }] },
    ],
    [
      'a change of an unknown type',
      {
        resolutions: [
          {
            number: 1,
            adopted: '2006-10-14',
            measures: [],
            changes: [{ target: 'a', paragraph: '1', type: 'repeal', effective: '2007-01-01' }],
          },
        ],
      },
    ],
  ];
  it.each(broken)('measuresInForce, assessTransfer, regimeChanges: %s', (_name, regime) => {
    const r = regime as api.Regime;
    expect(codeOf(() => api.measuresInForce(r, ON))).toBe('INVALID_REGIME');
    expect(codeOf(() => api.assessTransfer(r, { commodity: 'coal', direction: 'to-target', on: ON }))).toBe(
      'INVALID_REGIME',
    );
    expect(codeOf(() => api.regimeChanges(r))).toBe('INVALID_REGIME');
  });

  it.each([...broken, ['undefined', undefined], ['an empty object', {}], ['a string', 'dprk']] as const)(
    'validateRegime: %s',
    (_name, regime) => {
      expect(codeOf(() => api.validateRegime(regime as api.Regime))).toBe('INVALID_REGIME');
    },
  );

  it('regimeChanges refuses null options with INVALID_INPUT', () => {
    expect(codeOf(() => api.regimeChanges(dprk1718, null as unknown as api.RegimeChangesOptions))).toBe(
      'INVALID_INPUT',
    );
  });

  it('still accepts the bundled regime', () => {
    expect(api.validateRegime(dprk1718)).toEqual([]);
    expect(api.measuresInForce(dprk1718, ON).length).toBeGreaterThan(0);
  });
});

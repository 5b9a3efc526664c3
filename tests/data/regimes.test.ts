import { describe, expect, it } from 'vitest';
import {
  dprk1718,
  iran2231,
  jcpoaPlan,
  regimes,
  southSudan2206,
  southSudanBenchmarks,
} from '../../src/data/index.js';
import { measuresInForce, parseDate } from '../../src/index.js';

describe('regimes: the bundled regimes by id', () => {
  it('holds each bundled regime under its own id, which plans name', () => {
    expect(Object.keys(regimes)).toEqual(['dprk-1718', 'iran-2231', 'ssd-2206']);
    expect(regimes['dprk-1718']).toBe(dprk1718);
    expect(regimes['iran-2231']).toBe(iran2231);
    expect(regimes['ssd-2206']).toBe(southSudan2206);
    expect(regimes[southSudanBenchmarks.regime as 'ssd-2206']).toBe(southSudan2206);
    for (const [id, regime] of Object.entries(regimes)) expect(regime.id).toBe(id);
    expect(regimes[jcpoaPlan.regime as 'iran-2231']).toBe(iran2231);
  });

  it('finds nothing inherited for a caller-supplied id, and cannot be edited', () => {
    const lookup = regimes as unknown as Readonly<Record<string, unknown>>;
    for (const id of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'UN-SC1718']) {
      expect(lookup[id]).toBeUndefined();
      expect(Object.hasOwn(regimes, id)).toBe(false);
    }
    expect(Object.isFrozen(regimes)).toBe(true);
    expect(() => {
      (regimes as unknown as Record<string, unknown>)['dprk-1718'] = iran2231;
    }).toThrow(TypeError);
  });

  it('serves the same answers as the named exports', () => {
    const day = parseDate('2018-09-27');
    expect(measuresInForce(regimes['dprk-1718'], day)).toEqual(measuresInForce(dprk1718, day));
  });
});

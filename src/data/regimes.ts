import { deepFreeze } from '../internal/frozen.js';
import type { Regime } from '../resolutions/regime.js';
import { dprk1718 } from './dprk1718.js';
import { iran2231 } from './iran2231.js';
import { southSudan2206 } from './southSudan2206.js';

/** The id of a bundled regime: a key of {@link regimes}. @category Data */
export type BundledRegimeId = 'dprk-1718' | 'iran-2231' | 'ssd-2206';

/** The bundled regimes by id, as {@link regimes} holds them. @category Data */
export interface BundledRegimes {
  /** The DPRK regime, resolution 1718 (2006) and its successors. */
  readonly 'dprk-1718': Regime;
  /** The Iran regime of resolution 2231 (2015). */
  readonly 'iran-2231': Regime;
  /** The South Sudan regime, resolution 2206 (2015) and its successors. */
  readonly 'ssd-2206': Regime;
}

/**
 * The bundled regimes by their `id`, the id a relief plan's `regime` names (not the OpenSanctions key). The object
 * has no prototype, so a look-up with a caller's string (`regimes[id]`) finds a regime or `undefined`, never an
 * inherited property such as `toString`; `Object.hasOwn(regimes, id)` tells whether an id is bundled.
 *
 * @example
 * ```ts
 * import { regimes } from 'sanctions-regime/data';
 * regimes['dprk-1718'].title.length > 0; //=> true
 * Object.keys(regimes); //=> ['dprk-1718', 'iran-2231', 'ssd-2206']
 * Object.hasOwn(regimes, 'toString'); //=> false
 * ```
 * @category Data
 */
export const regimes: BundledRegimes = /* @__PURE__ */ deepFreeze(
  Object.assign(Object.create(null) as Record<BundledRegimeId, Regime>, {
    [dprk1718.id]: dprk1718,
    [iran2231.id]: iran2231,
    [southSudan2206.id]: southSudan2206,
  }),
);

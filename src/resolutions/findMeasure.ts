import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { Measure, MeasureKind } from './measure.js';
import type { Regime } from './regime.js';
import { timelineOf } from './timeline.js';

/**
 * The measure of a given kind, narrowed from {@link Measure}: `MeasureOfKind<'quantity-cap'>` is a
 * {@link QuantityCap}.
 *
 * @category Resolutions
 */
export type MeasureOfKind<K extends MeasureKind> = Extract<Measure, { readonly kind: K }>;

// Every kind, as a record so that the compiler refuses a kind added to the schema but not here.
const KINDS: Readonly<Record<MeasureKind, true>> = {
  'arms-embargo': true,
  'asset-freeze': true,
  'travel-ban': true,
  'luxury-goods-ban': true,
  'trade-ban': true,
  'quantity-cap': true,
  maritime: true,
  labour: true,
  financial: true,
  other: true,
};

/**
 * Finds a measure of a regime by its id, as the resolution that created it wrote it (a measure that a later
 * change replaced has its own id, and is found under it). For the measure as it stands on a day, with its
 * citation chain, use `measuresInForce`.
 *
 * @param regime - the regime.
 * @param id - the measure's id.
 * @returns the measure, or `undefined` when the regime has none with that id.
 * @throws {@link SanctionsRegimeError} `INVALID_REGIME` for a broken regime; `INVALID_INPUT` when `id` is not a
 * string.
 * @example
 * ```ts
 * import { findMeasure } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * findMeasure(dprk1718, 'dprk.refined-petroleum.cap')?.kind; //=> 'quantity-cap'
 * findMeasure(dprk1718, 'no.such.measure'); //=> undefined
 * ```
 * @category Resolutions
 */
export function findMeasure(regime: Regime, id: string): Measure | undefined;
/**
 * Finds a measure of a regime by its id and checks its kind, so that the result is typed by kind: a
 * `'quantity-cap'` comes back as a {@link QuantityCap}.
 *
 * @param regime - the regime.
 * @param id - the measure's id.
 * @param kind - the kind the measure must have.
 * @returns the measure, or `undefined` when the regime has none with that id.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when the measure exists with another kind (the message names
 * both), or when `kind` is not a measure kind; `INVALID_REGIME` for a broken regime.
 * @example
 * ```ts
 * import { findMeasure, formatQuantity } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap');
 * cap?.limits.map((limit) => formatQuantity(limit)); //=> ['500,000 bbl']
 * ```
 * @category Resolutions
 */
export function findMeasure<K extends MeasureKind>(
  regime: Regime,
  id: string,
  kind: K,
): MeasureOfKind<K> | undefined;
export function findMeasure(regime: Regime, id: string, kind?: MeasureKind): Measure | undefined {
  if (typeof id !== 'string') {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `findMeasure(id): expected a measure id string, got ${describeValue(id)}.`,
      { argument: 'findMeasure(id)' },
    );
  }
  if (kind !== undefined && (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind))) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `findMeasure(kind): unknown measure kind ${describeValue(kind)}: use one of ${Object.keys(KINDS).join(', ')}.`,
      { argument: 'findMeasure(kind)' },
    );
  }
  const measure = timelineOf(regime).records.get(id)?.measure;
  if (measure !== undefined && kind !== undefined && measure.kind !== kind) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `Measure ${id} of regime ${regime.id} is a ${measure.kind}, not a ${kind}.`,
      { id, kind, actual: measure.kind },
    );
  }
  return measure;
}

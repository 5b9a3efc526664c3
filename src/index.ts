/**
 * sanctions-regime: UN Security Council sanctions regimes as typed data and pure functions.
 *
 * @module sanctions-regime
 */

export * from './caps/index.js';
export * from './conditions/index.js';
export { type ErrorCode, isSanctionsRegimeError, SanctionsRegimeError } from './errors.js';
export * from './quantity/index.js';
export * from './relief/index.js';
// The relief layer's measuresInForce extends the resolutions one (same call without options).
export { measuresInForce } from './relief/index.js';
export * from './resolutions/index.js';
export * from './time/index.js';

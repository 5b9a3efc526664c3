/**
 * Bundled regimes, ledgers and plans, each fact cited: import from `sanctions-regime/data`.
 *
 * @module sanctions-regime/data
 */

export { dataVersion } from './dataVersion.js';
export { dprk1718, dprk1718Input } from './dprk1718.js';
export {
  dprkCoverageSources,
  dprkDraftResolution2019,
  dprkDraftResolution2019Input,
  dprkEvidence,
  dprkEvidenceInput,
  dprkPositions,
  dprkPositionsInput,
} from './dprkRelief.js';
export {
  iran2231,
  iran2231Input,
  jcpoaCoverageSources,
  jcpoaEvidence,
  jcpoaEvidenceInput,
  jcpoaPlan,
  jcpoaPlanInput,
} from './iran2231.js';
export { refinedPetroleumLedger } from './refinedPetroleumLedger.js';
export { type BundledRegimeId, type BundledRegimes, regimes } from './regimes.js';
export { type SourceManifestEntry, sourceManifest } from './sourceManifest.js';
export {
  southSudan2206,
  southSudan2206Input,
  southSudanBenchmarks,
  southSudanBenchmarksInput,
  southSudanEvidence,
  southSudanEvidenceInput,
} from './southSudan2206.js';

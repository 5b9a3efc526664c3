export {
  accumulate,
  type BasesComparison,
  type CapAccumulator,
  type CapReportOptions,
  capReport,
  compareBases,
  createCapAccumulator,
  finishCapReport,
  type LedgerEntryLike,
  mergeAccumulators,
} from './accumulator.js';
export {
  type Ledger,
  type LedgerBasis,
  LedgerBasisSchema,
  type LedgerEntry,
  type LedgerEntryInput,
  LedgerEntrySchema,
  LedgerSchema,
} from './ledgerEntry.js';
export type {
  CapReport,
  Crossing,
  DimensionReport,
  GroupTotal,
  LedgerIssue,
  NotCounted,
  NotCountedReason,
  PeriodReport,
  Superseded,
} from './report.js';
export {
  type CapAccumulatorColumns,
  type CapAccumulatorLink,
  type CapAccumulatorState,
  CapAccumulatorStateSchema,
  deserializeAccumulator,
  serializeAccumulator,
} from './state.js';

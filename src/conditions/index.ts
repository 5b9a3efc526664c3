export * as conditions from './builderNamespace.js';
export {
  all,
  any,
  atLeast,
  compareFact,
  fact,
  noneOccurred,
  not,
  occurred,
  onOrAfter,
  ref,
} from './builders.js';
export {
  type AllCondition,
  type AnyCondition,
  type AtLeastCondition,
  type Comparator,
  type CompareCondition,
  type Condition,
  type ConditionInput,
  ConditionSchema,
  type ConditionSchemaOptions,
  createConditionSchema,
  type DateValue,
  type EventWindow,
  type EventWindowInput,
  type FactCondition,
  type FactValue,
  type FactValueInput,
  FactValueSchema,
  MAX_SCHEMA_DEPTH,
  type NoneOccurredCondition,
  type NotCondition,
  type OccurredCondition,
  type OnOrAfterCondition,
  type RefCondition,
  type Truth,
} from './ConditionSchema.js';
export { type CompactEvaluation, type EvaluateCompactOptions, evaluateCompact } from './compact.js';
export {
  type CoverageRecord,
  type EventRecord,
  type Evidence,
  type EvidenceArg,
  type EvidenceInput,
  EvidenceSchema,
  type FactObservation,
  type IndexedObservation,
  type PreparedEvidence,
  prepareEvidence,
} from './EvidenceSchema.js';
export { type EvaluateOptions, type EvaluateResult, evaluate } from './evaluate.js';
export type { Explanation, MissingEvidence, UsedEvidence } from './explanation.js';
export type { Definitions } from './program.js';
export {
  type FirstMetOptions,
  firstMet,
  type TruthInterval,
  type TruthOverOptions,
  truthOver,
} from './truthOver.js';

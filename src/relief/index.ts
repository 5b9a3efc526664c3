export {
  type EvaluatePlanOptions,
  evaluatePlan,
  type PhaseEvaluation,
  type PhaseStatus,
  type PlanEvaluation,
  type SnapbackEvaluation,
  type SnapbackStatus,
} from './evaluatePlan.js';
export {
  type InForceAfterRelief,
  type MeasuresAfterRelief,
  type MeasuresInForceOptions,
  measuresInForce,
  type ReliefEffect,
  type ReliefInput,
  type RelievedMeasure,
  type UncertainMeasure,
} from './measuresInForce.js';
export {
  type LiftAction,
  type PhaseDeadline,
  type PlanDefinitions,
  type ReimposeAction,
  type ReliefAction,
  ReliefActionSchema,
  type ReliefPhase,
  ReliefPhaseSchema,
  type ReliefPlan,
  ReliefPlanSchema,
  type ReviewAction,
  type SetCapLimitsAction,
  type Snapback,
  SnapbackSchema,
  type SuspendAction,
} from './plan.js';
export { type PlanTimelineOptions, type PlanTransition, planTimeline } from './planTimeline.js';
export { type PlanIssue, validatePlan } from './validatePlan.js';

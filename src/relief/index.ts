export {
  type PlanDefinitions,
  type ReliefAction,
  ReliefActionSchema,
  type ReliefPhase,
  ReliefPhaseSchema,
  type ReliefPlan,
  ReliefPlanSchema,
  type Snapback,
  SnapbackSchema,
} from './plan.js';

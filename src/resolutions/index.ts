export {
  assessTransfer,
  type TransferAssessment,
  type TransferQuery,
  type TransferVerdict,
} from './assessTransfer.js';
export {
  type Citation,
  CitationSchema,
  type DocumentCitation,
  DocumentCitationSchema,
  formatCitation,
  type ResolutionCitation,
  ResolutionCitationSchema,
} from './citation.js';
export {
  type CommodityDefinition,
  type CommodityId,
  CommodityIdSchema,
  commodities,
  commodityLineage,
} from './commodities.js';
export { findMeasure, type MeasureOfKind } from './findMeasure.js';
export {
  type Deadline,
  type DeadlineKind,
  DeadlineKindSchema,
  DeadlineSchema,
  type Mandate,
  type MandateKind,
  MandateKindSchema,
  MandateSchema,
} from './mandate.js';
export { type MandateInForce, mandatesInForce } from './mandatesInForce.js';
export {
  type ArmsEmbargo,
  type AssetFreeze,
  type Confidence,
  ConfidenceSchema,
  type EffectiveRange,
  EffectiveRangeSchema,
  type FinancialMeasure,
  type LabourMeasure,
  type LuxuryGoodsBan,
  type MaritimeMeasure,
  type Measure,
  type MeasureCommon,
  type MeasureException,
  MeasureIdSchema,
  type MeasureKind,
  MeasureSchema,
  type OtherMeasure,
  type QuantityCap,
  type ReportDue,
  type Threshold,
  type TradeBan,
  type TravelBan,
} from './measure.js';
export { type InForce, measuresInForce } from './measuresInForce.js';
export { type Regime, RegimeSchema } from './regime.js';
export {
  type CalendarEvent,
  type CalendarEventKind,
  type RegimeCalendarOptions,
  regimeCalendar,
} from './regimeCalendar.js';
export { type RegimeChangesOptions, type RegimeEvent, regimeChanges } from './regimeChanges.js';
export { type Change, ChangeSchema, type Resolution, ResolutionSchema } from './resolution.js';
export { type RegimeIssue, validateRegime } from './validateRegime.js';

// The schemas are the single source of truth for the public data types. Each type is a named interface (or a union
// of them) so that editors, error messages and the API docs print its name; this file checks that each one equals
// its schema's inferred output type, field for field (optional, readonly and brands included), so the two cannot
// drift: a field added to, removed from or changed in a schema without the interface fails the typecheck here.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  ResolutionDocument,
  ResolutionDocumentSchema,
  ResolutionVote,
  ResolutionVoteSchema,
} from '../src/akn/index.js';
import type {
  ArmsEmbargo,
  AssetFreeze,
  Change,
  ChangeSchema,
  Citation,
  CitationSchema,
  CommodityId,
  CommodityIdSchema,
  Confidence,
  ConfidenceSchema,
  Deadline,
  DeadlineKind,
  DeadlineKindSchema,
  DeadlineSchema,
  DocumentCitation,
  DocumentCitationSchema,
  Duration,
  DurationSchema,
  EffectiveRange,
  EffectiveRangeSchema,
  FinancialMeasure,
  LabourMeasure,
  Ledger,
  LedgerBasis,
  LedgerBasisSchema,
  LedgerEntry,
  LedgerEntryInput,
  LedgerEntryLike,
  LedgerEntrySchema,
  LedgerSchema,
  LiftAction,
  LuxuryGoodsBan,
  Mandate,
  MandateKind,
  MandateKindSchema,
  MandateSchema,
  MaritimeMeasure,
  Measure,
  MeasureException,
  MeasureKind,
  MeasureSchema,
  OtherMeasure,
  PeriodRule,
  PeriodRuleSchema,
  PhaseDeadline,
  PlainDate,
  PlainDateSchema,
  QuantityCap,
  RecurringPeriodRule,
  Regime,
  RegimeSchema,
  ReimposeAction,
  ReliefAction,
  ReliefActionSchema,
  ReliefPhase,
  ReliefPhaseSchema,
  ReliefPlan,
  ReliefPlanSchema,
  ReportDue,
  Resolution,
  ResolutionCitation,
  ResolutionCitationSchema,
  ResolutionSchema,
  ReviewAction,
  SetCapLimitsAction,
  Snapback,
  SnapbackSchema,
  SuspendAction,
  Threshold,
  TradeBan,
  TravelBan,
  WindowPeriodRule,
} from '../src/index.js';

type MeasureOf<K extends MeasureKind> = Extract<z.output<typeof MeasureSchema>, { kind: K }>;
type ActionOf<T extends ReliefAction['type']> = Extract<z.output<typeof ReliefActionSchema>, { type: T }>;
type PeriodOf<K extends PeriodRule['kind']> = Extract<z.output<typeof PeriodRuleSchema>, { kind: K }>;

describe('each named public data type equals its schema inferred type', () => {
  it('time', () => {
    expectTypeOf<PlainDate>().toEqualTypeOf<z.output<typeof PlainDateSchema>>();
    expectTypeOf<Duration>().toEqualTypeOf<z.output<typeof DurationSchema>>();
    expectTypeOf<PeriodRule>().toEqualTypeOf<z.output<typeof PeriodRuleSchema>>();
    expectTypeOf<RecurringPeriodRule>().toEqualTypeOf<PeriodOf<'recurring'>>();
    expectTypeOf<WindowPeriodRule>().toEqualTypeOf<PeriodOf<'window'>>();
  });

  it('citations', () => {
    expectTypeOf<ResolutionCitation>().toEqualTypeOf<z.output<typeof ResolutionCitationSchema>>();
    expectTypeOf<DocumentCitation>().toEqualTypeOf<z.output<typeof DocumentCitationSchema>>();
    expectTypeOf<Citation>().toEqualTypeOf<z.output<typeof CitationSchema>>();
  });

  it('measures, one interface per kind', () => {
    expectTypeOf<Measure>().toEqualTypeOf<z.output<typeof MeasureSchema>>();
    expectTypeOf<ArmsEmbargo>().toEqualTypeOf<MeasureOf<'arms-embargo'>>();
    expectTypeOf<AssetFreeze>().toEqualTypeOf<MeasureOf<'asset-freeze'>>();
    expectTypeOf<TravelBan>().toEqualTypeOf<MeasureOf<'travel-ban'>>();
    expectTypeOf<LuxuryGoodsBan>().toEqualTypeOf<MeasureOf<'luxury-goods-ban'>>();
    expectTypeOf<TradeBan>().toEqualTypeOf<MeasureOf<'trade-ban'>>();
    expectTypeOf<QuantityCap>().toEqualTypeOf<MeasureOf<'quantity-cap'>>();
    expectTypeOf<MaritimeMeasure>().toEqualTypeOf<MeasureOf<'maritime'>>();
    expectTypeOf<LabourMeasure>().toEqualTypeOf<MeasureOf<'labour'>>();
    expectTypeOf<FinancialMeasure>().toEqualTypeOf<MeasureOf<'financial'>>();
    expectTypeOf<OtherMeasure>().toEqualTypeOf<MeasureOf<'other'>>();
    expectTypeOf<Threshold>().toEqualTypeOf<MeasureOf<'quantity-cap'>['thresholds'][number]>();
    expectTypeOf<CommodityId>().toEqualTypeOf<z.output<typeof CommodityIdSchema>>();
    expectTypeOf<Confidence>().toEqualTypeOf<z.output<typeof ConfidenceSchema>>();
    expectTypeOf<EffectiveRange>().toEqualTypeOf<z.output<typeof EffectiveRangeSchema>>();
    expectTypeOf<MeasureException>().toEqualTypeOf<
      NonNullable<MeasureOf<'trade-ban'>['exceptions']>[number]
    >();
    expectTypeOf<MeasureException>().toEqualTypeOf<
      NonNullable<MeasureOf<'arms-embargo'>['exceptions']>[number]
    >();
  });

  it('resolutions and regimes', () => {
    expectTypeOf<Change>().toEqualTypeOf<z.output<typeof ChangeSchema>>();
    expectTypeOf<Resolution>().toEqualTypeOf<z.output<typeof ResolutionSchema>>();
    expectTypeOf<Regime>().toEqualTypeOf<z.output<typeof RegimeSchema>>();
    expectTypeOf<Mandate>().toEqualTypeOf<z.output<typeof MandateSchema>>();
    expectTypeOf<MandateKind>().toEqualTypeOf<z.output<typeof MandateKindSchema>>();
    expectTypeOf<Deadline>().toEqualTypeOf<z.output<typeof DeadlineSchema>>();
    expectTypeOf<DeadlineKind>().toEqualTypeOf<z.output<typeof DeadlineKindSchema>>();
  });

  it('ledgers', () => {
    expectTypeOf<LedgerBasis>().toEqualTypeOf<z.output<typeof LedgerBasisSchema>>();
    expectTypeOf<LedgerEntry>().toEqualTypeOf<z.output<typeof LedgerEntrySchema>>();
    expectTypeOf<LedgerEntryInput>().toEqualTypeOf<z.input<typeof LedgerEntrySchema>>();
    expectTypeOf<LedgerEntryLike>().toEqualTypeOf<
      z.output<typeof LedgerEntrySchema> | z.input<typeof LedgerEntrySchema>
    >();
    expectTypeOf<Ledger>().toEqualTypeOf<z.output<typeof LedgerSchema>>();
  });

  it('relief plans', () => {
    expectTypeOf<ReliefAction>().toEqualTypeOf<z.output<typeof ReliefActionSchema>>();
    expectTypeOf<SuspendAction>().toEqualTypeOf<ActionOf<'suspend'>>();
    expectTypeOf<LiftAction>().toEqualTypeOf<ActionOf<'lift'>>();
    expectTypeOf<ReimposeAction>().toEqualTypeOf<ActionOf<'reimpose'>>();
    expectTypeOf<SetCapLimitsAction>().toEqualTypeOf<ActionOf<'set-cap-limits'>>();
    expectTypeOf<ReviewAction>().toEqualTypeOf<ActionOf<'review'>>();
    expectTypeOf<ReliefPhase>().toEqualTypeOf<z.output<typeof ReliefPhaseSchema>>();
    expectTypeOf<Snapback>().toEqualTypeOf<z.output<typeof SnapbackSchema>>();
    expectTypeOf<PhaseDeadline>().toEqualTypeOf<NonNullable<z.output<typeof ReliefPhaseSchema>['latest']>>();
    expectTypeOf<ReliefPlan>().toEqualTypeOf<z.output<typeof ReliefPlanSchema>>();
  });

  it('sanctions-regime/akn: each named type equals its schema', () => {
    expectTypeOf<ResolutionVote>().toEqualTypeOf<z.output<typeof ResolutionVoteSchema>>();
    expectTypeOf<ResolutionDocument>().toEqualTypeOf<z.output<typeof ResolutionDocumentSchema>>();
  });
});

import * as z from 'zod';
import { type Condition, ConditionSchema } from '../conditions/ConditionSchema.js';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyArray, nonEmptyString } from '../internal/zod.js';
import { type DocumentCitation, DocumentCitationSchema } from '../resolutions/citation.js';
import { CapLimitSchema, ConfidenceSchema, MeasureIdSchema } from '../resolutions/measure.js';
import { type Duration, DurationSchema } from '../time/duration.js';
import { PlainDateSchema } from '../time/plainDate.js';

const PLAN_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const IdSchema = z
  .string()
  .regex(PLAN_ID, { message: 'An id is lower-case kebab-case segments joined by dots' });

/**
 * Zod schema for what a phase does to a measure: `suspend` or `lift` it (either takes it out of force; `lift` is
 * meant to be final), `reimpose` one that an earlier phase took out, or `set-cap-limits` of a cap; or `review` it:
 * the Council has said it is ready to review the measure once the phase's conditions are met (resolution 2577
 * (2021) para 2 on the South Sudan arms embargo), which changes nothing in force.
 *
 * @example
 * ```ts
 * import { ReliefActionSchema } from 'sanctions-regime';
 * ReliefActionSchema.parse({ type: 'lift', measure: 'dprk.statues.export' }).type; //=> 'lift'
 * ```
 * @category Relief
 */
export const ReliefActionSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('suspend'), measure: MeasureIdSchema }),
    z.object({ type: z.literal('lift'), measure: MeasureIdSchema }),
    z.object({ type: z.literal('reimpose'), measure: MeasureIdSchema }),
    z.object({ type: z.literal('review'), measure: MeasureIdSchema }),
    z.object({
      type: z.literal('set-cap-limits'),
      measure: MeasureIdSchema,
      limits: nonEmptyArray(CapLimitSchema, 'A cap needs at least one limit'),
    }),
  ])
  .overwrite(deepFreeze);

/**
 * What a phase does to a measure.
 *
 * @category Relief
 */
export type ReliefAction = SuspendAction | LiftAction | ReimposeAction | SetCapLimitsAction | ReviewAction;

/**
 * Suspends a measure while the phase is active, one kind of {@link ReliefAction}.
 *
 * @category Relief
 */
export interface SuspendAction
  extends Omit<Extract<z.infer<typeof ReliefActionSchema>, { type: 'suspend' }>, never> {}

/**
 * Lifts a measure for good, one kind of {@link ReliefAction}.
 *
 * @category Relief
 */
export interface LiftAction
  extends Omit<Extract<z.infer<typeof ReliefActionSchema>, { type: 'lift' }>, never> {}

/**
 * Reimposes a measure, one kind of {@link ReliefAction}.
 *
 * @category Relief
 */
export interface ReimposeAction
  extends Omit<Extract<z.infer<typeof ReliefActionSchema>, { type: 'reimpose' }>, never> {}

/**
 * Names a measure the Council has said it is ready to review once the phase's conditions are met ("through inter
 * alia modification, suspension, or progressive lifting"), one kind of {@link ReliefAction}. Relief by review is
 * not relief: the action never changes the measures in force, never makes one uncertain, and snapback has nothing
 * of it to restore; `evaluatePlan` shows the phase, and its conditions, like any other.
 *
 * @category Relief
 */
export interface ReviewAction
  extends Omit<Extract<z.infer<typeof ReliefActionSchema>, { type: 'review' }>, never> {}

/**
 * Replaces a cap's limits, one kind of {@link ReliefAction}.
 *
 * @category Relief
 */
export interface SetCapLimitsAction
  extends Omit<Extract<z.infer<typeof ReliefActionSchema>, { type: 'set-cap-limits' }>, never> {}

/**
 * Zod schema for one phase of a relief plan.
 *
 * A phase starts on the first day its `requires` condition is met once every phase in `after` is active, plus
 * `startsAfter` ("90 days after endorsement"), or on `latest.plus` after the start of phase `latest.phase`, if that
 * comes first ("the earlier of Adoption Day + 8 years and a broader conclusion"). It ends on the first day its
 * `ends` condition is met after it started.
 *
 * @example
 * ```ts
 * import { ReliefPhaseSchema } from 'sanctions-regime';
 * const phase = ReliefPhaseSchema.parse({
 *   id: 'adoption', title: 'Adoption Day', requires: { op: 'occurred', event: 'unsc-endorsement', within: { start: '2015-07-20', end: '2015-07-20' } },
 *   startsAfter: 'P90D', actions: [],
 * });
 * phase.startsAfter; //=> 'P90D'
 * ```
 * @category Relief
 */
export const ReliefPhaseSchema = z
  .object({
    id: IdSchema,
    title: nonEmptyString(),
    /** The condition that starts the phase. */
    requires: ConditionSchema,
    /** Phases that must be active before this one can start. */
    after: z.array(IdSchema).optional(),
    /** How long after `requires` is first met the phase starts. */
    startsAfter: DurationSchema.optional(),
    /** A deadline: the phase starts at the latest this long after another phase started. */
    latest: z.object({ phase: IdSchema, plus: DurationSchema }).optional(),
    /** What the phase does to measures while it is active. */
    actions: z.array(ReliefActionSchema),
    /** The condition that ends the phase (its actions stop applying). */
    ends: ConditionSchema.optional(),
    note: z.string().optional(),
    sources: z.array(DocumentCitationSchema).optional(),
  })
  .overwrite(deepFreeze);

/**
 * A phase's deadline: it starts at the latest `plus` after the phase `phase` started.
 *
 * @category Relief
 */
export interface PhaseDeadline {
  /** The phase whose start the deadline counts from. */
  phase: string;
  /** How long after that start. */
  plus: Duration;
}

/**
 * One phase of a relief plan.
 *
 * @category Relief
 */
export interface ReliefPhase
  extends Omit<
    z.infer<typeof ReliefPhaseSchema>,
    'actions' | 'sources' | 'requires' | 'ends' | 'startsAfter' | 'latest'
  > {
  /** The condition that starts the phase. */
  requires: Condition;
  /** How long after `requires` is first met the phase starts. */
  startsAfter?: Duration | undefined;
  /** A deadline: the phase starts at the latest this long after another phase started. */
  latest?: PhaseDeadline | undefined;
  /** The condition that ends the phase (its actions stop applying). */
  ends?: Condition | undefined;
  /** What the phase does to measures. */
  actions: ReliefAction[];
  /** Documents where the phase was read. */
  sources?: DocumentCitation[] | undefined;
}

/**
 * Zod schema for the snapback of a plan: a `trigger` condition (a participant's notification), a `delay` before the
 * measures come back, a `blockedBy` condition that stops it when met within the delay (a continuation resolution),
 * what it `restores` (every measure the plan relieved, or a list), what it `terminates` the day it takes effect, and
 * when it `expires`.
 *
 * @example
 * ```ts
 * import { SnapbackSchema } from 'sanctions-regime';
 * const snapback = SnapbackSchema.parse({
 *   trigger: { op: 'occurred', event: 'snapback-notification', within: { last: 'P10Y' } },
 *   delay: 'P30D', restores: 'all',
 * });
 * snapback.delay; //=> 'P30D'
 * ```
 * @category Relief
 */
export const SnapbackSchema = z
  .object({
    /** Met on the day snapback is triggered. */
    trigger: ConditionSchema,
    /** How long after the trigger the measures come back. */
    delay: DurationSchema,
    /** Met within the delay: snapback is blocked. */
    blockedBy: ConditionSchema.optional(),
    /** The measures snapback restores: every measure the plan's phases relieved, or a list of ids. */
    restores: z.union([z.literal('all'), nonEmptyArray(MeasureIdSchema)]),
    /**
     * Measures that snapback takes out of force the day it takes effect (resolution 2231 para 12 terminates the
     * measures of its own paragraphs 7, 8 and 16 to 20 when the earlier resolutions apply again).
     */
    terminates: z.array(MeasureIdSchema).optional(),
    /** After this, snapback can no longer be triggered: a date, or the start of a phase. */
    expires: z.union([z.object({ date: PlainDateSchema }), z.object({ phase: IdSchema })]).optional(),
    note: z.string().optional(),
    sources: z.array(DocumentCitationSchema).optional(),
  })
  .overwrite(deepFreeze);

/**
 * The snapback of a relief plan.
 *
 * @category Relief
 */
export interface Snapback
  extends Omit<z.infer<typeof SnapbackSchema>, 'sources' | 'trigger' | 'delay' | 'blockedBy'> {
  /** Met on the day snapback is triggered. */
  trigger: Condition;
  /** How long after the trigger the measures come back. */
  delay: Duration;
  /** Met within the delay: snapback is blocked. */
  blockedBy?: Condition | undefined;
  /** Documents where the snapback was read. */
  sources?: DocumentCitation[] | undefined;
}

// zod's records drop an own "__proto__" key (to keep it off the result's prototype), so a plan's definition named
// "__proto__" would vanish on parsing while evaluate, reading own keys, uses it. Names stay ordinary names on both
// paths: keys are escaped before the record ("__proto__" and keys starting with U+0000 gain a leading U+0000) and
// unescaped after, into own data properties; nothing is ever assigned through the prototype setter.
const ESCAPE = '\u0000';
const escapeKey = (key: string): string =>
  key === '__proto__' || key.startsWith(ESCAPE) ? `${ESCAPE}${key}` : key;
const unescapeKey = (key: string): string => (key.startsWith(ESCAPE) ? key.slice(1) : key);

function escapeKeys(value: unknown): unknown {
  // Escaped whenever a key needs it: an own "__proto__", or a key that starts with U+0000 (which unescaping would
  // otherwise shorten: a definition "\u0000x" alone came back as "x").
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    !Object.keys(value).some((key) => key === '__proto__' || key.startsWith(ESCAPE))
  )
    return value;
  const escaped: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(escaped, escapeKey(key), {
      value: item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return escaped;
}

function unescapeKeys(record: Record<string, Condition>): Record<string, Condition> {
  if (!Object.keys(record).some((key) => key.startsWith(ESCAPE))) return record;
  const plain: Record<string, Condition> = {};
  for (const [key, item] of Object.entries(record))
    Object.defineProperty(plain, unescapeKey(key), {
      value: item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return plain;
}

const DefinitionsSchema = z
  .preprocess(escapeKeys, z.record(z.string(), ConditionSchema))
  .transform(unescapeKeys);

/**
 * Zod schema for a {@link ReliefPlan}.
 *
 * @example
 * ```ts
 * import { ReliefPlanSchema } from 'sanctions-regime';
 * const plan = ReliefPlanSchema.parse({
 *   id: 'example', title: 'Example', regime: 'dprk-1718', proposedBy: ['KOR'],
 *   sources: [{ document: 'AFP, 2018-09-27' }], confidence: 'unconfirmed', start: '2018-09-27',
 *   phases: [{ id: 'one', title: 'Step one', requires: { op: 'fact', fact: 'moratorium' },
 *     actions: [{ type: 'lift', measure: 'dprk.statues.export' }] }],
 * });
 * plan.phases.length; //=> 1
 * ```
 * @category Relief
 */
export const ReliefPlanSchema = z
  .object({
    id: IdSchema,
    title: nonEmptyString(),
    /** The id of the regime the plan relieves. */
    regime: nonEmptyString(),
    /** Who proposed it: ISO 3166 alpha-3 codes or bodies. */
    proposedBy: nonEmptyArray(nonEmptyString()),
    /** Where the plan is stated. */
    sources: nonEmptyArray(DocumentCitationSchema, 'A plan cites where it was proposed'),
    /** `unconfirmed` when the plan is a reading of statements rather than a text; `note` says how. */
    confidence: ConfidenceSchema,
    note: z.string().optional(),
    /**
     * The day the plan was adopted or proposed: nothing in it (a phase, the snapback) happens before this day.
     * Evidence from before it still counts for conditions that look back (`within: { last: 'P10Y' }`).
     */
    start: PlainDateSchema,
    /** Named conditions that `ref` nodes refer to. */
    definitions: DefinitionsSchema.optional(),
    phases: z.array(ReliefPhaseSchema),
    snapback: SnapbackSchema.optional(),
  })
  .refine((plan) => new Set(plan.phases.map((p) => p.id)).size === plan.phases.length, {
    message: 'Phase ids must be unique',
    path: ['phases'],
  })
  .overwrite(deepFreeze);

/**
 * A phased relief plan over a regime.
 *
 * @category Relief
 */
export interface ReliefPlan
  extends Omit<z.infer<typeof ReliefPlanSchema>, 'sources' | 'phases' | 'snapback'> {
  /** Where the plan was proposed (at least one). */
  sources: DocumentCitation[];
  /** The phases. */
  phases: ReliefPhase[];
  /** How relief is undone. */
  snapback?: Snapback | undefined;
}

/**
 * A plan's named conditions, as a record.
 *
 * @category Relief
 */
export type PlanDefinitions = Readonly<Record<string, Condition>>;

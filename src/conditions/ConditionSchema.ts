import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyString } from '../internal/zod.js';
import { type Quantity, QuantitySchema } from '../quantity/index.js';
import {
  type DateRange,
  type Duration,
  DurationSchema,
  type PlainDate,
  PlainDateSchema,
} from '../time/index.js';
import { conditionTooDeep, DEFAULT_MAX_DEPTH, markTrusted, measureDepth } from './internal.js';

/**
 * The three truth values of strong Kleene logic.
 *
 * @category Conditions
 */
export type Truth = 'met' | 'unmet' | 'unknown';

/**
 * The comparators of a `compare` condition: equal, not equal, less than, at most, greater than, at least.
 *
 * @category Conditions
 */
export type Comparator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/**
 * A date as a compared value, tagged `{ "date": "YYYY-MM-DD" }` so that a string is never taken for a date (string
 * order is not time order once a zone or a time creeps in).
 * @category Conditions
 */
export interface DateValue {
  /** The calendar date. */
  readonly date: PlainDate;
}

/**
 * A value a fact can hold and a `compare` condition can compare with: a finite number, a string, a boolean, a
 * {@link DateValue} or a {@link Quantity}. Values of different types are never coerced into each other.
 * @category Conditions
 */
export type FactValue = number | string | boolean | DateValue | Quantity;

/**
 * The window of an `occurred` / `noneOccurred` condition: `{ last: "P12M" }` covers the evaluation date D minus the
 * duration through D; a {@link DateRange} is an explicit window. Both ends are inclusive, and a window never looks
 * past D.
 * @category Conditions
 */
export type EventWindow = { readonly last: Duration } | DateRange;

/**
 * `{ op: "all", of }`: met when every condition is met (an empty list is met).
 *
 * @category Conditions
 */
export interface AllCondition {
  readonly op: 'all';
  /** The conditions. */
  readonly of: readonly Condition[];
}

/**
 * `{ op: "any", of }`: met when some condition is met (an empty list is unmet).
 *
 * @category Conditions
 */
export interface AnyCondition {
  readonly op: 'any';
  /** The conditions. */
  readonly of: readonly Condition[];
}

/**
 * `{ op: "not", of }`: met when the condition is unmet, unknown when it is unknown.
 *
 * @category Conditions
 */
export interface NotCondition {
  readonly op: 'not';
  /** The negated condition. */
  readonly of: Condition;
}

/**
 * `{ op: "atLeast", count, of }`: met when at least `count` conditions are met.
 *
 * @category Conditions
 */
export interface AtLeastCondition {
  readonly op: 'atLeast';
  /** How many must be met: a non-negative integer. */
  readonly count: number;
  /** The conditions. */
  readonly of: readonly Condition[];
}

/**
 * `{ op: "fact", fact }`: a boolean fact holds.
 *
 * @category Conditions
 */
export interface FactCondition {
  readonly op: 'fact';
  /** The fact id. */
  readonly fact: string;
}

/**
 * `{ op: "compare", fact, cmp, value }`: a fact compared with a value of the same type.
 *
 * @category Conditions
 */
export interface CompareCondition {
  readonly op: 'compare';
  /** The fact id. */
  readonly fact: string;
  /** The comparator; strings and booleans take only `eq` and `ne`. */
  readonly cmp: Comparator;
  /** The value compared with. */
  readonly value: FactValue;
}

/**
 * `{ op: "occurred", event, within }`: an event of a kind occurred within a window.
 *
 * @category Conditions
 */
export interface OccurredCondition {
  readonly op: 'occurred';
  /** The event kind. */
  readonly event: string;
  /** The window. */
  readonly within: EventWindow;
}

/**
 * `{ op: "noneOccurred", event, within }`: no event of a kind occurred within a window (known only under coverage).
 *
 * @category Conditions
 */
export interface NoneOccurredCondition {
  readonly op: 'noneOccurred';
  /** The event kind. */
  readonly event: string;
  /** The window. */
  readonly within: EventWindow;
}

/**
 * `{ op: "onOrAfter", date }` or `{ op: "onOrAfter", anchor, plus }`: the evaluation date is on or after a date.
 *
 * @category Conditions
 */
export type OnOrAfterCondition =
  | { readonly op: 'onOrAfter'; readonly date: PlainDate }
  | { readonly op: 'onOrAfter'; readonly anchor: PlainDate; readonly plus: Duration };

/**
 * `{ op: "ref", name }`: the named condition of the definitions passed to {@link evaluate}.
 *
 * @category Conditions
 */
export interface RefCondition {
  readonly op: 'ref';
  /** The definition's name. */
  readonly name: string;
}

/**
 * A condition of the language: a tree discriminated on `op`. Parse untrusted JSON with {@link ConditionSchema}.
 *
 * @category Conditions
 */
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | AtLeastCondition
  | FactCondition
  | CompareCondition
  | OccurredCondition
  | NoneOccurredCondition
  | OnOrAfterCondition
  | RefCondition;

/**
 * The JSON form of a {@link FactValue}: quantities carry their amount as a decimal string.
 *
 * @category Conditions
 */
export type FactValueInput =
  | number
  | string
  | boolean
  | { readonly date: string }
  | { readonly amount: string; readonly unit: string };

/**
 * The JSON form of an {@link EventWindow}.
 *
 * @category Conditions
 */
export type EventWindowInput = { readonly last: string } | { readonly start: string; readonly end: string };

/**
 * The JSON form of a {@link Condition}, as accepted by {@link ConditionSchema}.
 *
 * @category Conditions
 */
export type ConditionInput =
  | { readonly op: 'all' | 'any'; readonly of: readonly ConditionInput[] }
  | { readonly op: 'not'; readonly of: ConditionInput }
  | { readonly op: 'atLeast'; readonly count: number; readonly of: readonly ConditionInput[] }
  | { readonly op: 'fact'; readonly fact: string }
  | {
      readonly op: 'compare';
      readonly fact: string;
      readonly cmp: Comparator;
      readonly value: FactValueInput;
    }
  | { readonly op: 'occurred' | 'noneOccurred'; readonly event: string; readonly within: EventWindowInput }
  | { readonly op: 'onOrAfter'; readonly date: string }
  | { readonly op: 'onOrAfter'; readonly anchor: string; readonly plus: string }
  | { readonly op: 'ref'; readonly name: string };

const IdSchema = nonEmptyString('An id must be a non-empty string');

const DateValueSchema = z.strictObject({ date: PlainDateSchema });

/**
 * Zod schema for a {@link FactValue}: a finite number, a string, a boolean, a date as `{ "date": "YYYY-MM-DD" }`, or a
 * quantity as `{ "amount": "500000", "unit": "barrel" }` (decoded to a {@link Quantity}).
 *
 * @example
 * ```ts
 * import { FactValueSchema } from 'sanctions-regime';
 * FactValueSchema.parse({ date: '2018-06-12' }); //=> { date: '2018-06-12' }
 * FactValueSchema.safeParse(Number.POSITIVE_INFINITY).success; //=> false
 * ```
 * @category Conditions
 */
export const FactValueSchema = z
  .union([
    z.number().meta({ description: 'a finite number' }),
    z.string(),
    z.boolean(),
    DateValueSchema,
    QuantitySchema,
  ])
  .overwrite(deepFreeze);

const ComparatorSchema = z.enum(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

const WindowSchema = z.union([
  z.strictObject({ last: DurationSchema }),
  z.strictObject({ start: PlainDateSchema, end: PlainDateSchema }).refine((w) => w.start <= w.end, {
    message: 'A window must not end before it starts',
    path: ['end'],
    params: { code: 'INVALID_RANGE' },
  }),
]);

const ORDERED_MESSAGE =
  'Strings and booleans are compared only with "eq" or "ne"; to order dates, write the value as { "date": "YYYY-MM-DD" }';

const NodeSchema: z.ZodType<Condition, ConditionInput> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('all'), of: z.array(NodeSchema) }),
    z.strictObject({ op: z.literal('any'), of: z.array(NodeSchema) }),
    z.strictObject({ op: z.literal('not'), of: NodeSchema }),
    z.strictObject({
      op: z.literal('atLeast'),
      count: z.number().int().min(0),
      of: z.array(NodeSchema),
    }),
    z.strictObject({ op: z.literal('fact'), fact: IdSchema }),
    z
      .strictObject({
        op: z.literal('compare'),
        fact: IdSchema,
        cmp: ComparatorSchema,
        value: FactValueSchema,
      })
      .refine((c) => !isUnordered(c.value) || c.cmp === 'eq' || c.cmp === 'ne', {
        message: ORDERED_MESSAGE,
        path: ['cmp'],
        params: { code: 'TYPE_MISMATCH' },
      })
      .meta({
        anyOf: [
          { properties: { value: { not: { type: ['string', 'boolean'] } } } },
          { properties: { cmp: { enum: ['eq', 'ne'] } } },
        ],
      }),
    z.strictObject({ op: z.literal('occurred'), event: IdSchema, within: WindowSchema }),
    z.strictObject({ op: z.literal('noneOccurred'), event: IdSchema, within: WindowSchema }),
    z
      .strictObject({
        op: z.literal('onOrAfter'),
        date: PlainDateSchema.optional(),
        anchor: PlainDateSchema.optional(),
        plus: DurationSchema.optional(),
      })
      .refine(
        (c) =>
          c.date !== undefined
            ? c.anchor === undefined && c.plus === undefined
            : c.anchor !== undefined && c.plus !== undefined,
        { message: 'onOrAfter takes either "date", or "anchor" and "plus"' },
      )
      .meta({
        oneOf: [
          { required: ['date'], properties: { anchor: false, plus: false } },
          { required: ['anchor', 'plus'], properties: { date: false } },
        ],
      }),
    z.strictObject({ op: z.literal('ref'), name: IdSchema }),
  ]),
) as z.ZodType<Condition, ConditionInput>;

function isUnordered(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean';
}

/**
 * Options for {@link createConditionSchema}.
 *
 * @category Conditions
 */
export interface ConditionSchemaOptions {
  /**
   * The deepest nesting accepted, counting the root as 1; defaults to 256, at most {@link MAX_SCHEMA_DEPTH} (512):
   * zod parses nested objects recursively, and about 800 levels overflow the stack. Deeper conditions are for
   * {@link evaluate} and {@link truthOver}, whose own `maxDepth` has no such ceiling.
   */
  readonly maxDepth?: number;
}

/**
 * The largest `maxDepth` {@link createConditionSchema} takes. zod walks a document recursively, a few stack frames
 * per level, and overflows the stack near 800 levels of `all`; 512 leaves room for the caller's own stack.
 *
 * @example
 * ```ts
 * import { MAX_SCHEMA_DEPTH } from 'sanctions-regime';
 * MAX_SCHEMA_DEPTH; //=> 512
 * ```
 * @category Conditions
 */
export const MAX_SCHEMA_DEPTH = 512;

/**
 * Makes a {@link ConditionSchema} with another depth limit.
 *
 * @param options - `maxDepth`, the deepest nesting accepted (the root is depth 1), at most {@link MAX_SCHEMA_DEPTH}.
 * @returns a schema that refuses deeper documents with one issue whose `params.code` is `CONDITION_TOO_DEEP`. The
 * depth is measured with an explicit stack before zod sees the document, so no document can overflow the stack.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when `maxDepth` is not a positive integer, or is above
 * {@link MAX_SCHEMA_DEPTH} (zod itself would overflow the stack on such documents).
 * @example
 * ```ts
 * import { createConditionSchema } from 'sanctions-regime';
 * const shallow = createConditionSchema({ maxDepth: 2 });
 * const deep = { op: 'not', of: { op: 'not', of: { op: 'fact', fact: 'a' } } };
 * const issue = shallow.safeParse(deep).error?.issues[0];
 * issue?.code === 'custom' && issue.params; //=> { code: 'CONDITION_TOO_DEEP' }
 * ```
 * @category Conditions
 */
export function createConditionSchema(options?: ConditionSchemaOptions) {
  const maxDepth = checkMaxDepth(options?.maxDepth);
  if (maxDepth > MAX_SCHEMA_DEPTH) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `maxDepth ${maxDepth} is above ${MAX_SCHEMA_DEPTH}, the deepest document the schema can parse without overflowing the stack (zod parses recursively): lower it, or evaluate deeper conditions without the schema (evaluate and truthOver take their own maxDepth).`,
      { maxDepth, limit: MAX_SCHEMA_DEPTH },
    );
  }
  return z.preprocess((value, ctx) => {
    // Checked with an explicit stack before zod's recursive parse sees the document.
    if (measureDepth(value, maxDepth) > maxDepth) {
      ctx.addIssue({
        code: 'custom',
        message: conditionTooDeep(maxDepth).message,
        params: { code: 'CONDITION_TOO_DEEP' },
        input: value,
      });
    }
    return value;
    // The transform sits inside the preprocess, not after it: zod 4's JSON Schema looks through a preprocess to
    // its schema, but takes a pipe that starts with one as optional, which dropped every condition key (`requires`,
    // `trigger`) from the JSON Schemas' `required`.
  }, NodeSchema.transform(markTrusted));
}

/**
 * Checks a depth option; exported to the layer only.
 *
 * @category Conditions
 */
export function checkMaxDepth(maxDepth: number | undefined): number {
  return maxDepth === undefined ? DEFAULT_MAX_DEPTH : assertPositiveInteger(maxDepth);
}

function assertPositiveInteger(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw invalidMaxDepth(value);
  }
  return value;
}

function invalidMaxDepth(value: unknown): SanctionsRegimeError {
  return new SanctionsRegimeError(
    'INVALID_INPUT',
    `maxDepth must be a positive integer, got ${describeValue(value)}.`,
    { maxDepth: value },
  );
}

/**
 * Zod schema for a {@link Condition}. The nesting depth is checked first, with an explicit stack, so a document
 * nested 10,000 or 1,000,000 levels deep is refused at once with one issue whose `params.code` is
 * `CONDITION_TOO_DEEP` (default limit 256; see {@link createConditionSchema}). Nodes are strict objects: unknown keys
 * are issues. Quantities decode to {@link Quantity}; the parsed condition is frozen.
 * `z.toJSONSchema(ConditionSchema, { io: 'input' })` describes the wire format.
 *
 * @example
 * ```ts
 * import { ConditionSchema } from 'sanctions-regime';
 * ConditionSchema.parse({ op: 'compare', fact: 'tests', cmp: 'eq', value: 0 }); //=> { op: 'compare', fact: 'tests', cmp: 'eq', value: 0 }
 * ConditionSchema.safeParse({ op: 'compare', fact: 'status', cmp: 'lt', value: 'x' }).error?.issues[0]?.path; //=> ['cmp']
 * ```
 * @category Conditions
 */
export const ConditionSchema = /* @__PURE__ */ createConditionSchema();

// Classifying and comparing fact values: the one place that decides which values are comparable.
import { frozenQuantity } from '../internal/frozen.js';
import { copyDecimal, isDecimal } from '../quantity/decimal.js';
import { compare as compareQuantities, isQuantity, type Quantity } from '../quantity/index.js';
import { isPlainDate } from '../time/index.js';
import { isRecord, own } from './internal.js';

export const NUMBER = 0;
export const STRING = 1;
export const BOOLEAN = 2;
export const DATE = 3;
export const QUANTITY = 4;

/**
 * What the type codes are called in messages.
 *
 * @category Conditions
 */
export const TYPE_NAMES = ['a number', 'a string', 'a boolean', 'a date', 'a quantity'] as const;

/**
 * A classified value: its type code and the key compared (the date string for dates).
 *
 * @category Conditions
 */
export interface Classified {
  readonly type: number;
  readonly key: number | string | boolean | Quantity;
}

/**
 * Classifies a fact value; `undefined` when it is not one.
 *
 * @category Conditions
 */
export function classifyValue(value: unknown): Classified | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? { type: NUMBER, key: value } : undefined;
    case 'string':
      return { type: STRING, key: value };
    case 'boolean':
      return { type: BOOLEAN, key: value };
    default: {
      // A quantity is copied from one read of its amount and unit: the caller's object may change afterwards.
      if (isQuantity(value)) {
        const { amount, unit } = value;
        return isDecimal(amount) && typeof unit === 'string'
          ? { type: QUANTITY, key: frozenQuantity(copyDecimal(amount), unit) }
          : undefined;
      }
      if (!isRecord(value)) return undefined;
      const date = own(value, 'date');
      return isPlainDate(date) ? { type: DATE, key: date } : undefined;
    }
  }
}

export const EQ = 0;
export const NE = 1;
export const LT = 2;
export const LE = 3;
export const GT = 4;
export const GE = 5;
export const COMPARATORS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const;

// Truth values as small integers: strong Kleene AND is min, OR is max, NOT is 2 - x.
export const UNMET = 0;
export const UNKNOWN = 1;
export const MET = 2;
export const TYPE_MISMATCH = 3;
export const UNIT_MISMATCH = 4;
export const TRUTHS = ['unmet', 'unknown', 'met'] as const;

/**
 * Compares an observed value with a condition's value: `MET` / `UNMET`, or `TYPE_MISMATCH` / `UNIT_MISMATCH` when
 * they cannot be compared (never coerced).
 * @category Conditions
 */
export function compareValues(
  observedType: number,
  observed: Classified['key'],
  cmp: number,
  valueType: number,
  value: Classified['key'],
): number {
  if (observedType !== valueType) return TYPE_MISMATCH;
  let order: number;
  if (valueType === QUANTITY) {
    const a = observed as Quantity;
    const b = value as Quantity;
    if (a.unit !== b.unit) return UNIT_MISMATCH;
    order = compareQuantities(a, b);
  } else {
    order = observed === value ? 0 : (observed as number | string) < (value as number | string) ? -1 : 1;
  }
  let holds: boolean;
  switch (cmp) {
    case EQ:
      holds = order === 0;
      break;
    case NE:
      holds = order !== 0;
      break;
    case LT:
      holds = order < 0;
      break;
    case LE:
      holds = order <= 0;
      break;
    case GT:
      holds = order > 0;
      break;
    default:
      holds = order >= 0;
  }
  return holds ? MET : UNMET;
}

export { add, compare, isZero, ratio, subtract, sum } from './arithmetic.js';
export { convert } from './convert.js';
export { type FormatQuantityOptions, formatQuantity } from './formatQuantity.js';
export {
  ConversionFactorSchema,
  createQuantitySchema,
  DecimalStringSchema,
  type QuantityJson,
  QuantitySchema,
} from './QuantitySchema.js';
export {
  type ConversionFactor,
  isQuantity,
  type Quantity,
  type QuantityOptions,
  quantity,
} from './quantity.js';
export {
  type BuiltInUnits,
  extendUnits,
  type UnitDefinition,
  type UnitId,
  UnitIdSchema,
  type UnitRegistry,
  units,
} from './units.js';

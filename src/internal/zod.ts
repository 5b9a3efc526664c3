import * as z from 'zod';

/**
 * A string schema that checks a pattern with one custom issue carrying `params.code` (zod's own regex check cannot
 * carry params), and publishes the pattern in the JSON Schema.
 */
export function patternString(pattern: RegExp, message: string, code: string) {
  return z
    .string({ message })
    .refine((value) => pattern.test(value), { message, params: { code }, abort: true })
    .meta({ pattern: pattern.source });
}

/**
 * A non-empty string. zod 4's `.min(1)` reads `.length` of whatever it is given and throws a TypeError on an object
 * whose `length` cannot be converted (`{ "length": { "toString": null } }`); a refinement runs only on strings.
 */
export function nonEmptyString(message = 'Expected a non-empty string') {
  return z
    .string({ message })
    .refine((value) => value.length > 0, { message })
    .meta({ minLength: 1 });
}

/** A non-empty array of `item`, without zod's `.min(1)` (see {@link nonEmptyString}). */
export function nonEmptyArray<T extends z.ZodType>(item: T, message = 'Expected at least one item') {
  return z
    .array(item, { message })
    .refine((value) => value.length > 0, { message })
    .meta({ minItems: 1 });
}

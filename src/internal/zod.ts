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

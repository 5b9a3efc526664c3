// The JSON Schema (input side) of every exported zod schema, rendered as the files shipped in schemas/.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import * as akn from '../src/akn/index.js';
import * as lib from '../src/index.js';

/** The package's version, read from package.json: `changeset version` bumps it, `npm run schemas` follows. */
export const packageVersion: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * The `$id` of a shipped JSON Schema: its address in this version of the package, so that a document naming it keeps
 * naming the schema it was written against, not whatever the latest release says.
 */
export const schemaUrl = (title: string): string =>
  `https://unpkg.com/sanctions-regime@${packageVersion}/schemas/${title}.json`;

/** File name (without `.json`) to file text, for every `…Schema` the core and `sanctions-regime/akn` export. */
export function renderJsonSchemas(): Record<string, string> {
  const rendered: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...lib, ...akn })) {
    if (!name.endsWith('Schema') || !(value instanceof z.ZodType)) continue;
    const title = name.replace(/Schema$/, '');
    const json = z.toJSONSchema(value, {
      io: 'input',
      unrepresentable: 'any',
      override: forbidLineTerminators,
    });
    const document = { ...json, $id: schemaUrl(title), title };
    rendered[title] = `${JSON.stringify(document, null, 2).replace(/[\u0085\u2028\u2029]/g, escapeAsJson)}\n`;
  }
  return rendered;
}

/**
 * The line terminators before which `$` matches at the end of a string in Python's `re`, PCRE, Java and .NET (not in
 * JavaScript or RE2): a pattern `^…$` there accepts `"2018-01-01\n"`. Every string with a pattern also gets
 * `not: { pattern: "[\n\r\u0085\u2028\u2029]" }`, which every validator reads alike (a character class of literal
 * characters; no lookahead, which RE2 refuses, and no `\z`, which ECMA-262 lacks).
 */
export const LINE_TERMINATORS = '[\n\r\u0085\u2028\u2029]';

function forbidLineTerminators({ jsonSchema }: { jsonSchema: Record<string, unknown> }): void {
  if (typeof jsonSchema.pattern !== 'string') return;
  const forbid = { pattern: LINE_TERMINATORS };
  jsonSchema.not = jsonSchema.not === undefined ? forbid : { anyOf: [jsonSchema.not, forbid] };
}

/** Writes U+0085, U+2028 and U+2029 as JSON escapes, so the files show them. */
function escapeAsJson(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

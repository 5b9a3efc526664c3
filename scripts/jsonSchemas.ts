// The JSON Schema (input side) of every exported zod schema, rendered as the files shipped in schemas/.
import * as z from 'zod';
import * as lib from '../src/index.js';

/** File name (without `.json`) to file text, for every exported `…Schema`. */
export function renderJsonSchemas(): Record<string, string> {
  const rendered: Record<string, string> = {};
  for (const [name, value] of Object.entries(lib)) {
    if (!name.endsWith('Schema') || !(value instanceof z.ZodType)) continue;
    const title = name.replace(/Schema$/, '');
    const json = z.toJSONSchema(value, { io: 'input', unrepresentable: 'any' });
    const document = { ...json, $id: `https://unpkg.com/sanctions-regime/schemas/${title}.json`, title };
    rendered[title] = `${JSON.stringify(document, null, 2)}\n`;
  }
  return rendered;
}

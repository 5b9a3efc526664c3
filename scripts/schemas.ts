// `npm run schemas`: writes schemas/*.json from the exported zod schemas. tests/schemas.test.ts fails when the
// committed files differ from what this writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderJsonSchemas } from './jsonSchemas.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) rmSync(join(out, file));
const rendered = renderJsonSchemas();
for (const [name, text] of Object.entries(rendered)) writeFileSync(join(out, `${name}.json`), text);
console.log(`wrote ${Object.keys(rendered).length} JSON Schemas in schemas/`);

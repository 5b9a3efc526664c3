// `npm run data:docs`: writes docs/data.md and docs/mandates.md. tests/data/docs.test.ts fails when a committed file
// differs.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDataDocs, renderMandateDocs } from './dataDocs.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
writeFileSync(join(docs, 'data.md'), renderDataDocs());
writeFileSync(join(docs, 'mandates.md'), renderMandateDocs());
console.log('wrote docs/data.md and docs/mandates.md');

// `npm run data:docs`: writes docs/data.md. tests/data/docs.test.ts fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDataDocs } from './dataDocs.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'data.md');
writeFileSync(file, renderDataDocs());
console.log('wrote docs/data.md');

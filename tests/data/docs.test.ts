import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDataDocs, renderMandateDocs } from '../../scripts/dataDocs.js';
import { dataVersion, dprk1718, iran2231, southSudan2206 } from '../../src/data/index.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const committed = readFileSync(join(docs, 'data.md'), 'utf8');
const mandatesPage = readFileSync(join(docs, 'mandates.md'), 'utf8');
const rowsOf = (text: string) => text.split('\n').filter((line) => line.startsWith('| `'));

describe('docs/data.md', () => {
  it('is what npm run data:docs renders from src/data (run it and commit when this fails)', () => {
    expect(committed).toBe(renderDataDocs());
    expect(mandatesPage).toBe(renderMandateDocs());
  });

  it('has one row per bundled measure, mandate and deadline, with its kind, start, citations and confidence', () => {
    const rows = rowsOf(committed);
    const measures = [dprk1718, iran2231, southSudan2206].flatMap((r) =>
      r.resolutions.flatMap((res) => res.measures),
    );
    const others = [dprk1718, iran2231, southSudan2206].flatMap((r) =>
      r.resolutions.flatMap((res) => [...(res.mandates ?? []), ...(res.deadlines ?? [])]),
    );
    expect(rows).toHaveLength(measures.length);
    const mandates = others.filter((o) => 'effective' in o);
    expect(rowsOf(mandatesPage)).toHaveLength(others.length - mandates.length);
    for (const m of mandates)
      expect(mandatesPage).toContain(`#### Mandate \`${m.id}\`\n\n${m.kind}, created for `);
    expect(mandatesPage).toMatch(/\| 2680 \| extend \| [0-9-]+ \| 2024-04-30 \| 1 \|/);
    const cap = rows.find((row) => row.startsWith('| `dprk.refined-petroleum.cap` |'))?.split(' | ');
    const measure = measures.find((m) => m.id === 'dprk.refined-petroleum.cap');
    expect(cap?.[1]).toBe('quantity-cap');
    expect(cap?.[2]).toBe(`${measure?.effective.start} –`);
    expect(cap?.[4]).toBe('res. 2397 para 5');
    expect(cap?.[5]).toBe(measure?.confidence);
    expect(committed).toContain(`data version **${dataVersion}**`);
  });
});

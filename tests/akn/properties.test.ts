// readResolution on damaged documents: whatever the damage, it returns a resolution valid against its schema or
// throws a SanctionsRegimeError with a stable code, never anything else (a parser's own error, a TypeError).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResolutionDocumentSchema, readResolution } from '../../src/akn/index.js';
import { SanctionsRegimeError } from '../../src/index.js';

const official = readFileSync(join(import.meta.dirname, 'fixtures', 'resolution.xml'), 'utf8');

/** What readResolution did: "ok" with a schema-valid result, or the code it threw. */
function outcome(xml: string): string {
  try {
    const read = readResolution(xml);
    expect(ResolutionDocumentSchema.safeParse(read).success).toBe(true);
    return 'ok';
  } catch (error) {
    if (error instanceof SanctionsRegimeError) return error.code;
    throw error;
  }
}

/** The fixture with one slice replaced by arbitrary text (markup characters likely). */
const damaged = fc
  .tuple(
    fc.nat({ max: official.length }),
    fc.nat({ max: 200 }),
    fc.string({
      unit: fc.constantFrom('<', '>', '/', '"', '=', '&', ';', ' ', 'a', 'num', '1.', '(a)', '!'),
    }),
  )
  .map(([at, length, text]) => official.slice(0, at) + text + official.slice(at + length));

describe('readResolution on damaged documents', () => {
  it('returns a valid resolution or throws INVALID_DOCUMENT, nothing else', () => {
    fc.assert(
      fc.property(damaged, (xml) => {
        expect(['ok', 'INVALID_DOCUMENT']).toContain(outcome(xml));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text, throws INVALID_DOCUMENT', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(outcome(text)).toBe('INVALID_DOCUMENT');
      }),
      { numRuns: 200 },
    );
  });

  it('reads the same document the same way every time', () => {
    fc.assert(
      fc.property(damaged, (xml) => {
        const first = outcome(xml) === 'ok' ? readResolution(xml) : undefined;
        const second = first === undefined ? undefined : readResolution(xml);
        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

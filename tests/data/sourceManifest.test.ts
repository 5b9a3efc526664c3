import { describe, expect, it } from 'vitest';
import * as data from '../../src/data/index.js';
import { S, SSD } from '../../src/data/sources.js';
import { parseDate } from '../../src/index.js';

const { sourceManifest } = data;

/** Every string anywhere in the JSON forms of the bundled data. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}
// Every export but the manifest itself, parsed and JSON forms alike: a new export is covered without a change here.
const everything = Object.entries(data)
  .filter(([name]) => name !== 'sourceManifest')
  .flatMap(([, value]) => strings(value));
const byUrl = new Map(sourceManifest.map((s) => [s.url, s]));

describe('sourceManifest', () => {
  it('holds every address cited anywhere in the data: each "http" in any string starts a manifest address', () => {
    const urls = [...byUrl.keys()];
    let seen = 0;
    for (const text of everything) {
      // An address inside another (an archived page) is part of the outer one.
      let end = 0;
      for (let at = text.indexOf('http'); at !== -1; at = text.indexOf('http', at + 1)) {
        if (at < end || !/^https?:\/\//.test(text.slice(at))) continue;
        seen += 1;
        const url = urls.filter((u) => text.startsWith(u, at)).sort((a, b) => b.length - a.length)[0];
        expect(url, `${text.slice(at, at + 80)}… is not in the manifest`).toBeDefined();
        end = at + (url?.length ?? 0);
        expect(text[end] ?? ' ', `${text.slice(at, end + 1)}: the address is cut short`).toMatch(
          /[\s)\].,;:'"]/,
        );
      }
    }
    expect(seen).toBeGreaterThanOrEqual(sourceManifest.length);
  });

  it('lists each address once, in order, without the punctuation around it', () => {
    const urls = sourceManifest.map((s) => s.url);
    expect(urls).toEqual([...new Set(urls)].sort());
    for (const url of urls) expect(url, url).toMatch(/^https?:\/\/[^\s]*[^\s.,;:]$/);
  });

  it('cites every source of src/data/sources.ts, each supporting at least one fact', () => {
    for (const [key, source] of Object.entries({ ...S, ...SSD })) {
      if (source.url === undefined) continue;
      const entry = byUrl.get(source.url);
      expect(entry?.supports.length ?? 0, `S.${key} (${source.url}) supports no fact`).toBeGreaterThan(0);
      expect(entry?.documents, key).toContain(source.document);
    }
  });

  it('says what each source supports, by fact id', () => {
    const ids = (url: string) => byUrl.get(url)?.supports ?? [];
    expect(ids('https://press.un.org/en/2018/sc13162.doc.htm')).toContain('dprk-1718');
    expect(ids(S.sc8853.url ?? '')).toContain('dprk.arms.supply');
    expect(ids(S.akn1874.url ?? '')).toEqual(['dprk.panel-of-experts']);
    expect(ids(S.sc15648.url ?? '')).toEqual(['dprk-1718/2680']);
    expect(
      ids('http://www.koreaherald.com/view.php?ud=20200221000428').some((id) =>
        id.startsWith('refinedPetroleumLedger/'),
      ),
    ).toBe(true);
    expect(ids('https://www.rferl.org/a/north-korea-nuclear-test/24899506.html')).toEqual([
      'dprkEvidence/events/nuclear-test/2013-02-12',
    ]);
    const measures = new Set(
      [data.dprk1718, data.iran2231, data.southSudan2206].flatMap((r) =>
        r.resolutions.flatMap((res) => [
          ...res.measures.map((m) => m.id),
          ...(res.mandates ?? []).map((m) => m.id),
          ...(res.deadlines ?? []).map((d) => d.id),
        ]),
      ),
    );
    const roots = new Set([
      data.dprk1718.id,
      data.iran2231.id,
      data.southSudan2206.id,
      data.jcpoaPlan.id,
      data.southSudanBenchmarks.id,
      data.dprkDraftResolution2019.id,
      ...Object.values(data.dprkPositions).map((p) => p.id),
      'refinedPetroleumLedger',
      'dprkEvidence',
      'jcpoaEvidence',
      'southSudanEvidence',
      'dprkCoverageSources',
      'jcpoaCoverageSources',
    ]);
    for (const entry of sourceManifest) {
      expect(entry.supports.length, entry.url).toBeGreaterThan(0);
      for (const id of entry.supports) {
        const known = measures.has(id) || roots.has(id.split('/')[0] ?? '');
        expect(known, `${entry.url} supports an unknown fact ${id}`).toBe(true);
      }
    }
  });

  it('dates every source by the day it was first cited (run npm run data:json after adding one)', () => {
    for (const { url, firstCited } of sourceManifest) {
      expect(firstCited, `${url} has no first-cited date`).toBeDefined();
      expect(parseDate(firstCited ?? '')).toBe(firstCited);
      expect(firstCited && firstCited <= new Date().toISOString().slice(0, 10), url).toBe(true);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(sourceManifest)).toBe(true);
    for (const entry of sourceManifest) {
      expect(
        Object.isFrozen(entry) && Object.isFrozen(entry.supports) && Object.isFrozen(entry.documents),
      ).toBe(true);
    }
  });
});

// `npm run docs` runs this after typedoc: it draws the charts the guides show, from the bundled data, into the site's
// media folder (docs/api/media/, or the folder given as the first argument). Nothing drawn here is committed: the
// guides link the published site's copy, and scripts/typedoc-site-media.mjs points those links at this folder in the
// site itself, so the site shows what this build drew.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { dprk1718, refinedPetroleumLedger } from '../src/data/index.js';
import { capReportSvg } from '../src/format/index.js';
import { compareBases, findMeasure } from '../src/index.js';

const root = resolve(import.meta.dirname, '..');
const media = resolve(process.argv[2] ?? join(root, 'docs', 'api', 'media'));

/** The charts, by file name. */
function charts(): Record<string, string> {
  const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap');
  if (cap === undefined) throw new Error('docs-charts: the bundled DPRK regime has no refined-petroleum cap');
  // The 2018 refined-petroleum cap as known on 27 September 2018, the day of the Council meeting: one line per basis.
  const bases = compareBases(cap, refinedPetroleumLedger, { asOf: '2018-09-27' });
  return {
    'cap-2018-refined-petroleum.svg': capReportSvg([bases.reported, bases.alleged, bases.estimated], { cap }),
  };
}

mkdirSync(media, { recursive: true });
for (const [name, svg] of Object.entries(charts())) {
  writeFileSync(join(media, name), svg);
  console.log(`docs-charts: ${relative(root, join(media, name))} (${(svg.length / 1000).toFixed(1)} kB)`);
}

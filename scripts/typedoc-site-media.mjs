// A typedoc plugin for the charts of the guides. A guide shows a chart that `npm run docs` draws from the bundled
// data (scripts/docs-charts.ts, into docs/api/media/): its Markdown links the published site's copy
// (https://sanctions-regime.github.io/sanctions-regime/media/…), which every reader of docs/*.md can open (on GitHub,
// on npm, in node_modules), since the drawn files are not committed. In the site itself this plugin makes those links
// relative (`../media/…` from a guide), so the site shows the chart this very build drew, offline and from disk too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageEvent } from 'typedoc';

const { homepage } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
const PUBLISHED = `${homepage.replace(/\/?$/, '/')}media/`;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined || !page.contents.includes(PUBLISHED)) return;
    const depth = page.url.split('/').length - 1;
    page.contents = page.contents.replaceAll(PUBLISHED, `${'../'.repeat(depth)}media/`);
  });
}

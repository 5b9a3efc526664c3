// Checks the site `npm run docs` built in docs/api (issue 14): no HTML page over 60 kB, the whole site under 3.2 MB
// (3 MB until issue 17 added the accumulator states' pages), no relative link (href or src) to a file or an anchor that does not exist, no entry of a page outline without a
// word (a heading made only of inline code gives an empty one), no export in typedoc's default category, and every
// guide in docs/ on the site. Every failure is listed, with the page and its size for the budgets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The built site: docs/api, or the directory given as the first argument. */
const site = resolve(process.argv[2] ?? join(root, 'docs', 'api'));
/** Budgets, in bytes (1 kB = 1,000 bytes, as size-limit counts). */
const PAGE_BUDGET = 60_000;
const SITE_BUDGET = 3_200_000;

if (!existsSync(join(site, 'index.html'))) {
  console.error(`docs-check: ${relative(root, site)}/index.html is missing; run \`npm run docs\` first.`);
  process.exit(1);
}

/** @param {string} dir @returns {string[]} */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const all = files(site);
const pages = all.filter((f) => f.endsWith('.html'));
const failures = [];
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

// Budgets.
const siteBytes = all.reduce((total, f) => total + statSync(f).size, 0);
const sized = pages
  .map((f) => ({ page: relative(site, f).split('\\').join('/'), bytes: statSync(f).size }))
  .filter((p) => p.bytes > PAGE_BUDGET)
  .sort((a, b) => b.bytes - a.bytes);
if (sized.length > 0) {
  failures.push(
    `${sized.length} page(s) over the ${kB(PAGE_BUDGET)} page budget:\n${sized
      .map((p) => `    ${kB(p.bytes).padStart(9)}  ${p.page}`)
      .join('\n')}`,
  );
}
if (siteBytes > SITE_BUDGET)
  failures.push(`the site is ${kB(siteBytes)}, over the ${kB(SITE_BUDGET)} budget`);

// The compact module index (scripts/typedoc-compact.mjs) draws each export's kind with a CSS rule: every kind it
// lists needs one, or the entry shows no kind.
const customCss = existsSync(join(site, 'assets', 'custom.css'))
  ? readFileSync(join(site, 'assets', 'custom.css'), 'utf8')
  : '';
for (const page of pages.filter((f) => relative(site, f).startsWith('modules'))) {
  const kinds = new Set(
    [...readFileSync(page, 'utf8').matchAll(/<dt[^>]*class="tsd-compact (tsd-kind-[a-z-]+)/g)].map(
      (m) => m[1],
    ),
  );
  for (const kind of kinds) {
    if (!customCss.includes(`dt.${kind}::before`))
      failures.push(`${relative(site, page)}: no CSS rule draws the kind ${kind}`);
  }
}

// Links, anchors and outlines.
const decode = (s) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
/** @type {Map<string, Set<string>>} */
const idsByPage = new Map();
function idsOf(page) {
  let ids = idsByPage.get(page);
  if (ids === undefined) {
    const html = readFileSync(page, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
    idsByPage.set(page, ids);
  }
  return ids;
}

const broken = [];
const emptyOutline = [];
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const link = decode(m[1] ?? '');
    if (link === '' || /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
    const [pathPart = '', anchor] = link.split('#', 2);
    let path;
    try {
      path = decodeURIComponent(pathPart.split('?')[0] ?? '');
    } catch {
      broken.push(`${relative(site, page)}: ${link} (malformed percent-encoding)`);
      continue;
    }
    const target = path === '' ? page : resolve(dirname(page), path);
    if (!existsSync(target) || (statSync(target).isDirectory() && !existsSync(join(target, 'index.html')))) {
      broken.push(`${relative(site, page)}: ${link} (no such file)`);
      continue;
    }
    if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) {
      broken.push(`${relative(site, page)}: ${link} (no such anchor)`);
    }
  }
  // The "On This Page" outline: every entry must have a word in it.
  for (const m of html.matchAll(/<a href="#[^"]*"[^>]*><span>(.*?)<\/span><\/a>/g)) {
    const text = decode((m[1] ?? '').replaceAll(/<[^>]*>/g, ''));
    if (!/[\p{L}\p{N}]/u.test(text)) emptyOutline.push(`${relative(site, page)}: "${text}"`);
  }
}
if (broken.length > 0)
  failures.push(`${broken.length} broken relative link(s):\n    ${broken.join('\n    ')}`);
if (emptyOutline.length > 0) {
  failures.push(
    `${emptyOutline.length} page-outline entr(y/ies) without a word (a heading made only of inline code?):\n    ${emptyOutline.join('\n    ')}`,
  );
}

// The navigation: nothing in typedoc's default category ("Other"), and every guide of docs/ on the site.
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8'));
const navigation = readFileSync(join(site, 'assets', 'navigation.js'), 'utf8');
const encoded = /"([A-Za-z0-9+/=]+)"/.exec(navigation)?.[1];
if (encoded === undefined) {
  failures.push('assets/navigation.js holds no navigation data (has typedoc changed its format?)');
} else {
  /** @type {{ text: string; path?: string; children?: unknown[] }[]} */
  const tree = JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8'));
  const nodes = [];
  const walk = (list) => {
    for (const node of list) {
      nodes.push(node);
      if (Array.isArray(node.children)) walk(node.children);
    }
  };
  walk(tree);
  const defaultCategory = config.defaultCategory ?? 'Other';
  const uncategorised = nodes.filter((n) => n.text === defaultCategory && n.path === undefined);
  if (uncategorised.length > 0) {
    const names = uncategorised.flatMap((n) => (n.children ?? []).map((c) => c.text));
    failures.push(
      `exports in the default category "${defaultCategory}" (give them a @category): ${names.join(', ')}`,
    );
  }
  const documentPages = new Set(nodes.filter((n) => n.path?.startsWith('documents/')).map((n) => n.path));
  if (documentPages.size === 0) failures.push('no guide in the navigation');
}

// Every guide of docs/ is listed in typedoc.json's projectDocuments or among a listed guide's `children`.
const listed = new Set();
for (const document of config.projectDocuments ?? []) {
  const file = resolve(root, document);
  listed.add(file);
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const children = /^children:\n((?:\s+- .*\n?)+)/m.exec(frontmatter)?.[1] ?? '';
  for (const m of children.matchAll(/- (.+)/g)) listed.add(resolve(dirname(file), (m[1] ?? '').trim()));
}
const guides = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
const unlisted = guides.filter((f) => !listed.has(join(root, 'docs', f)));
if (unlisted.length > 0) {
  failures.push(
    `guide(s) not on the site (list them in typedoc.json's projectDocuments or a guide's children): ${unlisted.join(', ')}`,
  );
}

const largest = [...pages].sort((a, b) => statSync(b).size - statSync(a).size)[0] ?? site;
const summary = `${pages.length} pages, ${kB(siteBytes)} in all (budget ${kB(SITE_BUDGET)}); largest ${relative(site, largest)} at ${kB(statSync(largest).size)} (budget ${kB(PAGE_BUDGET)} a page)`;
if (failures.length > 0) {
  console.error(`docs-check: ${summary}\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs-check: ${summary}; links, anchors, outlines, categories and guides all good`);

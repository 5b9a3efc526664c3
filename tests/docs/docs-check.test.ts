// scripts/docs-check.mjs (run by npm test after `npm run docs`) on small sites built here: it passes a good one and
// names every fault of a bad one, so none of its checks is one that cannot fail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './examples.js';

const work = mkdtempSync(join(tmpdir(), 'docs-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface NavNode {
  text: string;
  path?: string;
  children?: NavNode[];
}

/** A site with the given pages (path → HTML) and navigation. */
function site(name: string, pages: Record<string, string>, navigation: NavNode[]): string {
  const dir = join(work, name);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  mkdirSync(join(dir, 'assets'), { recursive: true });
  const data = deflateSync(Buffer.from(JSON.stringify(navigation))).toString('base64');
  writeFileSync(join(dir, 'assets', 'navigation.js'), `window.navigationData = "${data}"`);
  return dir;
}

function check(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'docs-check.mjs'), dir], {
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

const goodNavigation: NavNode[] = [
  { text: 'Getting started', path: 'documents/Getting_started.html' },
  { text: 'sanctions-regime', path: 'index.html', children: [{ text: 'Caps', children: [] }] },
];
const page = (body: string) => `<html><body>${body}</body></html>`;

describe('scripts/docs-check.mjs', () => {
  it('passes a site within budget whose links, anchors and outlines are good', () => {
    const dir = site(
      'good',
      {
        'index.html': page(
          '<a href="documents/Getting_started.html#dates">dates</a><script src="assets/navigation.js">',
        ),
        'documents/Getting_started.html': page(
          '<h2 id="dates">Dates</h2><a href="#dates"><span>Dates</span></a><a href="https://example.org/x">x</a>',
        ),
      },
      goodNavigation,
    );
    const { status, output } = check(dir);
    expect(output).toContain('all good');
    expect(status).toBe(0);
  });

  it('names every page over 60 kB, a broken link or anchor, a wordless outline entry and the default category', () => {
    const dir = site(
      'bad',
      {
        'index.html': page(
          '<a href="functions/missing.html">gone</a><a href="documents/Guide.html#nowhere">anchor</a>',
        ),
        'documents/Guide.html': page(
          `<a href="#_"><span> — </span></a><h3 id="_">x</h3>${'x'.repeat(60_001)}`,
        ),
      },
      [...goodNavigation, { text: 'Other', children: [{ text: 'conditions', path: 'modules/c.html' }] }],
    );
    const { status, output } = check(dir);
    expect(status).toBe(1);
    expect(output).toMatch(
      /1 page\(s\) over the 60\.0 kB page budget:\s+60\.\d kB {2}documents\/Guide\.html/,
    );
    expect(output).toContain('index.html: functions/missing.html (no such file)');
    expect(output).toContain('index.html: documents/Guide.html#nowhere (no such anchor)');
    expect(output).toContain('documents/Guide.html: " — "');
    expect(output).toContain('exports in the default category "Other" (give them a @category): conditions');
  });

  it('fails a site over 3.2 MB, and says how large the site and its largest page are', () => {
    const pages = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`p${i}.html`, page('y'.repeat(59_000))] as const),
      );
    const under = check(site('under', { 'index.html': page(''), ...pages(53) }, goodNavigation));
    expect(under.status).toBe(0);
    expect(under.output).toMatch(
      /54 pages, 31\d\d\.\d kB in all \(budget 3200\.0 kB\); largest p\d+\.html at 59\.\d kB/,
    );
    const over = check(site('over', { 'index.html': page(''), ...pages(55) }, goodNavigation));
    expect(over.status).toBe(1);
    expect(over.output).toMatch(/the site is 32\d\d\.\d kB, over the 3200\.0 kB budget/);
    expect(over.output).not.toContain('page budget');
  });

  it('holds the module index to the page budget like any page', () => {
    const module = (bytes: number) =>
      check(
        site(
          `module-${bytes}`,
          { 'index.html': page(''), 'modules/sanctions-regime.html': page('z'.repeat(bytes)) },
          goodNavigation,
        ),
      );
    expect(module(59_000).status).toBe(0);
    expect(module(60_001).status).toBe(1);
    expect(module(60_001).output).toMatch(
      /1 page\(s\) over the 60\.0 kB page budget:\s+60\.\d kB {2}modules\/sanctions-regime\.html/,
    );
  });

  it('fails a module index entry whose kind no CSS rule draws', () => {
    const entry =
      '<dl><dt id="f" class="tsd-compact tsd-kind-function"><a href="../index.html">f</a></dt><dd></dd></dl>';
    const files = { 'index.html': page(''), 'modules/m.html': page(entry) };
    const bare = check(site('kinds-bare', files, goodNavigation));
    expect(bare.status).toBe(1);
    expect(bare.output).toContain('modules/m.html: no CSS rule draws the kind tsd-kind-function');
    const drawn = check(
      site(
        'kinds-drawn',
        { ...files, 'assets/custom.css': 'dt.tsd-kind-function::before { content: "F" }' },
        goodNavigation,
      ),
    );
    expect(drawn.output).not.toContain('no CSS rule');
  });
});

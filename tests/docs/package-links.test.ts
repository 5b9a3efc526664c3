// The README is read on the registry's page and in node_modules, where only the packed files exist. Every link in it,
// and in the Markdown files shipped with it, is absolute or names a file the package ships. The package names its
// repository, home page and issue tracker, and ships its changelog.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './examples.js';

/** The link targets of a Markdown text, outside code: inline `[text](target)` and reference `[id]: target`. */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  return [
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? ''),
    ...[...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1] ?? ''),
  ];
}

/** The path inside the package that a relative link of `from` names, or undefined for an absolute link or anchor. */
function packagePath(from: string, link: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('#') || link.startsWith('//')) return undefined;
  const path = decodeURI(link.replace(/[#?].*$/, ''));
  return posix.normalize(posix.join(posix.dirname(from), path));
}

const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
) as { files: { path: string }[] }[];
const files = new Set(packed[0]?.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('links of the packed Markdown', () => {
  it('finds inline and reference links outside code, and resolves relative ones from their file', () => {
    const text = [
      'See [the guide](docs/a.md#top), [site](https://example.org/x) and [up](../b.md "title").',
      '`[not](code.md)`',
      '```md',
      '[nor](fenced.md)',
      '```',
      '[ref]: ./c.md',
    ].join('\n');
    expect(linksOf(text)).toEqual(['docs/a.md#top', 'https://example.org/x', '../b.md', './c.md']);
    expect(packagePath('README.md', 'docs/a.md#top')).toBe('docs/a.md');
    expect(packagePath('docs/x.md', './c.md')).toBe('docs/c.md');
    expect(packagePath('docs/x.md', '../CONTRIBUTING.md#changesets')).toBe('CONTRIBUTING.md');
    expect(packagePath('README.md', 'https://example.org/x')).toBeUndefined();
    expect(packagePath('README.md', '#layers')).toBeUndefined();
  });

  it('ships the README and the changelog', () => {
    expect(files.has('README.md')).toBe(true);
    expect(files.has('CHANGELOG.md')).toBe(true);
    expect(readFileSync(join(root, 'CHANGELOG.md'), 'utf8').startsWith('# sanctions-regime\n')).toBe(true);
  });

  const shipped = [...files].filter((f) => f.endsWith('.md')).sort();
  it.each(shipped)('%s links only to absolute addresses or to files in the package', (file) => {
    const broken = linksOf(readFileSync(join(root, file), 'utf8'))
      .map((link) => [link, packagePath(file, link)] as const)
      .filter(([, path]) => path !== undefined && !files.has(path))
      .map(([link]) => link);
    expect(broken).toEqual([]);
  });
});

describe('package.json', () => {
  it('names the repository (provenance needs it), the docs site and the issue tracker', () => {
    expect(pkg.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/sanctions-regime/sanctions-regime.git',
    });
    expect(pkg.homepage).toBe('https://sanctions-regime.github.io/sanctions-regime/');
    expect(pkg.bugs).toEqual({ url: 'https://github.com/sanctions-regime/sanctions-regime/issues' });
  });
});

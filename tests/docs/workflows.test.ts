// The release workflows as CONTRIBUTING.md ("Releasing") describes them: least privilege, trusted publishing with no
// long-lived npm token, and no registry named in a workflow (setup-node reads it from a repository variable).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './examples.js';

const dir = join(root, '.github', 'workflows');
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  // YAML comments are prose (they may name what the workflow does not use), so they are left out.
  .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8').replace(/(^|\s)#.*$/gm, '') }));
const text = (file: string) => workflows.find((w) => w.file === file)?.text ?? '';
/** The top-level `permissions:` block of a workflow, as `key: value` lines. */
const permissions = (yaml: string) =>
  /^permissions:\n((?: {2}.*\n)+)/m
    .exec(yaml)?.[1]
    ?.split('\n')
    .map((line) => line.trim())
    .filter(Boolean) ?? [];

describe('.github/workflows', () => {
  it('has the CI and release workflows', () => {
    expect(workflows.map((w) => w.file)).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it('CI may only read the repository', () => {
    expect(permissions(text('ci.yml'))).toEqual(['contents: read']);
  });

  it('the release may mint the OIDC token trusted publishing needs', () => {
    expect(permissions(text('release.yml'))).toContain('id-token: write');
  });

  it.each(workflows.map((w) => [w.file, w.text] as const))('%s stores no npm token', (_file, yaml) => {
    expect(yaml).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|_authToken/);
  });

  it.each(workflows.map((w) => [w.file, w.text] as const))(
    '%s names no registry: registry-url comes from vars.NPM_REGISTRY_URL',
    (_file, yaml) => {
      expect(yaml).not.toMatch(/registry\.npmjs\.org|registry\.yarnpkg\.com|npm\.pkg\.github\.com/);
      for (const [, value] of yaml.matchAll(/registry-url:\s*(.*)/g)) {
        expect(value?.trim()).toBe(`\${{ vars.NPM_REGISTRY_URL }}`);
      }
    },
  );

  it('the release publishes with npm 11.5.1 or later, which trusted publishing requires', () => {
    expect(text('release.yml')).toMatch(/npm install --global npm@\^11\.5\.1/);
  });
});

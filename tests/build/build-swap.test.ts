/**
 * The build swaps a new site into place only when everything succeeded:
 * content errors and Astro errors both leave the previous site untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentWithBrokenCase, VALID_FIXTURE } from '../support/fixtures.ts';

const outDir = join(mkdtempSync(join(tmpdir(), 'site-')), 'dist');
const build = (contentDir: string) =>
  spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
    encoding: 'utf8',
  });
const snapshot = () => ({
  files: readdirSync(outDir, { recursive: true }).map(String).sort(),
  home: readFileSync(join(outDir, 'index.html'), 'utf8'),
});

describe('build', () => {
  let before: ReturnType<typeof snapshot>;
  beforeAll(() => {
    const result = build(VALID_FIXTURE);
    expect(result.status, result.stderr).toBe(0);
    before = snapshot();
  });

  it('builds the pages and the search index', () => {
    expect(before.files).toContain('vagledningar/doc-a/version-1/index.html');
    expect(before.files).toContain('pagefind/pagefind.js');
  });

  it('stops on invalid content with the message and keeps the previous site', () => {
    const result = build(contentWithBrokenCase('unknown-source'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('field "citation.source": cites unknown source "okand-kalla"');
    expect(result.stderr).toContain('was left as it was');
    expect(snapshot()).toEqual(before);
  });

  it('keeps the previous site when Astro itself fails, and leaves no half-built folder', () => {
    const result = build(contentWithBrokenCase('mdx-syntax'));
    expect(result.status).toBe(1);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(`${outDir}.builds`)).toHaveLength(1);
  });

  it('stops a second build while one runs, with a clear message', () => {
    writeFileSync(`${outDir}.lock`, `${process.pid}\n`);
    try {
      const result = build(VALID_FIXTURE);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Another build (process ${process.pid}) is building into ${outDir}: wait for it to finish`);
      expect(snapshot()).toEqual(before);
    } finally {
      rmSync(`${outDir}.lock`);
    }
  });
});

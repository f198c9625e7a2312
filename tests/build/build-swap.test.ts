/**
 * The build swaps a new site into place only when everything succeeded:
 * content errors, an invented quotation, a page with a script the site did
 * not write, and Astro errors all leave the previous site untouched. And
 * `astro build` alone gives the same site as `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentWithBrokenCase, FIXTURE_SOURCES, VALID_FIXTURE } from '../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'site-'));
const outDir = join(work, 'dist');
const env = (contentDir: string) => ({ ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, SOURCES_DIR: FIXTURE_SOURCES });
const build = (contentDir: string) => spawnSync(process.execPath, ['scripts/build.ts'], { env: env(contentDir), encoding: 'utf8' });
const policyOf = (page: string) => {
  let policy: string | undefined;
  visit(fromHtml(readFileSync(page, 'utf8')), 'element', (e) => {
    if (e.tagName === 'meta' && String(e.properties.httpEquiv) === 'Content-Security-Policy') policy = String(e.properties.content);
  });
  return policy;
};
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

  it('stops on a quotation that is not in its source, with the check:quotes message, and keeps the previous site', () => {
    const result = build(contentWithBrokenCase('quote-not-in-source'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 of 3 quotations are not in their sources:');
    expect(result.stderr).toContain('passage "initiativ" is not verbatim in source "kalla"');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a page with a script the site did not write (a guide title carrying markup), naming it, and keeps the previous site', () => {
    const result = build(contentWithBrokenCase('guide-title-script'));
    expect(result.status).toBe(1);
    // Stopped by the content checks (naming the guide's file) or, failing those, by the CSP step (naming the page).
    expect(`${result.stdout}${result.stderr}`).toMatch(/kom-igang\/borja-har(\.mdx|\/index\.html:\d+:\d+: inline script "alert\(1\)")/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(`${outDir}.builds`)).toHaveLength(1);
  });

  it('`astro build` alone gives the same site: the same files with the same bytes, a Content Security Policy in every page, the service worker', () => {
    const direct = join(work, 'astro-build');
    const astro = spawnSync('node_modules/.bin/astro', ['build', '--outDir', direct], { env: env(VALID_FIXTURE), encoding: 'utf8' });
    expect(astro.status, astro.stderr).toBe(0);
    const files = readdirSync(direct, { recursive: true }).map(String).sort();
    expect(files).toEqual(before.files);
    expect(files).toContain('sw.js');
    for (const file of files.filter((f) => statSync(join(direct, f)).isFile())) {
      expect(readFileSync(join(direct, file)).equals(readFileSync(join(outDir, file))), file).toBe(true);
      if (file.endsWith('.html')) expect(policyOf(join(direct, file)), file).toContain("script-src 'self'");
    }
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

/**
 * The service worker step precaches the shell it is given and nothing else;
 * it fails, naming the file, when a built file is too large to keep offline.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addServiceWorker } from '../../scripts/finish-site.ts';
import { MAX_PAGE_BYTES } from '../../src/lib/size-limits.ts';

function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('addServiceWorker', () => {
  it('precaches the shell and nothing else', async () => {
    const dir = siteWith({ 'index.html': '<h1>Hem</h1>', '404.html': '<h1>Sidan finns inte</h1>', 'om/index.html': '<h1>Om</h1>', 'vagledningar/d/version-1/index.html': '<h1>V</h1>' });
    expect((await addServiceWorker(dir, ['index.html', '404.html', 'om/index.html'])).count).toBe(3);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain('"om/index.html"');
    expect(sw).not.toContain('version-1');
  });

  it('fails, naming the page, when one is too large to precache', async () => {
    const dir = siteWith({ 'index.html': '<h1>Hem</h1>', 'vagledningar/stor/index.html': `<p>${'x'.repeat(MAX_PAGE_BYTES)}</p>` });
    await expect(addServiceWorker(dir, ['index.html'])).rejects.toThrow(/^vagledningar\/stor\/index\.html is 2\.0 MB, over the limit of 2\.0 MB\nA page that large is too large to read and to keep offline: shorten or split/);
  });
});

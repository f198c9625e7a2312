/**
 * The service worker step precaches the shell it is given and nothing else;
 * it fails, naming the file, when a built file is too large to keep offline.
 * Its worker keeps each build's frame as it activates, the newest few only.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { addServiceWorker } from '../../src/after-render/service-worker.ts';
import { FRAME_CACHE_PREFIX, FRAMES_KEPT } from '../../src/lib/offline-plan.ts';
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

  it("keeps each build's frame as its worker activates, once while it is unchanged, and only the newest few", async () => {
    const origin = 'https://webbplatsen.test';
    const withoutQuery = (url: string) => new URL(url, origin).href.split('?')[0];
    // The browser's caches, in memory: each cache a map from URL to the file's text.
    const stores = new Map<string, Map<string, string>>();
    const caches = {
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
      open: async (name: string) => {
        const store = stores.get(name) ?? stores.set(name, new Map()).get(name)!;
        return { keys: async () => [...store.keys()].map((url) => ({ url })), put: async (url: string, text: string) => void store.set(new URL(url, origin).href, text) };
      },
      match: async (url: string) => [...stores.values()].flatMap((store) => [...store].filter(([key]) => withoutQuery(key) === withoutQuery(url)).map(([, text]) => text))[0],
    };
    const frames = [['a1.css', 'b1.js'], ['a1.css', 'b1.js'], ['a2.css', 'b1.js'], ['a3.css', 'b1.js'], ['a4.css', 'b2.js']];
    const scripts = new Map<string, string>();
    for (const [build, frame] of frames.entries()) {
      if (!scripts.has(String(frame))) {
        const dir = siteWith({ 'index.html': '<h1>Hem</h1>', ...Object.fromEntries(frame.map((f) => [`_astro/${f}`, `/* ${f} */`])) });
        await addServiceWorker(dir, ['index.html', ...frame.map((f) => `_astro/${f}`)]);
        scripts.set(String(frame), readFileSync(join(dir, 'sw-frames.js'), 'utf8'));
      }
      // This build's precache, as its worker installs it; then it activates.
      stores.set('workbox-precache-v2', new Map(frame.map((f) => [`${origin}/_astro/${f}?__WB_REVISION__=${build}`, `/* ${f} */`])));
      let activate: ((event: { waitUntil: (p: Promise<void>) => void }) => void) | undefined;
      const self = { addEventListener: (type: string, listener: typeof activate) => void (type === 'activate' && (activate = listener)) };
      new Function('self', 'caches', scripts.get(String(frame))!)(self, caches);
      let done: Promise<void> | undefined;
      vi.setSystemTime(1_000_000 + build * 1000);
      activate!({ waitUntil: (p) => (done = p) });
      await done;
    }
    vi.useRealTimers();
    const kept = [...stores].filter(([name]) => name.startsWith(FRAME_CACHE_PREFIX)).map(([, store]) => [...store.keys()].map((url) => new URL(url).pathname.slice('/_astro/'.length)).sort());
    // Five builds, four frames (the second build changed none): the newest three kept, each whole.
    expect(FRAMES_KEPT).toBe(3);
    expect(kept).toEqual([['a2.css', 'b1.js'], ['a3.css', 'b1.js'], ['a4.css', 'b2.js']]);
  });
});

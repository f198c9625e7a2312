/**
 * Offline: the first visit precaches only the shell (frame, entry pages,
 * guides, glossary, search and both its indexes), under its budget; with the
 * server gone those pages open and search finds every page, the archive's
 * too (and says so when the archive's index is not saved whole on the device, rather than
 * that nothing was found), a result not read with its title from its index's page list; a page read
 * online opens offline, one never read says clearly that it is not saved,
 * and "Spara för läsning utan nät" saves a document's pages after showing
 * their size and the progress. An unknown path gets the 404 page with status
 * 404 and /om goes to /om/, as online. A new build while a page is open does
 * not hold up navigation while the new worker installs, and pages read or
 * saved under the old build keep its styles and scripts offline. A
 * document's save set holds its own line's compare data and no other, and
 * the compare page works offline from it. With the main index past the
 * first visit's limit, the shell holds the title index instead, and offline
 * search finds every page by its title and headings, says so, and searches
 * the full indexes once the site is saved.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOfflineLists } from '../../src/after-render/offline-lists.ts';
import { addServiceWorker } from '../../src/after-render/service-worker.ts';
import { serveSite } from '../../scripts/serve.ts';
import { offlineContent } from '../../src/after-render/input.ts';
import { checkedContentOnce } from '../../src/lib/content-once.ts';
import {
  documentSaveUrl, FRAME_CACHE_PREFIX, FRAMES_KEPT, OFFLINE_LISTS, PRECACHE_GUIDE_BUDGET_BYTES, type OfflinePages, type SaveSet, type ShellPages,
} from '../../src/lib/offline-plan.ts';
import { TITLE_BUNDLE } from '../../src/lib/search-index.ts';
import { launchBrowser, SITE_DIR, startSite } from '../support/browser.ts';
import { builtGuides, builtPages } from '../support/site-files.ts';
import { renderedHeadings } from '../support/guide-views.ts';

const siteJson = <T>(url: string): T => JSON.parse(readFileSync(join(SITE_DIR, url), 'utf8')) as T;
const NOT_SAVED_TITLE = 'Sidan är inte sparad för läsning utan nät';
const guides = () => builtGuides(SITE_DIR);
const versionPages = () => builtPages(SITE_DIR).filter((p) => /^\/vagledningar\/[^/]+\/version-[^/]+\/$/.test(p));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('opens pages and searches after one online visit, with the network off', async () => {
    const site = await startSite();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    // The worker is active once it has precached every file.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await site.stop();
    await context.setOffline(true);

    for (const path of ['/om/', '/begrepp/', guides()[0]]) {
      const response = await page.goto(`${site.origin}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
    }
    await page.goto(`${site.origin}/sok/?q=samordning`);
    await expect.poll(() => page.locator('#sokresultat li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('#sokstatus').textContent()).toMatch(/träffar för ”samordning”/);
    // The main index is in the shell: search looks in all text, with no notice about titles.
    expect(siteJson<ShellPages>(OFFLINE_LISTS.main).titleIndex).toBe(false);
    expect(await page.locator('#sokutannat').isHidden()).toBe(true);
    await context.close();
  });
});

/** Waits until the page's service worker is active and controls it (it has precached the shell). */
const workerReady = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });

describe('offline edges', () => {
  it('an unknown path gets the 404 page with status 404, and /om goes to /om/, as online', async () => {
    const site = await startSite();
    const context = await browser.newContext();
    const page = await context.newPage();
    const online = { missing: (await page.goto(`${site.origin}/finns-inte/`))?.status(), om: (await page.goto(`${site.origin}/om`))?.status() };
    expect(online).toEqual({ missing: 404, om: 200 });
    expect(new URL(page.url()).pathname).toBe('/om/');
    await workerReady(page);
    await site.stop();
    await context.setOffline(true);

    const missing = await page.goto(`${site.origin}/finns-inte/`);
    expect(missing?.status()).toBe(404);
    const notFoundTitle = await page.locator('h1').first().textContent();
    expect(notFoundTitle?.trim()).toBeTruthy();
    expect(readFileSync(join(SITE_DIR, '404.html'), 'utf8')).toContain(notFoundTitle!.trim());

    const om = await page.goto(`${site.origin}/om`);
    expect(om?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/om/');
    expect(await page.locator('h1').first().textContent()).not.toBe(notFoundTitle);
    await context.close();
  });

  it('navigations while a new build\'s worker installs finish promptly, and the new build takes over on the next visit (three rebuilds)', async () => {
    const { copy, origin, close } = await servedCopy();
    const context = await browser.newContext();
    let page = await context.newPage();
    try {
      await page.goto(`${origin}/`);
      await workerReady(page);
      const paths = ['/om/', '/vagledningar/', '/begrepp/', '/statistik/', '/'];
      for (let build = 1; build <= 3; build++) {
        // A new build: every precache revision changes, so the new worker downloads every file again while it installs.
        const sw = readFileSync(join(copy, 'sw.js'), 'utf8');
        writeFileSync(join(copy, 'sw.js'), sw.replace(/revision:"([0-9a-f]+)"/g, (_, r: string) => `revision:"${r.slice(0, -1)}${build}"`));
        await update(page);
        // Navigate without pause until the new worker has installed (and activated, if it would take over at once).
        for (let n = 0; n < paths.length || (await updating(page)); n++) {
          expect(n, `build ${build}: the new worker never finished installing`).toBeLessThan(300);
          const path = paths[n % paths.length];
          const started = Date.now();
          const response = await page.goto(`${origin}${path}`, { timeout: 15_000 });
          expect(response?.status(), `build ${build}: ${path}`).toBe(200);
          expect(Date.now() - started, `build ${build}: ${path} took too long`).toBeLessThan(10_000);
        }
        page = await nextVisit(page, origin, `build ${build}`);
        const revisions = async () => (await precached(page)).map((url) => new URL(url).searchParams.get('__WB_REVISION__') ?? '');
        // The old precache is replaced as the new worker activates; on a loaded machine that can take a while.
        await expect.poll(async () => (await revisions()).every((r) => r.endsWith(String(build))), { timeout: 60_000 }).toBe(true);
        const cachedRevisions = await revisions();
        expect(cachedRevisions.length).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
      await close();
    }
  });

  it('pages read or saved under an earlier build keep their styles and scripts offline after a new build changes them', async () => {
    const { copy, origin, close } = await servedCopy();
    const context = await browser.newContext();
    let page = await context.newPage();
    try {
      await page.goto(`${origin}/`);
      await workerReady(page);
      // One version page read, another of the same document only saved with it ("Spara för läsning utan nät"), never opened.
      const [read, saved] = versionPages();
      const documentPage = read.replace(/version-[^/]+\/$/, '');
      expect(saved.startsWith(documentPage)).toBe(true);
      await page.goto(`${origin}${documentPage}`);
      const control = page.getByRole('region', { name: 'Spara för läsning utan nät' });
      await expect.poll(() => control.getByRole('button').isEnabled()).toBe(true);
      await control.getByRole('button').click();
      await expect.poll(() => control.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Klart, sparat/);
      await page.goto(`${origin}${read}`);
      const frame = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"], script[type="module"][src]')]
          .map((e) => new URL(e instanceof HTMLLinkElement ? e.href : e.src).pathname)
          .filter((p) => p.startsWith('/_astro/')),
      );
      expect(frame.filter((p) => p.endsWith('.css')).length).toBeGreaterThan(0);
      expect(frame.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(0);
      const looks = () =>
        page.evaluate(() => ({
          // Every stylesheet loaded with its rules, and what they set.
          rules: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => {
            try {
              return l.sheet?.cssRules.length ?? 0;
            } catch {
              return 0; // A stylesheet that failed to load has no rules to read.
            }
          }),
          // The breadcrumbs and the citation's copy control are laid out in a row by the page's own CSS.
          rows: ['.breadcrumbs ol', '.copy-citation'].map((selector) => getComputedStyle(document.querySelector(selector)!).display),
          // The page's scripts ran: Starlight's theme switch and table of contents are defined by them.
          scripts: ['starlight-theme-select', 'mobile-starlight-toc'].map((name) => customElements.get(name) !== undefined),
        }));
      const online = await looks();
      expect(online.rules.every((n) => n > 0)).toBe(true);
      expect(online.rows).toEqual(['flex', 'flex']);
      expect(online.scripts).toEqual([true, true]);

      // A new build with a changed frame: the page's CSS and scripts get new content and new names; the old files are gone.
      rebuildFrame(copy, frame.map((p) => p.slice('/_astro/'.length)));
      await update(page);
      await expect.poll(() => updating(page), { timeout: 60_000 }).toBe(false);
      page = await nextVisit(page, origin, 'the new build');
      await expect.poll(async () => (await precached(page)).some((url) => frame.includes(new URL(url).pathname)), { timeout: 60_000 }).toBe(false);

      await close();
      await context.setOffline(true);
      // The browser's HTTP cache may still hold the old files (served as immutable), but it is evicted first when space runs
      // short and is no promise of reading offline: cleared, so only what the worker keeps counts.
      await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
      for (const path of [read, saved]) {
        expect((await page.goto(`${origin}${path}`))?.status(), path).toBe(200);
        expect(await looks(), path).toEqual(online);
      }
      // The frames kept: the first build's and the new one's, within the bound.
      const kept = await page.evaluate(async (prefix) => (await caches.keys()).filter((name) => name.startsWith(prefix)).length, FRAME_CACHE_PREFIX);
      expect(kept).toBe(2);
      expect(kept).toBeLessThanOrEqual(FRAMES_KEPT);
    } finally {
      await context.close();
      await close();
    }
  });
});

/** A copy of the built site, served, that a test can rebuild; `close` stops the server and removes the copy (twice is harmless). */
async function servedCopy() {
  const copy = mkdtempSync(join(tmpdir(), 'site-update-'));
  cpSync(SITE_DIR, copy, { recursive: true, dereference: true });
  const server = await serveSite(copy, 0);
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }).then(() => rmSync(copy, { recursive: true, force: true })));
  return { copy, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close };
}

/**
 * A new build whose frame files `names` (under /_astro/) changed: each gets
 * new content under a new name, every page, script and list that names it
 * names the new one (sw.js too, so a new worker installs), and the old file
 * is gone from the server.
 */
function rebuildFrame(siteDir: string, names: string[]) {
  const renamed = names.map((name) => [name, name.replace(/\.(css|js)$/, '-ny.$1')] as const);
  for (const [from, to] of renamed) {
    writeFileSync(join(siteDir, '_astro', to), `${readFileSync(join(siteDir, '_astro', from), 'utf8')}\n/* ny version */\n`);
    rmSync(join(siteDir, '_astro', from));
  }
  for (const file of readdirSync(siteDir, { recursive: true }).map(String).filter((f) => /\.(html|js|json)$/.test(f))) {
    const text = readFileSync(join(siteDir, file), 'utf8');
    const changed = renamed.reduce((t, [from, to]) => t.replaceAll(from, to), text);
    if (changed !== text) writeFileSync(join(siteDir, file), changed);
  }
}

/** Asks the browser to check for a new worker; settles once the new sw.js is fetched and its worker is installing. */
const update = (page: Page) =>
  page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

/** True while a new worker installs (or activates, if it would take over at once). */
const updating = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.installing || registration?.active?.state === 'activating');
  });

/** The next visit: the tab closed and a new one opened, until the newest build's worker has taken over. */
async function nextVisit(page: Page, origin: string, build: string): Promise<Page> {
  const context = page.context();
  for (let attempt = 0; ; attempt++) {
    await page.close();
    page = await context.newPage();
    await page.goto(`${origin}/`);
    await workerReady(page);
    const pending = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return Boolean(registration?.waiting || registration?.installing);
    });
    if (!pending) return page;
    expect(attempt, `${build}: the new worker never took over`).toBeLessThan(10);
  }
}

/** The URLs in Workbox's precache. */
const precached = (page: Page) =>
  page.evaluate(async () => {
    const precaches = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
    return (await Promise.all(precaches.map(async (name) => (await caches.open(name)).keys()))).flat().map((request) => request.url);
  });

/** Removes from every cache the files at `paths` and, for a path ending in "/", under it; checks that the archive's page list is gone. */
async function forget(page: Page, paths: string[]) {
  const removed = await page.evaluate(async (paths) => {
    const removed: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (paths.some((p) => path === p || (p.endsWith('/') && path.startsWith(p)))) {
          await cache.delete(request);
          removed.push(path);
        }
      }
    }
    return removed;
  }, paths);
  expect(removed).toContain(OFFLINE_LISTS.archive);
  expect(await page.evaluate(async (url) => (await caches.match(url, { ignoreSearch: true })) === undefined, OFFLINE_LISTS.archive)).toBe(true);
}

/** A fresh visitor: the site served, a browser context, and the home page opened until its worker has precached the shell. */
async function firstVisit(path = '/') {
  const site = await startSite();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  await workerReady(page);
  const offline = async () => {
    await site.stop();
    await context.setOffline(true);
  };
  return { site, context, page, offline };
}

describe('offline without the flood', () => {
  it('the first visit precaches the shell, the guides and both search indexes, not the version pages, within the budget', async () => {
    const { context, page } = await firstVisit();
    const precached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
      const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
      return keys.map((request) => new URL(request.url).pathname);
    });
    await context.close();
    const paths = new Set(precached.map((p) => p.slice(1)));
    for (const guide of guides()) expect(paths, guide).toContain(`${guide.slice(1)}index.html`);
    for (const path of ['index.html', 'begrepp/index.html', 'sok/index.html', 'om/index.html', 'utan-nat/index.html', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js']) {
      expect(paths, path).toContain(path);
    }
    for (const bundle of ['pagefind', 'pagefind-arkiv']) {
      const searchIndex = readdirSync(join(SITE_DIR, bundle, 'index')).map((f) => `${bundle}/index/${f}`);
      expect(searchIndex.length, bundle).toBeGreaterThan(0);
      for (const chunk of searchIndex) expect(paths, chunk).toContain(chunk);
    }
    // With the main index in the shell, the title index is not downloaded.
    expect([...paths].filter((p) => p.startsWith(TITLE_BUNDLE.slice(1)))).toEqual([]);
    expect(versionPages().length).toBeGreaterThan(0);
    for (const version of versionPages()) expect(paths, version).not.toContain(`${version.slice(1)}index.html`);
    expect([...paths].filter((p) => p.startsWith('vagledningar/'))).toEqual([]);
    const bytes = [...paths].reduce((sum, p) => sum + statSync(join(SITE_DIR, p)).size, 0);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_GUIDE_BUDGET_BYTES);
  });

  it('a page read online opens offline; one never read says clearly that it is not saved, with a way to search', async () => {
    const [read, unread] = versionPages();
    const { site, context, page, offline } = await firstVisit();
    await page.goto(`${site.origin}${read}`);
    const readTitle = await page.locator('h1').first().textContent();
    await offline();

    const again = await page.goto(`${site.origin}${read}`);
    expect(again?.status()).toBe(200);
    expect(await page.locator('h1').first().textContent()).toBe(readTitle);

    const notSaved = await page.goto(`${site.origin}${unread}`);
    expect(notSaved?.status()).toBe(503);
    expect(new URL(page.url()).pathname).toBe(unread);
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(NOT_SAVED_TITLE);
    expect(await page.getByRole('link', { name: 'Sök på webbplatsen' }).getAttribute('href')).toBe('/sok/');
    await context.close();
  });

  const unreadResults = [
    { index: 'archive', group: '#sokarkivresultat', list: 'the archive\'s page list', pick: (url: string) => url.includes('/lydelse/') },
    { index: 'main', group: '#sokresultat', list: 'the shell\'s page list', pick: (url: string) => url.startsWith('/processer/') },
  ] as const;
  for (const { index, group, list, pick } of unreadResults) {
    it(`offline search lists a page of the ${index} index that was never read, with its title from ${list}, and opening it says it is not saved`, async () => {
      const { results } = siteJson<OfflinePages>(OFFLINE_LISTS[index]);
      const [url, title] = Object.values(results).find(([u]) => pick(u))!;
      const { site, context, page, offline } = await firstVisit();
      await offline();
      await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(`"${title}"`)}`);
      const hit = page.locator(`${group} li`).filter({ has: page.locator(`a[href="${url}"]`) });
      await expect.poll(() => hit.count(), { timeout: 15_000 }).toBe(1);
      expect(await hit.locator('.result-title').textContent()).toBe(title);
      expect(await hit.locator('.result-excerpt').textContent()).toMatch(/^Sidan är inte sparad för läsning utan nät/);
      await Promise.all([page.waitForURL(`${site.origin}${url}`), hit.locator('.result-title').click()]);
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(NOT_SAVED_TITLE);
      await context.close();
    });
  }

  it("offline, a result whose page was read online but whose search fragment is not on the device is listed as saved, and opens", async () => {
    const { results } = siteJson<OfflinePages>(OFFLINE_LISTS.main);
    const [url, title] = Object.values(results).find(([u]) => u.startsWith('/processer/'))!;
    const { site, context, page, offline } = await firstVisit();
    await page.goto(`${site.origin}${url}`);
    await offline();
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(`"${title}"`)}`);
    const hit = page.locator('#sokresultat li').filter({ has: page.locator(`a[href="${url}"]`) });
    await expect.poll(() => hit.count(), { timeout: 15_000 }).toBe(1);
    expect(await hit.locator('.result-title').textContent()).toBe(title);
    expect(await hit.locator('.result-excerpt').textContent()).toBe('Sidan är sparad för läsning utan nät. Utdrag ur texten visas när du är ansluten.');
    await Promise.all([page.waitForURL(`${site.origin}${url}`), hit.locator('.result-title').click()]);
    expect((await page.locator('h1').first().textContent())?.trim()).toBe(title);
    await context.close();
  });

  it("online, a search result's fragment outside the shell comes from the network past the worker, and one in the shell from the device", async () => {
    const { site, context, page } = await firstVisit();
    const inShell = new Set((await precached(page)).map((u) => new URL(u).pathname));
    const fragments: { path: string; viaWorker: boolean }[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/fragment/')) fragments.push({ path, viaWorker: r.fromServiceWorker() });
    });
    await page.goto(`${site.origin}/sok/?q=samordning`);
    await expect.poll(() => page.locator('#sokresultat li').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const outside = fragments.filter((f) => !inShell.has(f.path));
    const inside = fragments.filter((f) => inShell.has(f.path));
    expect(outside.length).toBeGreaterThan(0);
    expect(inside.length).toBeGreaterThan(0);
    expect(outside.filter((f) => f.viaWorker)).toEqual([]);
    expect(inside.filter((f) => !f.viaWorker)).toEqual([]);
    await context.close();
  });

  it("offline, with the archive's search index not saved on the device, the main results show and the archive group says why it has none", async () => {
    const { site, context, page, offline } = await firstVisit();
    await offline();
    // As on a first visit to a site whose archive index is past the precache budget (README, "Offline"): its page list goes with it.
    await forget(page, ['/pagefind-arkiv/', OFFLINE_LISTS.archive]);
    await page.goto(`${site.origin}/sok/?q=ohälsoprocessen`);
    await expect.poll(() => page.locator('#sokarkivstatus').textContent(), { timeout: 15_000 }).toMatch(/^Det går inte att söka i arkivet utan nät på den här enheten/);
    expect(await page.locator('#sokresultat li').count()).toBeGreaterThan(0);
    expect(await page.locator('#sokarkivresultat li').count()).toBe(0);
    await context.close();
  });

  it("offline, with only part of the archive's search index on the device (cached by searches online, the site never saved), the archive group says it is not saved, not that nothing was found", async () => {
    const { site, context, page, offline } = await firstVisit();
    await offline();
    // Pagefind's loader and metadata are there, the chunks the query needs are not: Pagefind would skip them and find nothing.
    await forget(page, ['/pagefind-arkiv/index/', OFFLINE_LISTS.archive]);
    await page.goto(`${site.origin}/sok/?q=ohälsoprocessen`);
    // Whatever the archive's group says once its search has ended, "Inga träffar i arkivet." included.
    await expect.poll(() => page.locator('#sokarkivstatus').textContent(), { timeout: 15_000 }).toMatch(/^(?!Söker).*arkivet/);
    expect(await page.locator('#sokarkivstatus').textContent()).toMatch(/^Det går inte att söka i arkivet utan nät på den här enheten/);
    expect(await page.locator('#sokresultat li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("offline, a page the site has that was never read gets the \"not saved\" page and a mistyped address the 404 page, with the archive's page list on the device or without it", async () => {
    const [unread] = versionPages();
    const documentFolder = unread.replace(/version-[^/]+\/$/, '');
    const status = async (page: Page, origin: string, path: string) => {
      const response = await page.goto(`${origin}${path}`);
      const title = (await page.locator('h1').first().textContent())?.trim();
      return `${response?.status()} ${title === NOT_SAVED_TITLE ? 'not saved' : 'other'}`;
    };
    const listed = await firstVisit();
    await listed.offline();
    expect(await status(listed.page, listed.site.origin, unread)).toBe('503 not saved');
    expect(await status(listed.page, listed.site.origin, `${documentFolder}version-finns-inte/`)).toBe('404 other');
    expect(await status(listed.page, listed.site.origin, '/vagledningr/')).toBe('404 other');
    await listed.context.close();

    // Without the archive's list (its index not precached, the site not saved), any address under a document's folder may be one of its pages.
    const { site, context, page, offline } = await firstVisit();
    await offline();
    await forget(page, [OFFLINE_LISTS.archive]);
    expect(await status(page, site.origin, unread)).toBe('503 not saved');
    expect(await status(page, site.origin, `${documentFolder}version-finns-inte/`)).toBe('503 not saved');
    expect(await status(page, site.origin, '/vagledningar/dokument-finns-inte/version-1/')).toBe('404 other');
    expect(await status(page, site.origin, '/kom-igang/finns-inte/')).toBe('404 other');
    await context.close();
  });

  it("a save in which a file fails leaves the set's last file unsaved (the whole site's set ends with the archive's page list, which says its index is whole)", async () => {
    const documentPage = builtPages(SITE_DIR).find((p) => /^\/vagledningar\/vagledning-[^/]+\/$/.test(p))!;
    const set = siteJson<SaveSet>(documentSaveUrl(documentPage.split('/')[2]));
    const [last] = set.files.at(-1)!;
    const { copy, origin, close } = await servedCopy();
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // A page of the set gone from the server: its save fails.
      const gone = set.files.map(([url]) => url).find((url) => url.endsWith('/') && url !== documentPage)!;
      rmSync(join(copy, gone.slice(1), 'index.html'));
      await page.goto(`${origin}${documentPage}`);
      await workerReady(page);
      const control = page.getByRole('region', { name: 'Spara för läsning utan nät' });
      await expect.poll(() => control.getByRole('button').isEnabled()).toBe(true);
      await control.getByRole('button').click();
      await expect.poll(() => control.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Allt kunde inte sparas: 2 av \d+ filer/);
      const saved = (url: string) => page.evaluate(async (url) => (await caches.match(url, { ignoreSearch: true })) !== undefined, url);
      expect(await saved(set.files[0][0])).toBe(true);
      expect(await saved(last)).toBe(false);
    } finally {
      await context.close();
      await close();
    }
  });

  it('"Spara för läsning utan nät" on a document shows the size first, then the progress, and its pages open offline', async () => {
    const documentPage = builtPages(SITE_DIR).find((p) => /^\/vagledningar\/vagledning-[^/]+\/$/.test(p))!;
    const documentId = documentPage.split('/')[2];
    const set = siteJson<SaveSet>(documentSaveUrl(documentId));
    // The compare data saved is its own line's file, no other document line's.
    const compareFiles = readdirSync(join(SITE_DIR, 'data', 'jamfor')).map((f) => `/data/jamfor/${f}`);
    const inLine = (file: string) => siteJson<{ lines: { documents: string[] }[] }>(file).lines.some((l) => l.documents.includes(documentId));
    expect(compareFiles.filter((f) => !inLine(f)).length).toBeGreaterThan(0);
    expect(set.files.map(([url]) => url).filter((u) => u.startsWith('/data/'))).toEqual(compareFiles.filter(inLine));
    const { site, context, page, offline } = await firstVisit(documentPage);
    const control = page.getByRole('region', { name: 'Spara för läsning utan nät' });
    const button = control.getByRole('button', { name: 'Spara för läsning utan nät' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    // Before it starts: the pages, the other files and the size, in Swedish figures.
    const size = await control.locator('.save-offline-size').textContent();
    expect(size).toMatch(new RegExp(`^Storlek: ${set.pages} sidor och ${set.files.length - set.pages} andra filer, \\d+(,\\d)? (kB|MB)\\.`));
    // While it runs: every text the live region says, and the progress bar.
    await page.evaluate(() => {
      const status = document.querySelector('.save-offline-status')!;
      (window as unknown as { said: string[] }).said = [];
      new MutationObserver(() => (window as unknown as { said: string[] }).said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await button.click();
    const status = control.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Klart, sparat på den här enheten:/);
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.some((text) => /^Sparar \d+ av \d+ filer \(.+ av .+\) …$/.test(text)), said.join(' | ')).toBe(true);
    expect(await control.locator('progress').evaluate((p: HTMLProgressElement) => p.value === p.max)).toBe(true);
    await offline();

    for (const [url] of set.files.filter(([u]) => u.endsWith('/'))) {
      const response = await page.goto(`${site.origin}${url}`);
      expect(response?.status(), url).toBe(200);
      expect((await page.locator('h1').first().textContent())?.trim(), url).not.toBe(NOT_SAVED_TITLE);
    }
    // The compare page compares the document's versions offline, from the data saved with it.
    const versions = set.files.map(([url]) => /\/version-([^/]+)\/$/.exec(url)?.[1]).filter((v) => v !== undefined);
    await page.goto(`${site.origin}/vagledningar/jamfor/?a=${documentId}/${versions[0]}&b=${documentId}/${versions[1]}&vy=inline`);
    await expect.poll(() => page.locator('#jamfor-status').textContent(), { timeout: 15_000 }).toMatch(/^Jämför .+ \(A\) med .+ \(B\)\.$/);
    expect(await page.locator('#jamforelse [data-change]').count()).toBeGreaterThan(0);
    // Pages of another document were not saved, nor its line's compare data.
    const otherLine = compareFiles.find((f) => !inLine(f))!;
    const other = versionPages().find((p) => p.startsWith(`/vagledningar/${otherLine.slice('/data/jamfor/'.length, -'.json'.length)}/`))!;
    expect((await page.goto(`${site.origin}${other}`))?.status()).toBe(503);
    const [, , otherDocument, otherVersion] = other.split('/');
    await page.goto(`${site.origin}/vagledningar/jamfor/?a=${otherDocument}/${otherVersion.slice('version-'.length)}&b=${documentId}/${versions[0]}&vy=inline`);
    await expect.poll(() => page.locator('#jamfor-status').textContent(), { timeout: 15_000 }).toMatch(/^Jämförelsen gick inte att hämta just nu\. Utan nät går den att visa för dokument som är sparade/);
    await context.close();
  });
});

describe('offline search with the main index past the first visit\'s limit', () => {
  /** Shows the group's results until the one at `url` is listed (or there are no more); returns its item. */
  async function findResult(page: Page, group: string, url: string) {
    const hit = page.locator(`#${group}resultat li`).filter({ has: page.locator(`a.result-title[href="${url}"]`) });
    await expect.poll(() => page.locator(`#${group}status`).textContent(), { timeout: 15_000 }).toMatch(/träff/);
    while (!(await hit.count()) && (await page.locator(`#${group}fler`).isVisible())) {
      const shown = await page.locator(`#${group}resultat li`).count();
      await page.locator(`#${group}fler`).click();
      await expect.poll(() => page.locator(`#${group}resultat li`).count()).toBeGreaterThan(shown);
    }
    expect(await hit.count(), `${url} among the results`).toBe(1);
    return hit;
  }

  it('the shell holds the title index: offline search finds a guide by a word of a heading and an archive page by its title, says it looks only in titles and headings, and searches all text once the site is saved', async () => {
    const { copy, origin, close } = await servedCopy();
    // This site finished as one whose main index would take the first visit past the limit.
    const plan = writeOfflineLists(copy, { ...offlineContent(checkedContentOnce().corpus), limit: 1 });
    await addServiceWorker(copy, plan.shell);
    expect([plan.mainIndexInShell, plan.archiveIndexInShell]).toEqual([false, false]);
    // A guide's word that only one guide has in its headings and none in its title.
    const words = (text: string) => text.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 6);
    const titles = Object.fromEntries(Object.values(siteJson<OfflinePages>(OFFLINE_LISTS.main).results));
    const outlines = guides().map((url) => ({ url, title: titles[url], headings: renderedHeadings(readFileSync(join(SITE_DIR, url.slice(1), 'index.html'), 'utf8')) }));
    const [guide, word] = outlines
      .flatMap((g) => g.headings.flatMap(words).map((w) => [g, w] as const))
      .find(([g, w]) => !outlines.some((o) => words(o.title).includes(w) || (o !== g && o.headings.flatMap(words).includes(w))))!;
    const [archiveUrl, archiveTitle] = Object.values(siteJson<OfflinePages>(OFFLINE_LISTS.archive).results).find(([url]) => /\/version-[^/]+\/$/.test(url))!;

    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/`);
      await workerReady(page);
      const cached = await precached(page);
      expect(cached.some((url) => new URL(url).pathname.startsWith(`${TITLE_BUNDLE}index/`))).toBe(true);
      expect(cached.some((url) => new URL(url).pathname.startsWith('/pagefind/index/'))).toBe(false);
      await context.setOffline(true);

      await page.goto(`${origin}/sok/?q=${encodeURIComponent(word)}`);
      const notice = page.locator('#sokutannat');
      await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await notice.textContent()).toMatch(/^\s*Utan nät söker du bara i sidornas titlar och rubriker, eftersom hela sökindexet inte är sparat på den här enheten\./);
      expect(await notice.getByRole('link', { name: 'Om webbplatsen' }).getAttribute('href')).toBe('/om/#utan-nat');
      const guideHit = await findResult(page, 'sok', guide.url);
      expect(await guideHit.locator('.result-title').textContent()).toBe(guide.title);
      // The title index carries its pages' filters: opening one narrows by them offline as online.
      await page.locator('#sokfilter summary', { hasText: 'Innehåll' }).click();
      await expect.poll(() => page.getByRole('checkbox', { name: /^Guide \(\d+\)/ }).count(), { timeout: 15_000 }).toBe(1);

      await page.goto(`${origin}/sok/?q=${encodeURIComponent(`"${archiveTitle}"`)}`);
      const archiveHit = await findResult(page, 'sokarkiv', archiveUrl);
      expect(await archiveHit.locator('.result-title').textContent()).toBe(archiveTitle);
      expect(await page.locator('#sokarkivstatus').textContent()).toMatch(/träff(ar)? i arkivet\.$/);
      // Not saved: opening it says so.
      await Promise.all([page.waitForURL(`${origin}${archiveUrl}`), archiveHit.locator('.result-title').click()]);
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(NOT_SAVED_TITLE);

      // The whole site saved: offline search uses the full indexes again.
      await context.setOffline(false);
      expect(plan.site.files.map(([url]) => url)).toContain('/pagefind/pagefind.js');
      await page.goto(`${origin}/om/`);
      const control = page.getByRole('region', { name: 'Spara för läsning utan nät' });
      await expect.poll(() => control.getByRole('button').isEnabled()).toBe(true);
      await control.getByRole('button').click();
      await expect.poll(() => control.getByRole('status').textContent(), { timeout: 120_000 }).toMatch(/^Klart, sparat/);
      await context.setOffline(true);
      await page.goto(`${origin}/sok/?q=${encodeURIComponent(word)}`);
      await findResult(page, 'sok', guide.url);
      expect(await page.locator('#sokutannat').isHidden()).toBe(true);
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      expect(loaded).toContain('/pagefind/pagefind.js');
      expect(loaded.filter((p) => p.startsWith(TITLE_BUNDLE))).toEqual([]);
    } finally {
      await context.close();
      await close();
    }
  });
});

/**
 * Offline: after one visit online, with the server gone, pages open and
 * search works from the service worker's cache; an unknown path gets the 404
 * page with status 404 and /om goes to /om/, as online. A new build while a
 * page is open does not hold up navigation while the new worker installs.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../scripts/serve.ts';
import { launchBrowser, SITE_DIR, startSite } from '../support/browser.ts';
import { builtPages } from '../support/site-files.ts';

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

    const someGuide = builtPages(SITE_DIR).find((p) => /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(p) && !p.startsWith('/vagledningar/'))!;
    for (const path of ['/om/', '/vagledningar/', someGuide]) {
      const response = await page.goto(`${site.origin}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').first().textContent()).toBeTruthy();
    }
    await page.goto(`${site.origin}/sok/?q=samordning`);
    await expect.poll(() => page.locator('#sokresultat li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('#sokstatus').textContent()).toMatch(/träffar för ”samordning”/);
    await context.close();
  });
});

/** Waits until the page's service worker is active and controls it (it has precached every file). */
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
    const copy = mkdtempSync(join(tmpdir(), 'site-update-'));
    cpSync(SITE_DIR, copy, { recursive: true, dereference: true });
    const server = await serveSite(copy, 0);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => void r?.update()));
        // Navigate without pause until the new worker has installed (and activated, if it would take over at once).
        const updating = () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return Boolean(registration?.installing || registration?.active?.state === 'activating');
          });
        for (let n = 0; n < paths.length || (await updating()); n++) {
          expect(n, `build ${build}: the new worker never finished installing`).toBeLessThan(300);
          const path = paths[n % paths.length];
          const started = Date.now();
          const response = await page.goto(`${origin}${path}`, { timeout: 15_000 });
          expect(response?.status(), `build ${build}: ${path}`).toBe(200);
          expect(Date.now() - started, `build ${build}: ${path} took too long`).toBeLessThan(10_000);
        }
        // The next visit (every tab closed, then one opened) is the new build's.
        for (let attempt = 0; ; attempt++) {
          await page.close();
          page = await context.newPage();
          await page.goto(`${origin}/`);
          await workerReady(page);
          if (!(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))) break;
          expect(attempt, `build ${build}: the new worker never took over`).toBeLessThan(10);
        }
        const revisions = () =>
          page.evaluate(async () => {
            const keys = await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()));
            return keys.flat().map((request) => new URL(request.url).searchParams.get('__WB_REVISION__') ?? '');
          });
        await expect.poll(async () => (await revisions()).every((r) => r.endsWith(String(build))), { timeout: 20_000 }).toBe(true);
        const cachedRevisions = await revisions();
        expect(cachedRevisions.length).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
      await new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      });
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

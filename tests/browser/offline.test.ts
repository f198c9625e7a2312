/**
 * Offline: after one visit online, with the server gone, pages open and
 * search works from the service worker's cache.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

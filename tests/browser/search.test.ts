/**
 * Search: Swedish queries find the right page, filters narrow the results,
 * and /sok/?q=… restores a shared search.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startSite } from '../support/browser.ts';
import { SEARCH_QUERIES } from '../support/search-queries.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof startSite>>;
let page: Page;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
  page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(`${site.origin}/sok/`);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

const resultLinks = (p: Page) => p.locator('#sokresultat > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search quality', () => {
  it.each(SEARCH_QUERIES)('"$query" finds $expect among the first three results', async ({ query, expect: expected }) => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => resultLinks(page).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await resultLinks(page)).slice(0, 3)).toContain(expected);
  });

  it('finds a guidance wording once, on its history page, not on every version page that shows it', async () => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('samverkansarbetet strategiskt')}`);
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain('/vagledningar/vagledning-2004-2/lydelse/samverkan-och-fortroende/');
    expect((await resultLinks(page)).filter((u) => /\/version-[^/]+\/$/.test(u))).toEqual([]);
  });
});

describe('the search page', () => {
  it('restores a search from ?q= and shows result metadata', async () => {
    await page.goto(`${site.origin}/sok/?q=avst%C3%A4mningsm%C3%B6tet`);
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain('/moten-och-verktyg/avstamningsmotet/');
    expect(await page.inputValue('#sok-falt')).toBe('avstämningsmötet');
    expect(await page.locator('#sokstatus').textContent()).toMatch(/träffar för ”avstämningsmötet”/);
  });

  it('narrows results with a filter, keeps it in the URL, and finds the exact passage of Vägledning 2004:2', async () => {
    await page.goto(`${site.origin}/sok/?q=ohälsoprocessen`);
    await expect.poll(() => resultLinks(page).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(1);
    const unfiltered = await resultLinks(page);
    expect(unfiltered.some((u) => !u.startsWith('/vagledningar/vagledning-2004-2/'))).toBe(true);

    await page.getByRole('checkbox', { name: /^Vägledning 2004:2/ }).check();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('dokument=V%C3%A4gledning+2004%3A2');
    await expect.poll(async () => (await resultLinks(page)).every((u) => u.startsWith('/vagledningar/vagledning-2004-2/')), { timeout: 15_000 }).toBe(true);
    const filtered = await resultLinks(page);
    expect(filtered.length).toBeLessThan(unfiltered.length);
    const passageLinks = await page.locator('#sokresultat a[href*="#hela-ohalsoprocessen"]').count();
    expect(passageLinks).toBeGreaterThan(0);

    await page.reload();
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toEqual(filtered);
    expect(await page.getByRole('checkbox', { name: /^Vägledning 2004:2/ }).isChecked()).toBe(true);
  });

  it('is reached from the header search on every page', async () => {
    await page.goto(`${site.origin}/om/`);
    await page.fill('#header-search-q', 'SASSAM');
    await page.press('#header-search-q', 'Enter');
    await page.waitForURL(/\/sok\/\?q=SASSAM/);
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain('/moten-och-verktyg/sassam/');
  });
});

/**
 * Lists of all of something are cut into numbered pages, so they stay the
 * same size when the content grows (issue: scale): the sources page shows the
 * first pages that cite a source and links to the whole list, which pages on.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';

const site = useSiteInBrowser();

describe('long lists', () => {
  it('the sources page shows the first citing pages and links to all of them, page by page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/kallor/`);
    const section = page.locator('section.source', { has: page.locator('h2#samordningsrapport-2020') });
    expect(await section.locator('.cited-list li').count()).toBe(10);
    const all = section.getByRole('link', { name: /^Alla \d+ sidor som hänvisar till Millares 2020$/ });
    const total = Number((await all.textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(50);
    await all.click();
    await page.waitForURL('**/kallor/samordningsrapport-2020/citeras/');
    expect(await page.locator('h1').textContent()).toBe('Här citeras Millares 2020, sida 1 av 2');
    expect(await page.locator('.cited-list li').count()).toBe(50);
    const pages = page.getByRole('navigation', { name: 'Sidor i listan' });
    expect(await pages.locator('[aria-current="page"]').textContent()).toBe('Sida 1 av 2');
    await pages.getByRole('link', { name: 'Nästa →' }).click();
    await page.waitForURL('**/kallor/samordningsrapport-2020/citeras/2/');
    expect(await page.locator('.cited-list li').count()).toBe(total - 50);
    expect(await pages.getByRole('link', { name: 'Nästa →' }).count()).toBe(0);
    expect(await pages.getByRole('link', { name: '← Föregående' }).getAttribute('href')).toBe('/kallor/samordningsrapport-2020/citeras/');
    await context.close();
  });

  it('a list that fits on one page has no page navigation', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/vagledningar/', '/kom-igang/', '/kallor/amia-syd-2013/citeras/']) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.getByRole('navigation', { name: 'Sidor i listan' }).count(), path).toBe(0);
    }
    await context.close();
  });
});

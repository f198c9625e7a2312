/**
 * The way in: the home page as a new caseworker and an analyst meet it (the first guides
 * one tap away on a phone, the analyst's three ways in, a search box that
 * works without JavaScript, the three columns level), and the breadcrumbs on deep pages.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';

const site = useSiteInBrowser();

describe('the home page', () => {
  it('puts the first guides one tap away on a phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' });
    // The page has no menu on a phone, so the theme control is at its foot; choosing dark turns it dark.
    const theme = page.locator('starlight-theme-select select').locator('visible=true');
    expect(await theme.count()).toBe(1);
    await theme.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const first = page.locator('#ny ~ .first-guides a').first();
    expect(await first.textContent()).toBe('Samordningsuppdraget');
    await first.click();
    await page.waitForURL('**/samordning/samordningsuppdraget/');
    // The title carries soft hyphens, where it may break on a phone; the reader sees the word.
    expect((await page.locator('h1').textContent())!.replaceAll('\u00ad', '')).toBe('Samordningsuppdraget');
    await context.close();
  });

  it('offers the analyst the timeline, the comparison and the versions, and search without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const hrefs = await page.locator('#analytiker ~ .first-guides a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs).toEqual(['/tidslinje/samordningsansvar/', '/vagledningar/jamfor/', '/vagledningar/']);
    // The three ways in start level at 1280 px.
    const tops = await page.locator('.ways-in h2').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
    await page.fill('#hem-sok', 'avstämningsmöte');
    await page.press('#hem-sok', 'Enter');
    await page.waitForURL('**/sok/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe('avstämningsmöte');
    await context.close();
  });
});

describe('breadcrumbs', () => {
  it('show where a version, a passage history and a change page sit, the page itself not a link', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, last] of [
      ['/vagledningar/vagledning-2004-2/version-7/', 'version 7'],
      ['/vagledningar/vagledning-2004-2/lydelse/hela-ohalsoprocessen/', 'Lydelsen ”Samordningsuppdraget löper över hela ohälsoprocessen”'],
      ['/vagledningar/vagledning-2004-2/andringar/6-till-7/', 'version 6 till version 7'],
    ]) {
      await page.goto(`${site.origin}${path}`);
      const crumbs = page.locator('nav.breadcrumbs li');
      expect(await crumbs.allTextContents()).toEqual(['Vägledningar', 'Vägledning 2004:2', last]);
      expect(await crumbs.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual(['/vagledningar/', '/vagledningar/vagledning-2004-2/']);
      expect(await crumbs.last().locator('[aria-current="page"]').count()).toBe(1);
    }
    await context.close();
  });
});

describe('on-page contents', () => {
  it('list the real sections of the guidance index and a change page, and the search page has none to list', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const contents = async (path: string) => {
      await page.goto(`${site.origin}${path}`);
      return page.locator('.right-sidebar starlight-toc a').allTextContents().then((t) => t.map((s) => s.trim()));
    };
    expect(await contents('/vagledningar/')).toEqual(['Översikt', 'Process 2009:07', 'Vägledning 2004:2', 'Vägledning 2015:1', 'Jämför versioner', 'Öppna data']);
    for (const href of await page.locator('.right-sidebar starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      if (href !== '#_top') expect(await page.locator(href).count(), href).toBe(1);
    }
    const change = await contents('/vagledningar/vagledning-2004-2/andringar/6-till-7/');
    expect(change.slice(0, 2)).toEqual(['Översikt', 'Lydelser']);
    expect(change).toContain('Rehabiliteringsåtgärderna ska fogas samman');
    expect(await contents('/sok/')).toEqual([]);
    await context.close();
  });
});

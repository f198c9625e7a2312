/**
 * Printing a guide, a version page and a comparison: the text without the
 * site's chrome (header, sidebars, forms), each internal link's address
 * printed after it, and the redline marks readable in black and white.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';

const site = useSiteInBrowser();

describe('print', () => {
  it('prints guides, versions and comparisons cleanly', async () => {
    // About an A4 page's width in CSS pixels.
    const context = await site.browser.newContext({ viewport: { width: 794, height: 1123 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const path of [
      '/moten-och-verktyg/avstamningsmotet/',
      '/vagledningar/vagledning-2004-2/version-7/',
      '/vagledningar/jamfor/?a=vagledning-2004-2/6&b=vagledning-2004-2/7&vy=sida',
    ]) {
      await page.goto(`${site.origin}${path}`);
      if (path.includes('jamfor')) await page.waitForSelector('#jamforelse ins');
      for (const chrome of ['.page > header', '.sidebar-pane', '.right-sidebar-container', 'main form']) {
        expect(await page.locator(chrome).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).length), `${path} ${chrome}`).toBe(0);
      }
      const link = page.locator('main .sl-markdown-content a[href^="/"]:not(.sl-anchor-link)').first();
      const href = await link.getAttribute('href');
      expect(await link.evaluate((a) => getComputedStyle(a, '::after').content), path).toBe(`" (${href})"`);
      // Nothing runs off the paper's width, a wide process diagram included.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), path).toBe(true);
      expect((await page.pdf()).length, path).toBeGreaterThan(10_000);
    }
    // In black and white the marks still say inserted and deleted: underline and strike-through, no background.
    const mark = (selector: string) =>
      page.locator(selector).first().evaluate((e) => ({ line: getComputedStyle(e).textDecorationLine, background: getComputedStyle(e).backgroundColor }));
    expect(await mark('#jamforelse ins')).toEqual({ line: 'underline', background: 'rgba(0, 0, 0, 0)' });
    expect(await mark('#jamforelse del')).toEqual({ line: 'line-through', background: 'rgba(0, 0, 0, 0)' });
    await context.close();
  });
});

/**
 * The process diagrams in a real browser: each page draws one SVG node per
 * step, its text alternative lists the same steps, it reads with JavaScript
 * off, fits a phone without the page scrolling sideways, and axe finds
 * nothing in either theme.
 */
import { describe, expect, it } from 'vitest';
import { loadValidContent } from '../../src/lib/validate.ts';
import { axeOnPage } from '../support/axe.ts';
import { SITE_DIR, useSiteInBrowser } from '../support/browser.ts';
import { builtPages } from '../support/site-files.ts';

const processes = loadValidContent(process.env.CONTENT_DIR ?? 'content').processes;
const processPages = builtPages(SITE_DIR).filter((p) => /^\/processer\/[^/]+\/$/.test(p));

const site = useSiteInBrowser();

describe('process pages', () => {
  it('has one page per process and an index linking them all', async () => {
    expect(processPages.sort()).toEqual(processes.map((p) => `/processer/${p.id}/`).sort());
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/processer/`);
    const links = await page.$$eval('main a[href^="/processer/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(processPages.sort());
    await page.close();
  });

  it.each(processes.map((p) => [p.id, p] as const))('%s: one SVG node per step, and the text alternative lists the same steps', async (id, entry) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/processer/${id}/`);
    const svg = page.locator(`svg[data-process="${id}"]`);
    await expect(svg.isVisible()).resolves.toBe(true);
    expect(await svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    expect(await page.locator(`[id="${titleId}"]`).textContent()).toBe(entry.data.title);
    expect(await page.locator(`[id="${descId}"]`).textContent()).toContain(`${entry.data.steps.length} steg`);

    const drawn = await svg.locator('g.step').evaluateAll((gs) => gs.map((g) => ({ id: g.getAttribute('data-step'), text: g.textContent })));
    expect(drawn.map((d) => d.id).sort()).toEqual(entry.data.steps.map((s) => s.id).sort());
    for (const step of entry.data.steps) {
      // The drawing wraps labels into lines; the words are the same.
      const text = drawn.find((d) => d.id === step.id)!.text!.replace(/\s+/g, '');
      expect(text).toContain(step.label.replace(/\s+/g, ''));
    }

    const alternative = page.locator(`[id="${id}-text"]`);
    const listed = await alternative.locator('.process-steps > li').evaluateAll((lis) => lis.map((li) => ({ id: li.getAttribute('data-step'), text: li.textContent })));
    expect(listed.map((l) => l.id).sort()).toEqual(entry.data.steps.map((s) => s.id).sort());
    for (const step of entry.data.steps) expect(listed.find((l) => l.id === step.id)!.text).toContain(step.label);
    expect(await alternative.locator('.process-steps').evaluate((list) => list.tagName)).toBe(entry.data.orderKnown ? 'OL' : 'UL');
    expect(await alternative.locator('.process-next > li').count()).toBe(entry.data.orderKnown ? entry.data.transitions.length : 0);
    expect(await page.locator(`figcaption a[href="#${id}-text"]`).count()).toBe(1);
    await context.close();
  });

  it('marks the differences between version 12 and 13 in words', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/processer/kundfloden-version-12/`);
    // The drawing wraps the words into lines; compare them without the line breaks.
    const drawnText = async (process: string, step: string) =>
      (await page.locator(`svg[data-process="${process}"] g.step[data-step="${step}"]`).textContent())!.replace(/\s+/g, '');
    const words = (text: string) => text.replace(/\s+/g, '');
    expect(await drawnText('kundfloden-version-12', 'ibb')).toContain(words('Borttaget i version 13'));
    expect(await drawnText('kundfloden-version-12', 'k1')).toContain(words('Version 13: uppgift saknas'));
    expect(await drawnText('kundfloden-version-12', 'k3')).toContain(words('Ändrat i version 13'));
    expect(await drawnText('kundfloden-version-13', 'behov-arbetslivsinriktad-rehabilitering')).toContain(words('Nytt i version 13'));
    expect(await drawnText('kundfloden-version-13', 'k3')).toContain(words('Ändrat i version 13'));
    expect(await page.locator('[id="kundfloden-version-12-steg-ibb"]').textContent()).toContain('Borttaget i version 13');
    await page.close();
  });

  it('scrolls a wide diagram inside its own focusable box at phone width; no process page scrolls sideways', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/processer/avstamningsmote/`);
    const box = page.locator('.process-scroll').first();
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('process-scroll'))).toBe(true);
    for (const path of ['/processer/', ...processPages]) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
    }
    await context.close();
  });
});

describe('process diagrams at desktop width', () => {
  it('show whole with their text at 12 px or more, or scroll in a labelled box under a visible cue', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const scrolling: string[] = [];
    for (const path of ['/processer/avstamningsmote/', '/processer/rehabiliteringskedjan/', '/processer/sassam/', '/moten-och-verktyg/avstamningsmotet/']) {
      await page.goto(`${site.origin}${path}`);
      for (const figure of await page.locator('figure.process').all()) {
        const { scrolls, textPx } = await figure.evaluate((f) => {
          const box = f.querySelector('.process-scroll')!;
          const svg = f.querySelector('svg')!;
          // The drawing's text is 13 px at its natural size (its viewBox width).
          return { scrolls: box.scrollWidth > box.clientWidth, textPx: (13 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width };
        });
        expect(textPx, path).toBeGreaterThanOrEqual(12);
        expect(await figure.locator('.process-cue').isVisible(), path).toBe(scrolls);
        if (scrolls) scrolling.push(path);
      }
    }
    // The widest drawing, the meeting's, needs more than a guide's column even scaled down; narrower ones fit.
    expect(scrolling).toContain('/moten-och-verktyg/avstamningsmotet/');
    expect(scrolling).not.toContain('/processer/rehabiliteringskedjan/');
    expect(scrolling).not.toContain('/processer/sassam/');
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('accessibility of the process pages in the %s theme', (theme) => {
  it.each(['/processer/', ...processPages])('axe finds no violation on %s', async (path) => {
    expect((await axeOnPage(site.browser, `${site.origin}${path}`, theme)).violations).toEqual([]);
  });
});

/**
 * Search: Swedish queries find the right page in its group (the main results
 * first, then the archive's: versions and passage histories), filters narrow
 * the results, and /sok/?q=… restores a shared search.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SITE_DIR, startSite } from '../support/browser.ts';
import { readFileSync } from 'node:fs';
import { FIRST_RESULT, SEARCH_QUERIES } from '../support/search-queries.ts';
import { searchIndexOf } from '../../src/lib/search-index.ts';
import { builtGuides } from '../support/site-files.ts';

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

const links = (p: Page, list: string) => p.locator(`${list} > li > a`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
/** The main group's results, shown first. */
const resultLinks = (p: Page) => links(p, '#sokresultat');
/** The archive group's results, below the main ones. */
const archiveLinks = (p: Page) => links(p, '#sokarkivresultat');
/** The results of the group a page belongs in. */
const groupLinks = (p: Page, url: string) => (searchIndexOf(url) === 'archive' ? archiveLinks(p) : resultLinks(p));

describe('search quality', () => {
  it.each(SEARCH_QUERIES)('"$query" finds $expect among the first three results of its group', async ({ query, expect: expected }) => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => groupLinks(page, expected).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await groupLinks(page, expected)).slice(0, 3)).toContain(expected);
  });

  it.each(FIRST_RESULT)('"$query" puts $expect first', async ({ query, expect: expected }) => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => resultLinks(page).then((l) => l[0]), { timeout: 15_000 }).toBe(expected);
  });

  it('puts the best bet first for every all-capitals abbreviation in the glossary', async () => {
    const bets = JSON.parse(readFileSync(`${SITE_DIR}/data/sokord.json`, 'utf8')) as Record<string, string[]>;
    const glossary = (await (await fetch(`${site.origin}/begrepp/`)).text()).matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g);
    const abbreviations = [...glossary].map((m) => m[1].trim()).filter((t) => /^[A-ZÅÄÖ0-9]{2,}$/.test(t));
    expect(abbreviations.length).toBeGreaterThan(5);
    for (const term of abbreviations) {
      await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(term)}`);
      await expect.poll(() => resultLinks(page).then((l) => l[0]), { timeout: 15_000, message: term }).toBe(bets[term.toLocaleLowerCase('sv')][0]);
    }
  });

  it('finds a guidance wording once, on its history page, not on every version page that shows it', async () => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('samverkansarbetet strategiskt')}`);
    await expect.poll(() => archiveLinks(page), { timeout: 15_000 }).toContain('/vagledningar/vagledning-2004-2/lydelse/samverkan-och-fortroende/');
    expect((await archiveLinks(page)).filter((u) => /\/version-[^/]+\/$/.test(u))).toEqual([]);
  });

  it("finds a version by its passages' titles, not by the evidence labels every version repeats", async () => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('kopplad till förtroendet')}`);
    await expect.poll(() => archiveLinks(page), { timeout: 15_000 }).toContain('/vagledningar/vagledning-2004-2/version-18/');
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('egen lydelse ordagrant')}`);
    await expect.poll(() => page.locator('#sokarkivstatus').textContent(), { timeout: 15_000 }).toMatch(/arkivet/);
    expect((await archiveLinks(page)).filter((u) => /\/version-[^/]+\/$/.test(u))).toEqual([]);
  });

  it('finds a listed guide on its own page, not on the list of its group, and the footer notice only where a page says it', async () => {
    await page.goto(`${site.origin}/sok/?q=Tillitslabbet`);
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain('/erfarenheter/tillitslabbet/');
    expect(await resultLinks(page)).not.toContain('/erfarenheter/');
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('officiell publikation')}`);
    await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000 }).toMatch(/träff/);
    expect((await resultLinks(page)).length).toBeLessThan(5);
  });
});

describe('search results', () => {
  it('keeps the spaces around highlighted words and marks each hit for screen readers', async () => {
    for (const query of ['avstämningsmöte', 'bortre tidsgräns', 'motiverande samtal']) {
      await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('#sokresultat mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const glued = await page.locator('#sokresultat mark').evaluateAll((marks) =>
        marks.flatMap((m) => {
          const hit = [...m.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
          const before = m.previousSibling?.textContent ?? ' ';
          const after = m.nextSibling?.textContent ?? ' ';
          const letter = /[\p{L}\p{N}]/u;
          return (letter.test(before.slice(-1)) && letter.test(hit[0])) || (letter.test(hit.at(-1)!) && letter.test(after[0])) ? [`${before.slice(-12)}[${hit}]${after.slice(0, 12)}`] : [];
        }),
      );
      expect(glued, query).toEqual([]);
      const labels = await page.locator('#sokresultat mark').evaluateAll((marks) => marks.map((m) => m.querySelector('.sr-only')?.textContent));
      expect(new Set(labels)).toEqual(new Set(['träff: ']));
    }
  });

  it('never finds interface text', async () => {
    for (const query of ['Kopiera hänvisning', 'Lästid cirka']) {
      await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000, message: query }).toMatch(/Inga träffar/);
    }
    for (const query of ['Permalänk till', 'avstämningsmöte', 'hela ohälsoprocessen', 'Okänt i den här versionen']) {
      await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000 }).toMatch(/träff/);
      const text = (await page.locator('#sokresultat').innerText()).replace(/träff: /g, '');
      expect(text).not.toMatch(/Kopiera hänvisning|Permalänk|Okänt i den här versionen|Hänvisning:/);
    }
  });

  it("finds a guide by its own words, not by the sources and sections its citations name", async () => {
    // Every citation reads "(Källa år, avsnittet ”…”)"; a guide's own text seldom has the word.
    await page.goto(`${site.origin}/sok/?q=avsnittet`);
    await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000 }).toMatch(/träff/);
    while (await page.locator('#sokfler').isVisible()) {
      const shown = await page.locator('#sokresultat > li').count();
      await page.locator('#sokfler').click();
      await expect.poll(() => page.locator('#sokresultat > li').count()).toBeGreaterThan(shown);
    }
    const found = new Set(await resultLinks(page));
    const reader = await page.context().newPage();
    let cited = 0;
    for (const guide of builtGuides(SITE_DIR)) {
      await reader.goto(`${site.origin}${guide}`);
      cited += Number((await reader.locator('.ref').count()) > 0);
      // The guide's own words: its indexed text (its body without what is left out of search) without its citations.
      const ownWords = await reader.evaluate(() => {
        const body = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as HTMLElement;
        for (const ignored of body.querySelectorAll('[data-pagefind-ignore], .ref')) ignored.remove();
        return body.textContent ?? '';
      });
      // Pagefind finds the word and longer words it begins ("avsnittets").
      expect(found.has(guide), guide).toBe(/(^|\P{L})avsnittet/iu.test(ownWords));
    }
    await reader.close();
    expect(cited).toBeGreaterThan(5);
  });

  it('finds no document by the text every document page repeats: its versions table, its hints, "no predecessor"', async () => {
    for (const query of ['nämner ingen föregångare', 'ordagrant citerade', 'historik genom versionerna']) {
      await page.goto(`${site.origin}/sok/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000, message: query }).toMatch(/träff/);
      expect((await resultLinks(page)).filter((u) => /^\/vagledningar\/[^/]+\/$/.test(u)), query).toEqual([]);
    }
  });

  it('puts a best bet first without loading the data of results it does not show', async () => {
    // "Försäkringskassan" is a glossary expansion (FK), a best bet, and a word on most pages: more results than one page shows.
    await page.goto(`${site.origin}/sok/`);
    const fragments: string[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(r.url());
    });
    await page.fill('#sok-falt', 'Försäkringskassan');
    await page.press('#sok-falt', 'Enter');
    await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000 }).toMatch(/träffar för ”Försäkringskassan”. Visar 20/);
    expect((await resultLinks(page))[0]).toBe('/begrepp/');
    expect(fragments.length).toBeLessThanOrEqual(20);
  });

  it("names the section under a result so that no two of its section links read the same (the sources page's per-source headings)", async () => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('källorna')}`);
    const sources = page.locator('#sokresultat > li').filter({ has: page.locator('a.result-title[href="/kallor/"]') });
    await expect.poll(() => sources.locator('.result-subs a').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const sections = await sources.locator('.result-subs a').allTextContents();
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections.filter((t) => t.startsWith('Här citeras källan')).every((t) => /^Här citeras källan, \S+ \d{4}$/.test(t))).toBe(true);
  });

  it('shows every result, 20 at a time, with a keyboard-operable "Visa fler" that moves focus to the first new one', async () => {
    await page.goto(`${site.origin}/sok/?q=MI`);
    await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000 }).toMatch(/^\d+ träffar för ”MI”/);
    const total = Number(/^(\d+)/.exec((await page.locator('#sokstatus').textContent())!)![1]);
    expect(total).toBeGreaterThan(20);
    expect(await resultLinks(page)).toHaveLength(20);
    expect(await page.locator('#sokstatus').getAttribute('aria-live')).toBe('polite');
    let shown = 20;
    while (shown < total) {
      await page.locator('#sokfler').focus();
      await page.keyboard.press('Enter');
      const next = Math.min(shown + 20, total);
      await expect.poll(() => resultLinks(page).then((l) => l.length), { timeout: 15_000 }).toBe(next);
      const focused = await page.evaluate(() => [...document.querySelectorAll('#sokresultat > li')].indexOf(document.activeElement!.closest('#sokresultat > li')!));
      expect(focused).toBe(shown);
      expect(await page.locator('#sokstatus').textContent()).toContain(`Visar ${next}.`);
      shown = next;
    }
    expect(await page.locator('#sokfler').isHidden()).toBe(true);
    expect(new Set(await resultLinks(page)).size).toBe(total);
  });

  it('counts the filters for the current query', async () => {
    await page.goto(`${site.origin}/sok/?q=Tillitslabbet`);
    await expect.poll(() => resultLinks(page).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.locator('#sokfilter summary', { hasText: 'Innehåll' }).click();
    const label = (await page.getByRole('checkbox', { name: /^Guide \(/ }).evaluate((b) => b.parentElement!.textContent))!;
    const count = Number(/\((\d+)\)/.exec(label)![1]);
    await page.getByRole('checkbox', { name: /^Guide \(/ }).check();
    await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${count} träff`));
    expect(count).toBeLessThan(13);
  });

  it('loads the filters when a reader opens one, without searching the results again', async () => {
    const filterFiles: string[] = [];
    const listen = (r: { url: () => string }) => {
      if (r.url().includes('/filter/')) filterFiles.push(new URL(r.url()).pathname);
    };
    page.on('request', listen);
    await page.goto(`${site.origin}/sok/?q=F%C3%B6rs%C3%A4kringskassan`);
    await expect.poll(() => page.locator('#sokarkivstatus').textContent(), { timeout: 15_000 }).toMatch(/träff.* i arkivet/);
    await page.locator('#sokfler').click();
    await expect.poll(() => resultLinks(page).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(20);
    const shown = await resultLinks(page);
    // Every group is there to open, none loaded: Pagefind would count every value over the results of each search.
    expect(await page.locator('#sokfilter summary').allTextContents()).toEqual(['Innehåll', 'Dokument', 'Version', 'År']);
    expect(filterFiles).toEqual([]);

    // Version is the archive's: opening it loads both indexes' filters and counts them for the query shown.
    await page.locator('#sokfilter summary', { hasText: 'Version' }).click();
    const version = page.locator('#sokfilter details', { hasText: 'Version' }).getByRole('checkbox');
    await expect.poll(() => version.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#sokfilter details', { hasText: 'Version' }).locator('label:not([hidden])').first().textContent(), { timeout: 15_000 }).toMatch(/\(\d+\)$/);
    expect(filterFiles.some((f) => f.startsWith('/pagefind/filter/')) && filterFiles.some((f) => f.startsWith('/pagefind-arkiv/filter/'))).toBe(true);
    expect(await page.locator('#sokfilter').textContent()).not.toContain('Hämtar');
    // The results the reader had shown, "Visa fler" included, stay as they were.
    expect(await resultLinks(page)).toEqual(shown);
    page.off('request', listen);
  });

  it('shows each filter value with its count over the whole site before a query', async () => {
    await page.goto(`${site.origin}/sok/`);
    await page.locator('#sokfilter summary', { hasText: 'Innehåll' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: /^Guide \(13\)/ }).count(), { timeout: 15_000 }).toBe(1);
  });

  it('names the filter to remove when a combination gives nothing, with a link that removes it', async () => {
    await page.goto(`${site.origin}/sok/?q=avst%C3%A4mningsm%C3%B6te&typ=Guide&dokument=Process+2009%3A07`);
    await expect.poll(() => page.locator('#sokstatus').textContent(), { timeout: 15_000 }).toMatch(/Inga träffar/);
    const link = page.locator('#sokhint a', { hasText: 'Ta bort filtret Dokument: Process 2009:07' });
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    await link.click();
    await expect.poll(() => resultLinks(page).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(page.url()).not.toContain('dokument=');
    expect(page.url()).toContain('typ=Guide');
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('shows the first result above the fold at %i × %i', async (width, height) => {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height } });
    const small = await context.newPage();
    await small.goto(`${site.origin}/sok/?q=avst%C3%A4mningsm%C3%B6te`);
    await expect.poll(() => resultLinks(small).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(0);
    const box = (await small.locator('#sokresultat > li').first().locator('a').first().boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    await context.close();
  });
});

describe('the search page', () => {
  it('lists the main results first and the archive (versions, passage histories) below them under its own heading', async () => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('ohälsoprocessen')}`);
    await expect.poll(() => archiveLinks(page).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(0);
    const main = await resultLinks(page);
    const archived = await archiveLinks(page);
    expect(main.length).toBeGreaterThan(0);
    expect(main.filter((u) => searchIndexOf(u) !== 'main')).toEqual([]);
    expect(archived.filter((u) => searchIndexOf(u) !== 'archive')).toEqual([]);
    expect(archived.some((u) => u.includes('/lydelse/')) && archived.some((u) => /\/version-[^/]+\/$/.test(u))).toBe(true);
    const region = page.getByRole('region', { name: 'I arkivet: versioner och lydelsernas historik' });
    expect(await region.locator('#sokarkivresultat').count()).toBe(1);
    expect(await page.locator('#sokarkivstatus').textContent()).toBe(`${archived.length} träffar i arkivet.`);
    // The main results come first in the page, so they are read and tabbed to first.
    const archiveFollows = await page.evaluate(() => Boolean(document.querySelector('#sokresultat')!.compareDocumentPosition(document.querySelector('#sokarkiv')!) & Node.DOCUMENT_POSITION_FOLLOWING));
    expect(archiveFollows).toBe(true);
    // A query only the archive has: the main group says so and the archive lists it.
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('blockcitat')}`);
    await expect.poll(() => archiveLinks(page), { timeout: 15_000 }).toContain('/vagledningar/vagledning-2004-2/version-4/');
    expect(await page.locator('#sokstatus').textContent()).toBe('Inga träffar för ”blockcitat”.');
  });

  it("searches the main index in the page itself and the archive in Pagefind's worker, so long archive searches never hold up typing", async () => {
    await page.goto(`${site.origin}/sok/?q=${encodeURIComponent('ohälsoprocessen')}`);
    await expect.poll(() => archiveLinks(page).then((l) => l.length), { timeout: 15_000 }).toBeGreaterThan(0);
    // A page's resource timings list what the page fetched itself, not what a worker fetched.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(fetched.filter((p) => p.startsWith('/pagefind/wasm.'))).toHaveLength(1);
    expect(fetched).toContain('/pagefind-arkiv/pagefind-worker.js');
    expect(fetched.filter((p) => p.startsWith('/pagefind-arkiv/wasm.'))).toEqual([]);
  });

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

    await page.locator('#sokfilter summary', { hasText: 'Dokument' }).click();
    await page.getByRole('checkbox', { name: /^Vägledning 2004:2/ }).check();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('dokument=V%C3%A4gledning+2004%3A2');
    await expect.poll(async () => (await resultLinks(page)).every((u) => u.startsWith('/vagledningar/vagledning-2004-2/')), { timeout: 15_000 }).toBe(true);
    const filtered = await resultLinks(page);
    expect(filtered.length).toBeLessThan(unfiltered.length);
    await expect.poll(async () => (await archiveLinks(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await archiveLinks(page)).every((u) => u.startsWith('/vagledningar/vagledning-2004-2/'))).toBe(true);
    const passageLinks = await page.locator('#sokarkivresultat a[href*="#hela-ohalsoprocessen"]').count();
    expect(passageLinks).toBeGreaterThan(0);

    await page.reload();
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toEqual(filtered);
    expect(await page.locator('#sokfilter input[name=dokument][value="Vägledning 2004:2"]').isChecked()).toBe(true);
    expect(await page.locator('#sokfilter summary', { hasText: 'Dokument' }).textContent()).toBe('Dokument: Vägledning 2004:2');
  });

  it('is reached from the header search on every page', async () => {
    await page.goto(`${site.origin}/om/`);
    await page.fill('#header-search-q', 'SASSAM');
    await page.press('#header-search-q', 'Enter');
    await page.waitForURL(/\/sok\/\?q=SASSAM/);
    await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain('/moten-och-verktyg/sassam/');
  });
});

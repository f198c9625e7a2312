/**
 * Version history in a real browser: the compare page's redline, unknown kept
 * apart from removed, links that reproduce a comparison, the static change
 * pages without JavaScript, the in-force form, the open data against the
 * schemas and the Atom feed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conceptSchema, documentSchema, passageSchema, versionSchema } from '../../src/lib/schema.ts';
import { useSiteInBrowser } from '../support/browser.ts';

const site = useSiteInBrowser();

const compare = (a: string, b: string, view = 'inline') => `/vagledningar/jamfor/?a=vagledning-2004-2/${a}&b=vagledning-2004-2/${b}&vy=${view}`;

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return page;
}
const close = (page: Page) => page.context().close();

describe('compare page', () => {
  it('shows the 2007 clarification as inserted, and says it compares descriptions', async () => {
    const page = await open(compare('6', '7'));
    const row = page.locator('#jamforelse #sammanfogning-av-atgarder');
    const inserted = await row.locator('ins').allTextContents();
    expect(inserted.join(' ')).toContain('medicinska, sociala och arbetslivsinriktade');
    expect(inserted.join(' ')).toContain('infogat:');
    expect(await row.textContent()).toContain('Jämför beskrivningar, inte ordagrann lydelse');
    await close(page);
  });

  it('shows the hela-ohälsoprocessen passage as removed from version 4 to 13, and a passage not mentioned in 13 as unknown', async () => {
    const page = await open(compare('4', '13'));
    const removed = page.locator('#jamforelse #hela-ohalsoprocessen');
    expect(await removed.textContent()).toContain('Borttagen');
    expect(await removed.locator('del').textContent()).toContain('löper över hela ohälsoprocessen');
    const unknown = page.locator('#jamforelse #centrala-verktyg');
    expect(await unknown.textContent()).toContain('OKÄND i B');
    expect(await unknown.locator('del, ins').count()).toBe(0);
    await close(page);
  });

  it('is chosen by keyboard, keeps the choice in the address, and the address reproduces the view', async () => {
    const page = await open('/vagledningar/jamfor/');
    await page.focus('#jamfor-a');
    await page.selectOption('#jamfor-a', 'vagledning-2004-2/1');
    await page.keyboard.press('Tab');
    await page.selectOption('#jamfor-b', 'vagledning-2015-1/1');
    await page.focus('input[name="vy"][value="inline"]');
    await page.keyboard.press('ArrowRight');
    await page.focus('#jamfor-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#jamforelse')!.children.length > 0);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ a: 'vagledning-2004-2/1', b: 'vagledning-2015-1/1', vy: 'sida' });
    const shown = await page.innerHTML('#jamforelse');
    // Across the succession, 2015:1's supervision passage is paired with 2004:2's initiative passage through `continues`.
    expect(await page.locator('#jamforelse #samordnings-och-tillsynsansvar .cmp-sides').count()).toBe(1);

    const fresh = await open(`${url.pathname}${url.search}`);
    expect(await fresh.innerHTML('#jamforelse')).toBe(shown);
    expect(await fresh.inputValue('#jamfor-a')).toBe('vagledning-2004-2/1');
    expect(await fresh.isChecked('input[name="vy"][value="sida"]')).toBe(true);
    await close(fresh);
    await close(page);
  });

  it('without JavaScript links to the prerendered changes', async () => {
    const page = await open('/vagledningar/jamfor/', false);
    expect(await page.isVisible('#jamfor-form')).toBe(false);
    expect(await page.isVisible('#jamfor-utan-js')).toBe(true);
    expect(await page.locator('#fardiga ~ ul a[href="/vagledningar/vagledning-2004-2/andringar/6-till-7/"]').count()).toBe(1);
    await close(page);
  });
});

describe('pages without JavaScript', () => {
  it('renders the change between adjacent versions with the redline', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/andringar/6-till-7/', false);
    expect((await page.locator('main ins').allTextContents()).join(' ')).toContain('medicinska, sociala och arbetslivsinriktade');
    expect(await page.textContent('main')).toContain('Jämför beskrivningar, inte ordagrann lydelse');
    await close(page);
  });

  it('shows a version page with its passages in the table of contents, change redline, history link and selectable citation', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/version-13/', false);
    expect(await page.locator('starlight-toc a[href="#hela-ohalsoprocessen"]').count()).toBe(1);
    const passage = page.locator('#hela-ohalsoprocessen');
    expect(await passage.locator('del').textContent()).toContain('hela ohälsoprocessen');
    expect(await passage.locator('.copy-citation-text').textContent()).toContain('Vägledning 2004:2, version 13');
    expect(await passage.locator('.copy-citation-button').isVisible()).toBe(false);
    expect(await passage.locator('a[href="/vagledningar/vagledning-2004-2/lydelse/hela-ohalsoprocessen/"]').count()).toBe(1);
    await close(page);
  });

  it('shows the versions table with date ranges and hides the in-force form', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/', false);
    expect(await page.isVisible('#i-kraft-form')).toBe(false);
    expect(await page.textContent('#versioner ~ .table-scroll')).toContain('eller tidigare: version 8–10, som källorna inte beskriver');
    await close(page);
  });

  it('shows a passage history with unknown versions in between', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/lydelse/hela-ohalsoprocessen/', false);
    expect(await page.textContent('#version-7')).toContain('Okänd');
    expect(await page.locator('#version-13 del').textContent()).toContain('hela ohälsoprocessen');
    await close(page);
  });
});

describe('citation', () => {
  it('copies a passage citation with the full address', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.origin}/vagledningar/vagledning-2004-2/version-4/`, { waitUntil: 'networkidle' });
    await page.click('#hela-ohalsoprocessen .copy-citation-button');
    await page.waitForFunction(() => document.querySelector('#hela-ohalsoprocessen .copy-citation-done')!.textContent === 'Kopierad.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Vägledning 2004:2, version 4, ”Samordningsuppdraget löper över hela ohälsoprocessen” \(vägledningens egen lydelse\)\. Enligt .+, fotnot 24\. http:\/\/127\.0\.0\.1:\d+\/vagledningar\/vagledning-2004-2\/version-4\/#hela-ohalsoprocessen$/);
    await context.close();
  });
});

describe('in force on a date', () => {
  it('lists every version that could have applied when the dates do not settle it', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/?datum=2008-06-01');
    const answer = await page.textContent('#i-kraft-svar');
    expect(answer).toContain('kan någon av de här ha gällt');
    expect(answer).toContain('version 7');
    expect(answer).toContain('version 8–10');
    expect(answer).toContain('version 11');
    await close(page);
  });

  it('names the one version when it is certain', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/');
    await page.fill('#i-kraft-datum', '2010-06-01');
    await page.press('#i-kraft-datum', 'Enter');
    // 13 (21 December 2009) and 18 (2011) are known; versions 14–17 may lie between, so it is not certain.
    expect(await page.textContent('#i-kraft-svar')).toContain('version 14–17');
    await close(page);
  });
});

describe('open data and feed', () => {
  const json = async (path: string) => (await fetch(`${site.origin}${path}`)).json();

  it('publishes documents, versions, passages and concepts that validate against the schemas', async () => {
    const documents = await json('/data/dokument.json');
    const versions = await json('/data/versioner.json');
    const passages = await json('/data/lydelser.json');
    const concepts = await json('/data/begrepp.json');
    expect(documents.map((d: { id: string }) => d.id)).toContain('vagledning-2004-2');
    for (const d of documents) documentSchema.parse(d.data);
    for (const v of versions) versionSchema.parse(v.data);
    for (const p of passages) passageSchema.parse(p.data);
    for (const c of concepts) conceptSchema.parse(c.data);
    expect(versions.length).toBeGreaterThan(10);
    expect(passages.length).toBeGreaterThan(30);
  });

  it('publishes an Atom feed with one entry per change between adjacent versions', async () => {
    const page = await open('/vagledningar/');
    const feed = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch('/vagledningar/andringar.xml')).text(), 'application/xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        name: root.localName,
        ns: root.namespaceURI,
        entries: [...root.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')].map((e) => ({
          id: e.getElementsByTagName('id')[0]?.textContent,
          title: e.getElementsByTagName('title')[0]?.textContent,
          updated: e.getElementsByTagName('updated')[0]?.textContent,
          href: e.getElementsByTagName('link')[0]?.getAttribute('href'),
        })),
      };
    });
    expect(feed).toMatchObject({ error: 0, name: 'feed', ns: 'http://www.w3.org/2005/Atom' });
    expect(feed.entries.map((e) => e.href)).toContain('/vagledningar/vagledning-2004-2/andringar/6-till-7/');
    for (const e of feed.entries) {
      expect(e.id).toMatch(/^urn:/);
      expect(e.title).toBeTruthy();
      expect(Number.isNaN(Date.parse(e.updated!))).toBe(false);
      expect((await fetch(`${site.origin}${e.href}`)).status).toBe(200);
    }
    // 2004:2 has 9 known versions, 2015:1 and Process 2009:07 have 2 each.
    expect(feed.entries).toHaveLength(8 + 1 + 1);
    await close(page);
  });
});

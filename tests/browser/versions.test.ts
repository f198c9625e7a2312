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
  it('shows the 2007 clarification inserted between the report\'s renderings of version 6 and 7, framing left out, with the report\'s statement', async () => {
    const page = await open(compare('6', '7'));
    const row = page.locator('#jamforelse #sammanfogning-av-atgarder');
    expect(await row.getAttribute('data-change')).toBe('changed');
    const inserted = await row.locator('.redline-text ins').allTextContents();
    expect(inserted.join(' ')).toContain('medicinska, sociala och arbetslivsinriktade');
    expect(inserted.join(' ')).toContain('infogat:');
    const redline = await row.locator('.redline-text').textContent();
    expect(redline).not.toContain('I den tidigare skrivningen');
    expect(redline).not.toContain('Under 2007 görs');
    expect(await row.locator('.redline-label').textContent()).toContain('rapportens återgivningar (inte vägledningens egen lydelse)');
    // The change itself is the report's statement, quoted with its citation.
    expect(await row.locator('.annotations').textContent()).toContain('Under 2007 görs vidare ett förtydligande');
    await close(page);
  });

  it('shows hela ohälsoprocessen removed from version 4 to 13 on the source\'s word, and a passage not mentioned in 13 as unknown', async () => {
    const page = await open(compare('4', '13'));
    const removed = page.locator('#jamforelse #hela-ohalsoprocessen');
    expect(await removed.getAttribute('data-change')).toBe('removed');
    expect(await removed.textContent()).toContain('Saknas enligt källan, fanns i en tidigare version');
    expect(await removed.locator('.annotations').textContent()).toContain('fotnot 25');
    const unknown = page.locator('#jamforelse #centrala-verktyg');
    expect(await unknown.getAttribute('data-change')).toBe('unknown-in-b');
    expect(await unknown.textContent()).toContain('okänd i B');
    await close(page);
  });

  it('is chosen by keyboard, document then version, keeps the choice in the address, and the address reproduces the view', async () => {
    const page = await open('/vagledningar/jamfor/');
    // The page lists documents; a document's versions come with its line's data once it is chosen.
    expect(await page.locator('#jamfor-a option').allTextContents()).toEqual(['Välj ett dokument först']);
    await page.focus('#jamfor-a-dokument');
    await page.selectOption('#jamfor-a-dokument', 'vagledning-2004-2');
    await page.locator('#jamfor-a option[value="vagledning-2004-2/1"]').waitFor({ state: 'attached' });
    expect(await page.locator('#jamfor-a option').count()).toBe(1 + 9);
    await page.selectOption('#jamfor-a', 'vagledning-2004-2/1');
    await page.keyboard.press('Tab');
    await page.selectOption('#jamfor-b-dokument', 'vagledning-2015-1');
    await page.locator('#jamfor-b option[value="vagledning-2015-1/1"]').waitFor({ state: 'attached' });
    await page.selectOption('#jamfor-b', 'vagledning-2015-1/1');
    await page.focus('input[name="vy"][value="inline"]');
    await page.keyboard.press('ArrowRight');
    await page.focus('#jamfor-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#jamforelse')!.children.length > 0);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ a: 'vagledning-2004-2/1', b: 'vagledning-2015-1/1', vy: 'sida' });
    const shown = await page.innerHTML('#jamforelse');
    // Across the succession the same provision is followed: the report states initiativ- och samordningsansvar gone in 2015:1.
    const initiativ = page.locator('#jamforelse #initiativ-och-samordningsansvar');
    expect(await initiativ.getAttribute('data-change')).toBe('removed');
    expect(await initiativ.locator('.cmp-sides').count()).toBe(1);

    const fresh = await open(`${url.pathname}${url.search}`);
    expect(await fresh.innerHTML('#jamforelse')).toBe(shown);
    expect(await fresh.inputValue('#jamfor-a-dokument')).toBe('vagledning-2004-2');
    expect(await fresh.inputValue('#jamfor-a')).toBe('vagledning-2004-2/1');
    expect(await fresh.inputValue('#jamfor-b')).toBe('vagledning-2015-1/1');
    expect(await fresh.isChecked('input[name="vy"][value="sida"]')).toBe(true);
    await close(fresh);
    await close(page);
  });

  it('compares by date: names the versions in force on each date with their uncertainty, then compares them', async () => {
    const page = await open('/vagledningar/jamfor/');
    await page.selectOption('#datum-linje', 'vagledning-2004-2');
    await page.fill('#datum-a', '2010-06-01');
    await page.fill('#datum-b', '2017-06-01');
    await page.click('#datum-form button[type="submit"]');
    const answer = page.locator('#datum-svar');
    await answer.locator('p').nth(1).waitFor();
    expect(await answer.locator('p').first().textContent()).toContain('Den 1 juni 2010 kan någon av de här ha gällt');
    expect(await answer.locator('p').first().textContent()).toContain('version 14–17 av Vägledning 2004:2 (beskrivs inte i källorna)');
    // Several versions may have applied in 2017: every pair is offered, none picked.
    const pairs = await page.locator('#jamforelse li a').allTextContents();
    expect(pairs).toEqual(['Vägledning 2004:2, version 13 mot Vägledning 2015:1, version 1', 'Vägledning 2004:2, version 13 mot Vägledning 2015:1, version 11']);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ linje: 'vagledning-2004-2', 'datum-a': '2010-06-01', 'datum-b': '2017-06-01' });
    await close(page);
  });

  it('fetches only the compare data of the document lines it compares, from a bookmarked address too', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/data/')) fetched.push(pathname);
    });
    const shown = () => page.waitForFunction(() => document.querySelector('#jamforelse')!.children.length > 0 && !document.querySelector('#jamforelse[aria-busy]'));
    await page.goto(`${site.origin}/vagledningar/jamfor/`, { waitUntil: 'networkidle' });
    expect(fetched, 'nothing chosen yet').toEqual([]);

    await page.selectOption('#jamfor-a-dokument', 'process-2009-07');
    await page.locator('#jamfor-a option[value="process-2009-07/12"]').waitFor({ state: 'attached' });
    await page.selectOption('#jamfor-a', 'process-2009-07/12');
    await page.selectOption('#jamfor-b-dokument', 'process-2009-07');
    await page.locator('#jamfor-b option[value="process-2009-07/13"]').waitFor({ state: 'attached' });
    await page.selectOption('#jamfor-b', 'process-2009-07/13');
    await page.click('#jamfor-form button[type="submit"]');
    await shown();
    expect(fetched).toEqual(['/data/jamfor/process-2009-07.json']);

    // A bookmarked comparison within the 2004:2–2015:1 line: that line's file, once, for both of its documents.
    fetched.length = 0;
    await page.goto(`${site.origin}/vagledningar/jamfor/?a=vagledning-2004-2/1&b=vagledning-2015-1/1&vy=inline`, { waitUntil: 'networkidle' });
    await shown();
    expect(fetched).toEqual(['/data/jamfor/vagledning-2004-2.json']);
    expect(await page.locator('#jamforelse #initiativ-och-samordningsansvar').getAttribute('data-change')).toBe('removed');

    // Across two lines: both files, and no provision is shared.
    fetched.length = 0;
    await page.goto(`${site.origin}/vagledningar/jamfor/?a=vagledning-2004-2/13&b=process-2009-07/13&vy=inline`, { waitUntil: 'networkidle' });
    await shown();
    expect(fetched.sort()).toEqual(['/data/jamfor/process-2009-07.json', '/data/jamfor/vagledning-2004-2.json']);
    const changes = await page.locator('#jamforelse [data-change]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.change));
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes)).toEqual(new Set(['unknown-in-a', 'unknown-in-b']));

    // A bookmarked comparison by date: the line's file only.
    fetched.length = 0;
    await page.goto(`${site.origin}/vagledningar/jamfor/?linje=vagledning-2004-2&datum-a=2010-06-01&datum-b=2017-06-01&vy=inline`, { waitUntil: 'networkidle' });
    await page.locator('#datum-svar p').nth(1).waitFor();
    expect(fetched).toEqual(['/data/jamfor/vagledning-2004-2.json']);
    await context.close();
  });

  it('without JavaScript leads to the prerendered changes, on each document\'s page', async () => {
    const page = await open('/vagledningar/jamfor/', false);
    expect(await page.isVisible('#jamfor-form')).toBe(false);
    expect(await page.isVisible('#jamfor-utan-js')).toBe(true);
    expect(await page.locator('#fardiga ~ p a[href="/vagledningar/"]').count()).toBe(1);
    await close(page);
    const document = await open('/vagledningar/vagledning-2004-2/', false);
    expect(await document.locator('a[href="/vagledningar/vagledning-2004-2/andringar/6-till-7/"]').count()).toBeGreaterThan(0);
    await close(document);
  });
});

describe('pages without JavaScript', () => {
  it('renders the change between adjacent versions with the redline of the renderings', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/andringar/6-till-7/', false);
    expect((await page.locator('main .redline-text ins').allTextContents()).join(' ')).toContain('medicinska, sociala och arbetslivsinriktade');
    const text = await page.textContent('main');
    expect(text).toContain('rapportens återgivningar');
    expect(text).toContain('och B är version 7');
    expect(text).not.toContain('ärversion');
    await close(page);
  });

  it('shows on a change page what the sources attest, then one line for what they are silent about', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/andringar/11-till-2009-01/', false);
    const rows = await page.locator('main .cmp-row').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.change));
    expect(rows[0]).toBe('changed');
    const silent = page.locator('main details.cmp-silent');
    expect(await silent.count()).toBe(1);
    expect(await silent.locator('summary').textContent()).toMatch(/^Källorna säger inget om \d+ lydelser i den ena versionen$/);
    expect(await page.locator('main details.cmp-silent[open]').count()).toBe(0);
    await close(page);
  });

  it('shows a version page with its passages in the table of contents, the source\'s statement of the removal, history link and selectable citation', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/version-13/', false);
    expect(await page.locator('starlight-toc a[href="#hela-ohalsoprocessen"]').count()).toBe(1);
    const passage = page.locator('#hela-ohalsoprocessen');
    expect(await passage.getAttribute('data-change')).toBe('removed');
    expect(await passage.locator('.badge').first().textContent()).toBe('Saknas enligt källan');
    expect(await passage.locator('.annotations').textContent()).toContain('fotnot 25');
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

  it('shows hela ohälsoprocessen present from version 4 to 13 by the source\'s interval, then removed', async () => {
    const page = await open('/vagledningar/vagledning-2004-2/lydelse/hela-ohalsoprocessen/', false);
    const v7 = page.locator('[data-version="vagledning-2004-2/7"]');
    expect(await v7.getAttribute('data-evidence')).toBe('present');
    expect(await v7.textContent()).toContain('Finns kvar enligt källan');
    expect(await v7.textContent()).toContain('fotnot 24');
    expect(await page.locator('[data-version="vagledning-2004-2/13"]').getAttribute('data-change')).toBe('removed');
    expect(await page.locator('[data-version="vagledning-2004-2/18"]').getAttribute('data-evidence')).toBe('unknown');
    await close(page);
  });

  it('tells one story of initiativ- och samordningsansvar from both documents of the succession', async () => {
    const from2004 = await open('/vagledningar/vagledning-2004-2/lydelse/initiativ-och-samordningsansvar/', false);
    const from2015 = await open('/vagledningar/vagledning-2015-1/lydelse/initiativ-och-samordningsansvar/', false);
    const story = (page: Page) => page.locator('main [data-version]').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.version, (e as HTMLElement).dataset.evidence, (e as HTMLElement).dataset.change]));
    const told = await story(from2004);
    expect(await story(from2015)).toEqual(told);
    expect(told).toContainEqual(['vagledning-2004-2/1', 'quoted', 'first-known']);
    expect(told).toContainEqual(['vagledning-2015-1/1', 'absent', 'removed']);
    expect(await from2015.locator('main a[href="/vagledningar/vagledning-2004-2/lydelse/initiativ-och-samordningsansvar/"]').count()).toBe(1);
    await close(from2004);
    await close(from2015);
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

  it('publishes documents, versions, passages and concepts that validate against the schemas, one file of versions per document and of passages per document line', async () => {
    const documents = await json('/data/dokument.json');
    const versions = (await Promise.all(documents.map((d: { versions: string }) => json(d.versions)))).flat();
    const lines = [...new Set(documents.map((d: { passages: string }) => d.passages))];
    // 2004:2 and 2015:1 are one line, Process 2009:07 another.
    expect(lines.sort()).toEqual(['/data/lydelser/process-2009-07.json', '/data/lydelser/vagledning-2004-2.json']);
    const passages = (await Promise.all(lines.map((url) => json(url as string)))).flat();
    const concepts = await json('/data/begrepp.json');
    expect(documents.map((d: { id: string }) => d.id)).toContain('vagledning-2004-2');
    for (const d of documents) documentSchema.parse(d.data);
    for (const v of versions) versionSchema.parse(v.data);
    // Each thread's records are passages as recorded, with where they stand.
    for (const t of passages) for (const { document: _d, version: _v, cite: _c, url: _u, presentUntilCite: _p, ...record } of t.records) passageSchema.parse(record);
    for (const c of concepts) conceptSchema.parse(c.data);
    expect(versions.length).toBeGreaterThan(10);
    expect(passages.length).toBeGreaterThan(25);
  });

  it('publishes an Atom feed with one entry per change between adjacent versions and per listed guide change', async () => {
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
    // 2004:2 has 9 known versions, 2015:1 and Process 2009:07 have 2 each; two guides list one change each.
    expect(feed.entries.filter((e) => e.id!.includes(':andring:'))).toHaveLength(8 + 1 + 1);
    expect(feed.entries.filter((e) => e.id!.includes(':guide:')).map((e) => e.href).sort()).toEqual(guidesWithChanges.map(([path]) => path).sort());
    await close(page);
  });

  it('shows a guide\'s latest change at its foot, and all of them a click away', async () => {
    for (const [path, date] of guidesWithChanges) {
      const page = await open(path);
      const foot = page.locator('.guide-changes');
      expect(await foot.locator('p').textContent(), path).toMatch(new RegExp(`^Senast ändrad ${date}: Rättat `));
      await foot.locator('summary').click();
      expect(await foot.locator('li').count(), path).toBe(1);
      await close(page);
    }
  });
});

/** The guides whose front matter lists a change, with the change's date as printed (from the repository's history). */
const guidesWithChanges = [
  ['/moten-och-verktyg/avstamningsmotet/', '1 december 2026'],
  ['/samordning/kundfloden/', '1 december 2026'],
];

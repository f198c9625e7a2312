/**
 * The timeline and the statistics page in a real browser: the marks sit at
 * the versions and dates the sources give, the keyboard moves between marks
 * and opens their detail, the table holds the same marks as the drawing, the
 * marks work as plain links without JavaScript, and every statistics table
 * has its chart, table and CSV link.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';

const TIMELINE = '/tidslinje/samordningsansvar/';
const CONTENT = process.env.CONTENT_DIR ?? 'content';

const site = useSiteInBrowser();

async function open(path: string, javaScriptEnabled = true, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return page;
}

const activeMark = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.mark);

describe('the summary of the shift', () => {
  it('names both formulations with their versions and years, each linked to its evidence, and says which is the report\'s rendering', async () => {
    const page = await open(TIMELINE);
    const items = page.locator('.shift [data-shift]');
    expect(await items.count()).toBe(2);
    const [from, to] = [items.nth(0), items.nth(1)];
    expect(await from.locator('.shift-phrase').textContent()).toBe('”initiativ- och samordningsansvar”');
    expect(await from.textContent()).toMatch(/2004\s*Vägledning 2004:2, version 1/);
    expect(await from.textContent()).toContain('Vägledningens egen lydelse, ordagrant');
    expect(await from.locator('.shift-phrase a').getAttribute('href')).toBe('/vagledningar/vagledning-2004-2/version-1/#initiativ-och-samordningsansvar');
    // The removal is the source's statement, linked to the record and cited.
    const removal = from.locator('[data-later="removed"]');
    expect(await removal.textContent()).toMatch(/Saknas enligt källan, fanns i en tidigare version: Vägledning 2015:1, version 1 \(2015\)\. Källans uppgift/);
    expect(await removal.locator('a[data-evidence-link]').getAttribute('href')).toBe('/vagledningar/vagledning-2015-1/version-1/#initiativ-och-samordningsansvar');
    expect(await removal.textContent()).toContain('icke-skrivningar');

    expect(await to.locator('.shift-phrase').textContent()).toBe('samordnings- och tillsynsansvar');
    expect(await to.textContent()).toMatch(/2015\s*Vägledning 2015:1, version 1/);
    expect(await to.textContent()).toContain('Rapportens återgivning, inte vägledningens egna ord');
    expect(await to.locator('.shift-phrase a').getAttribute('href')).toBe('/vagledningar/vagledning-2015-1/version-1/#samordnings-och-tillsynsansvar');
    // Every evidence link leads to a passage that is on its page.
    for (const href of await page.locator('.shift a[data-evidence-link]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
      const target = await open(href);
      expect(await target.locator(`[id="${href.split('#')[1]}"]`).count(), href).toBe(1);
      await target.context().close();
    }
    await page.context().close();
  });
});

describe('the timeline', () => {
  it('fits the lanes of 2004–2021 in one screen at 1280 × 800, with every year in view', async () => {
    const page = await open(TIMELINE);
    const drawing = await page.locator('[data-timeline] .tl-scroll').evaluate((el) => ({ height: el.getBoundingClientRect().height, scroll: el.scrollWidth, client: el.clientWidth }));
    // One screen: the viewport below the site's header.
    const available = await page.evaluate(() => innerHeight - document.querySelector('header')!.getBoundingClientRect().height);
    expect(drawing.height).toBeLessThanOrEqual(available);
    expect(drawing.scroll).toBeLessThanOrEqual(drawing.client);
    expect(await page.locator('[data-timeline] [data-swipe]').isVisible()).toBe(false);
    // The detail list and tables are collapsed: the page is a few screens, not tens of thousands of pixels.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
    await page.context().close();
  });

  it('at 390 px hides no year range without a visible cue that names it, also further down the lanes', async () => {
    const page = await open(TIMELINE, true, { width: 390, height: 844 });
    const scroller = page.locator('[data-timeline] .tl-scroll');
    const cue = page.locator('[data-timeline] [data-swipe]');
    const hiddenYears = () =>
      page.evaluate(() => {
        const s = document.querySelector<HTMLElement>('[data-timeline] .tl-scroll')!.getBoundingClientRect();
        return [...document.querySelectorAll<SVGTextElement>('[data-timeline] .year-scale text')]
          .filter((t) => {
            const b = t.getBoundingClientRect();
            return b.right > s.right || b.left < s.left;
          })
          .map((t) => t.textContent);
      });
    const hidden = await hiddenYears();
    expect(hidden.length).toBeGreaterThan(0);
    expect(await cue.isVisible()).toBe(true);
    expect(await cue.textContent()).toContain(`svep åt vänster för`);
    expect(await cue.textContent()).toContain(`–${hidden.at(-1)}`);
    // A lane whose marks are all out of view says so beside its name.
    expect(await page.locator('[data-lane="samordnings-och-tillsynsansvar"] [data-offscreen]').textContent()).toMatch(/\d →/);
    // The cue stays in view while the reader scrolls down to the later lanes.
    await page.locator('[data-lane="kundfloden-och-behovsbedomning"] .tl-label').scrollIntoViewIfNeeded();
    const box = await cue.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844).toBe(true);
    // Scrolled to the end, the cue names the years now out of view on the left.
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-timeline] [data-swipe]')!.textContent!.includes('åt höger'));
    expect(await cue.textContent()).toContain('svep åt höger för 2004–');
    await page.context().close();
  });

  it('draws "hela ohälsoprocessen" from version 4 (2006-03-10) until version 13 (2009-12-21) from the source\'s interval statement', async () => {
    const page = await open(TIMELINE);
    const lane = page.locator('[data-timeline] .tl-lane[data-lane="hela-ohalsoprocessen"]');
    const marks = await lane.locator('[data-mark]').evaluateAll((els) => els.map((e) => ({ ...(e as HTMLElement).dataset })));
    expect(marks.map((m) => [m.document, m.version, m.date, m.change])).toEqual([
      ['vagledning-2004-2', '4', '2006-03-10', 'added'],
      ['vagledning-2004-2', '13', '2009-12-21', 'removed'],
    ]);
    const interval = await lane.locator('[data-segment="interval"]').evaluateAll((els) =>
      els.map((e) => ({ from: (e as SVGElement).dataset.from, to: (e as SVGElement).dataset.to, x: Number(e.getAttribute('x')), width: Number(e.getAttribute('width')) })),
    );
    expect(interval).toHaveLength(1);
    expect([interval[0].from, interval[0].to]).toEqual(['4', '13']);
    expect(interval[0].x).toBeCloseTo(Number(marks[0].x), 0);
    expect(interval[0].x + interval[0].width).toBeCloseTo(Number(marks[1].x), 0);
    expect(await lane.locator('[data-segment="absent"]').count()).toBe(0);
    expect(await page.locator('[data-timeline] .tl-legend').first().textContent()).toContain('Finns enligt källans intervall');
    await page.context().close();
  });

  it('draws a version known only to the year, or only by one bound, as a span and never as a day', async () => {
    const page = await open(TIMELINE);
    const all = await page.locator('[data-timeline] [data-mark][data-version]').evaluateAll((els) =>
      els.map((e) => {
        const r = e.querySelector('rect.range');
        return { ...(e as HTMLElement).dataset, ranges: e.querySelectorAll('rect.range').length, width: r ? r.getBoundingClientRect().width : 0 } as Record<string, string | number | undefined>;
      }),
    );
    const v7 = all.find((m) => m.document === 'vagledning-2004-2' && m.version === '7')!;
    expect(v7).toMatchObject({ earliest: '2007-01-01', latest: '2007-12-31', uncertain: '', ranges: 1 });
    expect(v7.date).toBeUndefined();
    // Process 2009:07 version 12 is only known to be no later than April 2019: a span from the axis start, not a point.
    const v12 = all.find((m) => m.document === 'process-2009-07' && m.version === '12')!;
    expect(v12).toMatchObject({ latest: '2019-04-30', ranges: 1 });
    expect(v12.earliest).toBeUndefined();
    const perYear = await page.evaluate(() => document.querySelector('[data-timeline] .year-scale')!.getBoundingClientRect().width / 18);
    expect(Number(v12.width)).toBeGreaterThan(10 * perYear);
    for (const m of all) expect(m.ranges).toBe(m.date ? 0 : 1);
    await page.context().close();
  });

  it('shows a mark\'s wording and kind of evidence on hover and on keyboard focus', async () => {
    const page = await open(TIMELINE);
    const tip = page.locator('[data-timeline] .tl-tip');
    await page.locator('[data-mark="hela-ohalsoprocessen--vagledning-2004-2--4"] .target').hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('Vägledningens egen lydelse, ordagrant');
    expect(await tip.textContent()).toContain('”Försäkringskassans samordningsuppdrag omfattar');

    await page.mouse.move(0, 0);
    await page.locator('[data-mark="samordnings-och-tillsynsansvar--vagledning-2015-1--1"]').focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('Rapportens återgivning av lydelsen');
    expect(await tip.textContent()).toContain('Försäkringskassan har ett samordnings- och tillsynsansvar');
    expect(await page.locator('[data-mark="samordnings-och-tillsynsansvar--vagledning-2015-1--1"]').getAttribute('aria-describedby')).toBe('tidslinje-tip');
    await page.keyboard.press('ArrowLeft');
    expect(await tip.textContent()).not.toContain('samordnings- och tillsynsansvar');
    await page.context().close();
  });

  it('moves between marks with the arrow keys, one tab stop, and opens the detail with Enter', async () => {
    const page = await open(TIMELINE);
    const marks = await page.locator('[data-timeline] [data-mark]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.mark));
    expect(await page.locator('[data-timeline] [data-mark][tabindex="0"]').count()).toBe(1);

    await page.locator('[data-timeline] .tl-scroll').focus();
    await page.keyboard.press('Tab');
    expect(await activeMark(page)).toBe(marks[0]);
    await page.keyboard.press('ArrowRight');
    expect(await activeMark(page)).toBe(marks[1]);
    await page.keyboard.press('ArrowLeft');
    expect(await activeMark(page)).toBe(marks[0]);
    await page.keyboard.press('End');
    expect(await activeMark(page)).toBe(marks.at(-1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const below = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.lane);
    expect(below).not.toBe(await page.locator(`[data-mark="${marks[0]}"]`).getAttribute('data-lane'));
    expect(await page.locator('[data-timeline] [data-mark][tabindex="0"]').count()).toBe(1);

    const v4 = page.locator('[data-mark="hela-ohalsoprocessen--vagledning-2004-2--4"]');
    await v4.focus();
    const panel = page.locator('[data-timeline] .tl-panel');
    expect(await panel.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('Det innebär att samordningsuppdraget löper över hela ohälsoprocessen.');
    expect(await panel.textContent()).toContain('Vägledningens egen lydelse');
    expect(await panel.textContent()).toContain('finns enligt källan fram till version 13');
    expect(await panel.locator('a[href="/vagledningar/vagledning-2004-2/version-4/#hela-ohalsoprocessen"]').count()).toBe(1);
    expect(await activeMark(page)).toBe('hela-ohalsoprocessen--vagledning-2004-2--4');

    await page.keyboard.press('ArrowRight');
    expect(await activeMark(page)).toBe('hela-ohalsoprocessen--vagledning-2004-2--13');
    await page.keyboard.press('Enter');
    expect(await panel.textContent()).toContain('Källan anger att lydelsen inte finns i den här versionen.');
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    await page.context().close();
  });

  it('has a table with the same marks as the drawing, and every event numbered in the key', async () => {
    const page = await open(TIMELINE);
    const drawn = await page.locator('[data-timeline] [data-mark]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.mark).sort());
    const rows = await page.locator('[data-mark-row]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.markRow).sort());
    expect(drawn.length).toBeGreaterThan(20);
    expect(rows).toEqual(drawn);
    const events = readdirSync(`${CONTENT}/events`).filter((f) => f.endsWith('.yaml')).length;
    expect(drawn.filter((m) => m!.startsWith('handelse-'))).toHaveLength(events);
    expect(await page.locator('[data-timeline] .tl-event-key li').count()).toBe(events);
    await page.context().close();
  });

  it('works without JavaScript: a mark is a link to its detail, which the browser opens', async () => {
    const page = await open(TIMELINE, false);
    const mark = page.locator('[data-mark="hela-ohalsoprocessen--vagledning-2004-2--13"]');
    const href = await mark.getAttribute('href');
    await mark.click();
    expect(new URL(page.url()).hash).toBe(href);
    const detail = page.locator(href!);
    expect(await detail.textContent()).toMatch(/Saknas.*fanns (i en )?tidigare/);
    expect(await detail.isVisible()).toBe(true);
    await page.context().close();
  });

  it('draws the meetings per half-year 2011–2019', async () => {
    const page = await open(TIMELINE);
    const bars = page.locator('[data-timeline] [data-lane="moten"] svg[role="img"] rect.bar');
    expect(await bars.count()).toBe(18 * 2);
    expect(await bars.first().locator('title').textContent()).toMatch(/^2011, halvår 1: Avstämningsmöten 41\s926$/);
    await page.context().close();
  });
});

describe('the statistics page', () => {
  it('prints the tables\' numbers the Swedish way: a space between thousands, years left as they are', async () => {
    const page = await open('/statistik/');
    const cells = await page.locator('table td.num').allTextContents();
    expect(cells).toContain('41\u00a0926');
    expect(cells.filter((c) => /^\d{5,}$/.test(c))).toEqual([]);
    expect(cells).toContain('2011');
    await page.context().close();
  });

  it('has one chart, one table and one CSV link per statistics record, and no placeholder as data', async () => {
    const page = await open('/statistik/');
    const records = readdirSync(`${CONTENT}/statistics`).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    const sections = page.locator('[data-statistic]');
    expect(await sections.count()).toBe(records.length);
    for (const id of records) {
      const section = page.locator(`[data-statistic="${id}"]`);
      expect(await section.locator('figure.stat-chart > svg[role="img"]').count(), id).toBe(1);
      expect(await section.locator('figure.stat-chart > svg[role="img"] title').first().textContent(), id).toBeTruthy();
      // Each chart says what it shows first, in a sentence with its source.
      expect(await section.locator('.stat-finding .ref, .stat-finding cite, .stat-finding a').count(), id).toBeGreaterThan(0);
      expect(await section.locator('table').count(), id).toBe(1);
      const csv = section.locator('a[data-csv]');
      expect(await csv.count(), id).toBe(1);
      const response = await page.request.get(`${site.origin}${await csv.getAttribute('href')}`);
      expect(response.status(), id).toBe(200);
    }
    const data = (await page.locator('[data-statistic] table, [data-statistic] figure').allTextContents()).join('\n');
    expect(data).not.toMatch(/xxx|skall uppdateras/i);
    await page.context().close();
  });

  it('states the meetings\' main finding from the table, and draws the trend over the years before the half-years', async () => {
    const page = await open('/statistik/');
    const meetings = page.locator('[data-statistic="avstamningsmoten-halvarsvis-2011-2019"]');
    // The table's whole-year rows: 77 746 in 2011, 39 863 in 2019, most in 2013 (103 553).
    expect(await meetings.locator('.stat-finding').textContent()).toMatch(
      /Avstämningsmöten minskade från 77\s746 år 2011 till 39\s863 år 2019, och var flest år 2013 med 103\s553\./,
    );
    const figures = await meetings.locator('figure').evaluateAll((fs) => fs.map((f) => f.className.split(' ')[0]));
    expect(figures).toEqual(['stat-trend', 'stat-chart']);
    expect(await meetings.locator('.stat-trend circle').count()).toBe(9 * 2);
    expect(await meetings.locator('.stat-trend circle title').first().textContent()).toMatch(/^2011, Avstämningsmöten: 77\s746$/);
    await page.context().close();
  });

  it('publishes no table the source marks as to be updated, and shows the disagreements between text and table', async () => {
    const page = await open('/statistik/');
    // AMiA Syd's Tabell 1 is headed "(skall uppdateras)": a placeholder, not data.
    expect(await page.locator('[data-statistic^="amia-syd"]').count()).toBe(0);
    const meetings = page.locator('[data-statistic="avstamningsmoten-halvarsvis-2011-2019"]');
    expect(await meetings.locator('h3', { hasText: 'Där texten och tabellen skiljer sig' }).count()).toBe(1);
    expect(await meetings.locator('figure.stat-chart').textContent()).toMatch(/16\s151 \*/);
    await page.context().close();
  });
});

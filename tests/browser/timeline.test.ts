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

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return page;
}

const activeMark = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.mark);

describe('the timeline', () => {
  it('draws "hela ohälsoprocessen" from version 4 (2006-03-10), inferred, until version 13 (2009-12-21) removes it', async () => {
    const page = await open(TIMELINE);
    const lane = page.locator('[data-timeline] .tl-lane[data-lane="hela-ohalsoprocessen"]');
    const marks = await lane.locator('[data-mark]').evaluateAll((els) => els.map((e) => ({ ...(e as HTMLElement).dataset })));
    expect(marks.map((m) => [m.document, m.version, m.date, m.change])).toEqual([
      ['vagledning-2004-2', '4', '2006-03-10', 'först-känd'],
      ['vagledning-2004-2', '13', '2009-12-21', 'borttagen'],
    ]);
    const inferred = await lane.locator('[data-segment="inferred"]').evaluateAll((els) =>
      els.map((e) => ({ from: (e as SVGElement).dataset.from, to: (e as SVGElement).dataset.to, x: Number(e.getAttribute('x')), width: Number(e.getAttribute('width')) })),
    );
    expect(inferred).toHaveLength(1);
    expect([inferred[0].from, inferred[0].to]).toEqual(['4', '13']);
    // The hatched stretch runs from the mark of version 4 to the mark of version 13.
    expect(inferred[0].x).toBeCloseTo(Number(marks[0].x), 0);
    expect(inferred[0].x + inferred[0].width).toBeCloseTo(Number(marks[1].x), 0);
    await page.context().close();
  });

  it('draws a version known only to the year, or only by its bounds, as a range and never as a day', async () => {
    const page = await open(TIMELINE);
    const uncertain = await page.locator('[data-timeline] [data-mark][data-version]').evaluateAll((els) =>
      els.map((e) => ({ ...(e as HTMLElement).dataset, ranges: e.querySelectorAll('rect.range').length }) as Record<string, string | number | undefined>),
    );
    const v7 = uncertain.find((m) => m.document === 'vagledning-2004-2' && m.version === '7')!;
    expect(v7).toMatchObject({ earliest: '2007-01-01', latest: '2007-12-31', uncertain: '', ranges: 1 });
    expect(v7.date).toBeUndefined();
    const v6 = uncertain.find((m) => m.document === 'vagledning-2004-2' && m.version === '6')!;
    expect(v6).toMatchObject({ earliest: '2006-03-10', latest: '2007-12-31', ranges: 1 });
    for (const m of uncertain) expect(m.ranges).toBe(m.date ? 0 : 1);
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

  it('has a table with the same marks as the drawing', async () => {
    const page = await open(TIMELINE);
    const drawn = await page.locator('[data-timeline] [data-mark]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.mark).sort());
    const rows = await page.locator('[data-mark-row]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.markRow).sort());
    expect(drawn.length).toBeGreaterThan(20);
    expect(rows).toEqual(drawn);
    expect(drawn.filter((m) => m!.startsWith('handelse-'))).toHaveLength(readdirSync(`${CONTENT}/events`).filter((f) => f.endsWith('.yaml')).length);
    await page.context().close();
  });

  it('works without JavaScript: a mark is a link to its detail on the page', async () => {
    const page = await open(TIMELINE, false);
    const mark = page.locator('[data-mark="hela-ohalsoprocessen--vagledning-2004-2--13"]');
    const href = await mark.getAttribute('href');
    await mark.click();
    expect(new URL(page.url()).hash).toBe(href);
    expect(await page.locator(href!).textContent()).toContain('Borttagen');
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
  it('has one chart, one table and one CSV link per statistics record, and no placeholder as data', async () => {
    const page = await open('/statistik/');
    const records = readdirSync(`${CONTENT}/statistics`).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    const sections = page.locator('[data-statistic]');
    expect(await sections.count()).toBe(records.length);
    for (const id of records) {
      const section = page.locator(`[data-statistic="${id}"]`);
      expect(await section.locator('figure svg[role="img"]').count(), id).toBe(1);
      expect(await section.locator('figure svg[role="img"] title').first().textContent(), id).toBeTruthy();
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

  it('shows a cell the source leaves empty as "uppgift saknas", and the disagreements between text and table', async () => {
    const page = await open('/statistik/');
    const amia = page.locator('[data-statistic="amia-syd-inskrivna-utskrivna"] table tr', { hasText: 'Totalt' });
    expect(await amia.locator('td').last().textContent()).toBe('uppgift saknas');
    const meetings = page.locator('[data-statistic="avstamningsmoten-halvarsvis-2011-2019"]');
    expect(await meetings.locator('h3', { hasText: 'Där texten och tabellen skiljer sig' }).count()).toBe(1);
    expect(await meetings.locator('figure').textContent()).toMatch(/16\s151 \*/);
    await page.context().close();
  });
});

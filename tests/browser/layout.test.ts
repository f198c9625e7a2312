/**
 * Nothing a reader needs is cut off, and numbers read the Swedish way: one
 * page of every template at 1280 × 800 and 390 × 844, in both themes.
 *
 * Clipped: an element of the main content reaches outside an ancestor whose
 * overflow is hidden (or an element with hidden overflow holds more than it
 * shows). Out of reach: it reaches outside the viewport, or outside a scroll
 * container, and that scroll container is not a labelled, focusable region
 * (role="region", aria-label, tabindex="0") a keyboard user can scroll.
 * A table's caption in such a region is read without scrolling: it stays
 * within the region's visible width.
 *
 * Unformatted number: a run of five or more digits standing on its own. A
 * run of digits joined to another by ":", "/", "-", "–", "." or "_", or to a
 * letter, is an identifier (2004:2, 2026-12-01, 3.2.1, an SFS or case number),
 * not a quantity, and decimals are digits after a comma; both are left alone.
 * Years have four digits and so never match.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';

/** One page of each template; the guides are those with a process diagram and with terms. */
const TEMPLATES = [
  '/',
  '/moten-och-verktyg/avstamningsmotet/',
  '/samordning/samordningsuppdraget/',
  '/vagledningar/',
  '/vagledningar/vagledning-2004-2/',
  '/vagledningar/vagledning-2004-2/version-7/',
  '/vagledningar/vagledning-2004-2/lydelse/hela-ohalsoprocessen/',
  '/vagledningar/vagledning-2004-2/andringar/6-till-7/',
  '/vagledningar/jamfor/?a=vagledning-2004-2/6&b=vagledning-2004-2/7&vy=sida',
  '/vagledningar/jamfor/?a=vagledning-2004-2/6&b=vagledning-2004-2/7&vy=inline',
  '/vagledningar/jamfor/?linje=vagledning-2004-2&datum-a=2006-01-01&datum-b=2016-01-01&vy=sida',
  '/tidslinje/samordningsansvar/',
  '/statistik/',
  '/processer/',
  '/processer/avstamningsmote/',
  '/begrepp/',
  '/kallor/',
  '/sok/?q=avst%C3%A4mningsm%C3%B6te',
  '/om/',
  '/finns-inte/',
];

/** A run of five or more digits not joined to a letter, a digit or an identifier's separator. */
const UNFORMATTED_NUMBER = /(?<![\p{L}\d:/\-–._])(?<!\d,)\d{5,}(?![\p{L}\d:/\-–_]|[.,]\d)/u;

interface Finding {
  problem: string;
  element: string;
}

/** Runs in the page: every element of the main content that is clipped or out of reach. */
function findCutOff(): Finding[] {
  const main = document.querySelector('main');
  if (!main) return [{ problem: 'no main element', element: 'body' }];
  const describe = (e: Element) =>
    `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
  const overflowOf = (e: Element) => {
    const s = getComputedStyle(e);
    return [s.overflowX, s.overflowY];
  };
  const scrolls = (v: string) => v === 'auto' || v === 'scroll';
  const hides = (v: string) => v === 'hidden' || v === 'clip';
  const labelled = (e: Element) => e.getAttribute('role') === 'region' && Boolean(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')) && e.getAttribute('tabindex') === '0';
  /** Visually hidden on purpose (text for screen readers), or not drawn at all. */
  const unseen = (e: Element, r: DOMRect) => {
    const s = getComputedStyle(e);
    return r.width <= 1 || r.height <= 1 || s.visibility !== 'visible' || s.clipPath !== 'none' || (s.clip !== 'auto' && s.position === 'absolute');
  };
  const findings: Finding[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) findings.push({ problem: `the page scrolls sideways (${document.documentElement.scrollWidth} px)`, element: 'html' });
  const elements = [main, ...main.querySelectorAll('*')].filter((e) => !e.closest('svg') || e.tagName === 'svg');
  for (const e of elements) {
    const r = e.getBoundingClientRect();
    if (unseen(e, r)) continue;
    const [ox, oy] = overflowOf(e);
    if ((hides(ox) && e.scrollWidth > e.clientWidth + 1) || (hides(oy) && e.scrollHeight > e.clientHeight + 1)) {
      findings.push({ problem: `holds more than it shows (${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight})`, element: describe(e) });
    }
    if ((scrolls(ox) && e.scrollWidth > e.clientWidth + 1) || (scrolls(oy) && e.scrollHeight > e.clientHeight + 1)) {
      if (!labelled(e)) findings.push({ problem: 'scrolls without being a labelled, focusable region', element: describe(e) });
    }
    let scroller: Element | undefined;
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      const [ax, ay] = overflowOf(a);
      if (ax === 'visible' && ay === 'visible') continue;
      const box = a.getBoundingClientRect();
      const outside = r.left < box.left - 1 || r.right > box.right + 1 || (hides(ay) && (r.top < box.top - 1 || r.bottom > box.bottom + 1));
      if (!outside) continue;
      if (hides(ax) || hides(ay)) findings.push({ problem: `cut off by ${describe(a)}`, element: describe(e) });
      else scroller = a;
      break;
    }
    if (!scroller && (r.right > width + 1 || r.left < -1)) findings.push({ problem: `reaches past the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${width} px)`, element: describe(e) });
  }
  // A table's caption names what the region holds, so it is read without scrolling: it stays within the visible width.
  for (const caption of main.querySelectorAll('[role="region"] caption')) {
    const [r, box] = [caption.getBoundingClientRect(), caption.closest('[role="region"]')!.getBoundingClientRect()];
    if (!unseen(caption, r) && (r.left < box.left - 1 || r.right > box.right + 1)) findings.push({ problem: 'a caption wider than its scroll region shows', element: describe(caption) });
  }
  // One finding per element is enough to read; the first ones say where to look.
  return findings.slice(0, 12);
}

/** Runs in the page: each glossary term's meaning, shown by focusing the term, that runs off the screen. */
function findTipsOffScreen(): Finding[] {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('main .term')].flatMap((term) => {
    term.querySelector('a')!.focus();
    const r = term.querySelector('.term-tip')!.getBoundingClientRect();
    return r.left < 0 || r.right > width ? [{ problem: `shows its meaning at ${Math.round(r.left)}–${Math.round(r.right)} px of ${width}`, element: `term "${term.querySelector('a')!.textContent}"` }] : [];
  });
}

const site = useSiteInBrowser();

async function visit(page: Page, path: string) {
  await page.goto(`${site.origin}${path}`);
  // The pages that draw their main content in the browser: wait until they have.
  if (path.startsWith('/sok/')) await page.waitForSelector('#sokresultat > li', { timeout: 15_000 });
  if (path.startsWith('/vagledningar/jamfor/')) await page.waitForSelector('#jamforelse > *', { timeout: 15_000 });
}

describe('every template at desktop and phone width, in both themes', () => {
  for (const [name, viewport] of [['1280 × 800', { width: 1280, height: 800 }], ['390 × 844', { width: 390, height: 844 }]] as const) {
    it(`${name}: nothing in the main content is cut off, and numbers of five or more digits are grouped`, async () => {
      // The service worker's precache would only slow the visits down.
      const context = await site.browser.newContext({ viewport, serviceWorkers: 'block' });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of TEMPLATES) {
        await visit(page, path);
        // Each theme on the loaded page, switched as Starlight's theme control switches it: loading every page twice would double the time.
        for (const theme of ['light', 'dark']) {
          await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
          for (const f of [...(await page.evaluate(findCutOff)), ...(await page.evaluate(findTipsOffScreen))]) problems.push(`${path} (${theme}): ${f.element} ${f.problem}`);
        }
        const text = await page.locator('main').innerText();
        const number = UNFORMATTED_NUMBER.exec(text);
        if (number) problems.push(`${path}: "${text.slice(Math.max(0, number.index - 30), number.index + 30)}" prints ${number[0]} without a thousands separator`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('tells an identifier from a quantity', () => {
    for (const quantity of ['41926 möten', 'totalt 77746.', '(12345)', 'är 100000, och']) expect(UNFORMATTED_NUMBER.test(quantity), quantity).toBe(true);
    for (const name of ['41 926', '41\u00a0926', '41\u202f926', '2004:2', '2026-12-01', 'SFS 2010:110', 'Dnr 2019/00123', 'dnr 004146–2019', '31,94567', 'avsnitt 3.2.1', '2011', '12,5 procent', 'id abc12345']) {
      expect(UNFORMATTED_NUMBER.test(name), name).toBe(false);
    }
  });
});

describe('long words in titles on a phone', () => {
  it('break at a syllable, with a hyphen, and copy and search give the word as written', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/samordning/rehabiliteringskedjan/`);
    // The title's one word is wider than the phone: it takes two lines, and the break falls after a soft hyphen.
    const lines = await page.evaluate(() => {
      const text = document.querySelector('h1')!.firstChild!;
      const range = document.createRange();
      const starts: number[] = [];
      let top = -1;
      for (let i = 0; i < text.textContent!.length; i++) {
        // A soft hyphen has no place of its own on a line, except as the hyphen at a break.
        if (text.textContent![i] === '\u00ad') continue;
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        // A character just after a break also reports an empty box at the end of the line before.
        const rect = [...range.getClientRects()].at(-1);
        if (rect && Math.round(rect.top) !== top) {
          top = Math.round(rect.top);
          starts.push(i);
        }
      }
      return starts.map((s) => text.textContent!.slice(s - 1, s));
    });
    expect(lines.length).toBe(2);
    expect(lines[1]).toBe('\u00ad');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Rehabiliteringskedjan');
    await page.goto(`${site.origin}/sok/?q=rehabiliteringskedjan`);
    const first = page.locator('#sokresultat > li > a').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('Rehabiliteringskedjan');
    await context.close();
  });
});

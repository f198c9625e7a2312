/**
 * The built site in a real browser: every page loads cleanly and stays on
 * this origin, every link and anchor resolves, and axe finds no violation on
 * any page template in either theme.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeOnPage } from '../support/axe.ts';
import { SITE_DIR, useSiteInBrowser } from '../support/browser.ts';
import { builtPages, idsIn, linksIn, pageHtml } from '../support/site-files.ts';


const site = useSiteInBrowser();

/** Opens a page and records console errors, failed requests and requests to other hosts. */
async function visit(page: Page, path: string) {
  const problems: string[] = [];
  const onConsole = (m: { type: () => string; text: () => string }) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  };
  const onRequest = (r: { url: () => string }) => {
    if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) problems.push(`request to another host: ${r.url()}`);
  };
  const onFailed = (r: { url: () => string; failure: () => { errorText: string } | null }) => {
    // Chromium fetches the favicon on its own schedule and cancels it when the next page opens; a slow machine makes that a race.
    if (r.url() === `${site.origin}/favicon.svg` && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
  };
  const onResponse = (r: { url: () => string; status: () => number }) => {
    if (r.status() >= 400 && r.url() !== `${site.origin}${path}`) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  problems.push(...violations.map((v) => `CSP violation: ${v}`));
  page.off('console', onConsole);
  page.off('request', onRequest);
  page.off('requestfailed', onFailed);
  page.off('response', onResponse);
  return { status: response?.status(), problems };
}

const pages = builtPages(SITE_DIR);

describe('every page', () => {
  it('the site has pages to test', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('loads with no console error, no failed request, no CSP violation and no request to another host', async () => {
    // The offline test covers the service worker; here every request should reach the network.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
    });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of pages) {
      const { status, problems } = await visit(page, path);
      if (status !== 200) failures.push(`${path}: HTTP ${status}`);
      failures.push(...problems.map((p) => `${path}: ${p}`));
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  it('answers an unknown address with the Swedish 404 page', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.origin}/finns-inte/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('main')).toContain('Sidan hittades inte');
    await page.close();
  });

  it('carries a Content Security Policy that allows only this origin', () => {
    const missing = pages.filter((p) => !/<meta http-equiv="Content-Security-Policy" content="default-src 'self';/.test(pageHtml(SITE_DIR, p)));
    expect(missing).toEqual([]);
  });

  it('has every href, src and #anchor resolving within the site', () => {
    const broken: string[] = [];
    const idsCache = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!idsCache.has(path)) idsCache.set(path, idsIn(pageHtml(SITE_DIR, path)));
      return idsCache.get(path)!;
    };
    for (const path of pages) {
      for (const link of linksIn(pageHtml(SITE_DIR, path))) {
        if (/^(mailto:|data:)/.test(link)) continue;
        if (/^[a-z]+:\/\//i.test(link)) {
          broken.push(`${path}: external link ${link}`);
          continue;
        }
        const url = new URL(link, `http://site${path}`);
        const target = url.pathname;
        const file = join(SITE_DIR, target.endsWith('/') ? `${target}index.html` : target);
        if (!existsSync(file)) {
          broken.push(`${path}: ${link} (no ${file})`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('/') && !idsOf(target).has(anchor)) broken.push(`${path}: ${link} (no id "${anchor}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** One page of each kind the site builds. */
function templates(): string[] {
  const pick = (pattern: RegExp) => pages.find((p) => pattern.test(p));
  return [
    '/',
    pick(/^\/kom-igang\/[^/]+\/$/) ?? pick(/^\/[a-z-]+\/[a-z0-9-]+\/$/),
    '/vagledningar/',
    pick(/^\/vagledningar\/[^/]+\/$/),
    pick(/^\/vagledningar\/[^/]+\/version-[^/]+\/$/),
    // Version history pages with a redline, unknown versions and an in-force answer in them.
    '/vagledningar/vagledning-2004-2/version-7/',
    '/vagledningar/vagledning-2004-2/andringar/6-till-7/',
    '/vagledningar/vagledning-2004-2/lydelse/hela-ohalsoprocessen/',
    '/vagledningar/jamfor/?a=vagledning-2004-2/6&b=vagledning-2004-2/7&vy=inline',
    '/vagledningar/jamfor/?a=vagledning-2004-2/1&b=vagledning-2015-1/1&vy=sida',
    '/vagledningar/vagledning-2004-2/?datum=2008-06-01',
    '/begrepp/',
    '/kallor/',
    '/om/',
    '/statistik/',
    '/processer/',
    pick(/^\/processer\/[^/]+\/$/),
    '/tidslinje/samordningsansvar/',
    '/sok/?q=samordning',
    '/404.html',
  ].filter((p): p is string => Boolean(p));
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
  it.each(templates())('axe finds no violation on %s', async (path) => {
    const outcome = await axeOnPage(site.browser, `${site.origin}${path}`, theme);
    expect(outcome).toEqual({ theme, lang: 'sv', violations: [] });
  });
});

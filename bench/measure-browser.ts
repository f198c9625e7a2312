/**
 * Measurements in the system Chromium (playwright-core): what a page fetches
 * before interaction and when idle, Pagefind search time and bytes, and the
 * word diff's time. Every body is gzipped here to count it, whatever the
 * server sent, so figures do not depend on the server's compression.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import type { CompareTiming, PageWeight, ResourceBytes, SearchTiming } from './results.ts';
import type { ComparablePassage } from './word-diff.ts';

const empty = (): ResourceBytes => ({ html: 0, css: 0, js: 0, other: 0 });

function kindOf(response: Response): keyof ResourceBytes {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  if (type === 'document' || contentType.includes('text/html')) return 'html';
  if (type === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (type === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
}

async function gzipBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => undefined);
  return body ? gzipSync(body).length : 0;
}

async function total(responses: Response[]): Promise<{ bytes: ResourceBytes }> {
  const bytes = empty();
  for (const response of responses) bytes[kindOf(response)] += await gzipBytes(response);
  return { bytes };
}

export async function measurePage(browser: Browser, origin: string, template: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const initial: Response[] = [];
  const idle: Response[] = [];
  let loaded = false;
  page.on('response', (r) => (loaded ? idle : initial).push(r));
  const document = await page.goto(origin + path, { waitUntil: 'load' });
  loaded = true;
  if (!document?.ok()) throw new Error(`${path} answered ${document?.status()}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000);
  const before = await total(initial);
  const after = await total(idle);
  const htmlRawBytes = (await document.body()).length;
  await context.close();
  return { template, path, htmlRawBytes, beforeInteraction: before.bytes, whenIdle: after.bytes };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Queries Pagefind's JS API in the page, timed with performance.now(), as the /sok/ page does. */
export async function measureSearch(browser: Browser, origin: string, queries: string[]): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  let current: Response[] = [];
  page.on('response', (r) => current.push(r));
  const runs: { ms: number; resultsMs: number; bytes: number }[] = [];
  for (const query of queries) {
    current = [];
    const { ms, resultsMs, hits } = await page.evaluate(async (q) => {
      const started = performance.now();
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const search = await pagefind.search(q);
      const listed = performance.now();
      await search.results[0]?.data();
      return { ms: performance.now() - started, resultsMs: listed - started, hits: search.results.length as number };
    }, query);
    if (hits === 0) throw new Error(`search for "${query}" found nothing: pick a word the corpus has`);
    const { bytes } = await total(current);
    runs.push({ ms, resultsMs, bytes: bytes.html + bytes.css + bytes.js + bytes.other });
  }
  await context.close();
  const [cold, ...warm] = runs;
  return {
    coldMs: cold.ms,
    coldBytes: cold.bytes,
    warmMedianMs: median(warm.map((r) => r.ms)),
    warmMaxMs: Math.max(...warm.map((r) => r.ms)),
    warmResultsMedianMs: median(warm.map((r) => r.resultsMs)),
    warmMedianBytes: median(warm.map((r) => r.bytes)),
    queries,
  };
}

export interface CompareCase {
  label: string;
  document: string;
  from: { id: string; passages: ComparablePassage[] };
  to: { id: string; passages: ComparablePassage[] };
}

const COLD_PAGES = 5;

/**
 * Times `compareVersions` from the browser bundle. Each case runs first in
 * five fresh browser contexts (nothing compiled or cached yet), then five
 * more times warm in the last of them.
 */
export async function measureCompare(browser: Browser, bundle: string, cases: CompareCase[]): Promise<CompareTiming[]> {
  const timings: CompareTiming[] = [];
  for (const c of cases) {
    const firsts: number[] = [];
    for (let fresh = 0; fresh < COLD_PAGES; fresh++) firsts.push((await timeCompare(browser, bundle, c)).firstMs);
    const { medianMs, segmentMedianMs } = await timeCompare(browser, bundle, c);
    const chars = [...c.from.passages, ...c.to.passages].reduce((sum, p) => sum + (p.text?.length ?? 0), 0);
    timings.push({ label: c.label, document: c.document, from: c.from.id, to: c.to.id, chars, firstMs: median(firsts), firstMaxMs: Math.max(...firsts), medianMs, segmentMedianMs });
  }
  return timings;
}

async function timeCompare(browser: Browser, bundle: string, c: CompareCase) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addScriptTag({ content: bundle });
  const timing = await page.evaluate(({ before, after }) => {
    const { compareVersions, wordTokens } = (window as unknown as { benchDiff: typeof import('./word-diff.ts') }).benchDiff;
    const time = (work: () => unknown) => {
      const started = performance.now();
      work();
      return performance.now() - started;
    };
    const median5 = (work: () => unknown) => [time(work), time(work), time(work), time(work), time(work)].sort((a, b) => a - b)[2];
    const first = time(() => compareVersions(before, after));
    return {
      firstMs: first,
      medianMs: median5(() => compareVersions(before, after)),
      segmentMedianMs: median5(() => [...before, ...after].forEach((p) => wordTokens(p.text ?? ''))),
    };
  }, { before: c.from.passages, after: c.to.passages });
  await context.close();
  return timing;
}

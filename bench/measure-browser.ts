/**
 * Measurements in the system Chromium (playwright-core): what a page fetches
 * before interaction and when idle, Pagefind search time and bytes, and the
 * word diff's time. Every body is gzipped here to count it, whatever the
 * server sent, so figures do not depend on the server's compression.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import type { CompareTiming, PageWeight, ResourceBytes, SearchGroupTiming, SearchTiming } from './results.ts';
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

/** The first is the cold query; the warm figures are the median and maximum of the rest, each a different word as when typing. */
export const SEARCH_QUERIES = [
  'samordningen', 'arbetsförmågan', 'avstämningsmötet', 'rehabiliteringskedjan', 'vägledningen', 'sjukpenningen', 'kommunen',
  'arbetsgivaren', 'läkaren', 'tidsgränsen', 'kartläggningen', 'förtroendet', 'uppföljningen',
];

/**
 * Rounds of the settled search the benchmark times (measureSearch): 10, 120
 * warm queries a site. With 5, the ratio to the peer at 100× moved between
 * 0.86 and 1.04 in five sets on the same quiet machine (2026-12-03), about the
 * whole margin of its budget.
 */
export const SEARCH_ROUNDS = 10;

/** The middle value (the upper one of an even count), as every bench table reports. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs of one search index: per query its time to the first result's data, to the listed results, the longest the page's thread was busy meanwhile, and the bytes fetched. */
type SearchRun = { ms: number; resultsMs: number; busyMs: number; bytes: number };

/** Rounds of one index's runs: the cold figures are the first round's, the warm ones pooled over every round. */
const summary = (rounds: SearchRun[][]): SearchGroupTiming => {
  const [cold] = rounds[0];
  const warm = rounds.flatMap((runs) => runs.slice(1));
  return {
    coldMs: cold.ms,
    coldBytes: cold.bytes,
    warmMedianMs: median(warm.map((r) => r.ms)),
    warmMaxMs: Math.max(...warm.map((r) => r.ms)),
    warmResultsMedianMs: median(warm.map((r) => r.resultsMs)),
    warmBusyMaxMs: Math.max(...warm.map((r) => r.busyMs)),
    warmMedianBytes: median(warm.map((r) => r.bytes)),
  };
};

/**
 * Waits until the page's service worker, if the site registers one, controls
 * it: once the worker has installed (precached) and activated (clientsClaim).
 * Gives up after 2 minutes with a message rather than hang a run.
 */
export async function waitForWorkerControl(page: Page): Promise<void> {
  const controlled = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator) || !(await navigator.serviceWorker.getRegistration())) return true;
    const until = performance.now() + 120_000;
    while (!navigator.serviceWorker.controller && performance.now() < until) await new Promise((done) => setTimeout(done, 50));
    return Boolean(navigator.serviceWorker.controller);
  });
  if (!controlled) throw new Error(`${new URL(page.url()).origin}: the service worker did not take control of the page within 2 minutes`);
}

/** A built site to search: its origin, its second index (the archive's folder) if it has one, and the Pagefind options its search page gives the main index. */
export interface SearchSite {
  origin: string;
  archive?: string;
  mainOptions?: Record<string, unknown>;
}

/**
 * Queries Pagefind's JS API in the page as the /sok/ page does
 * (src/scripts/search-page.ts), timed with performance.now(): the first
 * query loads pagefind.js, then each query lists the results and loads the
 * first one's data. The page loads the filters only once a reader opens them
 * (with them loaded, Pagefind counts every value over all the results of each
 * search), so neither site's filters are loaded here. A site with
 * an archive then runs the query on the archive as well, timed and counted
 * on its own.
 *
 * Several sites are searched word by word in turn, the first of them
 * rotating with the word, so the shared machine's load falls on all of them
 * alike (issue 19, part 5: a ratio measured side by side). `settled`: each
 * site's queries start once its service worker, if it registers one, has
 * installed and controls the page, as on every visit after the first;
 * otherwise as soon as the home page is idle, while a first visit's
 * precaching runs beside them. `rounds`: the whole of it again in fresh
 * pages, the rotation moved on by one each round; the warm figures pool
 * every round's words, the cold ones are the first round's. One round of
 * 12 words gave 1.07 and then 1.38 times the peer at 100× in two bench runs
 * hours apart, where sets of six rounds agreed within 0.05.
 */
export async function measureSearch(browser: Browser, sites: SearchSite[], queries: string[], { settled, rounds = 1 }: { settled: boolean; rounds?: number }): Promise<SearchTiming[]> {
  const runs = sites.map(() => ({ main: [] as SearchRun[][], archive: [] as SearchRun[][] }));
  for (let round = 0; round < rounds; round++) {
    const timed = await searchRound(browser, sites, queries, { settled, round });
    for (const [i, r] of timed.entries()) {
      runs[i].main.push(r.main);
      if (r.archive.length) runs[i].archive.push(r.archive);
    }
  }
  return runs.map((r, i) => ({ ...summary(r.main), ...(sites[i].archive ? { archive: summary(r.archive) } : {}), queries }));
}

/** What installBusyProbe gives a page: startBusyProbe() starts timing, and the function it returns stops it and answers the longest stretch (ms) the page's thread was busy meanwhile. */
export interface BusyProbe { startBusyProbe: () => () => number }

/**
 * A page init script (page.addInitScript) that times how long the page's
 * thread is kept busy, as a reader would feel it: a key pressed while it is
 * busy waits that long. A timer that re-arms itself measures the gaps between
 * its turns; the longest gap is the answer.
 */
export function installBusyProbe() {
  (window as unknown as BusyProbe).startBusyProbe = () => {
    let longest = 0;
    let ticking = true;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    return () => {
      ticking = false;
      return Math.max(longest, performance.now() - last);
    };
  };
}

/** One round of measureSearch, in a fresh browser context per site: each site's runs, the main index's and the archive's. */
async function searchRound(browser: Browser, sites: SearchSite[], queries: string[], { settled, round }: { settled: boolean; round: number }) {
  const contexts = await Promise.all(sites.map(() => browser.newContext()));
  const pages = [];
  for (const [i, site] of sites.entries()) {
    const page = await contexts[i].newPage();
    await page.addInitScript(installBusyProbe);
    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    if (settled) await waitForWorkerControl(page);
    pages.push(page);
  }
  const runs = sites.map(() => ({ main: [] as SearchRun[], archive: [] as SearchRun[] }));
  for (const [w, query] of queries.entries()) {
    for (let k = 0; k < sites.length; k++) {
      const i = (k + w + round) % sites.length;
      for (const bundle of sites[i].archive ? [undefined, sites[i].archive] : [undefined]) {
        const fetched: Response[] = [];
        const listen = (r: Response) => fetched.push(r);
        pages[i].on('response', listen);
        const { ms, resultsMs, busyMs, hits } = await pages[i].evaluate(async ([q, second, mainOptions]) => {
          interface Instance {
            search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
            createInstance: (o: { basePath: string }) => Instance;
            options: (o: Record<string, unknown>) => Promise<void>;
          }
          const state = window as unknown as BusyProbe & { searchInstances?: Record<string, Instance> };
          const busy = state.startBusyProbe();
          const started = performance.now();
          const main = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Instance;
          state.searchInstances ??= {};
          const key = second ?? 'main';
          if (!state.searchInstances[key]) {
            if (!second && mainOptions) await main.options(mainOptions);
            state.searchInstances[key] = second ? main.createInstance({ basePath: second }) : main;
          }
          const search = await state.searchInstances[key].search(q);
          const listed = performance.now();
          await search.results[0]?.data();
          const done = performance.now();
          return { ms: done - started, resultsMs: listed - started, busyMs: busy(), hits: search.results.length };
        }, [query, bundle, sites[i].mainOptions] as const);
        pages[i].off('response', listen);
        if (hits === 0 && !bundle) throw new Error(`search for "${query}" found nothing on ${sites[i].origin}: pick a word the corpus has`);
        const { bytes } = await total(fetched);
        runs[i][bundle ? 'archive' : 'main'].push({ ms, resultsMs, busyMs, bytes: bytes.html + bytes.css + bytes.js + bytes.other });
      }
    }
  }
  await Promise.all(contexts.map((c) => c.close()));
  return runs;
}

export interface CompareCase {
  label: string;
  document: string;
  from: { id: string; passages: ComparablePassage[] };
  to: { id: string; passages: ComparablePassage[] };
}

const COLD_PAGES = 5;

/** A compare bundle (bench/word-diff.ts built for the browser) and the global name it defines. */
export interface CompareBundle {
  globalName: string;
  code: string;
}

type Timed = Pick<CompareTiming, 'firstMs' | 'medianMs'>;

/**
 * Times `compareVersions` of the site's bundle and of the reference bundle
 * (the same code with jsdiff's edit script) side by side: each case runs first
 * in five fresh browser contexts holding both bundles (nothing compiled or
 * cached yet; which goes first alternates from page to page, so neither
 * always gets the warmer engine), then five more times each, warm, in the
 * last of them. Both see the same passages in the same page at the same
 * moment, so the machine's load slows both alike.
 */
export async function measureCompare(browser: Browser, own: CompareBundle, reference: CompareBundle, cases: CompareCase[]): Promise<CompareTiming[]> {
  const timings: CompareTiming[] = [];
  for (const c of cases) {
    const runs: { own: Timed; reference: Timed; segmentMedianMs: number }[] = [];
    for (let fresh = 0; fresh <= COLD_PAGES; fresh++) runs.push(await timeCompare(browser, [own, reference], c, fresh % 2 === 1));
    const firsts = runs.slice(0, COLD_PAGES);
    const last = runs[COLD_PAGES];
    const chars = [...c.from.passages, ...c.to.passages].reduce((sum, p) => sum + (p.text?.length ?? 0), 0);
    timings.push({
      label: c.label, document: c.document, from: c.from.id, to: c.to.id, chars,
      firstMs: median(firsts.map((r) => r.own.firstMs)), firstMaxMs: Math.max(...firsts.map((r) => r.own.firstMs)),
      medianMs: last.own.medianMs, segmentMedianMs: last.segmentMedianMs,
      reference: { firstMs: median(firsts.map((r) => r.reference.firstMs)), medianMs: last.reference.medianMs },
    });
  }
  return timings;
}

async function timeCompare(browser: Browser, bundles: CompareBundle[], c: CompareCase, referenceFirst: boolean) {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const bundle of bundles) await page.addScriptTag({ content: bundle.code });
  const timing = await page.evaluate(({ before, after, names, referenceFirst }) => {
    type Diff = typeof import('./word-diff.ts');
    const [own, reference] = names.map((name) => (window as unknown as Record<string, Diff>)[name]);
    const time = (work: () => unknown) => {
      const started = performance.now();
      work();
      return performance.now() - started;
    };
    const median5 = (work: () => unknown) => [time(work), time(work), time(work), time(work), time(work)].sort((a, b) => a - b)[2];
    const order = referenceFirst ? [reference, own] : [own, reference];
    const [firstA, firstB] = order.map((d) => time(() => d.compareVersions(before, after)));
    const [medianA, medianB] = order.map((d) => median5(() => d.compareVersions(before, after)));
    const [a, b] = [{ firstMs: firstA, medianMs: medianA }, { firstMs: firstB, medianMs: medianB }];
    return {
      own: referenceFirst ? b : a,
      reference: referenceFirst ? a : b,
      segmentMedianMs: median5(() => [...before, ...after].forEach((p) => own.wordTokens(p.text ?? ''))),
    };
  }, { before: c.from.passages, after: c.to.passages, names: bundles.map((b) => b.globalName), referenceFirst });
  await context.close();
  return timing;
}

/**
 * `node bench/search-side-by-side.ts label=site[,option…] …`: times Pagefind
 * search on several built sites in the same minutes, so the shared machine's
 * load falls on all of them alike, to find what makes one slower than
 * another (README, "Search"). Each round opens a fresh browser context per
 * site and runs the benchmark's words as bench/measure-browser.ts does: the
 * first query cold (pagefind.js, the word's chunks), then each
 * further word warm, each to its results and then the first result's
 * data(); each word runs on every site before the next, in an order that
 * rotates, so no site always goes first. The last site is the reference
 * for the ratios.
 *
 * Options after the folder: `filters` (filters() before the first query, as the search page does once a reader
 * opens the filters: then every search counts them), `noworker` (Pagefind searches in the page's own
 * thread, not in its web worker), `nosw` (service workers blocked),
 * `swready` (queries start once the service worker controls the page and
 * has finished installing), `bundle=/pagefind-arkiv/`, `page=/sok/` (the
 * page the queries run in; default the home page).
 * ROUNDS (default 8) sets the rounds; SEQUENTIAL=1 runs one site's whole
 * round at a time instead of interleaving word by word.
 */
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { serveSite } from '../scripts/serve.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { type BusyProbe, installBusyProbe, median, SEARCH_QUERIES, waitForWorkerControl } from './measure-browser.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 8);
const SEQUENTIAL = process.env.SEQUENTIAL === '1';

interface Variant { label: string; dir: string; filters: boolean; noWorker: boolean; sw: 'allow' | 'block' | 'ready'; bundle: string; start: string; origin?: string }
interface Run { busyMs: number; ms: number; resultsMs: number; dataMs: number; bytes: number; fragmentBytes: number; requests: number; viaWorker: number; controlled: boolean; hits: number; first: string; words: number }

const variants: Variant[] = process.argv.slice(2).map((arg) => {
  // Split at the first "=" only: options such as bundle=/pagefind-arkiv/ have one of their own.
  const at = arg.indexOf('=');
  const [label, spec] = [arg.slice(0, at), arg.slice(at + 1)];
  const [dir, ...options] = spec.split(',');
  return {
    label, dir,
    filters: options.includes('filters'),
    noWorker: options.includes('noworker'),
    sw: options.includes('nosw') ? 'block' : options.includes('swready') ? 'ready' : 'allow',
    bundle: options.find((o) => o.startsWith('bundle='))?.slice('bundle='.length) ?? '/pagefind/',
    start: options.find((o) => o.startsWith('page='))?.slice('page='.length) ?? '/',
  };
});

/** A fresh context on the variant's start page, ready for its first (cold) query. */
async function open(browser: Browser, v: Variant): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers: v.sw === 'block' ? 'block' : 'allow' });
  const page = await context.newPage();
  await page.addInitScript(installBusyProbe);
  await page.goto(`${v.origin}${v.start}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  if (v.sw === 'ready') await waitForWorkerControl(page);
  return { page, close: () => context.close() };
}

/** One query in the variant's page, as bench/measure-browser.ts times it, with the bytes it fetched. */
async function query(page: Page, v: Variant, q: string): Promise<Run> {
  const responses: Response[] = [];
  const listen = (r: Response) => responses.push(r);
  page.on('response', listen);
  const timing = await page.evaluate(async ([q, bundle, filters, noWorker]) => {
    interface Result { data: () => Promise<{ url: string; word_count: number }> }
    interface Instance {
      filters: () => Promise<unknown>;
      options: (o: { noWorker: boolean }) => Promise<void>;
      search: (q: string) => Promise<{ results: Result[] }>;
      createInstance: (o: { basePath: string; noWorker: boolean }) => Instance;
    }
    const state = window as unknown as BusyProbe & { instance?: Instance };
    const busy = state.startBusyProbe();
    const started = performance.now();
    const main = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Instance;
    if (!state.instance) {
      if (noWorker && bundle === '/pagefind/') await main.options({ noWorker });
      const instance = bundle === '/pagefind/' ? main : main.createInstance({ basePath: bundle, noWorker });
      if (filters) await instance.filters();
      state.instance = instance;
    }
    const search = await state.instance.search(q);
    const listed = performance.now();
    const data = await search.results[0]?.data();
    const done = performance.now();
    return {
      busyMs: busy(),
      ms: done - started, resultsMs: listed - started, dataMs: done - listed,
      controlled: Boolean(navigator.serviceWorker?.controller), hits: search.results.length, first: data?.url ?? '', words: data?.word_count ?? 0,
    };
  }, [q, v.bundle, v.filters, v.noWorker] as const);
  page.off('response', listen);
  let bytes = 0;
  let fragmentBytes = 0;
  let viaWorker = 0;
  for (const r of responses) {
    const body = await r.body().catch(() => undefined);
    bytes += body ? gzipSync(body).length : 0;
    if (r.url().includes('.pf_fragment')) fragmentBytes += body?.length ?? 0;
    if (r.fromServiceWorker()) viaWorker++;
  }
  return { ...timing, bytes, fragmentBytes, requests: responses.length, viaWorker };
}

const servers = [];
for (const v of variants) {
  const server = await serveSite(v.dir, 0);
  servers.push(server);
  v.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const browser = await launchBrowser();
const all = new Map<string, Run[][]>(variants.map((v) => [v.label, []]));
const loads: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  loads.push(loadavg()[0]);
  const runs: Run[][] = variants.map(() => []);
  if (SEQUENTIAL) {
    // One site at a time (a site's service worker precaching in the background then slows only that site).
    for (let k = 0; k < variants.length; k++) {
      const i = (k + round) % variants.length;
      const { page, close } = await open(browser, variants[i]);
      for (const word of SEARCH_QUERIES) runs[i].push(await query(page, variants[i], word));
      await close();
    }
  } else {
    // Each word runs on every site before the next word, in an order that rotates by round and word.
    const pages = [];
    for (const v of variants) pages.push(await open(browser, v));
    for (const [w, word] of SEARCH_QUERIES.entries()) {
      for (let k = 0; k < variants.length; k++) {
        const i = (k + round + w) % variants.length;
        runs[i].push(await query(pages[i].page, variants[i], word));
      }
    }
    for (const p of pages) await p.close();
  }
  for (const [i, v] of variants.entries()) all.get(v.label)!.push(runs[i]);
  process.stderr.write(`round ${round + 1}/${ROUNDS} load ${loadavg()[0].toFixed(1)}\n`);
}
await browser.close();
for (const s of servers) s.close();

const fmt = (n: number) => n.toFixed(1).padStart(7);
console.log(`${ROUNDS} rounds, ${SEARCH_QUERIES.length - 1} warm words each; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
console.log('variant              warm-med  results  data  round-med(min–max)  cold-ms cold-kB warm-kB frag-B req viaSW controlled hits-med words-med busy-max');
const peerLabel = variants.at(-1)!.label;
const pooledMedians = new Map<string, number>();
for (const v of variants) {
  const rounds = all.get(v.label)!;
  const warm = rounds.flatMap((r) => r.slice(1));
  const cold = rounds.map((r) => r[0]);
  const roundMedians = rounds.map((r) => median(r.slice(1).map((x) => x.ms)));
  pooledMedians.set(v.label, median(warm.map((x) => x.ms)));
  console.log(
    v.label.padEnd(20),
    fmt(median(warm.map((x) => x.ms))), fmt(median(warm.map((x) => x.resultsMs))), fmt(median(warm.map((x) => x.dataMs))),
    `${median(roundMedians).toFixed(1)}(${Math.min(...roundMedians).toFixed(0)}–${Math.max(...roundMedians).toFixed(0)})`.padStart(18),
    fmt(median(cold.map((x) => x.ms))), fmt(median(cold.map((x) => x.bytes)) / 1000), fmt(median(warm.map((x) => x.bytes)) / 1000),
    fmt(median(warm.map((x) => x.fragmentBytes))), fmt(median(warm.map((x) => x.requests))), fmt(median(warm.map((x) => x.viaWorker))), `${warm.filter((x) => x.controlled).length}/${warm.length}`,
    fmt(median(warm.map((x) => x.hits))), fmt(median(warm.map((x) => x.words))), fmt(Math.max(...warm.map((x) => x.busyMs))),
  );
}
console.log('\nratio of pooled warm medians to the last variant:', [...pooledMedians].map(([k, m]) => `${k} ${(m / pooledMedians.get(peerLabel)!).toFixed(2)}×`).join(', '));
// Per word: the first result and the hits of each variant (first round).
console.log('\nper word (first round): hits / first result');
for (let i = 1; i < SEARCH_QUERIES.length; i++) {
  console.log(SEARCH_QUERIES[i].padEnd(22), variants.map((v) => `${all.get(v.label)![0][i].hits} ${all.get(v.label)![0][i].first}`).join(' | '));
}

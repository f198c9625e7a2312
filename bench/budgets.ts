/**
 * The performance budgets of issues 9 and 19, checked against a bench run.
 * Pure: results in, verdicts out; `npm run bench -- --check` fails on any miss.
 * A kB here is 1000 bytes, gzip as sent; an MB is 10^6 bytes, except memory (MiB, as /proc gives it).
 *
 * Every timing budget is a ratio to something measured side by side in the
 * same run, on the same 2-core machine under the same load: an absolute time
 * there moves with what else runs (the compare of the 300 000-character
 * document took 86 ms in one run and 123 ms in another at load 3.8). The
 * absolute figures stay in the report. The limits and why:
 *
 * - The compare against the same code with jsdiff's edit script
 *   (bench/jsdiff-edit-script.ts), first run on the largest document: the own
 *   edit script (src/lib/edit-script.ts) exists because it is faster; at most
 *   0.8 of jsdiff's time, or it does not pay for its code. Measured
 *   0.31–0.70 first run and 0.11–0.41 warm at load averages of 12–15 (2026-12-01).
 * - Warm search against the peer's: no slower than default Starlight from
 *   100× up (issue 19); at 1× and 10× both take 10–30 ms, where one
 *   garbage collection moves the ratio by one, so up to 3× (measured 2.57×
 *   and 1.25× on 2026-11-23). At scales the peer was not built for, the
 *   absolute 100 ms of issue 19 stands in.
 * - No budget for how long a warm search keeps the page's thread busy
 *   (reported beside the search times): it is a maximum, so it moves with
 *   the load more than a median, and the peer's own figure, its results
 *   copied back from Pagefind's worker, ranged from 12 to 73 ms in sets of
 *   the same minutes (2026-12-03), so no ratio to it holds still. Ours was
 *   33–44 ms at 100×. Which index runs where is checked by
 *   tests/browser/search.test.ts.
 * - Build CPU time per page against the peer's: at most the peer's (ratio 1).
 *   We build about four times its pages, so the whole build may take
 *   longer, but a page must not cost more than one of Starlight's own;
 *   measured 0.37–0.46 (2026-11-23) and 0.55–0.99 (2026-12-01, at load 15).
 *   CPU time, because the two builds run one after the other, not side by
 *   side, and wall time moves with the load between them (1× on 2026-12-01:
 *   wall ratio 1.23, CPU 0.55).
 * - Build time per page from one scale to the next, wall and CPU, within
 *   one run: at most 1.1 times, about linear (11× for ten times the pages).
 *   Per page, since the guides stop growing past the peer's scales
 *   (bench/run.ts), so 1000× has fewer than ten times 100×'s pages.
 */
import type { BenchResults, PageWeight, ScaleResult } from './results.ts';
import { LARGE_DOCUMENT_ID } from './synthetic-corpus.ts';

export interface BudgetVerdict {
  budget: string;
  limit: number;
  measured: number;
  unit: string;
  passed: boolean;
}

const GUIDE_KB = 30;
const JS_KB = 15;
const BUILD_TIME_PER_PAGE_GROWTH = 1.1;
const PAGE_HTML_GROWTH_FROM_1X = 2;
const COMPARE_VS_JSDIFF = 0.8;
const SEARCH_VS_PEER = 1;
const SEARCH_VS_PEER_SMALL = 3;
const WARM_SEARCH_MS = 100;
const COLD_SEARCH_KB = 150;
const BUILD_PER_PAGE_VS_PEER = 1;
const BUILD_PEAK_RSS_MB = 4096;
/** Precache budgets of issue 19 by scale: the shell, guides, glossary and search, not every page. */
const PRECACHE_MB: Record<number, number> = { 1: 10, 1000: 25 };

const kB = (bytes: number) => Math.round(bytes / 10) / 100;
const MB = (bytes: number) => Math.round(bytes / 1e4) / 100;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const guide = (weights: PageWeight[]) => weights.find((w) => w.template === 'guide');

export function evaluateBudgets(results: BenchResults): BudgetVerdict[] {
  const verdicts: BudgetVerdict[] = [];
  const verdict = (budget: string, measured: number, limit: number, unit: string) =>
    verdicts.push({ budget, measured, limit, unit, passed: measured <= limit });
  const byFactor = (factor: number) => results.scales.find((s) => s.factor === factor);
  const peerAt = (factor: number) => results.peer.find((p) => p.factor === factor);

  for (const scale of results.scales) {
    const g = guide(scale.weights);
    if (g) {
      const { html, css, js } = g.beforeInteraction;
      verdict(`${scale.factor}×: guide page, HTML+CSS+JS before interaction`, kB(html + css + js), GUIDE_KB, 'kB');
    }
    const heaviest = scale.weights.reduce((a, b) => (b.beforeInteraction.js > a.beforeInteraction.js ? b : a));
    verdict(`${scale.factor}×: most JS before interaction (${heaviest.template})`, kB(heaviest.beforeInteraction.js), JS_KB, 'kB');
    const peer = peerAt(scale.factor);
    if (peer) {
      const limit = scale.factor >= 100 ? SEARCH_VS_PEER : SEARCH_VS_PEER_SMALL;
      verdict(`${scale.factor}×: warm search (median) / the peer's`, round(scale.search.warmMedianMs / peer.search.warmMedianMs), limit, '×');
      const perPage = (s: ScaleResult | typeof peer) => s.build.cpuSeconds / s.pages;
      verdict(`${scale.factor}×: build CPU time per page / the peer's`, round(perPage(scale) / perPage(peer)), BUILD_PER_PAGE_VS_PEER, '×');
    } else {
      verdict(`${scale.factor}×: warm search (median; no peer at this scale)`, round(scale.search.warmMedianMs, 1), WARM_SEARCH_MS, 'ms');
    }
    verdict(`${scale.factor}×: search, cold first query`, kB(scale.search.coldBytes), COLD_SEARCH_KB, 'kB');
    verdict(`${scale.factor}×: build peak RSS (process tree)`, scale.build.peakTreeRssMB, BUILD_PEAK_RSS_MB, 'MiB');
    const precacheLimit = PRECACHE_MB[scale.factor];
    if (precacheLimit !== undefined && scale.precache) verdict(`${scale.factor}×: service worker precache`, MB(scale.precache.bytes), precacheLimit, 'MB');
  }
  for (const [smaller, larger] of [[10, 100], [100, 1000]].map(([a, b]) => [byFactor(a), byFactor(b)])) {
    // Times of two runs differ with the machine's load then: growth is judged within one run.
    if (!smaller || !larger || smaller.measuredAt !== larger.measuredAt) continue;
    const label = `build time per page ${larger.factor}× / ${smaller.factor}×`;
    const growth = (time: (s: ScaleResult) => number) => round((time(larger) / larger.pages) / (time(smaller) / smaller.pages));
    verdict(`${label} (wall)`, growth((s) => s.build.seconds), BUILD_TIME_PER_PAGE_GROWTH, '×');
    verdict(`${label} (CPU)`, growth((s) => s.build.cpuSeconds), BUILD_TIME_PER_PAGE_GROWTH, '×');
  }
  // Pages about one record, and lists cut into pages of LIST_PAGE_SIZE (src/lib/lists.ts), stay the same size as the content grows.
  const one = byFactor(1);
  for (const large of results.scales.filter((s) => s.factor >= 100)) {
    for (const template of ['guide', 'version', 'documents list', 'sources', 'guide group']) {
      const [small, big] = [one?.weights.find((w) => w.template === template), large.weights.find((w) => w.template === template)];
      if (small && big) verdict(`${template} HTML at ${large.factor}× / at 1×`, round(big.htmlRawBytes / small.htmlRawBytes), PAGE_HTML_GROWTH_FROM_1X, '×');
    }
  }
  const largest = results.compare.timings.filter((t) => t.document === LARGE_DOCUMENT_ID);
  if (largest.length > 0) {
    const slowest = largest.reduce((a, b) => (b.firstMs > a.firstMs ? b : a));
    verdict(`compare of the largest document, first run (${slowest.label}) / with jsdiff's edit script`, round(slowest.firstMs / slowest.reference.firstMs), COMPARE_VS_JSDIFF, '×');
  }
  return verdicts;
}

export const failedBudgets = (results: BenchResults) => evaluateBudgets(results).filter((v) => !v.passed);

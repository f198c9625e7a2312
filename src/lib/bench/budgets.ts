/**
 * The performance budgets of issue 9, checked against a bench run. Pure:
 * results in, verdicts out; `npm run bench -- --check` fails on any miss.
 * A kB here is 1000 bytes, gzip as sent.
 */
import type { BenchResults, PageWeight } from './results.ts';
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
const BUILD_GROWTH_10_TO_100 = 11;
const PAGE_HTML_GROWTH_1_TO_100 = 2;
const COMPARE_MS = 100;
const WARM_SEARCH_MS = 100;

const kB = (bytes: number) => Math.round(bytes / 10) / 100;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const guide = (weights: PageWeight[]) => weights.find((w) => w.template === 'guide');

export function evaluateBudgets(results: BenchResults): BudgetVerdict[] {
  const verdicts: BudgetVerdict[] = [];
  const verdict = (budget: string, measured: number, limit: number, unit: string) =>
    verdicts.push({ budget, measured, limit, unit, passed: measured <= limit });
  const byFactor = (factor: number) => results.scales.find((s) => s.factor === factor);

  for (const scale of results.scales) {
    const g = guide(scale.weights);
    if (g) {
      const { html, css, js } = g.beforeInteraction;
      verdict(`${scale.factor}×: guide page, HTML+CSS+JS before interaction`, kB(html + css + js), GUIDE_KB, 'kB');
    }
    const heaviest = scale.weights.reduce((a, b) => (b.beforeInteraction.js > a.beforeInteraction.js ? b : a));
    verdict(`${scale.factor}×: most JS before interaction (${heaviest.template})`, kB(heaviest.beforeInteraction.js), JS_KB, 'kB');
    verdict(`${scale.factor}×: warm search (median)`, round(scale.search.warmMedianMs, 1), WARM_SEARCH_MS, 'ms');
  }
  const [ten, hundred, one] = [byFactor(10), byFactor(100), byFactor(1)];
  if (ten && hundred) {
    verdict('build time 100× / 10× (wall)', round(hundred.build.seconds / ten.build.seconds), BUILD_GROWTH_10_TO_100, '×');
    verdict('build time 100× / 10× (CPU)', round(hundred.build.cpuSeconds / ten.build.cpuSeconds), BUILD_GROWTH_10_TO_100, '×');
  }
  // Pages about one record, and lists cut into pages of LIST_PAGE_SIZE (src/lib/lists.ts), stay the same size as the content grows.
  for (const template of ['guide', 'version', 'documents list', 'sources', 'guide group']) {
    const [small, large] = [one?.weights.find((w) => w.template === template), hundred?.weights.find((w) => w.template === template)];
    if (small && large) verdict(`${template} HTML at 100× / at 1×`, round(large.htmlRawBytes / small.htmlRawBytes), PAGE_HTML_GROWTH_1_TO_100, '×');
  }
  const largest = results.compare.timings.filter((t) => t.document === LARGE_DOCUMENT_ID);
  if (largest.length > 0) {
    const slowest = largest.reduce((a, b) => (b.firstMs > a.firstMs ? b : a));
    verdict(`compare of the largest document, first run (${slowest.label})`, round(slowest.firstMs, 1), COMPARE_MS, 'ms');
  }
  return verdicts;
}

export const failedBudgets = (results: BenchResults) => evaluateBudgets(results).filter((v) => !v.passed);

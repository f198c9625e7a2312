import { describe, expect, it } from 'vitest';
import { evaluateBudgets, failedBudgets } from './budgets.ts';
import { peer, results, scale, weight } from './results.fixture.ts';

describe('failedBudgets', () => {
  it('returns nothing when every figure is within its budget', () => {
    expect(failedBudgets(results())).toEqual([]);
    // Six per scale, the precache at 1×, build growth wall and CPU, two templates' HTML growth, the compare.
    expect(evaluateBudgets(results())).toHaveLength(3 * 6 + 1 + 2 + 2 + 1);
  });

  it('names a guide page over 30 kB and a template over 15 kB of JS', () => {
    const heavy = scale(1, 10);
    heavy.weights = [weight('home', 16_000), weight('guide', 13_000)];
    const failed = failedBudgets(results({ scales: [heavy, scale(10, 20), scale(100, 150)] }));
    expect(failed.map((f) => f.budget)).toEqual([
      '1×: guide page, HTML+CSS+JS before interaction',
      '1×: most JS before interaction (home)',
    ]);
    expect(failed[0]).toMatchObject({ measured: 31, limit: 30, unit: 'kB' });
  });

  it('fails build time per page growing over 1.1 times per scale, and a guide\'s HTML more than doubling from 1×', () => {
    const run = results({ scales: [scale(1, 10), scale(10, 20), scale(100, 230, 81_000), scale(1000, 2600)] });
    run.peer[2] = peer(100, 230);
    const failed = failedBudgets(run);
    expect(failed.map((f) => [f.budget, f.measured])).toEqual([
      ['build time per page 100× / 10× (wall)', 1.15],
      ['build time per page 100× / 10× (CPU)', 1.15],
      ['build time per page 1000× / 100× (wall)', 1.13],
      ['build time per page 1000× / 100× (CPU)', 1.13],
      ['guide HTML at 100× / at 1×', 2.03],
    ]);
  });

  it('judges build growth per page, so a larger scale with fewer than ten times the pages cannot pass by them', () => {
    // Half of ten times 100×'s pages in 6.5 times its time: under 11 in all, 1.3 times per page.
    const fewerPages = { ...scale(1000, 975), pages: 15_000 };
    const failed = failedBudgets(results({ scales: [scale(1, 10), scale(10, 20), scale(100, 150), fewerPages] }));
    expect(failed.map((f) => [f.budget, f.measured])).toEqual([
      ['build time per page 1000× / 100× (wall)', 1.3],
      ['build time per page 1000× / 100× (CPU)', 1.3],
    ]);
  });

  it('judges build time growth only between rows of one run', () => {
    const run = results({ scales: [scale(1, 10), scale(10, 20), { ...scale(100, 20), measuredAt: '2026-11-23' }, scale(1000, 2600)] });
    expect(evaluateBudgets(run).filter((v) => v.budget.startsWith('build time per page'))).toEqual([]);
  });

  it('judges timings as ratios: the compare against jsdiff, search and build time per page against the peer', () => {
    const slow = results();
    slow.compare.timings[0].firstMs = 161; // 0.81 of jsdiff's 200 ms
    slow.scales[2] = scale(100, 150, 40_000, 21); // the peer's warm search takes 20 ms
    slow.scales[1] = scale(10, 20, 40_000, 61); // over three times the peer's at a small scale
    slow.peer[0] = peer(1, 9); // ours 10 s for 30 pages, the peer's 3 s for 10
    expect(failedBudgets(slow).map((f) => [f.budget, f.measured])).toEqual([
      ['1×: build CPU time per page / the peer\'s', 1.11],
      ['10×: warm search (median) / the peer\'s', 3.05],
      ['100×: warm search (median) / the peer\'s', 1.05],
      ['compare of the largest document, first run (largest, distant) / with jsdiff\'s edit script', 0.81],
    ]);
  });

  it('at 1000×, without the peer: absolute warm search, memory, precache, cold search bytes', () => {
    const large = scale(1000, 1500, 40_000, 101);
    large.build.peakTreeRssMB = 4097;
    large.precache = { files: 900, bytes: 25_010_000 };
    large.search.coldBytes = 151_000;
    const failed = failedBudgets(results({ scales: [scale(1, 10), scale(10, 20), scale(100, 150), large] }));
    expect(failed.map((f) => [f.budget, f.measured, f.limit])).toEqual([
      ['1000×: warm search (median; no peer at this scale)', 101, 100],
      ['1000×: search, cold first query', 151, 150],
      ['1000×: build peak RSS (process tree)', 4097, 4096],
      ['1000×: service worker precache', 25.01, 25],
    ]);
  });
});

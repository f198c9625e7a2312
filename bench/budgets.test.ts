import { describe, expect, it } from 'vitest';
import { evaluateBudgets, failedBudgets } from './budgets.ts';
import { results, scale, weight } from './results.fixture.ts';

describe('failedBudgets', () => {
  it('returns nothing when every figure is within its budget', () => {
    expect(failedBudgets(results())).toEqual([]);
    expect(evaluateBudgets(results())).toHaveLength(3 * 3 + 5);
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

  it('fails build growth over 11 from 10× to 100×, and a guide\'s HTML more than doubling from 1× to 100×', () => {
    const failed = failedBudgets(results({ scales: [scale(1, 10), scale(10, 20), scale(100, 230, 81_000)] }));
    expect(failed.map((f) => [f.budget, f.measured])).toEqual([
      ['build time 100× / 10× (wall)', 11.5],
      ['build time 100× / 10× (CPU)', 11.5],
      ['guide HTML at 100× / at 1×', 2.03],
    ]);
  });

  it('judges compare time on the largest document only, and warm search at every scale', () => {
    const slow = results();
    slow.compare.timings[0].firstMs = 101;
    slow.scales[1] = scale(10, 20, 40_000, 150);
    expect(failedBudgets(slow).map((f) => f.budget)).toEqual([
      '10×: warm search (median)',
      'compare of the largest document, first run (largest, distant)',
    ]);
  });
});

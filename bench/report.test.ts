import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from './budgets.ts';
import { renderReport } from './report.ts';
import { results, scale } from './results.fixture.ts';

describe('renderReport', () => {
  it('shows our figures as ratios to the peer and marks a missed budget', () => {
    const run = results();
    run.peer = [scale(1, 5)];
    run.compare.timings[0].firstMs = 250;
    const markdown = renderReport(run, evaluateBudgets(run));
    expect(markdown).toContain('| 1× | 11 | 3 | 13 | 43 | 30 | 10.0 | 2.00× |');
    expect(markdown).toContain('| compare of the largest document, first run (largest, distant) | 250 ms | 100 ms | **FAIL** |');
    expect(markdown).toContain('| 100× | guide | 40.0 | 1.00× |');
  });
});

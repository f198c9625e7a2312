import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from './budgets.ts';
import { renderReport } from './report.ts';
import { mergeRuns } from './results.ts';
import { results, scale } from './results.fixture.ts';

describe('renderReport', () => {
  it('shows our figures as ratios to the peer and jsdiff, the precache, and marks a missed budget', () => {
    const run = results();
    run.peer = [scale(1, 5)];
    run.compare.timings[0].firstMs = 250;
    const markdown = renderReport(run, evaluateBudgets(run));
    expect(markdown).toContain('| 1× | 11 | 3 | 13 | 43 | 30 | 10.0 | 2.00× |');
    expect(markdown).toContain('| 1.0 | 1.00× | 20 / 5.0 |');
    expect(markdown).toContain('| 250.0 | 90.0 | 50.0 | 20.0 | 200.0 | 1.25× | 150.0 | 0.33× |');
    expect(markdown).toContain('| compare of the largest document, first run (largest, distant) / with jsdiff\'s edit script | 1.25 × | 0.8 × | **FAIL** |');
    expect(markdown).toContain('| 100× | guide | 40.0 | 1.00× |');
  });

  it("shows the archive's search on its own, with the time until both groups have a result against the peer's", () => {
    const run = results();
    run.peer = [scale(1, 5, 40_000, 40)];
    run.scales[0].search.archive = { coldMs: 200, coldBytes: 90_000, warmMedianMs: 30, warmMaxMs: 60, warmResultsMedianMs: 20, warmMedianBytes: 4_000 };
    const markdown = renderReport(run, evaluateBudgets(run));
    expect(markdown).toContain('**Archive search**');
    expect(markdown).toContain('| 1× | 200.0 | 90.0 | 30.0 | 20.0 | 60.0 | 4.0 | – | 50.0 | 1.25× |');
    expect(renderReport(results(), evaluateBudgets(results()))).not.toContain('**Archive search**');
  });

  it("shows how long a warm query kept the page's thread busy, ours and the peer's", () => {
    const run = results();
    run.peer = [scale(1, 5, 40_000, 40)];
    run.peer[0].search.warmBusyMaxMs = 31;
    run.scales[0].search.warmBusyMaxMs = 37.5;
    // Ours: cold, warm median, results, max, kB, busy; then the peer's median, the ratio, the peer's busy.
    expect(renderReport(run, evaluateBudgets(run))).toContain('| 1× | 300.0 | 100.0 | 20.0 | 10.0 | 40.0 | 5.0 | 37.5 | 40.0 | 0.50× | 31.0 | – |');
  });

  it('says at which scales the guides stayed as written, and says nothing when every count grew', () => {
    const run = results();
    run.scales.push({ ...scale(1000, 1500), counts: { ...scale(1000, 1500).counts, guides: 11 } });
    expect(renderReport(run, evaluateBudgets(run))).toContain('At 1000× only the guidance (documents, versions, passages) is multiplied; the guides stay as written');
    expect(renderReport(results(), evaluateBudgets(results()))).not.toContain('stay as written');
  });

  it('keeps the scales a partial run did not measure, saying when they were measured', () => {
    const earlier = results();
    const partial = results({ date: '2026-12-01T00:00:00Z', scales: [scale(1000, 1500)], peer: [] });
    const merged = mergeRuns(earlier, partial);
    expect(merged.scales.map((s) => [s.factor, s.measuredAt])).toEqual([[1, earlier.date], [10, earlier.date], [100, earlier.date], [1000, undefined]]);
    expect(merged.peer.map((p) => p.factor)).toEqual([1, 10, 100]);
    expect(renderReport(merged, evaluateBudgets(merged))).toContain(`Rows kept from earlier runs: 1× (ours), 10× (ours), 100× (ours), 1× (peer), 10× (peer), 100× (peer) from ${earlier.date}.`);
  });
});

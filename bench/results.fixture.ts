/** A made-up bench run for the budget and report tests: every figure within budget unless a test changes it. */
import type { BenchResults, PageWeight, ScaleResult } from './results.ts';
import { LARGE_DOCUMENT_ID } from './synthetic-corpus.ts';

export const weight = (template: string, js: number, htmlRawBytes = 40_000): PageWeight => ({
  template,
  path: '/',
  htmlRawBytes,
  beforeInteraction: { html: 8_000, css: 10_000, js, other: 0 },
  whenIdle: { html: 0, css: 0, js: 0, other: 200 },
});

export const scale = (factor: number, seconds: number, guideHtml = 40_000, warmMs = 20): ScaleResult => ({
  factor,
  counts: { guides: 11 * factor, documents: 3 * factor, versions: 13 * factor, passages: 43 * factor },
  build: { seconds, cpuSeconds: seconds, loadAverage: 1, peakTreeRssMB: 500, peakProcessHwmMB: 400 },
  pages: 30 * factor,
  outputBytes: 1e6 * factor,
  precache: { files: 20, bytes: 5e6 },
  weights: [weight('home', 1_000), weight('guide', 2_500, guideHtml), weight('version', 2_500)],
  search: { coldMs: 300, coldBytes: 100_000, warmMedianMs: warmMs, warmMaxMs: warmMs * 2, warmResultsMedianMs: warmMs / 2, warmBusyMaxMs: 20, warmMedianBytes: 5_000, queries: ['a', 'b'] },
});

/** The peer at a scale: a third of our pages, each as costly to build; search as fast as ours. */
export const peer = (factor: number, seconds: number) => ({ ...scale(factor, seconds / 3), pages: 10 * factor, precache: undefined });

export function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    date: '2026-11-23T00:00:00Z',
    totalSeconds: 300,
    machine: { cpu: 'test', cores: 2, memoryGB: 8, loadAverageAtStart: '0 0 0' },
    versions: {},
    realCounts: { guides: 11, documents: 3, versions: 13, passages: 43 },
    scales: [scale(1, 10), scale(10, 20), scale(100, 150)],
    peer: [peer(1, 10), peer(10, 20), peer(100, 150)],
    compare: {
      implementation: 'test',
      reference: 'jsdiff',
      timings: [
        { label: 'largest, distant', document: LARGE_DOCUMENT_ID, from: '1', to: '12', chars: 600_000, firstMs: 80, firstMaxMs: 90, medianMs: 50, segmentMedianMs: 20, reference: { firstMs: 200, medianMs: 150 } },
        { label: 'typical, distant', document: 'other', from: '1', to: '4', chars: 1_000, firstMs: 500, firstMaxMs: 600, medianMs: 400, segmentMedianMs: 1, reference: { firstMs: 100, medianMs: 100 } },
      ],
    },
    ...overrides,
  };
}

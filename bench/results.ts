/** The shape of bench/results/latest.json: what `npm run bench` measured. */
import type { ContentCounts } from './synthetic-corpus.ts';

/** Gzip bytes by kind of resource. */
export interface ResourceBytes {
  html: number;
  css: number;
  js: number;
  other: number;
}

export interface PageWeight {
  template: string;
  path: string;
  /** The page's own HTML, uncompressed. */
  htmlRawBytes: number;
  /** Fetched until the load event. */
  beforeInteraction: ResourceBytes;
  /** Fetched after load, once the network was idle and 2 s more had passed, with no interaction. */
  whenIdle: ResourceBytes;
}

/** One search index's timings: the first query in a fresh page, and the later queries (other words) on the same page. */
export interface SearchGroupTiming {
  /** First query in a fresh browser: loading pagefind.js, its WebAssembly and index, then results and the first result's data. */
  coldMs: number;
  coldBytes: number;
  /** Later queries (other words) on the same page. */
  warmMedianMs: number;
  warmMaxMs: number;
  /** Warm, until search() has listed the results, before loading the first one's data. */
  warmResultsMedianMs: number;
  /** Warm, the longest the page's thread was busy while a query ran (a key pressed then waits that long); absent in rows from before it was measured. */
  warmBusyMaxMs?: number;
  warmMedianBytes: number;
}

/**
 * The main index, what the search page shows first. Warm figures: timed once
 * the site's service worker has installed (bench/measure-browser.ts,
 * `settled`), side by side with the peer where it is built. Cold: ours on a
 * first visit.
 */
export interface SearchTiming extends SearchGroupTiming {
  /** Ours: the warm median on a first visit, while the service worker precaches the shell; absent for the peer (no worker) and in rows from before it was measured. */
  firstVisitWarmMedianMs?: number;
  /** The site's second index (version pages, passage histories), searched after the main results are shown; absent for the peer and in rows from before it existed. */
  archive?: SearchGroupTiming;
  queries: string[];
}

export interface BuildMeasurement {
  seconds: number;
  /** Peak of the summed resident memory of the build's process tree, sampled at 10 Hz. */
  peakTreeRssMB: number;
  /** The highest VmHWM of a single process in the tree (exact, but one process only). */
  peakProcessHwmMB: number;
  /** User+system CPU seconds of the whole tree (to the last 100 ms sample). */
  cpuSeconds: number;
  /** The 1-minute load average when the build started: other work on the machine slows wall time. */
  loadAverage: number;
}

export interface SiteMeasurement {
  /** Set on a row kept from an earlier run (its date) when a run measured only some scales. */
  measuredAt?: string;
  build: BuildMeasurement;
  pages: number;
  outputBytes: number;
  weights: PageWeight[];
  search: SearchTiming;
}

export interface ScaleResult extends SiteMeasurement {
  factor: number;
  counts: ContentCounts;
  /** The files the service worker's precache manifest lists (bench/precache.ts): what a first visit downloads to work offline. Absent in rows from before it was measured. */
  precache?: { files: number; bytes: number };
}

export interface CompareTiming {
  label: string;
  document: string;
  from: string;
  to: string;
  /** Characters of passage text in the two versions together. */
  chars: number;
  /**
   * The first compare in a fresh page, as a reader gets it: the median over
   * five fresh browser contexts, since one cold run on a shared 2-core machine varies by half.
   */
  firstMs: number;
  /** The slowest of those five first runs. */
  firstMaxMs: number;
  /** Median of five more runs in the last page (warm). */
  medianMs: number;
  /** Of which word segmentation of both versions (median of five, warm). */
  segmentMedianMs: number;
  /**
   * The same compare with jsdiff's edit script in place of the site's (same
   * tokens, sentence pass and clean-up), timed alongside in the same pages.
   */
  reference: { firstMs: number; medianMs: number };
}

export interface BenchResults {
  date: string;
  totalSeconds: number;
  machine: { cpu: string; cores: number; memoryGB: number; loadAverageAtStart: string };
  versions: Record<string, string>;
  realCounts: ContentCounts;
  scales: ScaleResult[];
  /** A default Starlight site built from the same guides, per factor. */
  peer: (SiteMeasurement & { factor: number })[];
  compare: { implementation: string; reference: string; timings: CompareTiming[] };
}

/**
 * A run of only some scales (BENCH_FACTORS=1000) joined to the previous
 * results: the new run's rows, and the previous run's rows for the scales it
 * did not measure, each marked with the date it was measured. Machine,
 * versions and compare are the new run's.
 */
export function mergeRuns(previous: BenchResults | undefined, current: BenchResults): BenchResults {
  if (!previous) return current;
  const keep = <R extends SiteMeasurement & { factor: number }>(old: R[], fresh: R[]): R[] =>
    [...fresh, ...old.filter((o) => !fresh.some((f) => f.factor === o.factor)).map((o) => ({ ...o, measuredAt: o.measuredAt ?? previous.date }))]
      .sort((a, b) => a.factor - b.factor);
  return { ...current, scales: keep(previous.scales, current.scales), peer: keep(previous.peer, current.peer) };
}

/**
 * `npm run bench [-- --check]`: generates synthetic content at 1×, 10× and
 * 100× the real content, builds each through scripts/build.ts and, for the
 * same guides, a default Starlight site (the peer); measures build time,
 * memory, output size, page weight, search (ours and the peer's side by
 * side) and compare speed in Chromium; writes bench/results/latest.{json,md}
 * and a dated copy. With --check, exits 1 if a budget (bench/budgets.ts) is
 * missed.
 *
 * Builds run one after another (the machine has two cores), and the browser
 * is closed while anything builds so it does not compete for them.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build as esbuild, type Plugin } from 'esbuild';
import { failedBudgets, evaluateBudgets } from './budgets.ts';
import { renderReport } from './report.ts';
import { type BenchResults, mergeRuns, type PageWeight, type ScaleResult, type SiteMeasurement } from './results.ts';
import { countContent, generateSyntheticCorpus, LARGE_DOCUMENT_ID, scaleCounts } from './synthetic-corpus.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { MAIN_INDEX_OPTIONS, SEARCH_BUNDLES } from '../src/lib/search-index.ts';
import { loadValidContent } from '../src/lib/validate.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { measureBuild } from './measure-build.ts';
import { type CompareBundle, measureCompare, measurePage, measureSearch, SEARCH_QUERIES, SEARCH_ROUNDS, type CompareCase } from './measure-browser.ts';
import { writePeerSite } from './peer-site.ts';
import { precacheSize } from './precache.ts';
import { writeFiles } from './write-files.ts';
import { serveSite } from '../scripts/serve.ts';

const started = performance.now();
const check = process.argv.includes('--check');
const WORK = resolve('bench/work');
const RESULTS = resolve('bench/results');
const SEED = 20261123;
/**
 * BENCH_FACTORS=1,10 gives a quicker partial run, BENCH_FACTORS=1000 the
 * largest scale alone; rows of other scales are kept from the last results.
 */
const FACTORS = (process.env.BENCH_FACTORS ?? '1,10,100').split(',').map(Number);
/**
 * The peer is built up to 100×: default Starlight writes every guide into
 * every page's sidebar, so its guide page grows with the guides (278 kB at
 * 100×); at 1000× that is some 2.7 MB × 13 000 pages, 35 GB of output.
 */
const PEER_MAX_FACTOR = 100;
/**
 * A heap limit for every build's Node processes, so a build that outgrows its
 * budget fails instead of taking the shared machine's memory. BENCH_HEAP_MB
 * raises it for a run that should measure how far past the budget a scale goes.
 */
const BUILD_NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(process.env.BENCH_HEAP_MB ?? 6144)}`.trim();
/**
 * The guides grow with the rest of the content up to the peer's largest
 * scale, and stay as the team writes them beyond it. Issue 19's 1000× is
 * "the full text of all of Försäkringskassan's vägledningar with their
 * versions (tens of thousands of passages)": the guidance, not 13 000
 * onboarding guides. Up to 100× they grow because the peer is built from
 * the same guides, and the comparison with Starlight is one of guides.
 * BENCH_SCALE_GUIDES=1 grows them at every scale, for a stress run
 * (Pagefind alone cannot search 13 000 guides within the search budgets:
 * bench/results/search-floor.md).
 */
const guideFactor = (factor: number) => (factor <= PEER_MAX_FACTOR || process.env.BENCH_SCALE_GUIDES === '1' ? factor : 1);
const LARGE_DOCUMENT = { chars: 300_000, versions: 12 };
const GUIDE_PATH = '/kom-igang/bench-guide-0001/';
const TEMPLATES: [string, string][] = [
  ['home', '/'],
  ['guide', GUIDE_PATH],
  ['version', '/vagledningar/bench-dokument-0001/version-1/'],
  ['documents list', '/vagledningar/'],
  ['glossary', '/begrepp/'],
  ['sources', '/kallor/'],
  ['guide group', '/kom-igang/'],
];
const PEER_TEMPLATES: [string, string][] = [['home', '/'], ['guide', GUIDE_PATH]];

const log = (message: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function folderStats(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const inner = folderStats(path);
      bytes += inner.bytes;
      pages += inner.pages;
    } else {
      bytes += stat.size;
      if (name === 'index.html') pages++;
    }
  }
  return { bytes, pages };
}

interface BuiltSite { root: string; templates: [string, string][]; build: SiteMeasurement['build'] }

/**
 * Page weights of each site, then search on all of them side by side (the
 * same words in turn, in the same minutes) once each site has settled; for
 * ours also on a first visit, while its service worker precaches, which
 * gives its cold first query.
 */
async function measureSites(sites: BuiltSite[]): Promise<SiteMeasurement[]> {
  const servers = await Promise.all(sites.map((site) => serveSite(site.root, 0)));
  const origins = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const browser = await launchBrowser();
  try {
    const weights: PageWeight[][] = [];
    for (const [i, site] of sites.entries()) {
      const pages = [];
      for (const [template, path] of site.templates) pages.push(await measurePage(browser, origins[i], template, path));
      weights.push(pages);
    }
    // Ours has an archive index, searched after the main results (the peer has one index), and searches its main index in the page's thread.
    const searchSites = sites.map((site, i) => {
      const ours = existsSync(join(site.root, SEARCH_BUNDLES.archive));
      return { origin: origins[i], archive: ours ? SEARCH_BUNDLES.archive : undefined, mainOptions: ours ? MAIN_INDEX_OPTIONS : undefined };
    });
    const settled = await measureSearch(browser, searchSites, SEARCH_QUERIES, { settled: true, rounds: SEARCH_ROUNDS });
    const [firstVisit] = await measureSearch(browser, searchSites.slice(0, 1), SEARCH_QUERIES, { settled: false });
    return sites.map((site, i) => {
      const { bytes, pages } = folderStats(site.root);
      // The cold query is a new visitor's: its bytes and time come from the first visit.
      const search = i === 0 ? { ...settled[i], coldMs: firstVisit.coldMs, coldBytes: firstVisit.coldBytes, firstVisitWarmMedianMs: firstVisit.warmMedianMs } : settled[i];
      return { build: site.build, pages, outputBytes: bytes, weights: weights[i], search };
    });
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  }
}

function versionOf(pkg: string): string {
  return JSON.parse(readFileSync(resolve('node_modules', pkg, 'package.json'), 'utf8')).version;
}

/** Adjacent and distant versions of a typical document and of the 300,000-character one. */
function compareCases(contentDir: string): CompareCase[] {
  const { corpus } = loadContent(contentDir);
  const versionsOf = (document: string) =>
    corpus.versions.filter((v) => v.document === document).sort((a, b) => a.data.number! - b.data.number!)
      .map((v) => ({ id: v.id, passages: v.data.passages.map((p) => ({ id: p.id, text: p.text })) }));
  const typical = versionsOf('bench-dokument-0001');
  const large = versionsOf(LARGE_DOCUMENT_ID);
  return [
    { label: 'typical, adjacent', document: 'bench-dokument-0001', from: typical[0], to: typical[1] },
    { label: 'typical, distant', document: 'bench-dokument-0001', from: typical[0], to: typical.at(-1)! },
    { label: 'largest, adjacent', document: LARGE_DOCUMENT_ID, from: large[5], to: large[6] },
    { label: 'largest, arbitrary', document: LARGE_DOCUMENT_ID, from: large[2], to: large[8] },
    { label: 'largest, distant', document: LARGE_DOCUMENT_ID, from: large[0], to: large.at(-1)! },
  ];
}

/**
 * bench/word-diff.ts bundled for the browser: with the site's edit script, or
 * (`reference`) with bench/jsdiff-edit-script.ts in its place, so the two
 * differ only in the edit script.
 */
async function diffBundle(globalName: string, reference = false): Promise<CompareBundle> {
  const jsdiffInstead: Plugin = {
    name: 'jsdiff-edit-script',
    setup: (build) => build.onResolve({ filter: /\/edit-script\.ts$/ }, () => ({ path: resolve('bench/jsdiff-edit-script.ts') })),
  };
  const result = await esbuild({
    entryPoints: [resolve('bench/word-diff.ts')], plugins: reference ? [jsdiffInstead] : [],
    bundle: true, format: 'iife', globalName, platform: 'browser', target: 'es2022', minify: true, write: false,
  });
  return { globalName, code: result.outputFiles[0].text };
}

const realCounts = countContent(loadValidContent('content'));
const loadAtStart = loadavg().map((n) => n.toFixed(2)).join(' ');
log(`real content: ${JSON.stringify(realCounts)}`);

const scales: ScaleResult[] = [];
const peer: BenchResults['peer'] = [];
for (const factor of FACTORS) {
  const counts = scaleCounts(realCounts, factor, guideFactor(factor));
  const files = generateSyntheticCorpus({ seed: SEED, counts, largeDocument: factor === FACTORS.at(-1) ? LARGE_DOCUMENT : undefined });
  const contentDir = join(WORK, `content-${factor}x`);
  const outDir = join(WORK, `site-${factor}x`);
  writeFiles(contentDir, files);
  const generated = countContent(loadValidContent(contentDir));
  log(`${factor}×: generated ${JSON.stringify(generated)}; building`);
  // Synthetic content quotes no real source: SOURCES_DIR empty skips the quote check in the build.
  const build = await measureBuild(process.execPath, ['scripts/build.ts'], { env: { CONTENT_DIR: contentDir, OUT_DIR: outDir, SOURCES_DIR: '', NODE_OPTIONS: BUILD_NODE_OPTIONS }, log: `build at ${factor}×` });
  log(`${factor}×: built in ${build.seconds.toFixed(1)} s`);
  const built: BuiltSite[] = [{ root: outDir, templates: TEMPLATES, build }];

  if (factor <= PEER_MAX_FACTOR) {
    const peerDir = join(WORK, `peer-${factor}x`);
    writePeerSite(peerDir, files);
    log(`${factor}×: building the peer`);
    const peerBuild = await measureBuild(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: peerDir, env: { NODE_OPTIONS: BUILD_NODE_OPTIONS }, log: `peer build at ${factor}×` });
    log(`${factor}×: peer built in ${peerBuild.seconds.toFixed(1)} s`);
    built.push({ root: join(peerDir, 'dist'), templates: PEER_TEMPLATES, build: peerBuild });
  }
  log(`${factor}×: measuring in Chromium`);
  const [ours, peerSite] = await measureSites(built);
  scales.push({ factor, counts: generated, precache: precacheSize(outDir), ...ours });
  if (peerSite) peer.push({ factor, ...peerSite });
}

log('timing compare in Chromium');
const browser = await launchBrowser();
const chromium = browser.version();
const timings = await measureCompare(browser, await diffBundle('benchDiff'), await diffBundle('benchJsdiff', true), compareCases(join(WORK, `content-${FACTORS.at(-1)}x`)));
await browser.close();

const cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
const memKb = Number(/^MemTotal:\s+(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
const thisRun: BenchResults = {
  date: new Date().toISOString(),
  totalSeconds: (performance.now() - started) / 1000,
  machine: { cpu, cores: (readFileSync('/proc/cpuinfo', 'utf8').match(/^processor\s*:/gm) ?? []).length, memoryGB: Math.round(memKb / 1024 / 1024), loadAverageAtStart: loadAtStart },
  versions: { node: process.version, astro: versionOf('astro'), starlight: versionOf('@astrojs/starlight'), pagefind: versionOf('pagefind'), chromium },
  realCounts,
  scales,
  peer,
  compare: {
    implementation: 'the site\'s diffPassages (src/lib/diff-passages.ts) over every passage, bundled with esbuild',
    reference: `the same with jsdiff ${versionOf('diff')}'s diffArrays as the edit script (bench/jsdiff-edit-script.ts)`,
    timings,
  },
};
// Scales this run did not measure keep their rows from the last run, marked with its date.
const previousPath = join(RESULTS, 'latest.json');
const results = mergeRuns(existsSync(previousPath) ? JSON.parse(readFileSync(previousPath, 'utf8')) : undefined, thisRun);
const verdicts = evaluateBudgets(results);
const markdown = `# Benchmark results\n\n${renderReport(results, verdicts)}`;
mkdirSync(RESULTS, { recursive: true });
const day = results.date.slice(0, 10);
writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(RESULTS, 'latest.md'), markdown);
copyFileSync(join(RESULTS, 'latest.json'), join(RESULTS, `${day}.json`));
copyFileSync(join(RESULTS, 'latest.md'), join(RESULTS, `${day}.md`));
console.log(`\n${markdown}`);
log(`wrote bench/results/latest.json, latest.md and ${day}.*`);

if (check) {
  const failed = failedBudgets(results);
  for (const f of failed) console.error(`Budget missed: ${f.budget}: ${f.measured} ${f.unit} (limit ${f.limit} ${f.unit})`);
  if (failed.length > 0) process.exit(1);
  console.log('All budgets met.');
}

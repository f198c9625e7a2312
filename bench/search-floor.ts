/**
 * `npm run bench:search-floor`: what one Pagefind index of N pages costs a
 * search, whatever the site puts on its pages (README, "Search at 1000×").
 * For each page count and each shape of page, writes the pages into
 * bench/work/search-floor/ (git-ignored), indexes them with Pagefind as the
 * site's build does (Swedish, one filter), serves them and times the
 * benchmark's queries in Chromium with bench/measure-browser.ts's
 * measureSearch (each query to the first result's data), in
 * ROUNDS (default 3) fresh browser contexts. Writes
 * bench/results/search-floor.md and search-floor.json.
 *
 * Shapes, from least to most text per page: `minimal` (a title and two
 * words: what the list of pages costs alone), `headings` (a synthetic
 * guide's title and headings, as bench/synthetic-corpus.ts writes them),
 * `guide` (the same guide's headings and text).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { serveSite } from '../scripts/serve.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { measureSearch, median, SEARCH_QUERIES } from './measure-browser.ts';
import { seededRandom } from './random.ts';
import { phrase, sentence, textOfLength } from './swedish-text.ts';

const PAGES = (process.env.SEARCH_FLOOR_PAGES ?? '1300,3000,8000,16016').split(',').map(Number);
const SHAPES = ['minimal', 'headings', 'guide'] as const;
type Shape = (typeof SHAPES)[number];
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WORK = 'bench/work/search-floor';

/** Page i's text as HTML; the synthetic words carry no markup characters. */
function body(shape: Shape, i: number): string {
  if (shape === 'minimal') return `<h1>Sida ${i}</h1><p>${SEARCH_QUERIES[i % SEARCH_QUERIES.length]} ord${i}</p>`;
  const random = seededRandom(7919 + i);
  const parts = [`<h1>${phrase(random)} ${i}</h1>`, `<p>${sentence(random)}</p>`];
  for (let s = 0; s < 6; s++) {
    parts.push(`<h2 id="a${s}">${phrase(random)}</h2>`);
    // About the text of a synthetic guide's section: three paragraphs of 250 characters and more, three list items.
    if (shape === 'guide') for (let p = 0; p < 4; p++) parts.push(`<p>${textOfLength(random, 280)}</p>`);
  }
  return parts.join('');
}

const size = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((sum, f) => sum + size(join(path, f)), 0) : statSync(path).size;
const kB = (bytes: number) => Math.round(bytes / 100) / 10;

async function indexPages(dir: string, shape: Shape, pages: number) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="sv"><title>Start</title><p>Start</p></html>');
  for (let i = 0; i < pages; i++) {
    mkdirSync(join(dir, `s${i}`));
    writeFileSync(
      join(dir, `s${i}`, 'index.html'),
      `<!doctype html><html lang="sv"><head><title>Sida ${i}</title></head><body><main data-pagefind-body>${body(shape, i)}<span data-pagefind-filter="typ" hidden>Guide</span></main></body></html>`,
    );
  }
  const { index } = await pagefind.createIndex();
  await index!.addDirectory({ path: dir, glob: 's*/index.html' });
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  const files = readdirSync(join(dir, 'pagefind'));
  return {
    pageListKB: kB(size(join(dir, 'pagefind', files.find((f) => f.endsWith('.pf_meta'))!))),
    filterKB: kB(size(join(dir, 'pagefind', 'filter'))),
    indexKB: kB(size(join(dir, 'pagefind', 'index'))),
  };
}

const browser = await launchBrowser();
const rows = [];
for (const pages of PAGES) {
  for (const shape of SHAPES) {
    const dir = join(WORK, `${shape}-${pages}`);
    const files = await indexPages(dir, shape, pages);
    const server = await serveSite(dir, 0);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const runs = [];
    for (let round = 0; round < ROUNDS; round++) runs.push((await measureSearch(browser, [{ origin }], SEARCH_QUERIES, { settled: true }))[0]);
    server.close();
    rmSync(dir, { recursive: true, force: true });
    const row = {
      pages, shape, ...files,
      coldKB: kB(median(runs.map((r) => r.coldBytes))),
      warmMedianMs: Math.round(median(runs.map((r) => r.warmMedianMs)) * 10) / 10,
      warmRoundsMs: runs.map((r) => Math.round(r.warmMedianMs)),
      warmKB: kB(median(runs.map((r) => r.warmMedianBytes))),
      load: Math.round(loadavg()[0] * 10) / 10,
    };
    console.log(JSON.stringify(row));
    rows.push(row);
  }
}
await browser.close();

const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const md = [
  '# What one Pagefind index costs a search, by the number of its pages',
  '',
  `Run ${when} UTC (\`npm run bench:search-floor\`, bench/search-floor.ts): Pagefind ${JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version}, Swedish, one filter; the benchmark's 13 query words as measureSearch runs them (the first cold: pagefind.js, the wasm, the page list and the word's chunks; the rest warm, each to the first result's data), ${ROUNDS} fresh browser contexts per row, medians. Budgets (issue 19): cold first query ≤ 150 kB, warm median ≤ 100 ms at 1000×.`,
  '',
  'Shapes: *minimal* is a title and two words per page (one of the query words on every 13th page), the least a page can hold; *headings* a synthetic guide\'s title, first sentence and six headings; *guide* the same with about 7 000 characters of text.',
  '',
  '| pages | shape | page list kB | filters kB | index chunks kB | cold first query kB | warm median ms (per round) | warm kB/query | load |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.pages} | ${r.shape} | ${r.pageListKB} | ${r.filterKB} | ${r.indexKB} | ${r.coldKB} | ${r.warmMedianMs} (${r.warmRoundsMs.join(', ')}) | ${r.warmKB} | ${r.load} |`),
  '',
].join('\n');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search-floor.md', md);
writeFileSync('bench/results/search-floor.json', `${JSON.stringify({ when, rounds: ROUNDS, rows }, null, 2)}\n`);

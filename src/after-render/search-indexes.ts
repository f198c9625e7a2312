/**
 * Writes the site's Pagefind indexes once the pages are built
 * (scripts/after-render.ts), in place of Starlight's one (its
 * `pagefind` option is off; Starlight still marks each page's indexed part
 * with data-pagefind-body): the main index in /pagefind/ and the archive in
 * /pagefind-arkiv/ (src/lib/search-index.ts), then the offline title index in
 * /pagefind-rubriker/ from the pages those two hold (src/lib/title-index.ts).
 * Runs before the finishing steps, since the service worker precaches the
 * indexes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES, searchIndexGlobs, TITLE_BUNDLE, type SearchIndexName } from '../lib/search-index.ts';
import { titleRecord } from '../lib/title-index.ts';
import type { PageKeywords } from '../lib/search-best-bets.ts';
import { BEST_BET_PAGES_URL, BEST_BETS_URL, type BestBetPages, type BestBets, type ResultIndex } from '../lib/search-terms.ts';
import type { StepLog } from './input.ts';
import { type IndexedFragment, pageIds, readFragments } from './search-fragments.ts';

const checked = <T extends { errors: string[] }>(what: string, response: T): T => {
  if (response.errors.length) throw new Error(`Pagefind failed to ${what}:\n${response.errors.join('\n')}`);
  return response;
};

/**
 * At most this many fragment files in the title index: a first visit
 * precaches the whole index when it does (src/lib/offline-plan.ts), and a
 * file per page would be one request per page (16 000 at 1000×). A result
 * loads its group's file, which offline is already cached.
 */
const TITLE_FRAGMENT_FILES = 20;

/** The one language of the site's pages, as Pagefind found it in the main index. */
function siteLanguage(siteDir: string): string {
  const entry = JSON.parse(readFileSync(join(siteDir, SEARCH_BUNDLES.main.slice(1), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1) throw new Error(`The title index is written for a site in one language; the main index has ${languages.join(', ') || 'none'}.`);
  return languages[0];
}

/** Runs `work` with a Pagefind process started for it and ended after it (pagefind.close; the next call starts a new one). */
async function inOwnProcess<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await pagefind.close();
  }
}

/** Writes the title index: a record for each page of the main index and the archive, from their fragments and the page's keywords; returns those pages. */
async function writeTitleIndex(siteDir: string, keywords: PageKeywords): Promise<IndexedFragment[]> {
  const language = siteLanguage(siteDir);
  const { index } = checked('start the title index', await pagefind.createIndex({ maxFragments: TITLE_FRAGMENT_FILES }));
  const pages = readFragments(siteDir);
  for (const page of pages) {
    checked(`add ${page.url} to the title index`, await index!.addCustomRecord(titleRecord(page, keywords[page.url] ?? [], language)));
  }
  checked('write the title index', await index!.writeFiles({ outputPath: join(siteDir, TITLE_BUNDLE) }));
  return pages;
}

/** Writes the main index and the archive, one Pagefind process each, then the title index. */
export async function writeSearchIndexes(siteDir: string, keywords: PageKeywords, log: StepLog): Promise<void> {
  const top = readdirSync(siteDir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  const globs = searchIndexGlobs(top);
  // One index at a time, each in a Pagefind process of its own that ends once the index is written, so what
  // one index held is given back before the next starts, not only freed inside a process that keeps running.
  for (const name of Object.keys(globs) as SearchIndexName[]) {
    const started = performance.now();
    const pages = await inOwnProcess(async () => {
      const { index } = checked('start an index', await pagefind.createIndex());
      let count = 0;
      for (const glob of globs[name]) count += checked(`index ${glob}`, await index!.addDirectory({ path: siteDir, glob })).page_count;
      checked('write the index', await index!.writeFiles({ outputPath: join(siteDir, SEARCH_BUNDLES[name]) }));
      return count;
    });
    log.info(`Search index ${SEARCH_BUNDLES[name]} from ${pages} HTML files in ${seconds(started)} s.`);
  }
  const started = performance.now();
  const pages = await inOwnProcess(() => writeTitleIndex(siteDir, keywords));
  log.info(`Offline title index ${TITLE_BUNDLE} of ${pages.length} pages in ${seconds(started)} s.`);
  writeBestBetPages(siteDir, pages);
}

/**
 * The best bets' pages with their ids in each index (BestBetPages), beside
 * the best bets: the search page finds them among any number of results by
 * id, where it would otherwise load results' data to read their addresses.
 */
function writeBestBetPages(siteDir: string, indexed: IndexedFragment[]): void {
  const bets = JSON.parse(readFileSync(join(siteDir, BEST_BETS_URL), 'utf8')) as BestBets;
  const wanted = new Set(Object.values(bets).flat());
  const pages: BestBetPages = {};
  const add = (url: string, index: ResultIndex, id: string) => {
    if (wanted.has(url)) (pages[url] ??= {})[index] = id;
  };
  // The main index's and the archive's pages as the title index was written from them; the title index's own ids read back.
  for (const page of indexed) add(page.url, page.index, page.id);
  for (const [url, id] of pageIds(siteDir, TITLE_BUNDLE)) add(url, 'titles', id);
  const missing = [...wanted].filter((url) => !pages[url]?.main && !pages[url]?.archive);
  if (missing.length) throw new Error(`Best bets name pages that no search index holds (a page left out of search, or renamed): ${missing.join(', ')}`);
  writeFileSync(join(siteDir, BEST_BET_PAGES_URL), JSON.stringify(pages));
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

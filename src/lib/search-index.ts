/**
 * The site's two Pagefind indexes. A common word is on most pages, and
 * Pagefind's time for a query follows the pages that have it (it scores each
 * one and hands its places to the page), so the pages most readers look for
 * — guides, documents, glossary, sources, processes, timeline, statistics —
 * are one index, searched first, and the archive — every indexed page under
 * /vagledningar/<document>/: version pages and passage histories (change
 * pages are left out of search, their wording is the versions') — is a
 * second index the search page searches after it and lists as its own group
 * (README, "Search").
 */

export type SearchIndexName = 'main' | 'archive';

/** Where each index is written in the built site, and where the search page loads it from. */
export const SEARCH_BUNDLES: Record<SearchIndexName, string> = { main: '/pagefind/', archive: '/pagefind-arkiv/' };

/**
 * Pagefind options for the main index, searched in the page's own thread, not
 * in Pagefind's web worker. With the worker, each query's results (every page
 * that has the word, with its word places) are copied from the worker to the
 * page, and that copy is most of the difference: at 100× the main index
 * answered in 25 ms in the page against 31 ms through the worker, and a
 * query kept the page busy for at most 33–44 ms (the peer's, its results
 * arriving from its worker: 12–73 ms) (README, "Search"). The archive, whose
 * results at 1000× number thousands (68–138 ms a query),
 * and the offline title index, which holds every page, stay in the worker, so
 * typing does not wait for their search (it still waits for the copy of
 * their results: up to 418 ms for the archive at 1000×; README).
 */
export const MAIN_INDEX_OPTIONS = { noWorker: true };

/** The archive's pages: anything below a document's own page. */
const ARCHIVE_GLOB = 'vagledningar/*/*/**/*.html';

/** An entry at the top of the built site: a file or a folder name. */
export interface TopEntry {
  name: string;
  folder: boolean;
}

/**
 * The globs (relative to the site folder, Pagefind's syntax) whose HTML files
 * each index reads. Pagefind's globs have no "all but", so the main index
 * names each top-level folder except /vagledningar/, of which it takes the
 * list and the documents' own pages; the archive takes what is below those.
 * Together they cover every HTML file once.
 */
export function searchIndexGlobs(top: TopEntry[]): Record<SearchIndexName, string[]> {
  const folders = top.filter((e) => e.folder && e.name !== 'vagledningar').map((e) => `${e.name}/**/*.html`);
  const hasArchiveFolder = top.some((e) => e.folder && e.name === 'vagledningar');
  return {
    main: ['*.html', ...folders.sort(), ...(hasArchiveFolder ? ['vagledningar/*.html', 'vagledningar/*/*.html'] : [])],
    archive: hasArchiveFolder ? [ARCHIVE_GLOB] : [],
  };
}

/** The index a page belongs to, by its URL ("/vagledningar/d/version-1/" → archive). */
export function searchIndexOf(url: string): SearchIndexName {
  const parts = url.split('/').filter(Boolean);
  return parts[0] === 'vagledningar' && parts.length >= 3 ? 'archive' : 'main';
}

/**
 * The offline title index (src/lib/title-index.ts): every page of both
 * indexes by its title, headings and search keywords. A first visit
 * precaches it in place of the main index when that index would take the
 * shell past its limit (src/lib/offline-plan.ts).
 */
export const TITLE_BUNDLE = '/pagefind-rubriker/';

/** The filter each of its records carries with the index its page is in ("main", "archive"); the search page shows no control for it. */
export const TITLE_INDEX_FILTER = 'sokindex';

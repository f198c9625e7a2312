/**
 * What the site keeps offline, decided at build time from the built files
 * and their sizes. A first visit precaches only the shell: the frame (CSS,
 * JS, icons), the home, about, glossary, search and "not saved" pages, the
 * main search index complete while the shell stays within the limit with it
 * (past it, the offline title index in its place: every page by its title,
 * headings and search keywords, src/lib/title-index.ts), the archive's
 * search index with the main one while the total stays within the limit
 * (so offline search finds every page; past it, the search page says the
 * archive is not searchable offline until saved), and the guides in reading
 * order as far as the guide share of the budget goes.
 * Everything else is cached when it is read, or saved on request per document or for
 * the whole site; the sets for those are listed here with their sizes, so
 * the page can show what a save will take before it starts.
 */

import { SEARCH_BUNDLES, searchIndexOf, TITLE_BUNDLE, type SearchIndexName } from './search-index.ts';
import { BEST_BET_PAGES_URL, BEST_BETS_URL } from './search-terms.ts';

/** A built file: its path under the site folder ("vagledningar/x/index.html") and size. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** A set of files to save: each file's URL and size, and their total. */
export interface SaveSet {
  /**
   * [URL, bytes] of each file, pages first. The save control saves the last
   * file only once every other is saved: in the site's set it is the
   * archive's page list, whose presence on a device then means the archive's
   * search index is complete there.
   */
  files: [string, number][];
  pages: number;
  bytes: number;
}

/** A Pagefind fragment: the file that holds one page's title and text for a search result. */
export interface SearchFragment {
  /** The fragment's id, as Pagefind's search result gives it (the file name without extension). */
  id: string;
  path: string;
  url: string;
  title: string;
}

export interface OfflinePlan {
  /** Paths under the site folder to precache on the first visit. */
  shell: string[];
  shellBytes: number;
  /** The main search index (what grows with the content), and whether it is in the shell: it is when the shell stays within the limit with it. */
  searchIndexBytes: number;
  mainIndexInShell: boolean;
  /** The offline title index, in the shell in place of the main index when that is not. */
  titleIndexBytes: number;
  /** The archive's search index with its page list, and whether they are in the shell (they are left out when they would take the shell past the limit). */
  archiveIndexBytes: number;
  archiveIndexInShell: boolean;
  guidesInShell: number;
  guidesLeftOut: number;
  /** Per document id: its pages (document, versions, passage histories, changes), the compare page and its line's compare data, their search fragments. */
  documents: Map<string, SaveSet>;
  /** Everything the shell does not hold. */
  site: SaveSet;
}

/** Caches the worker and the save control share; a save puts a file where the worker's route for it looks. */
export const CACHE_NAMES = { pages: 'sidor', files: 'filer' } as const;

/**
 * The frames kept for pages read or saved under an earlier build: each
 * frame (a build's /_astro/ CSS and JS, named by their content) in a cache
 * of its own, named by this prefix and the time it was kept; the newest
 * FRAMES_KEPT of them are kept (keepFrame in src/after-render/service-worker.ts).
 */
export const FRAME_CACHE_PREFIX = 'ramar-';
export const FRAMES_KEPT = 3;

/** The frame of a build: its files under /_astro/ (not source maps), as URLs. */
export const frameUrls = (paths: string[]) => paths.filter((p) => p.startsWith('_astro/') && !p.endsWith('.map')).map((p) => `/${p}`).sort();

/** The cache a saved URL belongs in: pages (the worker's navigation route) or other files. */
export const cacheNameFor = (url: string) => (url.endsWith('/') ? CACHE_NAMES.pages : CACHE_NAMES.files);

/**
 * The first-visit budget: guides are added in reading order while the total
 * stays within the guide budget (at 1× every guide fits with room to spare).
 * The shell is precached with a search index whatever its size, since search
 * must work offline: the main index while the shell stays within the limit
 * with it, else the title index, which is much smaller (README, "Offline");
 * the build says which (precacheWarning). The archive's index is added
 * before the guides when the main index is in the shell and the total stays
 * within the limit.
 */
export const PRECACHE_GUIDE_BUDGET_BYTES = 10_000_000;
export const PRECACHE_LIMIT_BYTES = 25_000_000;

export const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

type PlanSizes = Pick<OfflinePlan, 'searchIndexBytes' | 'mainIndexInShell' | 'titleIndexBytes' | 'archiveIndexBytes' | 'archiveIndexInShell'>;

/** The build's warning when a search index is left out of the shell or a first visit would download more than the limit, or undefined. */
export function precacheWarning(plan: PlanSizes, bytes: number, limit = PRECACHE_LIMIT_BYTES): string | undefined {
  const titles = plan.mainIndexInShell
    ? undefined
    : `The main search index (${megabytes(plan.searchIndexBytes)}) is not precached: it would take a first visit past ${megabytes(limit)}. ` +
      `The offline title index (${megabytes(plan.titleIndexBytes)}) is precached instead, and the main index is saved with the whole site, ` +
      'so offline, until the site is saved, search finds pages by their titles, headings and search keywords (README, "Offline").';
  const archive =
    plan.archiveIndexInShell || !plan.mainIndexInShell
      ? undefined
      : `The archive's search index and page list (${megabytes(plan.archiveIndexBytes)}) are not precached: they would take a first visit past ${megabytes(limit)}, ` +
        'so offline the search page says the archive cannot be searched until the site is saved (README, "Offline").';
  const index = plan.mainIndexInShell ? `the main search index is ${megabytes(plan.searchIndexBytes)}` : `the offline title index is ${megabytes(plan.titleIndexBytes)}`;
  const over =
    bytes <= limit
      ? undefined
      : `A first visit downloads ${megabytes(bytes)}, over the limit of ${megabytes(limit)}; ${index} of it. ` +
        'Offline search needs that index whole: index less text in it, with data-pagefind-ignore (README, "Offline").';
  return [over, titles, archive].filter(Boolean).join('\n') || undefined;
}

/**
 * Where the worker and the search page find each index's page list
 * (OfflinePages): the main one is in the shell, the archive's travels with
 * the archive's search index, so the shell's list does not grow with the
 * archive's version pages and passage histories.
 */
export const OFFLINE_LISTS: Record<SearchIndexName, string> = { main: '/offline/sidor.json', archive: '/offline/sidor-arkiv.json' };
export const documentSaveUrl = (documentId: string) => `/offline/dokument/${documentId}.json`;
export const SITE_SAVE_URL = '/offline/webbplatsen.json';
/** The page the worker shows for a page the site has but this device has not saved. */
export const NOT_SAVED_PAGE = '/utan-nat/';

/** The URL a built file is served at: "a/index.html" → "/a/", "index.html" → "/". */
export const fileUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/** The file a page URL is built as: "/a/" → "a/index.html". */
const pageFile = (url: string) => `${url.slice(1)}index.html`;

/** The built file a URL is served from: a page's index.html, or the file itself ("/data/x.json" → "data/x.json"). */
export const builtFileOf = (url: string) => (url.endsWith('/') ? pageFile(url) : url.slice(1));

/** Pages of the shell besides the guides: entry points, and what the worker answers offline with. */
const SHELL_PAGES = ['/', '/om/', '/begrepp/', '/sok/', NOT_SAVED_PAGE];
const SHELL_FILES = ['favicon.svg', 'manifest.webmanifest', 'sw-register.js', BEST_BETS_URL.slice(1), BEST_BET_PAGES_URL.slice(1), OFFLINE_LISTS.main.slice(1)];

/** A search bundle's folder in the built site ("pagefind/"). */
const bundleFolder = (index: SearchIndexName) => SEARCH_BUNDLES[index].slice(1);
const TITLE_FOLDER = TITLE_BUNDLE.slice(1);

/**
 * Files of a Pagefind bundle (its folder) a search needs: the loader and its
 * web worker, the entry, the metadata, the wasm of the site's languages,
 * every index and filter chunk. Fragments (one per page, its text for the
 * excerpt) are not: a result whose fragment is not cached is shown with its
 * title from its index's page list (OFFLINE_LISTS). Pagefind's ready-made
 * UIs are not used by the site.
 */
function isSearchIndex(path: string, folder: string, wasmLanguages: string[]): boolean {
  if (!path.startsWith(folder)) return false;
  const name = path.slice(folder.length);
  return (
    ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].includes(name) ||
    (!name.includes('/') && name.endsWith('.pf_meta')) ||
    wasmLanguages.some((language) => name === `wasm.${language}.pagefind`) ||
    name.startsWith('index/') ||
    name.startsWith('filter/')
  );
}

const ARCHIVE_LIST = OFFLINE_LISTS.archive.slice(1);

const isShellAsset = (path: string) =>
  path.startsWith('_astro/') || SHELL_FILES.includes(path) || path === '404.html' || /^icon-[^/]*\.png$/.test(path);

/**
 * The title index a search needs: its search files and its fragments, which
 * hold each result's title and are few (grouped into a few files,
 * src/after-render/search-indexes.ts).
 */
const isTitleIndex = (path: string, wasmLanguages: string[]) => isSearchIndex(path, TITLE_FOLDER, wasmLanguages) || path.startsWith(`${TITLE_FOLDER}fragment/`);

/**
 * Files a reader never fetches: the save lists themselves, Pagefind's unused
 * UIs and wasm (a search fetches only index files and fragments), and the
 * title index outside the shell (a device that saves the site searches the
 * full indexes).
 */
const isNeverRead = (path: string, wasmLanguages: string[]) =>
  (path.startsWith('offline/') && path !== ARCHIVE_LIST) ||
  path.endsWith('.map') ||
  path.startsWith(TITLE_FOLDER) ||
  (Object.keys(SEARCH_BUNDLES) as SearchIndexName[]).some(
    (index) => path.startsWith(bundleFolder(index)) && !path.startsWith(`${bundleFolder(index)}fragment/`) && !isSearchIndex(path, bundleFolder(index), wasmLanguages),
  );

export interface PlanInput {
  files: BuiltFile[];
  /** Guide URLs in reading order (the sidebar's). */
  guides: string[];
  /** Each document with the URL of its line's compare data (the compare page's script reads no other for its versions). */
  documents: { id: string; compareData: string }[];
  fragments: SearchFragment[];
  /** Pagefind's wasm languages (pagefind-entry.json). */
  wasmLanguages: string[];
  guideBudget?: number;
  /** The first visit's limit, PRECACHE_LIMIT_BYTES; a test passes a smaller one to see the plan of a larger site. */
  limit?: number;
}

export function planOffline({
  files, guides, documents, fragments, wasmLanguages, guideBudget = PRECACHE_GUIDE_BUDGET_BYTES, limit = PRECACHE_LIMIT_BYTES,
}: PlanInput): OfflinePlan {
  const sizes = new Map(files.map((f) => [f.path, f.bytes]));
  const fragmentOf = new Map(fragments.map((f) => [f.url, f.path]));
  /** A page's file and its search fragment, where it has them. */
  const pageFiles = (url: string) => [pageFile(url), fragmentOf.get(url)].filter((p): p is string => p !== undefined && sizes.has(p));

  const indexFiles = (index: SearchIndexName) => files.filter((f) => isSearchIndex(f.path, bundleFolder(index), wasmLanguages));
  const bytesOf = (list: BuiltFile[]) => list.reduce((sum, f) => sum + f.bytes, 0);
  const shell = new Set(files.map((f) => f.path).filter(isShellAsset));
  for (const url of SHELL_PAGES) for (const p of pageFiles(url)) shell.add(p);
  let shellBytes = [...shell].reduce((sum, p) => sum + (sizes.get(p) ?? 0), 0);
  const addToShell = (list: BuiltFile[]) => {
    for (const f of list) shell.add(f.path);
    shellBytes += bytesOf(list);
  };
  const main = indexFiles('main');
  const titles = files.filter((f) => isTitleIndex(f.path, wasmLanguages));
  const searchIndexBytes = bytesOf(main);
  const titleIndexBytes = bytesOf(titles);
  const mainIndexInShell = shellBytes + searchIndexBytes <= limit;
  addToShell(mainIndexInShell ? main : titles);
  // The archive's page list goes where its index goes: it names the pages and results only that index finds.
  const archive = [...indexFiles('archive'), ...files.filter((f) => f.path === ARCHIVE_LIST)];
  const archiveIndexBytes = bytesOf(archive);
  // Not without the main index: the pages most readers look for come first.
  const archiveIndexInShell = mainIndexInShell && shellBytes + archiveIndexBytes <= limit;
  if (archiveIndexInShell) addToShell(archive);
  let guidesInShell = 0;
  for (const url of guides) {
    // Without the main index a guide's fragment is of no use offline: the title index's results carry their own text.
    const add = pageFiles(url).filter((p) => !shell.has(p) && (mainIndexInShell || p === pageFile(url)));
    const bytes = add.reduce((sum, p) => sum + sizes.get(p)!, 0);
    if (shellBytes + bytes > guideBudget) break;
    for (const p of add) shell.add(p);
    shellBytes += bytes;
    guidesInShell++;
  }

  const pages = pageUrls(files);
  const saveSet = (urls: string[]): SaveSet => {
    const entries = urls.map((url): [string, number] => [url, sizes.get(builtFileOf(url)) ?? 0]);
    return { files: entries, pages: urls.filter((u) => u.endsWith('/')).length, bytes: entries.reduce((sum, [, b]) => sum + b, 0) };
  };
  const fragmentUrls = (pageUrls: string[]) => pageUrls.flatMap((u) => (fragmentOf.has(u) ? [`/${fragmentOf.get(u)}`] : []));

  // Pages by the folder under /vagledningar/ they are in (a document's id), so each document's are found once.
  const underDocument = Map.groupBy(pages.filter((u) => u.startsWith('/vagledningar/')), (u) => u.split('/')[2]);
  const documentSets = new Map<string, SaveSet>();
  const compare = ['/vagledningar/jamfor/'].filter((u) => pages.includes(u));
  for (const { id, compareData } of documents) {
    const own = underDocument.get(id) ?? [];
    const data = [compareData].filter((u) => sizes.has(u.slice(1)));
    documentSets.set(id, saveSet([...own, ...compare, ...fragmentUrls(own), ...data]));
  }
  const rest = files.map((f) => f.path).filter((p) => !shell.has(p) && !isNeverRead(p, wasmLanguages));
  const restPages = rest.filter((p) => p.endsWith('index.html')).map(fileUrl);
  // The archive's list last, so that it is saved only once its index is (SaveSet).
  const restFiles = rest
    .filter((p) => !p.endsWith('index.html') && p !== '404.html')
    .sort((a, b) => Number(a === ARCHIVE_LIST) - Number(b === ARCHIVE_LIST))
    .map((p) => `/${p}`);
  return {
    shell: [...shell].sort(),
    shellBytes,
    searchIndexBytes,
    mainIndexInShell,
    titleIndexBytes,
    archiveIndexBytes,
    archiveIndexInShell,
    guidesInShell,
    guidesLeftOut: guides.length - guidesInShell,
    documents: documentSets,
    site: saveSet([...restPages, ...restFiles]),
  };
}

/** What the worker and the search page read offline, per search index: its pages, and each of its search fragments' page and title. */
export interface OfflinePages {
  /** The pages no result names (change pages and others not in search): these and the results' URLs are every page the list covers. */
  pages: string[];
  /** Fragment id → [URL, title], for a search result whose fragment is not cached. */
  results: Record<string, [string, string]>;
}

/** The shell's page list (OFFLINE_LISTS.main) also tells the search page which index the shell holds. */
export interface ShellPages extends OfflinePages {
  /** True when the shell holds the title index in place of the main index (OfflinePlan.mainIndexInShell false). */
  titleIndex: boolean;
}

/** Every page's URL, sorted. */
const pageUrls = (files: BuiltFile[]) => files.map((f) => f.path).filter((p) => p.endsWith('index.html')).map(fileUrl).sort();

/**
 * The page list of each search index (OFFLINE_LISTS): the archive's has the
 * pages under a document's own page (searchIndexOf; change pages too, though
 * not indexed) and the archive's fragments, the main one every other page
 * and the main index's fragments. Offline, a navigation to a listed page
 * that is not cached gets the "not saved" page, any other path the 404 page;
 * a search result whose fragment is not cached is shown with its page's
 * title from its index's list. A page with a result is named only there,
 * which keeps the shell's list a quarter smaller (README, "Offline").
 */
export function offlinePages(files: BuiltFile[], fragments: SearchFragment[]): Record<SearchIndexName, OfflinePages> {
  const pages = pageUrls(files);
  const list = (index: SearchIndexName): OfflinePages => {
    const own = fragments.filter((f) => f.path.startsWith(bundleFolder(index)));
    const named = new Set(own.map((f) => f.url));
    return {
      pages: pages.filter((url) => searchIndexOf(url) === index && !named.has(url)),
      results: Object.fromEntries(own.map((f) => [f.id, [f.url, f.title]])),
    };
  };
  return { main: list('main'), archive: list('archive') };
}

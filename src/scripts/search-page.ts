/**
 * The /sok/ page: Pagefind search with filters, the query and filters kept in
 * the URL (?q=…&typ=…) so a search can be shared, bookmarked and restored.
 *
 * - Two groups from two indexes (src/lib/search-index.ts): the main results
 *   (guides, documents, glossary, sources, processes, timeline, statistics)
 *   are searched and shown first; then the archive (version pages, passage
 *   histories) is searched and shown below under its own heading. Offline,
 *   if the archive's index is not complete on this device, its group says so
 *   (its page list arrives after the whole index, so without the list it
 *   is not searched: Pagefind would skip a missing chunk and find nothing).
 * - Results come 20 at a time (per group); "Visa fler träffar" adds the next 20 and moves
 *   focus to the first new one. The count is read out (role="status").
 * - Filters are collapsed groups whose counts are those of the current query
 *   in both indexes (Pagefind's `filters` in each search response); values
 *   within a group are alternatives (any), groups narrow each other. When a
 *   combination gives nothing, the page names the filter to remove, with a
 *   link that removes it. Their values and counts are loaded once a reader
 *   opens a group or the address chooses a filter: with Pagefind's filter
 *   index loaded, every search counts every value over all its results, a
 *   cost that grows with the pages times the results (README, "Search").
 * - Excerpts are built as DOM nodes from Pagefind's escaped text and <mark>s
 *   (src/lib/search-excerpt.ts); each hit carries hidden text for screen readers.
 * - Best bets: a query that is exactly a glossary term, an abbreviation, its
 *   expansion, a short form or a page title (/data/sokord.json) puts the pages
 *   it names first in their group, in front of Pagefind's ranking, wherever
 *   Pagefind ranked them (found by their ids, /data/sokord-sidor.json).
 * - Offline, a result whose Pagefind fragment is not on the device (online,
 *   fragments outside the shell are not kept: src/after-render/service-worker.ts)
 *   is still listed, with its title from its index's page list (OFFLINE_LISTS:
 *   /offline/sidor.json, /offline/sidor-arkiv.json) and, in place of the
 *   excerpt, a note: that its page is saved, or that it is not (its link
 *   then opens the "not saved" page).
 * - Offline, when the shell holds the title index in place of the main index
 *   (the shell's page list says so: the main index would have taken a first
 *   visit past its limit, src/lib/offline-plan.ts) and the site is not saved
 *   on this device, both groups search the title index (each its own pages,
 *   by the index filter its records carry), and a notice says that the search
 *   looks only in titles and headings until the site is saved.
 */
import { formatNumber } from '../lib/numbers.ts';
import { excerptPieces } from '../lib/search-excerpt.ts';
import { OFFLINE_LISTS, type OfflinePages, type ShellPages } from '../lib/offline-plan.ts';
import { MAIN_INDEX_OPTIONS, SEARCH_BUNDLES, type SearchIndexName, TITLE_BUNDLE, TITLE_INDEX_FILTER } from '../lib/search-index.ts';
import { BEST_BET_PAGES_URL, BEST_BETS_URL, type BestBetPages, type BestBets, bestBetsFirst, bestBetUrls } from '../lib/search-terms.ts';

interface SubResult { title: string; url: string; excerpt: string }
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
  /** Offline, without its fragment (so no excerpt): whether its page is on this device (read online, saved or in the shell). */
  offline?: 'saved' | 'not saved';
}
interface Hit { id: string; data: () => Promise<ResultData> }
type Counts = Record<string, Record<string, number>>;
type FilterQuery = Record<string, { any: string[] }>;
interface Response { results: Hit[]; filters: Counts; totalFilters: Counts }
interface Pagefind {
  createInstance: (o: { basePath: string }) => Pagefind;
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Counts>;
  search: (q: string, o?: { filters?: FilterQuery }) => Promise<Response | null>;
}

export const PAGE_SIZE = 20;
const FILTER_LABELS: Record<string, string> = { typ: 'Innehåll', dokument: 'Dokument', version: 'Version', år: 'År' };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/** An excerpt as text nodes and <mark>s; each mark starts with "träff:" for screen readers. */
function excerpt(html: string): Node[] {
  return excerptPieces(html).map(({ text, hit }) =>
    hit ? element('mark', {}, element('span', { className: 'sr-only' }, 'träff: '), text) : document.createTextNode(text),
  );
}

function chosenFilters(params: URLSearchParams | FormData): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const key of Object.keys(FILTER_LABELS)) {
    const values = params.getAll(key).map(String);
    if (values.length) chosen[key] = values;
  }
  return chosen;
}

const asQuery = (chosen: Record<string, string[]>): FilterQuery =>
  Object.fromEntries(Object.entries(chosen).map(([k, values]) => [k, { any: values }]));

const plural = (n: number) => (n === 1 ? '1 träff' : `${formatNumber(n, 0)} träffar`);

const offlineResults: Partial<Record<SearchIndexName, Promise<OfflinePages['results']>>> = {};

/** What an offline result without an excerpt says instead, by whether its page is on the device. */
const OFFLINE_NOTES: Record<NonNullable<ResultData['offline']>, string> = {
  saved: 'Sidan är sparad för läsning utan nät. Utdrag ur texten visas när du är ansluten.',
  'not saved': 'Sidan är inte sparad för läsning utan nät. Den går att öppna när du är ansluten.',
};

/** Whether this device has a page to read offline: read online (kept by its address), saved, or in the shell (by its index.html). */
const pageOnDevice = async (url: string) =>
  'caches' in window && ((await caches.match(url, { ignoreSearch: true })) ?? (await caches.match(`${url}index.html`, { ignoreSearch: true }))) !== undefined;

/**
 * A result's data; offline, when its fragment is not on the device (a page
 * read online keeps its page, not its fragment), its address and title from
 * its index's page list, and whether the page itself can be opened.
 */
async function resultData(hit: Hit, index: SearchIndexName): Promise<ResultData> {
  try {
    return await hit.data();
  } catch (error) {
    offlineResults[index] ??= fetch(OFFLINE_LISTS[index]).then(async (r) => ((await r.json()) as OfflinePages).results);
    const [url, title] = (await offlineResults[index])[hit.id] ?? [];
    if (!url) throw error;
    return { url, excerpt: '', meta: { title }, sub_results: [], offline: (await pageOnDevice(url)) ? 'saved' : 'not saved' };
  }
}

/** The ranking options both indexes are searched with (see runSearchPage). */
const RANKING = { excerptLength: 24, ranking: { termSimilarity: 2, pageLength: 0.3 } };

/** Whether this device has the archive's whole index: its page list is saved after the index's files (src/lib/offline-plan.ts). */
const archiveSaved = async () => 'caches' in window && (await caches.match(OFFLINE_LISTS.archive, { ignoreSearch: true })) !== undefined;

/**
 * Whether this page searches the title index: offline, the shell holds it in
 * place of the main index, and the site is not saved here (the archive's page
 * list is the whole site's last file, so with it the main index is whole too).
 */
async function searchesTitles(): Promise<boolean> {
  if (navigator.onLine) return false;
  const shell = await fetch(OFFLINE_LISTS.main).then((r) => r.json() as Promise<ShellPages>).catch(() => undefined);
  return shell?.titleIndex === true && !(await archiveSaved());
}

/** One group of results on the page: its index, list, status line and "Visa fler" button. */
interface Group {
  index: SearchIndexName;
  pagefind: () => Promise<Pagefind>;
  /** Searching the title index: the filter that keeps to this group's pages. */
  only: FilterQuery;
  list: HTMLOListElement;
  status: HTMLElement;
  more: HTMLButtonElement;
  /** The status line for a number of hits (the main group names the query; the archive says where). */
  found: (total: number, query: string) => string;
  none: (query: string, filtered: boolean) => string;
  hits: Hit[];
  shown: number;
  total: number;
}

export async function runSearchPage() {
  const form = document.querySelector<HTMLFormElement>('.search-page-form')!;
  const input = document.querySelector<HTMLInputElement>('#sok-falt')!;
  const filterBox = document.querySelector<HTMLElement>('#sokfilter')!;
  const hint = document.querySelector<HTMLElement>('#sokhint')!;
  const archiveSection = document.querySelector<HTMLElement>('#sokarkiv')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  const titles = await searchesTitles();
  document.querySelector<HTMLElement>('#sokutannat')!.hidden = !titles;
  // Without the best bets or their ids the results keep Pagefind's order.
  const json = <T>(url: string): Promise<T | Record<string, never>> => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : {})).catch(() => ({}));
  const [pagefind, bets, betPages] = await Promise.all([
    import(/* @vite-ignore */ `${titles ? TITLE_BUNDLE : SEARCH_BUNDLES.main}pagefind.js`) as Promise<Pagefind>,
    json<BestBets>(BEST_BETS_URL),
    json<BestBetPages>(BEST_BET_PAGES_URL),
  ]);
  // Ranking (see README, "Search"): exact words weigh far above prefix and stemmed matches (termSimilarity 2,
  // Pagefind's default 1), so "BÖRS" finds BÖRS before "Börja här"; long pages are penalised less (pageLength 0.3
  // against 0.75), so an overview such as the timeline is not outranked by a short page that only carries the word
  // in its title. Exact matches of glossary terms, abbreviations, short forms and titles go first (best bets).
  // The main index is searched in the page's thread, the title index in Pagefind's worker (MAIN_INDEX_OPTIONS);
  // Pagefind keeps only the last options given before its first search, so they go in one call.
  await pagefind.options(titles ? RANKING : { ...RANKING, ...MAIN_INDEX_OPTIONS });
  // The archive's index is loaded on its first search, after the main results are shown.
  let archive: Promise<Pagefind> | undefined;
  /**
   * Each index's filter values with their counts over all its pages (shown when there is no query). The main
   * index's are set once both indexes' filters are in: a search that starts before shows no counts (recount does).
   */
  let mainTotals: Counts | undefined;
  let archiveTotals: Counts | undefined;
  const totals = () => (archiveTotals ? [mainTotals!, archiveTotals] : [mainTotals!]);
  /** Set once a reader opens a filter group or the address chooses a filter; from then on an index loads its filters as it starts. */
  let filtersLoaded: Promise<void> | undefined;
  const archivePagefind = () =>
    (archive ??= (async () => {
      const instance = pagefind.createInstance({ basePath: SEARCH_BUNDLES.archive });
      await instance.options(RANKING);
      if (filtersLoaded) {
        archiveTotals = await instance.filters();
        addFilterValues(archiveTotals);
      }
      return instance;
    })());

  const group = (id: string, index: SearchIndexName, pagefind: () => Promise<Pagefind>, found: Group['found'], none: Group['none']): Group => ({
    index,
    pagefind,
    only: titles ? { [TITLE_INDEX_FILTER]: { any: [index] } } : {},
    list: document.querySelector<HTMLOListElement>(`#${id}resultat`)!,
    status: document.querySelector<HTMLElement>(`#${id}status`)!,
    more: document.querySelector<HTMLButtonElement>(`#${id}fler`)!,
    found,
    none,
    hits: [],
    shown: 0,
    total: 0,
  });
  const main = group(
    'sok',
    'main',
    async () => pagefind,
    (total, query) => `${plural(total)} för ”${query}”.`,
    (query, filtered) => `Inga träffar för ”${query}”${filtered ? ' med de valda filtren' : ''}.`,
  );
  const archived = group(
    'sokarkiv',
    'archive',
    // The title index holds both groups' pages.
    titles ? async () => pagefind : archivePagefind,
    (total) => `${plural(total)} i arkivet.`,
    (_query, filtered) => `Inga träffar i arkivet${filtered ? ' med de valda filtren' : ''}.`,
  );
  const groups = [main, archived];

  // One collapsed group per filter, in FILTER_LABELS' order; the values and their counts are updated for every search.
  const initial = chosenFilters(params);
  const filterGroups = new Map<string, { details: HTMLDetailsElement; chosen: HTMLElement; fieldset: HTMLFieldSetElement; status: HTMLElement; boxes: Map<string, { label: HTMLLabelElement; box: HTMLInputElement; count: HTMLElement }> }>();
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const status = element('p', { className: 'filter-status' }, 'Hämtar filtret …');
    const fieldset = element('fieldset', {}, element('legend', { className: 'sr-only' }, label), status);
    const chosen = element('span', { className: 'filter-chosen' }, ...(initial[key] ? [`: ${initial[key].join(', ')}`] : []));
    const details = element('details', { className: 'search-filter' }, element('summary', {}, label, chosen), fieldset);
    details.addEventListener('toggle', () => {
      if (details.open && !filtersLoaded) void loadFilters().then(recount);
    });
    filterGroups.set(key, { details, chosen, fieldset, status, boxes: new Map() });
    filterBox.append(details);
  }
  function addFilterValues(counts: Counts) {
    for (const [key, filter] of filterGroups) {
      const values = Object.keys(counts[key] ?? {});
      for (const value of values) {
        if (filter.boxes.has(value)) continue;
        // Not element(): Partial<HTMLInputElement> is too complex a type for tsc here (TS2590).
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, value, checked: initial[key]?.includes(value) ?? false });
        const count = element('span', { className: 'filter-count' });
        filter.boxes.set(value, { label: element('label', {}, box, ` ${value} `, count), box, count });
      }
      const sorted = [...filter.boxes.keys()].sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }));
      filter.fieldset.append(...sorted.map((value) => filter.boxes.get(value)!.label));
      if (filter.boxes.size) filter.status.remove();
    }
  }
  /** Loads both indexes' filters (the archive's where it can be searched), then says where a group has nothing to choose. */
  const loadFilters = () =>
    (filtersLoaded ??= (async () => {
      const mainValues = await pagefind.filters();
      if (!titles && (archive || navigator.onLine || (await archiveSaved()))) {
        const instance = await archivePagefind().catch(() => (archive = undefined));
        if (instance && !archiveTotals) {
          archiveTotals = await instance.filters();
          addFilterValues(archiveTotals);
        }
      }
      // The main index's values once both are in, so a group does not show some of its values while it waits.
      addFilterValues(mainValues);
      // Offline without the archive's index its groups stay empty until a search online loads it.
      for (const filter of filterGroups.values()) if (!filter.boxes.size) filter.status.textContent = 'Inget att välja här just nu.';
      mainTotals = mainValues;
    })());
  if (Object.keys(initial).length) await loadFilters();

  function showCounts(counts: Counts[], chosen: Record<string, string[]>) {
    for (const [key, filter] of filterGroups) {
      const picked = chosen[key] ?? [];
      filter.chosen.textContent = picked.length ? `: ${picked.join(', ')}` : '';
      for (const [value, { label, box, count }] of filter.boxes) {
        const n = counts.reduce((sum, c) => sum + (c[key]?.[value] ?? 0), 0);
        count.textContent = `(${n})`;
        // A value the current query cannot reach is hidden, unless it is chosen (so it can be unchosen).
        label.hidden = n === 0 && !box.checked;
      }
    }
  }

  const filterHref = (query: string, chosen: Record<string, string[]>) => {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [k, values] of Object.entries(chosen)) for (const v of values) next.append(k, v);
    return `${location.pathname}${next.size ? `?${next}` : ''}`;
  };

  let run = 0;
  let query = '';

  function resultItem(r: ResultData) {
    const meta = [r.meta.typ, r.meta.dokument, r.meta.version, r.meta.beslutad && `beslutad ${r.meta.beslutad}`].filter(Boolean).join(' · ');
    // Sub-results: the headings under which the words occur, as Pagefind gives them.
    const subs = r.sub_results.filter((s) => s.url !== r.url && s.title !== r.meta.title).slice(0, 3);
    return element(
      'li',
      {},
      element('a', { href: r.url, className: 'result-title' }, r.meta.title ?? r.url),
      ...(meta ? [element('p', { className: 'result-meta' }, meta)] : []),
      r.offline
        ? element('p', { className: 'result-excerpt' }, OFFLINE_NOTES[r.offline])
        : element('p', { className: 'result-excerpt' }, ...excerpt(r.excerpt)),
      ...(subs.length ? [element('ul', { className: 'result-subs', ariaLabel: 'Avsnitt med träffar' }, ...subs.map((s) => element('li', {}, element('a', { href: s.url }, s.title))))] : []),
    );
  }

  function announce(g: Group) {
    g.status.textContent = `${g.found(g.total, query)}${g.total > PAGE_SIZE ? ` Visar ${formatNumber(g.shown, 0)}.` : ''}`;
    g.more.hidden = g.shown >= g.total;
    g.more.textContent = `Visa fler träffar${g === archived ? ' i arkivet' : ''} (${Math.min(PAGE_SIZE, g.total - g.shown)} till av ${formatNumber(g.total - g.shown, 0)})`;
  }

  /** Appends the group's next page of results; returns the first new item. */
  async function showMore(g: Group, current: number): Promise<HTMLLIElement | undefined> {
    const next = g.hits.slice(g.shown, g.shown + PAGE_SIZE);
    const data = await Promise.all(next.map((h) => resultData(h, g.index)));
    if (current !== run) return undefined;
    const items = data.map(resultItem);
    g.list.append(...items);
    g.shown += items.length;
    announce(g);
    return items[0];
  }

  /** Searches one group's index and shows its first page of results; resolves to its filter counts, or undefined when overtaken. */
  async function searchGroup(g: Group, current: number, chosen: Record<string, string[]>): Promise<Counts | undefined> {
    const response = await (await g.pagefind()).search(query, { filters: { ...asQuery(chosen), ...g.only } });
    if (current !== run || !response) return undefined;
    // Best bets first, found by their ids wherever Pagefind ranked them: no result's data is loaded for it.
    g.hits = bestBetsFirst(response.results, bestBetUrls(bets, query), betPages, titles ? 'titles' : g.index);
    g.total = g.hits.length;
    g.shown = 0;
    g.list.replaceChildren();
    if (g.total) await showMore(g, current);
    else {
      g.more.hidden = true;
      g.status.textContent = g.none(query, Object.keys(chosen).length > 0);
    }
    return response.filters;
  }

  /** Counts the filters for the query shown, once they are loaded, without searching the results again. */
  async function recount() {
    const current = run;
    const chosen = chosenFilters(new FormData(form));
    if (!query) {
      if (mainTotals) showCounts(totals(), chosen);
      return;
    }
    const counts: Counts[] = [];
    for (const instance of [pagefind, ...(archive ? [await archive.catch(() => undefined)] : [])]) {
      const response = await instance?.search(query, { filters: asQuery(chosen) });
      if (current !== run) return;
      if (response) counts.push(response.filters);
    }
    showCounts(counts, chosen);
  }

  async function search() {
    const current = ++run;
    const counting = mainTotals !== undefined;
    const data = new FormData(form);
    query = String(data.get('q') ?? '').trim();
    const chosen = chosenFilters(data);
    history.replaceState(null, '', filterHref(query, chosen));
    hint.replaceChildren();
    if (!query) {
      for (const g of groups) {
        g.status.textContent = '';
        g.list.replaceChildren();
        g.more.hidden = true;
      }
      archiveSection.hidden = true;
      if (mainTotals) showCounts(totals(), chosen);
      return;
    }
    const mainCounts = await searchGroup(main, current, chosen);
    if (!mainCounts) return;
    if (counting) showCounts([mainCounts], chosen);
    archiveSection.hidden = false;
    archived.list.replaceChildren();
    archived.more.hidden = true;
    archived.status.textContent = 'Söker i arkivet …';
    let archiveCounts: Counts | undefined;
    try {
      if (!titles && !navigator.onLine && !(await archiveSaved())) throw new Error("The archive's index is not complete on this device");
      archiveCounts = await searchGroup(archived, current, chosen);
    } catch {
      // Tried again on the next search, which may be online.
      archive = undefined;
      // Offline, with the archive's index not saved whole on this device (it is precached only while the first visit stays
      // within its budget; README, "Offline"), or the index could not be fetched: say so rather than show nothing.
      if (current !== run) return;
      archived.status.textContent = navigator.onLine
        ? 'Det gick inte att söka i arkivet just nu. Försök igen om en stund.'
        : 'Det går inte att söka i arkivet utan nät på den här enheten, eftersom arkivets sökindex inte är sparat här. Spara hela webbplatsen för läsning utan nät under Om webbplatsen, eller sök igen när du är ansluten.';
      return;
    }
    if (!archiveCounts) return;
    if (counting) showCounts([mainCounts, archiveCounts], chosen);
    if (main.total || archived.total || !Object.keys(chosen).length) return;
    // Name each chosen filter whose removal alone gives results in either group, with a link that removes it.
    const removable: { key: string; value: string; count: number }[] = [];
    for (const [key, values] of Object.entries(chosen)) {
      for (const value of values) {
        const without = { ...chosen, [key]: values.filter((v) => v !== value) };
        if (!without[key].length) delete without[key];
        let count = 0;
        for (const g of groups) count += (await (await g.pagefind()).search(query, { filters: { ...asQuery(without), ...g.only } }))?.results.length ?? 0;
        if (count) removable.push({ key, value, count });
      }
    }
    if (current !== run || !removable.length) return;
    hint.append(
      element('p', {}, removable.length === 1 ? 'Ta bort filtret så får du träffar:' : 'Ta bort ett av filtren så får du träffar:'),
      element(
        'ul',
        {},
        ...removable.map(({ key, value, count }) => {
          const without = { ...chosen, [key]: chosen[key].filter((v) => v !== value) };
          const link = element('a', { href: filterHref(query, without) }, `Ta bort filtret ${FILTER_LABELS[key]}: ${value}`);
          link.addEventListener('click', (event) => {
            event.preventDefault();
            const box = filterGroups.get(key)?.boxes.get(value)?.box;
            if (box) box.checked = false;
            input.focus();
            void search();
          });
          return element('li', {}, link, ` (${plural(count)})`);
        }),
      ),
    );
  }

  for (const g of groups) {
    g.more.addEventListener('click', async () => {
      const first = await showMore(g, run);
      first?.querySelector('a')?.focus();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  let timer: number | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void search(), 200);
  });
  await search();
}
